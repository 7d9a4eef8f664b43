"""A diary's or programme's line that tells the day's journey by a noun: a visit there.

"Monday: arrival in Vilnius.", "Early flight to Quito.", "In the afternoon, flight to Bogota.",
"15:00 Departure for Nairobi.", "Arrival at Kigali International Airport": a minister's diary,
a visit programme or a week-ahead calendar writes the journey as a bare noun, with no verb and
no one named, the way it writes "Talks with the foreign minister". The line is a visit to the
place named, on the day of its heading or entry (in the past of a diary, ahead in a
programme).

Only a line that opens with the noun is read (after a weekday, a time of day, "Early", "Late"
or "In the morning/evening"), and only with a capitalised place right after "in", "at", "to"
or "for": a noun inside prose ("his arrival in Riga was delayed", "flights to Lima resumed")
is left to the wordings of prose, and a return ("Return to Tallinn.") is no visit.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["JOURNEY_TRIGGERS"]

# what may open the line before the noun: an entry's date, "Wednesday:", "10:00", "In the
# evening,", "Early"
_OPENING = (
    r"^\s*(?:[\w./, ]{1,24}?\s[—–-]\s+)?"  # an entry's date: "Tue 19.06.2001 — "
    rf"(?:(?:{WEEKDAY}|\d{{1,2}}[:.]\d{{2}}(?:\s*(?:h|hrs))?)\s*[:.,–—-]?\s*)?"
    r"(?:(?:in\s+the\s+)?(?:morning|afternoon|evening|night)\s*,?\s*|early\s+|late\s+|"
    r"(?:morning|afternoon|evening|night)\s*:\s*)?"
)
_JOURNEY = (
    rf"(?i:{_OPENING})(?:[Aa]rrival\s+(?:in|at)|(?:[Ff]light|[Dd]eparture|[Jj]ourney)\s+"
    r"(?:to|for))\s+(?=[A-Z])"
)
JOURNEY_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", re.compile(_JOURNEY), "noun"),
]
