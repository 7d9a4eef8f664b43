"""Datelines: where (and when) a report was filed, as its first words say.

Every common form is read, in any outlet's style:

* wire copy: "ANKARA, Turkey (Anatolia Wire) —", "HANOI, June 5 (Mekong Wire) —",
  "NAIROBI, Kenya, March 3 (Reuters) -", "UNITED NATIONS, Oct 2 (AP) --";
* digest items and broadcasters: "LUSAKA —", "WASHINGTON —";
* agency copy without a dash: "New Delhi, Jan 20 (BNS) External Affairs Minister …";
* releases: "Jakarta, 27 March 2025 –", "Kabul, 14 August 2021:";
* state agencies: "MOSCOW, March 3. /TASS/.";
* agencies writing in Spanish or Italian style: "Guatemala City, 31 Dec. (ANC).-".

The city is written in capitals or in title case ("Dar es Salaam"), then an optional region or
country, an optional date, an optional agency in parentheses, and a dash of any kind, a colon or
nothing. A title-case city needs a date or an agency and must be a city the gazetteer knows
(else "Meanwhile —" or a caption's "Lavrov (pictured) —" would be one); a colon needs a date
or an agency ("ANCHOR:" is a speaker), or a city in capitals that the gazetteer knows
("WASHINGTON: …"). The agency is a name, never a place: the whole
dateline is blanked out of the text the rules search.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from mapapp import gazetteer
from mapapp.extract.calendar_words import MONTH as _MONTH
from mapapp.extract.homonyms import gives_way
from mapapp.extract.landmarks import capital_place, landmark_place
from mapapp.extract.place_names import region_code

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?|"
    rf"{_WEEKDAY})"
)
_WORD = r"[^\W\d_][\w.'’-]*"
_DASH = r"(?:—|–|--?|:)"
_DATELINE = re.compile(
    rf"(?P<city>{_WORD}(?:\s+{_WORD}){{0,3}}?)(?:/{_WORD}(?:\s+{_WORD}){{0,2}}?)*"
    rf"(?:,\s*(?!{_MONTH}(?:\s|$)|{_WEEKDAY})(?P<region>{_WORD}(?:\s+{_WORD}){{0,2}}?))?"
    rf"(?:[,.]?\s*(?P<date>{_DATE}))?"
    rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\)\.?\s*(?P<dash>{_DASH})?|\s*(?P<bare>{_DASH}|\|)|"
    r"\.?\s*/(?P<slashed>[^/\n]{1,30})/\.?|"
    rf"[,.]\s*(?P<named>[A-Z][A-Z-]{{1,20}})\s*(?:[.:]|{_DASH}))"
    r"(?:\s+|$)"
)
# Small words inside a title-case city's name: "Dar es Salaam", "Port of Spain".
_CONNECTORS = frozenset(
    [
        "of",
        "and",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "es",
        "el",
        "al",
        "la",
        "le",
        "du",
        "des",
        "sur",
        "am",
        "an",
        "upon",
        "on",
    ]
)
# Capitals that open a line without being a city: captions, labels, speakers.
_NOT_CITIES = frozenset(
    {"FILE", "PHOTO", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANCHOR", "NOTE"}
)
# Words of a heading in capitals, never of a city's name ("PORT OF SPAIN" keeps "OF").
_FUNCTION_WORDS = frozenset({"IN", "THE", "AND", "ON", "AT", "FOR", "TO", "WITH", "BY", "FROM"})
_LINES = 12  # a dateline sits among the article's first non-empty lines


@dataclass(frozen=True)
class Dateline:
    """The dateline's city as written ("GENEVA"), its region or country, and its date text."""

    city: str
    region: str | None
    date: str | None


def _capitalised(words: list[str]) -> bool:
    """Title case: first and last words capitalised, small connectors allowed between."""
    return all(
        w[0].isupper() or (0 < i < len(words) - 1 and w in _CONNECTORS) for i, w in enumerate(words)
    )


def _known_city(name: str, population: int = 100_000) -> bool:
    """A city (or well-known venue) the gazetteer knows, at least this large unless curated."""
    title = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    place = landmark_place(title) or gazetteer.lookup(title).place
    if place is None or place.precision != "city":
        return False
    if place.feature == "curated" or place.population >= population:
        return True
    capital = capital_place(place.country_code) if place.country_code else None
    return capital == place  # "Thimphu:", "Majuro —": a national capital, however small


def match_dateline(line: str, lead: bool = False) -> re.Match[str] | None:
    """The dateline that opens ``line`` (see the module docstring), or None. In the ``lead``
    (the article's first lines) a known city in title case and a dash is one ("Abuja — …")."""
    m = _DATELINE.match(line)
    if m is None:
        return None
    words = m.group("city").split()
    if words[0].strip(".") in _NOT_CITIES or not _capitalised(words):
        return None
    if any(w in _FUNCTION_WORDS for w in words[words[0] == "THE" :]):
        return None  # "WORLD IN BRIEF — Thursday": a heading, not a city
    if masthead(m.group("city"), line[m.end() :]):
        return None  # "SANA — Southern African News Agency": an outlet's name spelled out
    if m.group("region") and not _capitalised(m.group("region").split()):
        return None
    dated = bool(m.group("date") or m.group("agency") or m.group("slashed") or m.group("named"))
    capitals = m.group("city").isupper()
    known = _known_city(m.group("city"), 0 if dated else 100_000)
    if not capitals and not ((dated or (lead and m.group("bare"))) and known):
        return None  # "Meanwhile — …", "Lavrov (pictured) — …": no dateline
    if m.group("bare") == "|" and not (capitals and known and lead):
        return None  # "BAGHDAD | THE WEEK IN REVIEW" heads a page; "Politics | Europe" does not
    colon = (m.group("bare") or m.group("dash") or "") == ":"
    if colon and not dated and not _known_city(m.group("city")):
        return None  # "ANCHOR: …", "QUESTION: …": a speaker, not a city
    return m


_OUTLET_WORDS = re.compile(
    r"\b(?:Agency|Agence|Press|News|Service|Broadcasting|Radio|Television)\b"
)


def masthead(city: str, rest: str) -> bool:
    """Whether capitals before a dash are an outlet's initials that the rest of the line spells
    out ("PANA — Pan-African News Agency", "BNS – Baltic News Service"): a masthead, not a city."""
    letters = city.replace(".", "")
    if not letters.isalpha() or not letters.isupper() or " " in city or len(letters) > 6:
        return False
    words = re.findall(r"[A-Z][\w'’]*", rest[:80].split("\n")[0].replace("-", " "))
    initials = "".join(w[0] for w in words)
    return initials.startswith(letters) and _OUTLET_WORDS.search(rest[:80]) is not None


def dateline_of(m: re.Match[str]) -> Dateline:
    """The :class:`Dateline` a :func:`match_dateline` match reads."""
    return Dateline(m.group("city"), m.group("region"), _dotted(m.group("date")))


_SHORT_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.)")


def _dotted(date: str | None) -> str | None:
    """ "Jan 20" as "Jan. 20": an abbreviated month the date reader knows by its dot."""
    return _SHORT_MONTH.sub(r"\1.", date) if date else None


def find_dateline(text: str) -> Dateline | None:
    """The article's dateline, if one of its first lines starts with one.

    Examples
    --------
    >>> find_dateline("Title\\n\\nGENEVA (AP) — Talks began.")
    Dateline(city='GENEVA', region=None, date=None)
    >>> find_dateline("Jakarta, 27 March 2025 – The minister received …")
    Dateline(city='Jakarta', region=None, date='27 March 2025')
    """
    lines = (line.strip() for line in text.splitlines())
    for line in [x for x in itertools.islice(lines, 200) if x][:_LINES]:
        b = _BYLINE.fullmatch(line[:200])
        if b and _capitalised(b.group("city").split()) and _known_city(b.group("city"), 0):
            return Dateline(b.group("city"), None, _dotted(b.group("date")))
        if m := match_dateline(line[:200], lead=True):
            return dateline_of(m)
    return None


# A byline or a heading line that names the city: "By Jane Doe | Addis Ababa — Saturday,
# February 17, 2024", "Nairobi — 3 May 2025".
_BYLINE = re.compile(
    r"(?:By\s+[^|•·\n]{2,60}?\s*[|•·,]\s*)?(?P<city>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})"
    rf"\s*(?:—|–|-|\||•|,)\s*(?:{_WEEKDAY},?\s+)?(?P<date>{_DATE}(?:,?\s+\d{{4}})?)\.?"
)


def dateline_place(dateline: Dateline | None, lead: str = "") -> gazetteer.Place | None:
    """The dateline's city from the gazetteer ("GENEVA" → Geneva), if it knows it; a name
    several towns share is the one in a country the ``lead`` (title and first paragraph) names
    ("ST JOHN'S - Antigua and Barbuda and Kenya signed …": St John's, Antigua); a capital or a
    city of a million people only to a namesake its size ("TRIPOLI - Lebanon's prime minister":
    Tripoli, Lebanon; never London, Ontario)."""
    if dateline is None:
        return None
    name = " ".join(w.capitalize() if len(w.strip(".")) > 2 else w for w in dateline.city.split())
    hint = region_code(dateline.region)
    # "ATLANTA, Georgia": a region that names no country of the city is no hint
    place = landmark_place(name) or gazetteer.lookup(name, hint).place
    place = place or (gazetteer.lookup(name).place if hint else None)
    if place is not None and hint is None and lead:
        named = _countries(lead)
        if place.country_code not in named:
            # "TRIPOLI - Lebanon's prime minister …": a capital yields to a namesake of its size
            other = (gazetteer.lookup(name, code).place for code in named)
            major = _major(place)
            place = next(
                (
                    p
                    for p in other
                    if p is not None
                    and p.precision == "city"
                    and (not major or gives_way(place, p))
                ),
                place,
            )
    return place if place is not None and place.precision in ("city", "exact_site") else None


_NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+(?:and|of|the)\s+[A-Z][\w'’.-]+|\s+[A-Z][\w'’.-]+){0,3}"
)


def _countries(text: str) -> list[str]:
    """The countries ``text`` names ("Antigua and Barbuda", "Kenya's"), in order."""
    codes: list[str] = []
    for m in _NAME_RUN.finditer(text[:2000]):
        words = re.sub(r"['’]s\b", "", m.group(0)).split()
        for i, j in itertools.combinations(range(len(words) + 1), 2):
            if j - i > 4 or not (words[i][:1].isupper() and words[j - 1][:1].isupper()):
                continue
            code = gazetteer.country_code_for(" ".join(words[i:j]), demonyms=False)
            if code and code not in codes:
                codes.append(code)
    return codes


def _major(place: gazetteer.Place) -> bool:
    """A capital or a city of a million people: the plain reading of its name."""
    if place.population >= 1_000_000 or not place.country_code:
        return True
    capital = gazetteer.lookup(place.country_code).place
    return (
        capital is not None and abs(capital.lat - place.lat) + abs(capital.lon - place.lon) < 0.02
    )
