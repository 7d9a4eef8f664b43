"""A summit that its own sentence tells as one of two sides is a meeting.

"The presidents of Peru and Bolivia held a summit in Puno", "The heads of government of Italy
and Algeria presided over the fifth intergovernmental summit", "A summit between the two
countries will take place in Ankara": two sides, however the gathering is named, so a meeting
(the annotation conventions' "two sides … a meeting"). The two must hold the summit: "the
presidents of Peru and Bolivia met on the sidelines of the Mercosur summit" (or "at", "during",
"attended") is a bilateral beside a summit of many, which stays a conference, and so is a summit
named by its members ("held a summit of regional leaders", "the summit of the Andean
Community").

Every pattern reads a bounded window before or after the event word.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.triggers import Trigger

_LOOK = 200
# "The presidents of Peru and Bolivia", "the heads of government of Italy and Algeria"
_OF_TWO = re.compile(
    r"(?i:\b(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|"
    r"chancellors|governments|delegations|foreign\s+ministers|ministers)\s+of\s+(?:the\s+)?)"
    r"(?P<a>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\b(?!['’]|\s*,|\s+and\b)"
)
# the two hold the summit: "held a summit", "presided this Thursday in Rome over the fifth
# intergovernmental summit", "will co-chair their annual summit"
_HELD = re.compile(
    r"(?i:\b(?:held|hold|holds|holding|presided\s+(?:[^.;:]{0,60}?\s)?over|preside\s+over|"
    r"chaired|co-chaired|chair|co-chair|opened|closed|concluded|wrapped\s+up|began|started|"
    r"convened|had)\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+){0,3})$"
)
# "a summit between the two countries", "summit of the two governments"
_OF_THE_TWO = re.compile(
    r"(?i)\s+(?:between|of)\s+(?:the|their)\s+two\s+(?:countries|governments|nations|sides|"
    r"neighbou?rs|states|leaders|heads\s+of\s+(?:state|government))\b"
)
# "a summit of regional leaders", "the summit of the Andean Community": a gathering of others
_OF_OTHERS = re.compile(r"(?i)\s+(?:of|among)\s+(?!(?:the|their)\s+two\b)")
_BESIDE = re.compile(r"(?i)\b(?:sidelines|margins|fringes|attend\w*|join\w*)\b")


def _country(name: str) -> bool:
    return gazetteer.is_country_name(name) or name in ("EU", "European Union")


def two_sided_summit(masked: str, trigger: Trigger) -> bool:
    """Whether a summit is held by two sides that its sentence names ("The presidents of Peru
    and Bolivia held a summit") or counts ("a summit between the two countries")."""
    if trigger.event_type != "conference":
        return False
    if _OF_THE_TWO.match(masked, trigger.end):
        return True
    if _OF_OTHERS.match(masked, trigger.end):
        return False  # "held a summit of regional leaders": the two attended one of many
    lo = max(0, trigger.begin - _LOOK)
    before = masked[lo : trigger.begin]
    pair = next(
        (m for m in _OF_TWO.finditer(before) if _country(m["a"]) and _country(m["b"])), None
    )
    if pair is None:
        return False
    verb = before[pair.end() :]
    return _HELD.search(verb) is not None and _BESIDE.search(verb) is None
