"""The event type of a gathering, after :func:`mapapp.extract.parties.kind_of`, where a
construction around the event word tells the number of sides more plainly.

- A summit or talks with one counterpart is a meeting: "a summit with his Zambian counterpart",
  "A summit with South Korea's president is set for Oct 29", "her annual leaders' meeting with
  the Australian prime minister", "the next intergovernmental summit" (two governments' own;
  "the intergovernmental conference" on a treaty is many governments').
- A gathering named by its number of sides is a conference even beside "the two leaders":
  "joined the two leaders for a three-way summit", "a trilateral meeting", "an informal
  five-plus-UN meeting".
- A body of many states meeting is a conference: "The Baltic Council of Ministers will meet",
  "The International Contact Group on Somalia would meet", "The East African Community's
  council of ministers will meet", a grouping told again ("The grouping's foreign ministers will
  meet", "The group last met in Honiara"), "Ministers from Iraq and its neighbours will meet",
  "Donors will meet in Brussels", "agreed to convene the trilateral working group".
- Two parties named before their people meet as two sides: "Georgian and Abkhaz delegations
  met", "PNG and Bougainville leaders met" (not "Nordic and Baltic ministers"); a host's guest
  right after the verb is one counterpart ("Received the visiting Vice Foreign Minister of
  China").
- A group of many states' people meeting one other party is two sides
  (:mod:`mapapp.extract.group_guests`): "ASEAN ministers met Japan's foreign minister".
- A meeting held online is a call however many take part ("the Secretary's virtual meeting with
  foreign ministers of the Caribbean Community", "a virtual ministerial on Afghanistan"), unless
  it is a named summit or a body's session; a group's summit held online is a conference ("the
  leaders of the Prosur group will hold a virtual summit").

Every rule reads a bounded window around the event word.
"""

from __future__ import annotations

import re

from mapapp.extract import parties
from mapapp.extract.blocs import BLOCS
from mapapp.extract.counted_sides import counted_sides
from mapapp.extract.counterparts import one_counterpart
from mapapp.extract.group_guests import meets_one_side
from mapapp.extract.grouping_meets import grouping_meets
from mapapp.extract.guest_pairs import guests_of_many
from mapapp.extract.many_state_subjects import many_states_meet
from mapapp.extract.third_sides import sides_beside_thirds
from mapapp.extract.triggers import Clauses, Trigger

# "a summit", "the talks", "his annual leaders' meeting": owned by one side, or by no one named
_OWN_GATHERING = re.compile(
    r"(?i)\b(?:(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:leaders|ministers|heads\s+of\s+(?:state|government))['’]\s+)?)$"
)
_LEADERS_OWN = re.compile(
    r"(?i)\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:leaders|ministers)['’]\s+$"
)
_TWO_GOVERNMENTS = re.compile(
    r"(?i)\b(?:intergovernmental|inter-governmental|binational|bi-national)\s+$"
)
_CONFERENCE = re.compile(r"(?i)conferences?\b")
_SIDES_NAMED = re.compile(
    r"(?i)\b(?:trilateral|tripartite|three-way|four-way|quadrilateral|three-party|four-party|"
    r"(?:three|four|five|six)-(?:nation|country|state|leader)|"
    # "an informal five-plus-UN meeting", "the six-plus-two talks" (not "two-plus-two": two sides)
    r"(?:three|four|five|six|seven|eight)[\s-]plus[\s-](?:one|two|three|UN|U\.N\.))"
    r"\s+(?:[\w-]+\s+)?$"
)
_REGION = (
    r"(?:Arab|Nordic|Baltic|Balkan|African|Asian|European|American|Caribbean|Pacific|Gulf|Andean|"
    r"Arctic|Islamic|Ibero-American|Amazon|Sahel|Danube|Mediterranean|Eurasian|Commonwealth|"
    r"Central\s+Asian|Southeast\s+Asian|West\s+African|East\s+African|Black\s+Sea|Barents|"
    r"Adriatic|Indian\s+Ocean|Mekong|Lusophone|Francophone|Visegrad)"
)
# "agreed to convene the trilateral working group": the count of sides after the verb
_SIDES_AFTER = re.compile(
    r"\s*(?:the|a|an)\s+(?:[\w-]+\s+)?(?i:trilateral|tripartite|three-way|quadrilateral|four-way)\b"
)
_MANY_BODY = re.compile(
    # "The International Contact Group on Somalia", "the Friends of Yemen group"
    r"(?i:\bcontact\s+group\b|\bcore\s+group\b|\bgroup\s+of\s+friends\b|\bfriends\s+of\s+)|"
    # "The Baltic Council of Ministers", "the Nordic Council"
    rf"\b{_REGION}\s+(?:Council|Assembly|Conference|Forum)\b|"
    # "The East African Community's council of ministers", "the bloc's summit"
    rf"(?:\b{BLOCS}|\b(?-i:[A-Z][\w-]*\s+)(?:Community|Union|League|Organi[sz]ation|Forum|"
    r"Association|Bloc))(?:['’]s|(?<=s)['’])\s+(?i:(?:[\w-]+\s+){0,2}(?:council|assembly|conference|"
    r"ministers|leaders|heads))\b|"
    # "Donors will meet in Brussels", "a follow-up donors' meeting": many states' aid
    r"(?i:\bdonors?\b(?!\s+(?:country|state|nation|government)\b))|"
    # "Ministers from Iraq and its neighbours", "envoys of Sudan's neighbours"
    r"(?i:\b(?:and|of)\s+(?:its|their|[A-Z][\w-]*['’]s)\s+(?:\w+\s+)?neighbou?rs\b)"
)
_ONLINE_BODY = re.compile(
    r"(?i)\bsummit|\bsession|^\s*of\s+the\s+(?:[\w-]+\s+){0,4}?(?-i:[A-Z][\w-]*\s+)?"
    r"(?-i:Council|Assembly|Committee|Commission|Group|Forum|Board)\b"
)
_BEFORE = 60
_BLOC_NAMED = re.compile(
    rf"(?<![-–—/])(?<![-–—/]\s)(?:\b{BLOCS}|\bG-?\d{{1,2}}|\bGroup\s+of\s+(?:\d+|\w+))\s+$"
)
# a gathering named before its event word: "the G20 leaders' virtual meeting", "the Group of 20
# summit", "next month's ASEAN summit"
_NAMED = re.compile(
    rf"(?:\b{BLOCS}|\bG-?\d{{1,2}}|\bGroup\s+of\s+\w+|(?<![.!?]\s)(?<!^)\b(?-i:[A-Z][\w-]+))"
    r"(?:['’]s)?\s+(?:(?:[\w-]+['’]|(?i:extraordinary|ordinary|annual|special|emergency|informal|"
    r"first|second|third|fourth|fifth|next|last)|[A-Z][\w-]*)\s+){0,3}$"
)
# a body or a bloc in the clause before an online gathering: "Leaders of the Forum held a video
# meeting", "the Prosur group of countries will hold a virtual summit"
_BODY_BEFORE = re.compile(
    rf"\b{BLOCS}|\b(?-i:[A-Z][\w-]*\s+)(?:Forum|Council|Union|Community|League|Group|Assembly|"
    r"Organi[sz]ation)\b|(?i:\b(?:group|bloc|alliance)\s+of\b|\b(?:countries|nations|states)\b)"
)
# "Georgian and Abkhaz delegations met", "PNG and Bougainville leaders met": two sides named
_PAIR_SUBJECT = re.compile(
    r"(?:^|[,;]\s*|\b(?:when|after|as|where)\s+)\s*(?:the\s+)?(?P<a>[A-Z][\w'’-]+)\s+and\s+"
    r"(?:the\s+)?(?P<b>[A-Z][\w'’-]+)\s+(?i:leaders|officials|negotiators|delegations|envoys|"
    r"representatives|ministers|foreign\s+ministers|presidents|diplomats)\s+(?:\w+\s+){0,2}$"
)


def _with_one(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """ "a summit with his Zambian counterpart": talks of one side with one other."""
    before = masked[max(0, trigger.begin - _BEFORE) : trigger.begin]
    if not _OWN_GATHERING.search(before):
        return False  # "the G7 summit with …": a named gathering
    return one_counterpart(masked, trigger, clauses.end(trigger.end))


def _many_body(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """A body of many states, or a country and its neighbours, meets: the subject before the
    event word in its clause names it."""
    lo = max(clauses.start(trigger.begin), trigger.begin - 90)
    if parties.TWO_SIDED_BODY.search(masked, lo, trigger.end):
        return False  # "the joint commission of the two countries"
    return _MANY_BODY.search(masked, lo, trigger.begin) is not None


def _online_meeting(masked: str, trigger: Trigger) -> bool:
    """ "a virtual meeting with foreign ministers": online, and no summit or body's session."""
    if trigger.event_type != "call":
        return False
    if _ONLINE_BODY.search(masked[trigger.begin : trigger.end]):
        return False
    before = masked[max(0, trigger.begin - _BEFORE) : trigger.begin]
    if _NAMED.search(before):
        return False  # "the G20 leaders' extraordinary virtual meeting"
    return _BODY_BEFORE.search(before) is None


def _online_summit(masked: str, trigger: Trigger, before: str) -> bool:
    """ "The leaders of the Prosur group of countries will hold a virtual summit": a summit of a
    group held online is a conference."""
    summit = re.search(r"(?i)\bsummit", masked[trigger.begin : trigger.end]) is not None
    return summit and _BODY_BEFORE.search(before) is not None


def _pair_subject(before: str) -> bool:
    """Two parties joined by "and" before their people: "Georgian and Abkhaz delegations"."""
    m = _PAIR_SUBJECT.search(before)
    if m is None or m.group("a") == m.group("b"):
        return False
    return not any(re.fullmatch(rf"{_REGION}|{BLOCS}", m.group(k)) for k in ("a", "b"))


def _more_sides(masked: str, trigger: Trigger, clauses: Clauses, before: str) -> bool:
    """A meeting that a named gathering, a count of sides or a body of many states makes a
    conference."""
    if trigger.event_type == "conference" and _BLOC_NAMED.search(before):
        return True  # "ahead of next month's Group of 20 summit"
    return trigger.event_type in ("meeting", "conference") and bool(
        _SIDES_NAMED.search(before)
        or _SIDES_AFTER.match(masked, trigger.end)
        or _many_body(masked, trigger, clauses)
        or many_states_meet(masked, trigger)  # "The foreign ministers of the Gulf states met"
        or grouping_meets(masked, trigger)  # "The grouping's foreign ministers will meet"
        or guests_of_many(masked, trigger.begin, trigger.end)  # "with the presidents of A and B"
        or sides_beside_thirds(masked)  # "Delegations from A, B and C, under co-chairs from …"
        # "a meeting of six Sahel states", "The three presidents last met"
        or (counted_sides(masked, trigger) and not meets_one_side(masked, trigger, clauses))
    )


def _fewer_sides(masked: str, trigger: Trigger, clauses: Clauses, before: str, many: bool) -> bool:
    """A conference that is talks of one side with one counterpart: a meeting."""
    if trigger.event_type == "conference":
        if _TWO_GOVERNMENTS.search(before) and not _CONFERENCE.match(masked, trigger.begin):
            return True  # "the next intergovernmental summit" ("conference": many governments)
        if not many and _with_one(masked, trigger, clauses):
            return True  # "a summit with his Zambian counterpart"
    if trigger.kind != "noun" and _pair_subject(before):
        return True  # "Georgian and Abkhaz delegations met in Geneva"
    own = _LEADERS_OWN.search(before) is not None  # "his annual leaders' meeting with …"
    return own and one_counterpart(masked, trigger, clauses.end(trigger.end))


def kind_of(masked: str, trigger: Trigger, clauses: Clauses, countries: int) -> tuple[str, bool]:
    """The mention's event type, and whether it has many parties (see the module's rules)."""
    kind, many = parties.kind_of(masked, trigger, clauses, countries)
    before = masked[max(0, trigger.begin - _BEFORE) : trigger.begin]
    if kind == "conference" and _online_meeting(masked, trigger):
        return "call", False
    if kind == "call" and _online_summit(masked, trigger, before):
        return "conference", True
    if kind == "meeting" and _more_sides(masked, trigger, clauses, before):
        return "conference", True
    if kind == "conference" and _fewer_sides(masked, trigger, clauses, before, many):
        return "meeting", False
    if kind == "conference" and meets_one_side(masked, trigger, clauses):
        return "meeting", False  # "ASEAN ministers met Japan's foreign minister": two sides
    return kind, many
