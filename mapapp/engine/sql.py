"""One WHERE clause for both SQL engines (DuckDB and PostgreSQL), built from a :class:`Query`.

The conditions mirror :func:`mapapp.filters.filter_events` and the frame engine's box test: a
span with a missing end stands in for its start and back; actors compare lower-cased, text
folded as :mod:`mapapp.search` says.
Values always travel as parameters, never inside the SQL text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mapapp.engine.query import Query
from mapapp.filters import TEXT_SEARCH_COLUMNS
from mapapp.model import BBox
from mapapp.search import ACCENTED, UNACCENTED, search_variants

__all__ = ["FIRST_DAY", "LAST_DAY", "ORDER", "Dialect", "value_counts_sql", "where_clause"]

FIRST_DAY = "coalesce(date_start, date_end)"  # an event's first day (NULL when undated)
LAST_DAY = "coalesce(date_end, date_start)"
# The order of a page's first rows (see mapapp.engine.summary); event ids compare by code point.
ORDER = "date_start NULLS LAST, event_id {collate}"


@dataclass(frozen=True)
class Dialect:
    """What differs between the two SQL engines."""

    mark: str  # the parameter placeholder
    lon: str  # expression of an event's longitude (NULL without a point)
    lat: str
    any_actor: str  # condition: a lower-cased actor is in the list parameter (one placeholder)
    columns: str  # the select list of an event row: the contract's columns, lon, lat, extra
    has_point: str  # condition: the event has a point
    in_ids: str  # condition: event_id is in the list parameter (one placeholder)
    # FROM and value of the (event, actor) pairs, each actor once per event, for value counts
    actor_pairs: str = ""
    collate: str = ""  # what makes event ids compare by code point, as Python does
    first_day: str = FIRST_DAY  # expression of an event's first day (a stored column, say)
    last_day: str = LAST_DAY
    # Repeat the window's bounds on the bare date columns, for a reader that skips row groups
    # by their statistics (a Parquet reader: a fourfold gain).
    bare_dates: bool = False
    events_order: str = ""  # appended to the statement of ``events``: " ORDER BY ...", or ""
    # The tile column and row at a zoom (SQL of two integers); None: cells_sql over lon/lat.
    tiles: Callable[[int], tuple[str, str]] | None = None


def where_clause(query: Query, dialect: Dialect) -> tuple[str, list[object]]:
    """The SQL condition (``TRUE`` when nothing filters) and its parameters, in order."""
    mark = dialect.mark
    parts: list[str] = []
    params: list[object] = []
    first, last = dialect.first_day, dialect.last_day
    if query.dated:
        parts.append(f"{first} IS NOT NULL")
        if query.end is not None:
            parts.append(f"{first} <= {mark}")
            params.append(query.end)
            if dialect.bare_dates:  # implied by the test before it
                parts.append(f"(date_start <= {mark} OR date_start IS NULL)")
                params.append(query.end)
        if query.start is not None:
            parts.append(f"{last} >= {mark}")
            params.append(query.start)
            if dialect.bare_dates:
                parts.append(f"(date_end >= {mark} OR date_end IS NULL)")
                params.append(query.start)
    if query.types:
        parts.append(f"event_type IN ({', '.join([mark] * len(query.types))})")
        params.extend(query.types)
    if query.countries:
        marks = ", ".join([mark] * len(query.countries))
        parts.append(f"upper(trim(country_code)) IN ({marks})")
        params.extend(query.countries)
    if query.actors:
        parts.append(dialect.any_actor)
        params.append(list(query.actors))
    if query.text:
        # As filter_events: the text with accents taken off and lower-cased (the accent table
        # travels as two parameters), searched for each spelling variant of the query.
        found = []
        for variant in search_variants(query.text):
            for column in TEXT_SEARCH_COLUMNS:
                folded = f"lower(translate({column}, {mark}, {mark}))"
                found.append(f"coalesce(strpos({folded}, {mark}), 0) > 0")
                params.extend([ACCENTED, UNACCENTED, variant])
        parts.append("(" + " OR ".join(found or ["FALSE"]) + ")")
    if query.bbox is not None:
        box_sql, box_params = _box(query.bbox, dialect)
        parts.append(box_sql)
        params.extend(box_params)
    return (" AND ".join(parts) if parts else "TRUE"), params


def _box(box: BBox, dialect: Dialect) -> tuple[str, list[object]]:
    """A box across the antimeridian is two boxes, one each side of ±180."""
    west, south, east, north = box
    mark, lon, lat = dialect.mark, dialect.lon, dialect.lat
    spans = [(west, 180.0), (-180.0, east)] if box.crosses_antimeridian else [(west, east)]
    ors = [f"({lon} >= {mark} AND {lon} <= {mark})" for _ in spans]
    params: list[object] = [v for span in spans for v in span]
    return f"({' OR '.join(ors)}) AND {lat} >= {mark} AND {lat} <= {mark}", [*params, south, north]


def value_counts_sql(column: str, where: str, dialect: Dialect) -> str:
    """SQL of ``value`` and ``count``: how many matching events hold each value of ``column``."""
    if column == "actors":
        return (
            f"SELECT value, count(*) AS count FROM ({dialect.actor_pairs} WHERE {where}) AS p "
            "WHERE trim(value) <> '' GROUP BY value"
        )
    value = "upper(trim(country_code))" if column == "country_code" else column
    return (
        f"SELECT {value} AS value, count(*) AS count FROM events WHERE {where} "
        f"AND {value} IS NOT NULL AND {value} <> '' GROUP BY {value}"
    )


def cell_actors_sql(x: str, y: str, where: str, has_point: str, dialect: Dialect, top: int) -> str:
    """SQL of ``x``, ``y``, ``actor``, ``count``: the ``top`` actors of each cell (each actor
    once per event), most events first; ``x``/``y`` as :func:`mapapp.engine.cells.cells_sql`."""
    pairs = dialect.actor_pairs.replace("SELECT ", f"SELECT {x} AS x, {y} AS y, ", 1)
    return (
        "SELECT x, y, value AS actor, count FROM (SELECT x, y, value, count(*) AS count, "
        "row_number() OVER (PARTITION BY x, y ORDER BY count(*) DESC, value) AS r "
        f"FROM ({pairs} WHERE {where} AND {has_point}) AS p "
        f"WHERE trim(value) <> '' GROUP BY x, y, value) AS t WHERE r <= {int(top)}"
    )
