"""A plan's bare weekday read after the plans told before it, not before them.

"will travel to Doha and Islamabad next week … In Doha on Monday, he will meet … He will then
be in Islamabad on Wednesday and Thursday" (told on a Tuesday), "is due in Tokyo next Monday …
He will then fly to Seoul … on Wednesday", "will make a state visit to Kenya from Monday next
week … On Wednesday the visiting president will fly to Mombasa" (told on a Wednesday): read
from publication, the weekday falls before the plans already told, which the text tells in
order. Such a weekday of an announced event is the first such day on or after the start of
the latest announced plan told before it that is dated to at most a fortnight: inside that
plan's days, or, when the sentence tells the event as coming next ("then", "afterwards",
"from there"), in the week after its start.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import RECENT, Mention, span_width

__all__ = ["follow_plan_weekdays"]

_BARE = ("weekday", "weekdays")  # "on Wednesday", "on Wednesday and Thursday"
_PLAN_DAYS = 14  # the widest plan whose days a weekday told after it is read in
# "He will then fly to Seoul", "afterwards he travels to Muscat": the next step of the plan
_NEXT = re.compile(r"(?i)\b(?:then|afterwards|thereafter|after\s+that|from\s+there)\b")


def follow_plan_weekdays(events: list[Mention]) -> None:
    """Move the bare weekday of each announced event that falls before the announced plans
    told before it (see the module docstring)."""
    for i, e in enumerate(events):
        if e.status != "announced" or e.span.kind not in _BARE or e.span.start is None:
            continue
        plans = [x for x in reversed(events[max(0, i - RECENT) : i]) if _plan_before(x, e)]
        latest = plans[0].span.start if plans else None
        if latest is None or latest <= e.span.start:
            continue  # read forward, the weekday already follows the plans told
        day = _within(e, [x for x in plans if _trip_holding(x, e)])
        if day is None and _NEXT.search(e.quote[: e.trigger.end]):
            day = _first_on(e.span.start, latest)
        if day is None:
            continue
        shift = day - e.span.start
        end = (e.span.end or e.span.start) + shift
        e.span = DateSpan(day, end, e.span.precision, e.span.expression, "plan_weekday")
        e.date_note = f"'{e.span.expression}' read after the plan told before: {plans[0].best[1]}"


def _plan_before(x: Mention, e: Mention) -> bool:
    """An announced plan told in an earlier sentence, dated to a fortnight at most."""
    if x.status != "announced" or x.index >= e.index or x.span.start is None:
        return False
    return 0 <= span_width(x.span) <= _PLAN_DAYS


def _trip_holding(x: Mention, e: Mention) -> bool:
    """A trip to the country of ``e``'s place (a stop or a talk of that trip)."""
    if x.event_type != "visit" or x.venue is None or e.venue is None:
        return False
    return x.venue.place.country_code == e.venue.place.country_code


def _within(e: Mention, trips: list[Mention]) -> dt.date | None:
    """The weekday of ``e`` inside the days of the latest trip that holds one."""
    for trip in trips:
        day = _first_on(e.span.start, trip.span.start)
        if day is not None and trip.span.end is not None and day <= trip.span.end:
            return day
    return None


def _first_on(start: dt.date | None, anchor: dt.date | None) -> dt.date | None:
    """The first day of ``start``'s weekday on or after ``anchor``."""
    if start is None or anchor is None:
        return None
    return anchor + dt.timedelta(days=(start.weekday() - anchor.weekday()) % 7)
