"""Talks with one counterpart: a meeting of two sides told by the one party after "with".

"met today in Seoul with the Republic of Korea's Foreign Minister", "will hold talks with the
Prime Minister of Jamaica", "for talks with Barbadian officials", "a summit with his Zambian
counterpart", "A summit with South Korea's president": the party after "with" is one country's
office holder or officials, so the talks have two sides. A second party joined to the first
("with Omani officials and representatives of the Gulf Cooperation Council", "with the
presidents of Chile and of Peru") makes them many. A dateline before a sentence's subject
("Manila, 15 September (Agency) - Philippine and Indonesian officials opened talks") is no part
of that subject.

Every rule reads a bounded window after the event word.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.blocs import BLOCS
from mapapp.extract.parties import two_sides
from mapapp.extract.triggers import Clauses, Trigger

# the people one party sends: an office holder, its officials, its delegation
_PERSON = (
    r"(?i:president|prime\s+minister|premier|chancellor|king|queen|emir|amir|sultan|"
    r"crown\s+prince|monarch|(?:vice|deputy)[\s-]+\w+|minister|secretary|state\s+councill?or|"
    r"counterpart|officials|delegation|envoy|ambassador|leader|head\s+of\s+(?:state|government)|"
    r"governor-general|authorities|government|negotiators|diplomats|team)\b"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,3}"
# "the Republic of Korea's Minister of Foreign Affairs", "South Korea's president"
_OWNED = re.compile(rf"(?:the\s+)?(?P<c>{_NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}")
# "the Australian prime minister", "senior Omani officials", "his Zambian counterpart"
_DEMONYM = re.compile(
    rf"(?:(?:the|his|her|their)\s+)?(?:[a-z][\w-]*\s+)?(?P<d>[A-Z][a-z]+)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_PERSON}"
)
# "the Prime Minister of Jamaica", "the Minister of Foreign Affairs of Japan"
_OF_COUNTRY = re.compile(
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_PERSON}(?:\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?"
    rf"[A-Z][\w-]*){{0,3}})?\s+of\s+(?P<c>(?:the\s+)?{_NAME})"
)
_WITH = re.compile(r"\bwith\s+")
# a host's verb and its guest right after it: "received (hosted, welcomed) the visiting …"
_RECEIVED = re.compile(r"(?i)\b(?:receiv|host|welcom|greet)\w*\b")
_VISITING = re.compile(r"\s*(?:on\s+\w+\s+)?(?=(?:the\s+)?(?:visiting\s+)?[\w-]+)(?:the\s+)?")
_GAP = re.compile(r"[,;:()—–]|\b(?:and|but|who|which|where|after|before)\b")
# a second party joined to the first: ", and the" / " and " … a country, a people, a bloc
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:with\s+)?)")
_BODY = re.compile(
    rf"\b(?:{BLOCS}|(?-i:[A-Z][\w-]*\s+(?:Council|Community|Union|League|Organi[sz]ation|"
    r"Forum|Group|Conference)))\b"
)
_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'’ -]{1,40},\s+[^-–—:()]{0,40}?\([^)]{1,40}\)\s*[-–—:]+\s*|"
    r"^\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s+[\w ]{2,30})?\s*[-–—]+\s*"
)


def _country(name: str) -> str | None:
    """The country a name (or its longest leading part) names: "Jamaica and witness" is JM."""
    words = name.split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if gazetteer.is_country_name(part):
            return gazetteer.country_code_for(part)
    return None


def party_at(text: str, pos: int) -> tuple[str, int] | None:
    """The one country whose people are named at ``pos``, and where that name ends."""
    for pattern in (_OWNED, _OF_COUNTRY):
        m = pattern.match(text, pos)
        if m is not None and (code := _country(m.group("c"))) is not None:
            return code, m.end()
    m = _DEMONYM.match(text, pos)
    if m is not None and gazetteer.is_demonym(m.group("d")):
        code = gazetteer.country_code_for(m.group("d"))
        if code is not None:
            return code, m.end()
    return None


def _another_party(text: str, pos: int, code: str) -> bool:
    """Whether a party of another country, or a bloc, is joined after the first."""
    joined = _JOINED.match(text, pos)
    if joined is None:
        return False
    nxt = party_at(text, joined.end())
    if nxt is not None:
        return nxt[0] != code
    rest = re.split(r"[,;.]", text[joined.end() : joined.end() + 70])[0]
    if _BODY.search(rest):
        return True
    for word in re.findall(r"\b[A-Z][\w'’-]+", rest):
        other = gazetteer.country_code_for(word)
        if other is not None and other != code:
            return True
    return False


def one_counterpart(text: str, trigger: Trigger, hi: int) -> bool:
    """Whether the event word is followed, in its clause, by "with" and one country's people."""
    if _RECEIVED.search(text, trigger.begin, trigger.end):
        direct = _VISITING.match(text, trigger.end)
        party = party_at(text, direct.end()) if direct else None
        if party is not None:  # "Received the visiting Vice Foreign Minister of China"
            return not _another_party(text, party[1], party[0])
    m = _WITH.search(text, trigger.end, min(hi, trigger.end + 45))
    if m is None or _GAP.search(text, trigger.end, m.start()):
        return False  # "the summit there, sits down with …": "with" after another verb
    if len(text[trigger.end : m.start()].split()) > 4:
        return False
    party = party_at(text, m.end())
    if party is None:
        return False
    code, end = party
    return not _another_party(text, end, code)


def without_dateline(text: str) -> str:
    """The sentence with a dateline at its head blanked (offsets kept)."""
    m = _DATELINE.match(text)
    return text if m is None else " " * m.end() + text[m.end() :]


def two_sided_meeting(quote: str, trigger: Trigger, clauses: Clauses) -> bool:
    """A meeting told as one of two sides by its own sentence: a cue of
    :func:`mapapp.extract.parties.two_sides`, or talks with one counterpart."""
    text = without_dateline(quote)
    if two_sides(text, trigger, clauses):
        return True
    return one_counterpart(text, trigger, clauses.end(trigger.end))
