"""The sides a sentence's subject joins with "and": three or more make a conference.

"The foreign ministers of Turkmenistan and Pakistan and the Taliban administration's acting
foreign minister met in Ashgabat", "Kenya's president, Uganda's prime minister and the Rwandan
foreign minister will meet in Arusha": the subject names three sides, each on its own, so the
talks are a conference (the annotation conventions' "three or more parties"). Sides are told
by a country ("of Pakistan", "Uganda's"), a nationality ("the Rwandan foreign minister") or a
named group or government ("the Taliban administration's"); the same side named twice counts
once ("Kenya's president and the Kenyan foreign minister").

Only the subject at the head of the sentence, right before its verb, is read, and only when the
event word comes within a few hundred characters of the sentence's start, so the work per event
word is constant.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.triggers import Trigger

# a modal or an adverb between the subject and its verb: "will", "are due to", "last"
_BEFORE_VERB = re.compile(
    r"(?:\s+(?:will|would|are|were|have|had|also|last|first|then|later|jointly|"
    r"due|expected|set|scheduled|to|plan|planned|agreed))*\s*$"
)
# a conjunct break: ", " or " and " (", and " too)
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# words that end a noun phrase: the subject is a clause, not a list of sides
_CLAUSE_WORD = re.compile(
    r"\b(?:said|says|told|tells|was|is|has|who|which|that|after|before|when|while|where|"
    r"their|his|her|its)\b"
)
_HEAD = 400  # characters before the event word beyond which no plain subject is read
_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_PEOPLE = re.compile(
    r"(?i)\b(?:president|prime\s+minister|premier|minister|ministers|leader|leaders|king|emir|"
    r"chancellor|envoy|envoys|chairman|head|heads|delegation|delegations|representative|"
    r"representatives|secretary|counterparts?)\b"
)


def _side(part: str) -> str | None:
    """The side a conjunct names: a country's code, or a named group ("Taliban")."""
    for m in _NAME.finditer(part):
        name = m.group(0)
        words = name.split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                chunk = re.sub(r"['’]s?$", "", " ".join(words[start : start + size]))
                if code := gazetteer.country_code_for(chunk):
                    return code
    owner = _OWNER.search(part + " ")
    return (owner.group("a") or owner.group("b")) if owner else None


# "the Taliban administration's", "Hamas representatives": a named group as a side
_OWNER = re.compile(
    r"\b(?P<a>[A-Z][\w.-]+)(?:\s+[a-z]+)?['’]s?\s|"
    r"\b(?P<b>[A-Z][\w.-]+)\s+(?:representatives|envoys|negotiators|delegates|delegation|"
    r"officials|leaders)\b"
)


def subject_sides(masked: str, trigger: Trigger) -> int:
    """How many sides the sentence's subject joins before the event word (0 when the text
    before it is no plain subject)."""
    if trigger.begin > _HEAD:
        return 0  # a subject is at most 200 characters: the event word is far past it
    head = masked[: trigger.begin]
    m = _BEFORE_VERB.search(head)
    subject = head[: m.start() if m else len(head)].strip()
    if not subject or len(subject) > 200 or _CLAUSE_WORD.search(subject):
        return 0
    parts = [p for p in _JOIN.split(subject) if p]
    if len(parts) < 3 or not any(_PEOPLE.search(p) for p in parts):
        return 0
    sides = [_side(p) for p in parts]
    if any(s is None for s in sides):
        return 0  # "the president, the prime minister and officials": no side of its own
    return len(set(sides))
