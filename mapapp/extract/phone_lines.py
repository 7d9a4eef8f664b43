"""A call told by the line it went over: "spoke on the phone", "talked on the telephone".

"On Saturday, the two foreign ministers spoke on the phone" is a call on Saturday. The phone
after "on (the)" is the means of speaking, not the topic of what was said, so it is dated and
placed like any call; "briefed reporters on the phone call with X" (a call word after the
phone) keeps the call as the topic of the briefing.
"""

from __future__ import annotations

import re

__all__ = ["on_the_line"]

# "on the phone", "on the telephone", "on the phone line": the phone word right after "on"
_ON_THE = re.compile(r"(?i)\bon\s+(?:the\s+)?$")
_PHONE = re.compile(r"(?i)(?:tele)?phone$")
# "on the phone call with X", "on the telephone conversation": the call itself is the topic
_CALL_NOUN = re.compile(r"(?i)\s*-?\s*(?:call|calls|conversation|conversations|talks|line)\b")


def on_the_line(masked: str, begin: int, end: int) -> bool:
    """Whether the call word at ``begin``-``end`` of ``masked`` is the line something was said
    over ("spoke on the phone"), not the topic of what was said."""
    if _PHONE.match(masked[begin:end]) is None:
        return False
    if _ON_THE.search(masked[max(0, begin - 10) : begin]) is None:
        return False
    return _CALL_NOUN.match(masked, end) is None
