"""Where the page's events come from, and what it asks of a query engine (Streamlit-free).

Three tiers (see :mod:`mapapp.engine`):

* **file** — a small file read into memory once (the bundled data, ``MAPAPP_DATA``): the page
  of :mod:`mapapp.web.app` as it always was;
* **embedded** — DuckDB over a GeoParquet store, in the page's process: a store of more than
  :data:`EMBEDDED_ROWS` events (or any store with ``MAPAPP_ENGINE=embedded``);
* **postgis** — a PostGIS database shared by many pages: ``MAPAPP_DATABASE_URL``, or the
  ``url`` of ``[connections.mapapp]`` in Streamlit's secrets (Community Cloud).

With an engine the page never holds every event: it asks for counts, the first rows, events by
id, monthly counts, the date span and the filters' choices (:class:`EngineSummary`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mapapp.engine import Engine, Query, make_query
from mapapp.errors import DataFileError, Problem, UsageError, quote
from mapapp.render.style import TYPE_LABELS
from mapapp.web.page import DATA_ENV, Filters

__all__ = [
    "DATABASE_ENV",
    "EMBEDDED_ROWS",
    "ENGINE_ENV",
    "EngineSummary",
    "Source",
    "choose_source",
    "page_query",
    "parquet_rows",
    "summarise",
]

DATABASE_ENV = "MAPAPP_DATABASE_URL"
ENGINE_ENV = "MAPAPP_ENGINE"  # "file" or "embedded": overrides the choice by size
ENGINES = ("file", "embedded")
# Above this many events a GeoParquet store is queried in place instead of read into memory
# (the page held 903 MB at 100,000 events in memory; DuckDB answers from the file).
EMBEDDED_ROWS = 50_000
SECRETS_SECTION = "mapapp"  # [connections.mapapp] in .streamlit/secrets.toml
WORLD = (-180.0, -90.0, 180.0, 90.0)  # a box holding every point: "events on the map"


@dataclass(frozen=True)
class Source:
    """The tier the page reads from: ``kind`` is file, embedded or postgis."""

    kind: str
    location: str  # the store's path, the database URL, or "" for files

    @property
    def uses_engine(self) -> bool:
        return self.kind != "file"


def parquet_rows(path: Path) -> int:
    """Rows of a Parquet file from its footer (nothing else is read)."""
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except (OSError, ValueError) as err:
        raise DataFileError(
            Problem(str(path), None, None, f"cannot be read as Parquet ({err})", _STORE_HINT)
        ) from err


_STORE_HINT = "write the store with mapapp.store.write_parquet (see the README, Query engines)"


def choose_source(
    paths: Sequence[Path],
    environ: Mapping[str, str] | None = None,
    secret_url: str | None = None,
) -> Source:
    """Pick the tier for ``paths`` (the page's data files) from the environment and secrets.

    Raises
    ------
    UsageError
        When ``MAPAPP_ENGINE`` is not file or embedded, or asks for the embedded engine for
        data that is not one GeoParquet store.

    Examples
    --------
    >>> choose_source([Path("big.parquet")], {"MAPAPP_DATABASE_URL": "postgresql://h/db"}).kind
    'postgis'
    """
    env = os.environ if environ is None else environ
    url = env.get(DATABASE_ENV, "").strip() or (secret_url or "").strip()
    if url:
        return Source("postgis", url)
    engine = env.get(ENGINE_ENV, "").strip().lower()
    if engine and engine not in ENGINES:
        raise UsageError(
            f"{ENGINE_ENV}={quote(env[ENGINE_ENV])} is not a tier — set it to "
            f"{' or '.join(ENGINES)}, or unset it to choose by size"
        )
    store = len(paths) == 1 and paths[0].suffix.lower() in (".parquet", ".geoparquet")
    if engine == "embedded" and not store:
        names = ", ".join(str(p) for p in paths)
        raise UsageError(
            f"{ENGINE_ENV}=embedded needs one GeoParquet store in {DATA_ENV}, not {quote(names)}"
            f" — {_STORE_HINT}"
        )
    if (
        store
        and engine != "file"
        and (engine == "embedded" or parquet_rows(paths[0]) > EMBEDDED_ROWS)
    ):
        return Source("embedded", str(paths[0]))
    return Source("file", "")


def page_query(filters: Filters, span: tuple[dt.date, dt.date] | None) -> Query:
    """The engine query of the page's filters (as :func:`mapapp.web.page.apply_filters`).

    The window filters only when narrower than the data's span: at the full span undated
    events stay in view.
    """
    start = end = None
    if filters.window is not None and span is not None and filters.window != span:
        start, end = filters.window
    return make_query(
        start=start,
        end=end,
        types=filters.types,
        actors=filters.actors,
        countries=filters.countries,
        text=filters.text,
    )


def on_map(query: Query) -> Query:
    """The same query, kept to events with a point (any point lies in the whole world)."""
    return make_query(**{**query.raw, "bbox": WORLD})  # type: ignore[arg-type]


@dataclass(frozen=True)
class EngineSummary:
    """What the page shows before any filter: built once per data version and cached.

    Its attribute names are those of :class:`mapapp.web.page.Dataset` the sidebar reads.
    """

    span: tuple[dt.date, dt.date] | None
    types: tuple[str, ...]
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    total: int
    n_mappable: int
    bounds: list[list[float]] | None  # [[south, west], [north, east]] around every point


def summarise(engine: Engine) -> EngineSummary:
    """Ask ``engine`` for the slider's span, the filters' choices, the counts and the extent."""
    everything = make_query()
    present = set(engine.value_counts("event_type", everything)["value"])
    types = tuple(t for t in TYPE_LABELS if t in present) + tuple(
        sorted(present - set(TYPE_LABELS))
    )
    actors = engine.value_counts("actors", everything)["value"].tolist()
    return EngineSummary(
        span=engine.date_span(everything),
        types=types,
        actors=tuple(sorted(actors, key=lambda n: (n.casefold(), n))),
        countries=tuple(engine.value_counts("country_code", everything)["value"]),
        total=engine.count(everything),
        n_mappable=engine.count(on_map(everything)),
        bounds=engine.extent(everything),
    )
