"""A trip taken for a named gathering: the gathering is where the trip goes.

"will travel to New York for the high-level week of the General Assembly", "will travel to
Brasília to participate in the meeting of foreign ministers", "I will travel to Addis Ababa to
attend the summit": the gathering (a noun told with "the", which the trip's purpose rule leaves
alone) states no place of its own, so it is at the trip's destination, and on the trip's days
when it states none. A gathering told after a word of time ("for the first time since the
summit", "to Paris ahead of the summit") or after another event word is not the trip's purpose.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.discourse import Mention

# between the destination and the gathering's word: "for the", "to attend the 67th",
# "next week to participate in the", "for the high-level week of the"
_LEAD = re.compile(
    r"(?i)^[\s,]*(?:(?:on|next|this)\s+[\w-]+\s+|in\s+[A-Z][a-z]+\s+)?"
    r"(?:for|to\s+(?:attend|participate\s+in|take\s+part\s+in|join))\s+the\s+"
    r"(?P<words>(?:[\w'’-]+\s+){0,6})$"
)
# words that make the gathering something the trip is told against, not its purpose
_NOT_PURPOSE = re.compile(
    r"(?i)\b(?:since|after|before|ahead|following|until|anniversary|time|run-up|eve|preparation|"
    r"preparations|outcome|results?|wake|aftermath|signing|funeral|opening|closing)\b"
)
_GAP = 120  # characters between the destination and the gathering's word
# "for the meeting of foreign ministers", "for the consultations between the ministries": named
# by what follows; a bare "for the meeting," is the one told before
_NAMED_AFTER = re.compile(r"(?i)\s+(?:of|between|with|on)\b")


def _trip_of(masked: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The trip, told just before in the sentence, whose purpose the gathering ``m`` is."""
    trips = [
        v
        for v in mentions
        if v.event_type == "visit"
        and v.venue is not None
        and v.venue.place is not None
        and v.venue.end <= m.trigger.begin <= v.venue.end + _GAP
    ]
    if not trips:
        return None
    trip = max(trips, key=lambda v: v.venue.end if v.venue else 0)
    assert trip.venue is not None
    lead = _LEAD.match(masked[trip.venue.end : m.trigger.begin])
    if lead is None or _NOT_PURPOSE.search(lead.group("words")):
        return None
    if not lead.group("words") and not _NAMED_AFTER.match(masked, m.trigger.end):
        return None
    if any(
        x is not m
        and x.event_type != "visit"
        and trip.venue.end <= x.trigger.begin < m.trigger.begin
        for x in mentions
    ):
        return None
    return trip


def with_gathering_trips(masked: str, mentions: list[Mention]) -> None:
    """Give each gathering a trip is taken for the trip's place, and its days where it has none
    (see the module docstring)."""
    for m in mentions:
        if m.event_type not in ("meeting", "conference") or m.online or m.venue is not None:
            continue
        trip = _trip_of(masked, m, mentions)
        if trip is None:
            continue
        m.venue, m.venues = trip.venue, trip.venues
        m.trigger = replace(m.trigger, definite=False)  # named here, not one told before
        if m.span.start is None and trip.span.start is not None:
            m.span, m.date_near = trip.span, trip.date_near
