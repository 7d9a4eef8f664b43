"""A grouping told again by a common noun meets as many parties: a conference.

"The grouping's foreign ministers will meet in Phnom Penh in June", "the council's senior
officials are to meet in Nuuk in March", "The group last met in Honiara in July": once an article
has named a bloc, a forum or a council, it tells it again as "the grouping", "the group", "the
council", and the people it owns ("its ministers", "the council's senior officials") or the
group itself meeting are a gathering of its member states. A group whose meeting has an object
("the group met the prime minister") is one side of talks, left to the rules on sides; a body of
two countries ("the joint council") is read before this one, as a meeting.

Both wordings are read in the few words right before the event word.
"""

from __future__ import annotations

import re

from mapapp.extract.blocs import BLOCS
from mapapp.extract.triggers import Trigger

__all__ = ["grouping_meets"]

_HOLDER = (
    r"(?:grouping|group|council|forum|bloc|alliance|organi[sz]ation|community|union|"
    r"commission|assembly|conference)"
)
_PEOPLE = (
    r"(?:leaders|ministers|members|officials|envoys|delegates|representatives|"
    r"heads\s+of\s+(?:state|government))"
)
_BETWEEN = (
    r"(?:(?:last|first|next|also|again|then|later|will|would|are|were|is|was|had|have|has|due|"
    r"set|expected|scheduled|to|be)\s+){0,4}"
)
# "The grouping's foreign ministers will meet", "the council's senior Arctic officials are to meet"
_OWN_PEOPLE = re.compile(
    rf"(?i)\b(?:the|this)\s+{_HOLDER}['’]s\s+(?:[\w-]+\s+){{0,3}}?{_PEOPLE}\s+{_BETWEEN}$"
)
# "The group last met in Honiara", "the grouping will meet again in Dili", "The Quartet will
# meet in Moscow", "the SADC Organ troika is to meet again"
_ITSELF = re.compile(
    r"(?i)(?:^\s*|[,;:]\s+|\s[-–—]\s+|\b(?:and|said|says|that|when|where|after|before|until)\s+)"
    rf"(?:(?:the|this)\s+(?:grouping|group)|(?:the\s+)?(?:{BLOCS}\s+)?"
    r"(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:troika|quartet|quintet)|(?:the\s+)?(?-i:Quad|Quint|E3))"
    rf"\s+{_BETWEEN}$"
)
# the meeting told without an object: a place, a day or a time follows
_NO_OBJECT = re.compile(
    r"\s*(?:again\s+|last\s+|first\s+)?(?:in|at|on|during|every|each|twice|once|this|last|next|"
    r"early|later|for\s+the)\b"
)
_VERBS = re.compile(r"(?i)(?:met|meet|meets|gathered|gather|gathers|convened|convene|convenes)$")
_LOOK = 90


def grouping_meets(masked: str, trigger: Trigger) -> bool:
    """Whether the meeting verb at ``trigger`` has a grouping's people, or the grouping itself,
    as its subject right before it (see the module's wordings)."""
    if _VERBS.search(masked[trigger.begin : trigger.end].rstrip()) is None:
        return False
    before = masked[max(0, trigger.begin - _LOOK) : trigger.begin]
    if _OWN_PEOPLE.search(before):
        return True
    return _ITSELF.search(before) is not None and _NO_OBJECT.match(masked, trigger.end) is not None
