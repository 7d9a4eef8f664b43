"""An arrival that names no place, told right after another guest's arrival in a city, is there.

"Jordan's King arrived in Baghdad on Saturday evening … Egypt's president flew in on Sunday
morning", "The Kenyan delegation landed in Arusha on Monday. The Ugandan president arrived the
next day": guests of one gathering arrive one after the other, and the second arrival's
"flew in" is to the city the sentence before it named, even when the report was filed elsewhere
("WASHINGTON - …"). Only an arrival word ("arrived", "landed", "flew in") with no place of its
own, in the same paragraph as the placed arrival and the sentence right after it, and in the same
tense, takes its city; an arrival "here" is left to the dateline, and so is one after a sentence
that goes on to another place ("arrived in Washington … and was driven to Camp David").
"""

from __future__ import annotations

import re

from mapapp.extract.discourse import Mention

_ARRIVAL = re.compile(
    r"(?i)^(?:(?:arrived|arrives|landed|lands)(?:\s+(?:in|at))?|(?:flew|flown|flies|jetted)\s+in(?:to)?)$"
)
_HERE = re.compile(r"\bhere\b")


def _arrival(m: Mention) -> bool:
    return (
        m.event_type == "visit" and not m.online and bool(_ARRIVAL.match(m.quote_trigger.strip()))
    )


def follow_fellow_arrivals(events: list[Mention]) -> list[Mention]:
    """``events``, an unplaced arrival among them at the city of the arrival told in the
    sentence before it (module docstring)."""
    placed = {
        m.index: m
        for m in events
        if _arrival(m) and m.venue is not None and m.venue.place.precision == "city"
    }
    for m in events:  # "arrived in Washington … and was driven to Camp David": no one city
        first = placed.get(m.index)
        if first is None or m.event_type != "visit" or m.venue is None or first.venue is None:
            continue
        if m.venue.place.name != first.venue.place.name:
            del placed[m.index]
    for e in events:
        if e.venue is not None or not _arrival(e) or _HERE.search(e.quote):
            continue
        before = placed.get(e.index - 1)
        if before is None or before.paragraph != e.paragraph or before.status != e.status:
            continue
        if before.venue is not None:
            e.venue, e.venues = before.venue, [before.venue]
            e.place_note = f"Place of the arrival told before it: {before.best[1]}"
    return events
