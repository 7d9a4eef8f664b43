"""Turns of a broadcast transcript that report rather than ask.

A press briefing's "Q:" or "REPORTER (Daily News):" asks; a bulletin's "REPORTER:" or
"CORRESPONDENT:" tells the news ("She landed late last night, and tomorrow she calls on the
Prime Minister."). A reporter's turn is a question only when it asks: a question mark in the
turn, or "I would like to ask", "can you confirm". A statement closed by a tag ("The two
leaders last met in Honiara in October, isn't that right?") states what is done before it.
"""

from __future__ import annotations

import re

__all__ = ["asks", "tag_question"]

_ALWAYS_ASKS = re.compile(r"(?i)^(?:q|question|questions?\s+from\s+\w+|audience)\b")
_REPORTS = re.compile(r"(?i)^(?:reporter|journalist|correspondent)\b")
_ASKING = re.compile(
    r"(?i)\b(?:i\s+(?:would|'d|’d)\s+like\s+to\s+(?:ask|know)|i\s+(?:want|wanted)\s+to\s+ask|"
    r"my\s+(?:first\s+|second\s+|last\s+)?question|(?:can|could|would|will)\s+you\s+"
    r"(?:confirm|tell|comment|say|elaborate)|please\s+(?:confirm|tell|comment))\b"
)
_LOOK = 600  # characters of a turn read for an asking phrase
# ", isn't that right?", ", didn't she?", ", is that correct?", ", right?"
_TAG = re.compile(
    r",\s*(?:(?:is|was|are|were|did|does|do|has|have|had|will|would|can)(?:n[’']t)?"
    r"(?:\s+(?:that|it|he|she|they|we|you|there))?(?:\s+(?:right|correct|so|true))?|"
    r"right|correct|no|yes)\s*\?\s*$",
    re.IGNORECASE,
)


def asks(speaker: str, line: str) -> bool:
    """Whether the turn ``line`` of ``speaker`` ("REPORTER", "Q", "CORRESPONDENT (Kyiv)") is a
    question: always for "Q:" and the audience, for a reporter only when the turn asks."""
    if _ALWAYS_ASKS.match(speaker):
        return True
    if not _REPORTS.match(speaker):
        return False
    return "?" in line or _ASKING.search(line, 0, _LOOK) is not None


def tag_question(sentence: str) -> bool:
    """Whether ``sentence`` is a statement closed by a tag asking to confirm it ("…, isn't
    that right?", "…, didn't she?")."""
    return _TAG.search(sentence[-40:]) is not None
