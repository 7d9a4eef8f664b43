"""Where the page's map looks (mapapp.web.view): opening view, fits, fly-to, link."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapapp.errors import UsageError
from mapapp.web.page import Filters, Shared, share_query
from mapapp.web.view import (
    MapView,
    densest_bounds,
    fit_view,
    focus_view,
    map_size,
    moved_by_user,
    parse_view,
    place_view,
    view_bounds,
    view_param,
)


def inside(box: list[list[float]], lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    (south, west), (north, east) = box
    return (lat >= south) & (lat <= north) & (lon >= west) & (lon <= east)


def test_densest_box_is_the_cluster_not_the_world() -> None:
    """70 events around the Gulf and 30 spread over the world: the box is the Gulf."""
    rng = np.random.default_rng(7)
    lat = np.r_[rng.uniform(24, 27, 70), rng.uniform(-50, 60, 30)]
    lon = np.r_[rng.uniform(50, 56, 70), rng.uniform(-170, 170, 30)]
    box = densest_bounds(lat, lon)
    assert box is not None
    assert inside(box, lat, lon).mean() >= 0.7
    (south, west), (north, east) = box
    assert north - south < 15 and east - west < 20  # not the world (110° × 340°)
    assert inside(box, lat[:70], lon[:70]).mean() > 0.9


def test_densest_box_of_few_points_and_of_none() -> None:
    assert densest_bounds(np.array([]), np.array([])) is None
    box = densest_bounds(np.array([25.3]), np.array([51.5]))
    assert box == [[24.8, 51.0], [25.8, 52.0]]  # one point: a 1° box around it
    nan = np.array([np.nan, 25.3]), np.array([10.0, 51.5])
    assert densest_bounds(*nan) == box


def test_densest_box_of_many_points_is_quick_and_holds_about_the_share() -> None:
    rng = np.random.default_rng(3)
    lat = np.r_[rng.normal(34, 1, 50_000), rng.uniform(-60, 70, 20_000)]
    lon = np.r_[rng.normal(69, 1, 50_000), rng.uniform(-180, 180, 20_000)]
    box = densest_bounds(lat, lon)
    assert box is not None
    assert 0.6 <= inside(box, lat, lon).mean() <= 0.8


def test_fit_view_holds_the_box_at_the_largest_zoom() -> None:
    box = [[24.0, 50.0], [26.0, 56.0]]
    view = fit_view(box, (1000, 540))
    assert view is not None and view.zoom == 7
    # At that zoom the box fits in the map; one zoom closer it would not.
    size = map_size(box, view.zoom)
    assert size is not None and size[0] <= 960 and size[1] <= 500
    closer = map_size(box, view.zoom + 1)
    assert closer is not None and (closer[0] > 960 or closer[1] > 500)
    assert fit_view(None) is None
    assert fit_view([[25.0, 51.0], [25.0, 51.0]]).zoom == 12  # a point: city zoom at most


@given(
    st.floats(-70, 70),
    st.floats(-170, 170),
    st.floats(0.01, 30),
    st.floats(0.01, 60),
)
def test_fit_view_centre_is_inside_the_box(
    lat: float, lon: float, dlat: float, dlon: float
) -> None:
    box = [[lat, lon], [min(lat + dlat, 85.0), lon + dlon]]
    view = fit_view(box, (900, 500))
    assert view is not None
    assert box[0][0] - 1e-6 <= view.lat <= box[1][0] + 1e-6
    assert math.isclose(view.lon, lon + dlon / 2, abs_tol=1e-4)
    assert 1 <= view.zoom <= 12


@given(st.floats(-60, 60), st.floats(-170, 170), st.integers(2, 14))
def test_view_bounds_is_the_box_the_map_shows(lat: float, lon: float, zoom: int) -> None:
    """The box of a view is as big as the map at that zoom, around the view's centre."""
    view = MapView(lat, lon, zoom)
    box = view_bounds(view, (900, 500))
    assert box[0][0] < lat < box[1][0] and box[0][1] < lon < box[1][1]
    size = map_size(box, zoom)
    assert size is not None and abs(size[0] - 900) <= 1 and abs(size[1] - 500) <= 1
    # Centred on the view (in Web Mercator, as fit_view centres a box).
    again = fit_view(box, (900, 500), padding=0)
    assert again is not None
    assert math.isclose(again.lon, lon, abs_tol=1e-4)
    assert math.isclose(again.lat, lat, abs_tol=1e-3)


def test_focus_view_zooms_in_but_never_out() -> None:
    assert focus_view(25.28, 51.53) == MapView(25.28, 51.53, 8)
    assert focus_view(25.28, 51.53, zoom_now=3).zoom == 8
    assert focus_view(25.28, 51.53, zoom_now=11).zoom == 11


def test_place_view_flies_to_doha_and_a_country_less_close() -> None:
    view, label = place_view("Doha")
    assert label == "Doha, QA"
    assert abs(view.lat - 25.29) < 0.1 and abs(view.lon - 51.53) < 0.1 and view.zoom == 10
    assert place_view("Qatar")[0].zoom < view.zoom
    with pytest.raises(UsageError, match="'Xyzzyville' is not in the offline gazetteer"):
        place_view("Xyzzyville")
    with pytest.raises(UsageError, match="Type a place"):
        place_view("  ")


@given(st.floats(-89, 89), st.floats(-179, 179), st.integers(0, 18))
def test_view_param_round_trips(lat: float, lon: float, zoom: int) -> None:
    back = parse_view(view_param(MapView(lat, lon, zoom)))
    assert back is not None
    assert abs(back.lat - lat) < 1e-4 and abs(back.lon - lon) < 1e-4 and back.zoom == zoom


@pytest.mark.parametrize("text", ["", "1,2", "a,b,c", "91,0,3", "0,0,40", "1,2,3,4", None])
def test_parse_view_ignores_broken_values(text: str | None) -> None:
    assert parse_view(text) is None


def test_moved_by_user_tolerates_rounding_only() -> None:
    set_last = MapView(25.0, 51.0, 6)
    assert not moved_by_user(MapView(25.0001, 51.0001, 6), set_last)
    assert moved_by_user(MapView(25.0, 52.0, 6), set_last)  # ~180 px east
    assert moved_by_user(MapView(25.0, 51.0, 7), set_last)
    assert not moved_by_user(None, set_last) and not moved_by_user(set_last, None)


def test_share_query_holds_dataset_view_and_event() -> None:
    shared = Shared(dataset="Both", view=MapView(25.28545, 51.53096, 9), event="evt-<1>")
    query = share_query(Filters(), None, None, shared)
    assert query == "data=Both&view=25.2855%2C51.531%2C9&event=evt-%3C1%3E"
    assert share_query(Filters(), None, None, Shared()) == ""
