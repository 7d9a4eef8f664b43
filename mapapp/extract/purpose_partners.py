"""A trip's purpose told by a working verb and the other side: "to finalise the programme with".

"flew to Abuja on Monday to finalise the programme with Nigerian officials", "is due in Lima on
Friday to prepare it with his Peruvian counterpart", "will travel to Kabul to follow up with the
Afghan authorities", "will travel to Doha next week to continue discussions with Qatari
officials": after a trip told before it in the sentence, the purpose is a meeting with that side,
at the trip's destination and on its day (:mod:`mapapp.extract.purposes` gives it those). The
partner is another side's officials, not the press, a company or a crowd ("to celebrate with
fans", "to sign a contract with Airbus" are none), and without a trip the wording is no event
("agreed to review the plan with Peru's officials" is a promise).
"""

from __future__ import annotations

import re

# the other side: "Nigerian officials", "his Haitian counterpart", "the Afghan authorities",
# "the foreign minister", "Peru's government"
_SIDE = (
    r"\bwith\s+(?:(?:the|his|her|their|its|our|senior|top|local|visiting)\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*(?:['’]s)?|foreign|defen[cs]e|government|regional|provincial)\s+){0,3}"
    r"(?:officials|counterparts?|authorities|government|administration|ministers?|presidents?|"
    r"prime\s+ministers?|leaders(?:hip)?|hosts?|delegations?|envoys?|negotiators|diplomats)\b"
)
# working verbs of a purpose; "discuss" and "consult" are :mod:`mapapp.extract.trip_halves`'
_WORK = (
    r"finali[sz]e|prepare|review|coordinate|co-ordinate|follow\s+up|work\s+out|iron\s+out|"
    r"map\s+out|plan|settle|assess|explore|examine|go\s+over|take\s+stock|"
    r"(?:continue|resume|pursue|hold|open|conduct|start|begin)\s+(?:(?:the|further|their|his|her)\s+)?"
    r"(?:discussions|consultations|negotiations|contacts)"
)
PARTNER_PURPOSE = rf"(?<=\bto\s)(?:{_WORK})\b(?=(?:[^.;,]{{0,60}}?\s)?{_SIDE})"
_PARTNER = re.compile(PARTNER_PURPOSE)


def partner_purpose(masked: str, begin: int) -> bool:
    """Whether the purpose wording at ``begin`` is a working verb with the other side."""
    return _PARTNER.match(masked, begin) is not None
