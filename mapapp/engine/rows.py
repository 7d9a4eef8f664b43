"""Rows from a SQL engine → the typed event frame every other part of mapapp takes.

Both SQL engines hand back the contract's columns plus ``lon`` and ``lat`` (NULL for an event
without a place) and, optionally, ``extra``: a JSON object of the properties beyond the contract.
"""

from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
import numpy as np
import orjson
import pandas as pd
import shapely

from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS, LIST_COLUMNS, WGS84

__all__ = ["events_frame", "extra_columns", "extra_json"]

_NOT_PROPERTIES = frozenset({"lon", "lat", "extra", "geometry", "bbox"})


def extra_columns(gdf: gpd.GeoDataFrame) -> list[str]:
    """The frame's columns beyond the contract (kept as ``extra`` by the SQL engines)."""
    skip = {*EVENT_COLUMNS, gdf.geometry.name, "bbox", "lon", "lat"}
    return [c for c in gdf.columns if c not in skip]


def events_frame(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Turn engine rows into a typed event frame: dates ``datetime64[s]``, actors as lists.

    Parameters
    ----------
    frame : DataFrame
        The contract's columns, ``lon``, ``lat`` and optionally ``extra`` (JSON text or dicts).

    Returns
    -------
    GeoDataFrame
        Index 0…n-1, EPSG:4326, geometry ``Point(lon, lat)`` or None.
    """
    out = pd.DataFrame({name: frame[name] for name in EVENT_COLUMNS})
    for name in DATE_COLUMNS:
        out[name] = pd.to_datetime(out[name]).astype("datetime64[s]")
    for name in LIST_COLUMNS:
        out[name] = [_as_list(v) for v in out[name].tolist()]
    for name in frame.columns:  # extra properties held as columns of their own (GeoParquet)
        if name not in out.columns and name not in _NOT_PROPERTIES:
            out[name] = frame[name].astype(object).where(frame[name].notna(), None)
    if "extra" in frame.columns:
        extras = pd.DataFrame([_as_dict(v) for v in frame["extra"].tolist()], index=out.index)
        for name in extras.columns:
            if name not in out.columns:
                out[name] = extras[name].astype(object).where(extras[name].notna(), None)
    lon = frame["lon"].to_numpy(dtype=float, na_value=np.nan)
    lat = frame["lat"].to_numpy(dtype=float, na_value=np.nan)
    points = shapely.points(lon, lat)
    points[np.isnan(lon) | np.isnan(lat)] = None
    return gpd.GeoDataFrame(out.reset_index(drop=True), geometry=points, crs=WGS84)


def _as_list(value: object) -> list[str]:
    if hasattr(value, "tolist"):
        return list(value.tolist())
    return list(value) if isinstance(value, (list, tuple)) else []


def _as_dict(value: object) -> dict[str, object]:
    if isinstance(value, dict):
        return value
    if isinstance(value, (str, bytes)) and value:
        loaded = orjson.loads(value)
        return loaded if isinstance(loaded, dict) else {}
    return {}


def extra_json(gdf: gpd.GeoDataFrame, names: Iterable[str]) -> list[str | None]:
    """Each row's extra properties as a JSON object (None when it has none)."""
    names = list(names)
    if not names:
        return [None] * len(gdf)
    rows = gdf[names].astype(object).where(gdf[names].notna(), None).to_dict("records")
    return [orjson.dumps(r, default=str).decode() for r in rows]
