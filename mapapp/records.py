"""Raw cells -> the typed event frame, with a Problem for every bad cell.

Every reader (ours in :mod:`mapapp.readers`, foreign ones in :mod:`mapapp.readers`) ends here, so
types, missing values and messages are the same whatever the file format.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mapapp.errors import DataFileError, Problem, ValidationError, quote
from mapapp.model import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    LIST_COLUMNS,
    LIST_SEPARATOR,
    WGS84,
    is_missing,
)
from mapapp.validate import REQUIRED_INPUT_COLUMNS, validate_events


def empty_events() -> gpd.GeoDataFrame:
    """An event frame with every contract column and no rows."""
    frame = pd.DataFrame({name: pd.Series(dtype=object) for name in EVENT_COLUMNS})
    for name in DATE_COLUMNS:
        frame[name] = pd.Series(dtype="datetime64[s]")
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=WGS84), crs=WGS84)


def parse_events(
    df: pd.DataFrame, *, file: str = "<data>", rows: Sequence[int] | None = None
) -> tuple[gpd.GeoDataFrame, list[Problem]]:
    """Turn raw cells into the typed event frame, collecting a Problem for every bad cell.

    Parameters
    ----------
    df : DataFrame
        Contract columns as read from a file: dates as ``YYYY-MM-DD`` strings (or datetimes),
        actors as lists or ``"; "``-joined strings, and either a ``geometry`` column of shapely
        Points (or None) or ``lat``/``lon`` columns. Extra columns are kept after the contract's.
    file : str
        File name used in messages.
    rows : sequence of int, optional
        The file's row number of each record (default 1, 2, 3, ...).

    Returns
    -------
    (GeoDataFrame, list of Problem)
        Bad cells become missing values in the frame and one Problem each in the list.
    """
    rows = list(rows) if rows is not None else list(range(1, len(df) + 1))
    missing = [c for c in REQUIRED_INPUT_COLUMNS if c not in df.columns]
    if missing:
        raise DataFileError(
            Problem(
                file,
                None,
                None,
                f"missing required column(s) {', '.join(missing)}; found "
                f"{', '.join(map(str, df.columns)) or 'no columns'}",
                "add the columns named in geodata/README.md, or import the file with "
                "`mapapp import`, which maps foreign column names",
            )
        )
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    for name in EVENT_COLUMNS:
        series = df[name] if name in df.columns else pd.Series([None] * len(df), index=df.index)
        if name in DATE_COLUMNS:
            out[name] = _parse_dates(series, name, file, rows, problems)
        elif name in LIST_COLUMNS:
            out[name] = _parse_lists(series, name, file, rows, problems)
        else:
            out[name] = _parse_text(series, name, file, rows, problems)
    frame = pd.DataFrame(out, index=range(len(df)))
    geometry = _parse_geometry(df, file, rows, problems)
    extras = [c for c in df.columns if c not in EVENT_COLUMNS and c not in _GEOMETRY_INPUTS]
    for name in extras:
        frame[name] = df[name].to_numpy()
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=WGS84), crs=WGS84)
    return gdf, problems


def coerce_events(
    df: pd.DataFrame,
    *,
    file: str = "<data>",
    first_row: int = 1,
    sources: dict[str, str] | None = None,
) -> gpd.GeoDataFrame:
    """Parse and validate raw cells; return the typed event frame or raise ValidationError.

    Parameters
    ----------
    df : DataFrame
        Raw contract columns (see :func:`parse_events`).
    file : str
        File name used in messages.
    first_row : int
        Row number of the first record in the file (2 for a CSV with a header line).
    sources : dict, optional
        Bundled source texts by URL; quotes from those sources must occur in them verbatim.

    Returns
    -------
    GeoDataFrame
        EPSG:4326, dates as datetime64, actors as lists, Point geometry or None.

    Raises
    ------
    ValidationError
        Listing every bad cell as ``FILE:ROW: column: what is wrong — how to fix it``.

    Examples
    --------
    >>> import pandas as pd
    >>> raw = pd.DataFrame([{"event_id": "e1", "title": "Talks in Doha", "event_type": "meeting",
    ...     "status": "occurred", "date_start": "2022-12-01", "date_end": "2022-12-01",
    ...     "date_precision": "day", "location_precision": "unknown", "actors": "A; B",
    ...     "source_url": "https://example.org/a", "source_quote": "They met."}])
    >>> coerce_events(raw, file="events.csv", first_row=2)["actors"].iloc[0]
    ['A', 'B']
    """
    rows = range(first_row, first_row + len(df))
    gdf, problems = parse_events(df, file=file, rows=rows)
    problems += validate_events(gdf, file=file, rows=rows, sources=sources)
    if problems:
        raise ValidationError(problems)
    return gdf


_GEOMETRY_INPUTS = ("geometry", "lat", "lon")


def _blank(value: object) -> bool:
    """A cell with nothing in it: missing, or the empty string a file gives for an empty cell."""
    return is_missing(value) or (isinstance(value, str) and value == "")


def _parse_text(
    series: pd.Series, name: str, file: str, rows: Sequence[int], problems: list[Problem]
) -> list[str | None]:
    values: list[str | None] = series.tolist()
    if all(type(v) is str for v in values):  # the usual case, decided in one C-speed pass
        return [v if v else None for v in values]
    values = []
    for pos, value in enumerate(series.tolist()):
        if _blank(value):
            values.append(None)
        elif isinstance(value, str):
            values.append(value)
        elif isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(
            value, bool
        ):
            values.append(str(value))
        else:
            problems.append(
                Problem(
                    file,
                    rows[pos],
                    name,
                    f"expected text, got {type(value).__name__} {quote(value)}",
                    "write the value as a plain string",
                )
            )
            values.append(None)
    return values


def _date_text(value: Any) -> Any:
    """A date cell as pandas should parse it: text stripped, a bare number as its text (so that
    2021 in a GeoJSON property reads as the year, the way the same cell of a CSV does)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (float, np.floating)) and math.isnan(value):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        return str(value)
    return value


def _parse_dates(
    series: pd.Series, name: str, file: str, rows: Sequence[int], problems: list[Problem]
) -> pd.Series:
    raw = series.astype(object).where(series.notna(), None)
    raw = raw.map(lambda v: None if isinstance(v, str) and v.strip() == "" else v)
    as_text = raw.map(_date_text)
    parsed = pd.to_datetime(as_text, errors="coerce", format="ISO8601")
    bad = parsed.isna() & as_text.notna()
    for pos in np.flatnonzero(bad.to_numpy()).tolist():
        problems.append(
            Problem(
                file,
                rows[pos],
                name,
                f"{quote(as_text.iloc[pos])} is not a date",
                "write it as YYYY-MM-DD (e.g. 2022-12-20), or leave it empty with "
                "date_precision 'unknown'",
            )
        )
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert("UTC").dt.tz_localize(None)
    return parsed.dt.normalize().astype("datetime64[s]").reset_index(drop=True)


def _parse_lists(
    series: pd.Series, name: str, file: str, rows: Sequence[int], problems: list[Problem]
) -> list[list[str]]:
    values: list[list[str]] = []
    for pos, value in enumerate(series.tolist()):
        if isinstance(value, np.ndarray):
            value = value.tolist()
        if isinstance(value, (list, tuple)):
            items = value
        elif _blank(value):
            items = []
        elif isinstance(value, str):
            items = value.split(LIST_SEPARATOR.strip())
        else:
            problems.append(
                Problem(
                    file,
                    rows[pos],
                    name,
                    f"expected a list of names, got {quote(value)}",
                    'write a JSON array of strings, or in CSV names separated by "; "',
                )
            )
            items = []
        clean = []
        for item in items:
            if not isinstance(item, str):
                problems.append(
                    Problem(
                        file,
                        rows[pos],
                        name,
                        f"expected names as text, got {quote(item)}",
                        "write each name as a string",
                    )
                )
            elif item.strip():
                clean.append(item.strip())
        values.append(clean)
    return values


def _parse_geometry(
    df: pd.DataFrame, file: str, rows: Sequence[int], problems: list[Problem]
) -> list[Any]:
    if "geometry" in df.columns:
        values: list[Any] = []
        for pos, geom in enumerate(df["geometry"].tolist()):
            if geom is None or (isinstance(geom, float) and math.isnan(geom)):
                values.append(None)
            elif isinstance(geom, shapely.Point) and not geom.is_empty:
                values.append(geom)
            else:
                kind = getattr(geom, "geom_type", type(geom).__name__)
                problems.append(
                    Problem(
                        file,
                        rows[pos],
                        "geometry",
                        f"expected a Point or null, got {kind}",
                        "give the event's place as a Point [lon, lat], or null when it has "
                        "no place",
                    )
                )
                values.append(None)
        return values
    if "lat" not in df.columns and "lon" not in df.columns:
        return [None] * len(df)
    lat = _parse_numbers(df.get("lat"), "lat", len(df), file, rows, problems)
    lon = _parse_numbers(df.get("lon"), "lon", len(df), file, rows, problems)
    values = []
    for pos, (y, x) in enumerate(zip(lat, lon, strict=True)):
        if y is None and x is None:
            values.append(None)
        elif y is None or x is None:
            missing = "lat" if y is None else "lon"
            problems.append(
                Problem(
                    file,
                    rows[pos],
                    missing,
                    "is empty while the other coordinate is given",
                    "give both lat and lon, or leave both empty for an event with no place",
                )
            )
            values.append(None)
        else:
            values.append(shapely.Point(x, y))
    return values


def _parse_numbers(
    series: pd.Series | None,
    name: str,
    length: int,
    file: str,
    rows: Sequence[int],
    problems: list[Problem],
) -> list[float | None]:
    if series is None:
        return [None] * length
    values: list[float | None] = []
    for pos, value in enumerate(series.tolist()):
        if _blank(value) or (isinstance(value, str) and not value.strip()):
            values.append(None)
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number):
            limit = "90" if name == "lat" else "180"
            problems.append(
                Problem(
                    file,
                    rows[pos],
                    name,
                    f"{quote(value)} is not a number",
                    f"write a decimal number between -{limit} and {limit}, or leave lat and "
                    "lon empty for an event with no place",
                )
            )
            values.append(None)
        else:
            values.append(number)
    return values
