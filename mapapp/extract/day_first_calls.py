"""A conversation with a named office holder whose day opens the sentence: a call.

"Yesterday he spoke with the president of Turkey", "On Monday, the foreign minister talked to
his Qatari counterpart", "Earlier today the Prime Minister spoke with the Chancellor" are calls,
like "spoke to the Thai foreign minister on Sunday" (:mod:`mapapp.extract.spoken_calls`): a
report says "met" for talks in person. The day stands before a short subject with no verb of
its own; a place named after the verb ("spoke with the president in Paris"), a crowd ("spoke to
reporters") or a second verb before it ("On Monday he met the king and spoke with the prime
minister", talks in person) make it none.
"""

from __future__ import annotations

import re

from mapapp.extract.spoken_calls import OFFICE
from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["SPOKE_AFTER_DAY", "day_opens"]

# the verb and an office holder after it, with no place named in the rest of the clause
SPOKE_AFTER_DAY = (
    r"\b(?:spoke|talked)\s+(?:with|to)\b"
    rf"(?=\s+(?:the|his|her|their|its)\s+(?:[\w'’.-]+\s+){{0,4}}?(?i:{OFFICE})\b)"
    r"(?![^.;,]{0,140}?\b(?:in|at)\s+(?:the\s+)?[A-Z])"
)
_DAY = (
    rf"(?:(?:[Oo]n\s+)?{WEEKDAY}|[Yy]esterday|"
    r"[Tt]oday|(?:[Ee]arlier\s+)?[Tt]his\s+(?:morning|afternoon|evening|week)|[Ll]ast\s+"
    r"(?:night|week)|[Ee]arlier\s+today|[Oo]n\s+\d{1,2}\s+[A-Z][a-z]+|[Oo]n\s+[A-Z][a-z]+\.?\s+"
    r"\d{1,2}\b)"
)
# the day, an optional comma, then a subject of one to six words with no verb or clause of its
# own (no comma, no "and", no "who")
_OPENS = re.compile(
    rf"^\W*(?:{_DAY})(?:,\s*|\s+)"
    r"(?:(?!(?:and|who|which|met|meets|had|has|was|were|also|then|later)\b)[\w'’.-]+\s+){1,6}$"
)


def day_opens(masked: str, begin: int) -> bool:
    """Whether the sentence opens with a day and the subject of the verb at ``begin``."""
    return _OPENS.match(masked[:begin]) is not None if begin <= 120 else False
