"""A stay in several places named together: "I was in Vilnius and Riga last week", "the envoy
was in Baku, Yerevan and Tbilisi over the weekend, where she met the three presidents".

The annotation conventions give a trip named as a list one visit per stop; the stay told by
"was in" with a list of places is such a trip (:mod:`mapapp.extract.restatements` makes one
visit of each). The list must be followed by the stay's time or by what was done there
(", where …", "for talks"), so that "interest was in Paris and Berlin" or "The difference is in
France and Germany" stay no trip. The stays told after a fronted time, of one place or more,
come with these rows (:mod:`mapapp.extract.stay_tails`). Read by
:mod:`mapapp.extract.triggers` from the trigger table.
"""

from __future__ import annotations

import re

from mapapp.extract.stay_tails import STAY_TAIL_TRIGGERS, STAY_TAILS
from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["LISTED_STAY_TRIGGERS"]

_NAME = r"(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
# "Vilnius and Riga", "Baku, Yerevan and Tbilisi", "Accra, Lome, and Cotonou"
_LIST = rf"{_NAME}(?:,\s+{_NAME}){{0,4}},?\s+and\s+(?:in\s+)?{_NAME}"
# what follows the list: the stay's time, or what was done there
_AFTER = (
    r"(?:,?\s+where\b|\s+for\s+(?:talks|consultations|meetings)\b|"
    r"\s+(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|weekend)\b|"
    r"\s+over\s+the\s+weekend\b|"
    rf"\s+{STAY_TAILS}|"  # "at the end of March", "to meet the three presidents"
    rf"\s+on\s+{WEEKDAY}\b|\s+yesterday\b)"
)
_STAY_IN_LIST = (
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbe\s)|(?<=\bbeen\s))in"
    rf"(?=\s+{_LIST}{_AFTER})"
)

LISTED_STAY_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", re.compile(_STAY_IN_LIST), "past"),
    *STAY_TAIL_TRIGGERS,  # "Last month he was in Male, Colombo and Chennai": one place or more
]
