"""The year of a date told without one, when the sentence does not tell the event as past.

A month or a day of the month without a year ("in November", "on 18 March", "November 18-19") is
read by default as the latest one on or before publication (:mod:`mapapp.extract.text_dates`),
and forward only for an event told as a plan. Many plans are told without a plan's words, though:
"the summit in Tunis on March 31" in a report of March 22, "the next climate conference in Belém in
November" in July, "the general debate, which opens on September 23" in early September. Read
backward they fall most of a year ago, read forward a few weeks or months ahead. A writer who means
the past one of two readings almost always names the year or tells the event in a past tense, so
the nearer reading is taken unless the event is told as done:

* the event word is a verb in a past tense ("met", "held talks", "paid a visit"), not a participle
  after "will be" / "to be" ("will be hosted", "is to be held"), or a participle after one
  ("returned the visit, arriving in Lomé on March 3");
* a past tense tells the event noun itself: a participle after it ("the summit held in …", "the
  meeting, which took place in …"), or a past verb before it whose object or place it is
  ("attended the summit", "agreed at the summit", "signed at the meeting"), but not one whose
  topic it is ("held talks on the summit", "briefed them ahead of the conference") or that
  opens a clause of its own ("agreed that a meeting should be held in Rabat in July");
* the clause says the time is past ("last", "previous", "earlier", "ago", "already");
* the sentence says "this year" and names no plan ("her third journey to Central Asia this year:
  in February she toured Astana"): the date is in the publication's year.

Every check reads a bounded window around the event word, so the work per event is constant.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.text_dates import DateMatch, DateSpan
from mapapp.extract.triggers import Trigger

__all__ = ["nearer_year"]

_LOOK = 80  # characters before the event word in which a verb may tell it
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "this year" in a sentence with no word of a plan: its yearless dates are in the publication's
# year ("her third journey to Central Asia this year: in February she toured Astana")
_THIS_YEAR = re.compile(r"(?i)\bthis\s+year\b")
_PLAN_WORD = re.compile(
    r"(?i)\b(?:will|shall|would|to\s+be|expected|due|scheduled|slated|planned|plans?|set\s+to|"
    r"next|upcoming|later|coming|intends?|hopes?)\b"
)
# readings that name a month or a day without a year
_YEARLESS = frozenset(
    {
        "month",
        "month_day",
        "range_month_day_day",
        "range_day_day_month",
        "range_month_day_month_day",
        "range_day_month_day_month",
    }
)
# "will be hosted", "is to be held", "should be held", "would be signed": a plan, not the past
_PLAN_PASSIVE = re.compile(
    r"(?i)\b(?:will|would|shall|should|must|could|may|might|to|is\s+to|are\s+to)\s+"
    r"(?:(?:also|then|again|now|only|first|once)\s+)?be\s+$"
)
_PAST_WORD = re.compile(
    r"(?i)\b(?:last|previous|previously|earlier|ago|already|former|once|had|has|have)\b"
)
# "the summit held in Vilnius", "the meeting, which took place in": told as done after the noun
_PAST_AFTER = re.compile(
    r"(?i)[^.;:]{0,40}?\b(?P<verb>held|hosted|convened|chaired|staged|organi[sz]ed|"
    r"(?:which|that|it)\s+(?:was|were|took|had)|took\s+place|ended|closed|concluded|opened)\b"
)
# A past verb before the noun, and the words between: "attended the", "agreed at the annual"
_PAST_VERB = (
    r"\b(?:(?-i:[a-z]{2,}ed)|met|held|had|took|made|gave|sat|spoke|went|came|began|flew|paid|saw|"
    r"was|were|won|led|left|brought|told|said|spent|sent|stood|kept|sought|wrote|drove|rode)\b"
)
_BETWEEN = r"(?:\s+[\w'’$€£.-]+){0,6}?"  # ("pledged $4.5bn at a conference")
# "At a summit in the city on May 8, they approved …": the clause's verb after the date
_PAST_THEN = re.compile(rf"(?i)\s*,?\s*(?P<between>(?:[\w'’-]+\s+){{0,3}}?){_PAST_VERB}")
# "…, the communiqué said", "…, officials told reporters": the telling, not the event
_NOT_PAST = re.compile(
    r"(?i)\b(?:is|are|will|would|to|be|shall|should|must|can|may|might)\b|"
    r"\b(?:said|told|added|noted|stated|announced|reported|confirmed|explained|indicated|"
    r"recalled|wrote|stressed|underlined|emphasi[sz]ed|quoted|cited|recorded)\b"
)
_PAST_BEFORE = re.compile(rf"(?i){_PAST_VERB}(?P<between>{_BETWEEN})\s+$")
# the word that makes the noun a topic, a landmark ahead or an aim: "talks on the summit",
# "ahead of the conference", "preparations for the meeting"
_TOPIC = re.compile(
    r"(?i)\b(?:on|about|ahead|before|for|to|towards?|toward|preparing|prepare|preparations|"
    r"preparatory|upcoming|forthcoming|coming|next|planned|proposed|future|"
    # "agreed that a meeting should …", "said whether talks": a clause of its own, its own tense
    r"that|whether|if|when)\b"
)


def _yearless(d: DateMatch) -> bool:
    return d.span.kind in _YEARLESS and not _YEAR.search(d.span.expression or "")


def _told_as_past(masked: str, trigger: Trigger, d: DateMatch) -> bool:
    """Whether the sentence tells the event as done (see the module docstring)."""
    before = masked[max(0, trigger.begin - _LOOK) : trigger.begin]
    if trigger.kind in ("past", "dated") and _past_word(masked, trigger):
        return True  # "met", "held talks", "paid a visit", not "pays a visit", "will be hosted"
    lo, hi = min(trigger.begin, d.begin), max(trigger.end, d.end)
    near = masked[max(0, lo - 40) : hi]
    if _PAST_WORD.search(near):
        return True
    word = masked[trigger.begin : trigger.end].split(" ", 1)[0]
    if trigger.kind != "noun" and word.endswith("ing") and _past_ing(masked, trigger):
        return True  # "returned the visit, arriving in Lome on March 3"
    if _past_between(masked, trigger, d):
        return True
    after = _PAST_AFTER.match(masked, trigger.end)
    if after and not _PLAN_PASSIVE.search(masked[trigger.end : after.start("verb")]):
        return True
    if trigger.kind != "noun":
        return False
    verb = _PAST_BEFORE.search(before)
    if verb is not None and not _TOPIC.search(verb.group("between")):
        return True
    then = _PAST_THEN.match(masked, d.end)
    return then is not None and not _NOT_PAST.search(then.group(0))


def _distance(span: DateSpan, published: dt.date) -> int:
    """How far a span lies from the publication day: in months for a month, else in days."""
    day = span.start if span.start and span.start > published else span.end
    assert day is not None
    if span.precision == "month":
        return abs((day.year - published.year) * 12 + day.month - published.month) * 31
    return abs((day - published).days)


_BETWEEN_VERB = re.compile(_PAST_VERB)
# "is scheduled to", "are expected in": a participle of a plan, told in the present
_PRESENT_PASSIVE = re.compile(r"(?i)\b(?:is|are|am|be|been|being|it['’]s)\s+(?:\w+ly\s+)?$")
_PLAN_PARTICIPLE = re.compile(
    r"(?i)(?:scheduled|expected|planned|slated|invited|supposed|intended|tipped|billed|"
    r"penciled|pencilled|earmarked|proposed|tasked|mandated|charged|asked|urged)$"
)


def _has_past(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` holds a verb told in the past, not a plan's participle ("will
    be hosted", "is scheduled", "was expected to")."""
    for verb in _BETWEEN_VERB.finditer(masked, lo, hi):
        before = masked[max(0, verb.start() - 30) : verb.start()]
        if _PLAN_PASSIVE.search(before) or _PRESENT_PASSIVE.search(before):
            continue
        if not _PLAN_PARTICIPLE.match(verb.group()):
            return True
    return False


def _past_word(masked: str, trigger: Trigger) -> bool:
    """Whether the event word, or the verb just before its noun ("paid a state visit"), is a
    past tense not told as a plan ("will be hosted")."""
    lo = max(0, trigger.begin - 24)
    return _has_past(masked, lo, trigger.end)


def _past_ing(masked: str, trigger: Trigger) -> bool:
    """Whether a participle's clause has a past verb before it ("left Kigali, flying to")."""
    lo = max(0, trigger.begin - _LOOK)
    return _has_past(masked, lo, trigger.begin)


def _past_between(masked: str, trigger: Trigger, d: DateMatch) -> bool:
    """ "The meeting comes a year after leaders met in Berlin in January": the date follows a
    verb told in the past between the event word and it, and is that verb's; "agreed at the
    summit in May to open talks": a date before the event word follows the clause's past verb."""
    if d.end <= trigger.begin:
        lo, hi = max(0, d.begin - _LOOK), d.begin
    elif d.begin - trigger.end > _LOOK:
        return False
    else:
        lo, hi = trigger.end, d.begin
    return _has_past(masked, lo, hi)


def _this_year(masked: str, ahead: DateSpan, back: DateSpan, published: dt.date) -> bool:
    """Whether the sentence puts its yearless date in the publication's year: it says "this
    year", names no plan, and only the forward reading falls in another year."""
    assert ahead.start is not None and back.start is not None
    if ahead.start.year == published.year or back.start.year != published.year:
        return False
    return _THIS_YEAR.search(masked) is not None and _PLAN_WORD.search(masked) is None


def _forward_of(d: DateMatch, forward: list[DateMatch]) -> DateSpan | None:
    return next((f.span for f in forward if (f.begin, f.end) == (d.begin, d.end)), None)


def nearer_year(
    masked: str, trigger: Trigger, best: DateMatch, forward: list[DateMatch], published: dt.date
) -> DateSpan:
    """The span of ``best`` (read backward) or its forward reading (from ``forward``, the
    sentence's dates read forward) when that is nearer the publication day and the sentence
    does not tell the event as past."""
    back = best.span
    if not _yearless(best) or back.start is None or back.end is None or back.end >= published:
        return back  # (the cheap checks first: the sentence's dates are read only past them)
    if any(trigger.begin <= f.begin and f.end <= trigger.end for f in forward):
        return back  # "the April 4 memorandum": named by the day it was signed, long past
    ahead = _forward_of(best, forward)
    if ahead is None or ahead.start is None or ahead.start <= published:
        return back
    if _distance(ahead, published) >= _distance(back, published):
        return back
    if _this_year(masked, ahead, back, published):
        return back  # "her third journey this year: in February she toured …"
    return back if _told_as_past(masked, trigger, best) else ahead
