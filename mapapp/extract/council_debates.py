"""The debate that follows a briefing in a meetings summary is that day's session.

"In the ensuing debate, speakers stressed …", "During the discussion that followed, members
…": a summary of a council's day tells its own session by the debate after the briefings. Told
with no date of its own, it was held on the day of the summary; told with no place, a session of
the Security Council or the General Assembly the article names sat in New York.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from mapapp import gazetteer
from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import Mention
from mapapp.extract.venues import Venue

__all__ = ["follow_debate"]

_FOLLOWING = re.compile(
    r"(?i)(?:ensuing|subsequent|following)\s+(?:debate|discussion)|"
    r"(?:debate|discussion)\s+that\s+followed"
)
_NEW_YORK_BODY = re.compile(r"\b(?:Security\s+Council|General\s+Assembly)\b")


@functools.lru_cache(maxsize=1)
def _new_york() -> gazetteer.Place | None:
    return gazetteer.lookup("New York", "US").place


def follow_debate(events: list[Mention], published: dt.date, text: str) -> list[Mention]:
    """Date (and place) each undated debate told as following the day's briefings; the events
    are returned."""
    debates = [
        e
        for e in events
        if e.event_type == "conference"
        and e.status == "occurred"
        and e.span.start is None
        and _FOLLOWING.fullmatch(e.quote_trigger)
    ]
    if not debates:
        return events
    seat = _new_york() if _NEW_YORK_BODY.search(text) else None
    for e in debates:
        e.span = DateSpan(published, published, "day", None, "debate_day")
        e.date_note = "The debate after the briefings: the day of the summary."
        if e.venue is None and seat is not None:
            e.venue = Venue(0, 0, seat.name, seat)
            e.venues = [e.venue]
            e.place_note = "A session of a body that sits in New York."
    return events
