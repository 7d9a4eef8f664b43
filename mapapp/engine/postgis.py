"""The server tier: events in PostgreSQL with PostGIS, shared by many processes and machines.

One table, ``events``: the contract's columns (dates as ``date``, actors as ``text[]``), the
properties beyond the contract as ``extra`` (jsonb), the point as ``geom`` (PostGIS
``geometry(Point, 4326)``, GiST-indexed for the viewport) and the span as ``span`` (a
``daterange`` generated from the dates, GiST-indexed for the date-window overlap). Undated events
have no span, so they overlap no window, as in :func:`mapapp.filters.filter_events`.

Text search and actor names compare with the database's ``lower()``, which follows the
database's character type: create it with a UTF-8 locale (``C.UTF-8``, ``en_US.UTF-8``) so that
accented letters fold as they do in Python.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg

from mapapp.engine.cells import (
    TOP_ACTORS,
    actor_cell_frame,
    cell_frame,
    cells_sql,
    check_zoom,
    type_cell_frame,
)
from mapapp.engine.query import Query
from mapapp.engine.rows import events_frame, extra_columns, extra_json
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
from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS, mappable

__all__ = ["SCHEMA_SQL", "PostgisEngine", "create_schema", "load_events", "redact"]

DIALECT = Dialect(
    mark="%s",
    lon="ST_X(geom)",
    lat="ST_Y(geom)",
    any_actor="EXISTS (SELECT 1 FROM unnest(actors) AS a WHERE lower(a) = ANY(%s))",
    in_box="geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)",
    overlaps="span && daterange(%s::date, %s::date, '[]')",
    # each actor once per event, without a global DISTINCT (four times faster at 1,000,000)
    actor_pairs=(
        "SELECT a AS value FROM events, "
        "unnest(ARRAY(SELECT DISTINCT x FROM unnest(actors) AS x)) AS a"
    ),
    collate='COLLATE "C"',
)

_TYPES = {name: "date" for name in DATE_COLUMNS} | {"actors": "text[]"}
_COLUMNS_SQL = ",\n    ".join(f"{name} {_TYPES.get(name, 'text')}" for name in EVENT_COLUMNS[1:])
SCHEMA_SQL = f"""
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE IF NOT EXISTS events (
    event_id text PRIMARY KEY,
    {_COLUMNS_SQL},
    extra jsonb,
    geom geometry(Point, 4326),
    span daterange GENERATED ALWAYS AS (
        CASE WHEN coalesce(date_start, date_end) IS NULL THEN NULL
        ELSE daterange(coalesce(date_start, date_end), coalesce(date_end, date_start), '[]')
        END
    ) STORED
);
CREATE INDEX IF NOT EXISTS events_geom_idx ON events USING gist (geom);
CREATE INDEX IF NOT EXISTS events_span_idx ON events USING spgist (span);
"""
# The staging table that COPY fills: the contract's columns, extras as JSON text, lon/lat.
_STAGING = {name: _TYPES.get(name, "text") for name in EVENT_COLUMNS} | {
    "extra": "text",
    "lon": "float8",
    "lat": "float8",
}
_STAGING_SQL = ", ".join(f"{name} {kind}" for name, kind in _STAGING.items())
_SELECT = f"{', '.join(EVENT_COLUMNS)}, extra, ST_X(geom) AS lon, ST_Y(geom) AS lat"


def redact(url: str) -> str:
    """The URL without its password, for messages.

    >>> redact("postgresql://maps:s3cret@db.example.org:5432/events")
    'postgresql://maps:***@db.example.org:5432/events'
    """
    return re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", url)


def _connect(url: str, **options: Any) -> psycopg.Connection[Any]:
    """A connection (a context manager: commits on success, rolls back on error, closes)."""
    try:
        return psycopg.connect(url, connect_timeout=10, **options)
    except psycopg.Error as err:
        raise DataFileError(
            Problem(
                redact(url),
                None,
                None,
                f"cannot connect to the database ({str(err).strip().splitlines()[0]})",
                "check the URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE) and that the "
                "server runs",
            )
        ) from err


def create_schema(connection: psycopg.Connection[Any]) -> None:
    """Create the PostGIS extension, the ``events`` table and its indexes when missing."""
    connection.execute(SCHEMA_SQL)  # our own text, no parameters


def load_events(url: str, gdf: gpd.GeoDataFrame) -> int:
    """Upsert events into the database at ``url`` by event_id, creating the schema if missing.

    The rows are copied into a temporary table (PostgreSQL's COPY, the fast path) and merged
    into ``events`` in one transaction: a failure leaves the table as it was. When an event_id
    occurs more than once in ``gdf`` the last row wins, as it would over two loads.

    Parameters
    ----------
    url : str
        ``postgresql://USER:PASSWORD@HOST:PORT/DATABASE``; the user must be allowed to create
        the extension the first time (or it must exist already).
    gdf : GeoDataFrame
        A typed event frame (see :mod:`mapapp.model`).

    Returns
    -------
    int
        The number of events written (inserted or updated).

    Raises
    ------
    DataFileError
        When the database cannot be reached or refuses the rows.
    """
    frame = gdf.drop_duplicates("event_id", keep="last")
    rows = _copy_rows(frame)
    update = ", ".join(f"{c} = EXCLUDED.{c}" for c in [*EVENT_COLUMNS[1:], "extra", "geom"])
    columns = ", ".join(EVENT_COLUMNS)
    with _connect(url) as connection:
        try:
            create_schema(connection)
            connection.execute(f"CREATE TEMP TABLE staging ({_STAGING_SQL}) ON COMMIT DROP")
            with connection.cursor() as cursor:
                # Binary COPY: no text to format or parse, about four times the rate of text.
                with cursor.copy(
                    f"COPY staging ({', '.join(_STAGING)}) FROM STDIN (FORMAT BINARY)"
                ) as copy:
                    copy.set_types(list(_STAGING.values()))
                    for row in rows:
                        copy.write_row(row)
                cursor.execute(
                    f"INSERT INTO events ({columns}, extra, geom) SELECT {columns}, "
                    "extra::jsonb, CASE WHEN lon IS NULL THEN NULL "
                    "ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END "
                    f"FROM staging ON CONFLICT (event_id) DO UPDATE SET {update}"
                )
                written = cursor.rowcount
            connection.commit()
        except psycopg.Error as err:
            raise DataFileError(
                Problem(redact(url), None, None, f"refused the events ({err})", _LOAD_HINT)
            ) from err
        connection.execute("ANALYZE events")
    return int(written)


_LOAD_HINT = "check that the user may create tables (and the postgis extension the first time)"


def _copy_rows(gdf: gpd.GeoDataFrame) -> Iterator[tuple[object, ...]]:
    """The frame as COPY rows: text or None, dates, lists, JSON extras, lon/lat or None."""
    columns: list[list[object]] = []
    for name in EVENT_COLUMNS:
        series = gdf[name]
        if name in DATE_COLUMNS:
            days = pd.to_datetime(series)
            columns.append(days.dt.date.astype(object).where(days.notna(), None).tolist())
        elif name == "actors":
            columns.append([list(a) if isinstance(a, (list, tuple)) else [] for a in series])
        else:
            columns.append(series.astype(object).where(series.notna(), None).tolist())
    columns.append(list(extra_json(gdf, extra_columns(gdf))))
    has_point = mappable(gdf)
    lon = np.full(len(gdf), None, dtype=object)
    lat = np.full(len(gdf), None, dtype=object)
    lon[has_point] = gdf.geometry[has_point].x.to_numpy(dtype=float)
    lat[has_point] = gdf.geometry[has_point].y.to_numpy(dtype=float)
    columns.extend([lon.tolist(), lat.tolist()])
    return zip(*columns, strict=True)


class PostgisEngine:
    """Answer queries from the ``events`` table of a PostGIS database (see :func:`load_events`).

    One connection per engine, used by one query at a time (a lock); open one engine per
    process and share it across the page's sessions.

    Parameters
    ----------
    url : str
        ``postgresql://USER:PASSWORD@HOST:PORT/DATABASE``.

    Raises
    ------
    DataFileError
        When the database cannot be reached or has no ``events`` table.
    """

    name = "postgis"

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.Lock()
        self._connection = _connect(url, autocommit=True)
        found = self._connection.execute("SELECT to_regclass('events')").fetchone()
        if found is None or found[0] is None:
            self.close()
            raise DataFileError(
                Problem(
                    redact(url),
                    None,
                    None,
                    "has no events table",
                    "load events first: mapapp load FILE --database URL",
                )
            )

    def _rows(self, sql: str, params: list[object]) -> tuple[list[str], list[tuple[Any, ...]]]:
        try:
            with self._lock, self._connection.cursor() as cursor:
                cursor.execute(sql, params)  # built from our own fragments
                names = [d.name for d in cursor.description or ()]
                return names, cursor.fetchall()
        except psycopg.Error as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise DataFileError(
                Problem(
                    redact(self.url),
                    None,
                    None,
                    f"the query failed ({first})",
                    "check that the server runs and that the events table was made by mapapp load",
                )
            ) from err

    def events(self, query: Query) -> gpd.GeoDataFrame:
        """The matching events as a typed frame, ordered by date_start then event_id."""
        where, params = where_clause(query, DIALECT)
        names, rows = self._rows(
            f"SELECT {_SELECT} FROM events WHERE {where} ORDER BY date_start, event_id", params
        )
        return events_frame(pd.DataFrame.from_records(rows, columns=names))

    def event_ids(self, query: Query) -> list[str]:
        """The matching event ids, sorted."""
        where, params = where_clause(query, DIALECT)
        _, rows = self._rows(f"SELECT event_id FROM events WHERE {where}", params)
        return sorted(r[0] for r in rows)

    def count(self, query: Query) -> int:
        """How many events match."""
        where, params = where_clause(query, DIALECT)
        _, rows = self._rows(f"SELECT count(*) FROM events WHERE {where}", params)
        return int(rows[0][0])

    def cell_counts(self, query: Query, zoom: int) -> pd.DataFrame:
        """Matching events with a point, counted per tile at ``zoom`` (see :mod:`.cells`)."""
        x, y = cells_sql(DIALECT.lon, DIALECT.lat, check_zoom(zoom))
        where, params = where_clause(query, DIALECT)
        names, rows = self._rows(
            f"SELECT {x} AS x, {y} AS y, count(*) AS count, avg(ST_X(geom)) AS lon, "
            f"avg(ST_Y(geom)) AS lat FROM events WHERE {where} AND geom IS NOT NULL "
            "GROUP BY 1, 2",
            params,
        )
        return cell_frame(pd.DataFrame.from_records(rows, columns=names))

    def _frame(self, sql: str, params: list[object]) -> pd.DataFrame:
        names, rows = self._rows(sql, params)
        return pd.DataFrame.from_records(rows, columns=names)

    def head(self, query: Query, limit: int) -> gpd.GeoDataFrame:
        """The first ``limit`` matching events by date_start (undated last), then event_id."""
        where, params = where_clause(query, DIALECT)
        order = ORDER.format(collate=DIALECT.collate)
        sql = f"SELECT {_SELECT} FROM events WHERE {where} ORDER BY {order} LIMIT %s"
        return events_frame(self._frame(sql, [*params, check_limit(limit)]))

    def by_ids(self, ids: Iterable[str]) -> gpd.GeoDataFrame:
        """The events with these ids, in the order given (unknown ids left out)."""
        wanted = list(dict.fromkeys(str(i) for i in ids))
        frame = self._frame(f"SELECT {_SELECT} FROM events WHERE event_id = ANY(%s)", [wanted])
        return frame_by_ids(events_frame(frame), wanted)

    def monthly_counts(self, query: Query) -> pd.DataFrame:
        """Matching dated events per month (of their first day) and type."""
        where, params = where_clause(query, DIALECT)
        sql = (
            f"SELECT date_trunc('month', {FIRST_DAY})::date AS month, event_type, "
            f"count(*) AS count FROM events WHERE {where} AND {FIRST_DAY} IS NOT NULL "
            "GROUP BY 1, 2"
        )
        return month_frame(self._frame(sql, params))

    def date_span(self, query: Query) -> tuple[dt.date, dt.date] | None:
        """First and last day of the matching dated events (None when none is dated)."""
        where, params = where_clause(query, DIALECT)
        _, rows = self._rows(
            f"SELECT min({FIRST_DAY}), max({LAST_DAY}) FROM events WHERE {where}", params
        )
        return span_of(rows[0][0], rows[0][1])

    def value_counts(self, column: str, query: Query) -> pd.DataFrame:
        """How many matching events hold each value of ``column`` (see :mod:`.summary`)."""
        where, params = where_clause(query, DIALECT)
        sql = value_counts_sql(check_column(column), where, DIALECT)
        return counts_frame(self._frame(sql, params))

    def cell_type_counts(self, query: Query, zoom: int) -> pd.DataFrame:
        """Matching events with a point, counted per tile at ``zoom`` and per event type."""
        x, y = cells_sql(DIALECT.lon, DIALECT.lat, check_zoom(zoom))
        where, params = where_clause(query, DIALECT)
        names, rows = self._rows(
            f"SELECT {x} AS x, {y} AS y, event_type, count(*) AS count FROM events "
            f"WHERE {where} AND geom IS NOT NULL GROUP BY 1, 2, 3",
            params,
        )
        return type_cell_frame(pd.DataFrame.from_records(rows, columns=names))

    def cell_actor_counts(self, query: Query, zoom: int, top: int = TOP_ACTORS) -> pd.DataFrame:
        """The ``top`` actors of each tile at ``zoom`` by matching events, most first."""
        x, y = cells_sql(DIALECT.lon, DIALECT.lat, check_zoom(zoom))
        where, params = where_clause(query, DIALECT)
        sql = cell_actors_sql(x, y, where, "geom IS NOT NULL", DIALECT, top)
        return actor_cell_frame(self._frame(sql, params))

    def extent(self, query: Query) -> list[list[float]] | None:
        """[[south, west], [north, east]] around the matching events' points (None: none)."""
        where, params = where_clause(query, DIALECT)
        _, rows = self._rows(
            "SELECT min(ST_Y(geom)), min(ST_X(geom)), max(ST_Y(geom)), max(ST_X(geom)) "
            f"FROM events WHERE {where} AND geom IS NOT NULL",
            params,
        )
        return extent_of(*rows[0])

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()
