"""Date expressions in news text → the span of days they name, with an honest precision.

Absolute expressions ("Sept. 16, 2022", "In March 2020", "November 30-December 1", "in 2019-2020",
"on 30 and 31 October") and relative ones ("Monday's briefing", "on Tuesday", "earlier this month",
"last year", "In June", "this week", "this morning", "in the autumn") are resolved against the
publication date of the report. Rules, not dateparser: dateparser returns one datetime, not a
span, and gets several of these kinds wrong. Each distinct expression is resolved once per
publication date and direction (a bounded cache), and overlaps are checked against a bitmap, so
the work is linear in the text.

Conventions (all relative to the publication day P):

* a weekday alone ("on Tuesday", "Monday's") is the most recent such day, P itself included;
  "last Tuesday" is the most recent one before P; "next Tuesday" the first after P;
* a month or month-day without a year is the latest one not after P ("In June" in a December
  report is June of the same year; "December 7" likewise);
* "earlier this month" is the 1st of P's month … P; "this week" is Monday … Sunday of P's week;
* with ``prefer_future=True`` (an announced event) undated weekdays, months and month-days are
  the next ones on or after P instead.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import (
    UNKNOWN,
    DateMatch,
    DateSpan,
    ago,
    bare_month,
    in_time,
    infer_year,
    month_edge,
    month_end,
    month_of_year,
    named_day_first,
    ordinal_day,
    part_of_year,
    range_span,
    relative_period,
    weekday,
    weekdays,
    weekend,
)
from mapapp.extract.numeric_dates import (
    NUMERIC_KINDS,
    NUMERIC_PATTERNS,
    ORD,
    ORDINALS,
    numeric_span,
)
from mapapp.extract.plan_periods import PLAN_KINDS, PLAN_PATTERNS, from_publication, plan_span
from mapapp.extract.seasons import SEASON_PATTERNS, season_span
from mapapp.extract.trigger_words import WEEKDAY
from mapapp.extract.week_anchors import ANCHOR_KINDS, ANCHOR_PATTERNS, anchor_span

__all__ = ["UNKNOWN", "DateMatch", "DateSpan", "find_dates", "resolve_date"]


_MONTH_ABBR = "jan feb mar apr may jun jul aug sep oct nov dec"
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_ABBR.split(" "))}

# Month names are matched capitalised only ("May", never the verb "may"); abbreviations need a dot
# or a day next to them.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
    # a wire's or factbox's undotted abbreviation, only before a day or after one ("Oct 15-16",
    # "on Nov 3", "3 Nov 2024")
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d)"
    r"|(?<=\d\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))(?![\w])"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"
_DASH = r"\s*(?:-|–|—|to|until|through|and)\s*"
_WEEKDAY = WEEKDAY
_POSS = r"(?:['’]s)?"
_DECADE = r"['’]?s\b"  # "the 1990s": a decade, not a year

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # November 30-December 1[, 2022], Sunday, May 19 to Tuesday, May 21
    (
        "range_month_day_month_day",
        re.compile(
            rf"(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?:{_WEEKDAY},?\s+)?"
            rf"(?P<m2>{_MONTH})\s+"
            rf"(?P<d2>{_DAY})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    # Dec. 5-7[, 2022], October 20 to 22
    (
        "range_month_day_day",
        re.compile(
            rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|–|—|\s(?:to|through|and)\s)\s*(?P<d2>{_DAY})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    # 30 November and 1 December[ 2023], 31 Dec. to 2 Jan.: day-month ranges across months
    (
        "range_day_month_day_month",
        re.compile(
            rf"\b(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})\s*(?P<sep>-|–|—|\s(?:to|until|through|and)\s)"
            rf"\s*(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    # 5-7 December[ 2022]
    (
        "range_day_day_month",
        re.compile(
            rf"\b(?P<d1>{_DAY})\s*(?:-|–|—|\s(?:and|to)\s)\s*(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    # the thirteenth and fourteenth of January, the twentieth of May, May the twentieth
    (
        "range_day_day_month",
        re.compile(
            rf"(?i:\bthe\s+)?(?P<d1>{ORD})\s+(?i:and|to|through)\s+(?i:the\s+)?(?P<d2>{ORD})"
            rf"\s+(?i:of)\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "day",
        re.compile(
            rf"(?i:\bthe\s+)?(?P<d1>{ORD})\s+(?i:of)\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "day",
        re.compile(rf"(?P<m1>{_MONTH})\s+(?i:the\s+)?(?P<d1>{ORD})(?:,?\s+(?P<y>{_YEAR}))?"),
    ),
    # Sept. 16, 2022 / December 7
    (
        "day",
        re.compile(
            rf"(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    # 16 September 2022
    ("day", re.compile(rf"\b(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?")),
    *NUMERIC_PATTERNS,  # 14/03/2024, 2024-03-14, on 14/03, on the 14th, the last week of May
    # 2019-2020, 2019-20, from 2019 to 2020
    (
        "year_range",
        re.compile(
            rf"(?<![\d$£€.,])(?P<y1>{_YEAR})\s*(?:-|–|—|to|and)\s*(?P<y2>{_YEAR}|\d\d(?![\d]))"
        ),
    ),
    # [early|mid-|late] March[,] 2020
    ("month_year", re.compile(rf"(?P<m1>{_MONTH}),?\s+(?P<y>{_YEAR})")),
    # since/in/during [early] June (no year)
    (
        "month",
        re.compile(
            rf"(?i:\b(?P<prep>in|since|during|by|until|from|through|last|this|next|of|for|early|late"
            rf"|mid-?)\s+)(?:(?i:early|late|mid-?)\s*)?(?P<m1>{_MONTH})(?!\s*\d)"
        ),
    ),
    *PLAN_PATTERNS,  # before the end of the year, within this year, in the coming weeks
    # the first quarter of 2026, the second half of next year (of the year: this one)
    (
        "part_year",
        re.compile(
            rf"(?i:\b(?P<nth>first|second|third|fourth|last)\s+(?P<part>quarter|half)\s+of\s+)"
            rf"(?:(?P<y>{_YEAR})|(?i:(?P<rel>this|next|last)\s+year\b)|(?i:the\s+year\b))"
        ),
    ),
    # in two months, in three weeks' time (read forward only: "the first in two years" is none)
    (
        "in_time",
        re.compile(
            r"(?i:\bin\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
            r"(?P<unit>day|week|fortnight|month|year)s?(?:['’]\s*time)?\b)"
            r"(?!['’-]|\s+(?:of|when|that|in|after|before|since|to|during)\b)"
        ),
    ),
    *ANCHOR_PATTERNS,  # on Wednesday last week, two years ago today
    (
        "weekdays",  # on Monday and Tuesday, from Tuesday to Thursday
        re.compile(
            rf"(?:(?P<rel>(?i:last|this|next|on|from))\s+)?(?P<wd>{_WEEKDAY})\s*(?:-|–|\s(?:and|to|"
            rf"through|until)\s)\s*(?P<wd2>{_WEEKDAY})(?![\w'’])"
        ),
    ),
    # at the end of the month, at the start of next month
    (
        "edge",
        re.compile(
            r"(?i:\b(?:at\s+|by\s+)?the\s+(?P<edge>end|start|beginning)\s+of\s+"
            r"(?P<rel>the|this|next|last)\s+month\b)"
        ),
    ),
    # over the weekend, at the weekend, last weekend, this weekend
    (
        "weekend",
        re.compile(
            r"(?i:\b(?:(?:over|at|during)\s+the|(?P<rel>this|last|next|past|the\s+coming))\s+"
            r"weekend\b)"
        ),
    ),
    # Monday's, on Tuesday, last Tuesday
    (
        "weekday",
        re.compile(
            rf"(?:(?P<rel>(?i:last|this|next|past|on|since|by|until|till|through))\s+)?"
            rf"(?P<wd>{_WEEKDAY}){_POSS}"
        ),
    ),
    (
        "relative_day",
        re.compile(
            r"(?i:\b(?:the\s+day\s+(?P<beyond>before|after)\s+)?"
            r"(?P<word>yesterday|today|tonight|tomorrow|last\s+night|"
            r"this\s+(?:morning|afternoon|evening))\b)"
        ),
    ),
    *SEASON_PATTERNS,  # "in the spring", "scheduled for the autumn"
    (
        "relative_period",
        re.compile(
            r"(?i:\b(?:(?P<mod>earlier|later|since|early|late)\s+)?(?P<rel>this|last|next|past)\s+"
            r"(?P<unit>week|month|year)\b)"
        ),
    ),
    (
        "ago",
        re.compile(
            r"(?i:\b(?P<n>a|an|one|two|three|four|five|six|\d+)\s+(?P<unit>day|week|month|year)s?"
            r"\s+ago\b)"
        ),
    ),
    # a bare year: "in 2019", "The 2020 agreement" (not a decade: "the 1990s")
    ("year", re.compile(rf"(?<![\d$£€.,/-])(?P<y>{_YEAR})(?![\d,.]\d|\s*(?:-|–)\s*\d|{_DECADE})")),
]


_PARTS = ("part_year", "in_time", *PLAN_KINDS, *NUMERIC_KINDS, *ANCHOR_KINDS)
_DAY_WORDS = {"yesterday": -1, "last": -1, "tomorrow": 1}  # "last night": the day before


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _day(text: str) -> int:
    if text[0].isdigit():
        return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]
    return ORDINALS.index(text.lower()) + 1


def _range_year(m1: int, d1: int, m2: int, d2: int, published: dt.date, future: bool) -> int:
    """A range's first year; read forward, one still running on P is this year's."""
    if future:
        return infer_year(m2, d2, published, future) - (1 if m2 < m1 else 0)
    return infer_year(m1, d1, published, future)


def _resolve(kind: str, m: re.Match[str], published: dt.date, future: bool) -> DateSpan | None:
    g = m.groupdict()
    text = m.group(0).strip()
    try:
        if kind == "range_month_day_month_day":
            m1, d1, m2, d2 = _month(g["m1"]), _day(g["d1"]), _month(g["m2"]), _day(g["d2"])
            y1 = (
                int(g["y"]) - (1 if m2 < m1 else 0)
                if g["y"]
                else _range_year(m1, d1, m2, d2, published, future)
            )
            y2 = y1 + (1 if m2 < m1 else 0)
            return range_span(dt.date(y1, m1, d1), dt.date(y2, m2, d2), "range", text, kind)
        if kind in ("range_day_month_day_month", "weekdays", "weekend", "edge", *_PARTS):
            return _resolve_more(kind, g, published, future, text)
        if kind in ("range_month_day_day", "range_day_day_month"):
            m1, d1, d2 = _month(g["m1"]), _day(g["d1"]), _day(g["d2"])
            if d2 < d1:
                return None
            y = int(g["y"]) if g["y"] else infer_year(m1, d2 if future else d1, published, future)
            return range_span(dt.date(y, m1, d1), dt.date(y, m1, d2), "range", text, kind)
        if kind == "day":
            m1, d1 = _month(g["m1"]), _day(g["d1"])
            y = int(g["y"]) if g["y"] else infer_year(m1, d1, published, future)
            day = dt.date(y, m1, d1)
            return DateSpan(day, day, "day", text, kind if g["y"] else "month_day")
        if kind == "ordinal":
            return ordinal_day(_day(g["d1"]), published, future, text)
        if kind == "year_range":
            first, last = int(g["y1"]), str(g["y2"])
            y2i = int(last) if len(last) == 4 else (first // 100) * 100 + int(last)
            if y2i <= first:
                return None
            return DateSpan(dt.date(first, 1, 1), dt.date(y2i, 12, 31), "range", text, kind)
        if kind == "month_year":
            y, mo = int(g["y"]), _month(g["m1"])
            return DateSpan(dt.date(y, mo, 1), month_end(y, mo), "month", text, kind)
        if kind == "month":
            return bare_month(g["prep"].lower(), _month(g["m1"]), published, future, text)
        if kind == "weekday":
            return weekday(g["rel"], g["wd"], published, future, text)
        if kind == "relative_day":
            word = g["word"].lower().split()[0]
            offset = _DAY_WORDS.get(word, 0)
            offset += {"before": -1, "after": 1}.get((g["beyond"] or "").lower(), 0)
            day = published + dt.timedelta(days=offset)
            return DateSpan(day, day, "day", text, kind)
        if kind == "relative_period":
            return relative_period(g["mod"], g["rel"].lower(), g["unit"].lower(), published, text)
        if kind == "ago":
            return ago(g["n"].lower(), g["unit"].lower(), published, text)
        if kind == "season":
            return season_span(g, published, future, text)
        if kind == "year":
            y = int(g["y"])
            return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", text, kind)
    except ValueError:  # "February 30": not a date
        return None
    return None


def _resolve_more(
    kind: str, g: dict, published: dt.date, future: bool, text: str
) -> DateSpan | None:
    """Day-month ranges across months, weekday pairs and weekends."""
    if kind == "range_day_month_day_month":
        return _across_months(g, published, future, text)
    if kind == "edge":
        return month_edge(g, published, text)
    if kind in PLAN_KINDS:
        return plan_span(kind, g, published, future, text)
    if kind in NUMERIC_KINDS:
        return numeric_span(g, published, future, text)
    if kind in ANCHOR_KINDS:
        return anchor_span(kind, g, published, text)
    if kind == "part_year":
        return part_of_year(g["nth"], g["part"], g["y"], g["rel"], published, text)
    if kind == "in_time":
        return in_time(g["n"], g["unit"], published, text) if future else None
    if kind == "weekdays":
        rel = g["rel"] if (g["rel"] or "").lower() not in ("on", "from") else None
        return weekdays(weekday(rel, g["wd"], published, future, text), g["wd2"], text)
    coming = (g["rel"] or "").lower().startswith("the")  # "the coming weekend"
    return weekend(None if coming else g["rel"], published, future or coming, text)


def _across_months(g: dict, published: dt.date, future: bool, text: str) -> DateSpan | None:
    """ "30 November and 1 December 2023": one span when the days are close (two dates joined by
    "and" a month or more apart are two dates, not a range)."""
    m1, d1, m2, d2 = _month(g["m1"]), _day(g["d1"]), _month(g["m2"]), _day(g["d2"])
    y1 = int(g["y"]) - (1 if m2 < m1 else 0) if g["y"] else infer_year(m1, d1, published, future)
    first, last = dt.date(y1, m1, d1), dt.date(y1 + (1 if m2 < m1 else 0), m2, d2)
    if last <= first or ("and" in g["sep"] and (last - first).days > 7):
        return None
    return range_span(first, last, "range", text, "range_day_month_day_month")


def find_dates(text: str, published: dt.date, *, prefer_future: bool = False) -> list[DateMatch]:
    """Every date expression in ``text``, in order, longest rule first, without overlaps.

    Parameters
    ----------
    text : str
        A sentence or paragraph.
    published : datetime.date
        Publication date of the report; relative expressions are resolved against it.
    prefer_future : bool
        Resolve undated weekdays, months and month-days forward (for announced events).

    Returns
    -------
    list of DateMatch
        ``(begin, end, span)`` per expression, sorted by position.

    Examples
    --------
    >>> find_dates("said at Monday's briefing", dt.date(2022, 12, 20))[0].span.start
    datetime.date(2022, 12, 19)
    """
    taken = bytearray(len(text))  # 1 where an earlier (longer) rule already matched
    found: list[DateMatch] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            begin, end = m.start(), m.end()
            if taken.find(1, begin, end) != -1:
                continue
            key = (kind, tuple(m.groupdict().items()), m.group(0).strip())
            span = _resolve_cached(key, m, published, prefer_future)
            if span is None:
                continue
            taken[begin:end] = b"\x01" * (end - begin)
            found.append(DateMatch(begin, end, span))
    found = month_of_year(text, named_day_first(text, sorted(found, key=lambda d: d.begin)))
    return [from_publication(d, published) for d in found] if prefer_future else found


# Resolved expressions by (rule, groups, text, publication date, direction). Articles repeat the
# same few expressions; a bound keeps a hostile text of distinct dates from growing the cache.
RESOLVE_CACHE_SIZE = 4096
_resolved: dict[tuple, DateSpan | None] = {}


def _resolve_cached(
    key: tuple, m: re.Match[str], published: dt.date, future: bool
) -> DateSpan | None:
    full = (*key, published, future)
    if full in _resolved:
        return _resolved[full]
    span = _resolve(key[0], m, published, future)
    if len(_resolved) >= RESOLVE_CACHE_SIZE:
        _resolved.pop(next(iter(_resolved)))  # the oldest entry
    _resolved[full] = span
    return span


def resolve_date(
    expression_or_sentence: str, published: dt.date, *, prefer_future: bool = False
) -> DateSpan:
    """Resolve the first date expression in a text against the publication date.

    Parameters
    ----------
    expression_or_sentence : str
        "Monday's briefing", "In March 2020", or a whole sentence.
    published : datetime.date
        Publication date of the report.
    prefer_future : bool
        Resolve undated weekdays, months and month-days forward (for announced events).

    Returns
    -------
    DateSpan
        ``DateSpan(None, None, "unknown", None)`` when the text holds no date expression.

    Examples
    --------
    >>> resolve_date("on Tuesday", dt.date(2022, 12, 19)).start  # published on a Monday
    datetime.date(2022, 12, 13)
    """
    found = find_dates(expression_or_sentence, published, prefer_future=prefer_future)
    return found[0].span if found else UNKNOWN
