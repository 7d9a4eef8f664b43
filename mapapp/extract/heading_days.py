"""A day told relative to "today" below a date heading counts from the heading's day.

A page of readouts or a diary gives each section its own date line ("May 17, 2022", "Tuesday,
07.12.2010"); a sentence below it that says "spoke today", "met this morning" or "arrived
yesterday" counts from that line's day, not from the page's publication day (the newest
section's).
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan

__all__ = ["from_heading"]

_RELATIVE_DAY = "relative_day"  # "today", "yesterday", "this morning" (text_dates' kind)


def from_heading(
    span: DateSpan, heading: DateSpan | None, line: str | None, published: dt.date
) -> DateSpan:
    """``span`` counted from the date heading's day instead of ``published`` when it is a day
    told relative to the day of telling and the heading (``line``) names one day by its date."""
    if span.kind != _RELATIVE_DAY or span.start is None or heading is None:
        return span
    if heading.start is None or heading.start != heading.end or heading.start == published:
        return span
    if not re.search(r"\d", line or ""):
        return span  # a bare weekday heading: the page's own reading stands
    day = heading.start + (span.start - published)
    return DateSpan(day, day, "day", span.expression, "heading_day")
