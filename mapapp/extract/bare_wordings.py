"""Core events told in bare wordings that no other row of the trigger table reads.

* Calls: "The two ministers last spoke on July 12", "They spoke on April 22 about flights" (two
  sides that spoke on a day, with no place, no audience and no speech: a conversation at a
  distance).
* Receptions with the place or the day told between the verb and the guest, set off by commas:
  "The President received at the Castle, Osu, a special envoy of …", "received this Thursday
  9 May 1996, in his office at the Ministry, his Mauritanian counterpart".
* A meeting ahead with a body's members: "will also meet members of the transition team", and
  an audience told after a word of time ("before an audience with the King"; see
  :mod:`mapapp.extract.sequels`).
* Arrivals in a wire's style: "arrived Wednesday night" (a weekday with no "on"), and a live
  blog's "has finally arrived at the Palace of Culture".
* Sessions: "the high-level week of the United Nations General Assembly", "The Council is next
  expected to take up the question in May", "will hold an interactive dialogue on …" (a body's
  session, a conference); "The first round of the current series was held in Doha", "held the
  third round of their high-level binational dialogue", "last held a joint Cabinet retreat in
  Da Nang", "welcomed the convening of the Japan-Philippines Maritime Dialogue" (meetings).
* Texts: an agenda's "15:30 - Signing of an agreement on …", "an agreement relating to the
  corridor will be signed", "The final declaration is to be adopted on Sunday" (ahead), and "The
  Tashkent Declaration, adopted by consensus on Tuesday, …" (made).

Each row is ``(event_type, pattern, kind)`` like those of
:mod:`mapapp.extract.trigger_table`, which adds them to its table.
"""

from __future__ import annotations

import re

from mapapp.extract.sequels import AUDIENCE_AFTER_TIME_WORD
from mapapp.extract.trigger_words import (
    GUESTS,
    RECEIVED_NOW,
    SERIES_ROUND,
    SIGNED_NOUN,
    SIGNED_TEXTS,
    TWO_SIDED_BODIES,
    TWO_SIDED_WORD,
    WEEKDAY,
)

__all__ = ["BARE_TRIGGERS"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = WEEKDAY
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
    r"[A-Z]))|"
    # "spoke on Monday in favour of the bill", "with one voice", "in turn": a stance, a speech
    r"[^.;]{0,20}?\b(?:in\s+(?:favou?r|support|defen[cs]e|turn)\b|against\s|with\s+one\s+voice\b))"
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

# "will also meet members of the presidential transition team" ("members of the press" are
# an audience)
_MEET_MEMBERS = (
    r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bto\s)|(?<=\bshall\s))"
    r"(?:also\s+|then\s+|later\s+|separately\s+)?meet\b"
    r"(?=\s+(?:with\s+)?members\s+of\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:team|delegation|government|cabinet|administration|leadership|commission)\b)"
)
# "arrived Wednesday night", "landed Monday in Accra"; "has finally arrived at the Palace of …"
ARRIVED_WEEKDAY = (
    rf"\b(?:arrived|landed)\b(?=\s+(?:late\s+|early\s+)?{_WEEKDAY}\b)|"
    r"(?<=\bhas\s)(?:finally\s+|just\s+|now\s+)?arrived\b(?=\s+at\s+(?:the\s+)?[A-Z])"
)
# an assembly's session named by its part, and a body's agenda ahead
_SESSION = (
    r"\bhigh-level\s+(?:week|segment)\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:Assembly|Council)\b|"
    r"\b(?:Council|Assembly|Committee|Commission)\s+(?:is|will)\s+(?:next\s+)?"
    r"(?:(?:expected|scheduled|due|set)\s+to\s+|next\s+)?(?:take\s+up|consider|discuss|debate)\b"
    r"(?=\s+(?:the\s+)?(?:question|situation|matter|issue|report)s?\b)|"
    # "with the Special Rapporteur", "with experts from Myanmar"; not a museum's "with visitors"
    r"\binteractive\s+dialogue\b(?=\s+(?:on\b|with\s+(?:the\s+)?(?:[A-Z]|experts?\b|"
    r"(?:member\s+)?states\b|delegations?\b|representatives\b)))"
)
# "the first round of the current series", "the third round of their high-level binational
# dialogue" (a shorter "round of the security dialogue" is the table's own)
_ROUND_OF = (
    rf"(?:{SERIES_ROUND})rounds?\s+of\s+(?:the|their|its|this)\s+(?:(?:[\w-]+\s+){{2,3}}?"
    r"(?:dialogue|talks|negotiations|consultations|discussions)|(?:[\w-]+\s+)?series)\b"
    r"(?![^.;]{0,30}?\b(?:played|won|lost|matche?s?|games?|races?|tournament)\b)"
)
# "last held a joint Cabinet retreat in Da Nang": a body of two countries, held
_HELD_BODY = (
    r"(?i)\b(?:held|hold|holds|convened)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?"
    rf"{TWO_SIDED_WORD}\s+(?:[\w-]+\s+){{0,2}}?{TWO_SIDED_BODIES}\b"
)
# "the convening of the Japan-Philippines Maritime Dialogue": a pair's dialogue, held
_CONVENING_OF = (
    r"(?:(?<=\bconvening\sof\sthe\s)|(?<=\bholding\sof\sthe\s))"
    r"[A-Z][\w.]*-[A-Z][\w.]*\s+(?:[A-Z][\w-]*\s+){0,4}Dialogue\b"
)
# "15:30 - Signing of an agreement on …": an agenda's or a caption's item
_SIGNING_ITEM = rf"\bSigning\s+of\s+(?:\S+\s+){{0,4}}?{SIGNED_TEXTS}\b"
# "an agreement relating to the corridor will be signed", "The final declaration is to be
# adopted" (not what someone said "would be signed")
_TO_BE_SIGNED = (
    rf"\b(?:{SIGNED_NOUN})\s+(?:[^.;:()]{{1,80}}?\s+)?(?:will|is\s+to|are\s+to|"
    r"(?:is|are)\s+(?:due|expected|scheduled|set)\s+to|should|shall)\s+(?:also\s+)?be\s+"
    r"(?:signed|adopted|initial+ed|concluded|inked)\b"
)
# "The Tashkent Declaration, adopted by consensus on Tuesday afternoon, calls for …"
_NAMED_TEXT_ADOPTED = (
    r"\b(?:[A-Z][\w'’-]*\s+){1,4}(?:Declaration|Charter|Accord|Communiqu[eé]|Agreement|Treaty|"
    r"Protocol|Convention|Plan\s+of\s+Action|Action\s+Plan|Road\s?[Mm]ap),\s+"
    r"(?:which\s+was\s+)?(?:adopted|signed|approved|endorsed)\b"
    r"(?=(?:\s+(?:by\s+consensus|unanimously|by\s+acclamation))?\s+(?:on|in(?!\s+\d{4}\b)|at|"
    r"yesterday|today|earlier|late|last|this)\b)"
)

BARE_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("call", re.compile(_SPOKE_ON_DAY), "past"),
    ("meeting", re.compile(RECEIVED_ASIDE), "past"),
    ("meeting", re.compile(_MEET_MEMBERS), "infinitive"),
    ("visit", re.compile(ARRIVED_WEEKDAY), "past"),
    ("conference", re.compile(_SESSION), "noun"),
    ("meeting", re.compile(_ROUND_OF), "noun"),
    ("meeting", re.compile(_HELD_BODY), "past"),
    ("meeting", re.compile(_CONVENING_OF), "noun"),
    ("agreement", re.compile(_SIGNING_ITEM), "infinitive"),
    ("agreement", re.compile(_TO_BE_SIGNED), "infinitive"),
    ("agreement", re.compile(_NAMED_TEXT_ADOPTED), "past"),
    ("meeting", re.compile(RECEIVED_NOW), "present"),  # "is received by the King"
    ("meeting", re.compile(AUDIENCE_AFTER_TIME_WORD), "noun"),  # "before an audience with"
]
