"""Recurring gatherings that always meet in the same city: a data table and its matcher.

"to address the World Government Summit" is in Dubai, "at the Shangri-La Dialogue" in Singapore,
"the Raisina Dialogue" in New Delhi: the name says the place even when the sentence names no city.
Only gatherings with a fixed home are listed (not the G20 or a summit that moves from host to
host). A city the sentence names wins (see :func:`mapapp.extract.mentions`); patterns are matched
against text with accents folded.
"""

from __future__ import annotations

import functools
import re

from mapapp import gazetteer
from mapapp.extract.landmarks import fold

# (names, city, ISO alpha-2 of the city's country)
GATHERINGS: tuple[tuple[str, str, str], ...] = (
    (r"World\s+Governments?\s+Summit", "Dubai", "AE"),
    (r"World\s+Economic\s+Forum|Davos\s+[Ff]orum", "Davos", "CH"),
    (r"Shangri-La\s+Dialogue", "Singapore", "SG"),
    (r"Raisina\s+Dialogue", "New Delhi", "IN"),
    (r"Munich\s+Security\s+Conference", "Munich", "DE"),
    (r"Manama\s+Dialogue", "Manama", "BH"),
    (r"Doha\s+Forum", "Doha", "QA"),
    (r"Halifax\s+(?:International\s+)?Security\s+Forum", "Halifax", "CA"),
    (r"St\.?\s*Petersburg\s+International\s+Economic\s+Forum|SPIEF", "Saint Petersburg", "RU"),
    (r"Eastern\s+Economic\s+Forum", "Vladivostok", "RU"),
    (r"Boao\s+Forum(?:\s+for\s+Asia)?", "Qionghai", "CN"),
    (r"Antalya\s+Diplomacy\s+Forum", "Antalya", "TR"),
    (r"Paris\s+Peace\s+Forum", "Paris", "FR"),
    (r"Arctic\s+Circle\s+Assembly", "Reykjavik", "IS"),
    (
        r"(?:UN|U\.N\.|United\s+Nations)\s+General\s+Assembly|UNGA|"
        r"General\s+Assembly['’]s\s+(?:annual\s+)?high-level\s+week",
        "New York",
        "US",
    ),
    (r"(?:UN\s+|U\.N\.\s+)?Human\s+Rights\s+Council|Conference\s+on\s+Disarmament", "Geneva", "CH"),
    (r"Future\s+Investment\s+Initiative", "Riyadh", "SA"),
    (r"Dubrovnik\s+Forum", "Dubrovnik", "HR"),
    (r"Kyiv\s+Security\s+Forum|Yalta\s+European\s+Strategy", "Kyiv", "UA"),
    (r"(?:Rome\s+)?MED\s+Dialogues|Mediterranean\s+Dialogues", "Rome", "IT"),
)

_PATTERN = re.compile(
    "|".join(f"(?P<g{n}>{p})" for n, (p, _, _) in enumerate(GATHERINGS)) + r"(?![\w-])"
)
_AROUND = 60  # characters either side of an event word within which its name may stand
# "the World Economic Forum's annual meeting": the event word right after the name
_OWNED = re.compile(r"['’]s\s+(?:annual\s+|yearly\s+)?$")
# "at the Shangri-La Dialogue", "on the sidelines of the Raisina Dialogue": where it happened
_AT = re.compile(
    r"(?i)\b(?:at|during|attend(?:s|ed|ing)?|address(?:es|ed|ing)?|(?:sidelines|margins)\s+of)"
    r"\s+(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?$"
)


@functools.lru_cache(maxsize=64)
def _city(name: str, code: str) -> gazetteer.Place | None:
    return gazetteer.lookup(name, code).place


def gathering_place(masked: str, begin: int, end: int) -> tuple[int, int, gazetteer.Place] | None:
    """(begin, end, city) of a gathering with a fixed home whose name holds the event word at
    ``masked[begin:end]`` ("the World Government Summit" around "Summit"), or None."""
    lo = max(0, begin - _AROUND)
    text = fold(masked[lo : end + _AROUND])
    for m in _PATTERN.finditer(text):
        owned = _OWNED.fullmatch(text, m.end(), max(m.end(), begin - lo))
        if m.start() <= begin - lo < m.end() or m.start() < end - lo <= m.end() or owned:
            key = next(k for k, v in m.groupdict().items() if v)
            _, city, code = GATHERINGS[int(key[1:])]
            place = _city(city, code)
            return (lo + m.start(), lo + m.end(), place) if place is not None else None
    return None


def gathering_venues(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name, city) of each gathering with a fixed home named where something
    happens ("at the Shangri-La Dialogue", "on the sidelines of the Raisina Dialogue")."""
    text = fold(masked)
    out = []
    for m in _PATTERN.finditer(text):
        if not _AT.search(text, max(0, m.start() - 40), m.start()):
            continue
        key = next(k for k, v in m.groupdict().items() if v)
        _, city, code = GATHERINGS[int(key[1:])]
        place = _city(city, code)
        if place is not None:
            out.append((m.start(), m.end(), masked[m.start() : m.end()], place))
    return out
