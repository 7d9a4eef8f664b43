"""What a page asks besides the events themselves, in one shape for every engine.

* the first rows of a query, in one order (:data:`ORDER`: date_start, undated last, then
  event_id) — the table under the map;
* events by their ids, in the order asked — the details panel and a selection;
* events per month and type (by an event's first day) — the timeline;
* the first and last day of the dated events — the slider's bounds;
* how many events name each value of a column — the filters' choices.

The pandas versions here are the reference (the frame engine is made of them); the SQL engines
give the same frames, shaped by :func:`month_frame` and :func:`counts_frame`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import geopandas as gpd
import pandas as pd

from mapapp.errors import UsageError, quote

__all__ = [
    "COUNT_COLUMNS",
    "MONTH_COLUMNS",
    "check_column",
    "check_limit",
    "counts_frame",
    "extent_of",
    "frame_by_ids",
    "frame_date_span",
    "frame_extent",
    "frame_head",
    "frame_monthly_counts",
    "frame_value_counts",
    "month_frame",
    "span_of",
]

# The columns whose values a page offers as choices, and how each is normalised.
COUNT_COLUMNS: tuple[str, ...] = ("event_type", "actors", "country_code")
MONTH_COLUMNS: tuple[str, ...] = ("month", "event_type", "count")


def check_column(column: str) -> str:
    """``column`` if values can be counted in it, else a UsageError naming the choices."""
    if column not in COUNT_COLUMNS:
        raise UsageError(
            f"cannot count values of {quote(column)} — pass one of {', '.join(COUNT_COLUMNS)}"
        )
    return column


def check_limit(limit: object) -> int:
    """A row limit as a non-negative int, or a UsageError quoting it."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise UsageError(f"row limit {quote(limit)} is not a whole number of 0 or more")
    return limit


def counts_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Value counts in one shape: ``value`` (str), ``count`` (int64), sorted by value."""
    out = pd.DataFrame(
        {
            "value": frame["value"].astype(str).to_numpy(dtype=object),
            "count": frame["count"].astype("int64").to_numpy(),
        }
    )
    return out.sort_values("value", kind="stable").reset_index(drop=True)


def month_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Monthly counts in one shape: ``month`` (first day, datetime64[ns]), type, count; sorted."""
    out = pd.DataFrame(
        {
            "month": pd.to_datetime(frame["month"]).astype("datetime64[ns]"),
            "event_type": frame["event_type"].astype(object),
            "count": frame["count"].astype("int64"),
        }
    )
    out["event_type"] = out["event_type"].where(out["event_type"].notna(), "")
    return out.sort_values(["month", "event_type"], kind="stable").reset_index(drop=True)


def span_of(first: object, last: object) -> tuple[dt.date, dt.date] | None:
    """Two database values (dates, timestamps or None) as a date pair, None when undated."""
    if first is None or last is None or pd.isna(first) or pd.isna(last):
        return None
    return pd.Timestamp(first).date(), pd.Timestamp(last).date()


def _firsts(events: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(events["date_start"])
    return start.fillna(pd.to_datetime(events["date_end"]))


def frame_head(events: gpd.GeoDataFrame, limit: int) -> gpd.GeoDataFrame:
    """The first ``limit`` events by date_start (undated last), then event_id."""
    keys = pd.DataFrame(
        {
            "undated": events["date_start"].isna().to_numpy(),
            "start": pd.to_datetime(events["date_start"]).to_numpy(),
            "event_id": events["event_id"].astype(str).to_numpy(dtype=object),
        }
    )
    order = keys.sort_values(["undated", "start", "event_id"], kind="stable").index
    return events.iloc[order[: check_limit(limit)]]


def frame_by_ids(events: gpd.GeoDataFrame, ids: Iterable[str]) -> gpd.GeoDataFrame:
    """The events with these ids, in the order given (each once; unknown ids left out)."""
    wanted = list(dict.fromkeys(str(i) for i in ids))
    index = pd.Index(events["event_id"].astype(str))
    positions = [p for p in index.get_indexer(wanted) if p >= 0]
    return events.iloc[positions]


def frame_monthly_counts(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """Events per month (of their first day) and type; undated events are left out."""
    first = _firsts(events)
    dated = first.notna().to_numpy()
    frame = pd.DataFrame(
        {
            "month": first[dated].dt.to_period("M").dt.to_timestamp(),
            "event_type": events["event_type"][dated].astype(object).fillna(""),
        }
    )
    counts = frame.groupby(["month", "event_type"], sort=False).size().rename("count")
    return month_frame(counts.reset_index())


def frame_date_span(events: gpd.GeoDataFrame) -> tuple[dt.date, dt.date] | None:
    """First day of any dated event, and last (each date falling back on the other)."""
    last = pd.to_datetime(events["date_end"]).fillna(pd.to_datetime(events["date_start"]))
    return span_of(_firsts(events).min(), last.max())


def frame_value_counts(events: gpd.GeoDataFrame, column: str) -> pd.DataFrame:
    """How many events hold each value of ``column`` (actors: each named once per event)."""
    check_column(column)
    if column == "actors":
        names = events["actors"].explode().dropna()
        pairs = pd.DataFrame({"row": names.index, "value": names.to_numpy(dtype=object)})
        pairs = pairs[[isinstance(v, str) and bool(v.strip()) for v in pairs["value"]]]
        values = pairs.drop_duplicates()["value"]
    elif column == "country_code":
        codes = events["country_code"].dropna().astype(str).str.strip().str.upper()
        values = codes[codes != ""]
    else:
        values = events["event_type"].dropna().astype(str)
    counts = values.value_counts(sort=False)
    return counts_frame(pd.DataFrame({"value": counts.index, "count": counts.to_numpy()}))


Extent = list[list[float]]  # [[south, west], [north, east]], as Leaflet's fitBounds takes it


def extent_of(south: object, west: object, north: object, east: object) -> Extent | None:
    """Four database values as an extent, None when any is missing (no event has a point)."""
    values = [south, west, north, east]
    if any(v is None or pd.isna(v) for v in values):
        return None
    s, w, n, e = (float(v) for v in values)  # type: ignore[arg-type]
    return [[s, w], [n, e]]


def frame_extent(events: gpd.GeoDataFrame) -> Extent | None:
    """The smallest box around the events' points (None when none has a point)."""
    points = events.geometry[events.geometry.notna() & ~events.geometry.is_empty]
    if len(points) == 0:
        return None
    return extent_of(points.y.min(), points.x.min(), points.y.max(), points.x.max())
