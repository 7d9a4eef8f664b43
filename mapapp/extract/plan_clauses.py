"""A relative clause that tells when a planned event itself will happen.

"the president's visit to Lima, which will take place in May", "talks in Geneva, which the
ministry said would be held in the autumn", "a summit in Dakar, which is expected to take place
early next year": the clause after the event's noun phrase says when that event is to happen,
so its month, season or year is the event's own date. Other relative clauses after an event
word date another thing (", which entered into force in 2006", ", who took office in May"), and
:mod:`mapapp.extract.date_scope` keeps treating them so; this module only recognises the clause
whose verb is the event's own taking place, told ahead ("will", "would", "is to", "is due to",
"is expected to"), with at most a short telling ("the ministry said") before the verb.
"""

from __future__ import annotations

import re

# ", which [the ministry said] will/would/is (due|expected|scheduled|set|planned) to take place
#  [in Lima] " up to the date; the text between the verb and the date names no other thing
_PLAN_CLAUSE = re.compile(
    r"(?i),\s+which\s+(?:[^,;:()]{0,40}?\b(?:say|said|says|announced|confirmed|added)\s+)?"
    r"(?:will|would|(?:is|are|was|were)\s+(?:(?:now|also)\s+)?"
    r"(?:(?:due|expected|scheduled|set|planned|slated|likely)\s+)?to)\s+"
    r"(?:now\s+)?(?:take\s+place|be\s+held|happen|go\s+ahead|be\s+made|be\s+paid)\b"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"(?:\s+(?:in|on|during|by|from)(?:\s+the)?)?\s*$"
)


def tells_plan_date(masked: str, clause_start: int, date_begin: int) -> bool:
    """Whether the relative clause opened at ``clause_start`` tells, right before the date at
    ``date_begin``, when the planned event is to take place (", which will take place in May")."""
    return _PLAN_CLAUSE.match(masked, clause_start, date_begin) is not None


_WHICH = re.compile(r",\s+which\b")
_LOOK = 150  # characters read back from the date for the clause's ", which"


def plan_clause_before(masked: str, event_end: int, date_begin: int) -> bool:
    """Whether a ", which" clause between the event word (ending at ``event_end``) and the date
    tells when that event is to take place, so a "will" in it is the event's own plan."""
    lo = max(event_end, date_begin - _LOOK)
    return any(
        tells_plan_date(masked, m.start(), date_begin)
        for m in _WHICH.finditer(masked, lo, date_begin)
    )
