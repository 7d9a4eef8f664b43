"""Dates written in figures or ordinals: "14/03/2024", "14.03.2024", "2024-03-14", "on 14/03",
"14-15/03/2024" (two days of one month, as a chronology's entry dates a meeting),
"on the 14th" ("the fourteenth", "the 14th inst.": a day of this month), "the last week of May".

Read day first, as most of the world writes them ("12/03/2024" is 12 March), and month first
only when the first figure cannot be a month ("03/14/2024" is 14 March). A date without its year
needs a word that makes it one ("on 14/03", "from 3/5"), since "24/7" and "3/4 of" are none;
with dots it needs its year ("rose 14.03 percent" is a figure). Without a year it is the latest
such day by the publication day P (read forward, the next one on or after P).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan, infer_year

_D = r"(?:0?[1-9]|[12]\d|3[01])"
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"]
ORDINALS = [*_UNITS, *_TEENS, "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORDINALS += [f"twenty-{w}" for w in _UNITS] + ["thirtieth", "thirty-first"]
# "the fourteenth", "the 14th" ("on the 14th of March", "on the 14th inst.")
ORD = "(?:(?i:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")|"
ORD += r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w-])"
# "on the twentieth": a day of the month without the month (not "on the first day", nor "on
# the first leg of a tour": an ordinal before a word other than a function word is an adjective)
_ORD_AFTER_NOT = (
    r"(?!\s+(?i:of|day|days|time|round|anniversary|floor|century|week|month|year|such|meeting|"
    r"session|visit|trip|call|phase|stage|part)\b)"
    r"(?!\s+(?!(?:and|or|at|in|on|when|with|to|for|as|the|a|an|he|she|they|it|we|after|before|"
    r"but|while|until|from|by|this|that|his|her|their|its|will|was|were|is|are|had|has|have|"
    r"would|which|who|where|inst|instant)\b)[a-z])"
    r"(?!\s+and\s+(?i:final|last)\b)"  # "on the third and final day"
)

NUMERIC_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (  # "14-15/03/2024", "3–5.04.2024": days of one month, its year written in full
        "numeric_date",
        re.compile(
            rf"(?<![\w/.,-])(?P<a>{_D})\s?[-–]\s?(?P<a2>{_D})(?P<sep>[/.])(?P<b>{_D})(?P=sep)"
            r"(?P<y>(?:19|20)\d\d)(?![\d/]|[.,]\d)"
        ),
    ),
    (
        "iso_date",
        re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<b>[01]\d)-(?P<a>[0-3]\d)(?![\d-])"),
    ),
    (
        "numeric_date",
        re.compile(
            rf"(?<![\w/.,-])(?P<a>{_D})(?P<sep>[/.])(?P<b>{_D})(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)"
            r"(?![\d/]|[.,]\d)"
        ),
    ),
    (
        "numeric_date",
        re.compile(
            r"(?i:(?<=\bon\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bto\s)|(?<=\band\s)|(?<=\bby\s))"
            rf"(?P<a>{_D})/(?P<b>{_D})(?![\d/]|[.,]\d)"
        ),
    ),
]
NUMERIC_PATTERNS.append(
    (
        "ordinal",  # a day of the month without the month, "inst." (instant) saying this one
        re.compile(
            rf"(?i:\bon\s+the\s+|\bon\s+(?=\d\S*\s+inst\b))(?P<d1>{ORD}){_ORD_AFTER_NOT}"
            r"(?:\s+(?i:inst(?:ant)?)\b\.?)?"
        ),
    )
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
NUMERIC_PATTERNS.append(
    (
        "week_of_month",  # "in the last week of May", "the first week of June 2025"
        re.compile(
            r"(?i:\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+)"
            rf"(?P<mon>{_MONTH_NAMES})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
        ),
    )
)
NUMERIC_KINDS = ("iso_date", "numeric_date", "week_of_month")
_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def numeric_span(g: dict, published: dt.date, future: bool, text: str) -> DateSpan | None:
    """The day a date in figures names (see the module docstring), or None for no date."""
    if g.get("nth"):
        return _week_of_month(g, published, future, text)
    day, month = int(g["a"]), int(g["b"])
    if month > 12 and "-" not in text:  # "03/14/2024": the first figure is the month
        day, month = month, day
    if month > 12:
        return None
    year = int(g["y"]) if g.get("y") else infer_year(month, day, published, future)
    if year < 100:  # "12.05.98": 1998; "12.05.25": 2025 (up to ten years after P)
        year += 2000 if year <= published.year % 100 + 10 else 1900
    last = int(g["a2"]) if g.get("a2") else day  # "14-15/03/2024": to the second day
    try:
        date, end = dt.date(year, month, day), dt.date(year, month, last)
    except ValueError:  # "31/02/2024": no such day
        return None
    if end < date:  # "15-14/03/2024" is no range
        return None
    return DateSpan(date, end, "day" if end == date else "range", text, "numeric_date")


def _week_of_month(g: dict, published: dt.date, future: bool, text: str) -> DateSpan:
    """ "the last week of May": its last seven days; "the second week of June": the 8th-14th."""
    month = _MONTH_NAMES.split("|").index(g["mon"].capitalize()) + 1
    year = int(g["y"]) if g.get("y") else infer_year(month, 28 if future else 1, published, future)
    last = calendar.monthrange(year, month)[1]
    nth = _NTH_WEEK.get(g["nth"].lower())
    first = last - 6 if nth is None else 1 + 7 * nth
    start, end = dt.date(year, month, first), dt.date(year, month, min(first + 6, last))
    return DateSpan(start, end, "range", text, "week_of_month")
