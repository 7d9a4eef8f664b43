"""The city a diary's dated entry opens with: "Fri 22.06.2001 — Lima. Meeting with the
Secretary-General …", "Tue 19 March — Early flight to La Paz. Talks with …".

A minister's diary or a chronology tells each day's city once, as the first words after the
entry's date, then the day's engagements without it ("Meeting with …", "Talks with … at the
ministry"). The city alone ("Lima.", "Lima:", "Lima —") or the day's journey there ("Early
flight to La Paz.", "Arrival in Lima.") opens the entry and places the events told after it that
have no place of their own. Only the entry's opening is read; a journey told later in the entry
("In the evening, flight to Lima.") is the next day's, not this one's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mapapp import gazetteer

__all__ = ["entry_city"]

_LOOK = 80  # characters of the entry's text read for its opening
_OPENING = re.compile(
    r"(?:(?i:(?:early|late|morning|afternoon|evening|night)\s+)?"
    r"(?i:flight|flew|travel|travelled|traveled|arrival|arrived|drive|train)\s+(?i:to|in|at)\s+)?"
    r"(?P<city>[A-Z][\w.’'-]*(?:\s+(?:de\s+|es\s+|of\s+)?[A-Z][\w’'-]*){0,2})"
    r"\s*(?:[.;:]|[—–]\s)"
)


def entry_city(text: str, city: Callable[[str], gazetteer.Place | None]) -> gazetteer.Place | None:
    """The city the entry's ``text`` (after its date) opens with, as ``city`` resolves its
    name (None unless the gazetteer knows it as a city), or None.

    Examples
    --------
    >>> entry_city("Lima. Meeting with the Secretary-General.", lambda n: n)
    'Lima'
    >>> entry_city("Early flight to La Paz. Three hours of talks.", lambda n: n)
    'La Paz'
    >>> entry_city("Talks with the minister, then a flight to Lima.", lambda n: n) is None
    True
    """
    m = _OPENING.match(text[:_LOOK])
    return city(m.group("city")) if m else None
