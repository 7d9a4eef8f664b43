"""Towns that share a name across countries: the article's countries decide.

"Tripoli" alone is Libya's capital, but in a report filed from Beirut about Lebanon's prime
minister it is Lebanon's second city; "St Petersburg" in a story of a visit to Russia is not the
Florida town, "Valencia" after a CARACAS dateline is Venezuela's, "Georgetown" in a Malaysian
story is Penang's. A place read from its name alone (no country after a comma, no "the Lebanese
city of") whose country the article never names is read again in the countries it does name:
the sentence's own first, then the dateline's, then the article's in order. A capital or a city of
a million people gives way only to a capital or to a namesake of 150,000 people and a sixth of its
size ("London" in a story about Canada stays in England); a smaller town never to one of fewer than
50,000 people ("Geneva" in an American story stays in Switzerland). A reading the project's own
gazetteer file fixes (``geodata/places.csv``: "Islamabad" is Pakistan's capital, not a Kashmir
town's old name) gives way only to a capital ("the Indian prime minister visited Islamabad").
A namesake must bear the name itself, not list it among its other names only: "Quebec" in a story
naming the American president is not a Connecticut town the gazetteer also calls so. A building
whose name many capitals give theirs ("the Palace of Independence") is the dateline's, when the
article never names the country of the one the building table knows.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from mapapp import gazetteer
from mapapp.extract.country_parts import country_of_part
from mapapp.extract.landmarks import fold, landmark_place
from mapapp.extract.place_names import cached_lookup

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention
    from mapapp.extract.venues import Venue

_NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+(?:and|of|the)\s+[A-Z][\w'’.-]+|\s+[A-Z][\w'’.-]+){0,3}"
)
_TOWN = 50_000  # a namesake smaller than this (Geneva, Illinois) never wins
_CITY = 150_000  # nor one smaller than this over a capital or a city of a million
_SIZE_RATIO = 0.15


def countries_named(text: str) -> list[str]:
    """The countries ``text`` names by name or nationality ("Lebanon's", "the Russian
    president"), in order of first mention."""
    codes: list[str] = []
    for m in _NAME_RUN.finditer(text):
        words = re.sub(r"['’]s\b", "", m.group(0)).split()
        for i, j in itertools.combinations(range(len(words) + 1), 2):
            if j - i > 4 or not (words[i][:1].isupper() and words[j - 1][:1].isupper()):
                continue
            code = gazetteer.country_code_for(" ".join(words[i:j]))
            if code and code not in codes:
                codes.append(code)
    return codes


def _capital(place: gazetteer.Place) -> bool:
    capital = gazetteer.lookup(place.country_code).place if place.country_code else None
    if capital is None:
        return False
    return abs(capital.lat - place.lat) + abs(capital.lon - place.lon) < 0.02


def gives_way(chosen: gazetteer.Place, other: gazetteer.Place) -> bool:
    """Whether the first reading of a name yields to a namesake in a country the text names."""
    if other.precision != "city":
        return False
    if _capital(other):
        return True
    if chosen.feature == "curated":
        return False  # a hand-chosen reading ("Islamabad" is Pakistan's) yields to a capital only
    if chosen.population < 1_000_000 and not _capital(chosen):
        return other.population >= _TOWN
    return other.population >= max(_CITY, _SIZE_RATIO * chosen.population)


def namesake(place: gazetteer.Place, written: str, named: list[str]) -> gazetteer.Place | None:
    """The place of the same name in one of the ``named`` countries, when ``place`` (read from
    the name alone) is in none of them and gives way to it."""
    if place.precision != "city" or not place.country_code or place.country_code in named:
        return None
    for code in named:
        if (whole := country_of_part(written, code)) is not None:
            return whole  # "leaves for Antigua" in a story naming Antigua and Barbuda
        for name in dict.fromkeys((written, place.name)):
            other = cached_lookup(name, code).place
            if other is None or other.country_code != code or not same_name(other.name, name):
                continue
            if gives_way(place, other):
                return other
    return None


# Words a building's name may be made of and still be the name of one in many capitals
_COMMON = frozenset(
    {"the", "of", "palace", "house", "hall", "independence", "republic", "nation", "nations"}
    | {"peace", "friendship", "unity", "people's", "state", "national", "congress", "government"}
)


def common_building(text: str) -> bool:
    """Whether a well-known building's name is one many capitals give theirs ("the Palace of
    Independence" stands in Minsk and in Astana, "the Palace of the Nation" in several)."""
    words = fold(text).casefold().replace("’", "'").split()
    return len(words) > 1 and all(w in _COMMON for w in words) and landmark_place(text) is not None


def same_name(found: str, written: str) -> bool:
    """Whether the namesake's own name is the name written ("Georgetown" and "George Town", "St
    Petersburg" and "Saint Petersburg"), not one the gazetteer lists among its other names only
    (New Britain, Connecticut is no namesake of Québec)."""
    a, b = gazetteer.normalize_name(found), gazetteer.normalize_name(written)
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    return bool({w for w in a.split() if len(w) > 3} & set(b.split()))


def _written(place: gazetteer.Place, text: str) -> str:
    """The name as the sentence writes it: the venue phrase's last capitalised words."""
    words = re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", text)
    return words[-1] if words else place.name


def follow_country(mentions: list[Mention], dateline: gazetteer.Place | None, article: str) -> None:
    """Read again in the article's countries the towns read from their name alone."""
    everywhere = countries_named(article)
    home = [dateline.country_code] if dateline is not None and dateline.country_code else []
    for m in mentions:
        venue = m.venue
        if venue and dateline and _building_elsewhere(venue, dateline, everywhere):
            _move(m, venue, dataclasses.replace(venue, place=dateline), "the dateline's city")
            continue
        if venue is None or venue.site is not None or "," in venue.text:
            continue
        own = countries_named(m.quote)
        named = list(dict.fromkeys([*own, *home, *everywhere]))
        if venue.place.country_code in own or _described(venue.text):
            continue
        other = namesake(venue.place, _written(venue.place, venue.text), named)
        if other is None:
            continue
        _move(m, venue, dataclasses.replace(venue, place=other), "a country the article names")


def _move(m: Mention, venue: Venue, moved: Venue, why: str) -> None:
    m.venues = [moved if v == venue else v for v in m.venues]
    m.venue = moved
    m.place_note = f"'{venue.site or venue.text}' read in {moved.place.country_code}, {why}."


def _building_elsewhere(venue: Venue, dateline: gazetteer.Place, named: list[str]) -> bool:
    """A building many capitals name alike, placed by the table in a country the article never
    names, in a report with a dateline elsewhere."""
    if venue.site is None or venue.place.country_code in named:
        return False
    return dateline.country_code != venue.place.country_code and common_building(venue.site)


def _described(text: str) -> bool:
    """ "the Libyan capital Tripoli": the phrase says its country itself."""
    return any(gazetteer.is_demonym(w) for w in re.findall(r"[A-Z][\w'’-]+", text))
