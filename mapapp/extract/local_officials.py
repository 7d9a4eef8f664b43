"""A meeting with an official named by title alone is in the dateline's city.

"APIA, Aug 29 - … Japan's ambassador called on the Minister of Foreign Affairs last Friday": a
report filed from a city names that country's own officials by their title alone ("the Prime
Minister", "the Minister of Foreign Affairs", "the Speaker"), so a meeting with one of them that
no other rule has placed was held where they sit: the dateline's city. A title tied to another
country ("the Prime Minister of Japan", "Fiji's Foreign Minister", "the Japanese Minister") says
nothing of the kind, and neither does a call or an online meeting.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.discourse import Mention
from mapapp.extract.venues import Venue

# the verb and its guest named by a capitalised title alone, with no country before or after
_TITLE = (
    r"(?:Prime\s+Minister|President|Vice[- ]President|Deputy\s+Prime\s+Minister|"
    r"(?:Foreign|Finance|Defen[cs]e|Trade|Interior|Health)\s+Minister|"
    r"Minister(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w,'’ -]{2,60}?)?|Speaker|Governor-General|"
    r"King|Queen|Emir|Sultan|Chancellor)"
)
_WITH_TITLE = re.compile(
    r"\b(?:called\s+on|calls\s+on|met|met\s+with|meets|meets\s+with|will\s+meet|"
    r"(?:was|were)\s+received\s+by|held\s+talks\s+with|paid\s+a\s+courtesy\s+call\s+on)\s+"
    rf"the\s+(?P<title>{_TITLE})(?P<after>\s+of\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)?"
)


_REACH = 400  # characters after the event word within which its verb and title are read


def _of_a_country(after: str | None) -> bool:
    """ "of Japan", "of the Republic of Korea": a title tied to a country."""
    if not after:
        return False
    name = re.sub(r"^\s+of\s+(?:the\s+)?", "", after)
    return gazetteer.country_code_for(name, demonyms=False) is not None or any(
        gazetteer.is_country_name(w) for w in name.split()
    )


def follow_local_officials(events: list[Mention], dateline: gazetteer.Place | None) -> None:
    """Place unplaced meetings with a title-only official at the dateline's city."""
    if dateline is None or dateline.precision != "city":
        return
    for e in events:
        if e.venue is not None or e.online or e.event_type != "meeting":
            continue
        hi = min(len(e.quote), e.trigger.end + _REACH)
        m = _WITH_TITLE.search(e.quote, max(0, e.trigger.begin - 20), hi)
        if m is None or m.start() > e.trigger.end + 60 or _of_a_country(m.group("after")):
            continue
        if any(gazetteer.country_code_for(w) for w in m.group("title").split()):
            continue
        e.venue = Venue(0, 0, dateline.name, dateline)
        e.place_note = f"Place from the dateline ({dateline.name}): a local official."
