"""The scene of the article: where and when events without a place or date of their own happened.

The article's main event (:func:`mapapp.extract.discourse.main_event`) is the first one in person
that the lead reports; when the lead gives it no place, the dateline does ("GENEVA (AP) —"), and
"here" is the dateline's city. Events linked to it ("on the sidelines", "at the end of the
meeting"), within three days of it, or continuing its story in the lead take its place when their
sentence names none — never a call or an online event. An event told with "also" takes the date
and place of the event it adds to.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp import gazetteer
from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import (
    MERGE_TYPES,
    RECENT,
    Mention,
    main_event,
    overlap,
    span_width,
)
from mapapp.extract.landmarks import seat_of
from mapapp.extract.venues import Venue

_SCENE_DAYS = 3  # days around the main event within which an unplaced event shares its place


def set_scene(events: list[Mention], dateline: gazetteer.Place | None) -> None:
    """Give the main event the dateline's place, and unplaced events near it the main place."""
    for e in events:  # "arrived here on Monday": where the report was filed
        if e.here and e.venue is None and not e.online and dateline is not None:
            trip = _trip_away(events, e, dateline)
            if trip is not None and trip.venue is not None:  # "at the Presidential Palace on
                e.venue, e.venues = trip.venue, trip.venues  # Monday" of Monday's trip abroad
                e.place_note = f"Place of the trip on that day: {trip.best[1]}"
                continue
            scene = _arrived_at_scene(events, e, dateline)
            if scene is not None and scene.venue is not None:
                e.venue, e.venues = scene.venue, scene.venues
                e.place_note = f"Place of the story the arrival is part of: {scene.best[1]}"
                continue
            here = seat_of(e.quote, dateline)  # "in the capital" of a SHANGHAI report: Beijing
            e.venue, e.venues = Venue(0, 0, here.name, here), []
            e.place_note = f"Place from 'here' and the dateline ({dateline.name})."
    _main_scene(events, dateline)


def _main_scene(events: list[Mention], dateline: gazetteer.Place | None) -> None:
    """The main event's place (the dateline's when the lead gives none), shared around it."""
    main = main_event(events)
    lead = min((e.paragraph for e in events), default=0)
    if main is None:
        return
    if main.venue is None and dateline is not None and main.paragraph == lead:
        main.venue = Venue(0, 0, dateline.name, dateline)
        main.venues = [main.venue]
        main.place_note = f"Place from the dateline ({dateline.name})."
    if main.venue is not None:
        _share_scene(events, main, main.venue)


_HERE_WORD = re.compile(r"\bhere\b|\b(?:city|capital|town)\b")
_OFFICE = re.compile(
    r"(?i)\b(?:palace|house|ministry|office|residence|secretariat|chancellery|parliament)\b"
)


def _trip_away(events: list[Mention], e: Mention, dateline: gazetteer.Place) -> Mention | None:
    """A trip to another country on the day of an event told at an office with no city ("will
    hold talks at the Presidential Palace on Monday", the day a GEORGETOWN report's president
    travels to Paramaribo): the office is at the trip's end. Never for "here" or "the city"."""
    if e.span.start is None or _HERE_WORD.search(e.quote) or not _OFFICE.search(e.quote):
        return None
    return next(
        (
            v
            for v in events
            if v.event_type == "visit"
            and v.status == e.status
            and v.venue is not None
            and v.venue.place.country_code != dateline.country_code
            and v.span.start is not None
            and overlap(v.span, e.span)
        ),
        None,
    )


_ARRIVAL = re.compile(r"(?i)^(?:arrived|landed|(?:flew|flown|jetted)\s+in)$")


def _arrived_at_scene(
    events: list[Mention], e: Mention, dateline: gazetteer.Place
) -> Mention | None:
    """ "TASHKENT — … held talks in Termez on Sunday with a delegation … The delegation, which
    arrived from Mazar-i-Sharif on Saturday, …": an arrival that names no place (nor "here")
    is at the city of the story's main event, when that city is in the dateline's country."""
    if e.event_type != "visit" or not _ARRIVAL.match(e.quote_trigger.strip()):
        return None
    if _HERE_WORD.search(e.quote):
        return None
    main = main_event(events)
    if main is None or main is e or main.venue is None or main.online:
        return None
    place = main.venue.place
    if place.precision == "country" or place.country_code != dateline.country_code:
        return None
    return main


def dateline_city(events: list[Mention], dateline: gazetteer.Place | None) -> None:
    """ "HANOI — … begins a state visit to Viet Nam": an event placed only in the country of
    the dateline's city is in that city (run last: a trip to a country still frames its
    stops' dates)."""
    for e in events:
        if dateline is None or e.venue is None or e.venue.place.precision != "country":
            continue
        if e.venue.place.country_code == dateline.country_code:
            e.venue = Venue(e.venue.begin, e.venue.end, dateline.name, dateline)
            e.place_note = f"Place from the dateline ({dateline.name}), in {e.venue.text}."


def _another_day(e: Mention, main: Mention) -> bool:
    """ "TUESDAY, 11 MARCH / The President left Accra for Abidjan …" then "FRIDAY, 14 MARCH / the
    Vice-President received a delegation": a diary's trip told below one day's heading is no
    place for what another day's heading tells."""
    a, b = e.span, main.span
    other = a.kind == b.kind == "heading" and a.expression != b.expression
    return other and main.event_type == "visit"


def _near(a: DateSpan, b: DateSpan) -> bool:
    """Within :data:`_SCENE_DAYS` of each other, or days of one working week ("On Monday, the
    Secretary-General met …", "On Friday he met …" in a summary of the week at Headquarters)."""
    if overlap(a, b, _SCENE_DAYS):
        return True
    days = [d for d in (a.start, a.end, b.start, b.end) if d is not None]
    return len(days) == 4 and len({d.isocalendar()[:2] for d in days}) == 1


def _continues(e: Mention, main: Mention) -> bool:
    """An undated event told in the lead after the main event, of the same status, in person:
    the same story goes on ("The deal was signed by the two ministers at …"); an undated plan
    told within two sentences after a trip ahead is part of its programme."""
    if e.span.start is not None or e.status != main.status or not main.index <= e.index:
        return False
    if e.status == "announced":  # "will pay a visit to China … will hold talks with Premier Li"
        return main.event_type == "visit" and e.index - main.index <= 2
    return e.status == "occurred" and e.paragraph <= main.paragraph + 1


def _share_scene(events: list[Mention], main: Mention, venue: Venue) -> None:
    """Unplaced events linked to the main event, near it in time, or continuing its story in
    the lead take its place; those told with it or at the same time take its date too."""
    dated = main.span.start is not None
    for e in events:
        if e is main or e.online or e.event_type not in MERGE_TYPES:
            continue
        # "received her counterpart on Tuesday …, and the two ministers signed a declaration"
        told_with = e.index == main.index and e.status == main.status
        if e.venue is not None:  # "travelled to Buenos Aires for the signing": its date
            same_day = (e.same_time and e.linked) or told_with
        else:
            near = e.span.start is not None and dated and _near(e.span, main.span)
            near = near and not _another_day(e, main)
            near = near and not (e.status == "announced" and span_width(e.span) > 7)  # a loose plan
            if not (e.linked or near or _continues(e, main)):
                continue
            stop = _stop_that_day(events, e, main)
            if stop is not None and stop.venue is not None:
                e.venue, e.venues = stop.venue, stop.venues
                e.place_note = f"Place of the trip's stop that day: {stop.best[1]}"
                continue
            e.venue, e.venues = venue, main.venues
            e.place_note = (
                f"Place of the main event ({venue.place.name}), reported in: {main.best[1]}"
            )
            same_day = e.same_time or told_with
        ahead = e.status == "announced" and main.status == "occurred"  # not on its day
        if e.span.start is None and same_day and dated and not ahead:
            e.span = main.span
            e.date_note = f"Date of the main event, reported in: {main.best[1]}"


def _stop_that_day(events: list[Mention], e: Mention, main: Mention) -> Mention | None:
    """ "On Wednesday he travelled to Hai Phong, where he toured the port. He met the city's
    party chief the same day": an unplaced event on the day of a one-day stop in another town,
    told just before it, is at that stop, not at the main event's place; so is one told right
    after a meeting in another town that day ("hosted her counterpart in Perth. The two
    ministers signed …")."""
    if e.span.start is None or span_width(e.span) > 0 or e.linked or main.venue is None:
        return None
    return next(
        (
            v
            for v in reversed(events)
            if v is not main
            and v.status == e.status
            and _just_before(v, e)
            and v.venue is not None
            and v.venue.place.precision == "city"
            and v.venue.place.name != main.venue.place.name
            and span_width(v.span) == 0
            and overlap(v.span, e.span)
        ),
        None,
    )


def _just_before(stop: Mention, e: Mention) -> bool:
    """A visit told up to two sentences before, or a meeting told in the sentence just before in
    the same paragraph ("hosted her counterpart in Canberra. The Ministers signed …")."""
    if stop.event_type == "visit":
        return 0 < e.index - stop.index <= 2
    return stop.event_type in ("meeting", "conference") and (
        e.index - stop.index == 1 and e.paragraph == stop.paragraph
    )


# "From there he also called …", "While there, she also met …": at the stop just told
_THERE = re.compile(r"(?i)(?:from\s+there|while\s+there|there)\b")


def follow_also(events: list[Mention]) -> None:
    """ "The two officials also signed a memorandum", "Whitfield also held a video call": an
    event told with "also" and no date or place of its own took place at the date and place
    of the event it adds to — the latest earlier one of the same status sharing an actor, or
    else the main event. A call or online event takes only the date."""
    main = main_event(events)
    for i, e in enumerate(events):
        if not e.also or (e.span.start is not None and (e.venue is not None or e.online)):
            continue
        earlier = [
            x
            for x in events[max(0, i - RECENT) : i]
            if x.event_type in MERGE_TYPES and x.status == e.status and x.index < e.index
        ]
        shared = [x for x in earlier if set(x.actors) & set(e.actors)]
        ref = shared[-1] if shared else main if main in earlier else None
        if earlier and _THERE.match(e.quote):
            ref = earlier[-1]  # "From there he also spoke by telephone with …": the stop before
        if ref is None and earlier and e.event_type in MERGE_TYPES:
            # "The Secretary also held a video call": the event told just before
            ref = earlier[-1]
        if ref is None:
            continue
        if e.span.start is None and ref.span.start is not None:
            e.span = ref.span
            e.date_note = f"Date of the event it adds to, reported in: {ref.best[1]}"
        if e.venue is None and not e.online and ref.venue is not None:
            e.venue, e.venues = ref.venue, ref.venues
            e.place_note = f"Place of the event it adds to ({ref.venue.place.name}): {ref.best[1]}"


_SIDELINES = re.compile(r"(?i)\bon\s+the\s+(?:sidelines|margins|fringes?)\b")


def follow_sidelines(events: list[Mention]) -> None:
    """ "On the sidelines, the Prime Minister held bilateral talks with …": an event in person
    told on the sidelines, with no place or date of its own, is at the place and in the days
    of the latest gathering of many parties told before it (the summit, not the trip to it)."""
    for i, e in enumerate(events):
        if e.online or e.event_type not in MERGE_TYPES or e.event_type == "conference":
            continue
        if e.venue is not None and e.span.start is not None:
            continue
        if not _SIDELINES.search(e.quote):
            continue
        gatherings = [
            x
            for x in events[max(0, i - RECENT) : i]
            if x.event_type == "conference" and not x.online and x.status == e.status
        ]
        if not gatherings:
            continue
        # the gathering under way, not "a first gathering was held in Helsinki in 2024"
        gathering = max(gatherings, key=lambda x: x.span.end or dt.date.min)
        if e.venue is None and gathering.venue is not None:
            e.venue, e.venues = gathering.venue, gathering.venues
            e.place_note = f"Place of the gathering it was on the sidelines of: {gathering.best[1]}"
        if e.span.start is None and gathering.span.start is not None:
            e.span = gathering.span
            e.date_note = f"Days of the gathering it was on the sidelines of: {gathering.best[1]}"


# "While in Jakarta I will also meet …", "During her stay in Rabat, she …": at that stop
_WHILE_IN = re.compile(
    r"(?:While|When|During\s+(?:his|her|their|the)\s+(?:stay|visit|time))\s+(?:in|at|to)\s+"
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
)


def follow_stay(events: list[Mention]) -> None:
    """An event told "While in X" with no place or date of its own is in X, in the days of the
    latest visit to X told before it."""
    for i, e in enumerate(events):
        told = _WHILE_IN.match(e.quote)
        if told is None or e.event_type == "visit" or (e.venue and e.span.start):
            continue
        name = told["place"].casefold()
        stay = next(
            (
                x
                for x in reversed(events[max(0, i - RECENT) : i])
                if x.event_type == "visit"
                and x.venue is not None
                and name in (x.venue.place.name.casefold(), x.venue.text.casefold())
            ),
            None,
        )
        if stay is None:
            continue
        if e.venue is None and not e.online:
            e.venue, e.venues = stay.venue, stay.venues
            e.place_note = f"Place of the stay it was told in: {stay.best[1]}"
        if e.span.start is None and stay.span.start is not None:
            e.span = stay.span
            e.date_note = f"Days of the stay it was told in: {stay.best[1]}"
