"""What the map shows for the part of the world in view: areas with counts, or the events.

The page asks this module, on every pan and zoom, for the layers of the map's current view
(:func:`viewport_layers`). It asks an engine (:mod:`mapapp.engine`: a frame, DuckDB or PostGIS —
any of them) about the view, padded by a quarter of its size on each side (a small pan shows
what was drawn around it) and snapped to the cells' grid (a small pan gives the same layers).
The counts are asked for the blocks of 16 × 16 cells around that box (:func:`block_bbox`), and
the box's cells picked from them, so that a pan within the blocks asks the engine nothing new
(its answers are remembered, :class:`mapapp.engine.cached.CachedEngine`); a :class:`ViewCache`
keeps the layers of views already drawn, keyed by view and filters:

* how many events match in each map tile :data:`CELL_ZOOM_STEP` zooms deeper than the view
  (``cell_counts``), i.e. cells about 64 pixels across whatever the zoom;
* up to :data:`EVENT_LIMIT` events in the box, the events themselves (``events``), drawn one
  by one, each marker with its ``event_id``;
* above that, the cells per event type (``cell_type_counts``), drawn as circles sized by
  count. Hovering one shows its count by type; clicking one zooms the map to its cell (in the
  browser), where it splits into smaller cells and then into its events.

From :data:`DEEP_ZOOM` on, events are drawn whatever their number (up to the limit): many events
at one spot cannot be split by zooming further. Nothing here imports Streamlit; the page passes
the bounds and zoom that ``st_folium`` returns.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd

from mapapp.engine import MAX_ZOOM, Query, tile_xy
from mapapp.engine.cells import MAX_LAT
from mapapp.model import EVENT_TYPES, BBox
from mapapp.web.cell_layer import Bounds, build_cell_layer, tile_bounds

EVENT_LIMIT = 2_000  # events in the padded view drawn one by one
CELL_ZOOM_STEP = 2  # cells are the tiles this many zooms deeper than the view: ~64 px across
DEEP_ZOOM = 16  # from this zoom on the events are drawn, however many share a spot
ACTOR_EVENTS = 20_000  # up to this many events in view, each area's hover names its top actors
PAD = 0.25  # the view is padded by this fraction of its width and height on each side
BLOCK_STEP = 4  # the engine is asked about blocks of 16 × 16 cells, ~1,024 px (block_bbox)
DEFAULT_ZOOM = 3  # the view's zoom before the map has reported one


# --------------------------------------------------------------------------------------------
# the view


def map_view(state: Mapping[str, Any] | None) -> tuple[Bounds, int] | None:
    """The bounds and zoom in ``st_folium``'s returned dict, or None when it holds none.

    >>> map_view({"bounds": {"_southWest": {"lat": 34.4, "lng": 69.0},
    ...                      "_northEast": {"lat": 34.6, "lng": 69.3}}, "zoom": 12})
    ([[34.4, 69.0], [34.6, 69.3]], 12)
    """
    if not state:
        return None
    bounds, zoom = state.get("bounds"), state.get("zoom")
    try:
        south_west, north_east = bounds["_southWest"], bounds["_northEast"]  # type: ignore[index]
        box = [
            [float(south_west["lat"]), float(south_west["lng"])],
            [float(north_east["lat"]), float(north_east["lng"])],
        ]
        level = int(zoom)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for pair in box for v in pair):
        return None
    return box, max(0, min(MAX_ZOOM, level))


def cell_zoom(zoom: int) -> int:
    """The tile zoom of the cells drawn at map zoom ``zoom`` (:data:`CELL_ZOOM_STEP` deeper).

    >>> cell_zoom(3), cell_zoom(21)
    (5, 22)
    """
    return max(0, min(MAX_ZOOM, int(zoom) + CELL_ZOOM_STEP))


def _wrap(lon: float) -> float:
    return ((lon + 180.0) % 360.0) - 180.0 if not -180.0 <= lon <= 180.0 else lon


def padded_bbox(bounds: Bounds, zoom: int) -> BBox:
    """The box to query for a view: padded by :data:`PAD`, snapped outward to the cell tiles.

    Snapping makes a small pan give the same box (and the same layers). Longitudes past ±180
    (Leaflet's, after panning round the world) are wrapped; a view wider than the world gives
    every longitude, and a box that wraps crosses the antimeridian (west > east). The top and
    bottom rows of tiles reach the poles.

    >>> [round(v, 3) for v in padded_bbox([[34.4, 69.0], [34.6, 69.3]], 12)]
    [68.906, 34.343, 69.39, 34.651]
    """
    return _snapped(_padded(bounds), cell_zoom(zoom))


def block_bbox(bounds: Bounds, zoom: int) -> BBox:
    """The padded view snapped outward to blocks: tiles :data:`BLOCK_STEP` zooms shallower than
    the cells (16 cells to a block side, about 1,024 px at the view's zoom).

    The engine is asked about the block box and the cells of the padded box are picked from
    its answer (:func:`cells_in`): a pan that stays inside the blocks asks nothing new, so the
    remembered answers (:class:`mapapp.engine.cached.CachedEngine`) draw it at once.

    >>> [round(v, 3) for v in block_bbox([[34.4, 69.0], [34.6, 69.3]], 12)]
    [68.906, 34.307, 69.609, 34.886]
    """
    return _snapped(_padded(bounds), max(0, cell_zoom(zoom) - BLOCK_STEP))


def _padded(bounds: Bounds) -> tuple[float, float, float, float]:
    """The view padded by :data:`PAD` on each side: (west, south, east, north), not wrapped."""
    (south, west), (north, east) = bounds
    dx, dy = (east - west) * PAD, (north - south) * PAD
    return west - dx, max(south - dy, -MAX_LAT), east + dx, min(north + dy, MAX_LAT)


def _snapped(padded: tuple[float, float, float, float], z: int) -> BBox:
    """``padded`` snapped outward to the tiles of zoom ``z``, longitudes wrapped."""
    west, south, east, north = padded
    n, top = 2**z, 2**z - 1
    # Longitudes snapped before wrapping, so that a box almost round the world stays whole.
    west_edge = math.floor((west + 180.0) / 360.0 * n) / n * 360.0 - 180.0
    east_edge = math.ceil((east + 180.0) / 360.0 * n) / n * 360.0 - 180.0
    if east_edge - west_edge >= 360.0:
        west_edge, east_edge = -180.0, 180.0
    else:
        west_edge, east_edge = _wrap(west_edge), _wrap(east_edge)
    _, ys = tile_xy(np.array([0.0, 0.0]), np.array([north, south]), z)
    north_edge = 90.0 if ys[0] == 0 else tile_bounds(0, int(ys[0]), z)[1][0]
    south_edge = -90.0 if ys[1] == top else tile_bounds(0, int(ys[1]), z)[0][0]
    return BBox(float(west_edge), float(south_edge), float(east_edge), float(north_edge))


def cells_in(cells: pd.DataFrame, box: BBox, zoom: int) -> pd.Series:
    """Which ``cells`` (tiles ``x``, ``y`` at ``zoom``) lie in ``box``, a box snapped to them.

    >>> cells = pd.DataFrame({"x": [2, 3, 0], "y": [1, 1, 1]})
    >>> cells_in(cells, BBox(-90.0, -66.5, 90.0, 66.6), 2).tolist()
    [True, False, False]
    """
    n = 2**zoom
    first_x = round((box.west + 180.0) / 360.0 * n)
    last_x = round((box.east + 180.0) / 360.0 * n) - 1
    first_y = round(_mercator_y(box.north) * n)
    last_y = round(_mercator_y(box.south) * n) - 1
    x, y = cells["x"], cells["y"]
    if box.west <= -180.0 and box.east >= 180.0:
        across = pd.Series(True, index=cells.index)
    elif box.west > box.east:  # round the antimeridian
        across = (x >= first_x) | (x <= last_x)
    else:
        across = (x >= first_x) & (x <= last_x)
    return across & (y >= first_y) & (y <= last_y)


def zoom_for_bounds(bounds: Bounds | None, width_px: int = 800, height_px: int = 600) -> int:
    """The zoom at which ``bounds`` fill a map of this size (as Leaflet's fitBounds picks it).

    >>> zoom_for_bounds([[20.0, 40.0], [45.0, 80.0]])
    4
    """
    if bounds is None:
        return DEFAULT_ZOOM
    (south, west), (north, east) = bounds
    span_x = max(east - west, 1e-9) / 360.0
    y0, y1 = (_mercator_y(v) for v in (south, north))
    span_y = max(abs(y1 - y0), 1e-9)
    zoom = min(math.log2(width_px / 256.0 / span_x), math.log2(height_px / 256.0 / span_y))
    return max(0, min(MAX_ZOOM, math.floor(zoom)))


def _mercator_y(lat: float) -> float:
    rad = math.radians(max(-MAX_LAT, min(MAX_LAT, lat)))
    return (1.0 - math.log(math.tan(rad) + 1.0 / math.cos(rad)) / math.pi) / 2.0


# --------------------------------------------------------------------------------------------
# the layers


@dataclass(frozen=True)
class ViewportLayers:
    """The layers of one view, and what they hold.

    ``mode`` is ``"events"`` (markers) or ``"areas"`` (cells with counts); ``n_in_view`` the
    matching events in the padded box, ``n_drawn`` the markers or cells drawn; ``cells`` the
    cells drawn (with ``n_<type>`` columns) in area mode.
    """

    layers: list[folium.FeatureGroup]
    mode: str
    bbox: BBox
    zoom: int
    n_in_view: int
    n_drawn: int
    cells: pd.DataFrame | None = None

    @property
    def note(self) -> str:
        """The sentence above the map (plain text)."""
        if self.mode == "events":
            if self.n_drawn < self.n_in_view:
                return (
                    f"{self.n_in_view:,} events at this spot; the first {self.n_drawn:,} are "
                    "drawn — narrow the date window or filters for the others."
                )
            return (
                f"Showing the {self.n_in_view:,} events in and around the view individually; "
                "click one for its details."
            )
        return (
            f"Showing the {self.n_in_view:,} events in and around the view as "
            f"{self.n_drawn:,} areas; zoom in, or click an area, to see its events."
        )


def with_bbox(query: Query, box: BBox) -> Query:
    """``query`` restricted to ``box`` (its other filters kept)."""
    return replace(query, bbox=box)


def with_type(query: Query, event_type: str) -> Query:
    """``query`` restricted to one event type (its other filters kept)."""
    return replace(query, types=(event_type,), raw={**query.raw, "types": [event_type]})


def cell_breakdown(
    engine: Any,
    query: Query,
    zoom: int,
    types: Sequence[str] = EVENT_TYPES,
    cells: pd.DataFrame | None = None,
    actors_query: Query | None = None,
) -> pd.DataFrame:
    """Events per cell at ``zoom``, in total and per event type: ``x``, ``y``, ``count``,
    ``lon``, ``lat`` (where to draw it: the mean position), ``n_<type>`` per
    :data:`EVENT_TYPES` (other types count as ``other``) and ``top_actors`` (up to three
    ``(name, events)``, unescaped data text; empty when the engine has no ``cell_actor_counts``
    or above :data:`ACTOR_EVENTS` events).

    Three questions to the engine: ``cell_counts``, ``cell_type_counts`` and
    ``cell_actor_counts``. An engine without ``cell_type_counts`` is asked ``cell_counts`` once
    per type in ``types`` instead. Pass ``cells`` when ``cell_counts`` was already asked (the
    cells to describe: those of a smaller box may be picked from a larger ``query``'s);
    ``actors_query`` (default ``query``) is the one asked for the actors.
    """
    cells = (engine.cell_counts(query, zoom) if cells is None else cells).copy()
    keys = pd.MultiIndex.from_frame(cells[["x", "y"]])
    by_type = getattr(engine, "cell_type_counts", None)
    if by_type is not None:
        counts = by_type(query, zoom)
    else:
        wanted = [t for t in types if not query.types or t in query.types]
        parts = [engine.cell_counts(with_type(query, t), zoom).assign(event_type=t) for t in wanted]
        counts = pd.concat(parts) if parts else pd.DataFrame(columns=["x", "y", "event_type"])
    kinds = counts["event_type"].where(counts["event_type"].isin(EVENT_TYPES), "other")
    table = (
        pd.DataFrame({"x": counts["x"], "y": counts["y"], "t": kinds, "n": counts.get("count")})
        .pivot_table(index=["x", "y"], columns="t", values="n", aggfunc="sum", fill_value=0)
        .reindex(keys, fill_value=0)
    )
    for event_type in EVENT_TYPES:
        present = event_type in table.columns
        column = table[event_type].to_numpy() if present else np.zeros(len(cells))
        cells[f"n_{event_type}"] = column.astype(np.int64)
    known = cells[[f"n_{t}" for t in EVENT_TYPES if t != "other"]].sum(axis=1)
    # "other", and what a fallback leaves uncounted: what the known types leave.
    cells["n_other"] = cells["count"] - known
    many = int(cells["count"].sum()) > ACTOR_EVENTS
    asked = query if actors_query is None else actors_query
    cells["top_actors"] = _top_actors(None if many else engine, asked, zoom, keys)
    return cells


def _top_actors(engine: Any, query: Query, zoom: int, keys: pd.MultiIndex) -> list[list[Any]]:
    """Per cell, its top actors as (name, events) — empty for an engine that cannot tell.

    Not asked above :data:`ACTOR_EVENTS` events (``engine`` None): listing every event's
    actors costs about ten times the cell counts (0.36 s at 100,000 events in DuckDB).
    """
    ask = getattr(engine, "cell_actor_counts", None)
    top: dict[tuple[int, int], list[tuple[str, int]]] = {}
    if ask is not None:
        for row in ask(query, zoom).itertuples(index=False):
            top.setdefault((int(row.x), int(row.y)), []).append((str(row.actor), int(row.count)))
    return [top.get((int(x), int(y)), []) for x, y in keys]


def viewport_layers(
    engine: Any,
    query: Query,
    bounds: Bounds | None,
    zoom: int | None,
    *,
    individual: Callable[[gpd.GeoDataFrame], list[folium.FeatureGroup]],
    types: Sequence[str] = EVENT_TYPES,
    limit: int | None = None,
    cache: ViewCache | None = None,
) -> ViewportLayers:
    """The layers that show ``query``'s events in this view at this zoom.

    Parameters
    ----------
    engine : Engine
        Any engine of :mod:`mapapp.engine` (``count``, ``events``, ``cell_counts``).
    query : Query
        The page's filters (its own bounding box, if any, is replaced by the view's).
    bounds : [[south, west], [north, east]] or None
        The map's view, as ``st_folium`` returns it (see :func:`map_view`); None: the world.
    zoom : int or None
        The map's zoom; None: the zoom at which ``bounds`` fill the map.
    individual : callable
        Builds the per-event layers of a frame the engine returned (markers with their
        ``event_id``), e.g. :func:`mapapp.render.maps.build_event_layers`.
    types : sequence of str
        The event types to count per cell for the hover text.
    limit : int, optional
        Up to this many events in the padded view are drawn one by one (default
        :data:`EVENT_LIMIT`).
    cache : ViewCache, optional
        Layers built before, by view and filters: a view seen before is not built again (the
        same objects are returned; st_folium can draw them again).

    Examples
    --------
    >>> from mapapp.engine import FrameEngine, make_query
    >>> from mapapp.render.maps import build_event_layers
    >>> view = viewport_layers(FrameEngine(events), make_query(), [[-60, -170], [75, 170]], 2,
    ...                        individual=build_event_layers)
    >>> view.mode
    'events'
    """
    limit = EVENT_LIMIT if limit is None else limit
    if zoom is None:
        zoom = zoom_for_bounds(bounds)
    if bounds is None:
        bounds = [[-MAX_LAT, -180.0], [MAX_LAT, 180.0]]
    box = padded_bbox(bounds, zoom)
    key = (query, box, zoom, limit, tuple(types))
    if cache is not None and key in cache:
        return cache[key]
    view = _layers_of(engine, query, bounds, box, zoom, individual, types, limit)
    if cache is not None:
        cache[key] = view
    return view


def _layers_of(
    engine: Any,
    query: Query,
    bounds: Bounds,
    box: BBox,
    zoom: int,
    individual: Callable[[gpd.GeoDataFrame], list[folium.FeatureGroup]],
    types: Sequence[str],
    limit: int,
) -> ViewportLayers:
    """The layers of the padded box ``box`` (see :func:`viewport_layers`)."""
    in_view, blocks = with_bbox(query, box), with_bbox(query, block_bbox(bounds, zoom))
    z = cell_zoom(zoom)
    around = engine.cell_counts(blocks, z)  # counts only events with a point
    cells = around[cells_in(around, box, z)].reset_index(drop=True)
    total = int(cells["count"].sum())
    if total <= limit or zoom >= DEEP_ZOOM:
        head = getattr(engine, "head", None)
        if total > limit and head is not None:  # many at one spot: ask only for those drawn
            shown = head(in_view, limit)
        else:
            shown = engine.events(in_view)
            shown = shown.iloc[:limit] if len(shown) > limit else shown
        return ViewportLayers(individual(shown), "events", box, zoom, total, len(shown))
    # Actors are listed event by event: for the blocks (remembered for the next pan) only when
    # they hold few enough events, else for the box alone.
    few = int(around["count"].sum()) <= ACTOR_EVENTS
    cells = cell_breakdown(engine, blocks, z, types, cells, actors_query=blocks if few else in_view)
    layer = build_cell_layer(cells, z)
    return ViewportLayers([layer], "areas", box, zoom, total, len(cells), cells)


class ViewCache(OrderedDict[Hashable, ViewportLayers]):
    """The layers of the last views drawn (the least recently used dropped beyond ``size``).

    Pass one to :func:`viewport_layers`: a view asked again (a pan back, a zoom out again, a
    rerun) is answered with the layers built before. Its key is everything that decides the
    layers: the query (every filter and the date window), the padded box, the zoom, the limit
    and the types, so a filter change never shows events of another filter. What the caller's
    ``individual`` builder depends on besides (e.g. marker colours) is its ``token``: keep one
    cache per token.

    Examples
    --------
    >>> cache = ViewCache(size=2, token="colours v1")
    >>> cache["a"], cache["b"], cache["c"] = 1, 2, 3
    >>> list(cache), cache.token
    (['b', 'c'], 'colours v1')
    """

    def __init__(self, size: int = 16, token: Hashable = None) -> None:
        super().__init__()
        self.size, self.token = size, token

    def __getitem__(self, key: Hashable) -> ViewportLayers:
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key: Hashable, value: ViewportLayers) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)
