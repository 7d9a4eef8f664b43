"""Dates as written in foreign files → (first day, last day, precision).

Accepted: ISO ``2022-12-20`` (a time part is ignored), ``2022-12`` (month), ``2022`` (year),
``20221220``, Unix timestamps in seconds or milliseconds (UTC day), ``2022/12/20``, numeric
``dd/mm/yyyy`` / ``mm/dd/yyyy`` / ``dd.mm.yy`` forms, English text (``13 November 2020``,
``Nov 13, 2020``, ``Tuesday, 20 Dec 2022``, ``November 2020``), and other languages through
dateparser ("13 novembre 2020"). Two-digit years: 00–69 → 20xx, 70–99 → 19xx.

Day/month order is decided per file, never guessed per value: when some date has a first number
above 12 the file is day-first, when some has a second number above 12 it is month-first; when
nothing tells, values such as ``03/04/2021`` are refused (``03/03/2021`` is fine) unless the
caller says ``dayfirst=True`` or ``False``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from mapapp.errors import quote
from mapapp.readers.rows import Rows

_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?$",
    re.I,
)
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EPOCH = re.compile(r"^(\d{10})(?:\.\d+)?$|^(\d{13})$")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$")
_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.I)
_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TEXT_DAY = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%d-%B-%Y",
    "%d %b %y",
    "%Y %B %d",
    "%Y %b %d",
)
_TEXT_MONTH = ("%B %Y", "%b %Y", "%b-%Y", "%b-%y")
_MIN_YEAR, _MAX_YEAR = 1000, 2999
_DATEPARSER_MAX_LEN = 40
# Languages dateparser tries for month names (all of them would cost about a second per value).
_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "ar", "fa", "tr", "ps", "ur")

ISO_HINT = "write dates as YYYY-MM-DD (e.g. 2022-12-20)"
ORDER_HINT = (
    "write dates as YYYY-MM-DD, or import with dayfirst=True/False "
    "(command line: --dayfirst or --monthfirst)"
)


@dataclass(frozen=True)
class Span:
    """A parsed date: first and last day it may mean, and the contract's date_precision."""

    start: date
    end: date
    precision: str


@dataclass(frozen=True)
class DateError:
    message: str
    hint: str = ISO_HINT


@dataclass
class Order:
    """Day/month order of a file's numeric dates: "dmy", "mdy", "unknown" or "conflict"."""

    kind: str
    examples: dict[str, str] = field(default_factory=dict)


def decide_order(columns: Iterable[Sequence[object]], dayfirst: bool | None) -> Order:
    """Look at every numeric a/b/yyyy value of the given columns and decide their order."""
    if dayfirst is not None:
        return Order("dmy" if dayfirst else "mdy")
    examples: dict[str, str] = {}
    for values in columns:
        for value in set(values):
            if not isinstance(value, str):
                continue
            m = _NUMERIC.match(value.strip())
            if m:
                if int(m.group(1)) > 12:
                    examples.setdefault("dmy", value.strip())
                if int(m.group(3)) > 12:
                    examples.setdefault("mdy", value.strip())
    if len(examples) == 2:
        return Order("conflict", examples)
    if examples:
        return Order(next(iter(examples)), examples)
    return Order("unknown")


def parse_date(value: str, order: Order) -> Span | DateError | None:
    """Parse one cell; None when it is empty."""
    text = " ".join(value.split())
    if not text:
        return None
    return _parse(text, order.kind, order.examples.get("dmy", ""), order.examples.get("mdy", ""))


@lru_cache(maxsize=65536)
def _parse(text: str, order: str, dmy_example: str, mdy_example: str) -> Span | DateError:
    try:
        m = _ISO.match(text) or _COMPACT.match(text) or _YMD.match(text)
        if m:
            return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
        m = _ISO_MONTH.match(text)
        if m:
            return _month(int(m.group(1)), int(m.group(2)), text)
        m = _YEAR.match(text)
        if m:
            year = _year(int(m.group(1)), text)
            return (
                year
                if isinstance(year, DateError)
                else Span(date(year, 1, 1), date(year, 12, 31), "year")
            )
        m = _EPOCH.match(text)
        if m:
            seconds = int(m.group(1)) if m.group(1) else int(m.group(2)) / 1000
            day = datetime.fromtimestamp(seconds, tz=UTC).date()
            return Span(day, day, "day")
        m = _NUMERIC.match(text)
        if m:
            return _numeric(m, text, order, dmy_example, mdy_example)
        if any(ch.isalpha() for ch in text) and any(ch.isdigit() for ch in text):
            return _textual(text, order)
    except (ValueError, OverflowError, OSError):
        pass
    return DateError(f"{quote(text)} is not a date")


def _year(year: int, text: str) -> int | DateError:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return DateError(f"{quote(text)} has the year {year}, outside {_MIN_YEAR}–{_MAX_YEAR}")
    return year


def _day(year: int, month: int, day: int, text: str) -> Span | DateError:
    checked = _year(year, text)
    if isinstance(checked, DateError):
        return checked
    try:
        found = date(year, month, day)
    except ValueError:
        return DateError(
            f"{quote(text)} is not a real date (year {year}, month {month}, day {day})"
        )
    return Span(found, found, "day")


def _month(year: int, month: int, text: str) -> Span | DateError:
    checked = _year(year, text)
    if isinstance(checked, DateError):
        return checked
    if not 1 <= month <= 12:
        return DateError(f"{quote(text)} has no month {month}")
    last = calendar.monthrange(year, month)[1]
    return Span(date(year, month, 1), date(year, month, last), "month")


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _numeric(m: re.Match[str], text: str, order: str, dmy: str, mdy: str) -> Span | DateError:
    a, b, year = int(m.group(1)), int(m.group(3)), _full_year(m.group(4))
    if order == "dmy" or (order in ("unknown", "conflict") and a > 12):
        return _day(year, b, a, text)
    if order == "mdy" or (order in ("unknown", "conflict") and b > 12):
        return _day(year, a, b, text)
    if a == b:
        return _day(year, a, b, text)
    either = (
        f"{quote(text)} could be {a} {calendar.month_name[b] if b <= 12 else b} or "
        f"{b} {calendar.month_name[a] if a <= 12 else a}"
    )
    if order == "conflict":
        return DateError(
            f"{either}, and the file mixes day-first dates ({quote(dmy)}) with "
            f"month-first ones ({quote(mdy)})",
            ORDER_HINT,
        )
    return DateError(
        f"{either}; no date in the file has a number above 12 to tell the day/month order",
        ORDER_HINT,
    )


def _textual(text: str, order: str) -> Span | DateError:
    clean = _WEEKDAY.sub("", _ORDINAL.sub(r"\1", text))
    clean = re.sub(r"\bsept\b", "Sep", clean.replace(",", " ").replace(".", " "), flags=re.I)
    clean = " ".join(clean.split())
    for fmt in _TEXT_DAY:
        try:
            found = datetime.strptime(clean, fmt).date()
        except ValueError:
            continue
        return _day(found.year, found.month, found.day, text)
    for fmt in _TEXT_MONTH:
        try:
            found = datetime.strptime(clean, fmt).date()
        except ValueError:
            continue
        return _month(found.year, found.month, text)
    if len(text) <= _DATEPARSER_MAX_LEN:
        parsed = _dateparser(text, order)
        if parsed is not None:
            return _day(parsed.year, parsed.month, parsed.day, text)
    return DateError(f"{quote(text)} is not a date")


def _dateparser(text: str, order: str) -> date | None:
    import dateparser  # slow to import (about 0.3 s): only when a date needs it

    settings = {
        "PARSERS": ["absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if order in ("dmy", "mdy"):
        settings["DATE_ORDER"] = order.upper()
    try:
        found = dateparser.parse(text, settings=settings, languages=list(_LANGUAGES))
    except Exception:  # dateparser raises assorted errors on odd input; treat as "not a date"
        return None
    return found.date() if found is not None else None


def week_around(day: date) -> tuple[date, date]:
    """The 7-day span centred on ``day`` (ACLED time_precision 2 uses the middle day)."""
    return day - timedelta(days=3), day + timedelta(days=3)


def month_of(day: date) -> tuple[date, date]:
    """The whole month containing ``day``."""
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


# --- a table's date columns ----------------------------------------------------------------


@dataclass(frozen=True)
class SpanError:
    """A date cell that cannot be read: which of the two cells, and why."""

    which: str  # "start" or "end"
    error: DateError


UNKNOWN_SPAN: tuple[str | None, str | None, str] = (None, None, "unknown")


def date_columns(
    start: pd.Series,
    end: pd.Series,
    columns: tuple[str | None, str | None],
    dayfirst: bool | None,
    table: Rows,
    notes: list[str],
) -> dict[str, list[Any]]:
    """Read the start and end cells (each distinct pair once); refuse rows that cannot be read."""
    if columns == (None, None):
        notes.append(
            "no date column (date, date_start, start, event_date, time): every event's "
            "date is unknown"
        )
    order = decide_order([start.tolist(), end.tolist()], dayfirst)
    if order.kind in ("dmy", "mdy") and dayfirst is None:
        example = order.examples[order.kind]
        notes.append(
            f"read numeric dates as {'day' if order.kind == 'dmy' else 'month'}-first "
            f"(because of {quote(example)})"
        )
    pairs = np.empty(len(start), dtype=object)
    pairs[:] = list(zip(start.tolist(), end.tolist(), strict=True))
    codes, uniques = pd.factorize(pairs)
    results = [span_of(first, last, order) for first, last in uniques]
    spans = [UNKNOWN_SPAN if isinstance(r, SpanError) else r for r in results]
    for pos, code in enumerate(codes.tolist()):
        result = results[code]
        if isinstance(result, SpanError):
            column = columns[0] if result.which == "start" else columns[1]
            table.reject(pos, column, result.error.message, result.error.hint)
    firsts, lasts, kinds = (list(part) for part in zip(*spans, strict=True)) if spans else ([],) * 3
    return {
        "date_start": [firsts[c] for c in codes],
        "date_end": [lasts[c] for c in codes],
        "date_precision": [kinds[c] for c in codes],
    }


def span_of(start: str, end: str, order: Order) -> tuple[str | None, str | None, str] | SpanError:
    """(first day, last day, precision) of a start and an end cell, or why they cannot be read."""
    s = parse_date(start, order) if start else None
    e = parse_date(end, order) if end else None
    if isinstance(s, DateError):
        return SpanError("start", s)
    if isinstance(e, DateError):
        return SpanError("end", e)
    if s is None and e is None:
        return UNKNOWN_SPAN
    if s is None or e is None:
        one: Span = s if s is not None else e  # type: ignore[assignment]
        return (one.start.isoformat(), one.end.isoformat(), one.precision)
    if e.end < s.start:
        return SpanError(
            "end",
            DateError(
                f"{quote(end)} is before the start date {quote(start)}",
                "swap the dates, or correct the end date",
            ),
        )
    precision = "day" if s.precision == e.precision == "day" and s.start == e.end else "range"
    return (s.start.isoformat(), e.end.isoformat(), precision)


def published_dates(values: pd.Series, notes: list[str], table: Rows) -> list[str | None]:
    """Publication dates as YYYY-MM-DD (None where a cell is not a date, with a note)."""
    order = decide_order([values.tolist()], None)
    spans = {v: parse_date(v, order) if v else None for v in set(values.tolist())}
    used = set(values[~table.bad].tolist())
    bad = sorted(v for v, s in spans.items() if isinstance(s, DateError) and v in used)
    if bad:
        notes.append(
            f"publication dates {', '.join(quote(v, 30) for v in bad[:5])} are not "
            "dates: left empty"
        )
    return [
        s.start.isoformat() if isinstance(s, Span) else None
        for s in (spans[v] for v in values.tolist())
    ]
