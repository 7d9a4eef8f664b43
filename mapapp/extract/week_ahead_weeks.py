"""On a calendar of the week ahead published at the weekend, "this week" is the week ahead and
"last week" the week that ends with the page's day.

"THE WEEK AHEAD: …, 10-16 March / Compiled Sunday 9 March … Talks planned for this week have
been postponed … Last week's SADC ministerial in Windhoek ended with a communique": a
calendar written on a Saturday or a Sunday speaks from the week it previews, so its "this week"
is the coming Monday to Sunday and its "last week" the one now ending, not the week before it
that "last week" names in a report of the day. Only a page whose title announces the week ahead
("The week ahead", "Week ahead in diplomacy", "The coming week") is read so; "earlier this week"
still looks back on the days already gone.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan, week
from mapapp.extract.discourse import Mention

__all__ = ["on_week_ahead_page"]

_TITLE = re.compile(
    r"(?i)\b(?:week\s+ahead|(?:the\s+)?coming\s+week|week\s+to\s+come|next\s+week\s+in)\b"
)
_EARLIER = re.compile(r"(?i)\bearlier\b")
_WEEKEND = (5, 6)  # Saturday, Sunday


def on_week_ahead_page(
    mentions: list[Mention], title: str | None, published: dt.date
) -> list[Mention]:
    """``mentions``, each "this week" moved to the week ahead and each "last week" to the week
    of the publication day when the page (``title``) previews the week ahead at the weekend."""
    if published.weekday() not in _WEEKEND or not _TITLE.search(title or ""):
        return mentions
    start, end = week(published)
    step = dt.timedelta(days=7)
    for e in mentions:
        span, expression = e.span, e.span.expression or ""
        if span.kind == "last_week":
            e.span = DateSpan(start, end, "week", expression, "week_ahead_page")
        elif span.kind == "this_week" and not _EARLIER.search(expression):
            e.span = DateSpan(start + step, end + step, "week", expression, "week_ahead_page")
        else:
            continue
        e.date_note = f"'{expression}' on a calendar of the week ahead published {published}."
    return mentions
