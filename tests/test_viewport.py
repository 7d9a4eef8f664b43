"""The zoom-aware map: which cells or events a view shows, at which zoom, from any engine."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re

import folium
import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point

from benchmarks.generate import generate_events
from mapapp.engine import FrameEngine, make_query, tile_xy
from mapapp.model import BBox
from mapapp.render.maps import build_event_layers
from mapapp.render.points import PointLayer
from mapapp.web import viewport as vp

KABUL = (34.5553, 69.2075)
REGION = [[15.0, 25.0], [50.0, 85.0]]  # every city of the generated events


@pytest.fixture(scope="module")
def many() -> gpd.GeoDataFrame:
    return generate_events(20_000, seed=11)


def _points(group) -> list[PointLayer]:
    return [c for c in group._children.values() if isinstance(c, PointLayer)]


def _features(view: vp.ViewportLayers) -> list[dict]:
    return [f for g in view.layers for p in _points(g) for f in p.data["features"]]


def _view_around(lat: float, lon: float, zoom: int) -> list[list[float]]:
    """The bounds a 800×600 px map shows centred on (lat, lon) at ``zoom`` (about)."""
    half_lon = 800 / 256 / 2**zoom * 360 / 2
    half_lat = half_lon * 600 / 800 * np.cos(np.radians(lat))
    return [[lat - half_lat, lon - half_lon], [lat + half_lat, lon + half_lon]]


# --- the view ---------------------------------------------------------------------------------


def test_map_view_reads_st_folium_bounds_and_zoom():
    state = {
        "bounds": {"_southWest": {"lat": 1, "lng": 2}, "_northEast": {"lat": 3, "lng": 4}},
        "zoom": 7,
    }
    assert vp.map_view(state) == ([[1.0, 2.0], [3.0, 4.0]], 7)
    assert vp.map_view(None) is None
    assert vp.map_view({"bounds": None, "zoom": 3}) is None
    bad = {"_southWest": {"lat": None, "lng": 2}, "_northEast": {"lat": 3, "lng": 4}}
    assert vp.map_view({"bounds": bad, "zoom": 3}) is None
    assert vp.map_view({**state, "zoom": 40}) == ([[1.0, 2.0], [3.0, 4.0]], 22)


def test_cells_get_smaller_as_the_map_zooms_in():
    zooms = [vp.cell_zoom(z) for z in range(0, 23)]
    assert zooms == sorted(zooms) and zooms[0] == vp.CELL_ZOOM_STEP and zooms[-1] == 22
    sizes = [vp.tile_bounds(0, 0, vp.cell_zoom(z))[1][1] + 180 for z in range(0, 19)]
    assert all(a == 2 * b for a, b in itertools.pairwise(sizes))


def test_padded_box_covers_the_view_and_is_snapped_to_cells():
    view = [[34.4, 69.0], [34.6, 69.3]]
    box = vp.padded_bbox(view, 12)
    pad_x, pad_y = 0.3 * vp.PAD, 0.2 * vp.PAD
    assert box.west <= 69.0 - pad_x and box.east >= 69.3 + pad_x
    assert box.south <= 34.4 - pad_y and box.north >= 34.6 + pad_y
    z = vp.cell_zoom(12)
    xs, _ = tile_xy(np.array([box.west + 1e-9]), np.array([34.5]), z)
    assert vp.tile_bounds(int(xs[0]), 0, z)[0][1] == pytest.approx(box.west)
    # a small pan gives the same box, so the same layers
    nudged = [[34.4005, 69.0005], [34.6005, 69.3005]]
    assert vp.padded_bbox(nudged, 12) == box


def test_padded_box_wraps_longitudes_and_covers_the_world_when_zoomed_out():
    across = vp.padded_bbox([[-20.0, 170.0], [-10.0, 190.0]], 5)
    assert across.crosses_antimeridian and across.west < 170 and across.east > -170
    world = vp.padded_bbox([[-80.0, -300.0], [80.0, 300.0]], 0)
    assert world == BBox(-180.0, -90.0, 180.0, 90.0)
    # Washington to Tokyo, padded, is round the world: every longitude, not a sliver
    wide = vp.padded_bbox([[24.4, -98.6], [48.2, 140.0]], 2)
    assert (wide.west, wide.east) == (-180.0, 180.0)


def test_zoom_for_bounds_matches_the_map_size():
    assert vp.zoom_for_bounds(None) == vp.DEFAULT_ZOOM
    assert vp.zoom_for_bounds([[34.4, 69.0], [34.6, 69.3]]) > vp.zoom_for_bounds(REGION)


# --- areas or events --------------------------------------------------------------------------


def test_zoomed_out_the_view_shows_areas_that_count_every_event_in_it(many):
    engine, query = FrameEngine(many), make_query()
    view = vp.viewport_layers(engine, query, REGION, 4, individual=build_event_layers)
    assert view.mode == "areas"
    assert view.n_in_view == engine.count(vp.with_bbox(query, view.bbox)) > vp.EVENT_LIMIT
    cells = view.cells
    assert cells is not None and view.n_drawn == len(cells) > 10
    assert int(cells["count"].sum()) == view.n_in_view
    per_type = cells[[f"n_{t}" for t in vp.EVENT_TYPES]].sum(axis=1)
    assert (per_type == cells["count"]).all()
    assert (cells["n_meeting"] > 0).any() and (cells["n_visit"] > 0).any()
    features = _features(view)
    assert len(features) == len(cells)
    assert all("event_id" not in f["properties"] for f in features)
    assert all(len(f["properties"]["bounds"]) == 2 for f in features)
    assert "Click to zoom in" in features[0]["properties"]["tooltip"]
    assert view.n_in_view <= vp.ACTOR_EVENTS  # so the areas name their top actors
    kabul = cells.loc[cells["count"].idxmax()]
    names = [name for name, _ in kabul["top_actors"]]
    assert 1 <= len(names) <= 3 and all(n > 0 for _, n in kabul["top_actors"])
    assert "Most often: " + names[0] in html.unescape(
        max(features, key=lambda f: f["properties"]["count"])["properties"]["tooltip"]
    )


def test_an_areas_hover_text_escapes_the_actors_it_names(many):
    hostile = many.copy()
    payload = "<img src=x onerror=alert(1)> {{ 6*7 }} ${x}"
    hostile["actors"] = [[payload]] * len(hostile)
    view = vp.viewport_layers(
        FrameEngine(hostile), make_query(), REGION, 4, individual=build_event_layers
    )
    assert view.mode == "areas"
    tooltips = [f["properties"]["tooltip"] for f in _features(view)]
    assert all(payload not in t and "<img" not in t and "{{" not in t for t in tooltips)
    assert all(payload in html.unescape(t) for t in tooltips)


def test_a_click_on_an_area_zooms_the_map_to_its_cell(many):
    view = vp.viewport_layers(
        FrameEngine(many), make_query(), REGION, 4, individual=build_event_layers
    )
    m = folium.Map()
    view.layers[0].add_to(m)
    script = m.get_root().render()
    assert re.search(r"\.on\(\"click\", function \(e\) \{.*?map\.fitBounds\(bounds\)", script, re.S)
    kabul = next(f for f in _features(view) if _contains(f["properties"]["bounds"], *KABUL))
    (south, west), (north, east) = kabul["properties"]["bounds"]
    assert north - south < 6 and east - west < 6  # a cell, not the region


def _contains(bounds, lat, lon) -> bool:
    (south, west), (north, east) = bounds
    return south <= lat <= north and west <= lon <= east


def test_zooming_in_splits_areas_then_shows_the_events_with_their_ids(many):
    engine, query = FrameEngine(many), make_query()
    seen = []
    for zoom in (5, 8, 10, 14):
        view = vp.viewport_layers(
            engine, query, _view_around(*KABUL, zoom), zoom, individual=build_event_layers
        )
        seen.append(view)
    assert [v.mode for v in seen[:2]] == ["areas", "areas"]
    assert seen[1].n_drawn > 0 and seen[1].cells["count"].max() < seen[0].cells["count"].max()
    city = seen[-1]
    assert city.mode == "events" and 0 < city.n_in_view <= vp.EVENT_LIMIT
    ids = sorted(html.unescape(f["properties"]["event_id"]) for f in _features(city))
    assert ids == engine.event_ids(vp.with_bbox(query, city.bbox))
    assert "individually" in city.note


def test_the_filters_apply_on_top_of_the_view(many):
    engine = FrameEngine(many)
    visits = make_query(types=["visit"])
    view = vp.viewport_layers(engine, visits, REGION, 4, individual=build_event_layers)
    assert view.n_in_view == engine.count(vp.with_bbox(visits, view.bbox))
    assert view.n_in_view < engine.count(vp.with_bbox(make_query(), view.bbox))
    cells = view.cells
    assert view.mode == "areas" and (cells["n_visit"] == cells["count"]).all()
    assert int(cells["n_meeting"].sum()) == 0


def test_the_limit_decides_between_events_and_areas(many):
    engine, query = FrameEngine(many), make_query()
    bounds = _view_around(*KABUL, 11)
    n = engine.count(vp.with_bbox(query, vp.padded_bbox(bounds, 11)))
    at = vp.viewport_layers(engine, query, bounds, 11, individual=build_event_layers, limit=n)
    below = vp.viewport_layers(
        engine, query, bounds, 11, individual=build_event_layers, limit=n - 1
    )
    assert (at.mode, at.n_drawn) == ("events", n)
    assert below.mode == "areas" and int(below.cells["count"].sum()) == n


def test_deep_zoom_draws_events_stacked_at_one_spot(many):
    stacked = many.iloc[:50].copy()
    stacked["geometry"] = [Point(69.2075, 34.5553)] * len(stacked)
    stacked = gpd.GeoDataFrame(stacked, geometry="geometry", crs=many.crs)
    bounds = _view_around(*KABUL, vp.DEEP_ZOOM)
    engine = FrameEngine(stacked)
    deep = vp.viewport_layers(
        engine, make_query(), bounds, vp.DEEP_ZOOM, individual=build_event_layers, limit=10
    )
    assert (deep.mode, deep.n_in_view, deep.n_drawn) == ("events", 50, 10)
    assert "50 events at this spot" in deep.note
    shallower = vp.viewport_layers(
        engine, make_query(), bounds, vp.DEEP_ZOOM - 1, individual=build_event_layers, limit=10
    )
    assert shallower.mode == "areas" and shallower.n_drawn == 1


def test_an_empty_view_draws_nothing(many):
    view = vp.viewport_layers(
        FrameEngine(many),
        make_query(),
        [[-60.0, -120.0], [-50.0, -100.0]],
        6,
        individual=build_event_layers,
    )
    assert (view.mode, view.n_in_view, _features(view)) == ("events", 0, [])


def test_first_run_without_a_view_uses_the_whole_world(many):
    view = vp.viewport_layers(
        FrameEngine(many), make_query(), None, None, individual=build_event_layers
    )
    assert view.bbox == BBox(-180.0, -90.0, 180.0, 90.0)
    assert view.n_in_view == int(many.geometry.notna().sum())


class _CountsOnly:
    """An engine that answers cell_counts but not cell_type_counts (e.g. a tier of a plugin)."""

    def __init__(self, inner: FrameEngine) -> None:
        self.inner, self.asked = inner, 0

    def cell_counts(self, query, zoom):
        self.asked += 1
        return self.inner.cell_counts(query, zoom)

    def events(self, query):
        return self.inner.events(query)


def test_an_engine_without_type_counts_is_asked_per_type(many):
    engine, fallback = FrameEngine(many), _CountsOnly(FrameEngine(many))
    query = make_query(types=["visit", "meeting"])
    direct = vp.viewport_layers(engine, query, REGION, 4, individual=build_event_layers)
    slow = vp.viewport_layers(fallback, query, REGION, 4, individual=build_event_layers)
    assert fallback.asked == 1 + 2  # the cells, then one question per type the query allows
    assert slow.cells.drop(columns="top_actors").equals(direct.cells.drop(columns="top_actors"))
    assert all(top == [] for top in slow.cells["top_actors"])  # it cannot tell: no names
    assert int(direct.cells["n_meeting"].sum()) > 0 and int(direct.cells["n_call"].sum()) == 0


def test_above_the_actor_limit_areas_name_no_actors(many, monkeypatch):
    monkeypatch.setattr(vp, "ACTOR_EVENTS", 100)
    view = vp.viewport_layers(
        FrameEngine(many), make_query(), REGION, 4, individual=build_event_layers
    )
    assert view.mode == "areas" and all(top == [] for top in view.cells["top_actors"])
    assert all("Most often" not in f["properties"]["tooltip"] for f in _features(view))


# --- blocks: neighbouring views share the engine's answers ---------------------------------


def test_the_block_box_holds_the_padded_box_and_is_snapped_to_coarser_tiles():
    for view, zoom in (([[34.4, 69.0], [34.6, 69.3]], 12), ([[-20.0, 170.0], [-10.0, 190.0]], 5)):
        box, blocks = vp.padded_bbox(view, zoom), vp.block_bbox(view, zoom)
        assert box.crosses_antimeridian == blocks.crosses_antimeridian
        assert blocks.south <= box.south and blocks.north >= box.north
        if not box.crosses_antimeridian:
            assert blocks.west <= box.west and blocks.east >= box.east
        z = vp.cell_zoom(zoom) - vp.BLOCK_STEP
        xs, _ = tile_xy(np.array([blocks.west + 1e-9]), np.array([0.0]), z)
        assert vp.tile_bounds(int(xs[0]), 0, z)[0][1] == pytest.approx(blocks.west)


@pytest.mark.parametrize(
    ("view", "zoom"),
    [
        (_view_around(*KABUL, 9), 9),  # areas
        (_view_around(*KABUL, 12), 12),  # events
        ([[-20.0, 170.0], [-10.0, 190.0]], 5),  # round the antimeridian
        (REGION, 3),
    ],
)
def test_cells_picked_from_the_blocks_are_the_cells_of_the_padded_box(many, view, zoom):
    engine = FrameEngine(many)
    box = vp.padded_bbox(view, zoom)
    direct = engine.cell_counts(vp.with_bbox(make_query(), box), vp.cell_zoom(zoom))
    blocks = vp.with_bbox(make_query(), vp.block_bbox(view, zoom))
    around = engine.cell_counts(blocks, vp.cell_zoom(zoom))
    picked = around[vp.cells_in(around, box, vp.cell_zoom(zoom))]
    assert len(around) >= len(picked)
    key = ["x", "y", "count"]
    assert (
        picked[key]
        .sort_values(key)
        .reset_index(drop=True)
        .equals(direct[key].sort_values(key).reset_index(drop=True))
    )
    layers = vp.viewport_layers(engine, make_query(), view, zoom, individual=build_event_layers)
    assert layers.n_in_view == int(direct["count"].sum())


def test_a_pan_inside_the_blocks_asks_the_engine_nothing_new(many):
    from mapapp.engine.cached import CachedEngine

    engine, query = CachedEngine(FrameEngine(many)), make_query()
    view = _view_around(*KABUL, 9)
    (south, west), (north, east) = view
    cell = 360.0 / 2 ** vp.cell_zoom(9)
    pans = ([[south, west + d], [north, east + d]] for d in np.arange(1, 16) * cell / 2)
    # a pan by a cell or a few: another padded box, the same blocks
    panned = next(
        p
        for p in pans
        if vp.padded_bbox(p, 9) != vp.padded_bbox(view, 9)
        and vp.block_bbox(p, 9) == vp.block_bbox(view, 9)
    )
    first = vp.viewport_layers(engine, query, view, 9, individual=build_event_layers)
    misses = engine.misses
    second = vp.viewport_layers(engine, query, panned, 9, individual=build_event_layers)
    assert first.mode == second.mode == "areas" and engine.misses == misses
    assert second.n_in_view == FrameEngine(many).count(vp.with_bbox(query, second.bbox))


class _Asked:
    """A frame engine that records the events it is asked for."""

    def __init__(self, events: gpd.GeoDataFrame) -> None:
        self.inner, self.asked = FrameEngine(events), []

    def cell_counts(self, query, zoom):
        return self.inner.cell_counts(query, zoom)

    def events(self, query):
        self.asked.append("events")
        return self.inner.events(query)

    def head(self, query, limit):
        self.asked.append(f"head {limit}")
        return self.inner.head(query, limit)


def test_deep_zoom_asks_only_for_the_events_it_draws(many):
    stacked = many.iloc[:50].copy()
    stacked["geometry"] = [Point(69.2075, 34.5553)] * len(stacked)
    engine = _Asked(gpd.GeoDataFrame(stacked, geometry="geometry", crs=many.crs))
    bounds = _view_around(*KABUL, vp.DEEP_ZOOM)
    deep = vp.viewport_layers(
        engine, make_query(), bounds, vp.DEEP_ZOOM, individual=build_event_layers, limit=10
    )
    assert engine.asked == ["head 10"] and deep.n_drawn == 10
    first = sorted(engine.inner.head(make_query(), 10)["event_id"])
    assert sorted(f["properties"]["event_id"] for f in _features(deep)) == first


# --- the cache of built layers ----------------------------------------------------------------


def test_a_view_seen_before_is_answered_with_the_layers_built_for_it(many):
    engine, cache = _Asked(many), vp.ViewCache(size=4)
    view = _view_around(*KABUL, 12)
    first = vp.viewport_layers(
        engine, make_query(), view, 12, individual=build_event_layers, cache=cache
    )
    again = vp.viewport_layers(
        engine, make_query(), view, 12, individual=build_event_layers, cache=cache
    )
    assert first.mode == "events" and again is first and engine.asked == ["events"]


def test_a_filter_change_never_shows_the_layers_of_another_filter(many):
    engine, cache = FrameEngine(many), vp.ViewCache(size=3)
    view = _view_around(*KABUL, 12)
    seen = {}
    for query in (
        make_query(),
        make_query(types=["visit"]),
        make_query(types=["meeting"]),
        make_query(start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31)),
    ):
        drawn = vp.viewport_layers(
            engine, query, view, 12, individual=build_event_layers, cache=cache
        )
        fresh = vp.viewport_layers(engine, query, view, 12, individual=build_event_layers)
        ids = sorted(f["properties"]["event_id"] for f in _features(drawn))
        assert ids == sorted(f["properties"]["event_id"] for f in _features(fresh))
        seen[query] = ids
    assert all(seen.values()) and len({tuple(ids) for ids in seen.values()}) == len(seen)
    assert len(cache) == 3  # the least recently used dropped


def test_a_view_cache_keeps_the_last_views_and_its_token():
    cache = vp.ViewCache(size=2, token=("store", 1))
    cache["a"], cache["b"] = 1, 2
    assert cache["a"] == 1  # used: kept over "b"
    cache["c"] = 3
    assert list(cache) == ["a", "c"] and cache.token == ("store", 1)


def test_areas_name_their_actors_when_the_box_holds_few_events_however_many_the_blocks(
    many, monkeypatch
):
    engine, query, zoom = FrameEngine(many), make_query(), 9
    view = _view_around(*KABUL, zoom)
    in_box = engine.count(vp.with_bbox(query, vp.padded_bbox(view, zoom)))
    in_blocks = engine.count(vp.with_bbox(query, vp.block_bbox(view, zoom)))
    assert in_box < in_blocks
    monkeypatch.setattr(vp, "EVENT_LIMIT", 10)
    for limit, named in ((in_box, True), (in_box - 1, False), (in_blocks, True)):
        monkeypatch.setattr(vp, "ACTOR_EVENTS", limit)
        areas = vp.viewport_layers(engine, query, view, zoom, individual=build_event_layers)
        assert areas.mode == "areas"
        assert any(len(top) for top in areas.cells["top_actors"]) == named
