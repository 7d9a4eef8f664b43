"""A date heading that names a weekday and a day of the month but no month ("MONDAY 17",
"Wednesday 26 – Thursday 27", "Fri. 3rd") is the day of that number, near the publication day,
that falls on that weekday.

A calendar of the week ahead, a diary of the week past or a newsletter's day-by-day section
titles its days this way once the page's title has said the week ("THE WEEK AHEAD, 17-23
November"). The number alone is no date, and the weekday alone would be read from the
publication day (last Monday, say, when next Monday is meant); together they fix one day.

Only a day within a few weeks of the publication day is taken (a calendar tells its own week or
the next; the same weekday and number recur months apart), and only when every day the heading
names is found; otherwise the heading is left to its other readings.

A heading with its month but no year ("Wednesday 25 January", "Sunday, March 4") is read by the
dates' own rules; its weekday (:func:`named_weekday`) then settles the year
(:func:`mapapp.extract.date_spans.weekday_year`): a diary's entry
"Wednesday 25 January - The talks have been called off" tells of that day this year, not of a
25 January a year back, when it fell on a Tuesday.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan

__all__ = ["month_days", "named_weekday"]

_NEAR = 24  # days before or after the publication day a heading's day may be
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "Monday 17", "TUE. 18th", "Wednesday, 19"
_PAIR = re.compile(
    r"(?i)\b(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
)
# the heading holds nothing but its weekdays, days and the words or dashes that join them
_ONLY = re.compile(
    r"(?i)^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s*(?:–|—|-|to|and|&)\s*|[\W]*$))+$"
)

# "Wednesday 25 January", "Sunday, March 4": a weekday told with a day of the month
_NAMED = re.compile(
    r"(?i)\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:\d{1,2}\b|[a-z]{3,9}\.?\s+\d{1,2}\b)"
)
_YEAR = re.compile(r"\b\d{4}\b")


def _day_of(weekday: int, number: int, published: dt.date) -> dt.date | None:
    """The day numbered ``number`` that is a ``weekday`` nearest ``published``, if near."""
    for offset in sorted(range(-_NEAR, _NEAR + 1), key=abs):  # the nearest first
        day = published + dt.timedelta(days=offset)
        if day.day == number and day.weekday() == weekday:
            return day
    return None


def month_days(heading: str, published: dt.date) -> DateSpan | None:
    """The day(s) of a heading made only of weekdays with their day numbers (see above).

    >>> month_days("MONDAY 17", dt.date(2025, 11, 16)).start
    datetime.date(2025, 11, 17)
    >>> month_days("Wednesday 26 – Thursday 27", dt.date(2025, 11, 23)).end
    datetime.date(2025, 11, 27)
    >>> month_days("Monday 18", dt.date(2025, 11, 16)) is None  # 18 November is a Tuesday
    True
    """
    if len(heading) > 60 or not _ONLY.match(heading):
        return None
    days = []
    for m in _PAIR.finditer(heading):
        day = _day_of(_DAYS.index(m["weekday"][:3].lower()), int(m["day"]), published)
        if day is None:
            return None
        days.append(day)
    if not days or days[-1] < days[0] or (days[-1] - days[0]).days > 6:
        return None
    kind = "day" if days[0] == days[-1] else "range"
    return DateSpan(days[0], days[-1], kind, heading, "heading")


def named_weekday(heading: str) -> str | None:
    """The weekday a ``heading`` names before its day ("Wednesday 25 January", "Sunday, March
    4"), when the heading gives no year: the weekday that settles the year of its date.

    >>> named_weekday("Wednesday 25 January - The talks have been called off")
    'Wednesday'
    >>> named_weekday("Wednesday 25 January 2012") is None
    True
    """
    named = _NAMED.search(heading)
    if named is None or _YEAR.search(heading):
        return None
    return heading[named.start() :].split()[0].rstrip(".,")
