"""A gathering whose sides are counted, three or more, is a conference.

- The states met, counted after the gathering word, with the words that name their region in
  between: "the first meeting of six Sahel states", "a meeting of the five Central Asian
  countries", "a session of 12 Pacific island nations".
- Their leaders counted as the subject of the meeting verb: "The three presidents last met in
  Astana", "the four prime ministers will meet in Riga", "The five heads of government gathered
  on Friday". (Counted envoys, ministers and leaders are read by :mod:`mapapp.extract.parties`.)
  A group that meets one other party is one side ("The four presidents met the UN envoy"), read
  by :mod:`mapapp.extract.group_guests`.

"The two presidents" and "a meeting of both countries" are two sides and are left alone. Only a
bounded window around the event word is read.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger

_COUNT = (
    r"(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty|forty|fifty|"
    r"(?<!\d)(?:[3-9]|[1-9]\d{1,2})(?![\d,.]))"
)
_STATES = (
    r"(?:countries|states|nations|governments|member\s+states|members|economies|neighbou?rs|"
    r"republics|kingdoms)"
)
# "of six Sahel states", "of 12 Pacific island nations", "of the five Central Asian countries"
_OF_COUNTED = re.compile(
    rf"\s+of\s+(?:the\s+|all\s+)?(?i:{_COUNT})\s+(?:[\w'’-]+\s+){{0,4}}?(?i:{_STATES})\b"
)
_LEADERS = (
    r"(?:presidents|prime\s+ministers|premiers|chancellors|heads\s+of\s+(?:state|government)|"
    r"monarchs|kings|emirs|foreign\s+ministers|leaders|ministers)"
)
_AUX = (
    r"(?:(?:will|would|shall|have|had|has|are|were|also|again|then|later|last|first|finally|"
    r"due|set|expected|scheduled|to|agreed|plan|planned)\s+){0,4}"
)
# "The three presidents last met", "the four prime ministers will meet"
_COUNTED_SUBJECT = re.compile(
    rf"(?i)\b(?:the|all|these|those|their)\s+{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_LEADERS}\s+"
    rf"{_AUX}$"
)
_MEET = re.compile(r"(?i)^(?:met|meet|meets|gathered|gather|gathers|convened|convene)\s*$")


def counted_sides(masked: str, trigger: Trigger) -> bool:
    """Whether three or more sides are counted for the gathering word (see the module)."""
    if trigger.event_type not in ("meeting", "conference"):
        return False
    if _OF_COUNTED.match(masked, trigger.end):
        return True  # "the first meeting of six Sahel states"
    if not _MEET.match(masked[trigger.begin : trigger.end]):
        return False
    return _COUNTED_SUBJECT.search(masked, max(0, trigger.begin - 90), trigger.begin) is not None
