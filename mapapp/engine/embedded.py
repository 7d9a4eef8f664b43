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

import os
import threading
from pathlib import Path

import duckdb
import pandas as pd

from mapapp.engine.sql import Dialect
from mapapp.engine.sql_engine import SqlEngine
from mapapp.errors import DataFileError, Problem

__all__ = ["EmbeddedEngine"]

DIALECT = Dialect(
    mark="?",
    lon="bbox.xmin",
    lat="bbox.ymin",
    any_actor="list_has_any(list_transform(actors, lambda a: lower(a)), ?::VARCHAR[])",
    columns="* EXCLUDE (geometry, bbox), bbox.xmin AS lon, bbox.ymin AS lat",
    has_point="bbox.xmin IS NOT NULL",
    in_ids="event_id IN (SELECT unnest(?::VARCHAR[]))",
    actor_pairs="SELECT unnest(list_distinct(actors)) AS value FROM events",
    bare_dates=True,
)
_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


class EmbeddedEngine(SqlEngine):
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
    dialect = DIALECT

    def __init__(self, path: str | os.PathLike[str], *, threads: int | None = None) -> None:
        super().__init__()
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

    def _frame(self, sql: str, params: list[object]) -> pd.DataFrame:
        with self._lock:  # a cursor is cheap, but creating one touches the shared connection
            cursor = self._connection.cursor()
        try:
            return cursor.execute(sql, params).df()
        finally:
            cursor.close()

    def close(self) -> None:
        """Close the DuckDB connection."""
        self._connection.close()


_HINT = "write it with mapapp.store.write_parquet (the engine needs its covering bbox column)"
