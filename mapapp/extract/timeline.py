"""Dates carried across sentences: "Earlier, …", "On the same day", "two days later", and a
programme's weekdays ("from 24 to 27 April … On Thursday, he is due to meet …").

An event whose sentence gives no date of its own, only one relative to another event, takes it
from the latest earlier event dated to the day or week (:mod:`mapapp.extract.relative_dates`
says how each expression counts).
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.discourse import RECENT, Mention, instead_of, main_event, span_width
from mapapp.extract.occasions import ARRIVED
from mapapp.extract.programme_places import abroad_of
from mapapp.extract.relative_dates import (
    DURING_TYPES,
    counts_back,
    find_relative,
    resolve_ahead,
    resolve_relative,
)
from mapapp.extract.sentences import Dateline
from mapapp.extract.text_dates import DateSpan, resolve_date

_SAME_DAY_OPENER = re.compile(
    r"(?i)^\W*(?:(?:earlier|later)(?:\s+(?:in\s+the\s+day|that\s+day))?|"
    r"(?:in|during)\s+the\s+(?:afternoon|evening|morning)|that\s+(?:afternoon|evening|night))\b\s*,?"
)


def follow_same_day(events: list[Mention]) -> None:
    """ "Earlier, the Prime Minister received the ambassador": a sentence opening with
    "Earlier," or "Later," and stating no date of its own is on the day of the event before it;
    so is an event told as happening "instead" of it ("instead met X in the morning and Y in
    the afternoon": both)."""
    for i, e in enumerate(events):
        sibling = i > 0 and events[i - 1].index == e.index and instead_of(events[i - 1])
        opener = _SAME_DAY_OPENER.match(e.quote) or instead_of(e) or sibling
        if e.span.start is not None or not opener or i == 0:
            continue
        ref = next(
            (x for x in reversed(events[max(0, i - RECENT) : i]) if x.span.precision == "day"),
            None,
        )
        # ("Later, in Kumasi, she held talks": the stop's visit is on the talks' day)
        if ref is not None and ref.span.start is not None and (ref.index <= e.index or sibling):
            e.span = ref.span
            e.date_note = f"Same day as the event reported before it: {ref.best[1]}"


def _is_dated(x: Mention) -> bool:
    """A span of at most a week: a day the events told after it can be counted from."""
    return x.span.start is not None and 0 <= span_width(x.span) <= 7


def _flashback(x: Mention) -> bool:
    """ "had stopped in Paris the day before": told back from an event, which stays the one
    "on the morning of the talks", "during the visit" name."""
    return x.relative is not None and (counts_back(x.relative) or bool(x.relative.group("eve")))


def _before_story(e: Mention, x: Mention, main: Mention | None) -> bool:
    """ "The two leaders, whose governments signed a treaty on August 1 last year, …. The
    guest later met the president": "later" follows the story's events, not a history told
    before it (an event ending before the main event's day)."""
    if e.relative is None or not e.relative.group("later") or main is None or x is main:
        return False
    return main.span.start is not None and x.span.end is not None and x.span.end < main.span.start


_WHAT = (
    "what",
    "whatb",
    "whate",
    "whata",
    "whatd",
)  # the event named: "during/before/on the eve of/after"


def follow_relative(events: list[Mention], published: dt.date) -> None:
    """ "On the same day, …", "two days later", "the day before", "during the visit": an event
    dated only relative to another takes its day from the latest earlier event dated to the
    day or week (of the type named, for "during the visit"), that is not ahead when it is past;
    an event "during" another with no place of its own takes that one's place too."""
    main = main_event(events)
    for i, e in enumerate(events):
        if e.relative is None or e.span.start is not None:
            continue
        what = next((e.relative.group(g) for g in _WHAT if e.relative.group(g)), None)
        kinds = DURING_TYPES.get(what.lower()) if what else None
        told = [
            x
            for x in reversed(events[max(0, i - RECENT) : i])
            if x.index < e.index
            and _is_dated(x)
            and (kinds is None or x.event_type in kinds)
            and not (e.status == "occurred" and x.status == "announced")
        ]
        refs = [x for x in told if not (what and _flashback(x)) and not _before_story(e, x, main)]
        # "Following the consultations": the event told as consultations, before a later one
        # (one told back too: "On the eve, … held negotiations. Following the negotiations, …")
        pool = told if e.relative.group("after") else refs
        named = [x for x in pool if what and what.lower() in x.quote_trigger.lower()] or [
            x for x in pool if what and any(what.lower() in q.lower() for q in x.quotes)
        ]  # "At the close of the session": the event whose sentence called it a session
        # "is to be signed during the visit": the leg still ahead, not the trip under way
        alike = [x for x in refs if x.status == e.status]
        mine = [x for x in named if x.status == e.status]
        ref = next(iter(mine or alike or named or refs), None)
        span = None
        if ref is not None and e.relative.group("ahead"):
            span = (
                resolve_ahead(e.relative, ref.span, published) if e.status == "announced" else None
            )
        elif ref is not None:
            span = resolve_relative(e.relative, ref.span)
        if ref is None or span is None:
            continue
        e.span = span
        e.date_note = f"Date '{e.relative.group(0)}' counted from: {ref.best[1]}"
        noun = e.relative.group("what") or e.relative.group("whata") or e.relative.group("bythen")
        if noun and e.venue is None and not e.online and ref.venue:
            e.venue, e.venues = ref.venue, ref.venues
            e.place_note = f"Place of the {noun.lower()} ({ref.venue.place.name}): {ref.best[1]}"


def date_from_dateline(
    events: list[Mention], dateline: Dateline | None, published: dt.date
) -> None:
    """ "ADDIS ABABA, 9 February — On the sidelines of the summit, …": the lead's main event,
    when its sentence gives no date, is on the dateline's date."""
    main = main_event(events)
    if main is None or main.span.start is not None or dateline is None or not dateline.date:
        return
    if main.status != "occurred":
        return  # an announced event is not on the day the report was filed
    span = resolve_date(dateline.date, published)
    if (
        span.start is not None
        and span.precision == "day"
        and main.index == min(e.index for e in events)
    ):
        main.span = span
        main.date_note = f"Date from the dateline ({dateline.date})."


def date_from_next(events: list[Mention]) -> None:
    """ "Kenya's president has arrived in Mogadishu …" then "He was received at the airport on
    Tuesday by Somalia's president": an undated lead event takes the day of the first event
    told in the next two sentences, of the same status, in the same country or with no place
    of its own (the story's next sentence dates it)."""
    main = main_event(events)
    if main is None or main.span.start is not None or main.status != "occurred":
        return
    if main.index != min(e.index for e in events):
        return
    for x in events:
        if not 0 < x.index - main.index <= 2 or x.status != main.status:
            continue
        if x.span.precision != "day" or x.online:
            continue
        country = (
            x.venue is None
            or main.venue is None
            or x.venue.place.country_code == main.venue.place.country_code
        )
        if country:
            main.span = x.span
            main.date_note = f"Date of the next event told: {x.best[1]}"
        return


def follow_trip(events: list[Mention], published: dt.date | None = None) -> None:
    """ "will make a state visit to Australia from Sept. 8 to 10 … will hold talks in Canberra":
    an event with no date of its own, placed in the country of a trip told before it (of the
    same status), falls within that trip's days. A further stop of a stay in a country ("is in
    China from Feb. 19 to 23 … will also travel to Shanghai") falls within the days of the stay
    still ahead."""
    for i, e in enumerate(events):
        if e.span.start is not None or e.venue is None:
            continue
        trip = next(
            (x for x in reversed(events[max(0, i - RECENT) : i]) if _within_trip(e, x, published)),
            None,
        )
        if trip is None or trip.span.start is None or trip.span.end is None:
            continue
        if (day := _after_arrival(events, e, trip)) is not None:
            e.span, e.date_note = day, f"Day of the story, after the arrival in: {trip.best[1]}"
            continue
        e.span = trip.span
        if e.status != trip.status and published is not None:
            start = max(trip.span.start, published)
            e.span = DateSpan(start, trip.span.end, "range", trip.span.expression, "trip")
        e.date_note = f"Within the trip told before: {trip.best[1]}"


def _after_arrival(events: list[Mention], e: Mention, trip: Mention) -> DateSpan | None:
    """ "held talks in Accra on Wednesday. The minister arrived on Tuesday evening … The two
    ministers signed a memorandum": an arrival's day is when the trip began, not the day of
    what follows it; an undated event after it is on the day of the story's main event, when
    that is the day or two after the arrival in the same country."""
    if trip.span.start is None or trip.span.start != trip.span.end or trip.index == e.index:
        return None  # "arrived on Monday and was met at the airport by …": that day
    main = main_event(events)
    if main is None or main is trip or main.span.start is None or main.span.precision != "day":
        return None
    if not ARRIVED.search(trip.quote_trigger) or main.status != e.status:
        return None
    if not 0 < (main.span.start - trip.span.start).days <= 2:
        return None
    where = [x.venue.place.country_code for x in (main, e) if x.venue is not None]
    return main.span if len(where) == 2 and where[0] == where[1] else None


def _within_trip(e: Mention, x: Mention, published: dt.date | None) -> bool:
    if x.event_type != "visit" or x.venue is None or x.span.start is None or x.span.end is None:
        return False
    if e.venue is None or x.venue.place.country_code != e.venue.place.country_code:
        return False
    if not 0 <= span_width(x.span) <= 31:
        return False
    if e.event_type == "visit" and (x.venue.place.precision != "country" or x.venue == e.venue):
        return False  # a stop within a stay in a country, not the stay itself
    if x.status == e.status:
        return True
    ahead = published is not None and x.span.end >= published
    return e.status == "announced" and x.status == "occurred" and ahead


def follow_programme(events: list[Mention], published: dt.date) -> None:
    """ "will pay a state visit from 24 to 27 April" … "On Thursday, he is due to meet the
    prime minister": a bare weekday that, counted from publication, falls before the dated
    programme of several days told just before it (of the same status) is that weekday within
    the programme (for a past event, not after publication). A weekday event in another
    country than a gathering's, told with no word of a next step, is no part of it
    (:func:`mapapp.extract.programme_places.abroad_of`)."""
    for i, e in enumerate(events):
        if e.span.kind != "weekday" or e.span.start is None:
            continue
        ref = next(
            (
                x
                for x in reversed(events[max(0, i - RECENT) : i])
                if x.index < e.index and x.status == e.status and _absolute(x.span)
            ),
            None,
        )
        if ref is None or ref.span.start is None or ref.span.end is None:
            continue
        if ref.span.start <= e.span.start or abroad_of(e, ref, events):
            continue
        ahead = (e.span.start.weekday() - ref.span.start.weekday()) % 7
        day = ref.span.start + dt.timedelta(days=ahead)
        if day > ref.span.end or (e.status == "occurred" and day > published):
            continue
        e.span = DateSpan(day, day, "day", e.span.expression, "programme")
        e.date_note = f"'{e.span.expression}' within the programme told before: {ref.best[1]}"


def _absolute(span: DateSpan) -> bool:
    """Days told with their dates ("from 24 to 27 April"), two to a fortnight of them."""
    told = span.expression or ""
    return span.start is not None and any(c.isdigit() for c in told) and 1 <= span_width(span) <= 14


_PURPOSE = re.compile(r"(?i)\b(?:for|to)\s+(?:[\w'’-]+\s+){0,2}$")


def follow_purpose(events: list[Mention], published: dt.date) -> None:
    """ "flew to Washington after the meeting for talks at the State Department on Monday": a
    trip's purpose is not before the trip, so a bare weekday that, read back, falls before the
    trip's day told in its sentence is the next such day on or after it (announced when that is
    after publication)."""
    for e in events:
        if e.span.kind != "weekday" or e.span.start is None or e.event_type == "visit":
            continue
        words = e.quote[: e.trigger.begin]
        if not (_PURPOSE.search(words[-40:]) or e.quote_trigger.lower().startswith("to ")):
            continue
        trips = [
            v
            for v in events
            if v.index == e.index and v.event_type == "visit" and v.trigger.begin < e.trigger.begin
        ]
        trip = max(trips, key=lambda v: v.trigger.begin, default=None)  # the latest leg told
        if trip is None or trip.span.start is None or trip.span.start <= e.span.start:
            continue
        if 0 <= e.quote.find(e.span.expression or "\n") < trip.trigger.begin:
            # "flies to Muscat on Thursday and on to Doha on Friday, where he will sign …":
            # the day of an earlier leg; the purpose is at the latest leg, on its day
            e.span, e.date_note = trip.span, f"The day of the leg it is the purpose of: {e.quote}"
            continue
        _weekday_from(
            e, trip.span.start, "after_trip", "not before the trip it is the purpose of", published
        )


def follow_after(events: list[Mention], published: dt.date) -> None:
    """ "After the summit, the king flew to Wellington to meet the governor-general on Monday":
    a bare weekday that, read back, falls before the event the sentence says it came after is
    the next such day on or after that event's last day (announced when after publication)."""
    for i, e in enumerate(events):
        if e.span.kind != "weekday" or e.span.start is None:
            continue
        after = find_relative(e.quote)
        if after is None or not after.group("after"):
            continue
        kinds = DURING_TYPES.get(after.group("whata").lower(), ())
        ref = next(
            (
                x
                for x in reversed(events[max(0, i - RECENT) : i])
                if x.index < e.index and x.event_type in kinds and _is_dated(x)
            ),
            None,
        )
        if ref is None or ref.span.end is None or ref.span.end <= e.span.start:
            continue
        _weekday_from(
            e, ref.span.end, "after_event", f"after the event told before: {ref.best[1]}", published
        )


def _weekday_from(e: Mention, anchor: dt.date, kind: str, why: str, published: dt.date) -> None:
    """Move the bare weekday of ``e`` to the first such day on or after ``anchor``; an event so
    moved past publication is announced."""
    if e.span.start is None:
        return
    ahead = (e.span.start.weekday() - anchor.weekday()) % 7
    day = anchor + dt.timedelta(days=ahead)
    e.span = DateSpan(day, day, "day", e.span.expression, kind)
    e.date_note = f"'{e.span.expression}' {why}"
    if e.status == "occurred" and day > published:
        e.status, e.cue = "announced", f"{e.span.expression} (after publication)"
