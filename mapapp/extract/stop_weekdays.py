"""The bare weekday of a planned stop told after another stop of the same sentence.

"The minister will visit Guatemala City on Wednesday and Tegucigalpa on Friday", "She will be
in Vilnius on Monday and in Riga on Thursday" (told on a Thursday): a writer lists a trip's
stops in the order they are made, so each stop's weekday is the first such day on or after the
day of the stop told before it in the sentence. Read from publication alone, "Friday" would be
the next day, before the first stop; and a weekday that is the publication's own ("on
Thursday", told on a Thursday) would be that day, not the week's after the stop before it.

Only announced visits of one sentence whose weekdays are bare ("on Friday", no date) are
moved, and only when the weekday read alone falls before the earlier stop; a stop with its own
date, or any past trip, keeps its reading.
"""

from __future__ import annotations

import datetime as dt

from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import Mention

__all__ = ["follow_stop_weekdays"]

_BARE = ("weekday", "weekdays")  # "on Friday", "on Friday and Saturday"


def follow_stop_weekdays(events: list[Mention]) -> None:
    """Move the bare weekday of each planned stop that falls before the stop told before it
    in its sentence (see the module docstring)."""
    for e in events:
        if not _bare_stop(e):
            continue
        before = [x for x in events if _told_before(x, e)]
        if not before or e.span.start is None:
            continue
        prev = max(before, key=lambda x: x.venue.begin if x.venue else -1)
        anchor = prev.span.start
        if anchor is None or anchor <= e.span.start:
            continue
        day = anchor + dt.timedelta(days=(e.span.start.weekday() - anchor.weekday()) % 7)
        if day == anchor:
            continue  # the same weekday as the stop before: no order to read
        end = (e.span.end or e.span.start) + (day - e.span.start)
        e.span = DateSpan(day, end, e.span.precision, e.span.expression, "stop_weekday")
        e.date_note = f"'{e.span.expression}' read after the stop told before it: {prev.best[1]}"


def _bare_stop(e: Mention) -> bool:
    return (
        e.event_type == "visit"
        and e.status == "announced"
        and e.venue is not None
        and e.span.kind in _BARE
        and e.span.start is not None
    )


def _told_before(x: Mention, e: Mention) -> bool:
    """Another planned stop of ``e``'s sentence, told before it and dated by a weekday."""
    return (
        x is not e
        and _bare_stop(x)
        and x.index == e.index
        and x.venue is not None
        and e.venue is not None
        and x.venue.begin < e.venue.begin
        and x.venue.place.name != e.venue.place.name
    )
