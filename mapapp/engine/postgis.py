"""The server tier: events in PostgreSQL with PostGIS, shared by many processes and machines.

One table, ``events``: the contract's columns (dates as ``date``, actors as ``text[]``), the
properties beyond the contract as ``extra`` (jsonb) and the point as ``geom`` (PostGIS
``geometry(Point, 4326)``, GiST-indexed for other tools). What the page asks of every event is
kept beside it in stored generated columns: ``first_day``/``last_day`` (a missing date stands
in for the other; undated events have neither, so they overlap no window, as in
:func:`mapapp.filters.filter_events`), ``lon``/``lat``, and ``tile_x``/``tile_y``, the Web
Mercator tile of the point at zoom :data:`TILE_ZOOM` (the tile at a coarser zoom is a shift
away). Two B-trees, one led by the days (a date window) and one by the point (a zoomed-in
view), include them all, so that the map's counts, the timeline and the counts line read an
index alone (an index-only scan) instead of every row.

Text search and actor names compare with the database's ``lower()``, which follows the
database's character type: create it with a UTF-8 locale (``C.UTF-8``, ``en_US.UTF-8``) so that
accented letters fold as they do in Python.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg

from mapapp.engine.cells import MAX_ZOOM, cells_sql
from mapapp.engine.query import Query, make_query
from mapapp.engine.rows import extra_columns, extra_json
from mapapp.engine.sql import Dialect, value_counts_sql
from mapapp.engine.sql_engine import SqlEngine
from mapapp.engine.summary import COUNT_COLUMNS, check_column, counts_frame
from mapapp.errors import DataFileError, Problem
from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS, mappable

__all__ = ["SCHEMA_SQL", "PostgisEngine", "create_schema", "load_events", "redact"]

TILE_ZOOM = MAX_ZOOM  # the zoom of the stored tiles: the finest the page asks for
_TILE_SQL = cells_sql("ST_X(geom)", "ST_Y(geom)", TILE_ZOOM)


def _tiles(zoom: int) -> tuple[str, str]:
    """The tile at ``zoom`` from the stored one: floor(v * 2^z) is floor(v * 2^22) >> (22 - z)."""
    shift = TILE_ZOOM - zoom
    return f"(tile_x >> {shift})", f"(tile_y >> {shift})"


DIALECT = Dialect(
    mark="%s",
    lon="lon",
    lat="lat",
    any_actor="EXISTS (SELECT 1 FROM unnest(actors) AS a WHERE lower(a) = ANY(%s))",
    columns=f"{', '.join(EVENT_COLUMNS)}, extra, lon, lat",
    has_point="lon IS NOT NULL",
    in_ids="event_id = ANY(%s)",
    # each actor once per event, without a global DISTINCT (four times faster at 1,000,000)
    actor_pairs=(
        "SELECT a AS value FROM events, "
        "unnest(ARRAY(SELECT DISTINCT x FROM unnest(actors) AS x)) AS a"
    ),
    collate='COLLATE "C"',
    first_day="first_day",
    last_day="last_day",
    events_order=" ORDER BY date_start, event_id",
    tiles=_tiles,
)

_TYPES = {name: "date" for name in DATE_COLUMNS} | {"actors": "text[]"}
_COLUMNS_SQL = ",\n    ".join(f"{name} {_TYPES.get(name, 'text')}" for name in EVENT_COLUMNS[1:])
# Derived columns: the database computes them on every insert and update (and, added to a table
# made before they existed, once for every row).
_DERIVED = {
    "first_day": "date GENERATED ALWAYS AS (coalesce(date_start, date_end)) STORED",
    "last_day": "date GENERATED ALWAYS AS (coalesce(date_end, date_start)) STORED",
    "lon": "float8 GENERATED ALWAYS AS (ST_X(geom)) STORED",
    "lat": "float8 GENERATED ALWAYS AS (ST_Y(geom)) STORED",
    "tile_x": f"integer GENERATED ALWAYS AS ({_TILE_SQL[0]}) STORED",
    "tile_y": f"integer GENERATED ALWAYS AS ({_TILE_SQL[1]}) STORED",
}
_ADD_DERIVED = ",\n    ".join(f"ADD COLUMN IF NOT EXISTS {n} {t}" for n, t in _DERIVED.items())
_INDEXES = {
    "events_geom_idx": "USING gist (geom)",
    "events_days_idx": "(first_day, last_day) INCLUDE (lon, lat, tile_x, tile_y, event_type)",
    "events_point_idx": "(lon, lat) INCLUDE (first_day, last_day, tile_x, tile_y, event_type)",
}
_INDEX_SQL = "; ".join(
    f"CREATE INDEX IF NOT EXISTS {name} ON events {how}" for name, how in _INDEXES.items()
)
SCHEMA_SQL = f"""
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE IF NOT EXISTS events (
    event_id text PRIMARY KEY,
    {_COLUMNS_SQL},
    extra jsonb,
    geom geometry(Point, 4326)
);
ALTER TABLE events
    {_ADD_DERIVED};
ALTER TABLE events DROP COLUMN IF EXISTS span;
CREATE TABLE IF NOT EXISTS event_choices (
    column_name text, value text, count bigint, PRIMARY KEY (column_name, value)
);
{_INDEX_SQL};
"""
# The filters' choices over all events (what the page offers before any filter), counted again
# by every load: listing the actors of a million events takes seconds, reading this table none.
_CHOICES_SQL = "DELETE FROM event_choices; " + "; ".join(
    f"INSERT INTO event_choices (column_name, value, count) SELECT '{column}', value, count "
    f"FROM ({value_counts_sql(column, 'TRUE', DIALECT)}) AS c"
    for column in COUNT_COLUMNS
)
_EVERYTHING = make_query()
# The staging table that COPY fills: the contract's columns, extras as JSON text, lon/lat.
_STAGING = {name: _TYPES.get(name, "text") for name in EVENT_COLUMNS} | {
    "extra": "text",
    "lon": "float8",
    "lat": "float8",
}
_STAGING_SQL = ", ".join(f"{name} {kind}" for name, kind in _STAGING.items())


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


# Per session: no JIT (it costs 0.1 s and more to compile queries that take less), and memory
# enough for the map's counts to group in a hash table rather than sort on disk.
_SESSION_SQL = "SET jit = off; SET work_mem = '64MB'"
# The load's transaction: the same, and memory to build the indexes in.
_LOAD_SESSION_SQL = (
    "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; SET LOCAL maintenance_work_mem = '256MB'"
)


def create_schema(connection: psycopg.Connection[Any]) -> None:
    """Create the PostGIS extension, the ``events`` table and its indexes when missing."""
    connection.execute(SCHEMA_SQL)  # our own text, no parameters


def _drop_indexes_when_empty(connection: psycopg.Connection[Any]) -> None:
    """Into an empty table, rows go in faster without indexes, built once after them (a
    million events: 32 s for both instead of 42 s); nobody can be reading an empty table."""
    empty = connection.execute("SELECT NOT EXISTS (SELECT 1 FROM events)").fetchone()
    if empty and empty[0]:
        connection.execute("; ".join(f"DROP INDEX IF EXISTS {name}" for name in _INDEXES))


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
            connection.execute(_LOAD_SESSION_SQL)
            create_schema(connection)
            _drop_indexes_when_empty(connection)
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
                cursor.execute(_INDEX_SQL)
                cursor.execute(_CHOICES_SQL)
            connection.commit()
        except psycopg.Error as err:
            raise DataFileError(
                Problem(redact(url), None, None, f"refused the events ({err})", _LOAD_HINT)
            ) from err
        # The planner's statistics, and the visibility map that lets a query read the days
        # index alone (VACUUM cannot run inside a transaction).
        connection.autocommit = True
        connection.execute("VACUUM (ANALYZE) events")
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


_MIGRATE_HINT = (
    "load events again to bring the table up to date: mapapp load FILE --database URL "
    "(any file of events; it adds the missing columns once, which takes a minute at a million)"
)


class PostgisEngine(SqlEngine):
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
        When the database cannot be reached, has no ``events`` table, or a table made by an
        older mapapp (without the derived columns: loading again adds them).
    """

    name = "postgis"
    dialect = DIALECT

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._lock = threading.Lock()
        self._connection = _connect(url, autocommit=True)
        table, have, choices = self._connection.execute(
            "SELECT to_regclass('events') IS NOT NULL, (SELECT count(*) FROM "
            "information_schema.columns WHERE table_name = 'events' "
            "AND table_schema = current_schema() AND column_name = ANY(%s)), "
            "to_regclass('event_choices') IS NOT NULL",
            [list(_DERIVED)],
        ).fetchone() or (False, 0, False)
        self._choices = bool(choices)  # a table loaded before the choices were kept: count
        if not table or have < len(_DERIVED):
            self.close()
            what, hint = (
                ("has an events table made by an older mapapp", _MIGRATE_HINT)
                if table
                else ("has no events table", "load events first: mapapp load FILE --database URL")
            )
            raise DataFileError(Problem(redact(url), None, None, what, hint))
        self._connection.execute(_SESSION_SQL)

    def _frame(self, sql: str, params: list[object]) -> pd.DataFrame:
        try:
            with self._lock, self._connection.cursor() as cursor:
                cursor.execute(sql, params)  # built from our own fragments
                names = [d.name for d in cursor.description or ()]
                rows = cursor.fetchall()
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
        return pd.DataFrame.from_records(rows, columns=names)

    def value_counts(self, column: str, query: Query) -> pd.DataFrame:
        """How many matching events hold each value of ``column``; before any filter, as the
        last load counted them (see :data:`_CHOICES_SQL`)."""
        if query != _EVERYTHING or not self._choices:
            return super().value_counts(column, query)
        sql = "SELECT value, count FROM event_choices WHERE column_name = %s"
        return counts_frame(self._frame(sql, [check_column(column)]))

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()
