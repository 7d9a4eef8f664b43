"""The questions both SQL engines answer, written once over a :class:`~.sql.Dialect`.

A tier says how to run a statement (``_frame``: SQL and parameters in, a frame out) and what
its SQL looks like (its ``dialect``); the statement of each question and the shape of each
answer live here, so DuckDB and PostgreSQL cannot drift apart.

The map asks ``cell_counts`` and then ``cell_type_counts`` of the same view: both come from one
statement (counts per tile and type, with the sums of the positions), remembered for the next
question, so a redraw scans the events once.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Iterable

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
from mapapp.engine.sql import ORDER, Dialect, cell_actors_sql, value_counts_sql, where_clause
from mapapp.engine.summary import (
    check_column,
    check_limit,
    counts_frame,
    extent_of,
    frame_by_ids,
    month_frame,
    span_of,
)

__all__ = ["SqlEngine"]

_KEPT_CELLS = 4  # views whose per-type cells are remembered (the map asks twice per view)


class SqlEngine:
    """The engine interface (see :class:`mapapp.engine.Engine`) over SQL; a tier subclasses it,
    setting ``name`` and ``dialect`` and defining ``_frame``."""

    name = "sql"
    dialect: Dialect

    def __init__(self) -> None:
        self._cells_lock = threading.Lock()
        self._cells: OrderedDict[tuple[Query, int], pd.DataFrame] = OrderedDict()

    def _frame(self, sql: str, params: list[object]) -> pd.DataFrame:
        """Run one statement (our own text, values as parameters) and return its rows."""
        raise NotImplementedError

    def _tiles(self, zoom: int) -> tuple[str, str]:
        tiles = self.dialect.tiles
        return tiles(zoom) if tiles else cells_sql(self.dialect.lon, self.dialect.lat, zoom)

    def events(self, query: Query) -> gpd.GeoDataFrame:
        """The matching events as a typed frame (by date_start where the tier orders them)."""
        where, params = where_clause(query, self.dialect)
        sql = f"SELECT {self.dialect.columns} FROM events WHERE {where}{self.dialect.events_order}"
        return events_frame(self._frame(sql, params))

    def event_ids(self, query: Query) -> list[str]:
        """The matching event ids, sorted."""
        where, params = where_clause(query, self.dialect)
        frame = self._frame(f"SELECT event_id FROM events WHERE {where}", params)
        return sorted(frame["event_id"].astype(str).tolist())

    def count(self, query: Query) -> int:
        """How many events match."""
        where, params = where_clause(query, self.dialect)
        return int(self._frame(f"SELECT count(*) AS n FROM events WHERE {where}", params)["n"][0])

    def _type_cells(self, query: Query, zoom: int, *, keep: bool) -> pd.DataFrame:
        """Per tile and type: count and the sums of lon and lat. With ``keep`` the answer is
        asked afresh and waits for the view's next question; without, a waiting answer is
        taken (each is used once, so a database loaded meanwhile shows on the next view)."""
        key = (query, check_zoom(zoom))
        found = None
        if not keep:
            with self._cells_lock:
                found = self._cells.pop(key, None)
        if found is None:
            x, y = self._tiles(key[1])
            where, params = where_clause(query, self.dialect)
            lon, lat = self.dialect.lon, self.dialect.lat
            sql = (
                f"SELECT {x} AS x, {y} AS y, event_type, count(*) AS count, sum({lon}) AS lon, "
                f"sum({lat}) AS lat FROM events WHERE {where} AND {self.dialect.has_point} "
                "GROUP BY 1, 2, 3"
            )
            found = self._frame(sql, params)
        if keep:
            with self._cells_lock:
                self._cells[key] = found
                while len(self._cells) > _KEPT_CELLS:
                    self._cells.popitem(last=False)
        return found

    def cell_counts(self, query: Query, zoom: int) -> pd.DataFrame:
        """Matching events with a point, counted per tile at ``zoom`` (see :mod:`.cells`)."""
        typed = self._type_cells(query, zoom, keep=True)
        sums = typed.groupby(["x", "y"], sort=False)[["count", "lon", "lat"]].sum().reset_index()
        sums["lon"] = sums["lon"].astype(float) / sums["count"]
        sums["lat"] = sums["lat"].astype(float) / sums["count"]
        return cell_frame(sums)

    def cell_type_counts(self, query: Query, zoom: int) -> pd.DataFrame:
        """Matching events with a point, counted per tile at ``zoom`` and per event type."""
        return type_cell_frame(self._type_cells(query, zoom, keep=False))

    def cell_actor_counts(self, query: Query, zoom: int, top: int = TOP_ACTORS) -> pd.DataFrame:
        """The ``top`` actors of each tile at ``zoom`` by matching events, most first."""
        x, y = self._tiles(check_zoom(zoom))
        where, params = where_clause(query, self.dialect)
        sql = cell_actors_sql(x, y, where, self.dialect.has_point, self.dialect, top)
        return actor_cell_frame(self._frame(sql, params))

    def head(self, query: Query, limit: int) -> gpd.GeoDataFrame:
        """The first ``limit`` matching events by date_start (undated last), then event_id."""
        where, params = where_clause(query, self.dialect)
        order = ORDER.format(collate=self.dialect.collate)
        sql = f"SELECT {self.dialect.columns} FROM events WHERE {where} ORDER BY {order} LIMIT "
        return events_frame(self._frame(sql + self.dialect.mark, [*params, check_limit(limit)]))

    def by_ids(self, ids: Iterable[str]) -> gpd.GeoDataFrame:
        """The events with these ids, in the order given (unknown ids left out)."""
        wanted = list(dict.fromkeys(str(i) for i in ids))
        sql = f"SELECT {self.dialect.columns} FROM events WHERE {self.dialect.in_ids}"
        return frame_by_ids(events_frame(self._frame(sql, [wanted])), wanted)

    def monthly_counts(self, query: Query) -> pd.DataFrame:
        """Matching dated events per month (of their first day) and type."""
        where, params = where_clause(query, self.dialect)
        first = self.dialect.first_day
        sql = (
            f"SELECT CAST(date_trunc('month', {first}) AS DATE) AS month, event_type, "
            f"count(*) AS count FROM events WHERE {where} AND {first} IS NOT NULL GROUP BY 1, 2"
        )
        return month_frame(self._frame(sql, params))

    def date_span(self, query: Query) -> tuple[dt.date, dt.date] | None:
        """First and last day of the matching dated events (None when none is dated)."""
        where, params = where_clause(query, self.dialect)
        first, last = self.dialect.first_day, self.dialect.last_day
        sql = f"SELECT min({first}) AS a, max({last}) AS b FROM events WHERE {where}"
        row = self._frame(sql, params).iloc[0]
        return span_of(row["a"], row["b"])

    def value_counts(self, column: str, query: Query) -> pd.DataFrame:
        """How many matching events hold each value of ``column`` (see :mod:`.summary`)."""
        where, params = where_clause(query, self.dialect)
        sql = value_counts_sql(check_column(column), where, self.dialect)
        return counts_frame(self._frame(sql, params))

    def extent(self, query: Query) -> list[list[float]] | None:
        """[[south, west], [north, east]] around the matching events' points (None: none)."""
        where, params = where_clause(query, self.dialect)
        lon, lat = self.dialect.lon, self.dialect.lat
        sql = (
            f"SELECT min({lat}) AS s, min({lon}) AS w, max({lat}) AS n, max({lon}) AS e "
            f"FROM events WHERE {where} AND {self.dialect.has_point}"
        )
        row = self._frame(sql, params).iloc[0]
        return extent_of(row["s"], row["w"], row["n"], row["e"])
