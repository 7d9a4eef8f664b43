"""A trip's further leg told without a verb of its own, after the first stop.

"will travel to Doha on Friday to meet officials and then to Cairo on Sunday", "… and on to
Moscow", "will travel on to Ottawa on Friday and to Washington on Saturday", "will travel to
Vilnius on Monday, and on Tuesday to Riga", "… to Lima, Peru, May 2-3, and Quito, Ecuador, May
4-5": the place after these words is one more stop of the trip (the annotation conventions give
each stop a visit of its own), on the day told right after it or, in group ``when``, before it.
Read by :func:`mapapp.extract.clause_links.with_legs`.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["FURTHER_LEG"]

_WEEKDAY = rf"(?-i:{WEEKDAY})"
# "will travel to Doha on Friday to meet officials and then to Cairo on Sunday": a further leg
FURTHER_LEG = re.compile(
    r"(?i),?\s+(?:and\s+(?=on\s+to\b)|(?:and\s+)?(?:then|later|afterwards|from\s+there|"
    r"after\s+that)\s*,?\s+(?:go\s+|travel\s+|fly\s+|head\s+)?)(?:on\s+)?to\s+(?=[A-Z])|"
    # "will travel on to Ottawa on Friday and to Washington on Saturday", "will travel to
    # Vilnius on Monday, and on Tuesday to Riga": a further stop, its day before or after it
    rf",?\s+and\s+(?P<when>(?:on\s+)?{_WEEKDAY}\s+|on\s+\d{{1,2}}\s+(?-i:[A-Z][a-z]+)\s+)?"
    r"(?:on\s+)?to\s+(?=(?-i:[A-Z]))|"
    # "… to Lima, Peru, May 2-3, and Quito, Ecuador, May 4-5": a further stop with its own days
    r",\s+and\s+(?=(?-i:[A-Z])[^,;.]{1,40},\s+(?-i:[A-Z])[^,;.]{1,30},\s+(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+)?\d)"
)
