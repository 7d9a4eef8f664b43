"""A welcome on arrival is a meeting of its own, never the talks told before or after it.

"arrived on Wednesday evening and was met at the airport by his counterpart", "was received at
Jomo Kenyatta International Airport by the foreign minister", "was embraced on the tarmac by the
crown prince": the annotation conventions count the welcome as a meeting beside the talks the
same two sides hold later, even in a sentence of its own and with the same official.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp.extract.trigger_phrases import AIRPORT_WELCOME
from mapapp.extract.welcome_halves import kept_apart, welcome_told

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

# "was met at Manas airport by", "were met on the tarmac by", "was met at the air base by"
_MET_ON_ARRIVAL = (
    r"(?:\b(?:was|were)\s+(?:warmly\s+|personally\s+)?|(?<=\bwas\s)|(?<=\bwere\s))"
    r"met\s+(?:on\s+\w+\s+)?"
    r"(?:at\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?i:airport|air\s+base|airfield|aerodrome)|"
    r"on\s+the\s+tarmac|(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival)\b"
    r"[^.;]{0,60}?\bby\b"
)
WELCOME = re.compile(rf"{AIRPORT_WELCOME}|{_MET_ON_ARRIVAL}")


def is_welcome(quote: str, begin: int) -> bool:
    """Whether the event word at ``begin`` of ``quote`` tells a welcome on arrival."""
    if WELCOME.match(quote, begin) is not None:
        return True
    told = welcome_told(quote)  # "arrived on Monday and was met by the foreign minister"
    return told is not None and told.start() == begin


def welcome_apart(quote_a: str, begin_a: int, quote_b: str, begin_b: int) -> bool:
    """Whether one of two meetings is a welcome on arrival and the other is not."""
    return is_welcome(quote_a, begin_a) != is_welcome(quote_b, begin_b)


_AIRPORT = re.compile(r"(?i)\b(?:airport|air\s+base|airfield|aerodrome|tarmac)\b")


def mentions_apart(e: Mention, m: Mention) -> bool:
    """Two mentions that :func:`welcome_apart` keeps apart (a welcome and other talks), or
    an arrival told with its welcome and a visit told elsewhere."""
    if "visit" in (e.event_type, m.event_type):
        return kept_apart(e, m)
    return welcome_apart(e.quote, e.trigger.begin, m.quote, m.trigger.begin)


def same_kind_in(x: Mention, m: Mention) -> bool:
    """``x`` is an event of ``m``'s kind in ``m``'s paragraph (a welcome is a meeting apart)."""
    same = x.paragraph == m.paragraph and x.event_type == m.event_type
    return same and not is_welcome(x.quote, x.trigger.begin)


def welcome_at_arrival(masked: str, told: list[Mention]) -> None:
    """A welcome at an airport told with the arrival ("flew into the Kyrgyz capital on Monday
    night and was met at Manas airport by the prime minister") is in the city the guest arrived
    in, whatever town the airport's name reads as."""
    arrivals = [m for m in told if m.event_type == "visit" and m.venue is not None]
    for m in told:
        if m.event_type != "meeting" or not arrivals or not is_welcome(masked, m.trigger.begin):
            continue
        if m.venue is not None and not _AIRPORT.search(m.venue.site or m.venue.text):
            continue
        trip = arrivals[0]
        if trip.status != m.status or trip.venue is None:
            continue
        if m.venue is None or m.venue.place.name != trip.venue.place.name:
            m.venue, m.venues = trip.venue, [trip.venue]  # (the airport's own city kept)
