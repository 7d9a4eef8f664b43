"""A day of the month told without its month ("on the 16th") is in the month the text is in.

"On 14 May the minister hosted … The same week, Vietnam and Thailand signed a memorandum in
Bangkok on the 16th" (a year in review told in December), "FRIDAY 14 MARCH / Mercosur foreign
ministers gather in Montevideo on the 14th" (a calendar of the week ahead, whose items above
tell 13 March): a writer names the month once and then gives only the day. Such a day is in
the month of the latest event told before it in its paragraph (within a few sentences) that
is dated within one month, or of the date heading above it (:func:`in_heading_month`), rather
than in the month counted from publication. A day told as "the 14th of this
month" or "inst." keeps its own reading, and so does a plan that the month told would put
before publication, or a past event that it would put after publication unless the event told
before it is a plan (a diary of what is ahead, whose present tense then tells a plan).

A month named earlier in the day's own sentence comes first ("In September the chancellor will
host an informal summit in Salzburg, on the 20th", "in March, probably on the 12th"): the day
is in that month, read forward for a plan and back for what is told as done, unless another
clause begins between them ("was held in Manila in May, and the next round will take place in
Jakarta on the 29th").
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import RECENT, Mention
from mapapp.extract.text_dates import find_dates

__all__ = ["follow_ordinal_months"]

_BACK = 3  # how far back (in sentences) the event that names the month may be told
_OWN_MONTH = re.compile(r"(?i)\b(?:of|inst)")  # "the 14th of this month", "the 9th inst."
# "held in Manila in May, and the next round will take place … on the 29th": another clause
_NEXT_CLAUSE = re.compile(r"(?i)[;:]|,\s+(?:and|but|while|whereas)\b|\s(?:but|while|whereas)\s")


def follow_ordinal_months(events: list[Mention], published: dt.date) -> None:
    """Put each bare day of the month in the month of the event told before it (see the
    module docstring)."""
    for i, e in enumerate(events):
        span = e.span
        if span.kind != "ordinal" or span.start is None or _OWN_MONTH.search(span.expression or ""):
            continue
        own = _own_month(e, published)
        ref = next(
            (x for x in reversed(events[max(0, i - RECENT) : i]) if _names_month(x, e)), None
        )
        month = own if own is not None else ref.span.start if ref is not None else None
        if month is None:
            continue
        day = _day_in(month, span.start.day)
        if day is None or day == span.start:
            continue
        if e.status == "announced" and day < published:
            continue
        if e.status == "occurred" and day > published:
            if own is not None or ref is None or ref.status != "announced":
                continue
            e.status, e.cue = "announced", f"{span.expression} (after publication)"
        e.span = DateSpan(day, day, "day", span.expression, "ordinal_month")
        told = "its own sentence" if own is not None or ref is None else ref.best[1]
        e.date_note = f"'{span.expression}' in the month told before it: {told}"


def _own_month(e: Mention, published: dt.date) -> dt.date | None:
    """The first day of the month named last before the bare day in its own sentence, if the
    last date told before the day is a month ("VIENNA, July 2 - In October … on the 14th")."""
    at = e.quote.find(e.span.expression or "")
    if at <= 0:
        return None
    found = find_dates(e.quote[:at], published, prefer_future=e.status == "announced")
    if (
        not found
        or found[-1].span.precision != "month"
        or _NEXT_CLAUSE.search(e.quote, found[-1].end, at)
    ):
        return None
    return found[-1].span.start


def _names_month(x: Mention, e: Mention) -> bool:
    """An event told shortly before ``e`` and dated within one month."""
    if x.index >= e.index or e.index - x.index > _BACK or x.span.kind == "ordinal":
        return False
    if x.paragraph != e.paragraph:
        return False  # "In September 2023 Vienna hosted …" / "This month … on the 14th"
    start, end = x.span.start, x.span.end
    if start is None or end is None or x.span.precision not in ("day", "month", "range"):
        return False
    return (start.year, start.month) == (end.year, end.month)


def _day_in(month: dt.date, day: int) -> dt.date | None:
    """That day of ``month``'s month, if it has one."""
    try:
        return month.replace(day=day)
    except ValueError:
        return None


def in_heading_month(span: DateSpan, heading: DateSpan | None) -> DateSpan:
    """ "FRIDAY 14 MARCH / Mercosur foreign ministers gather in Montevideo on the 14th": a bare
    day of the month below a date heading of one month is in that month."""
    if span.kind != "ordinal" or span.start is None or heading is None:
        return span
    if _OWN_MONTH.search(span.expression or "") or heading.start is None or heading.end is None:
        return span
    if (heading.start.year, heading.start.month) != (heading.end.year, heading.end.month):
        return span
    day = _day_in(heading.start, span.start.day)
    return span if day is None else DateSpan(day, day, "day", span.expression, "ordinal_month")
