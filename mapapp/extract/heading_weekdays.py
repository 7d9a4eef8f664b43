"""A weekday told below a heading of a few dated days is the day of that name among them:
"WEDNESDAY 12 - THURSDAY 13 MARCH / He holds talks in Santiago on Wednesday" is 12 March, on a
calendar of the week ahead as in a diary of the week past, whichever way the weekday alone would
be read from the publication day.

Only a heading of at most a week is read (a week has each weekday once), and only a weekday told
as a single day; a weekday the heading's days do not hold keeps its own reading.
"""

from __future__ import annotations

import datetime as dt

from mapapp.extract.date_spans import DateSpan

_WEEK = 6  # days after a heading's first day that it may run to


def in_heading_days(span: DateSpan, heading: DateSpan | None) -> DateSpan:
    """``span``, moved to the day of its weekday within the ``heading``'s days (see above)."""
    if span.kind != "weekday" or span.start is None or span.start != span.end:
        return span
    if heading is None or heading.start is None or heading.end is None:
        return span
    if not 0 < (heading.end - heading.start).days <= _WEEK:
        return span  # one day: the heading's own; longer: a weekday may recur
    ahead = (span.start.weekday() - heading.start.weekday()) % 7
    day = heading.start + dt.timedelta(days=ahead)
    if day > heading.end or day == span.start:
        return span
    return DateSpan(day, day, "day", span.expression, "heading_weekday")
