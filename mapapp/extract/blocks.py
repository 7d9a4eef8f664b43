"""A block's context given to the events its sentences state (see :mod:`mapapp.extract.layout`).

* An event with no date of its own, below a date heading, is on the heading's day(s); one with
  no place of its own, below a city heading, in an item opening "CITY —" or in a paragraph
  opening "In CITY,", is in that city (never a call or an online event); in a schedule's
  section whose person "is on travel to Lima, Peru, March 3-4, and Quito, …", it is at the
  stop of the heading's day. A place named only as
  the city's country ("a state visit to Viet Nam" below "HANOI —") is the city.
* A schedule or diary tells in the present what is planned: an event told in the present
  below a heading dated on or after the publication day ("10:15 a.m. The Secretary meets with
  …", "Japan and the Philippines hold talks") is announced, and so is any event below a
  heading of a later day, or on a schedule's timed line of the day ("9:00 a.m. The Secretary
  attends the staff meeting"), not told in a past tense.
* A live blog's entry ("15:15 The two ministers have just held talks") is on the blog's day
  and, with no place of its own, at the blog's host city (the title's "summit in Brussels", a
  "Good morning from Phuket"); what it tells in the present happens as it is told.
* A question in a transcript states no event ("Q: Will the minister travel to …?", "AFP: Will
  the premier attend …?"),
  nor does a plan the reporter asks about ("There are reports that a summit will be held in
  …"); what the reporter states as done before asking does ("The minister visited Quito on
  Monday.").
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp import gazetteer
from mapapp.extract.captions import caption_status
from mapapp.extract.date_spans import weekday_year
from mapapp.extract.dated_entries import bare_presents
from mapapp.extract.diary_lines import day_within
from mapapp.extract.discourse import Mention
from mapapp.extract.heading_days import from_heading
from mapapp.extract.heading_month_days import month_days, named_weekday
from mapapp.extract.heading_week_ahead import after_heading_day
from mapapp.extract.heading_weekdays import in_heading_days
from mapapp.extract.layout import Block
from mapapp.extract.left_stays import dated_by_its_clause
from mapapp.extract.ordinal_months import in_heading_month
from mapapp.extract.relative_dates import ahead_of_other
from mapapp.extract.report_turns import tag_question
from mapapp.extract.status import statuses_of
from mapapp.extract.text_dates import DateSpan, find_dates
from mapapp.extract.triggers import Clauses, Trigger
from mapapp.extract.venues import Venue

__all__ = ["block_statuses", "in_block", "schedule_status"]

_WEEKDAY = re.compile(r"(?i)\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?")
_NO_PLACE = frozenset({"call"})
# "held", "met", "has signed", "was received": told as past, not as a plan
_PAST = re.compile(
    r"(?i)\b(?:\w+ed|met|held|had|made|took|gave|sat|spoke|went|came|began|flew|paid|saw|"
    r"was|were|has|have)\b"
)
_AFTER_NOUN = 40  # characters after a noun in which its verb is told
_PAST_AFTER = re.compile(
    r"^[^;:.]*?\b(?:held|met|signed|received|welcomed|hosted|spoke|was|were|had|paid|made|"
    r"(?!(?:expect|schedul|plann|propos|intend|slat|invit)ed\b)[a-z]+ed)\b"
)


def _heading_span(
    heading: str, published: dt.date, ahead: bool = False, back: bool = False
) -> DateSpan | None:
    """The heading's day(s), in the year nearest the publication date (``back``: the last
    such day, for what is told as done below a bare weekday)."""
    if fixed := month_days(heading, published):  # "Monday 17": no month, one such day near
        return fixed
    best: DateSpan | None = None
    bare = _WEEKDAY.sub(" ", heading)  # "Thursday 5 March": the day of the month says it
    text = bare if re.search(r"\d", bare) else heading
    tries = (False,) if back else (True,) if ahead else (True, False)
    for future in tries:  # a week ahead's "MONDAY": the next
        found = find_dates(text, published, prefer_future=future)
        if not found:
            continue
        spans = [d.span for d in found if d.span.start is not None]
        if not spans:
            continue
        start, end = spans[0].start, spans[-1].end
        assert start is not None and end is not None
        kind = "day" if start == end else "range"
        span = DateSpan(start, end, kind, heading, "heading")
        if weekday := named_weekday(heading):  # "Wednesday 25 January": the year it is one
            span = weekday_year(span, weekday)
        assert span.start is not None
        if best is None or abs((span.start - published).days) < abs(
            (best.start - published).days  # type: ignore[operator]
        ):
            best = span
    return best


def _block_span(block: Block, published: dt.date, plan: bool = False) -> DateSpan | None:
    """The block's day(s): a chronology's entry is read back (history) unless it is below a
    heading of the days ahead or tells a ``plan``."""
    if block.date is None:
        return None
    back = block.chronicle and not block.ahead and not plan
    return _heading_span(block.date, published, block.ahead or plan, back=back)


def schedule_status(block: Block, published: dt.date) -> str | None:
    """The status of an event told in the present below a date heading ("10:15 a.m. The
    Secretary meets with …"): announced on or after the publication day, else occurred; None
    outside a dated page (the present is then habitual)."""
    span = _block_span(block, published)
    if span is None or span.end is None:
        return None
    return "announced" if span.end >= published else "occurred"


def block_statuses(
    masked: str, triggers: list[Trigger], clauses: Clauses, block: Block, published: dt.date
) -> dict[Trigger, tuple[str | None, str]]:
    """Each trigger's status (:func:`mapapp.extract.status.statuses_of`); the present of a
    schedule or a diary below a date heading tells its plan for that day, not a habit, and a
    numbered photo caption's present is history (:mod:`mapapp.extract.captions`)."""
    statuses = {
        t: caption_status(masked, t, s) for t, s in statuses_of(masked, triggers, clauses).items()
    }
    bare = bare_presents(masked, statuses) if block.chronicle else set()
    for trigger, (status, cue) in statuses.items():
        planned = schedule_status(block, published) if block.date else None
        if block.entry and not find_dates(
            masked[trigger.end : clauses.end(trigger.end)], published
        ):
            planned = "occurred"  # a live blog's present without a time of its own: as it happens
        if cue in bare and planned == "occurred":  # "Dec. 12 - The minister flies to Kabul"
            statuses[trigger] = planned, f"a chronology's entry ({block.date})"
        elif status is None and cue.startswith("present tense") and planned:
            statuses[trigger] = planned, f"present tense below '{block.date}'"
    return statuses


def _stop_on(block: Block, day: DateSpan | None, published: dt.date) -> gazetteer.Place | None:
    """The stop of the section's trip whose days hold the heading's day, if any."""
    if day is None or day.start is None or not block.stops:
        return None
    for city, when in block.stops:
        span = _heading_span(when, published)
        if span and span.start and span.end and span.start <= day.start <= span.end:
            return city
    return None


def _told_as_past(e: Mention) -> bool:
    """Whether a past tense tells the event: before its word, or right after a noun ("In
    Lima on Monday, she held talks": the stay in Lima; not "talks scheduled for Monday")."""
    quote = e.quote
    lo = max(0, e.trigger.begin - 40)
    if _PAST.search(quote, lo, e.trigger.end) is not None:
        return True
    after = quote[e.trigger.end : e.trigger.end + _AFTER_NOUN]
    return e.trigger.kind == "noun" and _PAST_AFTER.search(after) is not None


def _elsewhen(e: Mention, block: Block, published: dt.date) -> bool:
    """A live blog's entry telling of an event on another day than the blog's ("the next
    summit will be held in 2022"): not at the host city for that."""
    if not block.entry or e.span.start is None or e.span.end is None:
        return False
    day = dt.timedelta(days=1)
    near = e.span.start <= published + day and e.span.end >= published - day
    return not near or (e.span.end - e.span.start).days > 2


def _done_on(e: Mention, block: Block, published: dt.date) -> DateSpan | None:
    """ "Monday / The president received his counterpart …" on a page of the week past: what is
    told as done below a bare weekday is on the last such day, not the coming one."""
    if e.status != "occurred" or re.search(r"\d", block.date or "") or not _told_as_past(e):
        return None
    span = _heading_span(block.date or "", published, back=True)
    return span if span is not None and span.end is not None and span.end <= published else None


def in_block(mentions: list[Mention], block: Block, published: dt.date) -> list[Mention]:
    """The mentions of one sentence with its block's date and place (module docstring)."""
    asked = block.question or block.transcript
    quote = mentions[0].quote.rstrip() if mentions else ""
    tagged = tag_question(quote)  # "They last met in Honiara, isn't that right?": told as done
    if asked and quote.endswith("?") and not tagged:
        return []  # "Q: Did the minister meet …?", "AFP: Will the premier attend …?"
    if block.question or (asked and tagged):  # "There are reports that a summit will be held …"
        mentions = [e for e in mentions if e.status != "announced"]
    base = day_within(block.weekday, _block_span(block, published), published)
    for e in mentions:
        span = base
        if block.chronicle and e.status == "announced":  # "Jan. 10 - Kazakhstan is to host …"
            span = _block_span(block, published, plan=True)
        # "Monday and Tuesday / In Lima on Monday she held talks" on a week past: the last
        # such days, whichever the bare heading alone would name
        span = _done_on(e, block, published) or span
        e.span = from_heading(e.span, span, block.date, published)  # "spoke today" below a date
        moved = in_heading_month(e.span, span)  # "on the 14th" below "FRIDAY 14 MARCH"
        moved = in_heading_days(moved, span)  # "on Wednesday" below "WEDNESDAY 12 - THURSDAY 13"
        # "talks on Tuesday" below "MONDAY, NOV. 27" on a page of the days ahead: the 28th
        moved = after_heading_day(moved, span, block.date, published, _told_as_past(e))
        ahead = moved is not e.span and moved.start is not None and moved.start > published
        if ahead and e.status == "occurred" and not _told_as_past(e):
            e.status, e.cue = "announced", f"{block.date} (a schedule's day)"
        e.span = moved
        undated = e.span.start is None and not dated_by_its_clause(e, mentions)
        if span is not None and undated and ahead_of_other(e.relative):
            e.relative = None  # "… held a video call ahead of the summit" below a day: that day
            e.span = span
            e.date_note = f"Date from the heading above the item ({block.date})."
            # a diary's day: an item below another day's heading is another event, unless it
            # refers back to one told as done ("welcomed the outcome of the QCG meeting")
            e.date_near = not block.entry and (e.status != "occurred" or not e.trigger.definite)
            if block.entry:
                e.date_note = f"Day of the live blog's entry ({span.start})."
            ahead = span.start is not None and span.start > published
            ahead = ahead or (block.timed and span.end is not None and span.end >= published)
            if e.status == "occurred" and ahead and not _told_as_past(e):
                e.status, e.cue = "announced", f"{block.date} (a schedule's day)"
        place = block.place or _stop_on(block, span, published)
        if place is None or e.online or e.event_type in _NO_PLACE or _elsewhen(e, block, published):
            continue
        country = e.venue is not None and e.venue.place.precision == "country"
        if e.venue is None or (country and e.venue.place.country_code == place.country_code):
            e.venue = Venue(0, 0, place.name, place)
            e.venues = [e.venue, *e.venues]
            e.place_note = f"Place from the page's heading or the item's start ({place.name})."
            if block.entry:
                e.place_note = f"Host city of the live blog ({place.name})."
    return mentions
