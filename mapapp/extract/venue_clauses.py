"""Venues told by a clause beside the place name: a host named in a clause of its own, a
country whose name runs on with "and", and the place of a welcome joined to an arrival.

Used by :mod:`mapapp.extract.venues`, which reads the place names themselves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp import gazetteer
from mapapp.extract import place_names
from mapapp.extract.triggers import Trigger

if TYPE_CHECKING:
    from mapapp.extract.venues import Venue

__all__ = [
    "HOST",
    "HOST_CLAUSES",
    "HOST_RELATIVE",
    "and_country",
    "host_before",
    "host_countries",
    "welcome_venue",
]


_HOST_NAME = r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})"
_HOST_AUX = (
    r"(?:(?:last|first|also|previously|once|will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|"
    r"was\s+to|has|had|is|was)\s+)?"
)
# "hosted by Seychelles in Victoria": the city named next is the venue
_CITY_NEXT = rf"(?!\s+(?:in|at)\s+(?:the\s+)?{place_names.NO_DAY}[A-Z])"
# "the summit, which Fiji hosts in May", "a conference that Kuwait will host": the host of the
# gathering just named, in a relative clause
HOST_RELATIVE = re.compile(
    rf"\b(?:which|that)\s+{_HOST_NAME}\s+{_HOST_AUX}host(?:s|ed|ing)?\b{_CITY_NEXT}"
)
# "Niue has confirmed that it will host next year's meeting", "is to be hosted by Chile"
HOST_CLAUSES = (
    re.compile(
        rf"(?:^|(?<=[,;:.]\s)|(?<=\band\s)){_HOST_NAME}\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:confirmed|announced|said|says|agreed|offered|promised|decided|indicated|pledged)\s+"
        rf"(?:that\s+)?(?:it\s+{_HOST_AUX}|to\s+)host(?:s|ed|ing)?\b"
    ),
    re.compile(
        rf"\b(?:be|being|been|was|were|is|are)\s+hosted\s+by\s+(?:the\s+)?{_HOST_NAME}{_CITY_NEXT}"
    ),
)


# "Tonga last hosted the leaders' meeting", "Japan will host the summit": the host country
HOST = re.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=\band\s))(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s+"
    r"(?:(?:last|first|also|previously|once|will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|"
    r"has|had|agreed\s+to|offered\s+to)\s+)?(?:host(?:s|ed)?|to\s+host)\s+(?:the|a|an|its|their)\s"
)


def host_countries(
    masked: str, relative: bool = False
) -> list[tuple[int, int, str, gazetteer.Place]]:
    """Countries named as hosts ("Tonga last hosted", "Niue has confirmed that it will host",
    "is to be hosted by Chile"; with ``relative`` only "…, which Fiji hosts"): where each name
    stands, the name and the country."""
    patterns = (HOST_RELATIVE,) if relative else (HOST, *HOST_CLAUSES)
    out = []
    for m in [m for p in patterns for m in p.finditer(masked)]:
        code = gazetteer.country_code_for(m.group("name"), demonyms=False)
        place = gazetteer.lookup(code).place if code else None
        if place is not None:
            out.append((m.start("name"), m.end("name"), m.group("name"), place))
    return out


# "will be hosted by Seychelles in Victoria": the host country says which Victoria
_HOST_BEFORE = re.compile(r"\bhosted\s+by\s+(?P<c>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+$")


def host_before(masked: str, pos: int) -> str | None:
    """The country a "hosted by" right before ``pos`` names, as its code."""
    m = _HOST_BEFORE.search(masked, max(0, pos - 60), pos)
    return gazetteer.country_code_for(m.group("c"), demonyms=False) if m else None


# "Trinidad and Tobago", "Antigua and Barbuda": a country's name joined by "and"
_AND_PART = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?")


def and_country(masked: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The country whose name runs on past the venue's first part with "and" ("in Bosnia and
    Herzegovina"), with where it ends; None for a list of places ("in Paris and Berlin")."""
    after = _AND_PART.match(masked, m.end("name"))
    if after is None:
        return None
    if gazetteer.is_country_name(m.group("name")):
        return None  # "Serbia and Montenegro": two countries
    name = m.group("name") + after.group(0)
    for cut in (name, name.rsplit(" ", 1)[0]):  # "and Tobago" or "and Tobago Monday"
        if gazetteer.is_country_name(cut):
            return cut, m.start("name") + len(cut)
    return None


# "arrived on Tuesday and was welcomed with a ceremony at …": the welcome right after an
# arrival is where the arrival was
_WELCOMED = re.compile(
    r"(?:\s+(?:on|late|early|in|this|last|the|at|around|about|[A-Z]\w*|\d[\w:.]*|"
    r"morning|afternoon|evening|night|day))*"
    r"\s*,?\s+and\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:welcomed|greeted|met|received)\b"
    r"(?:(?!\b(?:before|after|then|and|travel\w*|fl[eiy]\w*|left|leaving|head\w*)\b)[^.;:,]){0,80}$"
)


def welcome_venue(masked: str, trigger: Trigger, venues: list[Venue]) -> Venue | None:
    """The place of a welcome told in the clause joined to an arrival with "and", when the
    arrival's own clause names none."""
    for v in venues:
        if v.begin > trigger.end and _WELCOMED.match(masked[trigger.end : v.begin]):
            return v
    return None
