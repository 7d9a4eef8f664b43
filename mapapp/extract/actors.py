"""Who is named in a sentence: the actors table (``geodata/actors.csv``) and a fallback rule.

Names and aliases from the table come first (longest first, case-sensitive); other capitalised
names follow the fallback rule (no titles, months, weekdays, nationality words; a country only
where it is not the object of a preposition).
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from mapapp import gazetteer
from mapapp.bundled import ACTORS_FILE


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class ActorTable:
    """Names and aliases → canonical actor names, and which canonical names are countries."""

    by_name: dict[str, str]
    pattern: re.Pattern[str] | None
    countries: frozenset[str] = field(default_factory=frozenset)


def load_actors(path: Path | str = ACTORS_FILE) -> ActorTable:
    """Read an actors table (columns ``name,aliases``; aliases ``"; "``-separated).

    A missing file gives an empty table (names are then found by the capitalised-name rule).
    """
    by_name: dict[str, str] = {}
    try:
        with Path(path).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                aliases = [a.strip() for a in (row.get("aliases") or "").split(";")]
                for alias in [name, *aliases]:
                    if alias and alias.lower() not in {"the", "a"}:
                        by_name.setdefault(alias, name)
    except FileNotFoundError:
        pass
    names = sorted(by_name, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")
        if names
        else None
    )
    countries = frozenset(n for n in set(by_name.values()) if gazetteer.is_country_name(n))
    return ActorTable(by_name, pattern, countries)


@functools.lru_cache(maxsize=1)
def _default_actors() -> ActorTable:
    return load_actors()


_ORG_WORDS = _words("""
institute institution group council department ministry party front organization organisation
agency committee commission foundation company corporation bank fund association union coalition
alliance movement network office
""")
_FUNCTION_WORDS = _words("""
a an the but and or however when while since in on at after before as if so then though although
unlike having instead meanwhile despite with without for from by of to this that these those there
it its he she they we i his her their our no not yet also still both some several many most other
file photo
""")
_TITLES = _words("""
president vice secretary state senator sen representative rep minister foreign defense defence
prime acting deputy chief special envoy ambassador spokesperson spokesman spokeswoman commander
leader gen mullah sheikh king queen prince chancellor governor mayor former senior
charge mr mrs ms dr
""")
_CALENDAR = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
)
# At most six words a name: a run of thousands of capitalised words is read as many names, so
# the work stays linear in the text (see _clean_name, which drops words one by one).
_CAPITALISED = re.compile(
    r"(?<![\w-])(?:al-|el-)?[A-Z][\w’'.-]{0,40}"
    r"(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w’'.-]{0,40}){0,5}"
)


def _is_country_word(word: str) -> bool:
    return gazetteer.is_demonym(word) or gazetteer.is_country_name(word)


def _clean_name(words: list[str]) -> list[str]:
    """Drop leading titles, function words and nationalities: "Saudi Foreign Minister X" → X."""
    while words and (
        words[0].casefold().replace(".", "") in _TITLES | _FUNCTION_WORDS
        or (len(words) > 1 and _is_country_word(words[0]))
    ):
        if len(words) > 1 and words[1].casefold() in _ORG_WORDS:
            break  # "State Department", "Foreign Ministry"
        words = words[1:]
    if words:
        words[-1] = re.sub(r"['’]s$", "", words[-1]).rstrip(",")
        if not re.search(r"(?:[A-Z]\.){2}$", words[-1]):
            words[-1] = words[-1].rstrip(".")
    return words


_PLACE_PREPOSITIONS = _words(
    "in at to from of for across outside toward towards into inside throughout on near"
)
_GROUP_NOUN = re.compile(
    r"\s+(?:officials|diplomats|leaders|forces|troops|lawmakers|"
    r"politicians|representatives|delegates|ministers|people|citizens|"
    r"government|authorities|media)\b"
)


def find_actors(masked: str, table: ActorTable | None = None) -> list[tuple[int, str]]:
    """Actors named in a (quote-masked) text: ``(offset, canonical name)`` in order of mention.

    Names come from the actors table first; other capitalised names follow the fallback rule
    (no titles, months, weekdays, nationality adjectives; a country only where it is not the
    object of a preposition, so "Israel carried out" names an actor and "peace in Afghanistan"
    does not).
    """
    table = table or _default_actors()
    found: list[tuple[int, str]] = []
    covered = bytearray(len(masked))
    if table.pattern is not None:
        for m in table.pattern.finditer(masked):
            found.append((m.start(), table.by_name[m.group(0)]))
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _CAPITALISED.finditer(masked):
        if covered.find(1, m.start(), m.end()) != -1:
            continue
        words = _clean_name(m.group(0).split())
        name = " ".join(words)
        if (
            len(name) < 3
            or any(w.casefold().rstrip(".’'s") in _CALENDAR for w in words)
            or name.casefold() in _FUNCTION_WORDS
        ):
            continue
        before = [w.casefold() for w in masked[max(0, m.start() - 60) : m.start()].split()[-2:]]
        if before[-1:] == ["the"]:
            before = before[:-1]
        if gazetteer.is_country_name(name):
            if before and before[-1] in _PLACE_PREPOSITIONS:
                continue
            place = gazetteer.lookup(name).place
            name = place.name if place else name
        elif gazetteer.is_demonym(name) and _GROUP_NOUN.match(masked, m.end()):
            code = gazetteer.country_code_for(name)  # "Iranian officials" → Iran
            place = gazetteer.lookup(code).place if code else None
            if place is None:
                continue
            name = place.name
        elif gazetteer.is_demonym(name) or (len(words) == 1 and _GROUP_NOUN.match(masked, m.end())):
            continue  # "Afghan women", "European diplomats": nationality words, not actors
        found.append((m.start(), name))
    return sorted(found)
