"""The embedded tier: DuckDB, in this process, over a GeoParquet file of events.

The file is the one :func:`mapapp.store.write_parquet` writes: sorted by date_start in row groups
(so a date window skips most of them by their statistics) with a covering ``bbox`` column whose
``xmin``/``ymin`` are a point's lon/lat. DuckDB reads those plain columns; its ``spatial``
extension is never loaded (it would download itself at run time), and automatic extension
loading is switched off so nothing is fetched behind our back.

One connection is shared; every call takes its own cursor, so threads (Streamlit's sessions)
can query at once.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterable
from pathlib import Path

import duckdb
import geopandas as gpd
import pandas as pd

from mapapp.engine.cells import (
    TOP_ACTORS,
    actor_cell_frame,
    cell_frame,
    cells_sql,
    check_zoom,
    type_cell_frame,
)
from mapapp.engine.query import Query
from mapapp.engine.rows import events_frame
from mapapp.engine.sql import (
    FIRST_DAY,
    LAST_DAY,
    ORDER,
    Dialect,
    cell_actors_sql,
    value_counts_sql,
    where_clause,
)
from mapapp.engine.summary import (
    check_column,
    check_limit,
    counts_frame,
    extent_of,
    frame_by_ids,
    month_frame,
    span_of,
)
from mapapp.errors import DataFileError, Problem

__all__ = ["EmbeddedEngine"]

DIALECT = Dialect(
    mark="?",
    lon="bbox.xmin",
    lat="bbox.ymin",
    any_actor="list_has_any(list_transform(actors, lambda a: lower(a)), ?::VARCHAR[])",
    actor_pairs="SELECT unnest(list_distinct(actors)) AS value FROM events",
)
_COLUMNS = "* EXCLUDE (geometry, bbox), bbox.xmin AS lon, bbox.ymin AS lat"
_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


class EmbeddedEngine:
    """Answer queries with DuckDB straight from a GeoParquet file, without loading it whole.

    Parameters
    ----------
    path : path-like
        A GeoParquet file written by :func:`mapapp.store.write_parquet`.
    threads : int, optional
        DuckDB worker threads (default: DuckDB's choice, one per core).

    Raises
    ------
    DataFileError
        When the file is missing or is not GeoParquet of events with a covering bbox column.

    Examples
    --------
    >>> from mapapp.engine import make_query
    >>> from mapapp.store import write_parquet
    >>> write_parquet(events, tmp_path / "events.parquet")
    >>> engine = EmbeddedEngine(tmp_path / "events.parquet")
    >>> engine.count(make_query(countries=["AE"])) > 0
    True
    """

    name = "embedded"

    def __init__(self, path: str | os.PathLike[str], *, threads: int | None = None) -> None:
        self.path = Path(path)
        label = str(path)
        if not self.path.is_file():
            raise DataFileError(
                Problem(label, None, None, "no such file", "check the path and try again")
            )
        self._connection = duckdb.connect(":memory:", config=_CONFIG)
        if threads:
            self._connection.execute(f"SET threads = {int(threads)}")
        self._lock = threading.Lock()
        literal = str(self.path).replace("'", "''")
        try:
            self._connection.execute(
                f"CREATE VIEW events AS SELECT * FROM read_parquet('{literal}')"
            )
            names = {r[0] for r in self._connection.execute("DESCRIBE events").fetchall()}
        except duckdb.Error as err:
            raise DataFileError(
                Problem(label, None, None, f"cannot be read as GeoParquet ({err})", _HINT)
            ) from err
        if not {"event_id", "bbox", "date_start", "date_end", "actors"} <= names:
            raise DataFileError(
                Problem(label, None, None, "lacks the event columns or the bbox column", _HINT)
            )

    def _run(self, sql: str, params: list[object]) -> pd.DataFrame:
        with self._lock:  # a cursor is cheap, but creating one touches the shared connection
            cursor = self._connection.cursor()
        try:
            return cursor.execute(sql, params).df()
        finally:
            cursor.close()

    def events(self, query: Query) -> gpd.GeoDataFrame:
        """The matching events as a typed frame, in the file's order (by date_start)."""
        where, params = where_clause(query, DIALECT)
        return events_frame(self._run(f"SELECT {_COLUMNS} FROM events WHERE {where}", params))

    def event_ids(self, query: Query) -> list[str]:
        """The matching event ids, sorted."""
        where, params = where_clause(query, DIALECT)
        frame = self._run(f"SELECT event_id FROM events WHERE {where}", params)
        return sorted(frame["event_id"].astype(str).tolist())

    def count(self, query: Query) -> int:
        """How many events match."""
        where, params = where_clause(query, DIALECT)
        return int(self._run(f"SELECT count(*) AS n FROM events WHERE {where}", params)["n"][0])

    def cell_counts(self, query: Query, zoom: int) -> pd.DataFrame:
        """Matching events with a point, counted per tile at ``zoom`` (see :mod:`.cells`)."""
        x, y = cells_sql(DIALECT.lon, DIALECT.lat, check_zoom(zoom))
        where, params = where_clause(query, DIALECT)
        sql = (
            f"SELECT {x} AS x, {y} AS y, count(*) AS count, avg({DIALECT.lon}) AS lon, "
            f"avg({DIALECT.lat}) AS lat FROM events WHERE {where} AND bbox.xmin IS NOT NULL "
            "GROUP BY ALL"
        )
        return cell_frame(self._run(sql, params))

    def head(self, query: Query, limit: int) -> gpd.GeoDataFrame:
        """The first ``limit`` matching events by date_start (undated last), then event_id."""
        where, params = where_clause(query, DIALECT)
        order = ORDER.format(collate="")
        sql = f"SELECT {_COLUMNS} FROM events WHERE {where} ORDER BY {order} LIMIT ?"
        return events_frame(self._run(sql, [*params, check_limit(limit)]))

    def by_ids(self, ids: Iterable[str]) -> gpd.GeoDataFrame:
        """The events with these ids, in the order given (unknown ids left out)."""
        wanted = list(dict.fromkeys(str(i) for i in ids))
        sql = f"SELECT {_COLUMNS} FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))"
        return frame_by_ids(events_frame(self._run(sql, [wanted])), wanted)

    def monthly_counts(self, query: Query) -> pd.DataFrame:
        """Matching dated events per month (of their first day) and type."""
        where, params = where_clause(query, DIALECT)
        sql = (
            f"SELECT date_trunc('month', {FIRST_DAY}) AS month, event_type, count(*) AS count "
            f"FROM events WHERE {where} AND {FIRST_DAY} IS NOT NULL GROUP BY ALL"
        )
        return month_frame(self._run(sql, params))

    def date_span(self, query: Query) -> tuple[dt.date, dt.date] | None:
        """First and last day of the matching dated events (None when none is dated)."""
        where, params = where_clause(query, DIALECT)
        sql = f"SELECT min({FIRST_DAY}) AS a, max({LAST_DAY}) AS b FROM events WHERE {where}"
        row = self._run(sql, params).iloc[0]
        return span_of(row["a"], row["b"])

    def value_counts(self, column: str, query: Query) -> pd.DataFrame:
        """How many matching events hold each value of ``column`` (see :mod:`.summary`)."""
        where, params = where_clause(query, DIALECT)
        return counts_frame(
            self._run(value_counts_sql(check_column(column), where, DIALECT), params)
        )

    def cell_type_counts(self, query: Query, zoom: int) -> pd.DataFrame:
        """Matching events with a point, counted per tile at ``zoom`` and per event type."""
        x, y = cells_sql(DIALECT.lon, DIALECT.lat, check_zoom(zoom))
        where, params = where_clause(query, DIALECT)
        sql = (
            f"SELECT {x} AS x, {y} AS y, event_type, count(*) AS count FROM events "
            f"WHERE {where} AND bbox.xmin IS NOT NULL GROUP BY ALL"
        )
        return type_cell_frame(self._run(sql, params))

    def cell_actor_counts(self, query: Query, zoom: int, top: int = TOP_ACTORS) -> pd.DataFrame:
        """The ``top`` actors of each tile at ``zoom`` by matching events, most first."""
        x, y = cells_sql(DIALECT.lon, DIALECT.lat, check_zoom(zoom))
        where, params = where_clause(query, DIALECT)
        sql = cell_actors_sql(x, y, where, "bbox.xmin IS NOT NULL", DIALECT, top)
        return actor_cell_frame(self._run(sql, params))

    def extent(self, query: Query) -> list[list[float]] | None:
        """[[south, west], [north, east]] around the matching events' points (None: none)."""
        where, params = where_clause(query, DIALECT)
        lon, lat = DIALECT.lon, DIALECT.lat
        sql = (
            f"SELECT min({lat}) AS s, min({lon}) AS w, max({lat}) AS n, max({lon}) AS e "
            f"FROM events WHERE {where} AND {lon} IS NOT NULL"
        )
        row = self._run(sql, params).iloc[0]
        return extent_of(row["s"], row["w"], row["n"], row["e"])

    def close(self) -> None:
        """Close the DuckDB connection."""
        self._connection.close()


_HINT = "write it with mapapp.store.write_parquet (the engine needs its covering bbox column)"
