"""Where a sentence states an event: triggers and clauses (status: :mod:`mapapp.extract.status`).

Everything here works on the quote-masked sentence (:class:`mapapp.extract.sentences.Sentence`)
and looks only a bounded number of characters around each match, so the work is linear in the
length of the sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from mapapp.extract.trigger_words import (
    ARRIVED_HERE,
    AUDIENCE,
    AUDIENCE_BEFORE,
    BODY_SESSION,
    BRIEF_WHOM,
    BY_MEANS,
    CALL_BY_HEADLINE,
    DEFINITE_BEFORE,
    GATHERING_NOUN,
    GUEST_AFTER,
    GUESTS,
    HEADLINE_CALL,
    HOSTED,
    IN_PERSON,
    IN_PERSON_CALL,
    MADE_AT,
    MEET_NOT,
    MET_HOW,
    MODAL_MEET,
    NOT_AN_EVENT_BEFORE,
    PERSON_NOUNS,
    RECEIVED,
    RECEIVED_BY,
    REFERRING,
    SERIES_AFTER,
    SERIES_ROUND,
    SIGNED,
    SIGNED_NOUN,
    STAY,
    STAY_SUBJECT,
    STRIKE_NOT,
    TEXT_TOLD,
    THE_BEFORE,
    THING_DUE,
    TITLES,
    TO_SIGN,
    TRIP_ENDS,
    VIRTUAL,
    WHEN_BETWEEN,
)
from mapapp.extract.verb_forms import ALONE, SIDES_BEFORE, VERB_TRIGGERS

# (event_type, pattern, kind). kind: "past", "noun", "infinitive" (announced), "present".
_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    (
        "visit",
        re.compile(
            r"\b(?:traveled|travelled|flew|flown|went|came|headed|arrived|returned|landed)\s+"
            rf"(?:back\s+|on\s+|{WHEN_BETWEEN}|[a-z]+ly\s+)?(?:to|in|into)\b(?!\s+(?:on|for|from)\b)|"
            r"\b(?:arrived|landed)\s+here\b|"
            rf"{ARRIVED_HERE}|"
            r"\b(?:moved|continued|pressed)\s+on\s+to\b|"
            r"\bstopped\s+(?:over\s+)?in\b"
        ),
        "past",
    ),
    # "began the trip in Cairo", "ended his three-day tour in Riyadh": a stop of the trip
    ("visit", re.compile(TRIP_ENDS), "past"),
    (
        "visit",
        re.compile(
            r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\band\s)|(?<=\bthen\s))"
            r"(?:begin|start|end|finish|conclude|wrap\s+up)\s+(?:the|his|her|their|its|a)\s+"
            r"(?:[\w-]+\s+){0,2}(?:trip|tour|visit|journey)\s+(?:in|at)\b|"
            # "is expected to stop in Kuala Lumpur", "will stop over in Doha"
            r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\band\s))stop\s+(?:over\s+)?in\b(?=\s+[A-Z])"
        ),
        "infinitive",
    ),
    # "is expected in Kenya later this month", "are due in Brussels on Thursday"
    (
        "visit",
        re.compile(
            r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))(?:expected|due)\s+"
            r"(?:back\s+)?in\b(?=\s+[A-Z])"
        ),
        "infinitive",
    ),
    ("visit", re.compile(STAY), "past"),  # "was in Muscat on Monday": a stay with its dates
    (
        "visit",
        re.compile(
            r"(?i)\bvisit(?:ed|s)?\b|\btrips?\s+to\b|(?-i:\bvisiting\s+(?=[A-Z]))|"
            r"\b(?:left|leaves?|leaving|depart\w*)\s+for\b|\bproceed\w*\s+to\b(?=\s+[A-Z])"
        ),
        "past",
    ),
    (
        "visit",
        re.compile(
            r"\b(?:travel|travels|traveling|travelling|fly|flies|flying|head|heads|heading|come|"
            r"comes|coming)\s+"
            r"(?:on\s+)?to\b|\b(?:arrive|arrives|arriving)\s+in\b|"
            r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\band\s))(?:go|move|press)\s+on\s+to\b"  # "go on to"
        ),
        "infinitive",
    ),
    (
        "meeting",
        re.compile(
            rf"\bmet\s+(?=with\b|(?:in|at)\s+(?:\S+\s+){{0,4}}[A-Z]|{MET_HOW}|"
            rf"(?:\S+\s+){{0,3}}(?:[A-Z]|(?:{PERSON_NOUNS})\b))"
        ),
        "past",
    ),
    ("meeting", re.compile(r"\bmeets?\s+(?=with\b|[A-Z])"), "present"),
    # "is expected to meet in Peshawar", "would meet again": after "to" or a modal, "meet"
    # needs no partner named, unless it meets a demand or a deadline.
    ("meeting", re.compile(rf"(?:{MODAL_MEET})\bmeet\b(?!{MEET_NOT})"), "infinitive"),
    # "is set to visit the troops and meet the president": a second verb of the same tense
    (
        "meeting",
        re.compile(
            rf"(?<=\band\s)meet\b(?!{MEET_NOT})(?=\s+(?:with\b|(?:the|his|her|their)\s|[A-Z]))"
        ),
        "infinitive",
    ),
    # "to brief Qatari officials": briefing another side's officials is meeting them
    ("meeting", re.compile(rf"(?<=\bto\s)brief\b(?={BRIEF_WHOM})"), "infinitive"),
    ("meeting", re.compile(rf"\bbriefed\b(?={BRIEF_WHOM})"), "past"),
    (
        "meeting",
        re.compile(
            r"(?i)\b(?:meetings?|talks|negotiations|consultations|sessions?|"
            r"(?-i:(?:[Ss]trategic|[Aa]nnual|[Bb]ilateral|[Mm]inisterial|[Hh]igh-[Ll]evel|"
            r"Security|Economic|Political)\s+[Dd]ialogue)|"
            r"rounds?\s+of\s+(?:contacts|discussions))\b|\bsat down with\b|"
            rf"\b{IN_PERSON_CALL}|(?:{SERIES_ROUND})rounds?\b(?!\s+of\s+(?!talks|negotiations|"
            r"discussions|consultations|contacts|(?:the\s+)?(?-i:[A-Z])|(?:the\s+)?(?:\w+\s+)?"
            r"(?:mechanism|dialogue|commission|committee)\b)\w)"
        ),
        "noun",
    ),
    ("meeting", re.compile(RECEIVED), "past"),
    ("meeting", re.compile(RECEIVED_BY), "past"),
    ("meeting", re.compile(AUDIENCE), "past"),
    ("meeting", re.compile(IN_PERSON), "past"),
    ("meeting", re.compile(HOSTED), "past"),
    # "hosted a dinner for the visiting leaders", "held wide-ranging discussions with"
    (
        "meeting",
        re.compile(
            r"\b(?:hosted|gave|held)\s+(?:a|an)\s+(?:\w+\s+)?(?:lunch|luncheon|dinner|breakfast|"
            r"banquet|reception)\s+(?=for\b|in\s+honou?r\s+of\b)|"
            r"\bheld\s+(?:[\w-]+\s+){0,2}discussions\b"
        ),
        "past",
    ),
    # "called on the Foreign Minister in Islamabad" (a visit of courtesy), not "called on
    # President X to end the war" (an appeal)
    (
        "meeting",
        re.compile(
            rf"\bcalled\s+on\s+(?=(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}{TITLES}|{GUESTS})"
            r"(?![^.;]{0,80}?\bto\s+[a-z]+)"
        ),
        "past",
    ),
    # "will gather in Apia", "the committee would reconvene in Geneva"
    (
        "meeting",
        re.compile(r"\b(?:re)?conven(?:e|es|ed)\b|\bgather(?:s|ed)?\s+(?=in|at|on)\b"),
        "past",
    ),
    (
        "briefing",
        re.compile(
            r"(?i)\b(?:briefings?|press conferences?|news conferences?)\b|"
            rf"(?-i:\bbriefed\b(?!{BRIEF_WHOM}))|"
            r"\b(?:spoke|speak|speaks|spoken|talked)\s+to\s+(?:the\s+)?"
            r"(?:journalists|reporters|the press|media)\b"
        ),
        "noun",
    ),
    ("conference", re.compile(GATHERING_NOUN), "noun"),
    (
        "conference",
        re.compile(
            r"\b(?:told|addressed|attend\w*|host\w*|spoke\s+(?:at|to)|held|"
            r"organi[sz]ed|participat\w+\s+in|at)\s+(?:\S+\s+){0,4}events?\b"
        ),
        "noun",
    ),
    # "will travel to Brussels for the European Council": a named body's gathering
    (
        "conference",
        re.compile(
            r"(?:(?<=\bfor\sthe\s)|(?<=\battend\sthe\s)|(?<=\battends\sthe\s)|"
            r"(?<=\battended\sthe\s)|(?<=\battending\sthe\s))"
            r"(?:(?:annual|extraordinary|special|emergency|upcoming|next|\d+(?:st|nd|rd|th))\s+)?"
            r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:Council|Assembly|Summit|Forum)\b(?!['’]s)|"
            + BODY_SESSION
        ),
        "noun",
    ),
    ("agreement", re.compile(SIGNED), "past"),
    *VERB_TRIGGERS,
    # "are expected to sign agreements", "is due to sign a deal", "will sign a treaty"
    ("agreement", re.compile(TO_SIGN), "infinitive"),
    # "had agreed in April to exchange detainees": an event only with a date of its own
    # (an agreement reached during a meeting or call is part of that event).
    # "agreed to hold their next meeting", "agreed to meet again": a promise of a meeting
    (
        "agreement",
        re.compile(
            r"\bagreed\s+(?:\S+\s+){0,3}?(?:to|on)\b(?!\s+(?:hold|host|convene|meet|reconvene|"
            r"resume|continue|keep)\b)|"
            rf"\bagreed\s+(?:an?|the)\s+(?:\S+\s+){{0,3}}?{SIGNED_NOUN}\b"  # "agreed a ceasefire"
        ),
        "dated",
    ),
    (
        "call",
        re.compile(
            r"(?i)\b(?:tele)?phone(?:d)?\b|(?<!courtesy )(?<!farewell )(?<!introductory )"
            r"(?<!protocol )\bcall\s+with\b|\bvideo\s*-?\s*(?:call|link|conference)s?\b|"
            r"\bvideoconferences?\b|" + VIRTUAL + r"|"
            r"(?:(?<=\bheld\s)|(?<=\bhad\s))(?:a|an)\s+(?!courtesy|farewell|introductory|protocol)"
            r"(?:\w+\s+)?calls?\b(?!\s+(?:for|by)\b)"
        ),
        "noun",
    ),
    (
        "military_strike",
        re.compile(
            r"(?i)(?<!to )\b(?:air|drone|missile|rocket)?\s*strikes?\b|"
            r"\bairstrikes?\b|\bbomb(?:ing|ings|ed)\b|\bshelling\b|"
            r"(?<!to )\battacks?\b|\battacked\b|\braids?\b"
        ),
        "noun",
    ),
    (
        "statement",
        re.compile(
            r"\b(?:said|says|told|tells|stated|claimed|claims|declared|warned|"
            r"insisted|urged|noted|announced|wrote|tweeted|addressed)\b"
        ),
        "past",
    ),
]
LOOK = 120  # characters of context a rule reads on either side of a trigger
# "briefed the Council on a new round of negotiations": a topic (kept only with a date or place).
_TOPIC_BEFORE = re.compile(
    r"(?i)\b(?:on|discuss(?:ed|es|ing)?)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:new|latest|next|further|another|fresh)\s+)?"
    r"(?:rounds?\s+of\s+)?$"
)
# "the next meeting", "another round": a later event of the same series, not the same event.
_SERIES_BEFORE = re.compile(
    r"(?i)\b(?:next|following|another|further|second|third|previous|last|earlier)\s+"
    r"(?:(?:round|session)s?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+)?|[\w-]+['’]s?\s+)?$"
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
    r"\s+and\s+(?=(?:is|are|was|were|will|would|has|have|had|then|later)\s)|"
    r",?\s+(?:before|after)\s+(?=\w+ing\s)"
)


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
        marks = [(m.start(), m.end()) for m in _CLAUSE.finditer(masked)]
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


def _trigger(masked: str, m: re.Match[str], event_type: str, kind: str) -> Trigger | None:
    """The trigger a match makes, or None when its context says it is no event."""
    before = masked[max(0, m.start() - LOOK) : m.start()]
    if kind == "noun" and (
        NOT_AN_EVENT_BEFORE.search(before)
        or AUDIENCE_BEFORE.search(before)
        or re.search(MADE_AT, before)  # "the commitments made at the Leaders Summit"
    ):
        return None
    if event_type == "military_strike" and STRIKE_NOT.match(masked, m.end()):
        return None
    if m.re is ALONE and not SIDES_BEFORE.search(masked, max(0, m.start() - 80), m.start()):
        return None  # "Refugees huddled in tents": no two sides meeting
    if event_type == "visit" and m.group(0) == "in" and not STAY_SUBJECT.search(before):
        return None  # "The meeting was in Geneva on Monday": a thing, or no one, was there
    if event_type == "visit" and m.group(0)[:3] in ("exp", "due") and THING_DUE.search(before):
        return None  # "Talks are due in Doha": the talks are the event, not a trip
    if m.group(0).startswith("visiting") and GUEST_AFTER.match(masked, m.end()):
        return None  # "met with visiting Pakistani Prime Minister X": a guest, told by the meeting
    definite_visit = m.group(0).lower() in ("visit", "visits") and DEFINITE_BEFORE.search(before)
    if event_type == "visit" and definite_visit:
        kind = "noun"  # "During the visit": the visit already told
    if event_type == "visit" and kind == "past" and PRESENT_MOTION.match(m.group(0)):
        kind = "present"  # "leaves for Male on Saturday": a schedule, dated or habitual
    noun = kind == "noun"
    series = (
        (noun and _SERIES_BEFORE.search(before) is not None)
        or SERIES_AFTER.match(masked, m.end()) is not None
        or m.group(0).startswith("reconven")  # "are due to reconvene": meet again
    )
    return Trigger(
        event_type,
        m.start(),
        m.end(),
        kind,
        definite=(
            event_type == "agreement"
            and (
                _THE_DEAL.search(m.group(0)) is not None
                or bool(re.match(TEXT_TOLD, m.group(0)) and re.search(THE_BEFORE, before))
            )
        )
        or (
            noun
            and not series
            and DEFINITE_BEFORE.search(before) is not None
            and REFERRING.search(m.group(0)) is not None
        ),
        topic=noun and _TOPIC_BEFORE.search(before) is not None,
        series=series,
    )


def find_triggers(masked: str, *, headline: str | None = None) -> list[Trigger]:
    """Event words in a quote-masked sentence: the first of each event type, and up to
    :data:`PER_TYPE` - 1 later ones marked ``repeat`` (each may be another event of that type).

    ``headline``: the article's title; when it speaks of a call, "spoke with" is a call.
    """
    table = list(_TRIGGERS)
    if headline and re.search(HEADLINE_CALL, headline):
        table.append(("call", re.compile(CALL_BY_HEADLINE), "past"))
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
        for t in sorted(found, key=lambda t: t.begin):
            if chosen and t.begin < chosen[-1].end:
                continue  # the same words matched by another pattern
            chosen.append(replace(t, repeat=True) if chosen else t)
            if len(chosen) == PER_TYPE:
                break
        out += chosen
    if len({t.event_type for t in out}) > 1:
        out = [t for t in out if t.event_type != "statement"]  # "said at Monday's briefing"
    calls = [t for t in out if t.event_type == "call"]  # "a virtual meeting": the call only
    out = [t for t in out if t in calls or not any(c.begin <= t.begin < c.end for c in calls)]
    return _by_means(masked, sorted(out, key=lambda t: t.begin))


def _by_means(masked: str, triggers: list[Trigger]) -> list[Trigger]:
    """ "held talks by phone" is a call; "briefed the Council by videoconference" a briefing.

    A call word after "by"/"via"/"over" is the means of the event word just before it: the
    event is the call when that word is a meeting, and stays itself otherwise."""
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
