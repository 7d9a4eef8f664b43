"""Talks named over a list of places: a tour summed up (no event) or the talks a trip is for.

"holding talks in Cairo, Amman and Riyadh" sums up a tour whose stops the text tells one by one:
no single meeting. "will travel to Seoul, Tokyo and Beijing next week for talks with senior
officials" names the stops of a trip and then the talks it is for: the meeting is kept, and
:mod:`mapapp.extract.stop_talks` gives each stop its own. A stop's talks told again in a
sentence of their own ("In Seoul on February 10, the envoy will meet …") are those talks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp import gazetteer
from mapapp.extract.discourse import RECENT, overlap
from mapapp.extract.party_kinds import kind_of
from mapapp.extract.stop_sides import sides_of_stops

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention
    from mapapp.extract.triggers import Clauses, Trigger
    from mapapp.extract.venues import Venue

_PLACE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?"
_PLACE_NAME = re.compile(_PLACE)
_PLACE_LIST = re.compile(rf"{_PLACE}(?:,\s+{_PLACE})+,?\s+and\s+{_PLACE}")
# between a trip's word and its first stop: "travel to Seoul", "will visit Dakar", "take him to"
_TO_STOPS = re.compile(r"\s*(?:(?:him|her|them|the\s+\w+)\s+)?(?:to\s+)?")
# the talks as the trip's purpose: "for talks", "for bilateral consultations", "to consult"
_PURPOSE = re.compile(r"\b(?:for|to)\s+(?:(?:hold|have)\s+)?(?:[\w-]+\s+)?$")


def summed_tour(
    masked: str,
    venue: Venue | None,
    trigger: Trigger,
    triggers: list[Trigger],
    clauses: Clauses,
    countries: int,
) -> bool:
    """Whether talks or a gathering whose ``venue`` starts a list of three places or more sum
    up a tour. Not when the list is a trip's stops and two-sided talks its purpose (talks read
    as a gathering of the listed countries, "for consultations with the governments", are
    still the tour summed up). ``countries``: the longest list of countries in the sentence."""
    if trigger.event_type not in ("meeting", "conference") or venue is None:
        return False
    listed = _PLACE_LIST.match(masked, venue.begin)
    if listed is None:
        return False
    return not (
        trigger.event_type == "meeting"
        and trigger.begin > venue.begin
        and _PURPOSE.search(masked, max(0, trigger.begin - 40), trigger.begin) is not None
        and any(
            t.event_type == "visit"
            and t.end <= venue.begin
            and _TO_STOPS.fullmatch(masked, t.end, venue.begin) is not None
            for t in triggers
        )
        and (
            kind_of(masked, trigger, clauses, countries)[0] == "meeting"
            or sides_of_stops(masked, trigger.end, _codes(listed.group(0)))
        )
    )


def _codes(listed: str) -> list[str | None]:
    """The countries of the places of a list ("Kigali, Bujumbura and Kinshasa")."""
    found = (gazetteer.lookup(name).place for name in _PLACE_NAME.findall(listed))
    return [place.country_code if place is not None else None for place in found]


def _stop_talks(m: Mention) -> bool:
    """Talks placed at a stop of a listed trip (told by the stop's name)."""
    return (
        m.event_type == "meeting"
        and m.trigger.repeat
        and m.venue is not None
        and m.trigger.begin == m.venue.begin
    )


def _told_again(s: Mention, m: Mention) -> bool:
    """Whether ``m``, a later sentence's talks, are the stop's talks ``s`` told with their days."""
    if m.index <= s.index or m.event_type != "meeting" or m.online or m.venue is None:
        return False
    assert s.venue is not None
    return (
        m.venue.place.name == s.venue.place.name
        and m.status == s.status
        and m.span.start is not None
        and overlap(s.span, m.span)
    )


def follow_stop_talks(events: list[Mention]) -> list[Mention]:
    """``events`` without the talks of a listed stop that a later sentence tells again."""
    dropped: set[int] = set()
    for i, s in enumerate(events):
        if not _stop_talks(s):
            continue
        again = next((m for m in events[i + 1 : i + 1 + RECENT] if _told_again(s, m)), None)
        if again is not None:
            again.quotes = [*again.quotes, *(q for q in s.quotes if q not in again.quotes)]
            dropped.add(id(s))
    return [e for e in events if id(e) not in dropped]
