"""Gatherings named beside another event of their sentence: a conference each.

A meeting or a call often names the gathering around it or ahead of it, in wordings the
gathering nouns do not read on their own:

- a body's session named by the body and what it belongs to, as the setting of a bilateral: "on
  the sidelines of the Council of the Arab Maghreb Union", "during the Assembly of the African
  Union";
- a gathering the call or talks prepared, with a clause telling who hosts it: "on preparations
  for the Nordic-Baltic dialogue, which Estonia will host in Tallinn in the autumn", "plans for the
  Pacific trade forum, which Samoa will host in Apia next year".

A council's or a dialogue's session told by where it is held ("the ministerial council will be
held in Valletta") is read by :mod:`mapapp.extract.held_sessions`; its rows join these.
"""

from __future__ import annotations

import re

from mapapp.extract.held_sessions import HELD_SESSION_TRIGGERS

# "the Council of the Arab Maghreb Union", "the Assembly of the African Union"
_BODY_OF = (
    r"(?:Council|Assembly|Summit|Conference)\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]"
)
AT_THE_BODY = (
    r"(?:(?<=\bsidelines\sof\sthe\s)|(?<=\bmargins\sof\sthe\s)|(?<=\bfringes\sof\sthe\s)|"
    rf"(?<=\bduring\sthe\s)){_BODY_OF}"
)
# "…, which Estonia will host in Tallinn in the autumn", "…, which Samoa is to hold in Apia"
_WHICH_AHEAD = (
    r"(?:\s+(?:on|in|for)\s+[^,;.]{1,40})?,\s+which\s+[^,;.]{1,60}?\b(?:will|is\s+due\s+to|"
    r"is\s+to|is\s+set\s+to|is\s+expected\s+to|plans\s+to)\s+(?:also\s+)?(?:host|hold)\b"
)
GATHERING_AHEAD = (
    r"(?<=\bthe\s)(?:[\w'’-]+\s+){0,5}?(?i:summit|dialogue|conference|forum|council|retreat|"
    rf"ministerial)\b(?={_WHICH_AHEAD})"
)

# Rows for :mod:`mapapp.extract.trigger_table`: (event type, pattern, kind)
GATHERING_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("conference", re.compile(AT_THE_BODY), "noun"),
    ("conference", re.compile(GATHERING_AHEAD), "noun"),
    *HELD_SESSION_TRIGGERS,  # "the ministerial council will be held in Valletta"
]
