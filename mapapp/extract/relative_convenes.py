"""A verb of convening in a relative clause on a gathering word tells that gathering, not
another meeting.

"the regional conference on migration that the African Union will convene in Addis Ababa on
Friday", "the summit, which the chair will convene in Nairobi", "a ministerial meeting that the
envoy convened in Geneva last week": the verb's object is the gathering named
before "that" or "which", so the two words tell one event: the gathering word, read on to the
verb (so that its tense, date and place are the gathering's, and its type and sides are read
from the words that name it: a conference stays one, "the U.S.-Qatar Strategic Dialogue, which
will convene" stays two sides), and the verb is dropped. Only a relative clause right after the
gathering word (and its topic) counts ("the talks, which ended on Monday, ... the ministers
convened" is two events).

Only a bounded window before the verb is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.triggers import Trigger

_LOOK = 160
_CONVENE = re.compile(r"(?i)^(?:re)?conven(?:e|es|ed)$")
# "conference on migration that the African Union will": the gathering,
# its topic, and the relative clause's subject and auxiliaries, right before the verb
_RELATIVE = re.compile(
    r"(?i)\b(?P<noun>conference|summit|forum|meeting|session|gathering|ministerial|round|"
    r"dialogue)s?(?:\s+(?:on|of|for|about)(?:\s+[\w'’.-]+){1,6}?)?,?\s+(?:that|which)"
    r"(?:\s+[\w'’.-]+){1,6}?\s+(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|plans?\s+to|"
    r"has|have|had|is\s+set\s+to|agreed\s+to)\s+)?$"
)


def fold_relative_convenes(masked: str, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with each verb of convening whose object is the gathering word told just
    before it joined to that word (see the module)."""
    out = list(triggers)
    for t in triggers:
        if t.event_type != "meeting" or not _CONVENE.match(masked[t.begin : t.end]):
            continue
        lo = max(0, t.begin - _LOOK)
        m = _RELATIVE.search(masked, lo, t.begin)
        if m is None:
            continue
        begin, end = m.span("noun")
        nouns = [n for n in out if n is not t and n.begin < end and begin < n.end]
        if not nouns:
            continue
        noun = nouns[0]
        out = [replace(noun, end=t.end) if x is noun else x for x in out if x is not t]
    return out
