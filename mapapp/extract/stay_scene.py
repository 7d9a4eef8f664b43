"""Events told just after an arrival, with no place of their own, happened where the traveller
arrived.

"The prime minister arrived in Port Vila on Thursday afternoon. This morning he held talks with
Vanuatu's prime minister at the Prime Minister's Office": the talks, the next day, are in Port
Vila. An event in person with no place, told within two sentences after the latest trip to a
town, of the same status and on the trip's days or the two days after its start, takes the
town; an undated one only in the next sentence. Calls, online events, a trip told in the
event's own sentence and a sentence of trips to two towns ("arrived in Canberra, having spent the
day in Sydney") leave it to the other rules. It runs before the article's scene is shared, so
that an arrival in another town than the main event's keeps what follows it.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.discourse import MERGE_TYPES, RECENT, Mention

_ARRIVAL = re.compile(r"(?i)(?:arrived|arrives|landed|lands|reached|(?:flew|flown|jetted)\s+in)\b")
_REACH = 2  # sentences after the arrival
_DAYS = 2  # days after the trip's first day (a trip with no end told)


def _in_days(e: Mention, trip: Mention) -> bool:
    """Whether ``e`` falls on the trip's days, or within :data:`_DAYS` after an arrival (a
    trip told by its going, "travelled to Hai Phong on Wednesday", may be a day's stop)."""
    if e.span.start is None or trip.span.start is None or trip.span.end is None:
        return e.span.start is None and trip.span.start is not None and e.index - trip.index == 1
    if e.span.end is None or e.span.end != e.span.start:
        return False  # a loose period ("this month") is not a day of the stay
    after = _DAYS if _ARRIVAL.match(trip.quote_trigger) else 0
    last = max(trip.span.end, trip.span.start + dt.timedelta(days=after))
    return trip.span.start <= e.span.start <= last


def _latest_trip(events: list[Mention], i: int) -> Mention | None:
    """The latest trip told before ``events[i]`` in an earlier sentence (None when the latest
    is told in its own sentence, "will travel to Ottawa for the consultations", or when its
    sentence tells trips to two towns)."""
    e = events[i]
    trip = next(
        (
            v
            for v in reversed(events[max(0, i - RECENT) : i])
            if v.event_type == "visit" and v.index <= e.index
        ),
        None,
    )
    if trip is None or trip.index == e.index or trip.venue is None:
        return None
    towns = {
        v.venue.place if v.venue else None
        for v in events[max(0, i - RECENT) : i]
        if v.event_type == "visit" and v.index == trip.index
    }
    return trip if len(towns) == 1 else None  # "arrived in X, having spent the day in Y"


def _unplaced(e: Mention) -> bool:
    return e.venue is None and not e.online and e.event_type in MERGE_TYPES - {"call", "visit"}


def follow_arrived_stay(events: list[Mention]) -> None:
    """Place an unplaced event in person at the town of the trip told just before it."""
    for i, e in enumerate(events):
        if not _unplaced(e):
            continue
        trip = _latest_trip(events, i)
        if trip is None or trip.venue is None or trip.venue.place.precision != "city":
            continue
        if trip.status != e.status or not 0 < e.index - trip.index <= _REACH:
            continue
        if not _in_days(e, trip):
            continue
        e.venue, e.venues = trip.venue, trip.venues
        e.place_note = f"Place of the trip told just before it: {trip.best[1]}"
