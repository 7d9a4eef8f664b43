"""Counts per cell at a zoom: the Web Mercator tiles (the map's own 256-pixel tiles) as cells.

A cell is the tile ``(x, y)`` at zoom ``z`` that holds the event's point, as Leaflet and every
slippy map number them, so the cells of one zoom split exactly into four at the next. Each cell
reports its count and the mean position of its events (where to draw the aggregate). The formula
is written once for numpy and once as SQL; both engines' SQL dialects accept the same text.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mapapp.errors import UsageError, quote

MAX_ZOOM = 22
# Web Mercator stops at ±85.0511°: points nearer the poles count in the edge row of tiles.
MAX_LAT = 85.05112878
CELL_COLUMNS: tuple[str, ...] = ("x", "y", "count", "lon", "lat")
TYPE_CELL_COLUMNS: tuple[str, ...] = ("x", "y", "event_type", "count")
ACTOR_CELL_COLUMNS: tuple[str, ...] = ("x", "y", "actor", "count")
TOP_ACTORS = 3  # actors per cell that cell_actor_counts gives

__all__ = [
    "ACTOR_CELL_COLUMNS",
    "CELL_COLUMNS",
    "MAX_ZOOM",
    "TOP_ACTORS",
    "TYPE_CELL_COLUMNS",
    "actor_cell_frame",
    "cell_frame",
    "cells_sql",
    "check_zoom",
    "tile_xy",
    "type_cell_frame",
]


def check_zoom(zoom: object) -> int:
    """The zoom as an int in 0…22, or a UsageError quoting it."""
    if isinstance(zoom, bool) or not isinstance(zoom, (int, np.integer)):
        raise UsageError(f"zoom {quote(zoom)} is not a whole number — pass 0…{MAX_ZOOM}")
    if not 0 <= int(zoom) <= MAX_ZOOM:
        raise UsageError(f"zoom {zoom} is out of range — pass 0…{MAX_ZOOM}")
    return int(zoom)


def tile_xy(lon: np.ndarray, lat: np.ndarray, zoom: int) -> tuple[np.ndarray, np.ndarray]:
    """Tile column and row of each point at ``zoom``.

    >>> tile_xy(np.array([69.2]), np.array([34.5]), 5)
    (array([22]), array([12]))
    """
    n = 2.0**zoom
    rad = np.radians(np.clip(np.asarray(lat, dtype=float), -MAX_LAT, MAX_LAT))
    x = np.floor((np.asarray(lon, dtype=float) + 180.0) / 360.0 * n)
    y = np.floor((1.0 - np.log(np.tan(rad) + 1.0 / np.cos(rad)) / np.pi) / 2.0 * n)
    top = n - 1
    return np.clip(x, 0, top).astype(np.int64), np.clip(y, 0, top).astype(np.int64)


def cells_sql(lon: str, lat: str, zoom: int) -> tuple[str, str]:
    """The SQL expressions of :func:`tile_xy` over ``lon`` and ``lat`` (DuckDB and Postgres)."""
    n = float(2**zoom)
    top = 2**zoom - 1
    rad = f"radians(least(greatest({lat}, {-MAX_LAT}), {MAX_LAT}))"
    x = f"floor(({lon} + 180.0) / 360.0 * {n})"
    y = f"floor((1.0 - ln(tan({rad}) + 1.0 / cos({rad})) / pi()) / 2.0 * {n})"
    return (
        f"CAST(least(greatest({x}, 0), {top}) AS BIGINT)",
        f"CAST(least(greatest({y}, 0), {top}) AS BIGINT)",
    )


def cell_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells in one shape for every engine: x, y, count, lon, lat, sorted by x then y."""
    out = pd.DataFrame(
        {
            "x": frame["x"].astype("int64"),
            "y": frame["y"].astype("int64"),
            "count": frame["count"].astype("int64"),
            "lon": frame["lon"].astype(float),
            "lat": frame["lat"].astype(float),
        }
    )
    return out.sort_values(["x", "y"], kind="stable").reset_index(drop=True)


def type_cell_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts per cell and event type in one shape for every engine, sorted by x, y, type."""
    out = pd.DataFrame(
        {
            "x": frame["x"].astype("int64"),
            "y": frame["y"].astype("int64"),
            "event_type": frame["event_type"].astype(object),
            "count": frame["count"].astype("int64"),
        },
        columns=list(TYPE_CELL_COLUMNS),
    )
    return out.sort_values(["x", "y", "event_type"], kind="stable").reset_index(drop=True)


def actor_cell_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Top actors per cell in one shape for every engine: by x, y, most events first, name."""
    out = pd.DataFrame(
        {
            "x": frame["x"].astype("int64"),
            "y": frame["y"].astype("int64"),
            "actor": frame["actor"].astype(object),
            "count": frame["count"].astype("int64"),
        },
        columns=list(ACTOR_CELL_COLUMNS),
    )
    out["_neg"] = -out["count"]
    out = out.sort_values(["x", "y", "_neg", "actor"], kind="stable")
    return out.drop(columns="_neg").reset_index(drop=True)
