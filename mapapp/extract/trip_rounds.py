"""A trip "for further talks" to a place where the earlier gathering was not held: talks with
the hosts, a meeting.

"Algeria's foreign minister is to travel to Rabat on the 20th for further talks", after a
gathering of many states in Cairo and a sideline meeting there: the traveller goes to the
hosts' capital to talk with them, two sides, whatever the series of gatherings the article told
before. A trip back to where the series met ("will fly back to Vienna next week for further
talks" after rounds in Vienna) is the series' next session and keeps its kind
(:mod:`mapapp.extract.series`).

Only the words right before the event word are read, and the places of the earlier events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

# "is to travel to Rabat on the 20th for further", "flew to Lima on Monday for more"
_TRIP_FOR_MORE = re.compile(
    r"(?i)\b(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|go|"
    r"goes|went|head|heads|headed|heading|return|returns|returned|returning)\s+(?:back\s+|on\s+)?"
    r"to\s+(?-i:[A-Z])[^.;:]{0,80}?\bfor\s+(?:further|more|fresh|new|another\s+round\s+of)\s+$"
)
_LOOK = 140  # characters before the event word where the trip is read


def talks_with_hosts(m: Mention, earlier: list[Mention]) -> bool:
    """Whether ``m`` is the talks of a trip "for further talks" to a place none of the
    ``earlier`` gatherings was held in (talks with the hosts)."""
    before = m.quote[max(0, m.trigger.begin - _LOOK) : m.trigger.begin]
    if m.venue is None or not _TRIP_FOR_MORE.search(before):
        return False
    place = m.venue.place.name
    return all(e.venue is None or e.venue.place.name != place for e in earlier)
