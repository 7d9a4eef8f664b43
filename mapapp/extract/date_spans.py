"""Spans of days that relative date expressions name, resolved against a publication day.

The resolvers behind :func:`mapapp.extract.text_dates.find_dates` for weekdays, bare months,
seasons, "last/this/next week|month|year" and "N days ago"; conventions are in that module.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class DateSpan:
    """The days an expression names: ``start`` … ``end`` inclusive, or both None when unknown.

    ``precision`` is one of the contract's date precisions; ``expression`` the text resolved
    (None when nothing was found); ``kind`` names the rule that resolved it.
    """

    start: dt.date | None
    end: dt.date | None
    precision: str
    expression: str | None
    kind: str = "none"


UNKNOWN = DateSpan(None, None, "unknown", None)


class DateMatch(NamedTuple):
    """A date expression found in a text: its character offsets and its span."""

    begin: int
    end: int
    span: DateSpan


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def infer_year(month: int, day: int, published: dt.date, future: bool) -> int:
    """The year that puts month/day latest on or before P (or, for the future, next on/after P)."""
    year = published.year
    if future:
        return year if (month, day) >= (published.month, published.day) else year + 1
    return year if (month, day) <= (published.month, published.day) else year - 1


def range_span(
    start: dt.date, end: dt.date, precision: str, expression: str, kind: str
) -> DateSpan:
    if precision == "range" and start == end:
        precision = "day"
    return DateSpan(start, end, precision, expression, kind)


def bare_month(prep: str, month: int, published: dt.date, future: bool, text: str) -> DateSpan:
    """ "in June", "next July", "last March": that month of P's year, or the one before or after
    it; "next July" told in July is July of the next year, as "last March" told in March is the
    one before."""
    if prep == "next":
        future = True
    year = published.year
    if future:
        year += 1 if month < published.month or (prep == "next" and month == published.month) else 0
    else:
        year -= 1 if month > published.month or (prep == "last" and month == published.month) else 0
    start, end = dt.date(year, month, 1), month_end(year, month)
    if prep == "since" and not future:
        precision = "month" if (year, month) == (published.year, published.month) else "range"
        return DateSpan(start, published, precision, text, "since_month")
    return DateSpan(start, end, "month", text, "month")


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month


def season(
    rel: str | None, season: str, year: str | None, published: dt.date, future: bool, text: str
) -> DateSpan:
    """A northern-hemisphere season (three months, winter from December) as a range.

    Without a year: the latest one begun by P ("last": ended before P); for an announced event
    (or "next") the first one not yet over ("next": not yet begun).
    """
    first = _SEASONS[season]

    def span(y: int) -> tuple[dt.date, dt.date]:
        end_year, end_month = divmod(y * 12 + first - 1 + 2, 12)
        return dt.date(y, first, 1), month_end(end_year, end_month + 1)

    rel = (rel or "").lower()
    if year:
        start, end = span(int(year))
    else:
        spans = [span(y) for y in range(published.year - 2, published.year + 2)]
        if rel in ("next", "coming"):
            start, end = next(s for s in spans if s[0] > published)
        elif rel in ("last", "past"):
            start, end = [s for s in spans if s[1] < published][-1]
        elif future:
            start, end = next(s for s in spans if s[1] >= published)
        else:
            start, end = [s for s in spans if s[0] <= published][-1]
    return DateSpan(start, end, "range", text, "season")


def weekday(rel: str | None, name: str, published: dt.date, future: bool, text: str) -> DateSpan:
    target = WEEKDAYS.index(name.lower())
    rel = (rel or "").lower()
    back = (published.weekday() - target) % 7
    if rel == "next" or (future and rel not in ("last", "past", "since")):
        ahead = (target - published.weekday()) % 7
        day = published + dt.timedelta(days=ahead or (7 if rel == "next" else 0))
    elif rel in ("last", "past"):
        day = published - dt.timedelta(days=back or 7)
    else:
        day = published - dt.timedelta(days=back)
    if rel == "since":
        return range_span(day, published, "range", text, "since_weekday")
    if future and rel in ("until", "till", "through") and day > published:
        return range_span(published, day, "range", text, "weekday")  # "is here until Friday"
    return DateSpan(day, day, "day", text, "weekday")


def weekend(rel: str | None, published: dt.date, future: bool, text: str) -> DateSpan:
    """ "over the weekend" (the latest Saturday-Sunday not after P, or the next one for an
    announced event), "last weekend", "this weekend" (that of P's week), "next weekend"."""
    rel = (rel or "").lower()
    saturday = published + dt.timedelta(days=5 - published.weekday())  # of P's week
    if rel == "next":
        saturday += dt.timedelta(days=7)
    elif rel in ("last", "past") or (not rel and not future and saturday > published):
        saturday -= dt.timedelta(days=7)
    return range_span(saturday, saturday + dt.timedelta(days=1), "range", text, "weekend")


def weekdays(first: DateSpan, second: str, text: str) -> DateSpan | None:
    """ "on Monday and Tuesday": from the first day to the next such weekday."""
    if first.start is None:
        return None
    ahead = (WEEKDAYS.index(second.lower()) - first.start.weekday()) % 7
    if ahead == 0:
        return None
    end = first.start + dt.timedelta(days=ahead)
    return range_span(first.start, end, "range", text, "weekdays")


def relative_period(
    mod: str | None, rel: str, unit: str, published: dt.date, text: str
) -> DateSpan:
    mod = (mod or "").lower()
    step = {"this": 0, "past": 0, "last": -1, "next": 1}[rel]
    if rel == "past":  # "over the past week/month/year": the days up to P
        days = {"week": 6, "month": 30, "year": 365}[unit]
        return DateSpan(published - dt.timedelta(days=days), published, "range", text, "past")
    if unit == "week":
        start, end = week(published + dt.timedelta(days=7 * step))
    elif unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
        start, end = dt.date(year, month + 1, 1), month_end(year, month + 1)
    else:
        year = published.year + step
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if rel == "this" and mod in ("earlier", "since"):
        end = published
    elif rel == "this" and mod == "later":  # "later this month": after the day of the report
        start = min(published + dt.timedelta(days=1), end)
    precision = unit if start != end else "day"
    return DateSpan(start, end, precision, text, f"{rel}_{unit}")


def ago(n: str, unit: str, published: dt.date, text: str) -> DateSpan:
    count = _NUMBERS.get(n) or int(n)
    if unit == "day":
        day = published - dt.timedelta(days=count)
        return DateSpan(day, day, "day", text, "ago")
    if unit == "week":
        start, end = week(published - dt.timedelta(days=7 * count))
        return DateSpan(start, end, "week", text, "ago")
    if unit == "month":
        month0 = published.year * 12 + published.month - 1 - count
        year, month = divmod(month0, 12)
        return DateSpan(
            dt.date(year, month + 1, 1), month_end(year, month + 1), "month", text, "ago"
        )
    year = published.year - count
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text, "ago")


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def part_of_year(
    nth: str, part: str, year: str | None, rel: str | None, published: dt.date, text: str
) -> DateSpan:
    """ "the first quarter of 2026" (January to March), "the second half of next year"."""
    y = int(year) if year else published.year + {"next": 1, "last": -1}.get((rel or "").lower(), 0)
    months = 3 if part.lower() == "quarter" else 6
    index = _NTH.get(nth.lower(), 12 // months - 1)  # "the last quarter": the fourth
    first = index * months + 1
    return DateSpan(dt.date(y, first, 1), month_end(y, first + months - 1), "range", text, "part")


def in_time(n: str, unit: str, published: dt.date, text: str) -> DateSpan:
    """ "in two months" (that month), "in three weeks' time" (that week), "in ten days" (that
    day), "in a year" (that year), counted forward from P."""
    count = _NUMBERS.get(n.lower()) or int(n)
    unit = unit.lower()
    count, unit = (2 * count, "week") if unit == "fortnight" else (count, unit)
    if unit == "day":
        day = published + dt.timedelta(days=count)
        return DateSpan(day, day, "day", text, "in_time")
    if unit == "week":
        start, end = week(published + dt.timedelta(days=7 * count))
        return DateSpan(start, end, "week", text, "in_time")
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + count, 12)
        return DateSpan(
            dt.date(year, month + 1, 1), month_end(year, month + 1), "month", text, "in_time"
        )
    y = published.year + count
    return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", text, "in_time")


def month_edge(g: dict, published: dt.date, text: str) -> DateSpan:
    """ "at the end of the month" (its last ten days), "at the start of next month" (its first
    ten days): the month of publication, or the one next to it."""
    step = {"next": 1, "last": -1}.get(g["rel"].lower(), 0)
    year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
    month += 1
    last = month_end(year, month)
    if g["edge"].lower() == "end":
        return range_span(last - dt.timedelta(days=9), last, "range", text, "edge")
    first = dt.date(year, month, 1)
    return range_span(first, first + dt.timedelta(days=9), "range", text, "edge")


def ordinal_day(day: int, published: dt.date, future: bool, text: str) -> DateSpan:
    """ "on the twentieth": that day of this month, or of the next (future) or last month."""
    step = 0
    if future and day < published.day:
        step = 1
    elif not future and day > published.day:
        step = -1
    year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
    date = dt.date(year, month + 1, day)
    return DateSpan(date, date, "day", text, "ordinal")


_BETWEEN = re.compile(r",?\s*")


def named_day_first(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """ "Wednesday 24 April": the weekday names the date that follows it, so only that date
    counts (month-first dates, "Wednesday, April 24", are one expression already)."""
    out: list[DateMatch] = []
    for i, d in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        if (
            d.span.kind == "weekday"
            and after is not None
            and after.span.precision == "day"
            and _BETWEEN.fullmatch(text[d.end : after.begin])
        ):
            found[i + 1] = _on_weekday(after, text[d.begin : d.end])
            continue
        out.append(_on_weekday(d, text[d.begin : d.end]))
    return out


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a weekday's number by its name or its short forms ("Wed.", "Tues", "Thurs")
_WEEKDAY_OF = {form: i for i, name in enumerate(_WEEKDAY_NAMES) for form in (name, name[:3])}
_WEEKDAY_OF |= {"tues": 1, "thur": 3, "thurs": 3}


def _on_weekday(d: DateMatch, named: str) -> DateMatch:
    """ "Sunday 4 March" without a year: the year next to the guessed one in which 4 March is a
    Sunday (a release of 1 March that announces "Sunday 4 March" means the coming one)."""
    if d.span.kind != "month_day":
        return d
    span = weekday_year(d.span, named)
    return d if span is d.span else DateMatch(d.begin, d.end, span)


def weekday_year(span: DateSpan, named: str) -> DateSpan:
    """``span`` moved a year on or back where ``named``'s first weekday ("Wednesday 25
    January", "Friday 27 - Saturday 28 January") is not its first day's weekday but is a
    year next to it: a diary's heading read as history must not leave the weekday it names."""
    words = [_WEEKDAY_OF.get(w) for w in re.findall(r"[a-z]+", named.lower())]
    day, end = span.start, span.end
    if day is None or end is None or not any(w is not None for w in words):
        return span
    wanted = next(w for w in words if w is not None)
    if day.weekday() == wanted:
        return span
    for year in (day.year + 1, day.year - 1):
        try:
            moved, last = day.replace(year=year), end.replace(year=end.year + year - day.year)
        except ValueError:  # 29 February
            continue
        if moved.weekday() == wanted:
            return DateSpan(moved, last, span.precision, span.expression, span.kind)
    return span


_OF_YEAR = re.compile(r"\s+(?:of\s+)?$")


def month_of_year(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """ "in March last year", "on 6 June this year": the year phrase sets the month's year and
    is no date of its own."""
    out: list[DateMatch] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.span.kind in ("this_year", "last_year", "next_year")
            and prev.span.kind in ("month", "month_day")
            and prev.span.start is not None
            and prev.span.end is not None
            and d.span.start is not None
            and _OF_YEAR.fullmatch(text[prev.end : d.begin] + " ")
        ):
            year = d.span.start.year
            try:
                first, last = prev.span.start.replace(year=year), prev.span.end.replace(year=year)
            except ValueError:  # 29 February in a common year
                out.append(d)
                continue
            span = DateSpan(
                first, last, prev.span.precision, text[prev.begin : d.end], prev.span.kind
            )
            out[-1] = DateMatch(prev.begin, d.end, span)
            continue
        out.append(d)
    return _possessive_year(text, out)


_YEAR_KINDS = ("this_year", "last_year", "next_year")
_LATER_IN_YEAR = ("month", "month_day", "season", "range_month_day_day", "range_day_day_month")


def _possessive_year(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """ "next year's summit will be held in Hanoi in July": the year the possessive names is
    the year of the month told after it in the sentence (not this July), and no date itself."""
    out: list[DateMatch | None] = list(found)
    for i, d in enumerate(found):
        if d.span.kind not in _YEAR_KINDS or d.span.start is None:
            continue
        if text[d.end : d.end + 2] not in ("'s", "’s"):
            continue
        later = next((x for x in found[i + 1 :] if x.begin - d.end <= 120), None)
        if later is None or later.span.kind not in _LATER_IN_YEAR or later.span.start is None:
            continue
        shift = d.span.start.year - later.span.start.year
        if later.span.end is None:
            continue
        out[i] = None
        try:
            first = later.span.start.replace(year=later.span.start.year + shift)
            last = later.span.end.replace(year=later.span.end.year + shift)
        except ValueError:  # 29 February in a common year
            continue
        span = DateSpan(first, last, later.span.precision, later.span.expression, later.span.kind)
        out[found.index(later)] = DateMatch(later.begin, later.end, span)
    return [d for d in out if d is not None]
