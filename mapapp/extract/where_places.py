"""The place a "where" clause follows, and the day told with it.

"arrived in Madrid from Lisbon, where he had held talks": the clause is in Lisbon, the place
named right before "where". A stop can carry its own day between its name and "where": "will
travel to Muscat on Wednesday for consultations, and to Doha on Thursday, where he will meet
the Emir", "travelled to Split on Monday and to Zagreb on Tuesday, where she was received by the
president": the meeting is in Doha on Thursday (in Zagreb on Tuesday), not at the first stop on
its day. The day is read in the tense of the event told before "where", so a past trip's
weekday is the one before publication. Read by :mod:`mapapp.extract.clause_links`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from mapapp.extract.actors import ActorTable
from mapapp.extract.text_dates import DateMatch, DateSpan
from mapapp.extract.venues import Venue, stop_at

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

_NAME_BEFORE = re.compile(  # "from the northern city of Mazar-i-Sharif, where …"
    r"\b(?:from|in|to|at|via)\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:city|town|port)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
    # "and to Doha on Thursday, where …": the stop's own day between the place and "where"
    r"(?:\s+on\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+)|\s+(?:today|tomorrow))?$"
)
_LOOK_BACK = 60  # characters before "where" read for the place


def place_before(masked: str, host_pos: int, table: ActorTable) -> Venue | None:
    """The place named right before "where" ("arrived in Madrid from Lisbon, where …", "and
    to Doha on Thursday, where …")."""
    m = _NAME_BEFORE.search(masked, max(0, host_pos - _LOOK_BACK), host_pos)
    return stop_at(masked, m.start("name"), table) if m else None


def day_of_place(
    named: Venue, host_pos: int, before: Mention, dates: Callable[[bool], list[DateMatch]]
) -> DateSpan | None:
    """The day told between ``named`` and "where" (at ``host_pos``), read in the tense of
    ``before``, the event told before "where"; None when no day is told there."""
    days = [
        d
        for d in dates(before.status == "announced")
        if named.end <= d.begin < host_pos and d.span.start is not None
    ]
    return days[-1].span if days else None
