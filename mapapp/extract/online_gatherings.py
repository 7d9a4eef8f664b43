"""Gatherings held online: a call word that names a summit, a meeting or a session.

A video call, video conference or virtual meeting is a call however many take part; a summit
named by its group or series ("the G20 virtual summit", "the virtual EU-China summit") stays
that summit, a conference with no place; an unnamed one ("ECOWAS leaders held a video summit")
is a conference when its parties are many (:mod:`mapapp.extract.parties`).
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


def online_gathering(masked: str, trigger: Trigger) -> tuple[bool, bool]:
    """Whether a call trigger names a gathering ("a video summit"), and whether that gathering is
    a summit named by its group ("the G20 virtual summit")."""
    if trigger.event_type != "call" or not _GATHERING.search(masked, trigger.begin, trigger.end):
        return False, False
    named = _NAMED_SUMMIT.search(masked[max(0, trigger.begin - 30) : trigger.end]) is not None
    return True, named
