"""A trip told with where it starts before where it goes: "will fly from Lima to Quito on
Sunday".

"Mexico's president will travel on from here to Panama City on Sunday", "On Saturday the
minister will fly from Almaty to Bishkek for talks", "the envoy flew from Kabul to Islamabad on
Monday": the place after "to" is the trip's destination (a visit there), and the place after
"from" only where the traveller sets off. Without these words the origin hid the destination: a
plan was read as no event, and a past trip as one to the dateline's city.

:data:`ORIGIN_GAP` is the words between the verb and "to" ("from Kabul", "on from here", "from
the capital on Friday"), read by :mod:`mapapp.extract.venues` to find the destination;
:data:`ORIGIN_LEG_TRIGGERS` the planned and past trips so worded. A weekday or month after "from"
is a date ("from Monday to Wednesday"), not an origin.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WEEKDAY, WHEN_BETWEEN

__all__ = ["ORIGIN_GAP", "ORIGIN_LEG_TRIGGERS"]

_NOT_A_DAY = (
    rf"(?!(?:{WEEKDAY}|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
)
_ORIGIN = (
    rf"(?:here|there|(?:the\s+)?{_NOT_A_DAY}[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}|"
    r"the\s+(?:capital|city|summit|talks|meeting|venue))"
)
# "on from here ", "from Kabul ", "from the capital on Friday ": up to the "to" of the destination
ORIGIN_GAP = (
    rf"\s+(?:on\s+)?(?:{WHEN_BETWEEN})?from\s+{_ORIGIN}\s+(?:{WHEN_BETWEEN})?"
    r"(?=to\s+(?:the\s+)?[A-Z])"
)
_PLANNED = r"(?:travel|travels|fly|flies|go|goes|drive|drives|head|heads|continue|continues)"
_PAST = r"(?:travell?ed|flew|went|drove|headed|continued)"
ORIGIN_LEG_TRIGGERS = [
    ("visit", re.compile(rf"\b{_PLANNED}(?={ORIGIN_GAP})"), "infinitive"),
    ("visit", re.compile(rf"\b{_PAST}(?={ORIGIN_GAP})"), "past"),
]
