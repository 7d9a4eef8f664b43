"""A city told as the host of an event: "Tehran hosts deputy foreign ministers …", "On 20
November, Hanoi received the Indian external affairs minister for the joint commission".

A town named as the subject of a verb of hosting or receiving, at the start of a clause, is
where the events of its sentence took place when they have no place of their own (a country as
the subject, "Qatar hosted the talks", is left to the rules of host countries).
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.discourse import Mention
from mapapp.extract.venues import Venue

_HOSTING = re.compile(
    r"(?:^|[,;:]\s+|[–—-]\s+)(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+"
    r"(?:hosts|hosted|will\s+host|is\s+hosting|was\s+hosting|received|receives|will\s+receive|"
    r"welcomed|welcomes|will\s+welcome|played\s+host\s+to|plays\s+host\s+to)\b"
)
_KINDS = frozenset({"meeting", "conference", "agreement"})


def hosting_city(quote: str, before: int) -> Venue | None:
    """The city named as host, its verb ending by offset ``before`` of ``quote``, if any."""
    for m in _HOSTING.finditer(quote, 0, before):
        place = gazetteer.lookup(m.group("name")).place
        if place is not None and place.precision == "city":
            return Venue(m.start("name"), m.end("name"), m.group("name"), place)
    return None


def follow_city_host(events: list[Mention]) -> None:
    """Place at the hosting city the unplaced events of its sentence."""
    for e in events:
        if e.venue is not None or e.online or e.event_type not in _KINDS:
            continue
        venue = hosting_city(e.quote, e.trigger.end)
        if venue is not None:
            e.venue, e.venues = venue, [venue]
            e.place_note = f"Place of the city told as the host ({venue.place.name})."
