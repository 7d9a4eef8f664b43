"""A trip and its purpose told in one sentence: the meeting is where and when the trip goes.

"is due to travel on Friday to Lima for talks with Peru's foreign minister", "will fly to Hanoi
to brief Vietnam's president", "flies to Rabat on Monday and on to Algiers on Tuesday for talks
with the Algerian president": the talks are at the trip's destination (the latest one told before
them), on its day and in its tense, unless the purpose states its own place or day before the
next event word ("for talks at the State Department on Monday"). A place told after another
event word ("… ahead of the summit in Cusco") is that event's, not the talks'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mapapp.extract.discourse import Mention
from mapapp.extract.text_dates import DateMatch, DateSpan
from mapapp.extract.trip_gatherings import with_gathering_trips

# "for talks", "for bilateral talks", "for a meeting"; "to meet", "to brief", "to call on"
_FOR = re.compile(r"(?i)\bfor\s+(?:(?:a|an|the|his|her|their|[\w-]+)\s+){0,2}$")
_TO = re.compile(r"(?i)\bto\s+$")
_GAP = 160  # characters between the destination and the purpose


def _purpose_of(masked: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The trip whose purpose the meeting ``m`` is, or None."""
    lo = max(0, m.trigger.begin - 40)
    told = _FOR.search(masked, lo, m.trigger.begin) or (
        m.trigger.kind == "infinitive" and _TO.search(masked, lo, m.trigger.begin)
    )
    if not told:
        return None
    trips = [
        v
        for v in mentions
        if v.event_type == "visit"
        and v.venue is not None
        and v.trigger.begin < m.trigger.begin
        and 0 <= m.trigger.begin - v.venue.end <= _GAP
    ]
    if not trips:
        return None
    trip = max(trips, key=lambda v: v.venue.end if v.venue else 0)
    between = [
        x
        for x in mentions
        if x is not m
        and x.event_type != "visit"
        and trip.trigger.begin < x.trigger.begin
        and x.trigger.begin < m.trigger.begin
    ]
    return None if between else trip


_STRETCH = 90  # characters after the purpose's word within which it may state its own details


def _stretch_end(masked: str, m: Mention, mentions: list[Mention]) -> int:
    """Where the purpose's own words end: the next event word, comma or the bound."""
    nxt = min(
        (x.trigger.begin for x in mentions if x.trigger.begin > m.trigger.end), default=len(masked)
    )
    comma = re.compile(r"[,;(]").search(masked, m.trigger.end)
    return min(nxt, comma.start() if comma else len(masked), m.trigger.end + _STRETCH)


def _own_day(
    m: Mention, trip: Mention, stop: int, dates: Callable[[bool], list[DateMatch]]
) -> DateSpan | None:
    """The day the purpose states in its own stretch, read forward from the trip's day when
    read back it would fall before the trip ("flew to Paris on Monday for talks on Friday")."""
    back = [d for d in dates(False) if m.trigger.end <= d.begin < stop and d.span.start]
    if not back:
        return None
    span = back[0].span
    begun = trip.span.start
    if begun is not None and span.start is not None and span.start < begun:
        ahead = [d for d in dates(True) if d.begin == back[0].begin and d.span.start]
        span = ahead[0].span if ahead else span
    return span


def with_purposes(
    masked: str, mentions: list[Mention], dates: Callable[[bool], list[DateMatch]]
) -> None:
    """Give each meeting that is a trip's purpose the trip's place, day and tense where it
    states none of its own (see the module docstring)."""
    for m in mentions:
        if m.event_type not in ("meeting", "conference") or m.online or m.trigger.definite:
            continue
        trip = _purpose_of(masked, m, mentions)
        if trip is None:
            continue
        stop = _stretch_end(masked, m, mentions)
        own_place = m.venue is not None and m.trigger.end <= m.venue.begin < stop
        if not own_place:
            m.venue, m.venues = trip.venue, trip.venues
        own = _own_day(m, trip, stop, dates)
        if own is not None:
            m.span, m.date_near = own, True
        elif trip.span.start is not None:
            m.span, m.date_near = trip.span, trip.date_near
        if m.status != trip.status and own is None:
            m.status, m.cue = trip.status, trip.cue
    with_gathering_trips(masked, mentions)  # "to attend the summit": at the trip's place
