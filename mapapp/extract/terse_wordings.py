"""Core events told in terse or idiomatic words that the main table does not read.

* Meetings: "the two presidents sat together for three hours", "held a face-to-face in Sochi",
  "resumed indirect contacts in Muscat", "will pay a call on the Emir".
* Gatherings: "held a trilateral in Montevideo" (three sides, a conference), "met for a second
  day in Osaka" (a gathering under way), and a council's debate in a meetings summary: "In the
  ensuing debate, speakers stressed …", "The Council held an open debate on Tuesday".
* Trips: "wrapped up a three-day swing through the Gulf in Doha".
* Signings: "affixed their signatures to a protocol", "A memorandum was put to paper".
* The present of calendars, chronologies and captions, and handshakes, from their own modules:
  "Geneva: the Board of Governors meets" (:mod:`mapapp.extract.body_meets`), "12 May - The
  president signs the accord" (:mod:`mapapp.extract.present_signings`), "shook hands with the
  Japanese prime minister" (:mod:`mapapp.extract.handshakes`); "The two presidents met
  yesterday" (:mod:`mapapp.extract.met_when`).
* An envoy summoned ("summoned the Russian ambassador", :mod:`mapapp.extract.summonses`) and a
  message handed over ("handed over a letter to the Emir of Qatar",
  :mod:`mapapp.extract.delivered_messages`): meetings; a delegation led to a gathering named by
  its title ("led Chile's delegation to the Assembly", :mod:`mapapp.extract.
  delegation_leads`): a conference; a diary's journey told by a noun ("Monday: arrival in
  Vilnius.", "Early flight to Quito.", :mod:`mapapp.extract.journey_nouns`): a visit; "agreed
  to speak again" (:mod:`mapapp.extract.spoken_calls`): a call; a gathering's closing text
  issued ("issued a final statement", :mod:`mapapp.extract.final_documents`): an agreement.

Each row is ``(event_type, pattern, kind)`` like those of
:mod:`mapapp.extract.trigger_table`, which adds them to its table.
"""

from __future__ import annotations

import re

from mapapp.extract.body_meets import BODY_MEETS_TRIGGERS
from mapapp.extract.delegation_leads import DELEGATION_TRIGGERS
from mapapp.extract.delivered_messages import MESSAGE_TRIGGERS
from mapapp.extract.final_documents import FINAL_DOCUMENT_TRIGGERS
from mapapp.extract.handshakes import HANDSHAKE_TRIGGERS
from mapapp.extract.journey_nouns import JOURNEY_TRIGGERS
from mapapp.extract.met_when import MET_WHEN
from mapapp.extract.present_signings import PRESENT_SIGNING_TRIGGERS
from mapapp.extract.spoken_calls import SPEAK_AGAIN
from mapapp.extract.summonses import SUMMONS_TRIGGERS
from mapapp.extract.trigger_words import ORDINALS, SERIES_WORDS, SIGNED_NOUN
from mapapp.extract.wire_wordings import WIRE_TRIGGERS

__all__ = ["TERSE_TRIGGERS"]

_TOGETHER = (
    r"\bsat\s+together\b(?=[^.;]{0,80}?\b(?:for|at|in|on|over|during)\b)|"
    r"(?:(?<=\bwill\s)|(?<=\bto\s))sit\s+together\b"
)
# "held a face-to-face", "had a one-on-one with": a meeting in person named by its manner
_FACE_TO_FACE = (
    r"\b(?:held|had|hold|have|holds|has)\s+(?:a|an|their|the)\s+(?:\w+\s+)?"
    r"(?:face-to-face|one-on-one|one-to-one)\b(?!\s+(?:meeting|talks|session|conversation))"
)
# "resumed indirect contacts in Muscat", "held fresh contacts with": talks by another name
_CONTACTS = (
    r"\b(?:resumed|resume|resumes|held|had|hold)\s+(?:\w+\s+){0,2}?contacts\b"
    r"(?=\s+(?:in|at|on|with|between)\b)"
)
_PAY_CALL = r"\b(?:pay|pays|paying)\s+(?:a|an)\s+(?:\w+\s+)?call\s+on\b(?=\s+(?:the\s+)?[A-Z])"
# "held a trilateral in Montevideo": three sides, each on its own
_TRILATERAL = (
    r"\b(?:held|hold|had|have|holds)\s+(?:a|an|their|the)\s+(?:\w+\s+)?"
    r"(?:trilateral|three-way|quadrilateral|four-way)\b(?!-|\s+(?:summit|meeting|talks|session|"
    r"conference|format|mechanism|agreement|statement|declaration|call|commission)\b)"
)
# "met for a second day", "gathered for a third straight day": a gathering under way
_CROWDS = (
    "protesters",
    "demonstrators",
    "crowds",
    "supporters",
    "residents",
    "mourners",
    "strikers",
    "workers",
    "students",
    "farmers",
    "pilgrims",
    "fans",
    "worshippers",
    "rioters",
    "activists",
    "people",
    "villagers",
    "families",
    "hundreds",
    "thousands",
)
# (not a crowd's: "protesters gathered for a second day outside parliament")
_ANOTHER_DAY = (
    "".join(rf"(?<!\b(?i:{word})\s)" for word in _CROWDS)
    + r"\b(?:met|gathered|convened|sat)\s+(?:again\s+)?for\s+(?:a|the)\s+"
    r"(?:second|third|fourth|fifth|final|last|further)\s+"
    r"(?:straight\s+|consecutive\s+|successive\s+|full\s+)?day\b"
)
_SPEAKERS = (
    r"(?=,?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:speakers|members|delegates|delegations|"
    r"representatives|participants|ministers)\b)"
)
# "In the ensuing debate, speakers …", "the Council held an open debate": a body's session
_DEBATE = (
    r"\b(?:ensuing|subsequent|following)\s+(?:debate|discussion)\b" + _SPEAKERS + "|"
    r"\b(?:debate|discussion)\s+that\s+followed\b" + _SPEAKERS + "|"
    r"\b(?:open|thematic|quarterly|annual|high-level|ministerial-level|signature)\s+debate\b"
)
# "wrapped up a three-day swing through the Gulf in Doha": where a trip ends or begins
_SWING = (
    r"\b(?:wrapped\s+up|wraps\s+up|ended|ends|concluded|concludes|began|begins|started|starts|"
    r"kicked\s+off|kicks\s+off|finished)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:swing|trip|tour|visit|journey|mission|odyssey)\s+(?:(?:of|to|through|around|across)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3})?(?:in|at)\b(?=\s+[A-Z])"
)
# "affixed their signatures to a protocol", "A memorandum … was put to paper"
_SIGNATURES = (
    r"\b(?:affixed|appended|put)\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)\s+"
    rf"(?:\S+\s+){{0,4}}?{SIGNED_NOUN}|"
    rf"\b{SIGNED_NOUN}\s+(?:[\w-]+\s+){{0,6}}?(?:was|were)\s+(?:also\s+)?put\s+to\s+paper\b"
)

# "The Security Council met this morning to consider …": a body or a group met that day
_MET_THAT_DAY = (
    r"(?:(?<=Council\s)|(?<=Assembly\s)|(?<=Committee\s)|(?<=Commission\s)|(?<=ministers\s)|"
    r"(?<=leaders\s)|(?<=delegations\s)|(?<=sides\s)|(?<=officials\s)|(?<=envoys\s))met\s+"
    r"(?=(?:(?:early\s+|late\s+)?(?:this|yesterday)\s+(?:morning|afternoon|evening)|today|"
    r"yesterday|tonight)\s+(?:to|in|at|for|behind|under|and)\b)"
)
# "Afghan and Iranian officials sign a transit agreement", "Ghana and Togo sign a memorandum":
# a caption's or a chronology's present
_SIGN_NOW = (
    r"(?:(?<=\bofficials\s)|(?<=\bdelegations\s)|(?<=\bdelegates\s)|(?<=\benvoys\s)|"
    r"(?<=\bpremiers\s)|(?<=\bheads\s)|(?<=\bnegotiators\s))sign\s+(?:\S+\s+){0,4}?"
    rf"(?:{SIGNED_NOUN})\b|"
    rf"\b[A-Z][\w'’-]+\s+and\s+(?:the\s+)?[A-Z][\w'’-]+\s+sign\s+(?:\S+\s+){{0,4}}?(?:{SIGNED_NOUN})\b"
)
# "The foreign minister telephones his Uzbek counterpart": a call told in the present
_PHONES = (
    r"\b(?:telephones|phones)\s+(?=(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:counterparts?|"
    r"presidents?|ministers?|premiers?|chancellors?|leaders?|kings?|emirs?)\b|[A-Z])"
)
# "The next Geneva round is scheduled for October 14": a round named by its place or format
_NAMED_ROUND = (
    rf"\b(?:{'|'.join([*SERIES_WORDS, *ORDINALS])})\s+(?:[A-Z][\w'’-]+\s+){{1,2}}rounds?\b"
)

TERSE_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("meeting", re.compile(_TOGETHER), "past"),
    ("meeting", re.compile(_FACE_TO_FACE), "past"),
    ("meeting", re.compile(_CONTACTS), "past"),
    ("meeting", re.compile(_PAY_CALL), "infinitive"),
    ("meeting", re.compile(_ANOTHER_DAY), "past"),
    ("conference", re.compile(_TRILATERAL), "past"),
    ("conference", re.compile(_DEBATE), "noun"),
    ("visit", re.compile(_SWING), "past"),
    ("agreement", re.compile(_SIGNATURES), "past"),
    ("meeting", re.compile(_MET_THAT_DAY), "past"),
    ("meeting", re.compile(_NAMED_ROUND), "noun"),
    ("agreement", re.compile(_SIGN_NOW), "present"),
    ("call", re.compile(_PHONES), "present"),
    *WIRE_TRIGGERS,  # "The visit is the president's first to Ghana"
    *BODY_MEETS_TRIGGERS,  # "Geneva: the Board of Governors meets"
    *PRESENT_SIGNING_TRIGGERS,  # "12 May 2015 - The president signs the accord in Cartagena"
    *HANDSHAKE_TRIGGERS,  # "shook hands with the Japanese prime minister at the venue"
    ("meeting", MET_WHEN, "past"),  # "The two presidents met yesterday"
    *SUMMONS_TRIGGERS,  # "The ministry summoned the Russian ambassador on Monday"
    *MESSAGE_TRIGGERS,  # "handed over a letter from the emir to Egypt's president"
    *DELEGATION_TRIGGERS,  # "led Chile's delegation to the OAS General Assembly"
    ("call", re.compile(SPEAK_AGAIN), "infinitive"),  # "agreed to speak again next week"
    *JOURNEY_TRIGGERS,  # a diary's "Monday: arrival in Vilnius.", "Early flight to Quito."
    *FINAL_DOCUMENT_TRIGGERS,  # "issued a final statement", "adopted a presidential statement"
]
