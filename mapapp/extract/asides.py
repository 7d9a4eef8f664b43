"""Asides: a clause set off by commas that tells an event of its own.

"The minister, who arrived in Tashkent on Monday, held talks … on Tuesday": Monday and Tashkent
are the arrival's, told in the aside; the talks take neither. "…, having stopped in Male on
Friday, where he met …": a clause opened by "where" after the aside hangs on it and keeps its
date.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger
from mapapp.extract.venues import Venue

_HANGS_ON = re.compile(r",\s+(?:where|when|during\s+which)\b")
_ASIDE = re.compile(r",\s+(?:who|which|whose|having)\s+[^,;()]{3,160}?(?=,)")


def in_aside(masked: str, pos: int, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "The minister, who arrived in Tashkent on Monday, held talks … on Tuesday": a date in
    a clause set off by commas that tells another event is that event's, not ``trigger``'s."""
    lo = max(0, pos - 170)
    for m in _ASIDE.finditer(masked, lo, min(len(masked), pos + 170)):
        if not m.start() <= pos < m.end() or m.start() <= trigger.begin < m.end():
            continue
        if _HANGS_ON.match(masked, m.end(), trigger.begin):
            continue  # "…, having stopped in Male on Friday, where he met …": its host's
        if any(m.start() <= t.begin < m.end() for t in triggers if t is not trigger):
            return True
    return False


def own_place(
    masked: str, trigger: Trigger, triggers: list[Trigger], venue: Venue | None, venues: list[Venue]
) -> Venue | None:
    """ "The president, who visited Paris in June, met the chancellor in Berlin": a place in an
    aside that tells another event is that event's; the trigger takes the next place after it."""
    if venue is None or not in_aside(masked, venue.begin, trigger, triggers):
        return venue
    return next((v for v in venues if trigger.end <= v.begin <= trigger.end + 80), None)
