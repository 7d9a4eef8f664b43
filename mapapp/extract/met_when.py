"""Two sides that "met" at a time told by a word, not by a weekday or a date.

"The two presidents met yesterday", "The foreign ministers of Peru and Chile met last week for
the first time in three years", "Negotiators from both sides met earlier this month": a
meeting of the sides the subject names, at the time the word after "met" tells. "met on
Monday" and "met in Lima" were read already (a capital follows "met"); a relative word of time
was not. The subject must name two sides or more, as "ministers meet in Brussels" needs
(:data:`mapapp.extract.trigger_phrases.SIDES_NOW`), so that "the deadline was met last week",
"the target met yesterday" or "demand met this year" stays none.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_phrases import SIDES_NOW

__all__ = ["MET_WHEN", "sides_met"]

MET_WHEN = re.compile(
    r"\bmet\s+(?=(?:again\s+|briefly\s+|privately\s+)?(?:yesterday|today|tonight|overnight|"
    r"(?:(?:early|late)\s+)?(?:this|last)\s+(?:morning|afternoon|evening|night|week|weekend|"
    r"month|year)|earlier\s+(?:today|this\s+(?:week|month|year))|"
    r"(?:a\s+(?:week|month|fortnight)|two\s+weeks|(?:a\s+)?few\s+days|\w+\s+days)\s+ago)\b)"
)
_SIDES = re.compile(SIDES_NOW)
_BACK = 100  # characters before "met" within which the subject stands


def sides_met(masked: str, begin: int) -> bool:
    """Whether the subject just before "met" at ``begin`` names two sides or more."""
    return _SIDES.search(masked, max(0, begin - _BACK), begin) is not None
