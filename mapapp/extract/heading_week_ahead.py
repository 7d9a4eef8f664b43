"""A weekday told in an item below a dated heading of one day still ahead is counted forward from
that day: "MONDAY, MARCH 11 / KAMPALA - Rwanda's foreign minister starts a two-day visit; meeting
with the president on Tuesday" is Tuesday 12 March, and "WEDNESDAY, MARCH 13 / Trade ministers
hold their session (to Friday)" runs to Friday 15.

A calendar of the week ahead, a programme or a diary of days to come tells the day of each item
by its heading; a weekday inside the item is later in that same week. Read from the publication
day (a Sunday, say) with the present tense of a listing, the weekday would be the one before it.

Only a heading that names one day by its date, after the publication day, moves a weekday (a
heading of the publication day itself, a readout's date line, is the day the weekday is read
from anyway), and only one the item does not tell as done ("had met him on Tuesday" keeps its
reading); a bare weekday heading and a heading of several days are read elsewhere
(:mod:`mapapp.extract.heading_weekdays`).
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan

__all__ = ["after_heading_day"]


def after_heading_day(
    span: DateSpan, heading: DateSpan | None, line: str | None, published: dt.date, done: bool
) -> DateSpan:
    """``span``, a weekday, moved to the first day of that name on or after the ``heading``'s
    day when the heading (``line``) dates one day after ``published`` and the event is not
    told as ``done``.

    >>> monday = DateSpan(dt.date(2024, 3, 11), dt.date(2024, 3, 11), "day", "Monday, March 11")
    >>> tuesday = DateSpan(dt.date(2024, 3, 5), dt.date(2024, 3, 5), "day", "on Tuesday",
    ...                    "weekday")
    >>> after_heading_day(tuesday, monday, "MONDAY, MARCH 11", dt.date(2024, 3, 10), False).start
    datetime.date(2024, 3, 12)
    """
    if done or span.kind != "weekday" or span.start is None or span.start != span.end:
        return span
    if heading is None or heading.start is None or heading.start != heading.end:
        return span
    if heading.start <= published or not re.search(r"\d", line or ""):
        return span
    ahead = (span.start.weekday() - heading.start.weekday()) % 7
    day = heading.start + dt.timedelta(days=ahead)
    if day == span.start:
        return span
    return DateSpan(day, day, "day", span.expression, "heading_week_ahead")
