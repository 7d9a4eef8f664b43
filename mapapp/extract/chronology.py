"""A chronology's items, each opening with its day and told in the present, run in order.

A timeline or a year's chronology lists its items under their days ("Feb. 8 - The two foreign
ministers meet in Islamabad …", "Dec. 12 - The minister flies to Kabul …") and tells them in the
historical present. Read alone, a present tense is a plan and a day without a year the next
one, so a list published in late December would fall mostly in the coming year. The items of
such a list run in order, though: where three or more items open with their day and those
days follow one another through the year (turning into the next at most once), each item lies
on or before the next one (a list that ends with the days ahead, "Coming up: Jan. 10 - …",
keeps those ahead). An item moved back to a day not after publication is told as done, unless
its own words tell a plan ("is to host").

The work is one pass over the story's mentions.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import Mention

__all__ = ["chronology_years"]

_MIN_ITEMS = 3
_OPENING = 24  # characters at the item's start in which its day is told
# "Feb. 8 -", "March 14-15 —", "12 June:": the item's day, then a dash or a colon
_DASH = re.compile(r"\s*(?:[-–—:]|\s-)\s")
_PLAN = re.compile(
    r"(?i)\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|expected|scheduled|plans?\s+to)\b"
)


def _opening_day(m: Mention) -> bool:
    """Whether the mention's quote opens with its own date, then a dash or colon."""
    expression = m.span.expression
    if not expression or m.span.start is None or m.span.end is None:
        return False
    at = m.quote.find(expression, 0, _OPENING + len(expression))
    return at != -1 and _DASH.match(m.quote, at + len(expression)) is not None


def _year_back(span: DateSpan) -> DateSpan:
    assert span.start is not None and span.end is not None
    start, end = _back(span.start), _back(span.end)
    return DateSpan(start, end, span.precision, span.expression, span.kind)


def _back(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _items(mentions: list[Mention]) -> list[list[Mention]]:
    """The mentions of each item that opens with its day, in the order told."""
    items: dict[int, list[Mention]] = {}
    for m in mentions:
        if _opening_day(m):
            items.setdefault(m.index, []).append(m)
    return [items[i] for i in sorted(items)]


def _in_order(items: list[list[Mention]]) -> bool:
    """Whether the items' days follow one another through the year (turning into the next
    year at most once: "Dec. 12 - …", then "Coming up: Jan. 10 - …")."""
    days = [(m[0].span.start.month, m[0].span.start.day) for m in items if m[0].span.start]
    turns = sum(1 for a, b in itertools.pairwise(days) if b < a)
    return len(days) >= _MIN_ITEMS and turns <= 1


def chronology_years(mentions: list[Mention], published: dt.date) -> list[Mention]:
    """``mentions``, an item of a chronology moved back a year where it would fall after the
    next item and a year back does not (see the module docstring): an item told with a year
    long past ("Photo 5 (archive). LIMA, March 2009 - …") is out of the list's order and
    moves nothing before it."""
    items = _items(mentions)
    if not _in_order(items):
        return mentions
    following: dt.date | None = None
    for item in reversed(items):
        span = item[0].span
        assert span.start is not None
        if following is not None and span.start > following and _back(span.start) <= following:
            span = _year_back(span)
            for m in item:
                m.span = span
                m.date_note = "Day of a chronology's item, before the next item."
                told_done = span.end is not None and span.end <= published
                if m.status == "announced" and told_done and not _PLAN.search(m.quote):
                    m.status, m.cue = "occurred", "a chronology's item of the past"
        following = span.start
    return mentions
