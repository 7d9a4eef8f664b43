"""Gatherings held online: a call word that names a summit, a meeting or a session.

A video call, video conference or virtual meeting is a call however many take part; a summit
named by its group or series ("the G20 virtual summit", "the virtual EU-China summit") stays
that summit, a conference with no place; an unnamed one ("ECOWAS leaders held a video summit")
is a conference when its parties are many (:mod:`mapapp.extract.parties`).

A summit or session owned by a body and then told as held online is that body's gathering too:
"the organization's summit, which will be held by videoconference", "The bloc's annual summit
took place online", "the summit of the Union, held by video link" (a conference); talks told as
held online stay a call ("The talks with the minister will be held by videoconference").

A body or bloc that meets by a call's means holds a session of its own: "The Foreign Affairs
Council met by video conference", "NATO defence ministers, meeting by videoconference", "the
Permanent Council convened via video link" (a conference when its parties are many); people who
meet that way stay a call ("The two presidents met by video link", "The 27 leaders will hold
another video conference").
"""

from __future__ import annotations

import re

from mapapp.extract.blocs import BLOCS
from mapapp.extract.triggers import Trigger

_GATHERING = re.compile(r"(?i)\b(?:summit|meeting|session)s?\b")
_NAME = r"(?:[A-Z][\w.'’&+-]*\s+){1,3}"
_NAMED_SUMMIT = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+{_NAME}(?i:virtual|online|video)\s+summit\b|"
    rf"\b(?i:virtual|online|video)\s+{_NAME}summit\b"
)

# "the organization's summit, which will be held by videoconference": a body's own gathering
_BODY_OWNS = re.compile(
    r"(?i)\b(?:organi[sz]ation|bloc|group(?:ing)?|alliance|union|forum|community|council|"
    r"association|commonwealth|league|assembly)['’]s\s+(?:[\w-]+\s+){0,2}$"
)
_BODY_AFTER = re.compile(r"\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z][\w-]*)")
_HEAD = re.compile(r"(?i)(?:summit|session)s?\b")
# "met by video conference", "meeting via a video link", "convened over videoconference"
_MET_BY = re.compile(
    r"(?i)\b(?:met|meet|meets|meeting|convened|convene|convenes|convening|gathered|sat)\s+"
    r"(?:\w+\s+)?(?:by|via|over|through)\s+(?:(?:a|an)\s+)?$"
)
# the body or bloc that meets: "The Foreign Affairs Council", "the Permanent Council", "NATO"
_BODY = re.compile(
    rf"\b{BLOCS}\b|\b(?-i:[A-Z][\w'’-]*\s+)(?-i:Council|Committee|Commission|Board|Assembly|"
    r"Organ|Troika|Conference)\b"
)
_BODY_LOOK = 90  # characters before the call word where the body is read


def _owned_summit(masked: str, trigger: Trigger) -> bool:
    """A summit or session word that opens the call trigger, owned by a body named around it."""
    head = _HEAD.match(masked, trigger.begin)
    if head is None:
        return False
    before = masked[max(0, trigger.begin - 60) : trigger.begin]
    return bool(_BODY_OWNS.search(before) or _BODY_AFTER.match(masked, head.end()))


def _body_meets_online(masked: str, trigger: Trigger) -> bool:
    """A call word that is the means a body or bloc named before it meets by ("The Foreign
    Affairs Council met by video conference")."""
    before = masked[max(0, trigger.begin - _BODY_LOOK) : trigger.begin]
    met = _MET_BY.search(before)
    if met is None:
        return False
    clause = re.split(r"[.;:!?]\s", before[: met.start()])[-1]
    return _BODY.search(clause) is not None


def online_gathering(masked: str, trigger: Trigger) -> tuple[bool, bool]:
    """Whether a call trigger names a gathering ("a video summit"), and whether that gathering is
    a summit named by its group ("the G20 virtual summit")."""
    if trigger.event_type != "call":
        return False, False
    if not _GATHERING.search(masked, trigger.begin, trigger.end):
        return _body_meets_online(masked, trigger), False
    named = _NAMED_SUMMIT.search(masked[max(0, trigger.begin - 30) : trigger.end]) is not None
    return True, named or _owned_summit(masked, trigger)
