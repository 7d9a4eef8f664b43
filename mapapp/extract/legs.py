"""Where the traveller is: an event told after a leg of a trip, with no place of its own, is at
that leg's end, not at the main event's place nor the dateline's city.

"NAIROBI — Ghana's president held talks with Kenya's president on Monday. On Tuesday he flew to
Mombasa. On Wednesday he met the county governor": the governor was met in Mombasa. "He left for
Kampala on Wednesday. On arrival he was received by Uganda's president", "He travelled to Kisumu
on Tuesday. There he met the governor", "… where he toured a fish market. He also met the
regional commissioner": an event with no date of its own, in one of the two sentences after the
leg, is at its end on its day; one dated is there when its day falls within the leg's days, is
the day of a one-day leg, or the next day told in the very next sentence (further on, the story
may have gone back). A leg told in the main event's sentence ("arrived in Nairobi on Monday and
held talks") is the main event's own place, and so is one that brings the traveller to the main
event's scene ("The minister arrived in Muscat on Wednesday night"); an event of the host's (it
shares the main event's actors and none of the leg's) stays where the main event is.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp import gazetteer
from mapapp.extract.discourse import MERGE_TYPES, Mention, main_event, span_width
from mapapp.extract.then_legs import follow_then_legs

_AFTER_ONE_DAY = dt.timedelta(days=1)
_CLOSE = 2  # sentences after the leg for an undated event
# "There he met …", "On arrival, …", "Upon arriving, …": at the end of the leg just told
_THERE = re.compile(r"(?i)^\W*(?:there|on\s+arrival|upon\s+(?:his\s+|her\s+)?arriv(?:al|ing))\b")


def _within(e: Mention, leg: Mention) -> bool:
    """Whether the dated event ``e`` falls in the days the traveller is at the leg's end."""
    if e.span.start is None or leg.span.start is None or leg.span.end is None:
        return False
    if span_width(e.span) > 7 or e.span.start < leg.span.start:
        return False
    if span_width(leg.span) > 0:
        return e.span.start <= leg.span.end
    if e.span.start == leg.span.start:
        return True
    # the next day, told in the very next sentence ("On Tuesday he flew to Mombasa. On
    # Wednesday he met the county governor"); further on, the story may have gone back
    return e.index - leg.index == 1 and e.span.start <= leg.span.start + _AFTER_ONE_DAY


def _hosts(e: Mention, leg: Mention, main: Mention | None) -> bool:
    """An event of the host's: it shares the main event's actors and none of the leg's."""
    if main is None or not e.actors or set(e.actors) & set(leg.actors):
        return False
    return bool(set(e.actors) & set(main.actors) - set(leg.actors))


def _at(leg: Mention, scene: gazetteer.Place | None) -> bool:
    """Whether a leg ends at the main event's scene (the arrival there told after it)."""
    if leg.venue is None:
        return True  # "arrived here", "arrived in the national capital"
    if scene is None:
        return False
    place = leg.venue.place
    if place.precision == "country" or scene.precision == "country":
        return place.country_code == scene.country_code
    return abs(place.lat - scene.lat) + abs(place.lon - scene.lon) <= 0.5


def _leg_of(
    events: list[Mention], i: int, main: Mention | None, scene: gazetteer.Place | None
) -> Mention | None:
    """The latest leg told before ``events[i]`` (a visit with a place and at most a week
    long, in a later sentence than the main event's), unless that sentence brings the
    traveller to the main event's scene ("arrived in the national capital on Monday evening,
    having spent the day in Sydney")."""
    e = events[i]
    legs = [
        x
        for x in events[:i]
        if x.event_type == "visit"
        and x.index < e.index
        and (x.venue is not None or x.here)  # ("arrived in the national capital": the scene)
        and x.status == e.status
        and not x.online
        and (main is None or x.index > main.index)
        and (x.span.start is None or span_width(x.span) <= 7)
    ]
    if not legs:
        return None
    last = [x for x in legs if x.index == legs[-1].index]
    return None if any(_at(x, scene) for x in last) else last[-1]


def follow_legs(events: list[Mention], dateline: gazetteer.Place | None) -> None:
    """Give unplaced events in person told after a leg of a trip that leg's place (and, when
    they have none, its day): see the module docstring. ``dateline``: the dateline's city, the
    main event's scene when its sentence names none."""
    follow_then_legs(events)  # "He then went on to Germany": first the days of the trip
    main = main_event(events)
    scene = main.venue.place if main is not None and main.venue is not None else dateline
    for i, e in enumerate(events):
        if e.venue is not None or e.online or e.event_type not in MERGE_TYPES:
            continue
        if e.event_type == "visit" or e is main:
            continue
        leg = _leg_of(events, i, main, scene)
        if leg is None or leg.venue is None or _hosts(e, leg, main):
            continue
        if e.span.start is None:
            if e.index - leg.index > _CLOSE or (e.here and not _THERE.match(e.quote)):
                continue
            if leg.span.start is not None and span_width(leg.span) == 0:
                e.span = leg.span
                e.date_note = f"Day of the leg of the trip told before it: {leg.best[1]}"
        elif not _within(e, leg) or e.here:
            continue
        e.venue, e.venues = leg.venue, leg.venues
        e.place_note = f"Place the trip had reached ({leg.venue.place.name}): {leg.best[1]}"
