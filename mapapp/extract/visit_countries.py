"""The country of a visit told by words other than a place after "to" or "in": a trip's leg
named by its country ("During the Qatar leg of the visit", "on the Kenyan leg of his tour"), a
visit whose destination follows a relative clause ("the state visit that the President will
carry out to Argentina on 16 October", "the visit the king is to pay to Morocco"), and an arrival
"in the country" of a story filed from that country ("SANTO DOMINGO - The minister, who arrived
in the country on Monday, …").

The first two give venues to :mod:`mapapp.extract.venues`; the last runs over a story's events
once its dateline is read (:func:`follow_the_country`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp import gazetteer

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

__all__ = ["follow_the_country", "in_the_country", "leg_countries", "visit_destinations"]

_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]+){0,2})"
# "the Qatar leg of the visit", "the Kenyan leg of his tour", "its Japanese leg"
_LEG = re.compile(
    rf"\b(?:the|its|his|her|their)\s+(?:(?:first|second|third|final|last|next)\s+)?{_NAME}\s+"
    r"(?:leg|stage|part|portion)\s+of\s+(?:the|his|her|their|its|a|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:visit|tour|trip|journey)\b"
)
# "the state visit that the President will carry out to Argentina", "the visit he is to pay
# to Japan": the destination after a relative clause on the visit (a bounded window)
_VISIT_THAT = re.compile(
    r"\bvisits?\s+(?:(?:that|which)\s+)?(?:[^,.;:]{1,60}?\s)?(?:will|would|is\s+to|are\s+to|"
    r"is\s+due\s+to|is\s+expected\s+to|plans\s+to|intends\s+to|was\s+to)\s+(?:\w+\s+)?"
    r"(?:pay|make|carry\s+out|undertake|conduct|perform|effect)\s+to\s+(?:the\s+)?"
    rf"{_NAME}"
)


def _country(name: str) -> gazetteer.Place | None:
    code = gazetteer.country_code_for(name)
    return gazetteer.lookup(code).place if code else None


def leg_countries(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name, country) of each trip's leg named by its country."""
    out = []
    for m in _LEG.finditer(masked):
        if (place := _country(m.group("name"))) is not None:
            out.append((m.start("name"), m.end("name"), m.group("name"), place))
    return out


def visit_destinations(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name, place) of each visit's destination told after a relative clause."""
    out = []
    for m in _VISIT_THAT.finditer(masked):
        name = m.group("name")
        place = _country(name) or gazetteer.lookup(name).place
        if place is not None and place.precision in ("city", "country"):
            out.append((m.start("name"), m.end("name"), name, place))
    return out


# "who arrived in the country on Monday", "since arriving in this country": right after the verb;
# "He last visited the country in September": the country as the visit's object
_IN_THE_COUNTRY = re.compile(
    r"(?:\s+back)?\s+(?:in|into|to)\s+(?:the|this|our)\s+country\b|"
    r"(?<=\bvisited)\s+(?:the|this|our)\s+country\b(?!['’])"
)
_ENDS_IN = re.compile(r"\s*(?:in|into|to)$")


def in_the_country(text: str, begin: int, end: int) -> re.Match[str] | None:
    """ "arrived in the country", "came back to this country": the words right after the trip
    word (``begin``-``end``, its own "in" or "to" included) that name the story's country."""
    at = begin + len(_ENDS_IN.sub("", text[begin:end]))
    return _IN_THE_COUNTRY.match(text, at, at + 30)


def _trip_before(told: list[Mention], m: Mention) -> gazetteer.Place | None:
    """The country of the last trip told before ``m`` in its paragraph ("will travel to
    Ouagadougou next week. He last visited the country in September"), if any."""
    trips = [
        t
        for t in told
        if t.event_type == "visit"
        and t.venue is not None
        and t.paragraph == m.paragraph
        and t.index < m.index
        and t.venue.place.country_code
    ]
    if not trips:
        return None
    last = max(trips, key=lambda t: t.index)
    code = last.venue.place.country_code if last.venue is not None else None
    return gazetteer.lookup(code).place if code else None


def follow_the_country(told: list[Mention], place: gazetteer.Place | None) -> None:
    """An arrival "in the country" with no place of its own is in the country of the trip told
    just before it in its paragraph, else in the country the story is filed from (its
    dateline's)."""
    code = place.country_code if place is not None else None
    filed = gazetteer.lookup(code).place if code else None
    for m in told:
        if m.event_type != "visit" or m.venue is not None:
            continue
        hit = in_the_country(m.quote, m.trigger.begin, m.trigger.end)
        if hit is None:
            continue
        country = _trip_before(told, m)
        note = "the country of the trip told before it"
        if country is None:
            country, note = filed, "the country the story is filed from"
        if country is None:
            continue
        from mapapp.extract.venues import Venue  # venues reads this module's other rules

        m.venue = Venue(hit.start(), hit.end(), hit.group(0).strip(), country)
        m.venues = [*m.venues, m.venue]
        m.place_note = f"Place: {note} ('in the country')."
