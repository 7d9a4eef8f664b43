"""A call told by a verb of speaking and its line, after a briefing word: the call is an event.

"The prime minister told the joint news conference that he had spoken by telephone with the
Greek prime minister on Tuesday": the phone after "by" is the means of *speaking*, the verb
right before it, not of the news conference told earlier in the sentence. Without that verb
("briefed the Council by videoconference", "addressed the news conference via video link") the
line is the means of the event word before it, which stays what it is.

"The Secretary briefed the minister on his call yesterday with the French foreign minister",
"their calls last week with the premier": a call noun, a day and then its other party is a
call, as "a call with" is; the briefing that tells it is a briefing of its own.

Both read a few words around the call word only.
"""

from __future__ import annotations

import re

__all__ = ["CALL_LINE_TRIGGERS", "spoken_over"]

# "spoke by phone", "had spoken by telephone", "talked over a video link", "speaking via video"
_SPOKEN_BY = re.compile(
    r"(?i)\b(?:spoke|spoken|speak|speaks|speaking|talked|talks|talking|conferred|conferring|"
    r"consulted)\s+(?:(?:briefly|again|also|later|separately|earlier)\s+)?"
    r"(?:by|via|over)\s+(?:(?:a|the)\s+)?$"
)
# the day between a call noun and its other party ("call yesterday with", "call on Monday with")
_DAY = (
    r"(?:yesterday|today|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)|"
    r"earlier\s+(?:today|this\s+week)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2})"
)
# "his call yesterday with", "their calls last week with" ("her phone call on Monday with" is
# told by its phone word)
CALL_DAY_WITH = (
    r"(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bits\s)|(?<=\bthe\s)|(?<=\ba\s))"
    rf"calls?\s+{_DAY}\s+with\b"
)

CALL_LINE_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("call", re.compile(CALL_DAY_WITH), "noun"),
]


def spoken_over(masked: str, call_begin: int) -> bool:
    """Whether the call word at ``call_begin`` is the line of a verb of speaking right before it
    ("had spoken by telephone"), so that it tells a call of its own."""
    return _SPOKEN_BY.search(masked[max(0, call_begin - 40) : call_begin]) is not None
