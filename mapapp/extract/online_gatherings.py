"""Gatherings held online: a call word that names a summit, a meeting or a session.

A video call, video conference or virtual meeting is a call however many take part; a summit
named by its group or series ("the G20 virtual summit", "the virtual EU-China summit") stays
that summit, a conference with no place; an unnamed one ("ECOWAS leaders held a video summit")
is a conference when its parties are many (:mod:`mapapp.extract.parties`).

A summit or session owned by a body and then told as held online is that body's gathering too:
"the organization's summit, which will be held by videoconference", "The bloc's annual summit
took place online", "the summit of the Union, held by video link" (a conference); talks told as
held online stay a call ("The talks with the minister will be held by videoconference").
"""

from __future__ import annotations

import re

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


def _owned_summit(masked: str, trigger: Trigger) -> bool:
    """A summit or session word that opens the call trigger, owned by a body named around it."""
    head = _HEAD.match(masked, trigger.begin)
    if head is None:
        return False
    before = masked[max(0, trigger.begin - 60) : trigger.begin]
    return bool(_BODY_OWNS.search(before) or _BODY_AFTER.match(masked, head.end()))


def online_gathering(masked: str, trigger: Trigger) -> tuple[bool, bool]:
    """Whether a call trigger names a gathering ("a video summit"), and whether that gathering is
    a summit named by its group ("the G20 virtual summit")."""
    if trigger.event_type != "call" or not _GATHERING.search(masked, trigger.begin, trigger.end):
        return False, False
    named = _NAMED_SUMMIT.search(masked[max(0, trigger.begin - 30) : trigger.end]) is not None
    return True, named or _owned_summit(masked, trigger)
