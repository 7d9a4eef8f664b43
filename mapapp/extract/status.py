"""Whether an event stated by a trigger took place: occurred, announced, cancelled, declined.

Works on the quote-masked sentence and reads only the trigger's clause, a bounded number of
characters on either side (:data:`mapapp.extract.triggers.LOOK`).
"""

from __future__ import annotations

import re

from mapapp.extract.agreement_phrases import told_as_history
from mapapp.extract.called_off import called_off_after
from mapapp.extract.departure_plans import departure_plan
from mapapp.extract.maybe_events import maybe_event
from mapapp.extract.negation_scope import FIRM_PLAN, NO_DATE_AFTER, beyond_asides
from mapapp.extract.plain_trips import fronted_day
from mapapp.extract.trigger_words import WEEKDAY
from mapapp.extract.triggers import LOOK, Clauses, Trigger, window

SAME_EVENT = 80  # characters between two event words of one meeting ("meet … at the session")

_DECLINED = re.compile(
    r"(?i)\b(?:opted|chose|decided|elected)\s+not\s+to\b|"
    r"\b(?:declined|refused)\s+to\b|\bturned\s+down\b|\bboycott\w*\b|\bskipped\b|\bsnubbed\b|"
    r"\bpulled\s+out\s+of\b|\bwithdrew\s+from\b"
)
_OFFERED = re.compile(r"(?i)\boffer(?:ed|s|ing)?\s+to\b")  # an offer is no event yet
_CANCELLED_AFTER = re.compile(
    r"(?i).{0,40}?\b(?:did\s+not|didn't|never)\s+(?:happen|take\s+place|"
    r"materiali[sz]e)|.{0,40}?\b(?:fell\s+(?:through|apart)|collapsed|broke\s+down)\b|.{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:cancell?ed|called\s+off|postponed|scrapped|shelved|abandoned|put\s+on\s+hold)"
)
# "A meeting of the two leaders is not planned": no event
# "postponed a visit that had been planned for Wednesday until March 10": moved, not called off
_NEW_DATE = re.compile(
    r"(?i)\b(?:postponed|put\s+off|pushed\s+back|delayed|moved|rescheduled)\b[^.;]{0,160}?"
    r"\b(?:until|till|to)\s+(?:(?:the\s+)?(?:next|later|early|mid|late)\b|\d|(?-i:[A-Z][a-z]+\.?\s*\d)|"
    rf"(?-i:{WEEKDAY}\b))"
)
_NOT_PLANNED_AFTER = re.compile(
    r"(?i)[^.;]{0,40}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:not|never)\s+"
    r"(?:planned|scheduled|foreseen|expected|envisaged)\b"
)
_CANCELLED_BEFORE = re.compile(r"(?i)\b(?:cancell?ed|called\s+off|postponed|scrapped)\b")
# ("No, no. I spoke to the minister on Sunday": a reply's "No," negates no event)
_NEGATED = re.compile(
    r"(?i)\b(?:no(?![,.!])|not|never|without|unable|unlikely|able|capabilit(?:y|ies)|ability|"
    r"failed|whether)\b|n't\b"
)
# "plans to", "X plans talks" (a verb), not "a joint action plan", "the peace plan" (a text)
_PLAN_VERB = (
    r"(?:plans?(?=\s+to\b)|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?<!\baction\s)(?<!\bpeace\s)(?<!\bwork\s)(?<!\bjoint\s)(?<!\bnational\s)"
    r"(?<!-year\s)plans?)"
)
# "planning to visit", "planning a trip", not "the planning minister" (a word of a title)
_PLANNING = r"planning(?=\s+(?:to|a|an|the|for|on|his|her|their|its|talks|visits?|meetings?)\b)"
_ANNOUNCED = re.compile(
    rf"(?i)\b(?:will|would|shall|{_PLAN_VERB}|planned|{_PLANNING}|intends?|intended|"
    r"expected|set\s+to|set\s+for|due\s+to|scheduled|upcoming|interest|wants?|hopes?|"
    r"slated|poised\s+to|(?:is|are)\s+(?:hoping|planning|aiming)\s+to|"
    r"is\s+to|are\s+to|propos(?:e|es|ed|ing)|suggest(?:s|ed)?\s+(?:holding|hosting)|invited|"
    r"invitation|preparations?\s+for|"
    r"look(?:s|ed|ing)?\s+forward\s+to|agree[sd]?\s+to)\b|'ll\b"
)
# "a meeting to be held in New York", "talks that Turkey plans to host", "The talks, set for May 3"
_ANNOUNCED_AFTER = re.compile(
    r"(?i)[^.;]{0,90}?\b(?:to\s+be\s+held|to\s+take\s+place|plans?\s+to\s+host|"
    r"(?:would|will)\s+(?:take\s+place|be\s+held|open|begin|start|bring|resume|"
    r"next\s+(?:hold|meet|convene)|hold\s+its)|"
    r"(?:is|are)\s+(?:due|set|scheduled|planned|expected)\b|"
    r"(?:set|scheduled|planned)\s+for\b)"
)
# Events the sentence says did not happen, or only might: "would have initialled a deal" (had
# the summit gone ahead), "denied reports that the president had met", "There is talk of a
# summit, but nothing has been scheduled", "Before arriving in Suva, she stopped in …" (the
# arrival is when the sentence's event happened, not an event of its own).
_COUNTERFACTUAL = re.compile(
    r"(?i)\b(?:would|could|might|should)\s+(?:not\s+)?have\s+(?:\w+\s+)?$|^\s*had\s+(?:the\s+)?$"
)
_DENIED = re.compile(
    r"(?i)\b(?:denied|denies|deny|denying|dismissed|rejected)\s+(?:(?:the|media|press|news)\s+)?"
    r"(?:(?:reports?|claims?|rumou?rs?|suggestions?|allegations?|speculation)\s+"
    r"(?:(?:in|by|from)\s+(?:\S+\s+){1,3}?)?)?that\b"
)
_NO_PLANS = re.compile(
    r"(?i)\b(?:(?:no|not\s+any)\s+(?:immediate\s+|current\s+)?(?:plans?|intention|proposals?)|"
    r"no\s+date\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed))\s+"
    r"(?:for|to)\b(?=(?:\s+\S+){0,8}\s*$)"
)
_REPORTS_THAT = re.compile(
    r"(?i)\b(?:reports?|claims?|rumou?rs?|suggestions?|allegations?|speculation)\s+that\b"
)
_DENIED_AFTER = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:denied|dismissed|rejected)\b"
)
_SPECULATION = re.compile(
    r"(?i)\b(?:talk|speculation|rumou?rs?)\s+(?:of|about)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$"
)
_NOTHING_SET = re.compile(
    r"(?i)[^.;]{0,80}?\bnothing\s+(?:has|had)\s+(?:yet\s+)?been\s+"
    r"(?:scheduled|set|planned|decided|agreed|fixed|arranged)\b"
)
# "could visit Pretoria later this year", "may meet in Minsk": speculation, no announcement
_MAYBE = re.compile(r"\b(?:could|may|might)\s+(?:also\s+|still\s+|soon\s+|even\s+)?(?:be\s+)?$")
_IF_BEFORE = re.compile(r"(?i)\b(?:if|unless)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_IF_AFTER = re.compile(
    r"(?i)\s+(?:go(?:es)?\s+well|succeeds?|fails?|resumes?|(?:is|are)\s+successful|"
    r"makes?\s+progress|bears?\s+fruit)\b"
)
# "will end the summit by signing", "will close the summit on Friday, adopting a declaration":
# the text is made when the event it closes is
_BY_SIGNING = re.compile(r"(?<=\bby\s)(?:signing|adopting|initial+ing)\b|(?<=,\s)adopting\b")
_TIME_CLAUSE = re.compile(r"(?i)^\W*(?:before|after|upon|on|since)\s+$")


def _unreal(masked: str, trigger: Trigger, clauses: Clauses, before: str) -> str | None:
    """The cue of an event that is not one (see above), or None."""
    lo = max(0, trigger.begin - LOOK)
    if m := _COUNTERFACTUAL.search(masked[max(0, trigger.begin - 40) : trigger.begin]):
        return m.group(0).strip()
    if m := _DENIED.search(masked, max(clauses.start(trigger.begin), lo), trigger.begin):
        return m.group(0)
    if m := _SPECULATION.search(masked, max(clauses.start(trigger.begin), lo), trigger.begin):
        return m.group(0).strip()
    if _SPECULATION.search(masked[lo : trigger.begin]) and _NOTHING_SET.match(masked, trigger.end):
        return "nothing has been scheduled"
    if m := _NO_PLANS.search(masked, max(clauses.start(trigger.begin), lo), trigger.begin):
        return m.group(0)  # "There are no plans for the two leaders to meet"
    if _REPORTS_THAT.search(masked, lo, trigger.begin) and (
        m := _DENIED_AFTER.match(masked, trigger.end)
    ):
        return m.group(0).strip()  # "Reports that the two would meet were denied"
    if m := _MAYBE.search(masked, max(clauses.start(trigger.begin), lo), trigger.begin):
        return m.group(0).strip()
    if cue := maybe_event(masked, trigger):
        return cue  # "a summit could be held", "Muscat could host broader talks"
    if _IF_BEFORE.search(masked, lo, trigger.begin) and _IF_AFTER.match(masked, trigger.end):
        return "if"  # "could be signed next year if talks go well": a condition, no event
    words = masked[trigger.begin : trigger.end].split()
    ing = trigger.kind == "infinitive" and words[0].endswith("ing")
    return "time clause" if ing and _TIME_CLAUSE.match(masked[: trigger.begin]) else None


# "plan to review the operation at a meeting in Sofia", "hope to settle it during talks": the
# meeting is the setting of an intended act, however many words the act takes
_PLAN_FOR = re.compile(
    r"(?i)\b(?P<cue>(?:plans?|planned|planning|intends?|intended|hopes?|hoped|expects?|expected|aims?|"
    r"wants?|(?:is|are)\s+(?:due|set|scheduled|expected)|look(?:s|ed|ing)?\s+forward)\s+to|"
    r"will|would|shall)\s+(?:[\w'’-]+\s+){0,8}?(?:at|in|during|for|attend(?:ing)?|join(?:ing)?|"
    r"on\s+the\s+sidelines\s+of)\s+"
    r"(?:a|an|the|their|its|his|her|next\s+\w+['’]s)\s+(?:[\w'’.-]+\s+){0,5}$"
)
_BEGAN_AFTER = re.compile(
    r"(?i),?\s+(?:which|that)\s+(?:began|opened|started|got\s+under\s?way|took\s+place|"
    r"(?:was|were)\s+held)\b"
)
_UNDER_WAY = re.compile(r"(?i)\b(?:is|are)\s+(?:currently\s+|now\s+)?on(?:\s+official)?\s*$")
# A day or month named after a verb in the present: a schedule ("meets X on Friday"), not a habit
_DATED = re.compile(
    rf"\b(?:on\s+)?{WEEKDAY}\b|"
    r"\b(?:tomorrow|tonight|next\s+(?:week|month))\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|"
    # "Forum leaders meet in the Cook Islands in November": a month of its own (not "every")
    r"\bin\s+(?:early\s+|mid-|late\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s+(?:each|every)\b)|"
    r"\b(?:next|later\s+this)\s+year\b"
)
# "12 June 2018 - Kim and Trump meet in Singapore", "May 2019: The presidents meet in Hanoi",
# "1994 – Leaders hold talks": a timeline's entry, dated history told in the present (a date in
# the future makes it announced, as any event dated after publication)
_ENTRY = re.compile(
    r"\s*(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+)?(?:1[89]|20)\d\d\s*(?:[-–—:]|\.\s)|"
    # "Feb. 8 - Afghan and Iranian officials sign …": a chronology's entry by its day alone
    r"\s*(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?)\s*[-–—:]\s"
)
# "The visit ends on Saturday", "the summit opens on 3 May": a programme told in the present
_PRESENT_AFTER = re.compile(
    r"(?i),?\s+(?:ends|begins|starts|opens|closes|concludes|resumes|continues)\b"
)
# "An agreement on visas will be signed": a passive with a modal inside the event's words
_TO_BE_DONE = re.compile(
    r"(?i)\b(?:will|shall|would|(?:is|are)\s+(?:due|set|expected|scheduled|going|to))\s+"
    r"(?:(?:also|then)\s+)?(?:to\s+)?be\s+\w+\s*$"
)
# "agreed to hold the next trilateral foreign ministers' meeting": ahead, however far back
_TO_HOLD = re.compile(r"\b(?:agree[sd]?|decided|resolved|pledged)\s+to\s+(?:hold|host|convene)\b")


# a past verb, then a comma right before an "-ing" trip: the trip is part of the past act
_PAST_THEN_ING = re.compile(
    r"\b(?:[a-z]+ed|flew|went|left|came|made|took|met|held|began|set\s+off)\b[^,;:.()]*,\s*$"
)


def find_status(
    masked: str, trigger: Trigger, clauses: Clauses | None = None
) -> tuple[str | None, str]:
    """``(status, cue)``; status None when the sentence says the event did not take place."""
    clauses = clauses or Clauses(masked)
    before = window(masked, trigger, clauses)
    end = min(clauses.end(trigger.end), trigger.end + LOOK)
    if m := _OFFERED.search(before):
        return None, m.group(0)
    if cue := _unreal(masked, trigger, clauses, before):
        return None, cue
    if m := _DECLINED.search(before):
        return "declined", m.group(0)
    m = _CANCELLED_AFTER.match(masked, trigger.end, end) or _CANCELLED_BEFORE.search(before)
    # "A meeting that had been floated for this week was called off": the plan told between
    if off := m.group(0) if m else called_off_after(masked, trigger.begin, trigger.end):
        lo = max(0, trigger.begin - LOOK)
        if r := _NEW_DATE.search(masked, lo, min(len(masked), trigger.end + 2 * LOOK)):
            return "announced", r.group(0)  # "postponed the visit until March 10": a new date
        return "cancelled", off.strip()
    if _NOT_PLANNED_AFTER.match(masked, trigger.end, end):
        return None, "not planned"
    if NO_DATE_AFTER.match(masked, trigger.end, end) and not FIRM_PLAN.search(before):
        return None, "not planned"  # "the next summit, for which no date has been fixed"
    if (m := _NEGATED.search(before)) and _NEGATED.search(beyond_asides(masked, trigger, clauses)):
        return None, m.group(0)
    if m := _TO_BE_DONE.search(masked, trigger.begin, trigger.end):
        return "announced", m.group(0)  # "An agreement on visas will be signed"
    lo = max(clauses.start(trigger.begin), trigger.begin - LOOK)
    if (
        (m := _ANNOUNCED.search(before))
        or (m := _TO_HOLD.search(masked, lo, trigger.begin))
        or (m := departure_plan(masked, lo, trigger.begin))  # "leaves on Friday for a tour"
    ):
        return "announced", m.group(0)
    if trigger.kind == "infinitive" and _UNDER_WAY.search(before):
        return "occurred", "under way"  # "is on travel to Mexico City, January 21-22"
    ing = (masked[trigger.begin : trigger.end].split() or [""])[0].endswith("ing")
    if (
        trigger.kind == "infinitive"
        and ing
        and (m := _PAST_THEN_ING.search(masked, 0, trigger.begin))
    ):
        return "occurred", m.group(0)  # "returned the visit, arriving in Lome on 3 March"
    if trigger.kind == "infinitive":
        return "announced", masked[trigger.begin : trigger.end]
    if trigger.kind == "present":
        return _present(masked, trigger, before, end)
    if trigger.kind == "noun" and (m := _PLAN_FOR.search(masked, lo, trigger.begin)):
        return "announced", m.group("cue")  # "plan to review the operation at a meeting"
    if trigger.kind == "noun" and _BEGAN_AFTER.match(masked, trigger.end, end):
        return "occurred", ""  # "The talks, which began in Doha on Sunday, are expected to …"
    if (
        trigger.kind == "noun"
        and _PRESENT_AFTER.match(masked, trigger.end, end)
        and _DATED.search(masked, trigger.end, end)
    ):
        return "announced", "present tense with a date"  # "The tour ends on Friday in Cusco"
    if trigger.kind == "noun" and (m := _ANNOUNCED_AFTER.match(masked, trigger.end, end)):
        return "announced", m.group(0).strip(" ,")
    return "occurred", ""


def _present(masked: str, trigger: Trigger, before: str, end: int) -> tuple[str | None, str]:
    """The status of an event verb in the present: history in a timeline's entry, a schedule
    with a date, a plan after "to", else a habit (no event)."""
    if _ENTRY.match(masked):
        return "occurred", "a timeline's dated entry"  # "12 June 2018 - Kim and Trump meet …"
    if _DATED.search(masked, trigger.end, end) or fronted_day(before):
        return "announced", "present tense with a date"  # "meets Peru's president on Friday"
    if not re.search(r"\bto\s*$", before):
        return None, "present tense (habitual)"
    return "announced", "to " + masked[trigger.begin : trigger.end]


_BEGAN_IN = re.compile(r"\b(?:that|which)\s+(?:has\s+)?(?:began|begun|started|ended)\b")
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\s+[^,;:()]*$")  # a past event told as a landmark
_BEFORE_ING = re.compile(r"(?i)\b(?:before|after|then|and\s+then)\s*,?\s*$")


def then_ing(
    masked: str, trigger: Trigger, statuses: dict[Trigger, tuple[str | None, str]]
) -> Trigger | None:
    """The event word an "-ing" trip follows ("met … before flying to …"), if any."""
    words = masked[trigger.begin : trigger.end].split()
    if trigger.kind != "infinitive" or not words[0].endswith("ing"):
        return None
    if not _BEFORE_ING.search(masked, max(0, trigger.begin - 12), trigger.begin):
        return None
    return next((t for t in reversed(list(statuses)) if t.end <= trigger.begin), None)


def statuses_of(
    masked: str, triggers: list[Trigger], clauses: Clauses
) -> dict[Trigger, tuple[str | None, str]]:
    statuses = {
        t: (
            ("occurred", "signed before")  # "will discuss the April 4 Luena Memorandum"
            if told_as_history(masked, t.event_type, t.begin)
            else find_status(masked, t, clauses)
        )
        for t in triggers
    }
    for t in triggers:  # in order: a status an earlier trigger passes on is its final one
        statuses[t] = _status_for(masked, t, statuses)
    return statuses


def _status_for(
    masked: str, trigger: Trigger, statuses: dict[Trigger, tuple[str | None, str]]
) -> tuple[str | None, str]:
    """The trigger's status; "will travel to Paris for talks": the talks are announced too."""
    status, cue = statuses[trigger]
    if cue == "signed before":
        return status, cue  # "will meet … on the April 4 Luena Memorandum": history
    if _BY_SIGNING.match(masked, trigger.begin):
        told = [t for t in statuses if t.end <= trigger.begin]  # "will end the summit by signing"
        return statuses[told[-1]] if told else (status, cue)
    if then := then_ing(masked, trigger, statuses):
        return statuses[then]  # "met in Nairobi on Monday before flying to Kampala": as the meeting
    # the trip told last before it: "arrived on Wednesday, and is due to travel to Kabul on
    # Sunday for talks" (the talks go with the trip ahead, not the arrival)
    visit = next(
        (t for t in reversed(statuses) if t.event_type == "visit" and t.begin < trigger.begin),
        None,
    )
    if (
        trigger.kind == "infinitive"
        and cue == masked[trigger.begin : trigger.end]
        and visit is not None
        and visit.kind == "past"
        and visit.end <= trigger.begin
        and statuses[visit][0] == "occurred"
    ):
        return "occurred", ""  # "had visited Benghazi on 2 March to meet the head": its purpose
    if trigger.kind == "past" and _BEGAN_IN.search(masked, trigger.begin, trigger.end):
        return status, cue  # "will fly to Muscat, the last stop of a tour that began in Riyadh"
    if status == "occurred" and visit is not None and visit.begin < trigger.begin:
        visit_status, visit_cue = statuses[visit]
        if visit_status not in (None, "occurred"):
            return visit_status or "announced", visit_cue
    if trigger.kind == "past" and _SINCE_CLAUSE.search(
        masked, max(0, trigger.begin - 60), trigger.begin
    ):
        return status, cue  # "will attend a meeting, the first since the leaders gathered in …"
    # "agreed to meet in person at the council session": the session is the announced meeting
    earlier = [
        t
        for t in statuses
        if t.begin < trigger.begin
        and trigger.begin - t.end < SAME_EVENT
        and t.event_type in ("meeting", "conference")
        and trigger.event_type in ("meeting", "conference")
    ]
    if status == "occurred" and earlier and statuses[earlier[-1]][0] == "announced":
        return statuses[earlier[-1]]
    return status, cue
