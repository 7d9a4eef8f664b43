"""A tour told by the places it takes in, named as a list right after the word of touring.

"Pakistan's foreign minister tours Dushanbe, Tashkent and Ashgabat", "toured Hanoi and Vientiane
last month", "leaves on Wednesday for a week-long tour of Kigali, Bujumbura and Kinshasa", "a
swing through Lima, Quito and Bogota": the annotation conventions give a trip to several places
named together one visit per stop, and the list after the word names the stops
(:mod:`mapapp.extract.restatements` makes one visit of each). Only a list of two places or more
is read: "toured the factory", "toured Hiroshima's peace museum" or "a tour of the region" are
no trip here, and "a tour of Southeast Asia that began in Jakarta" is left to the rows that read
where a tour began. Read by :mod:`mapapp.extract.triggers` from the trigger table; the status
comes from the sentence (a tour "next week" is announced).
"""

from __future__ import annotations

import re

from mapapp.extract.listed_stays import LISTED_STAY_TRIGGERS
from mapapp.extract.trigger_words import WHEN_BETWEEN

__all__ = ["TOUR_LIST_TRIGGERS"]

_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
# two places or more right after the word: "Dushanbe, Tashkent and Ashgabat", "Hanoi and Vientiane"
_LIST_AHEAD = rf"(?=(?:the\s+)?{_NAME}(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z])"
# "toured Hanoi and …", "is touring Accra, …"; the present "tours Dushanbe, …" is read as a
# present (a chronology's history, a schedule's plan with a day ahead, else a habit)
_TOURS = rf"\btour(?:ed|ing)\s+{_LIST_AHEAD}"
_TOURS_NOW = rf"\btours\s+{_LIST_AHEAD}"
# "a week-long tour of Kigali, …", "a regional swing through Lima, …", "his trip around …"
_TOUR_OF = r"(?:tour|swing|trip|journey)\s+(?:of|through|around|taking\s+in)\s+" + _LIST_AHEAD

# "leaves on Wednesday for a week-long tour of Kigali, …", "departed for a regional tour of …":
# the leaving verb tells the trip and its tense ("leaves on Wednesday" is ahead)
_LEAVES_FOR_TOUR = (
    r"\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?|sets?\s+off|setting\s+off)"
    rf"(?=\s+(?:{WHEN_BETWEEN})?for\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_TOUR_OF})"
)

TOUR_LIST_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", re.compile(_LEAVES_FOR_TOUR), "past"),
    ("visit", re.compile(_TOURS), "past"),
    ("visit", re.compile(_TOURS_NOW), "present"),
    # ("briefed him on his recent tour of …": a tour told without its days is no event here)
    ("visit", re.compile(rf"(?<!\brecent\s)(?<!\bearlier\s)(?<!\bprevious\s)\b{_TOUR_OF}"), "noun"),
    *LISTED_STAY_TRIGGERS,  # "I was in Vilnius and Riga last week": a stay in each
]
