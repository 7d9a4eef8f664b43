"""A place after a topic word that is still the venue: "signed a declaration on good-neighbourly
relations in Kabul on Sunday", "to hold the commission on economic cooperation in Vientiane in
the second half of the year", "would convene a commission for bilateral cooperation in Kuala
Lumpur early next year".

"peace in Afghanistan" and "the situation in Gaza" name topics, and
:mod:`mapapp.extract.venues` leaves a place after such a word out. When the place is a city
told right before a date of the event ("in Kabul on Sunday", "in Lomé in March", "in Kuala
Lumpur early next year"), the phrase says where and when the event is: the date belongs to the
event, and so does the place. A country stays a topic ("cooperation in Africa next year").
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["dated_venue"]

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_PERIOD = r"week|month|year|weekend|spring|summer|autumn|fall|winter|quarter"
# a date told right after the place: "on Sunday", "on 3 May", "in March", "in 2026", "in the
# second half of the year", "early next year", "later this month", "last week", "today"
_DATE_AFTER = re.compile(
    r",?\s+(?:"
    rf"on\s+(?:the\s+)?(?:{WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?\b|{_MONTHS})|"
    rf"in\s+(?:early\s+|mid-?|late\s+)?(?:{_MONTHS})\b|in\s+(?:19|20)\d\d\b|"
    rf"in\s+the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter)\b|"
    rf"in\s+the\s+(?:coming\s+)?(?:days|weeks|months|{_PERIOD})\b|"
    rf"(?:early|late|later|earlier)\s+(?:next|this|last)\s+(?:{_PERIOD})\b|"
    rf"(?:next|this|last)\s+(?:{_PERIOD}|{WEEKDAY})\b|"
    rf"(?:{WEEKDAY})\b|(?:{_MONTHS})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b|"
    r"(?:yesterday|today|tomorrow|tonight)\b)"
)


def dated_venue(masked: str, name: str, end: int) -> bool:
    """Whether the place ``name``, ending at ``end`` and told after a topic word, is a city
    followed right away by a date, so a venue rather than a topic."""
    if _DATE_AFTER.match(masked, end) is None:
        return False
    if gazetteer.is_country_name(name) or gazetteer.is_demonym(name):
        return False
    place = gazetteer.lookup(name).place
    return place is not None and place.precision == "city"
