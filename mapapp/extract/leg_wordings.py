"""Trips whose destination is told after a time, by the trip itself, or by a stay left behind
(rows of :mod:`mapapp.extract.trigger_table`).

* "The delegation leaves on Thursday for Kinshasa", "departed this morning for Doha": a time
  between the verb of leaving and its destination.
* "The final leg took him to Bhutan on Thursday", "The tour then brought her to Hanoi": a trip
  told by the part of it that took the traveller somewhere ("a week of talks, which took him to
  Rabat and Algiers" sums up stops told one by one, and is not read here).
* "arrived in Islamabad on Wednesday from the northern city of Mazar-i-Sharif, where he had met
  the opposition leader", "flew to Doha on Friday from Islamabad, where on Wednesday she met
  …": a stay revealed by what the traveller did where the trip began (a visit to that city, as
  "returned from X, where …" is), whether or not the day of it comes first.
* "will continue on 21 and 22 May to Harare": a next leg told with "continue"
  (:mod:`mapapp.extract.continued_legs`).
"""

from __future__ import annotations

import re

from mapapp.extract.continued_legs import CONTINUED_LEG_TRIGGERS
from mapapp.extract.origin_legs import ORIGIN_GAP, ORIGIN_LEG_TRIGGERS
from mapapp.extract.trigger_words import WHEN_BETWEEN

__all__ = ["LEG_TRIGGERS", "ORIGIN_GAP", "TIME_GAP"]

# A time between a visit's word and its destination, read by :mod:`mapapp.extract.venues`:
# "travels on Friday to Lima", "an official visit of three days to Cuba", "leaves today for Lima",
# "flew in here to Dakar"
TIME_GAP = (
    rf"\s*(?:{WHEN_BETWEEN}|here\s+|of\s+(?:[\w-]+\s+){{1,2}}days?\s+)"
    r"(?:(?=to\s)|for\s+(?=[A-Z]))"
)

_CAPITAL = r"(?=(?:the\s+)?[A-Z])"
# "leaves on Thursday for Kinshasa", "left this morning for Doha", "will depart tomorrow for"
# (the verb alone, so that its time is read after it as a schedule's date)
LEFT_WHEN_FOR = (
    r"\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?|set\s+off|sets\s+off|setting\s+off)"
    rf"(?=\s+(?:{WHEN_BETWEEN})for\s+{_CAPITAL})"
)
_TRIP_NOUN = r"(?:leg|stop|tour|trip|journey|swing|mission|travels|itinerary)"
_WHOM = r"(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
# "The final leg took him to Bhutan", "the tour then brought her on to Hanoi on Friday"
LEG_TOOK = (
    rf"\b{_TRIP_NOUN}\s+(?:then\s+|next\s+|later\s+|finally\s+)?(?:took|brought|carried)\s+"
    rf"{_WHOM}\s+(?:(?:on|back)\s+)?(?:{WHEN_BETWEEN})?to\s+{_CAPITAL}"
)
_TOWN_OF = r"(?:(?:[a-z]+\s+){0,2}(?:city|town|port|capital|village|province|region)\s+of\s+)"
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?"
_DID_THERE = (
    r"(?:he|she|they|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    r"(?:met|held|signed|attended|visited|talked|conferred|co-chaired|chaired|had\s+talks|"
    # "where he is due to meet Saudi officials", "where she will sign": business still ahead
    r"(?:is|are|was|were)\s+(?:due|expected|scheduled|set)\s+to\s+(?:meet|hold|sign|attend)|"
    r"will\s+(?:meet|hold|sign|attend)|"
    # "spent two days", not "spent his childhood": a stay, told by its time
    r"spent\s+(?:[\w-]+\s+){0,2}?(?:days?|nights?|hours?|week(?:end)?|morning|afternoon|evening))\b"
)
# "where earlier that day she met", "where on Tuesday he held talks": the day of the stay's
# business, between "where" and its doer
_WHEN_THERE = (
    r"(?:(?:(?:earlier|later)\s+(?:that|the\s+same|in\s+the)\s+day|"
    r"the\s+(?:previous\s+day|day\s+before)),?\s+|"
    rf"{WHEN_BETWEEN})?"
)
# "arrived … from the northern city of Mazar-i-Sharif, where he had met …": the stay there
FROM_WHERE = (
    rf"(?<![\w-])from(?=\s+(?:the\s+{_TOWN_OF})?{_NAME},?\s+where\s+{_WHEN_THERE}{_DID_THERE})"
)

LEG_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", re.compile(LEFT_WHEN_FOR), "past"),
    *ORIGIN_LEG_TRIGGERS,  # "will fly from Lima to Quito on Sunday"
    ("visit", re.compile(LEG_TOOK), "past"),
    ("visit", re.compile(FROM_WHERE), "past"),
    *CONTINUED_LEG_TRIGGERS,  # "will continue on 21 and 22 May to Harare and Maputo"
]
