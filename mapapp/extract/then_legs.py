"""The days of a trip's later leg told with "then" and no day of its own.

"had travelled last week to Mogadishu for talks …, and then to Nairobi, where he met …", "The
Secretary travelled to Doha last week. He then went on to Germany to thank the personnel": the
leg after "then" belongs to the trip told just before it, and the annotation conventions give a
stop with no days of its own the trip's dates. Only a trip dated loosely (a week, a month, a
range of days) lends its dates: a leg told after a trip of one day ("flew to Doha on Monday and
then to Cairo") may be on a later day, and is left undated.
"""

from __future__ import annotations

import re

from mapapp.extract.discourse import Mention
from mapapp.extract.text_dates import DateSpan

__all__ = ["LOOSE", "follow_then_legs", "lent_days"]

LOOSE = frozenset({"week", "month", "range"})  # a trip's time that covers its later legs
# "He then went on to Germany", "She then travelled to Lusaka", "and then flew to Kigali":
# "then" right before the leg's verb (two words at most between)
_THEN = re.compile(r"\bthen\s+(?:[a-z]+\s+){0,2}$")
_CLOSE = 1  # sentences between the trip and its "then" leg


def lent_days(trip: DateSpan) -> DateSpan | None:
    """The days a trip lends a later leg of it told with no day of its own, if any."""
    return trip if trip.start is not None and trip.precision in LOOSE else None


def _trip_before(events: list[Mention], i: int) -> Mention | None:
    """The last visit told before ``events[i]`` in its sentence or the one before it."""
    leg = events[i]
    for e in reversed(events[:i]):
        if leg.index - e.index > _CLOSE:
            return None
        if e.event_type == "visit" and e.venue is not None and e.index <= leg.index:
            return e
    return None


def follow_then_legs(events: list[Mention]) -> None:
    """Give a visit told with "then" and no day of its own the loose dates of the trip told
    just before it, in the same tense (see the module docstring)."""
    for i, e in enumerate(events):
        if e.event_type != "visit" or e.span.start is not None or e.venue is None or e.online:
            continue
        lo = max(0, e.trigger.begin - 40)
        if _THEN.search(e.quote, lo, e.trigger.begin) is None:
            continue
        trip = _trip_before(events, i)
        if trip is None or trip.status != e.status or trip.venue is None:
            continue
        if trip.venue.place == e.venue.place:
            continue
        days = lent_days(trip.span)
        if days is None:
            continue
        e.span = days
        e.date_note = f"Days of the trip this leg follows, told in: {trip.best[1]}"
