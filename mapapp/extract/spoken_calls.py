"""A conversation with a named office holder told by "spoke" or "talked" alone, with its day and
no place: a call.

"I spoke to the Thai foreign minister on Sunday", "The president talked with his Kenyan
counterpart yesterday", "spoke with the Prime Minister of Iceland this afternoon" are calls (a
report says "met" for talks in person); "spoke with the president in Paris on Monday" (a place
named), "spoke to reporters on Sunday" and "spoke to the nation" are none; a place named only
in what they spoke about ("spoke with the Greek foreign minister on Monday, mainly about the port
authority in Thessaloniki") leaves it a call.

Two sides that "agreed to speak again" or "promised to talk again soon" have
announced a call, as "agreed to meet again" announces a meeting (not an agreement).
"""

from __future__ import annotations

from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["OFFICE", "SPEAK_AGAIN", "SPOKE_WITH_OFFICE"]

OFFICE = (
    r"(?:counterpart|president|prime\s+minister|premier|foreign\s+minister|minister|chancellor|"
    r"king|emir|crown\s+prince|sultan|secretary(?:-general)?|leader|head\s+of\s+state)"
)
_DAY = (
    rf"(?:on\s+{WEEKDAY}|yesterday|today|"
    r"this\s+(?:morning|afternoon|evening)|last\s+(?:week|night)|earlier\s+(?:today|this\s+week)|"
    r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)
SPOKE_WITH_OFFICE = (
    r"\b(?:spoke|talked)\s+(?:with|to)\b"
    rf"(?=\s+(?:the|his|her|their|its)\s+(?:[\w'’.-]+\s+){{0,4}}?(?i:{OFFICE})\b[^.;]{{0,80}}?\b{_DAY})"
    r"(?!(?:(?!\babout\b)[^.;]){0,140}?\b(?:in|at)\s+(?:the\s+)?[A-Z])"
)
# "agreed to speak again next month": the next call, promised (no place named)
SPEAK_AGAIN = (
    r"\b(?:agreed|agree|agrees|promised|decided|pledged)\s+to\s+(?:speak|talk)\s+again\b"
    r"(?![^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?[A-Z])"
)
