"""A weekday told at a stop of a trip that the sentence before places in last week or next
week is that weekday of the week named.

"Last week I travelled to Samoa and Tonga. In Apia on Tuesday I met the Prime Minister …" (an
answer in parliament on a Wednesday), "The envoy will travel to Cairo and Amman
next week. In Amman on Friday she will meet …" (a briefing on a Monday): the writer names the
week once and then the days of its stops. Read alone from the publication day, "on Tuesday"
would be the day before the answer and "on Friday" the coming one, in the week of publication,
not the week the trip was told in.

Only a weekday alone ("on Tuesday", "on Thursday and Friday", not "last Tuesday") is moved, in
a sentence of the same paragraph told at most two sentences after the trip, with no other date
told between them, at a place of the trip (its city, or a city of a country it names), and
only to a day that fits the event's tense. "Last week the president travelled to Beijing. On
Tuesday the foreign minister was in Astana …" (another place) keeps its own reading.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import Mention

__all__ = ["at_stops_of_the_week"]

_WEEKS = {"last_week": "occurred", "next_week": "announced"}
_BACK = 2  # sentences between the trip and the stop
_OWN = re.compile(r"(?i)\b(?:last|next|this|past|coming)\b")  # "last Tuesday": its own reading


def _trip_before(mentions: list[Mention], i: int) -> Mention | None:
    """The latest dated mention told in an earlier sentence shortly before the ``i``-th, when
    it is dated to last week or next week."""
    e = mentions[i]
    for x in reversed(mentions[:i]):
        if x.index == e.index or x.span.start is None:
            continue
        if x.paragraph != e.paragraph or e.index - x.index > _BACK:
            return None
        return x if x.span.kind in _WEEKS else None
    return None


def _at_a_stop(e: Mention, trip: Mention) -> bool:
    """Whether ``e`` is placed in a city the trip names or in a country it names."""
    if e.venue is None or e.venue.place.precision == "country":
        return False
    for v in trip.venues:
        if v.place.precision == "country":
            if v.place.country_code == e.venue.place.country_code:
                return True
        elif v.place.name == e.venue.place.name:
            return True
    return False


def at_stops_of_the_week(mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each weekday at a stop of a trip told in last week or next week moved
    into that week (module docstring)."""
    for i, e in enumerate(mentions):
        span = e.span
        if span.kind not in ("weekday", "weekdays") or span.start is None or span.end is None:
            continue
        if _OWN.search(span.expression or ""):
            continue
        trip = _trip_before(mentions, i)
        if trip is None or trip.span.start is None or _WEEKS[trip.span.kind] != e.status:
            continue
        if not _at_a_stop(e, trip):
            continue
        start = trip.span.start + dt.timedelta(days=span.start.weekday())
        end = start + (span.end - span.start)
        if start == span.start or end.weekday() != span.end.weekday():
            continue
        e.span = DateSpan(start, end, span.precision, span.expression, "week_stop")
        e.date_note = f"'{span.expression}' in the week of the trip told before: {trip.quote}"
    return mentions
