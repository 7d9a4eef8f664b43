"""A day within a named week or years back: "on Wednesday last week", "two years ago today".

Read against the publication day P (conventions of :mod:`mapapp.extract.text_dates`):

* "on Wednesday last week", "Saturday of last week", "from Thursday to Saturday last week",
  "Monday next week", "last week on Thursday": that day (or those days) of the week named,
  whatever the tense, never the most recent such day before P;
* "two years ago today", "a year ago this week", "three months ago this month": the day (week,
  month) that far back from P.

A possessive after the week ("on Tuesday last week's vote") is a date of the other noun: none.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import WEEKDAYS, DateSpan, month_end, range_span, week
from mapapp.extract.trigger_words import WEEKDAY

_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_N = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_TENS = {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NOT_POSS = r"(?![\w'’-])"

ANCHOR_KINDS = ("week_day", "week_ago")
ANCHOR_PATTERNS = [
    (
        "week_day",
        re.compile(
            rf"(?:(?i:on|from)\s+)?(?P<wd>{WEEKDAY})(?:\s*(?:-|–|\s(?:and|to|through|until)\s)\s*"
            rf"(?P<wd2>{WEEKDAY}))?\s+(?i:of\s+)?(?P<rel>(?i:last|next|this))\s+(?i:week){_NOT_POSS}"
        ),
    ),
    (
        "week_day",
        re.compile(
            rf"(?P<rel>(?i:last|next|this))\s+(?i:week),?\s+(?i:on)\s+(?P<wd>{WEEKDAY}){_NOT_POSS}"
        ),
    ),
    (
        "week_ago",
        re.compile(
            rf"(?i:\b(?:exactly\s+)?(?P<n>{_N})\s+(?P<unit>year|month|week)s?\s+ago\s+"
            rf"(?P<now>today|this\s+week|this\s+month))\b(?![\w'’-])"
        ),
    ),
]


def anchor_span(kind: str, g: dict, published: dt.date, text: str) -> DateSpan | None:
    """The span of a day in a named week ("week_day") or of a day years back ("week_ago")."""
    if kind == "week_day":
        return _week_day(g, published, text)
    return _ago_now(g, published, text)


def _week_day(g: dict, published: dt.date, text: str) -> DateSpan | None:
    step = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
    monday = week(published + dt.timedelta(days=7 * step))[0]
    first = monday + dt.timedelta(days=WEEKDAYS.index(g["wd"].lower()))
    if not g.get("wd2"):
        return DateSpan(first, first, "day", text, "week_day")
    last = monday + dt.timedelta(days=WEEKDAYS.index(g["wd2"].lower()))
    if last <= first:
        return None
    return range_span(first, last, "range", text, "week_day")


def _ago_now(g: dict, published: dt.date, text: str) -> DateSpan | None:
    word = g["n"].lower()
    n = int(word) if word.isdigit() else _NUMBER.get(word, _TENS.get(word, 1))
    unit, now = g["unit"].lower(), g["now"].lower().split()[-1]
    if unit == "week":
        then = published - dt.timedelta(days=7 * n)
    else:
        back = n * (12 if unit == "year" else 1)
        year, month = divmod(published.year * 12 + published.month - 1 - back, 12)
        then = dt.date(year, month + 1, min(published.day, month_end(year, month + 1).day))
    if now == "today":
        return DateSpan(then, then, "day", text, "week_ago")
    if now == "week":
        start, end = week(then)
        return DateSpan(start, end, "week", text, "week_ago")
    if unit == "week":
        return None  # "two weeks ago this month": no month of its own
    start = dt.date(then.year, then.month, 1)
    return DateSpan(start, month_end(then.year, then.month), "month", text, "week_ago")
