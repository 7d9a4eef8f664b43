"""Queries over events, whatever holds them: one interface, three tiers.

* :class:`FrameEngine` — a frame in memory (a file read with ``--input``; the reference);
* :class:`EmbeddedEngine` — DuckDB in this process over a GeoParquet file, never loading it whole;
* :class:`PostgisEngine` — a PostgreSQL/PostGIS server shared by many processes
  (:func:`load_events` fills it; ``mapapp load``).

Each answers the same :class:`Query` (made by :func:`make_query`) with the same event ids:
``events`` (a typed frame), ``event_ids``, ``count``, ``cell_counts`` (events per map tile at
a zoom), ``cell_type_counts`` (the same per event type) and ``cell_actor_counts`` (each tile's
top actors); and what a page needs without holding every event (:mod:`.summary`): ``head``
(the first rows), ``by_ids``, ``monthly_counts``, ``date_span``, ``value_counts`` and ``extent``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from mapapp.engine.cells import CELL_COLUMNS, MAX_ZOOM, tile_xy
from mapapp.engine.frame import FrameEngine, in_bbox
from mapapp.engine.query import Query, make_query, parse_bbox

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    import geopandas as gpd
    import pandas as pd

__all__ = [
    "CELL_COLUMNS",
    "MAX_ZOOM",
    "EmbeddedEngine",
    "Engine",
    "FrameEngine",
    "PostgisEngine",
    "Query",
    "in_bbox",
    "load_events",
    "make_query",
    "parse_bbox",
    "tile_xy",
]


class Engine(Protocol):
    """What every tier answers."""

    name: str

    def events(self, query: Query) -> gpd.GeoDataFrame: ...

    def event_ids(self, query: Query) -> list[str]: ...

    def count(self, query: Query) -> int: ...

    def cell_counts(self, query: Query, zoom: int) -> pd.DataFrame: ...

    def head(self, query: Query, limit: int) -> gpd.GeoDataFrame: ...

    def by_ids(self, ids: Iterable[str]) -> gpd.GeoDataFrame: ...

    def monthly_counts(self, query: Query) -> pd.DataFrame: ...

    def date_span(self, query: Query) -> tuple[dt.date, dt.date] | None: ...

    def value_counts(self, column: str, query: Query) -> pd.DataFrame: ...

    def extent(self, query: Query) -> list[list[float]] | None: ...

    def cell_type_counts(self, query: Query, zoom: int) -> pd.DataFrame: ...

    def cell_actor_counts(self, query: Query, zoom: int, top: int = 3) -> pd.DataFrame: ...

    def close(self) -> None: ...


def __getattr__(name: str) -> Any:
    # DuckDB and psycopg are imported only by the tier that needs them.
    if name == "EmbeddedEngine":
        from mapapp.engine.embedded import EmbeddedEngine

        return EmbeddedEngine
    if name in ("PostgisEngine", "load_events"):
        from mapapp.engine import postgis

        return getattr(postgis, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
