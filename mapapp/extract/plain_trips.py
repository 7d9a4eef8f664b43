"""Trips told in the plainest words: an arrival with only its time, a stay with its day or
part of a day, and a trip in a bulletin's present.

* "The Pakistani president landed a few hours later", "She arrived late last night", "The
  envoy touched down shortly after noon": an arrival at the scene of the report.
* "is in Arawa tonight", "was in Suva this morning": a stay ("is in Fiji today" still leads a
  report whose next sentence names the city, and is left to it).
* "spent Saturday in Dominica", "will spend two days in Hanoi", "spent 48 hours (forty-eight
  hours) in Kigali".
* "Tomorrow morning the Prime Minister goes to Buka", "then he goes on to Kandy": a trip told
  in the present (its status is read from its time, as for "flies to").
* "The tour ends in Nauru", "The tour began on Monday in Nairobi", "will send an envoy to
  Juba", "Decides to dispatch a delegation to Khartoum": a stop told by its trip, or a trip
  told by whoever sends it.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WEEKDAY

__all__ = [
    "ARRIVED_WHEN",
    "DISPATCHED_TO",
    "DISPATCH_TO",
    "GOES_TO",
    "PLAIN_TRIP_TRIGGERS",
    "SPENT_DAYS",
    "STAY_PART_OF_DAY",
    "TRIP_ENDED_AT",
    "TRIP_ENDS_AT",
    "fronted_day",
]

_PART = r"(?:morning|afternoon|evening|night)"
ARRIVED_WHEN = (
    r"\b(?:arrived|landed|touched\s+down)\b(?=\s+(?:(?:very\s+)?(?:late|early)\s+(?:last|this|"
    rf"that|in\s+the|on\s+the)\b|last\s+night|this\s+{_PART}|that\s+{_PART}|"
    r"(?:a\s+few|two|three|several|some|\w+)\s+(?:hours|minutes|days)\s+(?:later|earlier|"
    r"after|before)|(?:shortly|soon|just|hours|minutes)\s+(?:later|after|before)|later\b|"
    rf"at\s+(?:dawn|noon|midday|midnight|nightfall|\d)|in\s+the\s+(?:early\s+)?{_PART}|"
    r"tonight|this\s+week)\b)"
)
STAY_PART_OF_DAY = (
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))in"
    r"(?=\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,?\s+(?:tonight|last\s+night|"
    rf"this\s+{_PART})\b)"
)
_DAY = WEEKDAY
SPENT_DAYS = (
    r"\b(?:spent|spends|spending|(?<=will\s)spend|(?<=to\s)spend)(?=\s+"
    rf"(?:(?:most\s+of\s+|much\s+of\s+|all\s+of\s+|part\s+of\s+)?(?:last\s+|this\s+)?{_DAY}"
    rf"(?:\s+{_PART})?|(?:\d+|two|three|four|five|six|eight|ten|twelve|several|a\s+few|"
    r"[a-z]+-[a-z]+)\s+hours|"  # "48 hours", "forty-eight hours", "a few hours"
    r"(?<=spend\s)(?:the|a|an|two|three|four|five|several|\w+)\s+(?:days?|nights?|weeks?|"
    r"weekend))\s+in\s+"
    r"(?:the\s+)?[A-Z])"
)
GOES_TO = r"\bgoes\s+(?:on\s+)?to\s+(?=(?:the\s+)?[A-Z])"

# "Tomorrow morning the minister goes to Buka", "On Friday, the delegation flies to Suva": a
# day that opens the clause dates the present verb after it (not "Every Monday the council …")
_FRONTED_DAY = re.compile(
    r"^\W*(?:[A-Z]{2,}:\s+)?(?:and\s+|then\s+)?"
    rf"(?:(?:on\s+)?{WEEKDAY}|tomorrow|tonight|(?:later\s+)?today|next\s+(?:week|month)|"
    r"this\s+(?:evening|afternoon|weekend))\b(?!s)",
    re.IGNORECASE,
)


def fronted_day(before: str) -> bool:
    """Whether the clause ``before`` a present verb opens with a day ahead ("Tomorrow morning
    the minister …")."""
    return _FRONTED_DAY.match(before) is not None


# the trip as the subject: "The tour …", "The trip …"
_TRIP_SUBJECT = r"(?:(?<=\btour\s)|(?<=\btrip\s)|(?<=\bvisit\s)|(?<=\bjourney\s))"
# its day, when told before the place: "concludes July 24 in", "began on Tuesday in"
_STOP_DAY = (
    rf"(?:(?:on\s+)?(?:{WEEKDAY}|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
)
# "The tour ends in Nauru", "The trip will conclude in Apia", "The trip concludes May 9 in
# Tegucigalpa": the last stop, the trip its subject (a programme's present is ahead; "ends in
# disaster" names no place). A programme's "The tour begins in Luanda" is not read: it follows
# the list of stops, which already tells that stop.
TRIP_ENDS_AT = (
    rf"{_TRIP_SUBJECT}(?:ends|concludes|will\s+(?:end|conclude))\s+{_STOP_DAY}in\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# "The tour began on Monday in Nairobi, where …", "The trip ended in Suva": a stop made
TRIP_ENDED_AT = (
    rf"{_TRIP_SUBJECT}(?:ended|concluded|began|started|opened)\s+{_STOP_DAY}in\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# "Decides to dispatch a delegation of Council members to Khartoum", "will send an envoy to
# Juba": a trip of the people sent
_SENT_WHOM = (
    r"\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:delegation|mission|envoys?|"
    r"emissar(?:y|ies))\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?to\s+(?=(?:the\s+)?[A-Z])"
)
DISPATCHED_TO = rf"\b(?:dispatched|sent){_SENT_WHOM}"
DISPATCH_TO = rf"\b(?:dispatch|dispatches|dispatching|send|sends|sending){_SENT_WHOM}"

# the rows of :mod:`mapapp.extract.trigger_table` for these wordings, in the table's order
PLAIN_TRIP_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    # "landed a few hours later", "is in Arawa tonight", "spent Saturday in Dominica"
    ("visit", re.compile(rf"{ARRIVED_WHEN}|{STAY_PART_OF_DAY}|{SPENT_DAYS}"), "past"),
    ("visit", re.compile(GOES_TO), "present"),  # "Tomorrow morning the minister goes to Buka"
    ("visit", re.compile(DISPATCHED_TO), "past"),  # "sent an envoy to Juba"
    # "The tour ends in Nauru", "Decides to dispatch a delegation to Khartoum": ahead
    ("visit", re.compile(rf"{TRIP_ENDS_AT}|{DISPATCH_TO}"), "infinitive"),
    ("visit", re.compile(TRIP_ENDED_AT), "past"),  # "The tour began on Monday in Nairobi"
]
