"""The rules of the event record (geodata/README.md describes it), one small function each.

A rule takes a :class:`Checked` frame and yields :class:`Finding` objects: a mask of the failing
rows, the column, how to describe one bad value, and how to fix it. :data:`RULES` lists them in
the order their problems are reported; :func:`mapapp.validate.validate_events` runs them.
Checks are vectorised: only the failing rows are visited one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from mapapp.countries import iso_country_codes
from mapapp.errors import quote
from mapapp.model import (
    DATE_PRECISIONS,
    EARLIEST_DATE,
    EVENT_TYPES,
    LATEST_DATE,
    LIST_SEPARATOR,
    LOCATION_BASES,
    LOCATION_PRECISIONS,
    STATUSES,
    mappable,
)

__all__ = ["RULES", "Checked", "Finding", "Rule"]


@dataclass(frozen=True)
class Finding:
    """Rows of one frame that break one rule: which rows, which column, what and how to fix."""

    mask: np.ndarray | pd.Series | list[bool]
    column: str
    what: Callable[[int], str]
    hint: str


@dataclass
class Checked:
    """The frame under check, with the derived columns several rules share (computed once)."""

    gdf: gpd.GeoDataFrame
    rows: list[int]

    def col(self, name: str) -> pd.Series:
        return self.gdf[name]

    def blank(self, name: str) -> pd.Series:
        """Missing or white space only."""
        col = self.gdf[name]
        return col.isna() | (col.astype(str).str.strip() == "")

    @cached_property
    def placed(self) -> pd.Series:
        return pd.Series(mappable(self.gdf), index=self.gdf.index)

    @cached_property
    def points(self) -> pd.Series:
        # Type ids, not geom_type's names: no string per row.
        point = shapely.get_type_id(self._shapes) == shapely.GeometryType.POINT
        return self.placed & pd.Series(point, index=self.gdf.index)

    @cached_property
    def lat(self) -> pd.Series:
        return self._coordinate(shapely.get_y)

    @cached_property
    def lon(self) -> pd.Series:
        return self._coordinate(shapely.get_x)

    @cached_property
    def _shapes(self) -> np.ndarray:
        return np.asarray(self.gdf.geometry.array)

    def _coordinate(self, get: Callable[[np.ndarray], np.ndarray]) -> pd.Series:
        """One coordinate of the Points, NaN for every other row."""
        points = self.points.to_numpy()
        values = np.full(len(points), np.nan)
        values[points] = get(self._shapes[points])
        return pd.Series(values, index=self.gdf.index)


Rule = Callable[[Checked], Iterator[Finding]]


# --- identity and text -----------------------------------------------------------------------


def ids_unique(c: Checked) -> Iterator[Finding]:
    """Every event has an id, and no id is used twice."""
    ids = c.col("event_id")
    yield Finding(ids.isna(), "event_id", lambda p: "is empty", "give every event a unique id")
    repeated = ids.notna() & ids.duplicated(keep="first")
    first_pos: dict[object, int] = {}
    if repeated.any():  # where each repeated id was first used (for the messages only)
        for pos, value in enumerate(ids.tolist()):
            first_pos.setdefault(value, pos)
    yield Finding(
        repeated,
        "event_id",
        lambda p: f"{quote(ids.iloc[p])} is already used on row {c.rows[first_pos[ids.iloc[p]]]}",
        "event ids must be unique; give this event a new id (never reuse an old one)",
    )


_REQUIRED_TEXT = {
    "title": "write a one-line title",
    "source_quote": "copy the sentence(s) of the source that state the event",
    "source_url": "give the URL of the report the event comes from",
}


def required_text(c: Checked) -> Iterator[Finding]:
    """Title, source quote and source URL are never empty."""
    for column, hint in _REQUIRED_TEXT.items():
        yield Finding(c.blank(column), column, lambda p: "is empty", hint)


def title_one_line(c: Checked) -> Iterator[Finding]:
    """A title is one line."""
    titles = c.col("title")
    if isinstance(titles.dtype, pd.StringDtype):  # text only: one vectorised search
        broken = titles.str.contains("[\r\n]", regex=True, na=False)
    else:
        broken = titles.astype(object).map(
            lambda t: isinstance(t, str) and ("\n" in t or "\r" in t)
        )
    yield Finding(
        broken,
        "title",
        lambda p: "has a line break",
        "keep the title on one line; put details in summary",
    )


# --- enums -----------------------------------------------------------------------------------

_ENUMS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("event_type", EVENT_TYPES, False),
    ("status", STATUSES, False),
    ("date_precision", DATE_PRECISIONS, False),
    ("location_precision", LOCATION_PRECISIONS, False),
    ("location_basis", LOCATION_BASES, True),
)


def enums_allowed(c: Checked) -> Iterator[Finding]:
    """Enumerated columns hold one of their allowed values (optional ones may be empty)."""
    for column, allowed, optional in _ENUMS:
        col = c.col(column)
        bad = ~col.isin(allowed) & (col.notna() if optional else True)

        def not_allowed(pos: int, col: pd.Series = col) -> str:
            value = col.iloc[pos]
            return f"{quote(value)} is not allowed" if pd.notna(value) else "is empty"

        yield Finding(bad, column, not_allowed, f"use one of: {', '.join(allowed)}")


# --- dates -----------------------------------------------------------------------------------


def dates_present(c: Checked) -> Iterator[Finding]:
    """Known precision needs both dates; 'unknown' needs neither."""
    start, end, precision = c.col("date_start"), c.col("date_end"), c.col("date_precision")
    unknown = precision == "unknown"
    known = precision.isin(DATE_PRECISIONS) & ~unknown
    yield Finding(
        known & (start.isna() | end.isna()),
        "date_start",
        lambda p: (
            f"date_start and date_end are both needed with date_precision "
            f"{quote(precision.iloc[p])}"
        ),
        "fill in both dates (the span the event is known to fall in), or set date_precision "
        "to 'unknown' and leave both empty",
    )
    yield Finding(
        unknown & (start.notna() | end.notna()),
        "date_precision",
        lambda p: "is 'unknown' but dates are given",
        "set the precision the dates have (day, range, week, month, year), or empty the dates",
    )


def _day(series: pd.Series, pos: int) -> str:
    return str(series.iloc[pos].date())


def dates_in_range(c: Checked) -> Iterator[Finding]:
    """Dates fall between EARLIEST_DATE and LATEST_DATE, which every view can show."""
    low, high = pd.Timestamp(EARLIEST_DATE), pd.Timestamp(LATEST_DATE)
    reported = pd.Series(False, index=c.gdf.index)
    for column in ("date_start", "date_end"):
        dates = c.col(column)
        bad = dates.notna() & ((dates < low) | (dates > high))

        def outside(pos: int, dates: pd.Series = dates) -> str:
            return (
                f"{_day(dates, pos)} is outside the years {low.year}–{high.year} that the map and "
                "its timeline can show"
            )

        yield Finding(
            bad & ~reported,
            column,
            outside,
            "check the year for a typo (such as 2922 for 2022)",
        )
        reported |= bad


def dates_ordered(c: Checked) -> Iterator[Finding]:
    """date_end is on or after date_start."""
    start, end = c.col("date_start"), c.col("date_end")
    yield Finding(
        start.notna() & end.notna() & (end < start),
        "date_end",
        lambda p: f"{_day(end, p)} is before date_start {_day(start, p)}",
        "date_end must be on or after date_start; swap them if they were entered the wrong way",
    )


def precision_fits_span(c: Checked) -> Iterator[Finding]:
    """The span matches its precision: a 'day' is one day, a 'month' lies in one month..."""
    start, end, precision = c.col("date_start"), c.col("date_end"), c.col("date_precision")
    ordered = start.notna() & end.notna() & (end >= start)
    span = (end - start).dt.days
    same_month = (start.dt.year == end.dt.year) & (start.dt.month == end.dt.month)
    for rule, bad_mask, hint in (
        (
            "day",
            span != 0,
            "a 'day' event starts and ends on the same day; use 'range' for several days",
        ),
        ("range", span < 1, "a 'range' spans at least two days; use 'day' for one day"),
        ("week", span > 6, "a 'week' spans at most 7 days; use 'range' or 'month'"),
        (
            "month",
            ~same_month,
            "a 'month' span lies inside one calendar month; use 'range' across months",
        ),
        (
            "year",
            start.dt.year != end.dt.year,
            "a 'year' span lies inside one calendar year; use 'range' across years",
        ),
    ):

        def misfit(pos: int, rule: str = rule) -> str:
            return f"{quote(rule)} does not fit the span {_day(start, pos)} … {_day(end, pos)}"

        yield Finding(ordered & (precision == rule) & bad_mask, "date_precision", misfit, hint)


# --- place -----------------------------------------------------------------------------------


def place_matches_precision(c: Checked) -> Iterator[Finding]:
    """Coordinates exactly when the place's precision is known."""
    precision = c.col("location_precision")
    unknown = precision == "unknown"
    yield Finding(
        c.placed & unknown,
        "location_precision",
        lambda p: "is 'unknown' but the event has coordinates",
        "set how exactly the place is known (exact_site, city, region, country), or remove "
        "the coordinates",
    )
    yield Finding(
        ~c.placed & precision.isin(LOCATION_PRECISIONS) & ~unknown,
        "geometry",
        lambda p: f"is missing while location_precision is {quote(precision.iloc[p])}",
        "give lat/lon (a Point [lon, lat]), or set location_precision to 'unknown'",
    )


def coordinates_in_range(c: Checked) -> Iterator[Finding]:
    """Finite latitude within ±90 and longitude within ±180, and not the 0, 0 placeholder."""
    lat, lon, points = c.lat, c.lon, c.points
    yield Finding(
        points & ~np.isfinite(lat.fillna(0)) | points & ~np.isfinite(lon.fillna(0)),
        "geometry",
        lambda p: "has a coordinate that is not a finite number",
        "give lat and lon as decimal degrees",
    )
    swapped = points & (lat.abs() > 90) & (lon.abs() <= 90)
    yield Finding(
        swapped,
        "lat",
        lambda p: (
            f"{float(lat.iloc[p])!r} is outside -90…90 (lon is {float(lon.iloc[p])!r}; "
            "they look swapped)"
        ),
        "swap lat and lon: GeoJSON writes [lon, lat], a CSV has separate lat and lon columns",
    )
    yield Finding(
        points & (lat.abs() > 90) & ~swapped,
        "lat",
        lambda p: f"{float(lat.iloc[p])!r} is outside -90…90",
        "give latitude in decimal degrees between -90 and 90",
    )
    yield Finding(
        points & (lon.abs() > 180),
        "lon",
        lambda p: f"{float(lon.iloc[p])!r} is outside -180…180",
        "give longitude in decimal degrees between -180 and 180",
    )
    yield Finding(
        points & (lat == 0) & (lon == 0),
        "geometry",
        lambda p: "is at 0, 0 (a placeholder, not a place)",
        "give the real coordinates, or leave them empty with location_precision 'unknown'",
    )


def country_code_known(c: Checked) -> Iterator[Finding]:
    """country_code, when given, is an ISO 3166-1 alpha-2 code."""
    codes = c.col("country_code")
    yield Finding(
        codes.notna() & ~codes.isin(iso_country_codes()),
        "country_code",
        lambda p: f"{quote(codes.iloc[p])} is not an ISO 3166-1 alpha-2 code",
        "use two capital letters, e.g. QA for Qatar, AE for the UAE, TJ for Tajikistan",
    )


def basis_explained(c: Checked) -> Iterator[Finding]:
    """A placed event says whether its place is stated or inferred, and why if inferred."""
    yield Finding(
        c.placed & c.col("location_basis").isna(),
        "location_basis",
        lambda p: "is empty for a placed event",
        "say whether the source names the place ('stated') or it was reasoned ('inferred')",
    )
    yield Finding(
        (c.col("location_basis") == "inferred") & c.blank("location_note"),
        "location_note",
        lambda p: "is empty while location_basis is 'inferred'",
        "say why the place was chosen, e.g. 'The article says only Tajikistan; the meeting was "
        "held in Dushanbe (other reporting).'",
    )


# --- actors and sources ----------------------------------------------------------------------


def actor_names_clean(c: Checked) -> Iterator[Finding]:
    """No actor name contains the CSV list separator."""
    actors = c.col("actors").tolist()
    sep = LIST_SEPARATOR.strip()
    yield Finding(
        # The names joined by a character no separator contains: one search per event.
        [sep in "\x00".join(names) for names in actors],
        "actors",
        lambda p: f"a name contains {sep!r}: {quote(actors[p])}",
        f"{sep!r} separates names in CSV files; remove it from the name",
    )


def source_is_web_url(c: Checked) -> Iterator[Finding]:
    """source_url is an http(s) address."""
    urls = c.col("source_url")
    # Quick patterns first (pyarrow's on the whole column, then Python's on what is left);
    # only what both reject is parsed one by one.
    checked = _plain_web_urls(urls)
    values = urls.tolist()
    for pos in np.flatnonzero(~checked).tolist():
        url = values[pos]
        checked[pos] = bool(isinstance(url, str) and _WEB_URL.match(url)) or _is_web_url(url)
    yield Finding(
        urls.notna().to_numpy() & ~checked,
        "source_url",
        lambda p: f"{quote(urls.iloc[p])} is not an http(s) URL",
        "give the full address of the report, starting with https://",
    )


_WEB_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#]\S*)?$")
# The same in ASCII for pyarrow's RE2: it accepts a part of what _WEB_URL accepts, no more.
_PLAIN_WEB_URL = r"^https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#][!-~]*)?$"


def _plain_web_urls(urls: pd.Series) -> np.ndarray:
    """True where a text column (held by pyarrow) matches _PLAIN_WEB_URL; False elsewhere."""
    dtype = urls.dtype
    if not (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"):
        return np.zeros(len(urls), dtype=bool)
    found = pc.match_substring_regex(pa.array(urls.array), _PLAIN_WEB_URL)
    return np.asarray(pc.fill_null(found, False).to_numpy(zero_copy_only=False), dtype=bool)


def _is_web_url(url: object) -> bool:
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


RULES: tuple[Rule, ...] = (
    ids_unique,
    required_text,
    title_one_line,
    enums_allowed,
    dates_present,
    dates_in_range,
    dates_ordered,
    precision_fits_span,
    place_matches_precision,
    coordinates_in_range,
    country_code_known,
    basis_explained,
    actor_names_clean,
    source_is_web_url,
)
