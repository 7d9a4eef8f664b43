"""Dates carried across sentences: "Earlier, …", "On the same day", "two days later".

An event whose sentence gives no date of its own, only one relative to another event, takes it
from the latest earlier event dated to the day or week (:mod:`mapapp.extract.relative_dates`
says how each expression counts).
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.discourse import RECENT, Mention, instead_of, main_event, span_width
from mapapp.extract.relative_dates import DURING_TYPES, resolve_ahead, resolve_relative
from mapapp.extract.sentences import Dateline
from mapapp.extract.text_dates import resolve_date

_SAME_DAY_OPENER = re.compile(r"(?i)^\W*(?:earlier|later)(?:\s+(?:in\s+the\s+day|that\s+day))?\s*,")


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
        if ref is not None and ref.span.start is not None and (ref.index < e.index or sibling):
            e.span = ref.span
            e.date_note = f"Same day as the event reported before it: {ref.best[1]}"


def _is_dated(x: Mention) -> bool:
    """A span of at most a week: a day the events told after it can be counted from."""
    return x.span.start is not None and 0 <= span_width(x.span) <= 7


def follow_relative(events: list[Mention], published: dt.date) -> None:
    """ "On the same day, …", "two days later", "the day before", "during the visit": an event
    dated only relative to another takes its day from the latest earlier event dated to the
    day or week (of the type named, for "during the visit"), that is not ahead when it is past;
    an event "during" another with no place of its own takes that one's place too."""
    for i, e in enumerate(events):
        if e.relative is None or e.span.start is not None:
            continue
        what = e.relative.group("what") or e.relative.group("whatb")
        kinds = DURING_TYPES.get(what.lower()) if what else None
        ref = next(
            (
                x
                for x in reversed(events[max(0, i - RECENT) : i])
                if x.index < e.index
                and _is_dated(x)
                and (kinds is None or x.event_type in kinds)
                and not (e.status == "occurred" and x.status == "announced")
            ),
            None,
        )
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
        if e.relative.group("what") and e.venue is None and not e.online and ref.venue:
            e.venue, e.venues = ref.venue, ref.venues
            e.place_note = f"Place of the {what.lower()} ({ref.venue.place.name}): {ref.best[1]}"


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


def follow_trip(events: list[Mention]) -> None:
    """ "will make a state visit to Australia from Sept. 8 to 10 … will hold talks in Canberra":
    an event with no date of its own, placed in the country of a trip told before it (of the
    same status), falls within that trip's days."""
    for i, e in enumerate(events):
        if e.span.start is not None or e.venue is None or e.event_type == "visit":
            continue
        trip = next(
            (
                x
                for x in reversed(events[max(0, i - RECENT) : i])
                if x.event_type == "visit"
                and x.status == e.status
                and x.venue is not None
                and x.venue.place.country_code == e.venue.place.country_code
                and x.span.start is not None
                and 0 <= span_width(x.span) <= 31
            ),
            None,
        )
        if trip is not None:
            e.span = trip.span
            e.date_note = f"Within the trip told before: {trip.best[1]}"
