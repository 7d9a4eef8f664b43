"""A stop on the way told by a participle or a noun phrase rather than a verb of its own:
"will fly home on Wednesday, stopping briefly in Kindia", "ended the state visit with a stop in
Monterrey", "a tour including a brief stop in Nadi". A transit on the way to where the trip
arrives ("arrived in Busan after a stop in Fukuoka", "via a refuelling stop in Anchorage") is
no visit, and so is a stop of a thing with no traveller or trip told before it ("buses stopping
in Lami were delayed", "the bus service, with a stop in Lami, resumes on Monday").

Each is a visit to the stop (a trip's stop is a visit, however short), in the tense of the
sentence's trip. Read by :mod:`mapapp.extract.triggers` from the trigger table.
"""

from __future__ import annotations

import re

__all__ = ["STOP_TRIGGERS", "STOP_WINDOW", "no_traveller"]

_PLACE_AHEAD = r"(?=\s+(?:the\s+)?[A-Z])"
# "stopping briefly in Kindia", "stopping over in Dubai", "stopping off at Entebbe"
_STOPPING = (
    r"\bstopping\s+(?:(?:briefly|over|off|first|again|en\s+route)\s+){0,2}(?:in|at)\b"
    + _PLACE_AHEAD
)
# "with a stop in Monterrey", "including a brief stopover in Nadi"
_A_STOP = (
    r"\b(?:with|including|during)\s+(?:a|an|his|her|their)\s+"
    r"(?:(?:brief|short|quick|one-day|two-day|overnight|refuell?ing|technical|final|last|"
    r"first|[\w-]+-hour)\s+){0,2}stop(?:over|-over)?\s+(?:in|at)\b" + _PLACE_AHEAD
)

STOP_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", re.compile(f"{_STOPPING}|{_A_STOP}"), "past"),
]

STOP_WINDOW = 150  # characters read back from a stop for its traveller or trip
# "the minister will fly home", "the delegation's tour", "she went on to Apia": a person who
# travels or a trip of which the stop is a leg
_TRAVELLER = re.compile(
    r"(?i)\b(?:fl(?:y|ies|ew|ying|own)|travel\w*|tour\w*|visit\w*|trips?|journey\w*|left|"
    r"leav(?:e|es|ing)|depart\w*|head(?:s|ed|ing)\s|return\w*|arriv\w*|went|go(?:es|ing)?\s|"
    r"proceed\w*|continu\w+|itinerar\w+|programme|delegations?|he|she|they|his|her|their|"
    r"who|ministers?|presidents?|premiers?|leaders?|envoys?|secretar(?:y|ies)|king|queen|"
    r"princes?|princess|pope|officials?|ambassadors?|chancellors?|emirs?|monarchs?)\b"
)


def no_traveller(masked: str, begin: int) -> bool:
    """Whether the words before a stop (``begin``, within :data:`STOP_WINDOW`) name neither a
    traveller nor a trip: "Buses stopping in Lami were delayed" is no visit."""
    return _TRAVELLER.search(masked, max(0, begin - STOP_WINDOW), begin) is None
