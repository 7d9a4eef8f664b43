"""A stop on the way told by a participle or a noun phrase rather than a verb of its own:
"will fly home on Wednesday, stopping briefly in Kindia", "ended the state visit with a stop in
Monterrey", "a tour including a brief stop in Nadi". A transit on the way to where the trip
arrives ("arrived in Busan after a stop in Fukuoka", "via a refuelling stop in Anchorage") is
no visit.

Each is a visit to the stop (a trip's stop is a visit, however short), in the tense of the
sentence's trip. Read by :mod:`mapapp.extract.triggers` from the trigger table.
"""

from __future__ import annotations

import re

__all__ = ["STOP_TRIGGERS"]

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
