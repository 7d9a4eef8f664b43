"""A body of a bloc that holds a session of its own: a conference of the bloc's states.

"the OAS Permanent Council would hold a special session on Haiti", "the SADC Council of
Ministers holds its ordinary meeting", "the ECOWAS Mediation and Security Council held an
emergency meeting": a council, assembly or committee a bloc names (:mod:`mapapp.extract.blocs`)
is the subject of the session the event word names, a gathering of many states, whoever else the
sentence names. So are the bloc's members told as a group: "the Arab League's permanent
representatives held an emergency session", "ASEAN foreign ministers will hold a special
meeting" (one ambassador or minister holding a meeting is not the bloc's session). Only a bounded
window before the event word is read.
"""

from __future__ import annotations

import re

from mapapp.extract.blocs import BLOCS
from mapapp.extract.council_agendas import agenda_session
from mapapp.extract.triggers import Trigger

_HOLD = (
    r"(?:hold|holds|held|holding|open|opens|opened|convene|convenes|convened|begin|begins|began|"
    r"start|starts|started)"
)
# "the OAS Permanent Council would hold a special", "the SADC Council of Ministers held its",
# "the AU Peace and Security Council held an"
_BLOC_BODY_HOLDS = re.compile(
    rf"\b{BLOCS}\s+(?-i:(?:[A-Z][\w'’-]*\s+(?:and\s+)?){{0,3}}(?:Council|Assembly|Committee|Commission|"
    r"Conference|Board|Organ|Troika)(?:\s+of\s+(?:[A-Z][\w'’-]*\s+){1,2})?)"
    r"(?:\s+(?i:troika|bureau))?\s*"  # "the SADC Organ troika holds"
    rf"(?:(?:will|would|is|are|was|were|to|due|set|expected|also|then|shall)\s+){{0,3}}"
    rf"{_HOLD}\s+(?:(?:its|an?|the)\s+)?(?:[\w'’-]+\s+){{0,2}}$"
)
# "the Arab League's permanent representatives held an", "ASEAN foreign ministers will hold a"
_BLOC_MEMBERS_HOLD = re.compile(
    rf"\b{BLOCS}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}(?i:representatives|ambassadors|envoys|"
    r"ministers|leaders|members|member\s+states|delegates|heads\s+of\s+(?:state|government))\s+"
    rf"(?:(?:will|would|is|are|was|were|to|due|set|expected|also|then|shall)\s+){{0,3}}"
    rf"{_HOLD}\s+(?:(?:its|their|an?|the)\s+)?(?:[\w'’-]+\s+){{0,2}}$"
)
# "a special session", "a virtual meeting" (a session held online is the body's session too)
_SESSION = re.compile(
    r"(?i)(?:(?:virtual|online|video)\s+)?(?:session|meeting|summit|sitting|consultations)s?\b"
)
_LOOK = 120  # characters before the event word where the body is read


def bloc_session(masked: str, trigger: Trigger) -> bool:
    """Whether ``trigger`` is the session a bloc's council or committee holds ("the OAS
    Permanent Council would hold a special session")."""
    if not _SESSION.match(masked, trigger.begin):
        return False
    before = masked[max(0, trigger.begin - _LOOK) : trigger.begin]
    if _BLOC_BODY_HOLDS.search(before) or _BLOC_MEMBERS_HOLD.search(before):
        return True
    return agenda_session(masked, trigger)  # "will discuss the crisis at a special meeting"
