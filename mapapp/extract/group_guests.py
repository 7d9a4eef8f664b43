"""A group of many states' people that meets one other party meets as one side: a meeting.

"ASEAN defence ministers held a meeting with Japan's defence minister", "NATO foreign ministers
met their Ukrainian counterpart", "A delegation of Caribbean foreign ministers ... held talks
with the prime minister", "The three ministers are due to meet the acting president": the group (a
bloc's ministers, a body's delegation, "the four ministers") is one side and the one it meets
the other, so the talks have two sides however many countries the group holds. The party met is
read right after the meeting word (after "with", or as the verb's object) and must be one
country's office holder, officials or delegation, or a bare office of the host ("the president",
"the former prime minister").

It stays many sides when a second party is joined to the one met ("met China's president and
Japan's prime minister", "with Qatari officials and representatives of the Arab League"), when
the subject names two or more countries each on its own ("The ministers of Chad and Niger met
the Libyan envoy") or when a count of sides is told ("a trilateral meeting").

Only the clause of the meeting word is read, in a bounded window.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.blocs import BLOCS
from mapapp.extract.counterparts import one_counterpart, party_at
from mapapp.extract.triggers import Clauses, Trigger

# "the president", "the former prime minister", "the island's governor": one office, no country
_BARE_OFFICE = re.compile(
    r"(?:the|his|her|their)\s+(?:(?:former|new|acting|interim|outgoing|incoming|host|"
    r"country['’]s|island['’]s|territory['’]s)\s+){0,2}"
    r"(?i:president|prime\s+minister|premier|chancellor|king|queen|emir|amir|sultan|"
    r"crown\s+prince|governor(?:-general)?|foreign\s+minister|head\s+of\s+state)\b"
    r"(?!\s+(?:of|and|or)\s+(?:the\s+)?[A-Z])"
)
_VERB = re.compile(r"(?i)(?:met|meet|meets)\s*$")
_WITH = re.compile(r"\s*(?:[\w,]+\s+){0,3}?with\s+")
_DIRECT = re.compile(r"\s*")
# "a trilateral meeting", "talks among", "between A and B": the sides are told
_SIDES_TOLD = re.compile(
    r"(?i)\b(?:trilateral|tripartite|three-way|four-way|quadrilateral|among|between|"
    r"separate(?:ly)?|jointly)\b"
)
# a second party joined to the one met: "and Japan's prime minister", "and the leaders of"
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:with\s+)?)(?P<rest>[^,;.]{0,70})")
# "and representatives of the Arab League": a bloc or a body joined, another party
_BODY = re.compile(
    rf"\b(?:{BLOCS}|(?-i:[A-Z][\w-]*\s+(?:Council|Community|Union|League|Organi[sz]ation|"
    r"Forum|Group|Conference)))\b"
)
_NAMES = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def _countries_before(masked: str, lo: int, hi: int) -> int:
    """How many distinct countries are named (by name, not people) between ``lo`` and ``hi``."""
    codes = set()
    for m in _NAMES.finditer(masked, lo, hi):
        code = gazetteer.country_code_for(m.group(0), demonyms=False)
        if code is not None:
            codes.add(code)
    return len(codes)


def _one_party_at(masked: str, pos: int) -> bool:
    """One country's people, or a bare office, at ``pos`` with no other party joined to it."""
    found = party_at(masked, pos)
    if found is not None:
        code, end = found
    else:
        m = _BARE_OFFICE.match(masked, pos)
        if m is None:
            return False
        code, end = "", m.end()
    joined = _JOINED.match(masked, end)
    if joined is None:
        return True
    rest = joined.group("rest")
    other = party_at(rest, 0)
    if other is not None:
        return other[0] == code  # "and his Chinese counterpart's deputy": the same side
    if _BODY.search(rest):
        return False
    if _BARE_OFFICE.match(rest) is not None:
        return True  # "the president and the prime minister": the host's people
    return not any(
        (c := gazetteer.country_code_for(w.group(0), demonyms=False)) is not None and c != code
        for w in _NAMES.finditer(rest)
    )


def meets_one_side(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """Whether a meeting word told of many parties meets one other party (see the module)."""
    if trigger.event_type != "meeting":
        return False
    start, end = clauses.start(trigger.begin), clauses.end(trigger.end)
    lo, hi = max(start, trigger.begin - 120), min(end, trigger.end + 120)
    if _SIDES_TOLD.search(masked, lo, hi) or _countries_before(masked, lo, trigger.begin) >= 2:
        return False
    words = masked[trigger.begin : trigger.end]
    if _VERB.search(words):
        direct = _DIRECT.match(masked, trigger.end)
        if direct is not None and _one_party_at(masked, direct.end()):
            return True  # "met Japan's prime minister", "are due to meet the acting president"
    with_ = _WITH.match(masked, trigger.end)
    if with_ is None or with_.end() > hi:
        return False
    return one_counterpart(masked, trigger, hi) or _one_party_at(masked, with_.end())
