"""Which event word a date near a reference belongs to, when another event word is nearby.

A reference to an event ("the Secretary's meeting", "the meeting of envoys") keeps only a date
that is its own: one with no other event word between them or nearer the date. Two event words
do not claim a date, though:

* a participle that tells the reference noun itself ("the meeting of special envoys convened by
  the Secretary-General in Doha on 1 and 2 May", "the conference held in Tokyo on 21 January",
  "the summit hosted by Ghana in Accra in May"): it names the same event, so the date is the
  noun's too;
* an event word told after the date beyond a clause break ("the Secretary's meeting with the
  minister in Quito on March 4, and the deputy's call with … last week"), or beyond a comma
  when the date ends the reference's own phrase ("Recalling the meeting of envoys in Oslo on
  2 May, she said they had agreed …"): the date closes the reference's clause or phrase.

A date in a relative clause set off by commas that describes the subject before the event word
("Bulgaria, which holds the presidency until the end of June, will host a summit in Sofia on May
17") dates the subject, not the event (an aside that tells an event of its own is
:mod:`mapapp.extract.asides`'s).

Every check reads a bounded window between the words, so the work per pair is constant.
"""

from __future__ import annotations

import re

from mapapp.extract.text_dates import DateSpan
from mapapp.extract.triggers import Trigger

__all__ = ["about_subject", "passes_over", "within_span"]

# ", which holds the rotating presidency until the end of June,": a clause on the subject
_SUBJECT_ASIDE = re.compile(r",\s+(?:who|which|whose)\s+[^,;()]{3,160}?(?=,)")

_LOOK = 90  # characters between a reference noun and a participle that tells it
# "convened by", "held in", "hosted by Ghana", "organised on": a participle telling the noun
_PARTICIPLE = re.compile(
    r"(?i)(?:convened|held|hosted|organi[sz]ed|chaired|co-chaired|staged|sponsored|called|"
    r"arranged|brokered|mediated|facilitated|opened|attended)\s*(?:by|in|at|on|near|outside|last|"
    r"earlier|this|under|with)?\b"
)
# a finite verb or a clause break between the noun and the participle: not one phrase
_BREAK = re.compile(r"(?i)[,;:()—–]|\b(?:was|were|is|are|has|have|had|will|would|and|which|that)\b")
# a clause break between a date and a later event word: ", and", ";", ", while", ", but"
_CLAUSE_AFTER = re.compile(r"(?i)[;:]|,\s*(?:and|while|but|whereas|as\s+well\s+as)\b|\band\s+the\b")


def _tells_noun(masked: str, ref: Trigger, other: Trigger) -> bool:
    """Whether ``other`` is a participle right after the noun phrase of ``ref`` ("the meeting of
    envoys convened by …")."""
    if ref.kind == "past" or not ref.end <= other.begin <= ref.end + _LOOK:
        return False
    if not _PARTICIPLE.fullmatch(masked[other.begin : other.end].strip()):
        return False
    return _BREAK.search(masked, ref.end, other.begin) is None


def passes_over(masked: str, ref: Trigger, other: Trigger, pos: int) -> bool:
    """Whether ``other`` does not claim the date at ``pos`` from the reference ``ref`` (see the
    module docstring)."""
    if _tells_noun(masked, ref, other):
        return True
    if not ref.begin < pos < other.begin:
        return False
    if _CLAUSE_AFTER.search(masked, pos, other.begin):
        return True
    # "the meeting … in Doha on 1 and 2 May, she said they had agreed": the date closes the
    # phrase of the noun, and a comma parts it from the next clause's event word
    in_phrase = pos > ref.end and not re.search(r"[,;:()]", masked[ref.end : pos])
    return in_phrase and "," in masked[pos : other.begin]


def about_subject(masked: str, pos: int, trigger: Trigger) -> bool:
    """Whether the date at ``pos`` sits in a relative clause set off by commas that describes the
    subject before the event word ("Bulgaria, which holds the presidency until the end of June,
    will host a summit in Sofia on May 17"): it dates the subject's state, not the event."""
    lo = max(0, pos - 170)
    for m in _SUBJECT_ASIDE.finditer(masked, lo, min(len(masked), pos + 170)):
        if m.start() <= pos < m.end() and m.end() <= trigger.begin:
            return True
    return False


def within_span(a: DateSpan, b: DateSpan) -> bool:
    """``a`` lies inside ``b`` and is shorter ("on 3 May" within "from 2 to 4 May")."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)
