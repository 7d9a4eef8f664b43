"""Core events told in bare wordings that no other row of the trigger table reads.

* Calls: "The two ministers last spoke on July 12", "They spoke on April 22 about flights" (two
  sides that spoke on a day, with no place, no audience and no speech: a conversation at a
  distance).
* Receptions with the place or the day told between the verb and the guest, set off by commas:
  "The President received at the Castle, Osu, a special envoy of …", "received this Thursday
  9 May 1996, in his office at the Ministry, his Mauritanian counterpart".

Each row is ``(event_type, pattern, kind)`` like those of
:mod:`mapapp.extract.trigger_table`, which adds them to its table.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import GUESTS

__all__ = ["BARE_TRIGGERS"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a day of its own: "on July 12", "on 3 May", "on Tuesday", "last week", "in January"
_ON_DAY = (
    rf"(?:on\s+(?:{_WEEKDAY}|{_MONTH}\s+\d|\d{{1,2}}\s+{_MONTH})|"
    r"(?:last|earlier\s+this)\s+(?:week|month)|yesterday|earlier\s+today|"
    rf"in\s+(?:early\s+|mid-|late\s+)?{_MONTH})"
)
# two sides as the subject: "They", "The two ministers", "the leaders", "Both"
_TWO_SIDES = "".join(rf"(?<!\b{w}\s)" for w in ("he", "He", "she", "She", "I", "who", "also")) + (
    r"(?:(?<=\bThey\s)|(?<=\bthey\s)|(?<=\btwo\s)|(?<=\bBoth\s)|(?<=\bboth\s)|(?<=\bministers\s)|"
    r"(?<=\bleaders\s)|(?<=\bpresidents\s)|(?<=\bpremiers\s)|(?<=\bcounterparts\s)|"
    r"(?<=\bsecretaries\s))"
)
# "They spoke on Monday at the rally", "spoke on Tuesday to reporters", "spoke in Paris": a
# speech or talks in person, not a call
_NOT_A_CALL = (
    r"(?![^.;]{0,80}?(?:\b(?:at|during|before|outside|inside|from)\s|\bin\s+(?:the\s+)?[A-Z]|"
    r"\bto\s+(?:the\s+)?(?:reporters|journalists|press|media|nation|crowd|students|parliament|"
    r"[A-Z])))"
)
_SPOKE_ON_DAY = (
    rf"{_TWO_SIDES}(?:(?:last|also|previously|first)\s+)?spoke\b"
    rf"(?=\s+{_ON_DAY}){_NOT_A_CALL}"
)

# "at the Castle, Osu, ", "this Thursday 9 May 1996, in his office at the Ministry, "
_ASIDE = r"(?:at|in|on|this|last|early|late|yesterday|today)\b[^,.;:]{0,60}?,\s+"
_NAME_ASIDE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+"
# (not a statement's subject: "received on Monday, the ministers said, a pledge")
RECEIVED_ASIDE = (
    rf"\b(?:received|receives|welcomed)\s+(?={_ASIDE}(?:{_ASIDE}|{_NAME_ASIDE}){{0,3}}{GUESTS}"
    r"(?!,?\s+(?:said|says|say|told|tells|added|noted|stated)\b))"
)

BARE_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("call", re.compile(_SPOKE_ON_DAY), "past"),
    ("meeting", re.compile(RECEIVED_ASIDE), "past"),
]
