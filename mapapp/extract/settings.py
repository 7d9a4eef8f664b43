"""A gathering named as the setting of another event: a conference of its own.

"The two presidents last met in Luanda in March, on the sidelines of a regional summit on the
Great Lakes", "had met on the fringes of the 79th session of the General Assembly", "will talk
on the margins of the Pacific Islands Forum leaders' meeting": the meeting is one event and
the gathering whose sidelines it was on is another, a conference (a gathering that has
sidelines has many parties). Each is read in its own part of the clause: the gathering's words
("leaders' meeting", "heads of state") do not make the meeting many-sided, and the meeting's ("the
two leaders") do not make the gathering two-sided.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

# "on the sidelines of", "on the margins of", "at the fringes of", "on the fringe of"
# ("during the UN General Assembly": a gathering named)
_FRAME = re.compile(
    r"(?i:\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+)|"
    r"\b(?i:during)\s+the\s+(?=[A-Z])"
)
# the frame right before a gathering's word: "… of the 65th session", "… of a regional meeting"
_FRAME_BEFORE = re.compile(
    r"(?:(?i:\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+(?:the|a|an|this|that)\s+)|"
    r"\b(?i:during)\s+the\s+(?=[A-Z]))(?P<words>(?:[\w'’.-]+\s+){0,6})(?=\S$)"
)
_REACH = 90  # characters before a gathering's word within which its frame is read
# "on the sidelines of their bilateral talks": a two-sided event stays one of two
_TWO_SIDED = re.compile(r"(?i)\b(?:bilateral|two-way|inter-\w+|joint\s+commission)\b")


# "On the margins of the assembly he held talks": the frame's gathering ended before the clause
_CLAUSE_WORD = re.compile(
    r"(?i)\b(?:he|she|they|we|it|who|which|held|holds|hold|had|has|have|met|meets|was|were|is|"
    r"are|will|would|did|signed|discussed|also)\b"
)


def setting_end(masked: str, begin: int) -> int | None:
    """Where the frame ends when the word at ``begin`` names the gathering whose sidelines
    another event was on ("on the sidelines of the UN General Assembly"), else None."""
    frame = _FRAME_BEFORE.search(masked, max(0, begin - _REACH), begin + 1)
    if frame is None or _CLAUSE_WORD.search(frame.group("words")):
        return None
    return frame.start("words")


def setting_start(masked: str, end: int, hi: int) -> int | None:
    """Where a gathering told as the setting of the event whose word ends at ``end`` begins,
    before ``hi`` ("met on Monday on the margins of the Pacific Islands Forum")."""
    frame = _FRAME.search(masked, end, max(end, hi))
    return frame.start() if frame is not None else None


# "on the sidelines of the meeting," "on the margins of the summit": the gathering told before
_BARE = re.compile(r"(?i)(?:the|this|that)\s+$")
_NAMED_AFTER = re.compile(r"\s+(?:of|in|at)\s+(?:the\s+)?[A-Z0-9]")


def is_setting(masked: str, begin: int, end: int) -> bool:
    """Whether the event word at ``begin``..``end`` names a gathering of many that is the
    setting of another event ("on the margins of a meeting of Andean foreign ministers");
    a bare "the summit" refers to a gathering told before and is read as such."""
    frame = setting_end(masked, begin)
    if frame is None or _TWO_SIDED.search(masked, frame, end):
        return False
    bare = frame == begin and _BARE.search(masked, max(0, begin - 6), begin) is not None
    return not bare or _NAMED_AFTER.match(masked, end) is not None


def referred_setting(m: Mention, matches: list[Mention]) -> list[Mention]:
    """The events a reference told as a setting ("on the margins of the council of ministers")
    may be: a gathering, not a meeting told before, unless told by the same word ("next month's
    G20 summit" … "the G20 summit"); every one of ``matches`` for other references."""
    if not is_setting(m.quote, m.trigger.begin, m.trigger.end):
        return matches
    words = m.quote_trigger.split()
    word = words[-1].casefold() if words else ""
    return [
        e for e in matches if e.event_type == "conference" or word in e.quote_trigger.casefold()
    ]


def _at_setting(masked: str, m: Mention, told: list[Mention]) -> None:
    """A meeting with no day or place of its own, told right before the gathering whose
    sidelines it is on, is when and where that gathering is ("will hold talks on the sidelines
    of the ASEAN meeting in Bangkok later this month")."""
    if m.event_type != "meeting" or m.span.start is not None or m.venue is not None:
        return
    frame = setting_start(masked, m.trigger.end, min(len(masked), m.trigger.end + 40))
    if frame is None:
        return
    setting = next(
        (s for s in told if s is not m and frame < s.trigger.begin <= frame + _REACH), None
    )
    if setting is not None and is_setting(masked, setting.trigger.begin, setting.trigger.end):
        m.span, m.date_near = setting.span, setting.date_near
        m.venue, m.venues = setting.venue, setting.venues


def with_settings(masked: str, told: list[Mention]) -> None:
    """A gathering named as the setting of an event, with no date or place of its own, took
    place when and where that event did ("last met in Luanda in March, on the sidelines of a
    regional summit on the Great Lakes")."""
    # each event word read once, not once per pair of events
    settings = [is_setting(masked, m.trigger.begin, m.trigger.end) for m in told]
    for m, setting in zip(told, settings, strict=True):
        _at_setting(masked, m, told)
        if not setting:
            continue
        hosts = [
            e
            for e, its in zip(told, settings, strict=True)
            if e.trigger.end <= m.trigger.begin
            and e.event_type in ("meeting", "conference")
            and not its
        ]
        if not hosts:
            continue
        host = hosts[-1]
        if m.span.start is not None or host.span.start is None:
            continue  # "… of the G20 summit, which runs from 30 November": told on its own
        m.span, m.date_near = host.span, host.date_near
        if m.venue is None and host.venue is not None:
            m.venue, m.venues = host.venue, host.venues


# ", and the foreign ministers will hold talks on the sidelines of …": a clause of its own
_OWN_CLAUSE = re.compile(r"(?:[,;]\s+(?:and|while)\s|;\s)")


def beside_own_setting(one: Mention, m: Mention) -> bool:
    """Whether ``m`` is a second meeting told in a clause of its own on the sidelines of a
    gathering ("A commission is to meet in Vientiane in September, and the ministers will hold
    talks on the sidelines of the ASEAN meeting in Bangkok"): another event than ``one``."""
    if m.trigger.definite or m.trigger.begin <= one.trigger.end:
        return False
    frame = setting_start(m.quote, m.trigger.end, min(len(m.quote), m.trigger.end + 40))
    if frame is None:
        return False
    return _OWN_CLAUSE.search(m.quote, one.trigger.end, m.trigger.begin) is not None
