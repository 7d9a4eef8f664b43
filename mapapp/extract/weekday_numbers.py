"""A date heading that names a weekday and a day of the month but no month ("MONDAY 3",
"Thursday 13 – Friday 14", "Mon 14th") is the day of that number, nearest the publication
day, that falls on that weekday.

A calendar of the week ahead or a diary of the week past names its month once, in its title
("THE WEEK AHEAD, 3-9 March"), and then heads each day by its weekday and number only.
The pair is enough: within a few months of the publication day a day of the month falls on a
given weekday at most once or twice, and the page is about the days around its publication.
A heading of the days ahead takes the first such day from the publication day's week on, one
of the days past the last one up to it. A second weekday and number after a dash ("– FRIDAY
14") ends a range within a week of the first.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import WEEKDAYS

__all__ = ["weekday_number_days"]

_NEAR = 92  # days either side of the publication day searched for the weekday's number
_WEEK = 6
_ONE = (
    r"(?P<{w}>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}})\.?,?\s+"
    r"(?P<{d}>\d{{1,2}})(?:st|nd|rd|th)?"
)
_HEADING = re.compile(
    r"(?i)^\W*"
    + _ONE.format(w="w1", d="d1")
    + r"(?:\s*(?:–|—|-|to|and|&)\s*"
    + _ONE.format(w="w2", d="d2")
    + r")?[\s.:,—–-]*$"
)


def _weekday(name: str) -> int | None:
    """Monday 0 … Sunday 6 for a weekday's name or its short form ("Tues", "THU")."""
    name = name.lower()
    return next((i for i, full in enumerate(WEEKDAYS) if full.startswith(name[:3])), None)


def _near(day: int, weekday: int, published: dt.date, ahead: bool, back: bool) -> dt.date | None:
    """The date of that day of the month and weekday nearest ``published`` (the first on or
    after the publication day's Monday when ``ahead``, the last up to it when ``back``)."""
    monday = published - dt.timedelta(days=published.weekday())
    found = []
    for offset in range(-_NEAR, _NEAR + 1):
        date = published + dt.timedelta(days=offset)
        if date.day == day and date.weekday() == weekday:
            found.append(date)
    if ahead:
        found = [d for d in found if d >= monday] or found
    elif back:
        found = [d for d in found if d <= published] or found
    return min(found, key=lambda d: abs((d - published).days), default=None)


def weekday_number_days(
    heading: str, published: dt.date, ahead: bool = False, back: bool = False
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a heading of weekdays and days of the month without a month
    (module docstring), or None for any other heading or a weekday the number never falls on
    near the publication day."""
    m = _HEADING.match(heading[:80])
    if m is None:
        return None
    first_day = _weekday(m["w1"])
    if first_day is None:
        return None
    first = _near(int(m["d1"]), first_day, published, ahead, back)
    if first is None or m["w2"] is None:
        return (first, first) if first else None
    last_day = _weekday(m["w2"])
    for offset in range(1, _WEEK + 1):
        last = first + dt.timedelta(days=offset)
        if last.day == int(m["d2"]) and last.weekday() == last_day:
            return first, last
    return None
