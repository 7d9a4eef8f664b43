"""A place named only to open a "where" clause: "All eyes are now on Geneva, where a new round of
talks opens on Monday", "Attention turns to Vienna, where the ministers meet next week", "The
focus shifts to Doha, where negotiators are due to resume talks".

Previews and analyses point at the place of the next event with a verb that is no trip ("turns
to", "are on", "shifts to", "looks to"); the event is told in the "where" clause after the name,
which is its venue. Only a city or a country right before ", where" is read; a name after a venue
preposition or a trip word ("in Geneva, where", "flew to Doha, where") is read by
:mod:`mapapp.extract.venues` already, and one after "from" is where a trip began ("arrived from
Sofia, where he had met …"), left to the rules for origins. Used by
:mod:`mapapp.extract.scheduled_venues`.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.place_names import NO_DAY, cached_lookup

__all__ = ["places_in_view"]

_WHERE = re.compile(
    rf"(?<![\w'’.-]){NO_DAY}(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de\s+|of\s+|es\s+)?[A-Z][\w'’.-]+)"
    r"{0,2}),\s+where\b"
)
# words after which a venue or an origin is read elsewhere: "in Geneva, where", "to Doha" after
# a trip word, "from Sofia, where", and the country of a city ("Lima, Peru, where")
_READ_ELSEWHERE = re.compile(
    r"(?i)(?:\b(?:in|at|into|inside|outside|near|from|via|of|visit\w*|tour\w*|reach\w*|"
    r"arriv\w*|travel\w*|flew|fly|flies|flying|went|go|goes|going|head\w*|left|leav\w*|"
    r"mov\w*|return\w*|proceed\w*|continu\w*|drove|driv\w*|came|come|comes|on\s+to|"
    r"onward\s+to)\s+(?:to\s+)?(?:the\s+)?|,\s*)$"
)
_LOOK = 30  # characters read back for the word before the name


def places_in_view(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name, place) of every city or country told right before ", where" after a
    word that is neither a venue preposition nor a trip's ("All eyes are on Geneva, where")."""
    out = []
    for m in _WHERE.finditer(masked):
        before = masked[max(0, m.start() - _LOOK) : m.start()]
        if _READ_ELSEWHERE.search(before) or gazetteer.is_demonym(m.group("name")):
            continue
        place = cached_lookup(m.group("name"), None).place
        if place is not None and place.precision in ("city", "country"):
            out.append((m.start("name"), m.end("name"), m.group("name"), place))
    return out
