"""Texts adopted, told by the noun or by a passive still ahead: agreements of their own.

"The last round ended with the adoption of the Berlin Protocol" (made), "the leaders'
declaration is due to be adopted on Sunday", "The summit's final declaration is to be adopted
on Sunday" (announced), "closed the summit on Friday, adopting a final communiqué" (a text
adopted told by a bare participle after a comma, beside the gathering it closes and with its
status, as "…, signing a memorandum" is in :data:`mapapp.extract.trigger_words.SIGNED`). A named
text's participle ("The Tashkent Declaration, adopted by consensus on Tuesday") is
:mod:`mapapp.extract.bare_wordings`'s.
Only texts the sides agree on count (declarations, charters, protocols, communiqués …, as
:data:`mapapp.extract.trigger_words.ADOPTED_TEXTS`): "the adoption of a resolution", "a budget
due to be adopted" and "called for the adoption of a treaty" (no ending told) are none.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import ADOPTED_TEXTS

# "ended with the adoption of the Berlin Protocol", "closed on Friday with the adoption of a
# joint communiqué": the adoption that ends a meeting
ADOPTION_TOLD = (
    r"\b(?:ended|concluded|closed|wrapped\s+up|culminated)\s+(?:[\w,]+\s+){0,4}?(?:with|in)\s+"
    rf"the\s+adoption\s+of\s+(?:\S+\s+){{0,5}}?(?i:{ADOPTED_TEXTS})\b"
)
# "ended their summit on Saturday, adopting a final communique and a declaration on fisheries"
ADOPTING_AFTER = rf"(?<=,\s)adopting\s+(?:\S+\s+){{0,5}}?(?i:{ADOPTED_TEXTS})\b"
# "the leaders' declaration due to be adopted on Sunday", "the final communiqué is to be
# adopted": the trigger starts after the text's name, so that the day after it is the nearest
_TEXT_BEFORE = "|".join(
    rf"(?<={word}\s)"
    for word in (
        "declaration",
        "declarations",
        "communiqué",
        "communique",
        "communiqués",
        "communiques",
        "charter",
        "protocol",
        "accord",
        "convention",
        "treaty",
        "roadmap",
    )
)
ADOPTION_AHEAD = (
    rf"(?i:{_TEXT_BEFORE})(?:(?:is|are)\s+)?(?:(?:due|set|expected|scheduled|slated)\s+"
    r"to\s+|to\s+)be\s+adopted\b"
)

ADOPTION_TRIGGERS = [
    ("agreement", re.compile(ADOPTION_TOLD), "past"),
    ("agreement", re.compile(ADOPTING_AFTER), "past"),
    ("agreement", re.compile(ADOPTION_AHEAD), "infinitive"),
]
