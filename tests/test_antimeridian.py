"""Events on both sides of ±180° (Fiji and Samoa) get the short view across it, and are in it."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import example, given
from hypothesis import strategies as st

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.model import BBox, bbox_of, longitude_span
from mapapp.readers import read_events
from mapapp.render.maps import event_bounds, prepare_for_folium


@pytest.fixture(scope="module")
def pacific():
    events = read_events(BUNDLED_EVENTS).head(3).copy()
    events["geometry"] = [
        shapely.Point(178.4, -18.1),  # Suva, Fiji
        shapely.Point(-171.8, -13.8),  # Apia, Samoa
        shapely.Point(179.2, -16.5),
    ]
    return events


def test_antimeridian_bounds_take_the_short_way(pacific):
    (south, west), (north, east) = event_bounds(pacific)
    assert (west, east) == (178.4, 188.2)  # 9.8 degrees wide, not 350
    assert (south, north) == (-18.1, -13.8)
    assert bbox_of(pacific) == BBox(178.4, -18.1, -171.8, -13.8)


def test_antimeridian_markers_are_drawn_inside_that_view(pacific):
    shown = prepare_for_folium(pacific)
    (_, west), (_, east) = event_bounds(pacific)
    assert all(west <= lon <= east for lon in shown["lon"])
    assert event_bounds(shown) == event_bounds(pacific)


@given(st.lists(st.floats(-180, 180, allow_nan=False), min_size=1, max_size=30))
@example([178.4, -171.8])
@example([-180.0, 180.0])
@example([0.0])
def test_antimeridian_span_covers_every_longitude_and_is_shortest(lons):
    west, east = longitude_span(np.array(lons))
    width = (east - west) % 360.0
    for lon in lons:
        assert (lon - west) % 360.0 <= width + 1e-9
    plain = max(lons) - min(lons)
    assert width <= plain + 1e-9
