"""Everyday wire wordings of visits and sessions that name no usual event verb.

- a visit told by its rank: "The one-day visit is the president's first to Ghana", "The trip
  was the first by a Tanzanian head of state to Burundi", "The visit will be her first to
  Asia" (not "the first step to peace", nor a visit with no place after "to");
- a return for more talks: "plans to return to Kabul later this week for more meetings with
  officials", "will return to Damascus for further talks" (a trip; "will return to Paris after
  the summit" tells no purpose and may be home);
- an errand of a trip: "flies to Nairobi to see Kenya's president", "for meetings with senior
  officials" (:mod:`mapapp.extract.trip_errands`);
- a guest welcomed to a place: "looked forward to welcoming Japan's Prime Minister to
  Washington" (:mod:`mapapp.extract.welcomed_guests`);
- a body's session addressed: "will address a special meeting of the Permanent Council of the
  Organization", "addressed a session of the General Assembly" (not "a meeting of farmers", nor
  a parliament's sitting).
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import MODAL_MEET, PERSON_NOUNS
from mapapp.extract.trip_errands import ERRAND_TRIGGERS
from mapapp.extract.welcomed_guests import WELCOME_TO, WELCOMED_TO

__all__ = ["RANKED_TRIP", "WIRE_TRIGGERS"]

# "is the Kenyan leader's first", "was the first by a Tanzanian head of state", "will be her
# first": the rank of a trip someone made ("the first to France for the new model": no one)
_TRAVELLER = (
    rf"(?:{PERSON_NOUNS}|chancellors?|kings?|queens?|popes?)(?:\s+of\s+(?:state|government))?"
)
_FIRST_TO = (
    r"(?:also\s+)?(?:"
    rf"(?:(?:his|her|their)\s+|the\s+(?:[\w'’.-]+\s+){{0,3}}?{_TRAVELLER}['’]s?\s+)"
    r"(?:[\w-]+\s+)?first\s+(?:(?:official\s+|state\s+)?(?:visit|trip)\s+)?|"
    r"the\s+(?:[\w-]+\s+)?first\s+(?:(?:official\s+|state\s+)?(?:visit|trip)\s+)?"
    rf"(?:by|of)\s+(?:[\w'’.-]+\s+){{0,5}}?{_TRAVELLER}\s+"
    r")(?=to\s+(?:the\s+)?[A-Z])"
)
_TRIP = r"\b(?:visit|trip|tour|stay)\s+"
VISIT_WAS_FIRST = rf"{_TRIP}(?:is|was|has\s+been|marks|marked)\s+{_FIRST_TO}"
VISIT_WILL_BE_FIRST = rf"{_TRIP}(?:will|would)\s+(?:also\s+)?(?:be|mark)\s+{_FIRST_TO}"
# the trip ranked is the one the text tells: it joins a visit told before it, if any
RANKED_TRIP = re.compile(rf"{_TRIP}(?:is|was|has|marks|marked|will|would)\b")

# "plans to return to Kabul later this week for more meetings with officials": a trip ahead
RETURN_FOR_TALKS = (
    rf"(?:{MODAL_MEET})return\s+(?:back\s+)?to\b(?=\s+(?:the\s+)?[A-Z])"
    r"(?=[^.;:]{0,70}?\bfor\s+(?:more\s+|further\s+|new\s+|fresh\s+|another\s+round\s+of\s+)?"
    r"(?:talks|meetings|consultations|negotiations)\s+with\b)"
)

# "will address a special meeting of the Permanent Council of the Organization of American
# States", "addressed a session of the General Assembly": the body's session, not a parliament
ADDRESS_SESSION = (
    r"\b(?:address|addresses|addressed|addressing)\s+(?:a|an|the)\s+"
    r"(?:(?:special|extraordinary|plenary|high-level|ministerial|emergency|joint|formal)\s+)?"
    r"(?:meeting|session)\s+of\s+the\s+(?!National\b|People['’]s\b|Legislative\b|Parliament)"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}?(?:Council|Assembly|Commission|Committee)\b"
)

WIRE_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", re.compile(VISIT_WAS_FIRST), "past"),
    ("visit", re.compile(VISIT_WILL_BE_FIRST), "infinitive"),
    ("conference", re.compile(ADDRESS_SESSION), "noun"),
    ("visit", re.compile(RETURN_FOR_TALKS), "infinitive"),
    *ERRAND_TRIGGERS,
    ("visit", WELCOMED_TO, "past"),  # "welcomed the Emir of Qatar to Amman on Monday"
    ("visit", WELCOME_TO, "infinitive"),  # "looked forward to welcoming X to Washington"
]
