"""A council of many states that takes up a matter at a session: the session is a conference.

"the AU Peace and Security Council would examine the troop mandate at an emergency meeting",
"the African Union's Peace and Security Council is set to take it up at a session on the 27th",
"the OAS Permanent Council will discuss the crisis at a special meeting": the
council, subject of its clause, puts a matter on the agenda of its own session, a gathering of
its member states (a ``conference``), whoever else the sentence names. The council is one a
bloc names (:mod:`mapapp.extract.blocs`) or the Security Council, the General Assembly or the
Human Rights Council of the United Nations.

Not read: someone who briefs or addresses the council there ("will brief the AU Peace and
Security Council at a meeting": a briefing), a body of two sides ("the EU-China Joint Committee
will review progress at its meeting") and a council no bloc names ("the city council will review
the plan at a meeting"). Only a bounded window before the event word is read.
"""

from __future__ import annotations

import re

from mapapp.extract.blocs import BLOCS
from mapapp.extract.triggers import Trigger

_NAME_WORD = r"(?-i:[A-Z][\w'’-]*)"
# "the African Union's Peace and Security Council", "the OAS Permanent Council", "the SADC
# Organ on Politics, Defence and Security": a bloc's own body, capitalised
_BLOC_BODY = (
    rf"\b{BLOCS}(?![-–—/])(?:['’]s)?\s+(?:{_NAME_WORD}\s+(?:(?:and|of|for|on)\s+)?){{0,4}}"
    r"(?-i:Council|Assembly|Committee|Commission|Board|Organ|Conference)"
    rf"(?:\s+of\s+(?:{_NAME_WORD}\s+){{0,2}}(?-i:Ministers|Heads\s+of\s+State))?"
)
# the United Nations' own bodies of many states
_UN_BODY = (
    r"\b(?-i:(?:Security|Human\s+Rights|Economic\s+and\s+Social)\s+Council|General\s+Assembly)"
)
_MODALS = (
    r"(?:(?:will|would|is|are|was|were|has|have|had|due|set|expected|scheduled|to|also|then|"
    r"shall|again|later|next\s+week|on\s+\w+)\s+){0,4}"
)
# what a council does with a matter at its session
_AGENDA_VERB = (
    r"(?:review|reviews|reviewed|reviewing|discuss|discusses|discussed|discussing|consider|"
    r"considers|considered|considering|examine|examines|examined|examining|debate|debates|"
    r"debated|debating|(?:take|takes|took|taking)\s+(?:it\s+|them\s+)?up|assess|assesses|assessed|"
    r"weigh|weighs|weighed|decide\s+on|decides\s+on|decided\s+on|vote\s+on|votes\s+on|"
    r"voted\s+on|return\s+to|returns\s+to|returned\s+to)"
)
_AT_SESSION = re.compile(
    rf"(?:{_BLOC_BODY}|{_UN_BODY})\s+{_MODALS}{_AGENDA_VERB}\b[^.;:!?]{{0,90}}?"
    r"\b(?:at|during|in)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}$"
)
_SESSION = re.compile(r"(?i)(?:session|meeting|sitting|summit)s?\b")
_LOOK = 200  # characters before the event word where the council and its verb are read


def agenda_session(masked: str, trigger: Trigger) -> bool:
    """Whether ``trigger`` is the session at which a council of many states takes up a matter
    ("the OAS Permanent Council will discuss the crisis at a special meeting")."""
    if not _SESSION.match(masked, trigger.begin):
        return False
    lo = max(0, trigger.begin - _LOOK)
    return _AT_SESSION.search(masked, lo, trigger.begin) is not None
