"""Where a sentence states an event: triggers and clauses (status: :mod:`mapapp.extract.status`).

Everything here works on the quote-masked sentence (:class:`mapapp.extract.sentences.Sentence`)
and looks only a bounded number of characters around each match, so the work is linear in the
length of the sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from mapapp.extract.bare_wordings import ARRIVED_WEEKDAY
from mapapp.extract.closing_formulas import closing_rows
from mapapp.extract.day_first_calls import SPOKE_AFTER_DAY, day_opens
from mapapp.extract.document_wordings import ADOPTED_OUTLOOK, one_side_adopts
from mapapp.extract.joined_signings import JOINED_SIGNING, joined_to_event
from mapapp.extract.met_when import MET_WHEN, sides_met
from mapapp.extract.ordinal_events import RANKED
from mapapp.extract.phone_lines import on_the_line
from mapapp.extract.plain_trips import ARRIVED_WHEN
from mapapp.extract.spoken_lines import CALL_LINE_TRIGGERS, spoken_over
from mapapp.extract.stay_tails import FRONTED_STAY, time_fronted
from mapapp.extract.stop_words import STOP_TRIGGERS, no_traveller
from mapapp.extract.trigger_phrases import (
    MEET_NOW,
    MET_A_WHILE,
    MOVED,
    SIDES_NOW,
    THING_FIRST,
)
from mapapp.extract.trigger_table import TRIGGERS
from mapapp.extract.trigger_words import (
    ARRIVED_FROM,
    AUDIENCE_BEFORE,
    BY_MEANS,
    CALL_BY_HEADLINE,
    DEFINITE_BEFORE,
    GUEST_AFTER,
    HEADLINE_CALL,
    MADE_AT,
    MET_FOR,
    NOT_AN_EVENT_BEFORE,
    PERSON_NOUNS,
    REFERRING,
    SERIES_AFTER,
    STAY_SUBJECT,
    STRIKE_NOT,
    TEXT_TOLD,
    THE_BEFORE,
    THING_DUE,
)
from mapapp.extract.trip_errands import ERRAND, after_trip
from mapapp.extract.trip_halves import PURPOSE_WITH, purpose_without_trip
from mapapp.extract.verb_forms import ALONE, SIDES_BEFORE
from mapapp.extract.wire_wordings import RANKED_TRIP

_SIDES_NOW = re.compile(SIDES_NOW)
_A_WHILE = next(p for _, p, _ in TRIGGERS if p.pattern == MET_A_WHILE)
_MOVED = next(p for _, p, _ in TRIGGERS if p.pattern == MOVED)
_FROM = next(p for _, p, _ in TRIGGERS if p.pattern == ARRIVED_FROM)
_PLAIN = next(p for _, p, _ in TRIGGERS if p.pattern.startswith(ARRIVED_WHEN))
_WEEKDAY_ARRIVAL = next(p for _, p, _ in TRIGGERS if p.pattern == ARRIVED_WEEKDAY)
_STOP = STOP_TRIGGERS[0][1]
_OUTLOOK = next(p for _, p, _ in TRIGGERS if p.pattern == ADOPTED_OUTLOOK)
_THING_FIRST = re.compile(THING_FIRST)
_AFTER_DAY = next(p for _, p, _ in TRIGGERS if p.pattern == SPOKE_AFTER_DAY)
_WHO = re.compile(
    rf"(?i)\b(?:{PERSON_NOUNS}|chancellors?|popes?|taoiseach|queens?|princess|pontiff|team|mission|"
    r"party|crew|he|she|they|we|who|i)\b"
)


def _clause_start(masked: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins (as :class:`Clauses` finds it)."""
    return max((m.end() for m in _CLAUSE.finditer(masked, 0, pos) if m.end() <= pos), default=0)


def _a_thing_moved(before: str) -> bool:
    """ "The cargo", "Oil prices were": the clause's words before a verb of motion name a thing."""
    return _THING_FIRST.match(before) is not None and _WHO.search(before) is None


_MEET_NOW = next(p for _, p, _ in TRIGGERS if p.pattern == MEET_NOW)
_PURPOSE = next(p for _, p, _ in TRIGGERS if p.pattern == PURPOSE_WITH)
_RECEIVE_THE = re.compile(r"\b(?:receive|receives|received|receiving)\b[^.;]{0,40}\bthe\s+$")
# "co-chaired the fourth meeting of the joint commission", "the 36th session of the committee": a
# session named by its number, told for itself
_NUMBERED = re.compile(
    r"(?i)\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+$"
)
_OF_A_BODY = re.compile(r"\s+of\s+the\s+(?:[\w'’-]+\s+){0,8}?(?i:commission|committee|council)\b")
# "the sultan returned the visit in Tehran a year later": the other side's visit, a new one
_RETURN_THE = re.compile(r"\breturn(?:ed|s|ing)?\s+(?:the|that|this)\s+(?:[\w-]+\s+)?$")
LOOK = 120  # characters of context a rule reads on either side of a trigger
# "briefed the Council on a new round of negotiations", "discussed the hostage talks": a topic
# (kept only with a date or place); the words between name the topic, never a day ("said on
# Saturday talks would resume" is an event)
_NOT_A_DAY = (
    r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|today\b|yesterday\b|tomorrow\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# ("sat in on a meeting": attended it, not a topic)
_TOPIC_BEFORE = re.compile(
    r"(?i)\b(?:(?<!\bin\s)on|discuss(?:ed|es|ing)?)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:new|latest|next|further|another|fresh)\s+)?"
    r"(?:rounds?\s+of\s+)?"
    rf"(?:{_NOT_A_DAY}(?!\d)[\w-]+\s+){{0,2}}$"
)
# "the next meeting", "another round": a later event of the same series, not the same event.
_SERIES_BEFORE = re.compile(
    r"(?i)\b(?:next|following|another|further|second|third|previous|last|earlier|such|"
    r"follow-up|follow-on|subsequent)\s+"
    r"(?:(?:round|session)s?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+)?|"
    r"(?!(?:the|a|an|their|his|her|its|this|that)\s)[\w-]+(?:['’]s?)?\s+)?$"  # "last COFCOR"
)
# "spoke via video link", "conferred through a videoconference": the means is the call itself
_SPOKE_VIA = re.compile(
    r"\b(?:spoke|speak|speaks|talked|talk|talks|conferred|conversed|chatted|met|meet|meets)\s+"
    r"(?:\w+\s+){0,2}?(?:via|through)\s+(?:(?:a|an|the)\s+)?$"
)
# Events of one type a sentence may state ("a ministerial in Astana last September and the
# upcoming summit"); a bound, so that a sentence listing a hundred meetings stays cheap.
PER_TYPE = 3
ONLINE = re.compile(
    r"\b(?:online|virtual(?:ly)?|webinar|video\s*(?:link|conference|call)|videoconference|"
    r"(?:tele)?phone)\b"
)
_CLAUSE = re.compile(  # ("to Abuja, Nigeria; Accra, Ghana; and Dakar": a list, not clauses)
    r";(?!\s+(?:and\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s+[A-Z])|,\s+(?:and|but|while)\s+|\s+but\s+|"
    r"\s+and\s+(?=(?:is|are|was|were|will|would|has|have|had|then|later|agreed|decided)\s)|"
    r",?\s+(?:before|after)\s+(?=\w+ing\s)"
)

# "their political, security, and defense dialogue": the last item of a list, not a clause
_LIST_END = re.compile(r",\s+[a-z][\w-]*$")


@dataclass(frozen=True)
class Trigger:
    """Where a sentence states an event of one type.

    ``kind``: "past", "noun", "infinitive" (announced), "present" or "dated" (an event only when
    its clause has a date). ``definite``: a noun after "the"/"that" ("The two-day talks"), which
    refers to an event already reported. ``topic``: a noun after "on" ("briefed … on a new round of
    talks"), what something was about. ``series``: "the next meeting", "would meet again",
    another event of a series. ``repeat``: not the sentence's first trigger of its type.
    """

    event_type: str
    begin: int
    end: int
    kind: str
    definite: bool = False
    topic: bool = False
    series: bool = False
    repeat: bool = False


class Clauses:
    """Clause boundaries of one sentence, found once; lookups by bisection."""

    def __init__(self, masked: str) -> None:
        self.length = len(masked)
        marks = [
            (m.start(), m.end())
            for m in _CLAUSE.finditer(masked)
            if not _LIST_END.search(masked, max(0, m.start() - 30), m.start())
        ]
        self._starts = [s for s, _ in marks]
        self._ends = [e for _, e in marks]

    def start(self, pos: int) -> int:
        """Where the clause holding ``pos`` begins."""
        i = bisect.bisect_right(self._ends, pos)
        return self._ends[i - 1] if i else 0

    def end(self, pos: int) -> int:
        """Where the clause holding ``pos`` ends."""
        i = bisect.bisect_left(self._starts, pos)
        return self._starts[i] if i < len(self._starts) else self.length


# "leaves for Male", "departs for Lima": a verb of motion in the present, not a past trip
PRESENT_MOTION = re.compile(r"(?i)(?:leaves|departs|proceeds)\b")
# "signed the agreement": the agreement already told
_THE_DEAL = re.compile(r"\b(?:the|this|that)\s+(?:agreement|deal|accord|pact|treaty|memorandum)\b")


# Wordings read only beside what they hang on: an errand ("to see the president") only after a
# trip, a signing joined by "and" ("and signs a memorandum") only after another event's verb
# ("discussed trade and signing a free trade deal" is a topic), "met yesterday" only after two
# sides.
_IN_CONTEXT = (
    (ERRAND, after_trip),
    (JOINED_SIGNING, joined_to_event),
    (MET_WHEN, sides_met),  # "the two presidents met yesterday", not "the deadline was met"
    (FRONTED_STAY, time_fronted),  # "Last month he was in Male", not "He was in Male."
)


def _trigger(masked: str, m: re.Match[str], event_type: str, kind: str) -> Trigger | None:
    """The trigger a match makes, or None when its context says it is no event."""
    before = masked[max(0, m.start() - LOOK) : m.start()]
    if kind == "noun" and (
        (NOT_AN_EVENT_BEFORE.search(before) and not _SPOKE_VIA.search(before))
        or AUDIENCE_BEFORE.search(before)
        or re.search(MADE_AT, before)  # "the commitments made at the Leaders Summit"
    ):
        return None
    if event_type == "military_strike" and STRIKE_NOT.match(masked, m.end()):
        return None
    if m.re is ALONE and not SIDES_BEFORE.search(masked, max(0, m.start() - 80), m.start()):
        return None  # "Refugees huddled in tents": no two sides meeting
    if m.re is _MEET_NOW and not _SIDES_NOW.search(masked, max(0, m.start() - 100), m.start()):
        return None  # "the targets they meet in March": no sides meeting
    if m.re is _AFTER_DAY and not day_opens(masked, m.start()):
        return None  # "he spoke with the president": no day of its own, perhaps in person
    if m.re is _PURPOSE and purpose_without_trip(masked, m.start(), before):
        return None  # "agreed to discuss trade with Peru": no trip it is the purpose of
    moved = m.re in (_MOVED, _FROM, _PLAIN, _WEEKDAY_ARRIVAL)  # "The flight landed at 9 a.m."
    if moved and _a_thing_moved(masked[_clause_start(masked, m.start()) : m.start()]):
        return None  # "The cargo crossed into Poland": no one travelled
    if m.re is _STOP and no_traveller(masked, m.start()):
        return None  # "Buses stopping in Lami were delayed": no one on a trip
    if any(m.re is wording and not holds(masked, m.start()) for wording, holds in _IN_CONTEXT):
        return None  # "hopes to see the president soon": no trip, no event verb it hangs on
    if m.re is _OUTLOOK and one_side_adopts(masked, m.start()):
        return None  # "the government adopted a new strategy": its own policy
    if event_type == "visit" and m.group(0) == "in" and not STAY_SUBJECT.search(before):
        return None  # "The meeting was in Geneva on Monday": a thing, or no one, was there
    if event_type == "visit" and m.group(0)[:3] in ("exp", "due") and THING_DUE.search(before):
        return None  # "Talks are due in Doha": the talks are the event, not a trip
    if m.group(0).startswith("visiting") and GUEST_AFTER.match(masked, m.end()):
        return None  # "met with visiting Pakistani Prime Minister X": a guest, told by the meeting
    definite_visit = (
        m.group(0).lower() in ("visit", "visits")
        and DEFINITE_BEFORE.search(before) is not None
        and not _RECEIVE_THE.search(before)  # "will receive, on 5 March, the visit of X": new
        and not _RETURN_THE.search(before)
    )
    if event_type == "visit" and definite_visit:
        kind = "noun"  # "During the visit": the visit already told
    if event_type == "visit" and kind == "past" and PRESENT_MOTION.match(m.group(0)):
        kind = "present"  # "leaves for Male on Saturday": a schedule, dated or habitual
    noun = kind == "noun"
    series = (
        (noun and _SERIES_BEFORE.search(before) is not None)
        or SERIES_AFTER.match(masked, m.end()) is not None
        or m.group(0).startswith("reconven")  # "are due to reconvene": meet again
        or m.re is RANKED  # "The next one will take place in Manta"
    )
    return Trigger(
        event_type,
        m.start(),
        m.end(),
        kind,
        definite=_definite(masked, m, event_type, before, noun and not series),
        topic=noun
        and _TOPIC_BEFORE.search(before) is not None
        and not on_the_line(masked, m.start(), m.end()),  # "spoke on the phone": the means
        series=series,
    )


def _definite(masked: str, m: re.Match[str], event_type: str, before: str, noun: bool) -> bool:
    """Whether the match refers to an event already told: "the agreement", "The two-day talks",
    and "met for two hours at the palace" with no day of its own (with one, a new meeting)."""
    if _A_WHILE.match(masked, m.start()) and re.match(MET_FOR, masked[m.end() :]) is None:
        return True
    if event_type == "visit" and RANKED_TRIP.match(m.group(0)):
        return True  # "The visit is the president's first to Ghana": the visit told
    if event_type == "agreement" and (
        _THE_DEAL.search(m.group(0)) is not None
        or bool(re.match(TEXT_TOLD, m.group(0)) and re.search(THE_BEFORE, before))
    ):
        return True
    if _NUMBERED.search(before) and _OF_A_BODY.match(masked, m.end()):
        return False
    return (
        noun and DEFINITE_BEFORE.search(before) is not None and bool(REFERRING.search(m.group(0)))
    )


def find_triggers(masked: str, *, headline: str | None = None) -> list[Trigger]:
    """Event words in a quote-masked sentence: the first of each event type, and up to
    :data:`PER_TYPE` - 1 later ones marked ``repeat`` (each may be another event of that type).

    ``headline``: the article's title; when it speaks of a call, "spoke with" is a call.
    """
    table = [*TRIGGERS, *CALL_LINE_TRIGGERS]  # "his call yesterday with"
    if headline and re.search(HEADLINE_CALL, headline):
        table.append(("call", re.compile(CALL_BY_HEADLINE), "past"))
    table += closing_rows(headline)  # a joint communiqué's "Done at Maseru on 3 June 2021"
    by_type: dict[str, list[Trigger]] = {}
    for event_type, pattern, kind in table:
        found = by_type.setdefault(event_type, [])
        kept = 0
        for m in pattern.finditer(masked):
            trigger = _trigger(masked, m, event_type, kind)
            if trigger is not None:
                found.append(trigger)
                kept += 1
            if kept == PER_TYPE:
                break
    out: list[Trigger] = []
    for found in by_type.values():
        chosen: list[Trigger] = []
        for t in sorted(found, key=lambda t: (t.begin, t.begin - t.end)):  # the longer first
            if chosen and t.begin < chosen[-1].end:
                continue  # the same words matched by another pattern
            chosen.append(replace(t, repeat=True) if chosen else t)
            if len(chosen) == PER_TYPE:
                break
        out += chosen
    if len({t.event_type for t in out}) > 1:
        out = [t for t in out if t.event_type != "statement"]  # "said at Monday's briefing"
    calls = [t for t in out if t.event_type == "call"]  # "a virtual meeting": the call only
    out = [t for t in out if t in calls or not any(_part_of(masked, c, t) for c in calls)]
    return _by_means(masked, sorted(out, key=lambda t: t.begin))


def _part_of(masked: str, call: Trigger, t: Trigger) -> bool:
    """Whether ``t`` is words of the call: inside it ("a virtual meeting") or the noun it
    qualifies ("held phone talks", "telephone consultations")."""
    return call.begin <= t.begin < call.end or (
        t.event_type == "meeting" and re.fullmatch(r"[\s-]", masked[call.end : t.begin]) is not None
    )


def _by_means(masked: str, triggers: list[Trigger]) -> list[Trigger]:
    """ "held talks by phone" is a call; "briefed the Council by videoconference" a briefing.

    A call word after "by"/"via"/"over" is the means of the event word just before it: the
    event is the call when that word is a meeting, and stays itself otherwise; after a verb of
    speaking ("told the news conference he had spoken by telephone") it is the means of that
    verb, a call of its own beside the other event word."""
    drop: set[Trigger] = set()
    for i, t in enumerate(triggers):
        if t.event_type != "call" or not BY_MEANS.search(masked[max(0, t.begin - 12) : t.begin]):
            continue
        prev = next(
            (
                p
                for p in reversed(triggers[:i])
                if p.event_type not in ("call", "visit")
                and t.begin - p.end < 80
                and "," not in masked[p.end : t.begin]  # "received X on Monday, a day after …"
            ),
            None,
        )
        if prev is not None and prev.event_type != "meeting" and spoken_over(masked, t.begin):
            continue  # "told the news conference he had spoken by telephone with …": a call
        if prev is not None:
            drop.add(prev if prev.event_type == "meeting" else t)
    return [t for t in triggers if t not in drop]


def window(masked: str, trigger: Trigger, clauses: Clauses, words: int = 6) -> str:
    """The last ``words`` words of the trigger's clause before it, not counting the words of an
    event's name ("to participating in the ASEAN-U.S. Ministerial Meeting")."""
    lo = max(clauses.start(trigger.begin), trigger.begin - LOOK)
    told = masked[lo : trigger.begin].split()
    name = len(told)
    while name > 0 and told[name - 1][:1].isupper() and len(told) - name < 5:
        name -= 1
    return " ".join(told[max(0, name - words) :])
