"""Trips drawn as arcs: geometry, direction, escaping and the layer's limits."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import folium

from mapapp.itineraries import Leg, Trip
from mapapp.render.arcs import (
    MAX_TRIPS,
    ArcLayer,
    arc_points,
    arrow_angle,
    build_trip_layer,
    trip_html,
    trips_note,
)
from tests.conftest import HOSTILE_IMG, HOSTILE_TOKENS, parse_html

DAY = dt.date(2024, 5, 1)


def _leg(place: str, lat: float, lon: float, days: int = 0) -> Leg:
    when = DAY + dt.timedelta(days=days)
    return Leg(place, lat, lon, when, when, (f"id-{place}",))


PARIS, ROME, TOKYO, HONOLULU = (
    _leg("Paris", 48.86, 2.35),
    _leg("Rome", 41.90, 12.50, 1),
    _leg("Tokyo", 35.68, 139.65, 2),
    _leg("Honolulu", 21.31, -157.86, 3),
)


def test_arcs_one_arc_and_one_arrow_per_pair_of_legs():
    layer = ArcLayer([Trip("Envoy", (PARIS, ROME, TOKYO)), Trip("Other", (TOKYO, HONOLULU))])
    parts = [
        (f["properties"]["trip"], f["properties"]["part"], f["geometry"]["type"])
        for f in layer.data["features"]
    ]
    assert parts == [
        (0, "arc", "LineString"),
        (0, "arrow", "Point"),
        (0, "arc", "LineString"),
        (0, "arrow", "Point"),
        (1, "arc", "LineString"),
        (1, "arrow", "Point"),
    ]
    first = layer.data["features"][0]
    assert first["geometry"]["coordinates"][0] == [2.35, 48.86]  # GeoJSON: lon, lat
    assert first["geometry"]["coordinates"][-1] == [12.5, 41.9]
    assert first["properties"]["date_start"] == "2024-05-01"
    assert first["properties"]["date_end"] == "2024-05-03"


def test_arcs_cross_the_antimeridian_the_short_way():
    """Tokyo → Honolulu goes east over the Pacific: longitudes rise past 180, never jump back."""
    points = arc_points(TOKYO.lat, TOKYO.lon, HONOLULU.lat, HONOLULU.lon)
    lons = [lon for _, lon in points]
    assert lons[0] == TOKYO.lon and lons[-1] == HONOLULU.lon + 360
    assert all(0 < b - a < 10 for a, b in pairwise(lons))
    # A great circle bows towards the pole on a Mercator map: its middle lies north of both ends.
    assert max(lat for lat, _ in points) > TOKYO.lat


def test_arcs_arrow_points_the_way_the_traveller_went():
    [_, arrow] = ArcLayer([Trip("Envoy", (ROME, PARIS))]).data["features"]
    angle = arrow["properties"]["angle"]
    assert 180 - 60 < abs(angle) <= 180 and angle < 0  # west and north: up-left on screen
    assert abs(arrow_angle((0, 0), (0, -1))) == 180.0  # west
    assert arrow_angle((0, 0), (-1, 0)) == 90.0  # south: down on screen


def test_arcs_a_hop_within_one_city_is_a_straight_line():
    near = _leg("Versailles", 48.80, 2.13, 1)
    assert len(arc_points(PARIS.lat, PARIS.lon, near.lat, near.lon)) == 2


def test_arcs_trip_text_is_escaped_and_lists_the_legs():
    hostile = Trip(
        f"Envoy {HOSTILE_IMG} {{{{ 6*7 }}}}",
        (_leg(f"<script>alert(1)</script>{'${alert(2)}'}", 1, 1), ROME),
    )
    text = trip_html(hostile)
    assert not any(token in text for token in HOSTILE_TOKENS)
    seen = parse_html(text)
    assert [tag for tag, _ in seen.tags] == ["b", "br", "br"]  # only our own markup
    assert "".join(seen.text) == (
        f"Envoy {HOSTILE_IMG} {{{{ 6*7 }}}}, 1–2 May 2024"
        "1. <script>alert(1)</script>${alert(2)}, 1 May 2024"
        "2. Rome, 2 May 2024"
    )
    page = folium.Map()
    build_trip_layer([hostile]).add_to(page)  # type: ignore[union-attr]
    rendered = page.get_root().render()
    assert not any(token in rendered for token in HOSTILE_TOKENS)


def test_arcs_layer_named_with_its_count_and_none_when_empty_or_too_many():
    group = build_trip_layer([Trip("Envoy", (PARIS, ROME))])
    assert group is not None and group.layer_name == "Trips (1)"
    assert build_trip_layer([]) is None
    assert build_trip_layer([Trip("Envoy", (PARIS, ROME))] * (MAX_TRIPS + 1)) is None
    assert "too many" in trips_note(MAX_TRIPS + 1)
    assert "1 drawn" in trips_note(1)
    assert "no traveller" in trips_note(0)
