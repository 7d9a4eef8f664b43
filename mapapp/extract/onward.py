"""An onward leg and what is done at its end, told in one sentence.

"… before flying to Addis Ababa, where he is to attend a meeting of the committee on Friday",
"will hold talks on Monday before departing for Doha, where he will attend a dialogue on
Thursday", "will travel to Kampala, where she is due to open a summit on 3 May": the day after
"where" is the day of the event done at the leg's end, not the leg's own. The leg runs from the
day of the event told before it in the sentence (its departure) to that day, in the tense of the
event at its end; with no earlier day it is that event's day. A leg with a day of its own before
"where" ("flew to Doha on Monday, where he will attend …") keeps it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from mapapp.extract.discourse import Mention
from mapapp.extract.text_dates import DateMatch, DateSpan

# after the leg's place: its country, or its day ("for Brussels on Sunday, where …")
_WHERE = re.compile(
    r"(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?(?:\s+[^,;.()]{1,40}?)?,\s+where\b"
)


def _end_event(masked: str, leg: Mention, told: list[Mention]) -> tuple[int, Mention] | None:
    """Where "where" begins after the leg's place, and the meeting or gathering it tells."""
    if leg.venue is None:
        return None
    where = _WHERE.match(masked, leg.venue.end)
    if where is None:
        return None
    ends = [
        m
        for m in told
        if m.event_type in ("meeting", "conference")
        and m.trigger.begin > where.end()
        and not any(
            v.event_type == "visit" and where.end() <= v.trigger.begin < m.trigger.begin
            for v in told
        )
    ]
    return (where.end() - len("where"), ends[0]) if ends else None


def _own_day(masked: str, leg: Mention, where: int) -> bool:
    """Whether the leg's day is told before "where" (its own, or its departure's)."""
    told = leg.span.expression
    return told is not None and masked.find(told, 0, where) != -1


_END_STRETCH = 60  # characters after the end's event word within which its day is told
_NAMED_BY_DAY = re.compile(r"\bthe\s+$")  # "the April 4 Memorandum": a name, not a day


def _end_day(
    masked: str, leg: Mention, end: Mention, where: int, found: list[DateMatch], told: list[Mention]
) -> DateSpan:
    """The day told after "where" for the event done there ("will leave for Brussels on Sunday,
    where he will attend a meeting of NATO ministers on Tuesday"), not the leg's day told
    after its verb; a day told before the leg ("On 18 May he will be in Luanda, where …")
    covers both, and a day after another event word is that one's."""
    said = end.span.expression
    at = masked.find(said, where) if said is not None else -1
    if at != -1 and _NAMED_BY_DAY.search(masked, max(0, at - 4), at):
        return leg.span  # "discuss the April 4 memorandum": a name, the stop's days
    if said is not None and masked.find(said, leg.trigger.end, where) == -1:
        return end.span  # its own day, or one told before the leg
    after = [
        d
        for d in found
        if where < d.begin <= end.trigger.end + _END_STRETCH
        and d.span.start is not None
        and not any(end.trigger.end <= m.trigger.begin < d.begin for m in told)
        and not _NAMED_BY_DAY.search(masked, max(0, d.begin - 4), d.begin)
    ]
    return after[0].span if after else end.span


_THEN = re.compile(r"(?i)\b(?:before|after|then)\s+$")


def _ahead_leg(masked: str, leg: Mention) -> bool:
    """ "will travel to", "before flying to", "before leaving for", "goes on to": a leg told
    ahead or after another event, not one told as done ("left for Doha, where …") nor under
    way ("is visiting Zanzibar, where …")."""
    if leg.status == "announced":
        return True
    words = leg.quote_trigger.split()
    if words and words[0].lower().endswith("ing"):
        return _THEN.search(masked, max(0, leg.trigger.begin - 12), leg.trigger.begin) is not None
    return leg.trigger.kind in ("infinitive", "present")


def onward_legs(
    masked: str, told: list[Mention], dates: Callable[[bool], list[DateMatch]]
) -> list[Mention]:
    """Give each leg whose end is told by "where" the days and tense described in the module
    docstring (``told``: one sentence's mentions, in the order of their event words)."""
    for i, leg in enumerate(told):
        if leg.event_type != "visit" or not _ahead_leg(masked, leg):
            continue
        found = _end_event(masked, leg, told)
        if found is None:
            continue
        where, end = found
        found_dates = dates(end.status == "announced")
        end.span = _end_day(masked, leg, end, where, found_dates, told)
        if end.status == "announced":
            leg.status, leg.cue = end.status, end.cue
        own = _own_day(masked, leg, where)
        if end.span.start is None or end.span.end is None or (own and end.span == leg.span):
            continue  # nothing told after "where" that is not the leg's own
        if own:
            start = leg.span.start
        else:
            before = [m for m in told[:i] if m.span.start is not None]
            start = before[-1].span.start if before else None
        first, last = end.span.start, end.span.end
        if start is not None and start > first and end.span.kind == "weekday":
            first = last = start + dt.timedelta(days=(first.weekday() - start.weekday()) % 7)
            end.span = DateSpan(first, last, "day", end.span.expression, "after_leg")
        if start is None or start > first:
            leg.span = end.span  # no departure day told, or one after it
        else:
            leg.span = DateSpan(start, last, "range", end.span.expression, "leg")
        leg.date_note = f"From its departure to the day of what is done at its end: {leg.quote}"
    return told
