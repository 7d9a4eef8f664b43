"""The story's day: an event told as done, with no date of its own, is on the day of the story.

A report tells its day once and then goes on without dates: "The minister arrived on Tuesday.
He was welcomed at the airport by the prime minister, and the two held talks at the palace.
Afterwards the two ministers signed a memorandum." Each undated event told in person after a
dated one of the story, in the same country (or with no place of its own), happened on that
event's day. The rule runs after every pass that reads a date from a wording ("Earlier", "during
the visit", "on the sidelines"), so it only fills what no wording dated.

The event it counts from is the latest told before it (or earlier in its own sentence) that is
dated to a few days, happened, is in person and is not a history told before the story's main
event ("whose governments signed a treaty on 1 August last year"). A span of several days (a
visit "from 12 to 14 May") gives its days, not one of them.

A plan told without a date, in a town where a plan told shortly before is dated ("will travel
to Lima, Quito and Bogota from March 7 to 12 … will end her trip in Bogota"), is in that plan's
days; and a bare weekday of a plan in a country of a trip announced for a coming week ("will
tour Kenya and Uganda next week … talks in Nairobi on Monday") is that week's day.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import MERGE_TYPES, RECENT, Mention, main_event, span_width
from mapapp.extract.ordinal_months import follow_ordinal_months
from mapapp.extract.plan_weekdays import follow_plan_weekdays
from mapapp.extract.stop_weekdays import follow_stop_weekdays
from mapapp.extract.timeline import follow_programme
from mapapp.extract.venues import Venue

# "had signed", "first met", "last visited": a history told back, not the story
_BACKGROUND = re.compile(r"(?i)\b(?:had|first|last|previously|once)\s+(?:\w+\s+)?$")
STORY_DAYS = 3  # the widest span (in days past its first) that dates what is told after it
_SENTENCES_BACK = 4  # how far back (in sentences) the dated event may be told


def follow_programmes(events: list[Mention], published: dt.date) -> None:
    """A programme's weekdays (:func:`mapapp.extract.timeline.follow_programme`), then those of
    a tour announced for a coming week (:func:`follow_week_tour`) and of a plan told after
    other plans (:func:`mapapp.extract.plan_weekdays.follow_plan_weekdays`) and of a stop
    listed after another (:mod:`mapapp.extract.stop_weekdays`); a bare day of
    the month in the month told before it (:mod:`mapapp.extract.ordinal_months`)."""
    follow_programme(events, published)
    follow_week_tour(events)
    follow_plan_weekdays(events)
    follow_stop_weekdays(events)
    follow_ordinal_months(events, published)


def follow_story_day(events: list[Mention]) -> list[Mention]:
    """Give each undated event told as done the day of the story's event told before it; the
    events are returned."""
    main = main_event(events)
    for i, e in enumerate(events):
        if e.span.start is not None or not _in_person(e):
            continue
        if e.status == "announced":
            _take_plan_days(e, events[max(0, i - RECENT) : i])
            continue
        if e.status != "occurred":
            continue
        if _BACKGROUND.search(e.quote[max(0, e.trigger.begin - 24) : e.trigger.begin]):
            continue  # "had signed a pipeline accord", "first met in Bali": told back
        ref = _story_event(events[max(0, i - RECENT) : i], e, main)
        if ref is None:
            continue
        _take_story_day(e, ref)
    return events


def _take_story_day(e: Mention, ref: Mention) -> None:
    """``e`` is on the day of ``ref`` and, when it names no place, in its town."""
    e.span = ref.span
    e.date_note = f"Day of the story's event told before it: {ref.best[1]}"
    if e.venue is None and ref.venue is not None:
        place = ref.venue.place  # the town, not the airport or palace of the event before
        e.venue = Venue(0, 0, place.name, place)
        e.venues = [e.venue]
        e.place_note = f"Place of the story's event told before it ({place.name}): {ref.best[1]}"


PLAN_DAYS = 31  # the widest plan (in days) whose days an undated plan in its town takes


def _take_plan_days(e: Mention, earlier: list[Mention]) -> None:
    """ "will conclude her trip in Dakar", "are expected to sign a protocol at the Mendoza
    meeting": an undated plan in a town where a plan told before is dated (to a month at
    most) is in that plan's days."""
    if e.venue is None or e.venue.place.precision == "country" or e.relative is not None:
        return
    for x in reversed(earlier):
        if x.status != "announced" or x.index > e.index or e.index - x.index > _PLANS_BACK:
            continue
        if x.venue is None or x.span.start is None or not 0 <= span_width(x.span) <= PLAN_DAYS:
            continue
        if _same_town(e.venue, x.venue):
            e.span = x.span
            e.date_note = f"Days of the plan in {x.venue.place.name} told before: {x.best[1]}"
            return


_PLANS_BACK = 6  # how far back (in sentences) the dated plan may be told


def _same_town(a: Venue, b: Venue) -> bool:
    """Two venues in one town (a tenth of a degree apart at most)."""
    return abs(a.place.lat - b.place.lat) + abs(a.place.lon - b.place.lon) <= 0.2


def _in_person(e: Mention) -> bool:
    """An event of the scene: not a call nor one held online (told apart from the visit)."""
    return e.event_type in MERGE_TYPES and e.event_type != "call" and not e.online


def _story_event(earlier: list[Mention], e: Mention, main: Mention | None) -> Mention | None:
    """The latest event before ``e`` that dates it (see the module docstring)."""
    for x in reversed(earlier):
        if not 0 <= e.index - x.index <= _SENTENCES_BACK or x.status != "occurred":
            continue
        if x.online or x.span.start is None or not 0 <= span_width(x.span) <= STORY_DAYS:
            continue
        if _before_story(x, main) or not _same_country(e, x):
            continue
        return x
    return None


def _before_story(x: Mention, main: Mention | None) -> bool:
    """A history told before the story: it ended before the main event began."""
    if main is None or x is main or main.span.start is None or x.span.end is None:
        return False
    return x.span.end < main.span.start


def _same_country(e: Mention, x: Mention) -> bool:
    """Both in one country, or ``e`` has no place of its own."""
    if e.venue is None or x.venue is None:
        return e.venue is None or x.venue is None
    return e.venue.place.country_code == x.venue.place.country_code


_COMING_WEEK = ("next_week", "week_of_month")


def follow_week_tour(events: list[Mention]) -> None:
    """ "will travel to Angola, Namibia and Botswana next week … talks in Luanda on Monday":
    a bare weekday of a plan in a country of a trip announced for a coming week, told before
    it, that falls before that week (counted from publication) is that weekday of the week."""
    for i, e in enumerate(events):
        if e.span.kind != "weekday" or e.span.start is None or e.status != "announced":
            continue
        trip = next((x for x in reversed(events[max(0, i - RECENT) : i]) if _tour_of(x, e)), None)
        if trip is None or trip.span.start is None or trip.span.end is None:
            continue
        if e.span.start >= trip.span.start:
            continue
        ahead = (e.span.start.weekday() - trip.span.start.weekday()) % 7
        day = trip.span.start + dt.timedelta(days=ahead)
        if day <= trip.span.end:
            e.span = DateSpan(day, day, "day", e.span.expression, "week_tour")
            e.date_note = f"'{e.span.expression}' within the week of the trip: {trip.best[1]}"


def _tour_of(x: Mention, e: Mention) -> bool:
    """Whether ``x`` is a trip announced for a coming week to the country of ``e``."""
    if x.event_type != "visit" or x.status != "announced" or x.index >= e.index:
        return False
    if x.span.kind not in _COMING_WEEK or x.venue is None or e.venue is None:
        return False
    return x.venue.place.country_code == e.venue.place.country_code
