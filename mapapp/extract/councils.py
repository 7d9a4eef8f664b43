"""The Security Council as a party: its own session is a conference, briefing it a briefing.

"the Security Council is meeting in New York", "the Security Council will hold consultations on
the Sudan", "was expected to discuss the agreements at a meeting": the Council (fifteen states)
itself meets, a conference. "to brief the members of the Security Council in closed
consultations": the session is where someone briefs it, a briefing (not core).
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Clauses, Trigger

# "the Security Council will hold consultations", "the Council's consideration": its session
_COUNCIL_SESSION = re.compile(
    r"(?<!Peace\sand\s)\bSecurity\s+Council(?:['’]s)?\s+(?:[\w-]+\s+){0,4}$|"
    r"\bthe\s+Council['’]s\s+(?:\w+\s+){0,2}$"
)
# "the UN Security Council is meeting", "the Security Council was expected to discuss the
# agreements at a meeting": the Council itself meets
_COUNCIL_SUBJECT = re.compile(r"(?<!Peace\sand\s)\bSecurity\s+Council\s+(?:[\w'’-]+\s+){0,10}$")
# "Ahead of the Security Council vote the ministers met", "after the UN Security Council
# session": the Council after a preposition is no subject
_OBJECT = re.compile(
    r"(?i)\b(?:of|before|after|at|during|in|from|for|with|by|on)\s+(?:the\s+)?"
    r"(?:(?:UN|U\.N\.|United\s+Nations)\s+)?$"
)
_MEET_WORD = re.compile(r"(?i)(?:is\s+)?(?:meet|meets|met|meeting)\b")


def council_session(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """Whether a meeting word is a session of the Security Council ("the Security Council will
    hold consultations on …", "the Council's consideration")."""
    if trigger.event_type != "meeting":
        return False  # "the Peace and Security Council held a summit" is one
    lo = max(clauses.start(trigger.begin), trigger.begin - 60)
    session = _COUNCIL_SESSION.search(masked, lo, trigger.begin)
    if session is None:
        return False
    verb = _MEET_WORD.match(masked, trigger.begin) and not masked.startswith(
        "meeting", trigger.begin
    )
    return not (verb and _OBJECT.search(masked, clauses.start(trigger.begin), session.start()))


def council_meets(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """Whether the Security Council, subject of the clause, meets (a conference)."""
    if trigger.event_type != "meeting" or not _MEET_WORD.match(masked, trigger.begin):
        return False
    before_word = masked[max(0, trigger.begin - 5) : trigger.begin]
    if masked.startswith("meeting", trigger.begin) and not before_word.endswith(("at a ", " is ")):
        return False  # "the Security Council holds a meeting on Myanmar": told as its session
    before = masked[clauses.start(trigger.begin) : trigger.begin]
    subject = _COUNCIL_SUBJECT.search(before)
    if subject is None or _OBJECT.search(before, 0, subject.start()):
        return False
    return "brief" not in before


def council_kind(masked: str, trigger: Trigger, clauses: Clauses) -> tuple[str, bool] | None:
    """("conference", True) for the Council's own session, ("briefing", False) for a session
    told as where someone briefs it, None when the meeting word is no Council session."""
    if council_meets(masked, trigger, clauses):
        return "conference", True  # "the Security Council is meeting in New York on …"
    if not council_session(masked, trigger, clauses):
        return None
    briefed = "brief" in masked[clauses.start(trigger.begin) : trigger.begin]  # "to brief …"
    return ("briefing", False) if briefed else ("conference", True)
