"""Talks told after "before" or "after" beside a meeting with someone else: two meetings.

"met the Saudi foreign minister on Wednesday morning, before an audience with the King in the
afternoon", "Before talks with the prime minister, the envoy called on the speaker", "will see
the foreign minister after a meeting with the president": the event noun after "before",
"after", "ahead of" or "following" is an event of its own when it names, after "with", a
person other than the one the sentence's first meeting word meets (the annotation conventions
count guests met one by one as an event each). A noun told as known ("before the talks", "after
their meeting") sets the time of the other and is left to :mod:`mapapp.extract.restatements`,
and so is one with the same partner or none ("before a working lunch with him").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp.extract.partners import partner

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

# "before an audience", "after two hours of talks", "ahead of a working lunch": an indefinite
# event noun after a word of time, never "the", a possessive or a demonstrative
_LEAD = re.compile(
    r"(?i)\b(?:before|after|ahead\s+of|following|prior\s+to)\s+"
    r"(?!(?:the|their|his|her|its|our|this|that|these|those)\s)(?:[\w-]+\s+){0,3}$"
)
_WITH = re.compile(r"\s+with\s+")
# "before an audience with the King", "after a private audience with the Pope": the noun alone is
# a meeting only after a word of time ("sought an audience with" is a request, no event); the
# trigger holds the word of time
AUDIENCE_AFTER_TIME_WORD = (
    r"\b(?i:before|after|following|ahead\s+of|prior\s+to)\s+an?\s+"
    r"(?:(?:private|royal|papal|special|brief|short)\s+)?audience(?=\s+with\s)"
)
_TIME_WORD = re.compile(r"(?i)(?:before|after|following|ahead\s+of|prior\s+to)\s")
_WINDOW = 48  # characters before the noun read for its word of time


def _told_after_time_word(quote: str, m: Mention) -> bool:
    """Whether ``m`` is an indefinite event noun after "before"/"after" followed by "with"."""
    if m.trigger.kind != "noun" or m.trigger.definite:
        return False
    lo = max(0, m.trigger.begin - _WINDOW)
    told = _TIME_WORD.match(quote, m.trigger.begin) is not None  # "before an audience"
    if not told and _LEAD.search(quote[lo : m.trigger.begin]) is None:
        return False
    return _WITH.match(quote, m.trigger.end) is not None


def sequel(one: Mention, m: Mention) -> bool:
    """Whether one of two meeting words of a sentence, ``one`` told first, is a meeting with
    another person told after "before" or "after" (see the module docstring)."""
    if one.event_type != "meeting" or m.event_type != "meeting" or m.trigger.definite:
        return False
    if not one.quote or one.quote != m.quote:
        return False
    quote = m.quote
    for lead, other in ((m, one), (one, m)):
        if not _told_after_time_word(quote, lead):
            continue
        theirs, first = partner(quote, lead.trigger.end), partner(quote, other.trigger.end)
        if theirs is not None and first is not None and theirs not in first:
            return first not in theirs
    return False
