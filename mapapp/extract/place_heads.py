"""A site or district named after the city it is in: "the Maseru Bridge border post", "the
Lagos Business School", "the Ministry in Abidjan-Plateau", "Dakar-Yoff".

When the gazetteer does not know the whole name, its first word (or its part before a hyphen)
is the city, provided that part is a capital or a city of 100,000 people and the whole name is
not a country's ("Guinea-Bissau") or a city's of its own ("Baden-Baden"): the later words name
a bridge, a school or a district, not some small town that shares one of them ("Bridge" is not
a town in Connecticut). Used by :func:`mapapp.extract.place_names.resolve_place`.
"""

from __future__ import annotations

import functools
import re

from mapapp import gazetteer

__all__ = ["head_city"]

_MIN_PEOPLE = 100_000
_lookup = functools.lru_cache(maxsize=1024)(gazetteer.lookup)
# "the Paris Agreement", "the Minsk format", "the Doha Forum": a text or a gathering named
# after a city is no venue of the sentence's event
_NOT_SITES = frozenset(
    {
        *("agreement", "agreements", "accord", "accords", "convention", "conventions"),
        *("declaration", "protocol", "protocols", "treaty", "process", "format", "group"),
        *("summit", "forum", "dialogue", "conference", "talks", "initiative", "charter"),
        *("statement", "communique", "plan", "memorandum", "principles", "document", "consensus"),
        *("club", "times", "post", "university", "agenda", "framework", "roadmap", "formula"),
    }
)
# "Abidjan-Plateau", "Kinshasa-Gombe": a city and its district joined by a hyphen
_HYPHENED = re.compile(r"(?P<city>[A-Z][\w'’]{3,30})-(?P<part>[A-Z][\w'’-]{2,30})$")


def _is_capital(place: gazetteer.Place) -> bool:
    country = gazetteer.lookup(place.country_code).place if place.country_code else None
    return (
        country is not None and abs(country.lat - place.lat) + abs(country.lon - place.lon) < 0.05
    )


def _city(name: str, hint: str | None) -> gazetteer.Place | None:
    """The city a name's first part is, when it is a capital or a city of 100,000 people."""
    if gazetteer.is_demonym(name) or gazetteer.is_country_name(name):
        return None
    place = _lookup(name, hint).place
    if place is None or place.precision != "city":
        return None
    if place.name.casefold() != name.casefold() and not _is_capital(place):
        return None  # an alternate spelling of some small town
    return place if place.population >= _MIN_PEOPLE or _is_capital(place) else None


def head_city(words: list[str], hint: str | None) -> gazetteer.Place | None:
    """The city a longer unknown name is named after: its first word ("Maseru Bridge") or its
    part before a hyphen ("Abidjan-Plateau"); None when the first part is no such city."""
    if not words:
        return None
    hyphened = _HYPHENED.match(words[0]) if len(words) == 1 else None
    if hyphened is not None:
        return _city(hyphened.group("city"), hint)
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if any(w.casefold().strip(".,") in _NOT_SITES for w in words[1:]):
        return None
    return _city(words[0], hint)


# "at the Alhambra", "at the Bellevue": a building's name after "the", not a city of that name
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "in the Hague", "at the Gambia's": names that take "the" of their own
_OWN_ARTICLE = re.compile(r"(?i)^(?:the|el|al|la|le)\b")
# "the Lusaka talks", "the Doha round": a lowercase noun after the name (not "the Alhambra on
# Thursday", "the Kremlin at noon", "the Bellevue and the Elysee": a word that opens a phrase)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|to|for|and|or|but|by|with|from|of|last|this|next|that|which|where|"
    r"when|while|as|after|before|during|early|late|later|earlier|yesterday|today|tonight|"
    r"tomorrow|overnight|then|near|around|amid)\b)[a-z]"
)


def the_building(masked: str, begin: int, end: int, place: gazetteer.Place) -> bool:
    """Whether a name told right after "the" and resolved to a city is rather a building
    named like some town ("the Alhambra", "the Kremlin" is a table's): a city's own name never
    takes "the", unless "the" is part of it ("the Hague"), and "the Lusaka talks", "the Doha
    round" (a name before a noun) name gatherings, not buildings."""
    if place.precision != "city" or not _THE_BEFORE.search(masked, max(0, begin - 5), begin):
        return False
    if _OWN_ARTICLE.match(place.name) or _NOUN_AFTER.match(masked, end, end + 24):
        return False
    if len(masked[begin:end].split()) > len(place.name.split()):
        return False  # "the Nairobi National Park": a site named after its city, in that city
    return not gazetteer.is_country_name(masked[begin:end])
