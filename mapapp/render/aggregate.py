"""Many events → counts in grid cells, drawn as one layer of sized circles with escaped popups.

Why: a map of individual markers stops being usable long before 100,000 events (building the
layer, shipping it to the browser and drawing it each grow with the number of events; see
``benchmarks/README.md``). Above :data:`AGGREGATE_THRESHOLD` mappable events the map shows one
circle per non-empty grid cell instead, and individual events again once the filters narrow the
set below it.

What a cell counts: the *mappable* events of the frame it is given (those with a geometry).
Events without a place are not on the map either way; the page lists them separately. The
``count`` column therefore sums to the number of mappable events of the (filtered) frame, and
``n_<type>`` columns sum to ``count`` row by row (a type outside :data:`EVENT_TYPES` counts as
``other``).

The grid is anchored at 0°, 0° (cell ``(row, col)`` covers latitudes ``row·d … (row+1)·d`` and
longitudes ``col·d … (col+1)·d``), so with the same cell size the cells stay put while filters
change. Pass the bounds of the *whole* dataset to :func:`cell_size_for` for a stable size.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mapapp.model import EVENT_TYPES, WGS84, bbox_of, mappable
from mapapp.render.escape import escape_text
from mapapp.render.points import PointLayer
from mapapp.render.style import TYPE_LABELS

# Above this many mappable events the map shows grid cells, not events. Measured: see
# benchmarks/README.md ("Choosing the threshold").
AGGREGATE_THRESHOLD = 2_000
CELL_SIZES: tuple[float, ...] = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0)
MAX_CELLS_ACROSS = 60  # cells across the longer side of the data's bounds
MIN_CELLS_ACROSS = 4
TOP_PLACES = 3
AGGREGATE_COLOUR = "#CC79A7"  # Okabe–Ito reddish purple: not an alignment colour
TYPE_COLUMNS: tuple[str, ...] = tuple(f"n_{t}" for t in EVENT_TYPES)
BIN_COLUMNS: tuple[str, ...] = (
    "bin_id",
    "count",
    *TYPE_COLUMNS,
    "date_min",
    "date_max",
    "n_undated",
    "top_places",
    "n_places",
    "lat",
    "lon",
    "south",
    "west",
    "north",
    "east",
)
_NO_PLACE = "unnamed place"


def should_aggregate(n_mappable: int, threshold: int | None = None) -> bool:
    """True when this many mappable events are to be drawn as grid cells.

    Parameters
    ----------
    n_mappable : int
        Events with a geometry among those the map would show.
    threshold : int, optional
        Default :data:`AGGREGATE_THRESHOLD`.
    """
    return n_mappable > (AGGREGATE_THRESHOLD if threshold is None else threshold)


def cell_size_for(n_events: int, bounds: list[list[float]] | None) -> float:
    """A grid cell size (degrees) for this many events spread over these bounds.

    Parameters
    ----------
    n_events : int
        Number of mappable events to aggregate.
    bounds : [[south, west], [north, east]] or None
        As :func:`mapapp.maps.event_bounds` returns; None means the whole world. Pass the
        bounds of the whole dataset so the grid does not change as the filters do.

    Returns
    -------
    float
        The smallest of :data:`CELL_SIZES` that gives at most ``min(60, max(4, √n))`` cells
        across the longer side of the bounds.

    Examples
    --------
    >>> cell_size_for(100_000, [[20.0, 40.0], [45.0, 80.0]])
    1.0
    """
    if bounds is None:
        extent = 360.0
    else:
        (south, west), (north, east) = bounds
        extent = max(float(north) - float(south), float(east) - float(west), 0.0)
    across = min(MAX_CELLS_ACROSS, max(MIN_CELLS_ACROSS, math.sqrt(max(n_events, 0))))
    wanted = extent / across
    return next((size for size in CELL_SIZES if size >= wanted), CELL_SIZES[-1])


def _first_last(gdf: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each event's first and last day as datetime64[s] (a missing end stands in, and back)."""
    start = pd.to_datetime(gdf["date_start"])
    end = pd.to_datetime(gdf["date_end"])
    first = start.fillna(end).to_numpy(dtype="datetime64[s]")
    last = end.fillna(start).to_numpy(dtype="datetime64[s]")
    return first, last


def _place_keys(gdf: pd.DataFrame, mask: np.ndarray) -> pd.Series:
    """The name a cell's 'top places' uses: place_name, else the country code."""
    names = gdf["place_name"].astype("string")[mask]
    codes = gdf["country_code"].astype("string")[mask]
    blank = names.isna() | (names.str.strip() == "")
    return names.where(~blank.to_numpy(dtype=bool, na_value=True), codes).fillna(_NO_PLACE)


def _top_places(inv: np.ndarray, keys: pd.Series, n_bins: int) -> tuple[list[Any], np.ndarray]:
    """Per bin: up to TOP_PLACES (name, count) by count (then name), and the number of places."""
    codes, names = pd.factorize(keys, sort=True)  # code order = name order
    n_names = max(len(names), 1)
    pair, counts = np.unique(inv.astype(np.int64) * n_names + codes, return_counts=True)
    bins, places = pair // n_names, pair % n_names
    order = np.lexsort((places, -counts, bins))
    bins, places, counts = bins[order], places[order], counts[order]
    rank = np.arange(len(bins)) - np.searchsorted(bins, bins, side="left")
    keep = rank < TOP_PLACES
    top: list[list[tuple[str, int]]] = [[] for _ in range(n_bins)]
    for b, p, c in zip(
        bins[keep].tolist(), places[keep].tolist(), counts[keep].tolist(), strict=True
    ):
        top[b].append((str(names[p]), int(c)))
    return top, np.bincount(bins, minlength=n_bins)


def _cell_index(values: np.ndarray, cell_deg: float) -> np.ndarray:
    """k with k·d <= v < (k+1)·d as computed in floats (v/d alone can land one cell off)."""
    k = np.floor(values / cell_deg).astype(np.int64)
    k += ((k + 1) * cell_deg <= values).astype(np.int64)
    k -= (k * cell_deg > values).astype(np.int64)
    return k


def aggregate_events(gdf: gpd.GeoDataFrame, cell_deg: float) -> gpd.GeoDataFrame:
    """Count the mappable events in square grid cells of ``cell_deg`` degrees.

    Parameters
    ----------
    gdf : GeoDataFrame
        A typed event frame (see :mod:`mapapp.model`), usually already filtered.
    cell_deg : float
        Cell size in degrees (see :func:`cell_size_for`); must be positive.

    Returns
    -------
    GeoDataFrame
        One row per non-empty cell, ordered south to north, then west to east, with the
        columns of :data:`BIN_COLUMNS`: ``bin_id`` (``"<size>:<row>:<col>"``), ``count``,
        ``n_<type>`` per event type, ``date_min``/``date_max`` (first and last day of the
        members' spans; NaT when none is dated), ``n_undated``, ``top_places`` (up to three
        ``(name, count)``, most frequent first; unescaped data text), ``n_places``,
        ``lat``/``lon`` (mean of the members' points, also the geometry) and the cell's
        ``south``/``west``/``north``/``east``. ``attrs["cell_deg"]`` holds the cell size.

    Raises
    ------
    ValueError
        When ``cell_deg`` is not a positive number.

    Examples
    --------
    >>> bins = aggregate_events(events, 1.0)
    >>> int(bins["count"].sum()) == int(events.geometry.notna().sum())
    True
    """
    if not (isinstance(cell_deg, (int, float)) and math.isfinite(cell_deg) and cell_deg > 0):
        raise ValueError(f"cell_deg {cell_deg!r} is not a positive number of degrees — try 1.0")
    mask = mappable(gdf)
    points = np.asarray(gdf.geometry.array)[mask]
    lat, lon = shapely.get_y(points), shapely.get_x(points)
    if len(points) == 0:
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in BIN_COLUMNS})
        out = gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs=WGS84), crs=WGS84)
        out.attrs["cell_deg"] = float(cell_deg)
        return out
    rows, cols = _cell_index(lat, cell_deg), _cell_index(lon, cell_deg)
    width = int(cols.max() - cols.min()) + 1
    keys, inv = np.unique((rows - rows.min()) * width + (cols - cols.min()), return_inverse=True)
    inv = inv.ravel()
    n_bins = len(keys)
    count = np.bincount(inv, minlength=n_bins)
    bin_row = keys // width + rows.min()
    bin_col = keys % width + cols.min()

    out = pd.DataFrame(
        {"bin_id": [f"{cell_deg:g}:{r}:{c}" for r, c in zip(bin_row, bin_col, strict=True)]}
    )
    out["count"] = count
    per_type = _type_counts(gdf, mask, inv, n_bins)
    for j, name in enumerate(TYPE_COLUMNS):
        out[name] = per_type[:, j]
    out["date_min"], out["date_max"], out["n_undated"] = _date_spans(gdf, mask, inv, n_bins)

    top, n_places = _top_places(inv, _place_keys(gdf, mask), n_bins)
    out["top_places"] = top
    out["n_places"] = n_places
    out["lat"] = np.bincount(inv, weights=lat, minlength=n_bins) / count
    out["lon"] = np.bincount(inv, weights=lon, minlength=n_bins) / count
    out["south"], out["north"] = bin_row * cell_deg, (bin_row + 1) * cell_deg
    out["west"], out["east"] = bin_col * cell_deg, (bin_col + 1) * cell_deg
    bins = gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(out["lon"], out["lat"]), crs=WGS84)
    bins.attrs["cell_deg"] = float(cell_deg)
    return bins


def _type_counts(
    gdf: gpd.GeoDataFrame, mask: np.ndarray, inv: np.ndarray, n_bins: int
) -> np.ndarray:
    """Events per cell and type (cells × EVENT_TYPES); unknown types count as "other"."""
    found, kinds = pd.factorize(gdf["event_type"])  # hashing, no per-row Python objects
    other = EVENT_TYPES.index("other")
    lookup = np.array(
        [EVENT_TYPES.index(k) if k in EVENT_TYPES else other for k in kinds] + [other],
        dtype=np.int64,
    )  # the extra last entry: missing (-1)
    tcode = lookup[found[mask]]
    per_type = np.bincount(inv * len(EVENT_TYPES) + tcode, minlength=n_bins * len(EVENT_TYPES))
    return per_type.reshape(n_bins, len(EVENT_TYPES))


def _date_spans(
    gdf: gpd.GeoDataFrame, mask: np.ndarray, inv: np.ndarray, n_bins: int
) -> tuple[pd.Series, pd.Series, np.ndarray]:
    """Per cell: the earliest start, the latest end (NaT when none is dated), undated events."""
    first, last = _first_last(gdf)
    first, last = first[mask], last[mask]
    undated = np.isnat(first)
    big = np.iinfo(np.int64).max
    lo = np.full(n_bins, big, dtype=np.int64)
    hi = np.full(n_bins, -big, dtype=np.int64)
    np.minimum.at(lo, inv, np.where(undated, big, first.astype(np.int64)))
    np.maximum.at(hi, inv, np.where(undated, -big, last.astype(np.int64)))
    none_dated = lo == big
    nat = np.datetime64("NaT", "s")
    return (
        pd.Series(np.where(none_dated, nat, lo.astype("datetime64[s]"))),
        pd.Series(np.where(none_dated, nat, hi.astype("datetime64[s]"))),
        np.bincount(inv, weights=undated, minlength=n_bins).astype(np.int64),
    )


def _bounds(gdf: gpd.GeoDataFrame) -> list[list[float]] | None:
    box = bbox_of(gdf)
    return None if box is None else box.to_folium()


def map_layers(
    gdf: gpd.GeoDataFrame,
    individual: Callable[[gpd.GeoDataFrame], list[folium.FeatureGroup]],
    *,
    bounds: list[list[float]] | None = None,
    n_all: int | None = None,
    threshold: int | None = None,
) -> tuple[list[folium.FeatureGroup], gpd.GeoDataFrame | None]:
    """The layers to draw: the events themselves up to the threshold, grid cells above it.

    Parameters
    ----------
    gdf : GeoDataFrame
        The (filtered) typed events to show.
    individual : callable
        Builds the per-event layers from ``gdf``, e.g. :func:`mapapp.maps.build_event_layers`
        (passed in so this module does not import the map module).
    bounds : [[south, west], [north, east]], optional
        Bounds of the whole dataset, for a grid that stays put while filters change (default:
        the bounds of ``gdf``).
    n_all : int, optional
        Mappable events in the whole dataset, for the cell size (default: those of ``gdf``).
    threshold : int, optional
        Default :data:`AGGREGATE_THRESHOLD`.

    Returns
    -------
    (list of folium.FeatureGroup, GeoDataFrame or None)
        The layers, and the cells when aggregated (None when the events are drawn).

    Examples
    --------
    >>> from mapapp.render.maps import build_event_layers
    >>> layers, bins = map_layers(events, build_event_layers)
    >>> bins is None, len(layers) > 0
    (True, True)
    """
    n = int(mappable(gdf).sum())
    if not should_aggregate(n, threshold):
        return individual(gdf), None
    cell = cell_size_for(
        n if n_all is None else n_all, bounds if bounds is not None else _bounds(gdf)
    )
    bins = aggregate_events(gdf, cell)
    return [build_aggregate_layer(bins)], bins


# --- words ---------------------------------------------------------------------------------


def _count_words(n: int, label: str) -> str:
    word = label.lower()
    if n != 1 and word != "other":
        word += "s"
    return f"{n:,} {word}"


def _day(value: object) -> str | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def bin_summary(row: Any) -> list[str]:
    """What a cell holds, as plain-text lines (unescaped; the layer escapes them).

    Parameters
    ----------
    row : mapping or pandas row
        One row of :func:`aggregate_events`.

    Returns
    -------
    list of str
        ``["1,234 events in this area", "800 meetings, 300 visits, 134 calls",
        "2019-01-03 … 2022-12-30 (2 undated)", "Top places: Kabul (700), Kandahar (300),
        Herat (100) and 4 more"]``.
    """
    count = int(row["count"])
    lines = [f"{count:,} event{'s' if count != 1 else ''} in this area"]
    parts = [
        (int(row[col]), TYPE_LABELS.get(etype, etype))
        for etype, col in zip(EVENT_TYPES, TYPE_COLUMNS, strict=True)
        if int(row[col])
    ]
    parts.sort(key=lambda p: -p[0])
    lines.append(", ".join(_count_words(n, label) for n, label in parts))
    first, last = _day(row["date_min"]), _day(row["date_max"])
    undated = int(row["n_undated"])
    span = "no dates" if first is None else (first if first == last else f"{first} … {last}")
    lines.append(span + (f" ({undated:,} undated)" if undated and first is not None else ""))
    top = [f"{name} ({n:,})" for name, n in row["top_places"]]
    more = int(row["n_places"]) - len(top)
    lines.append("Top places: " + ", ".join(top) + (f" and {more:,} more" if more > 0 else ""))
    return lines


def bin_radius(count: int) -> int:
    """Circle radius in pixels: 5 for one event, +6 per tenfold (1,000 events → 23)."""
    return round(5 + 6 * math.log10(max(int(count), 1)))


def aggregate_note(n_events: int, n_bins: int) -> str:
    """The sentence the page shows above an aggregated map (plain text)."""
    return (
        f"Showing {n_events:,} events as {n_bins:,} areas; narrow the date window or filters "
        f"to see individual events (below {AGGREGATE_THRESHOLD:,})."
    )


def map_note(n_mappable: int, bins: gpd.GeoDataFrame | None) -> str:
    """The sentence above the map, aggregated or not (plain text).

    The page should show it in the same place on every run: an element that appears only
    sometimes before ``st_folium`` shifts the map's position on the page, and Streamlit then
    re-mounts the map (blank flash, lost zoom).
    """
    if bins is not None:
        return aggregate_note(int(bins["count"].sum()), len(bins))
    return f"Showing {n_mappable:,} events individually; click one for its details."


def build_aggregate_layer(bins: gpd.GeoDataFrame, name: str | None = None) -> folium.FeatureGroup:
    """One FeatureGroup with one :class:`PointLayer` of circles, one per cell, sized by count.

    Hovering shows the count; clicking opens a popup with the counts by type, the date span
    and the top places (every piece of data text escaped with :func:`escape_text`). The
    properties of a clicked feature (``st_folium``'s ``last_active_drawing``) are ``bin_id``
    and ``count`` — no ``event_id``, so the page's click handler ignores cells.

    Parameters
    ----------
    bins : GeoDataFrame
        The output of :func:`aggregate_events`.
    name : str, optional
        Layer name for the LayerControl (escaped here); default ``"Event areas (N events)"``.

    Returns
    -------
    folium.FeatureGroup
        For ``st_folium(feature_group_to_add=[...])`` or ``group.add_to(map)``.
    """
    total = int(bins["count"].sum()) if len(bins) else 0
    group = folium.FeatureGroup(name=escape_text(name or f"Event areas ({total:,} events)"))
    if len(bins) == 0:
        return group
    properties, styles = [], []
    rows = bins.to_dict("records")
    for row in rows:
        lines = bin_summary(row)
        summary = "<br>".join(escape_text(line) for line in lines)
        properties.append(
            {
                "bin_id": escape_text(row["bin_id"]),
                "count": int(row["count"]),
                "tooltip": escape_text(f"{lines[0]} — click for details"),
                "summary": f'<div class="mapapp-area">{summary}</div>',
            }
        )
        styles.append(
            {
                "radius": bin_radius(row["count"]),
                "color": AGGREGATE_COLOUR,
                "weight": 1,
                "opacity": 0.9,
                "fillColor": AGGREGATE_COLOUR,
                "fillOpacity": 0.5,
            }
        )
    PointLayer(
        [float(row["lat"]) for row in rows],
        [float(row["lon"]) for row in rows],
        properties,
        styles,
        tooltip=["tooltip"],
        popup=["summary"],
        popup_max_width=360,
    ).add_to(group)
    return group
