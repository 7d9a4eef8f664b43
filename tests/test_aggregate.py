"""Grid aggregation: counts add up under filters, cells hold what they say, text is escaped."""

from __future__ import annotations

import datetime as dt
import html

import folium
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate_events
from mapapp.filters import filter_events
from mapapp.model import EVENT_TYPES
from mapapp.records import coerce_events
from mapapp.render import aggregate
from mapapp.render.aggregate import (
    AGGREGATE_THRESHOLD,
    CELL_SIZES,
    TYPE_COLUMNS,
    aggregate_events,
    bin_summary,
    build_aggregate_layer,
    cell_size_for,
    map_layers,
    map_note,
    should_aggregate,
)
from mapapp.render.maps import build_event_layers
from mapapp.render.points import PointLayer
from mapapp.validate import validate_events
from tests.conftest import good_record

HOSTILE = "<img src=x onerror=alert(1)>ZZ{{ 6*7 }}ZZ ${alert(2)} `x` {% raw %}"


def events(*rows: dict[str, object]):
    """Typed events from raw records (see tests/conftest.py good_record)."""
    records = [good_record(event_id=f"e{i}", **row) for i, row in enumerate(rows)]
    return coerce_events(pd.DataFrame(records))


@pytest.fixture(scope="module")
def synthetic():
    return generate_events(5_000, seed=3)


def mappable(gdf) -> pd.Series:
    return gdf.geometry.notna() & ~gdf.geometry.is_empty


def test_generate_events_validate_and_are_reproducible():
    """The benchmark generator gives the typed frame, valid, the same for the same seed."""
    first, again = generate_events(800, seed=5), generate_events(800, seed=5)
    assert validate_events(first) == []
    assert first.equals(again)
    assert not first.equals(generate_events(800, seed=6))
    assert mappable(first).sum() < len(first)  # some events have no place


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"start": dt.date(2020, 1, 1), "end": dt.date(2020, 6, 30)},
        {"types": ["meeting", "military_strike"]},
        {"actors": ["Taliban"], "start": dt.date(2022, 1, 1)},
        {"countries": ["AF", "PK"], "text": "kabul"},
    ],
)
def test_aggregate_events_counts_add_up_to_the_filtered_mappable_total(synthetic, filters):
    shown = filter_events(synthetic, **filters)
    bins = aggregate_events(shown, cell_size_for(len(shown), [[20, 30], [45, 80]]))
    on_map = shown[mappable(shown).to_numpy()]
    assert int(bins["count"].sum()) == len(on_map)
    assert (bins[list(TYPE_COLUMNS)].sum(axis=1) == bins["count"]).all()
    by_type = on_map["event_type"].value_counts()
    for etype, column in zip(EVENT_TYPES, TYPE_COLUMNS, strict=True):
        assert int(bins[column].sum()) == int(by_type.get(etype, 0))
    assert (bins["n_undated"] <= bins["count"]).all()


def test_aggregate_events_leaves_out_events_without_a_place():
    gdf = events(
        {},
        {"lat": None, "lon": None, "location_precision": "unknown", "location_basis": None},
    )
    bins = aggregate_events(gdf, 1.0)
    assert bins["count"].tolist() == [1]


def test_aggregate_events_describes_each_cell():
    gdf = events(
        {
            "place_name": "Kabul",
            "lat": 34.55,
            "lon": 69.20,
            "event_type": "meeting",
            "date_start": "2021-03-01",
            "date_end": "2021-03-01",
        },
        {
            "place_name": "Kabul",
            "lat": 34.52,
            "lon": 69.18,
            "event_type": "visit",
            "date_start": "2020-01-01",
            "date_end": "2020-01-31",
            "date_precision": "month",
        },
        {
            "place_name": "Bagram",
            "lat": 34.95,
            "lon": 69.26,
            "event_type": "meeting",
            "date_start": None,
            "date_end": None,
            "date_precision": "unknown",
        },
        {"place_name": "Doha", "lat": 25.29, "lon": 51.53, "event_type": "meeting"},
    )
    bins = aggregate_events(gdf, 1.0).set_index("bin_id")
    assert sorted(bins.index) == ["1:25:51", "1:34:69"]
    kabul = bins.loc["1:34:69"]
    assert kabul["count"] == 3
    assert (kabul["n_meeting"], kabul["n_visit"], kabul["n_undated"]) == (2, 1, 1)
    assert kabul["date_min"] == pd.Timestamp("2020-01-01")
    assert kabul["date_max"] == pd.Timestamp("2021-03-01")
    assert kabul["top_places"] == [("Kabul", 2), ("Bagram", 1)]
    assert kabul["n_places"] == 2
    assert kabul["lat"] == pytest.approx((34.55 + 34.52 + 34.95) / 3)
    assert kabul["lon"] == pytest.approx((69.20 + 69.18 + 69.26) / 3)
    assert (kabul["south"], kabul["west"], kabul["north"], kabul["east"]) == (34, 69, 35, 70)
    assert kabul["geometry"].y == pytest.approx(kabul["lat"])


def test_aggregate_events_floors_negative_coordinates_into_the_right_cell():
    gdf = events({"lat": -0.5, "lon": -179.9, "place_name": "Somewhere", "country_code": None})
    row = aggregate_events(gdf, 0.5).iloc[0]
    assert row["bin_id"] == "0.5:-1:-360"
    assert (row["south"], row["north"], row["west"], row["east"]) == (-0.5, 0.0, -180.0, -179.5)


def test_aggregate_events_keeps_top_places_to_three_most_frequent():
    rows = [{"place_name": name} for name in ["B"] * 3 + ["A"] * 3 + ["C"] * 2 + ["D"]]
    top = aggregate_events(events(*rows), 1.0).iloc[0]
    assert top["top_places"] == [("A", 3), ("B", 3), ("C", 2)]  # ties by name
    assert top["n_places"] == 4
    assert bin_summary(top)[-1] == "Top places: A (3), B (3), C (2) and 1 more"


def test_aggregate_events_of_no_mappable_event_is_empty():
    gdf = events(
        {"lat": None, "lon": None, "location_precision": "unknown", "location_basis": None}
    )
    bins = aggregate_events(gdf, 1.0)
    assert len(bins) == 0
    assert "count" in bins.columns
    assert len(build_aggregate_layer(bins)._children) == 0


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), "1"])
def test_aggregate_events_rejects_a_bad_cell_size(bad):
    with pytest.raises(ValueError, match=r"cell_deg .* positive"):
        aggregate_events(events({}), bad)


@settings(max_examples=40, deadline=None)
@given(
    points=st.lists(
        st.tuples(st.floats(-89.9, 89.9), st.floats(-179.9, 179.9), st.sampled_from(EVENT_TYPES)),
        min_size=1,
        max_size=60,
    ).filter(lambda pts: all((lat, lon) != (0.0, 0.0) for lat, lon, _ in pts)),
    cell=st.sampled_from(CELL_SIZES),
)
@example(points=[(0.5, 1.9, "meeting")], cell=0.01)  # 1.9 / 0.01 = 190, 190 * 0.01 > 1.9
@example(points=[(-0.3, -0.7, "call")], cell=0.1)
def test_aggregate_events_puts_every_event_in_the_cell_that_contains_it(points, cell):
    gdf = events(*[{"lat": lat, "lon": lon, "event_type": t} for lat, lon, t in points])
    bins = aggregate_events(gdf, cell)
    assert int(bins["count"].sum()) == len(points)
    assert bins["bin_id"].is_unique
    eps = 1e-9
    assert ((bins["lat"] >= bins["south"] - eps) & (bins["lat"] <= bins["north"] + eps)).all()
    assert ((bins["lon"] >= bins["west"] - eps) & (bins["lon"] <= bins["east"] + eps)).all()
    for lat, lon, _ in points:
        inside = bins[
            (bins["south"] <= lat)
            & (lat < bins["north"])
            & (bins["west"] <= lon)
            & (lon < bins["east"])
        ]
        assert len(inside) == 1


def test_cell_size_for_gives_a_listed_size_that_grows_with_the_extent():
    assert cell_size_for(100_000, [[20.0, 40.0], [45.0, 80.0]]) == 1.0
    sizes = [cell_size_for(50_000, [[0.0, 0.0], [e, e]]) for e in (0.5, 5, 50, 180)]
    assert all(s in CELL_SIZES for s in sizes)
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    assert cell_size_for(10, None) == CELL_SIZES[-1]
    assert cell_size_for(0, [[1.0, 1.0], [1.0, 1.0]]) == CELL_SIZES[0]


def test_should_aggregate_above_the_threshold_only():
    assert not should_aggregate(AGGREGATE_THRESHOLD)
    assert should_aggregate(AGGREGATE_THRESHOLD + 1)
    assert should_aggregate(11, threshold=10) and not should_aggregate(10, threshold=10)


def _feature_count(groups: list[folium.FeatureGroup]) -> int:
    return sum(
        len(child.data["features"])
        for group in groups
        for child in group._children.values()
        if isinstance(child, PointLayer)
    )


def test_map_layers_draws_individual_events_up_to_the_threshold(synthetic):
    shown = filter_events(synthetic, start=dt.date(2021, 1, 1), end=dt.date(2021, 1, 31))
    n = int(mappable(shown).sum())
    layers, bins = map_layers(shown, build_event_layers, threshold=n)
    assert bins is None
    assert _feature_count(layers) == n
    ids = {
        html.unescape(f["properties"]["event_id"])
        for group in layers
        for child in group._children.values()
        if isinstance(child, PointLayer)
        for f in child.data["features"]
    }
    assert ids == set(shown.loc[mappable(shown).to_numpy(), "event_id"])
    assert map_note(n, bins) == f"Showing {n:,} events individually; click one for its details."


def test_map_layers_aggregates_above_the_threshold(synthetic):
    shown = filter_events(synthetic, types=["meeting"])
    n = int(mappable(shown).sum())
    layers, bins = map_layers(shown, build_event_layers, threshold=n - 1)
    assert bins is not None and len(layers) == 1
    assert _feature_count(layers) == len(bins) < n
    counts = [
        f["properties"]["count"]
        for child in layers[0]._children.values()
        if isinstance(child, PointLayer)
        for f in child.data["features"]
    ]
    assert sum(counts) == n
    assert map_note(n, bins).startswith(f"Showing {n:,} events as {len(bins):,} areas")


def test_bin_summary_says_counts_by_type_span_and_places():
    gdf = events(
        {"event_type": "meeting", "date_start": "2019-01-03", "date_end": "2019-01-03"},
        {"event_type": "meeting", "date_start": "2022-12-30", "date_end": "2022-12-30"},
        {"event_type": "military_strike", "place_name": "Kabul", "country_code": "AF"},
    )
    lines = bin_summary(aggregate_events(gdf, 10.0).iloc[0])
    assert lines == [
        "3 events in this area",
        "2 meetings, 1 military strike",
        "2019-01-03 … 2022-12-30",
        "Top places: Doha (2), Kabul (1)",
    ]


def test_build_aggregate_layer_escapes_data_text_and_is_not_evaluated_by_jinja():
    gdf = events({"place_name": HOSTILE}, {"place_name": HOSTILE}, {"place_name": "Doha"})
    layer = build_aggregate_layer(aggregate_events(gdf, 1.0))
    (geojson,) = [c for c in layer._children.values() if isinstance(c, PointLayer)]
    props = geojson.data["features"][0]["properties"]
    assert "<img" not in props["summary"] and "{{" not in props["summary"]
    assert "$" not in props["summary"] and "`" not in props["summary"]
    assert html.unescape(props["summary"].replace("<br>", "\n")).count(HOSTILE) == 1
    assert "event_id" not in props  # the page's click handler ignores cells
    m = folium.Map(tiles=None)
    layer.add_to(m)
    page = m.get_root().render()
    assert "ZZ42ZZ" not in page
    assert "<img src=x" not in page
    assert "onerror=alert(1)>" not in page


def test_build_aggregate_layer_sizes_circles_by_count():
    rows = [{"lat": 34.5, "lon": 69.2}] * 100 + [{"lat": 25.3, "lon": 51.5}]
    bins = aggregate_events(events(*rows), 1.0)
    layer = build_aggregate_layer(bins)
    (geojson,) = [c for c in layer._children.values() if isinstance(c, PointLayer)]
    radius = {
        f["properties"]["count"]: geojson.style_of(f)["radius"] for f in geojson.data["features"]
    }
    assert radius == {100: aggregate.bin_radius(100), 1: aggregate.bin_radius(1)}
    assert radius[100] > radius[1]
    assert layer.layer_name == "Event areas (101 events)"
