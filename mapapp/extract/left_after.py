"""An event told after a departure: "left Islamabad on Wednesday after talks with Pakistan's
foreign minister", "departed Nairobi following a meeting with the president".

Wire copy tells a traveller's talks as what came before leaving, in one clause: the talks were
where the traveller left from: a city or country told right after "left" or "departed" (not
"left for Beijing", a destination). That place wins over one a later rule would take from the
trip told before ("flew to Kandahar on Wednesday. He left Islamabad after talks …"). Only the
words between the departure and the event word are read, at most :data:`_LOOK` characters, and
only an event word right after "after" or "following" (a few words between: "after holding
talks", "following a brief meeting").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp.extract.place_names import NO_DAY, cached_lookup
from mapapp.extract.venues import Venue

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

__all__ = ["follow_left_after"]

_LOOK = 140
_NAME = (
    rf"{NO_DAY}(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de\s+|of\s+|es\s+)?{NO_DAY}[A-Z][\w'’.-]+){{0,2}})"
)
_LEFT = r"\b(?:left|leaves|leaving|departed|departs|departing|quit|flew\s+out\s+of)\s+"
_AFTER = r"\b(?:after|following)\s+(?:[\w-]+\s+){0,3}$"
# "left Islamabad early on Wednesday on a U.N. plane after talks": the place left
_LEFT_FROM = re.compile(rf"{_LEFT}{_NAME}[^;:]{{0,90}}?{_AFTER}")
_KINDS = ("meeting", "conference", "agreement")


def follow_left_after(mentions: list[Mention], masked: str) -> list[Mention]:
    """Place at the city left an event told after its departure ("left Kabul after talks");
    the mentions of one sentence, whose words are ``masked``."""
    for m in mentions:
        if m.event_type not in _KINDS or m.online:
            continue
        if m.venue is not None and m.venue.begin > m.trigger.begin:
            continue  # "left Kabul after talks in Herat": a place of its own
        window = masked[max(0, m.trigger.begin - _LOOK) : m.trigger.begin]
        if (left := _LEFT_FROM.search(window)) is not None:
            place = cached_lookup(left.group("name"), None).place
            if place is not None and place.precision in ("city", "country"):
                at = m.trigger.begin - len(window) + left.start("name")
                m.venue = Venue(at, at + len(left.group("name")), left.group("name"), place)
                m.venues = [m.venue]
                m.place_note = f"Place the traveller left after it ({place.name})."
                m.best = (m.strength(), m.quote)
    return mentions
