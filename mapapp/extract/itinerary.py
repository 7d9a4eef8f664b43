"""The stops of an itinerary told first as a list, then one sentence per stop.

"The Secretary will travel to Libreville, Gabon; Luanda, Angola; and Pretoria, South Africa,
November 17-21." then "In Libreville on November 17, the Secretary will meet the President";
"Today I will travel to Papua New Guinea and Solomon Islands" then "In Port Moresby on 16 June, I
will meet …": each stop of the list is the visit its own sentence tells. A stop whose sentence
tells a meeting there takes that sentence's city and days (and quotes it); a stop whose sentence
tells a stay or a trip there ("On November 18 and 19, the Secretary will be in Luanda") is that
visit, told twice.
"""

from __future__ import annotations

import re

from mapapp.extract.discourse import RECENT, Mention, overlap

_TOLD_AT_STOP = ("meeting", "conference", "visit")
# "… will take him to Muscat and Doha": a further place of the list right after the stop
_LIST_GOES_ON = re.compile(
    r",?\s+and\s+(?:the\s+)?[A-Z]|,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,|\s+and\b)"
)
_AHEAD_DAYS = 31  # days after the list's first day within which a stop's sentence may fall
_TOUR_DAYS = 7  # the same, for a stop told ahead of a tour already begun
_OWN_DAYS = frozenset({"day", "range"})  # a stop's days told in the list
_LOOSE = frozenset({"week", "month", "season", "year"})  # a time told by a week or longer


def _stop_copy(x: Mention) -> bool:
    """A further destination of a verb told before it ("to Libreville, …; Luanda, …")."""
    return x.trigger.repeat and x.trigger.end - x.trigger.begin == 1


def _listed(events: list[Mention], v: Mention) -> bool:
    """Whether ``v`` is one stop of a list: one verb with destinations in two countries or
    more (its further destinations, and the last trip word told before them)."""
    if v.event_type != "visit" or v.venue is None or v.online:
        return False
    told = [x for x in events if x.index == v.index and x.event_type == "visit" and x.venue]
    copies = [x for x in told if _stop_copy(x)]
    if not copies:  # the list's further stops merged already with their own sentences
        return _LIST_GOES_ON.match(v.quote, v.venue.end) is not None
    first = min(x.trigger.begin for x in copies)
    verbs = [x for x in told if not _stop_copy(x) and x.trigger.begin < first]
    group = copies + verbs[-1:]
    codes = {x.venue.place.country_code for x in group if x.venue is not None}
    return any(x is v for x in group) and len(codes) >= 2


def _at_stop(v: Mention, m: Mention) -> bool:
    """Whether ``m``, told after the list, is at the stop ``v`` and within its days."""
    if m.index <= v.index or m.event_type not in _TOLD_AT_STOP or m.online:
        return False
    if m.venue is None or v.venue is None or m.span.start is None or not m.date_near:
        return False
    if m.venue.place.country_code != v.venue.place.country_code:
        return False
    if v.venue.place.precision != "country" and v.venue.place.name != m.venue.place.name:
        return False
    if v.span.start is None or overlap(v.span, m.span):
        return v.status == m.status or m.status == "announced"
    if v.span.precision in _OWN_DAYS and m.span.precision in _LOOSE:
        # "will travel on to Kigali and Nairobi on Friday and Saturday" then "a meeting in
        # Nairobi next week": a stop told with its days is not a later, loosely dated gathering
        return False
    ahead = (m.span.start - v.span.start).days
    if v.status == m.status:
        return 0 < ahead <= _AHEAD_DAYS
    # "began a tour of Tuvalu, Kiribati and Nauru on Friday" then "flies to Tarawa on Sunday":
    # a later stop of a tour under way, told ahead on a day of the tour's week
    return m.status == "announced" and m.span.precision == "day" and 0 < ahead <= _TOUR_DAYS


def follow_stops(events: list[Mention]) -> list[Mention]:
    """Give each stop of a listed itinerary the city, days and sentence its own sentence tells
    (see the module docstring); a stop told again as a visit is that visit."""
    dropped: set[int] = set()
    for i, v in enumerate(events):
        if not _listed(events, v):
            continue
        stop = next((m for m in events[i + 1 : i + 1 + RECENT] if _at_stop(v, m)), None)
        if stop is None:
            continue
        if stop.event_type == "visit":
            stop.quotes = [*stop.quotes, *(q for q in v.quotes if q not in stop.quotes)]
            dropped.add(id(v))
            continue
        v.venue, v.venues, v.span, v.status = stop.venue, stop.venues, stop.span, stop.status
        v.quotes = v.quotes if stop.quote in v.quotes else [*v.quotes, stop.quote]
        v.date_note = f"Days of the stop, told in: {stop.quote}"
        v.place_note = f"Place of the stop, told in: {stop.quote}"
    return [e for e in events if id(e) not in dropped]
