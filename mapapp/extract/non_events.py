"""Event words that tell no diplomatic event of their own.

* A meeting with people who speak for no state: "met with Moroccan business leaders and
  representatives of U.S. companies", "spent the day in Sydney meeting investors", "to meet
  students", "dined with business leaders", "had breakfast with investors" ("talks with the
  governor and business leaders" still meets the governor).
* A telephone or a video link that carries an interview or a statement, not talks between
  parties: "told the Courier by phone from Washington", "said in a telephone interview",
  "told reporters on a conference call"; and a participant who "joined the ministers by video
  link" or "addressed the summit by video": part of the gathering, not a call of its own.
* The end of a trip: "returned to Pretoria", "flew back to Delhi", "returned home" (a return
  "for talks", "on a visit" or "to follow up on the talks" stays a visit).
* Not an event that happens: the topic of a question ("Asked about the Munich Security
  Conference, he said …"), a disposition ("remained ready to sign the agreement", "is willing
  to meet"), a crowd's travel ("More than 100,000 Sri Lankans visited the Maldives"), a text
  being drafted ("met on Monday to finalise the texts": :mod:`mapapp.extract.drafting`), an
  event named only as what another prepares or concerns ("met on 28 June to prepare the visit",
  "spoke by telephone about the talks": :mod:`mapapp.extract.references`).
* A kind of event named in general: "The summits have no fixed timetable", "as they do at
  every summit", "at each meeting", "decline to confirm meetings", "travels to New York for
  meetings at the United Nations", "will hold bilateral meetings with African leaders"
  (meetings with no one named).
* A verb of convening whose object is the gathering told right before it: "the conference that
  the organization will convene in Accra" is one event, the conference read on to the verb
  (:mod:`mapapp.extract.relative_convenes`).

Every rule reads a bounded window around the event word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.drafting import drafting
from mapapp.extract.references import refers_back
from mapapp.extract.relative_convenes import fold_relative_convenes
from mapapp.extract.triggers import Clauses, Trigger

_LOOK = 120

# People who speak for no state (a governor, a minister or a ruler named beside them does)
_NON_STATE = (
    r"(?:(?:business|industry|trade|community|civil[\s-]society|religious|faith|student|youth|"
    r"diaspora|private[\s-]sector|tech|technology|energy|mining|financial|corporate)\s+"
    r"(?:leaders|people|executives|representatives|groups|organi[sz]ations|figures|"
    r"community|communities|delegations?|owners)|investors|executives|entrepreneurs|"
    r"businesspeople|businessmen|businesswomen|students|journalists|reporters|academics|"
    r"scholars|researchers|bankers|chief\s+executives|CEOs|the\s+diaspora|companies|firms|"
    r"start-?ups|think\s+tanks|NGOs|non-governmental\s+organi[sz]ations|workers|farmers|"
    r"artists|athletes|members\s+of\s+the\s+(?:\w+\s+)?(?:diaspora|community|business\s+\w+))"
)
_CAP = r"(?-i:[A-Z][\w.-]*)"  # "Moroccan", "U.S.", "Brazilian"
_ONLY_NON_STATE = re.compile(
    r"(?i)\s*(?:(?:with|for)\s+)?(?:(?:the|a\s+group\s+of|local|leading|senior|top|prominent|several|"
    rf"some|{_CAP})(?:\s+and)?\s+){{0,3}}{_NON_STATE}"
    r"(?:(?:\s*,\s*|\s+and\s+)(?:(?:representatives|members|heads|leaders)\s+of\s+)?"
    rf"(?:(?:the|local|leading|{_CAP})\s+){{0,3}}{_NON_STATE})?"
    # the object ends: a full stop, a place or time, a clause, or "and" another verb
    r"(?=\s*(?:[.;:)]|$|,\s+(?!and\b)|\s+(?:in|at|on|from|to|for|about|during|before|after|"
    r"who|which|where|while|as|ahead|over)\b|\s+and\s+(?!(?:the|his|her|their|its|a|an)\b)"
    r"(?-i:[a-z]+\b)))"
)
_MEETING_VERB = re.compile(
    r"(?i)\b(?:met|meet|meets|meeting|talks|held\s+talks|sat\s+down|"
    # a meal with them: "dined with business leaders", "had breakfast with investors"
    r"(?:dined|dines|dine|lunched|breakfasted)(?:\s+with)?|"
    r"(?:had|has|have|having|hosted|hosts|host|gave|gives)\s+(?:a\s+)?(?:working\s+|private\s+)?"
    r"(?:breakfast|lunch|luncheon|dinner|supper)(?:\s+(?:with|for))?|"
    # a trip's purpose: "(for) dinner with business leaders", "(for) an audience with"
    r"(?:(?:a|an)\s+)?(?:\w+\s+)?(?:breakfast|lunch|luncheon|dinner|supper|audience)\s+with)\b"
)

# "told the Courier by phone", "said in a telephone interview", "told reporters on a call"
_INTERVIEW_BEFORE = re.compile(
    r"(?i)\b(?:told|tells|telling|said|says|saying|speaking|spoke\s+to\s+(?:reporters|journalists|"
    r"the\s+press|the\s+media)|interviewed|briefed\s+(?:reporters|journalists))\b"
    # ("said the two had spoken by telephone": a call reported, not an interview by phone)
    r"(?:\s+(?!(?:spoke|spoken|talked|conferred)\b)[\w.'’-]+){0,4}\s+"
    r"(?:by|over\s+the|on\s+the|on\s+a|in\s+a|via)\s+(?:\w+\s+)?$"
)
_INTERVIEW_AFTER = re.compile(r"(?i)\s*(?:-\s*)?(?:interview|briefing|press\s+conference)\b")
# "joined the ministers by video link", "addressed the summit virtually"
_JOINED_BEFORE = re.compile(
    r"(?i)\b(?:joined|joins|joining|join|took\s+part|taking\s+part|participated|participating|"
    r"addressed|addressing|addresses)\b(?:\s+[\w.'’-]+){0,5}\s+(?:by|via|through|over)\s+(?:a\s+)?$"
)

# "returned to Pretoria", "flew back to Delhi", "headed home"
_RETURN = re.compile(r"(?i)\breturn(?:ed|s|ing)?\b|\bback\b|\bhome\b")
_FOR_A_PURPOSE = re.compile(
    r"(?i)\b(?:for\s+(?:talks|a|an|the|further|more|meetings|negotiations|consultations)|"
    r"to\s+(?:meet|hold|attend|sign|take\s+part|join|visit|follow\s+up|continue|resume|pursue|"
    r"mediate)|on\s+(?:a|an|his|her)\s+)\b"
)

# "the chief negotiator for the compact talks", "the UN envoy to the Geneva talks": a role
_ROLE_BEFORE = re.compile(
    r"(?i)\b(?:negotiators?|envoys?|mediators?|facilitators?|co-?ordinators?|spokes(?:man|woman|"
    r"person)|delegates?|representatives?)\s+(?:for|to|at|in|on)\s+the\s+(?:[\w'’.-]+\s+){0,3}$"
)
_ROLE_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|said|says|told)\b")
# "Asked about the Munich Security Conference, he said …": the topic of a question
_ASKED_BEFORE = re.compile(
    r"(?i)\b(?:asked|questioned|pressed)\s+(?:by\s+\w+\s+)?(?:about|on|whether|if|over)\s+"
    r"(?:[\w.'’-]+\s+){0,6}$"
)
# "remained ready to sign the agreement", "is willing to meet": a disposition, not a plan
_READY_BEFORE = re.compile(
    r"(?i)\b(?:ready|prepared|willing|eager|keen)\s+(?:to\s+(?:\w+\s+)?)?$|"
    r"\bopen\s+to\s+(?:\w+\s+)?$"
)
# "More than 100,000 Sri Lankans visited the Maldives": a crowd, not a delegation
_CROWD_BEFORE = re.compile(
    r"(?i)(?:\b\d{1,3}(?:,\d{3})+|\b\d{5,}|\b(?:thousands|hundreds|millions|tens\s+of\s+thousands))\s+"
    r"(?:of\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# "as they do at every summit", "at each meeting": a kind of event, not one
_EVERY_BEFORE = re.compile(r"(?i)\b(?:every|each|any)\s+(?:[\w-]+\s+)?$")
# "meetings" with no one named: "confirm meetings", "for meetings at the United Nations"
_BARE_PLURAL = re.compile(r"(?i)^meetings$")
_PLURAL_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|their|his|her|its|two|three|four|five|several|separate|a\s+series\s+of|"
    r"rounds?\s+of|days?\s+of|regular)\s+(?:[\w-]+\s+)?)$"
)
_HELD_THERE = re.compile(
    r"\s+(?:held|(?:which|that)\s+took\s+place)\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
)
_NAMED_AFTER = re.compile(
    r"\s+with\s+(?:the\s+|his\s+|her\s+|their\s+|[A-Z]|(?:\w+\s+){0,2}(?:of|from)\s+[A-Z])"
)


def drop_non_events(masked: str, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers that tell an event: the first one left of each type is no repeat."""
    if not triggers:
        return triggers
    triggers = fold_relative_convenes(masked, triggers)
    clauses = Clauses(masked)
    kept = [t for t in triggers if not tells_no_event(masked, t, clauses)]
    if len(kept) == len(triggers):
        return triggers
    seen: set[str] = set()
    out = []
    for t in kept:
        out.append(replace(t, repeat=t.event_type in seen))
        seen.add(t.event_type)
    return out


# "The summits have no fixed timetable", "The meetings are usually held in Geneva": the kind
_KIND_SUBJECT = re.compile(r"(?i)^\W*the\s+$")
_KIND_PREDICATE = re.compile(
    r"(?i)\s+(?:have|has|are|were|had|do|did)\s+(?:no|not|never|usually|often|rarely|always|"
    r"normally|generally|traditionally)\b|\s+(?:usually|often|rarely|always|normally|generally|"
    r"traditionally)\b"
)


def tells_no_event(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """Whether the event word tells no diplomatic event of its own (see the module docstring)."""
    lo = max(clauses.start(trigger.begin), trigger.begin - _LOOK)
    before = masked[lo : trigger.begin]
    words = masked[trigger.begin : trigger.end]
    if _EVERY_BEFORE.search(before) or _READY_BEFORE.search(before[-40:]):
        return True
    if trigger.event_type == "agreement" and drafting(masked, trigger):
        return True  # "met on Monday to finalise the texts"
    if refers_back(masked, trigger):
        return True  # "met on 28 June to prepare the visit": the visit told elsewhere
    plural = re.fullmatch(r"(?i)summits|meetings|conferences|visits|sessions", words)
    if plural and _KIND_SUBJECT.match(masked[: trigger.begin]):
        return _KIND_PREDICATE.match(masked, trigger.end) is not None
    if trigger.kind == "noun" and _ASKED_BEFORE.search(before):
        return True
    if (
        trigger.kind == "noun"
        and _ROLE_BEFORE.search(before)
        and _ROLE_VERB.match(masked, trigger.end)
    ):
        return True  # (not "thanked the envoy for the meetings held in Geneva")
    if trigger.event_type == "visit" and _CROWD_BEFORE.search(before[-60:]):
        return True
    if trigger.event_type == "meeting":
        return _with_no_state(masked, trigger) or _meetings_in_general(masked, trigger, before)
    if trigger.event_type == "call":
        after = masked[trigger.end : trigger.end + 40]
        told = _INTERVIEW_BEFORE.search(before) and not re.match(r"\s+with\b", after)
        interview = told or _INTERVIEW_AFTER.match(after)  # ("speaking by phone with the emir")
        return bool(interview or _JOINED_BEFORE.search(before))
    if trigger.event_type == "visit" and _RETURN.search(words) and not words.endswith("from"):
        hi = min(clauses.end(trigger.end), trigger.end + _LOOK)
        rest = re.split(r",|\s+where\s+|\s+and\s+", masked[trigger.end : hi], maxsplit=1)[0]
        return _FOR_A_PURPOSE.search(rest) is None
    return False


def _with_no_state(masked: str, trigger: Trigger) -> bool:
    """ "met with Moroccan business leaders", "meeting investors": no state across the table."""
    if not _MEETING_VERB.fullmatch(masked[trigger.begin : trigger.end].strip()):
        return False
    return _ONLY_NON_STATE.match(masked, trigger.end) is not None


def _meetings_in_general(masked: str, trigger: Trigger, before: str) -> bool:
    """ "decline to confirm meetings", "for meetings at the United Nations", "bilateral meetings
    with African leaders": meetings with no one named."""
    if not _BARE_PLURAL.match(masked[trigger.begin : trigger.end]):
        return False
    if _PLURAL_BEFORE.search(before):
        return False
    after = masked[trigger.end : trigger.end + 60]
    if _HELD_THERE.match(after):
        return False  # "the informal meetings held in New York in March 2023": told, dated
    return (
        _NAMED_AFTER.match(after) is None
        or re.match(
            r"\s+with\s+[A-Z]\w+\s+(?:leaders|officials|counterparts|partners|delegations)\b", after
        )
        is not None
    )
