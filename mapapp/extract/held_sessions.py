"""A council's or a dialogue's session told by where it is held, with no word for a meeting.

An organisation's ministerial council and a dialogue of three countries or more meet as named
bodies, and a report tells the session by holding the body somewhere:

* "The alliance's annual ministerial council will be held in Valletta in December", "the next
  trilateral foreign ministers' dialogue is to take place in Tashkent" (ahead);
* "The regional security dialogue was held in Almaty in May" (told after it);
* "Kazakhstan hosts a regional dialogue of security advisers" (a host, as a chronology tells it).

Each is a ``conference``: a council of an organisation's ministers, or a dialogue the text
calls trilateral, regional or of ministers. The noun must carry such a word, and a place
written with a capital must follow "held in" (or a host hold it), so that a city council, "the
dialogue will be held responsible" or "a dialogue with the public" is none.
"""

from __future__ import annotations

import re

__all__ = ["HELD_SESSION_TRIGGERS"]

# words that may stand before the body's kind ("the next annual", "the 12th")
_RANK = (
    r"(?:next|annual|upcoming|informal|extraordinary|special|inaugural|first|second|third|"
    r"fourth|fifth|\d{1,2}(?:st|nd|rd|th)|security|foreign|economic)"
)
# what makes a council or dialogue a gathering of governments
_KIND = (
    r"(?:ministerial|trilateral|quadrilateral|regional|multilateral|"
    r"(?:foreign\s+)?ministers['’]?|leaders['’]?)"
)
_BODY = rf"(?i:(?:{_RANK}\s+){{0,3}}{_KIND}\s+(?:{_RANK}\s+|{_KIND}\s+){{0,2}}(?:council|dialogue))"
# "will be held in", "is to take place in", "was held in", "took place in"
_HELD_IN = (
    r"(?:(?:will|shall|would|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|scheduled|expected|"
    r"planned)\s+to)\s+(?:be\s+held|take\s+place|be\s+convened)|was\s+held|took\s+place|"
    r"was\s+convened)\s+in\s+(?:the\s+)?[A-Z]"
    # "will be held in English": a language, not a place
    r"(?!nglish|rench|rabic|panish|ussian|hinese|ortuguese)"
)
_NOT_PUBLIC = r"(?!\s+(?:with|for)\s+(?:the\s+)?(?:public|citizens|youth|students)\b)"
HELD_SESSION_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("conference", re.compile(rf"\b{_BODY}\b(?=\s+{_HELD_IN})"), "noun"),
    # "hosted the trilateral dialogue of foreign ministers"; "hosts a regional security
    # dialogue": history in a chronology's entry, a plan with a day ahead, else a habit
    ("conference", re.compile(rf"\bhosted\s+(?:a|an|the)\s+{_BODY}\b{_NOT_PUBLIC}"), "past"),
    ("conference", re.compile(rf"\bhosts\s+(?:a|an|the)\s+{_BODY}\b{_NOT_PUBLIC}"), "present"),
]
