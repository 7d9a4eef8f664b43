"""Which way a date without its year is read, by the clause that tells it, not the sentence.

A sentence is read backward (a report of what happened) or forward (a plan), and its dates
without a year follow it. A clause of its own can tell the other way, though:

* a plan told of the event noun inside a report: "discussed the meeting of envoys that Jordan
  will host in Amman on the 24th", "exchanged views on the forum's ministerial, to be convened
  online in August", "reviewed the summit, which is scheduled for 9 May": the date
  the noun is planned for, read forward;
* the past told inside a plan: "will host the group in Rome on July 6, after earlier rounds
  in Tunis in February", "agreed to resume the talks when they met in Manila in July": a noun
  told as done ("earlier", "previous", "last") or a verb in a past tense, read backward.

And a relative expression told a little further after its verb is that verb's date: "arrived
on Sunday and met Zambia's foreign minister the next day".

Every check reads a bounded window between the event word and the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from mapapp.extract.date_spans import DateMatch, DateSpan
from mapapp.extract.relative_dates import find_relative
from mapapp.extract.triggers import Trigger
from mapapp.extract.year_reading import nearer_year

__all__ = ["clause_year", "own_relative"]

_PLAN_BEFORE = 24  # characters before the noun a plan may start ("to be held by video …")
_PLAN_GAP = 120  # characters between the noun and the date it is planned for
_REL_NEAR, _REL_FAR = 40, 90  # a relative expression right after the verb, and a little further
# a date read without a year or month: the readings a clause may turn around
_TURNABLE = frozenset(
    {
        "month",
        "month_day",
        "ordinal",
        "weekday",
        "range_month_day_day",
        "range_day_day_month",
        "range_month_day_month_day",
        "range_day_month_day_month",
    }
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "that Qatar will host", ", to be held", "which is scheduled for", "due to open": a plan
_PLAN = re.compile(
    r"(?i)\b(?:will|shall|is\s+to|are\s+to|to\s+be|due\s+to|(?:is|are)\s+(?:scheduled|planned|"
    r"set|slated|expected|due)|(?:scheduled|planned|slated|set)\s+(?:for|to)|upcoming|"
    r"forthcoming)\b"
)
# a past verb after the plan word turns the clause back ("which will be reviewed after it met")
_PAST_AFTER_PLAN = re.compile(r"(?i)\b(?:met|was|were|took|had|ended|closed|opened)\b")
_WAS = re.compile(r"(?i)\b(?:had|was|were|been|would\s+have)\s+$")
_END = re.compile(r"(?i)\b(?:end|ends|close|closes|conclude|concludes|finish|wrap)\b")
_BREAK = re.compile(r"[;:()]|\.\s")
# "earlier meetings", "the previous round of talks", "last year's summit": a noun told as done
_DONE_BEFORE = re.compile(
    r"(?i)\b(?:earlier|previous|prior|preceding|past|former|last)\s+(?:[\w'’-]+\s+){0,2}$"
)
# "when they met", "after they held talks": a simple past verb (not "will have met")
_PAST_VERB = re.compile(r"(?i)(?:met|held|signed|spoke|visited|hosted|talked|gathered|convened)\b")
_VERB_BEFORE = 60  # characters before a noun in which the past verb that places it may stand
_PAST_BEFORE = re.compile(r"(?i)\b(?:met|held|signed|spoke|gathered|convened|talked)\b")
# a clause or a topic between the verb and the noun: "will", "and", "talked about preparations for"
_TURN = re.compile(
    r"(?i)\b(?:will|would|to|shall|said|says|and|but|about|regarding|concerning|prepar\w*|"
    r"ahead|before|upcoming|next|forthcoming|coming|planned|proposed|future)\b|[,;:()]"
)
_NOT_PAST = re.compile(
    r"(?i)\b(?:will|would|to|shall|should|could|may|might|must|have|has|be|been|being)\s+$"
)


def _turnable(d: DateMatch) -> bool:
    return d.span.kind in _TURNABLE and not _YEAR.search(d.span.expression or "")


def _same(d: DateMatch, found: list[DateMatch]) -> DateSpan | None:
    return next((f.span for f in found if (f.begin, f.end) == (d.begin, d.end)), None)


def planned_for(masked: str, trigger: Trigger, d: DateMatch) -> bool:
    """Whether the date after the event noun is told in a clause of a plan about it ("the
    meeting that Jordan will host in Amman on the 24th", "the meeting, to be held in August")."""
    if trigger.kind != "noun" or not 0 <= d.begin - trigger.end <= _PLAN_GAP:
        return False
    between = masked[max(0, trigger.begin - _PLAN_BEFORE) : d.begin]  # "to be held by video …"
    plan = _PLAN.search(between)
    if plan is None or _BREAK.search(between):
        return False
    if _WAS.search(between, 0, plan.start()) or _END.search(between, plan.end()):
        return False  # "had planned to host on Thursday", "are due to end on Friday"
    return _PAST_AFTER_PLAN.search(between, plan.end()) is None


def told_done(masked: str, trigger: Trigger) -> bool:
    """Whether the event is told as done inside a plan: a noun after "earlier" / "previous"
    ("after earlier meetings in Tunis in February"), or a verb in a simple past ("when they
    met in Brunei in July")."""
    before = masked[max(0, trigger.begin - 30) : trigger.begin]
    if trigger.kind == "noun":
        return _DONE_BEFORE.search(before) is not None or _past_of_noun(masked, trigger)
    if trigger.kind != "past" or _NOT_PAST.search(before):
        return False
    return _PAST_VERB.match(masked, trigger.begin, trigger.end) is not None


def _past_of_noun(masked: str, trigger: Trigger) -> bool:
    """ "when they met on the sidelines of the ministerial meeting": the noun is the place of a
    verb told in the past, with no plan word between ("who met in Paris, will attend the …")."""
    lo = max(0, trigger.begin - _VERB_BEFORE)
    verbs = list(_PAST_BEFORE.finditer(masked, lo, trigger.begin))
    if not verbs or _NOT_PAST.search(masked, max(0, verbs[-1].start() - 12), verbs[-1].start()):
        return False
    between = masked[verbs[-1].end() : trigger.begin]
    return _TURN.search(between) is None


def clause_year(
    masked: str,
    trigger: Trigger,
    best: DateMatch,
    dates: Callable[[bool], list[DateMatch]],
    published: dt.date,
    future: bool,
) -> DateSpan:
    """The span of ``best`` (found read ``future``-ward), turned the other way when its own
    clause tells the other way (see the module docstring)."""
    if not _turnable(best):
        return best.span if future else nearer_year(masked, trigger, best, dates(True), published)
    if future:
        if not told_done(masked, trigger):
            return best.span
        back = _same(best, dates(False))
        return (
            back
            if back is not None and back.end is not None and back.end < published
            else (best.span)
        )
    if planned_for(masked, trigger, best):
        ahead = _same(best, dates(True))
        if ahead is not None and ahead.start is not None and ahead.start >= published:
            return ahead
    return nearer_year(masked, trigger, best, dates(True), published)


def own_relative(
    masked: str, trigger: Trigger, triggers: list[Trigger], clause_end: int
) -> re.Match[str] | None:
    """A relative expression told after the verb in its clause, before any other event word
    ("met Zambia's foreign minister the next day"): the verb's own."""
    near = find_relative(masked, trigger.end, min(clause_end, trigger.end + _REL_NEAR))
    if near is not None:
        return near
    far = find_relative(masked, trigger.end, min(clause_end, trigger.end + _REL_FAR))
    if far is None or (far.group("next") is None and far.group("n") is None):
        return None
    if any(trigger.end <= t.begin < far.start() for t in triggers if t is not trigger):
        return None
    return far
