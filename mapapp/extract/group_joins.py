"""Joining a group of peers somewhere: their gathering, told by the one who joins it
(a row of :mod:`mapapp.extract.trigger_table`).

"The defence secretary is to join allied defence ministers in Oslo next month", "She
joined fellow EU leaders in Brussels on Thursday", "is due to join his G7 counterparts at the
castle in Elmau": ministers, leaders or counterparts of many countries meeting in one place are a
conference, though no gathering noun names it. Told ahead, the one who joins travels there too
(:mod:`mapapp.extract.attendance` adds the visit, as for "will attend the summit in X").

Not read: one person joined ("will join the Prime Minister in New York", a trip in company), a
group joined in doing something ("joined other leaders in condemning the attack": no place
follows), a group joined by a call ("joined G7 leaders by video link").
"""

from __future__ import annotations

import re

# after the verb, so that "will join " before the trigger reads as attending ahead
_JOINED = r"(?:(?<=\bjoin\s)|(?<=\bjoined\s)|(?<=\bjoins\s)|(?<=\bjoining\s))"
# "allied foreign ministers", "fellow EU leaders", "his G7 counterparts", "other heads of state"
_PEERS = (
    r"(?:(?:his|her|their|its)\s+)?(?:(?!the\b|a\b|an\b)[\w'’-]+\s+){0,3}?"
    r"(?:ministers|leaders|counterparts|heads\s+of\s+(?:state|government))"
    r"(?:\s+(?:from|of)\s+(?:[\w'’-]+\s+){1,4}?(?=in\s|at\s))?"
)
# then where they gather: "in Brussels", "at the castle in Elmau", "at NATO headquarters"
_THERE = r"(?=\s*(?:in|at)\s+(?:the\s+)?[A-Z])"
GROUP_JOINED = rf"{_JOINED}{_PEERS}\b{_THERE}"

# Rows for :mod:`mapapp.extract.trigger_table`: (event type, pattern, kind)
GROUP_JOIN_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("conference", re.compile(GROUP_JOINED), "past"),
]
