"""GeoParquet storage for large event sets: write once, read back a date window and a bounding box.

A GeoParquet file is about eight times smaller than our GeoJSON and reads back in a fraction of
the time (see ``benchmarks/README.md``). Rows are sorted by ``date_start`` and written in row
groups of :data:`ROW_GROUP_SIZE`, so a date filter skips whole row groups by their statistics;
the file carries a covering ``bbox`` column (GeoParquet 1.1), so a bounding-box filter is pushed
down to the reader too.

Date window semantics are those of :func:`mapapp.filters.filter_events`: an event is inside
[start, end] when its span [date_start, date_end] overlaps it (a missing end stands in for the
start and back), and undated events are left out whenever start or end is given. A bounding box
keeps only events with a point inside it (events without a place have none).
"""

from __future__ import annotations

import datetime as dt
import os

import geopandas as gpd
import pandas as pd
import pyarrow.compute as pc

from mapapp.errors import DataFileError, Problem, UsageError, quote
from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS, LIST_COLUMNS, WGS84
from mapapp.outputs import replacing

ROW_GROUP_SIZE = 8_192

__all__ = ["ROW_GROUP_SIZE", "read_parquet", "write_parquet"]


def write_parquet(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    """Write events as GeoParquet, sorted by date_start, atomically.

    Parameters
    ----------
    gdf : GeoDataFrame
        A typed event frame (see :mod:`mapapp.model`); extra columns are kept.
    path : path-like
        The file to write. It is written to a temporary file in the same folder first and
        renamed into place, so a failure never leaves a half-written file.

    Examples
    --------
    >>> write_parquet(events, tmp_path / "events.parquet")
    >>> len(read_parquet(tmp_path / "events.parquet")) == len(events)
    True
    """
    missing = [c for c in EVENT_COLUMNS if c not in gdf.columns]
    if missing:
        raise UsageError(
            f"the frame lacks the event column(s) {', '.join(missing)} — read the events with "
            "mapapp.readers.read_events or coerce them with mapapp.records.coerce_events first"
        )
    order = gdf["date_start"].sort_values(kind="stable", na_position="last").index
    out = gdf.loc[order].reset_index(drop=True)
    actors = out["actors"].tolist()
    if not all(type(a) is list for a in actors):  # pyarrow wants lists; NaN/None → []
        out["actors"] = [list(a) if isinstance(a, (list, tuple)) else [] for a in actors]
    if out.crs is None:
        out = out.set_crs(WGS84)
    with replacing(path) as tmp:
        out.to_parquet(tmp, index=False, write_covering_bbox=True, row_group_size=ROW_GROUP_SIZE)


def _day(value: object, name: str) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as err:
        raise UsageError(f"{name} {quote(value)} is not a date — pass a datetime.date") from err
    if stamp is pd.NaT:
        return None
    return stamp.tz_localize(None).normalize() if stamp.tzinfo else stamp.normalize()


def _window_filter(start: pd.Timestamp | None, end: pd.Timestamp | None) -> pc.Expression:
    """Overlap of [date_start, date_end] with [start, end] as a pyarrow expression."""
    first, last = pc.field("date_start"), pc.field("date_end")
    cond = first.is_valid() | last.is_valid()
    if end is not None:
        cond &= (first <= end) | (first.is_null() & (last <= end))
    if start is not None:
        cond &= (last >= start) | (last.is_null() & (first >= start))
    return cond


def read_parquet(
    path: str | os.PathLike[str],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> gpd.GeoDataFrame:
    """Read events from GeoParquet, optionally only a date window and a bounding box.

    Parameters
    ----------
    path : path-like
        A file written by :func:`write_parquet` (``bbox`` needs its covering column).
    start, end : datetime.date, optional
        The date window, both ends included (see the module docstring).
    bbox : (west, south, east, north), optional
        Longitude/latitude bounds in degrees, in the order geopandas uses (minx, miny, maxx,
        maxy).

    Returns
    -------
    GeoDataFrame
        The typed event frame: contract columns first, dates as ``datetime64``, ``actors`` as
        Python lists, EPSG:4326, sorted by date_start, index 0…n-1.

    Raises
    ------
    DataFileError
        When the file is missing or is not a GeoParquet file of events.
    UsageError
        When start is after end, a bound is not a date, or bbox is not four numbers.
    """
    lo, hi = _day(start, "start"), _day(end, "end")
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(
            f"start {lo.date()} is after end {hi.date()} — swap them, or leave one of them empty"
        )
    if bbox is not None:
        try:
            west, south, east, north = (float(v) for v in bbox)
        except (TypeError, ValueError) as err:
            raise UsageError(
                f"bbox {quote(bbox)} is not four numbers — pass (west, south, east, north)"
            ) from err
        if west > east or south > north:
            raise UsageError(
                f"bbox {quote(bbox)} has west > east or south > north — pass "
                "(west, south, east, north)"
            )
        bbox = (west, south, east, north)
    filters = _window_filter(lo, hi) if (lo is not None or hi is not None) else None
    label = str(path)
    try:
        gdf = gpd.read_parquet(path, bbox=bbox, filters=filters)
    except FileNotFoundError as err:
        raise DataFileError(
            Problem(label, None, None, "no such file", "check the path and try again")
        ) from err
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"cannot be read as GeoParquet ({err})",
                "write it with mapapp.store.write_parquet (bbox filters need its covering "
                "bbox column)",
            )
        ) from err
    return _typed(gdf, label)


def _as_list(value: object) -> list[str]:
    if hasattr(value, "tolist"):
        return list(value.tolist())
    return list(value) if isinstance(value, (list, tuple)) else []


def _typed(gdf: gpd.GeoDataFrame, label: str) -> gpd.GeoDataFrame:
    missing = [c for c in EVENT_COLUMNS if c not in gdf.columns]
    if missing:
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"has no event column(s) {', '.join(missing)}",
                "write the file with mapapp.store.write_parquet from a typed event frame",
            )
        )
    skip = {gdf.geometry.name, "bbox"}
    extras = [c for c in gdf.columns if c not in EVENT_COLUMNS and c not in skip]
    out = pd.DataFrame(gdf[[*EVENT_COLUMNS, *extras]])
    for name in DATE_COLUMNS:
        out[name] = pd.to_datetime(out[name]).astype("datetime64[s]")
    for name in LIST_COLUMNS:
        # pyarrow hands lists over as numpy arrays; the typed frame holds Python lists.
        out[name] = [_as_list(v) for v in out[name].tolist()]
    geometry = gdf.geometry if gdf.crs is not None else gdf.geometry.set_crs(WGS84)
    return gpd.GeoDataFrame(out, geometry=geometry.to_crs(WGS84), crs=WGS84).reset_index(drop=True)
