"""Receptions on arrival: a leader's welcome at the airport is a meeting on the day of the arrival.

"The president greeted his guest at the airport with an honour guard" names neither a day nor a
city: it happened where and when the guest arrived, so it takes the day the latest arrival told
before began and that arrival's place. A page's date heading ("04 October 2017" above a story
that tells of the arrival "on Monday") dates what has no day of its own only for want of a
better one: a welcome below it, too, takes the day of the arrival told before, when that
arrival is told with a day of its own, not after the heading's (a diary's welcome below
Tuesday's heading is no part of the day trip below Monday's). A welcome told in the same
sentence as the talks that followed ("was received at the airport by the president, and the two
leaders then held talks") is a meeting of its own beside them (see
:mod:`mapapp.extract.restatements`), and a welcome "on arrival" implies the arrival's visit
(:mod:`mapapp.extract.companions`).
"""

from __future__ import annotations

import re

from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import RECENT, Mention
from mapapp.extract.trigger_phrases import AIRPORT_WELCOME

WELCOME = re.compile(AIRPORT_WELCOME)


def is_welcome(masked: str, begin: int) -> bool:
    """Whether the trigger at ``begin`` of ``masked`` is a welcome on arrival."""
    return WELCOME.match(masked, begin) is not None


def _told_before(trip: Mention, e: Mention) -> bool:
    """Whether the ``trip`` is told with a day of its own (not a heading's), not after the first
    day of ``e`` (a heading's day)."""
    start, day = trip.span.start, e.span.start
    return trip.span.kind != "heading" and start is not None and day is not None and start <= day


def follow_arrival(events: list[Mention]) -> None:
    """A welcome on arrival with no day or place of its own: the first day and the place of the
    latest arrival (an occurred visit) told before it."""
    for i, e in enumerate(events):
        dated = e.span.start is not None and e.span.kind != "heading"
        if e.event_type != "meeting" or (dated and e.venue is not None):
            continue
        if not is_welcome(e.quote, e.trigger.begin):
            continue
        trip = next(
            (
                v
                for v in reversed(events[max(0, i - RECENT) : i])
                if v.event_type == "visit" and v.status == e.status and v.span.start is not None
            ),
            None,
        )
        if trip is None or (e.span.start is not None and not dated and not _told_before(trip, e)):
            continue
        if not dated:
            e.span = DateSpan(
                trip.span.start, trip.span.start, "day", trip.span.expression, "arrival"
            )
            e.date_note = f"Day of the arrival, reported in: {trip.best[1]}"
        if e.venue is None and trip.venue is not None:
            e.venue, e.venues = trip.venue, trip.venues
            e.place_note = f"Place of the arrival ({trip.venue.place.name}): {trip.best[1]}"
