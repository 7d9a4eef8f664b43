"""Loose periods that plans are announced for: "before the end of the year", "within this
year", "in the coming weeks", "later in the year".

A plan told with such a phrase has no day, but it has bounds: from the publication day P to
the end of the period the phrase names. The resolvers below are read forward only (for an
announced event or a trip under way); read back, the phrases name nothing
(:func:`mapapp.extract.text_dates.find_dates` then leaves the event undated).

* "before (by, until) the end of the year (this year, the month)": P … that period's last day;
  "before the end of next year": P … the last day of next year;
* "at (towards, around) the end of the year": that year's last month (of a month: its last ten
  days, as "at the end of the month" reads);
* "within this (the) year (month, week)", "later in the year": P … that period's last day;
* "in (over) the coming (next few) days (weeks, months)": P … two weeks (two months, six
  months) later;
* "in the second quarter" (no year told): that quarter of P's year, or of the next once it
  is over;
* "on the eve of the New Year", "New Year's Day", "Christmas Eve": that day of the calendar,
  the latest by P (read forward, the next), read in either direction.

:func:`from_publication` narrows a period that has begun ("this year", "in the spring" told in
April, "the first half of the year") to start at P when it is read forward: an announced event
is not in its past part.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateMatch, DateSpan, month_end, week

PLAN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "period_end",
        re.compile(
            r"(?i:\b(?P<prep>before|by|until|till|towards?|around|at|in)\s+the\s+(?:very\s+)?end\s+"
            r"of\s+(?P<rel>the|this|next)\s+(?:(?:current|calendar)\s+)?(?P<unit>year|month|week)\b)"
        ),
    ),
    (
        "period_within",
        re.compile(
            r"(?i:\b(?:within|during|in|later\s+in)\s+(?P<rel>this|the)\s+(?:(?:current|calendar)\s+)?"
            r"(?P<unit>year|month|week)\b(?!['’]s|\s+\d|\s+(?:of|to|before|after|since|when)\b))"
        ),
    ),
    (
        "period_coming",
        re.compile(
            r"(?i:\b(?:in|over|during|within)\s+the\s+(?:coming|next\s+few|coming\s+few|next\s+several"
            r"|weeks\s+and|days\s+and)\s+(?P<unit>days|weeks|months)\b)"
        ),
    ),
]
# "On the eve of the New Year", "on New Year's Eve", "Christmas Day": days of the calendar
PLAN_PATTERNS.append(
    (
        "holiday",
        re.compile(
            r"(?i:\b(?:(?P<eve>(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?New\s+Year|New\s+Year['’]?s\s+Eve)"
            r"|(?P<new>New\s+Year['’]?s\s+Day)|(?P<xeve>Christmas\s+Eve)|(?P<xmas>Christmas\s+Day))\b)"
        ),
    )
)
# "a second session is planned in the second quarter": a quarter with no year told
PLAN_PATTERNS.append(
    (
        "bare_quarter",
        re.compile(
            r"(?i:\b(?:in|during|for)\s+the\s+(?P<nth>first|second|third|fourth|last)\s+quarter\b"
            r"(?!\s+of\b|\s+\d|['’]s))"
        ),
    )
)
PLAN_KINDS = frozenset(kind for kind, _ in PLAN_PATTERNS)
_QUARTERS = {"first": 1, "second": 4, "third": 7, "fourth": 10, "last": 10}  # first month
_HOLIDAYS = {"eve": (12, 31), "new": (1, 1), "xeve": (12, 24), "xmas": (12, 25)}

_BY = ("before", "by", "until", "till")
_COMING_DAYS = {"days": 14, "weeks": 60, "months": 182}  # how far "the coming …" reach


def _period(unit: str, step: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """The week, month or year of P moved by ``step`` of them."""
    if unit == "week":
        return week(published + dt.timedelta(days=7 * step))
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
        return dt.date(year, month + 1, 1), month_end(year, month + 1)
    return dt.date(published.year + step, 1, 1), dt.date(published.year + step, 12, 31)


def plan_span(kind: str, g: dict, published: dt.date, future: bool, text: str) -> DateSpan | None:
    """The span a loose plan period names, read forward from ``published`` (None read back).

    >>> plan_span("period_end", {"prep": "before", "rel": "the", "unit": "year"},
    ...           dt.date(2024, 4, 16), True, "before the end of the year").end
    datetime.date(2024, 12, 31)
    """
    if kind == "holiday":  # the latest such day by P (read forward: the next one)
        month, day = next(v for k, v in _HOLIDAYS.items() if g.get(k))
        year = published.year
        if future and (month, day) < (published.month, published.day):
            year += 1
        elif not future and (month, day) > (published.month, published.day):
            year -= 1
        return DateSpan(dt.date(year, month, day), dt.date(year, month, day), "day", text, kind)
    if not future:
        return None
    if kind == "bare_quarter":  # this year's, or next year's once it is over
        first_month = _QUARTERS[g["nth"].lower()]
        year = published.year + (month_end(published.year, first_month + 2) < published)
        end = month_end(year, first_month + 2)
        return DateSpan(dt.date(year, first_month, 1), end, "range", text, "part")
    unit = g["unit"].lower()
    if kind == "period_coming":
        end = published + dt.timedelta(days=_COMING_DAYS[unit])
        return DateSpan(published, end, "range", text, kind)
    step = 1 if g["rel"].lower() == "next" else 0
    first, last = _period(unit, step, published)
    if kind == "period_end" and g["prep"].lower() in _BY:
        first = published
    elif kind == "period_end":  # "at the end of the year": its last month; of a month, ten days
        first = last - dt.timedelta(days={"year": 30, "month": 9}.get(unit, 2))
    start = max(first, published)
    if start > last:
        return None
    return DateSpan(start, last, "range", text, kind)


# Periods that may have begun by P: read forward, an announced event is in their rest
_OPEN_KINDS = frozenset({"this_week", "this_month", "this_year", "season", "part", "month"})


def from_publication(d: DateMatch, published: dt.date) -> DateMatch:
    """A period read forward that began before P, from P on ("this year" told in April)."""
    span = d.span
    if span.kind not in _OPEN_KINDS or span.start is None or span.end is None:
        return d
    if not span.start < published < span.end:
        return d  # "earlier this month" ends at P: a past part, kept
    return d._replace(span=DateSpan(published, span.end, "range", span.expression, span.kind))
