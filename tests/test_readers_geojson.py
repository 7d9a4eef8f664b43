"""Generic GeoJSON (other people's property names) and our own GeoJSON through mapapp.readers."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from mapapp.export import to_geojson_bytes
from mapapp.model import EVENT_COLUMNS
from mapapp.readers import read_bytes, read_file

DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture(scope="module")
def odd():
    return read_file(DATA / "generic_odd.geojson")


def _event(result, event_id):
    return result.events.set_index("event_id").loc[event_id]


def test_geojson_reads_features_and_rejects_bad_ones(odd):
    assert odd.format == "geojson"
    assert odd.source_rows == 8
    assert list(odd.events["event_id"]) == ["g1", "g2", "g3", "g4", "g8"]
    assert [(p.row, p.column) for p in odd.rejected] == [
        (5, "properties"),
        (6, "geometry"),
        (7, "When"),
    ]
    assert "'31/02/25'" in odd.rejected[2].message and "not a real date" in odd.rejected[2].message


def test_geojson_maps_odd_property_names(odd):
    g1 = _event(odd, "g1")
    assert (g1.title, g1.event_type, g1.status) == ("Talks in Doha", "meeting", "occurred")
    assert g1.source_url == "https://example.org/g/doha"
    assert g1.source_quote == "Talks resumed in Doha."
    assert g1.actors == ["Qatar", "Taliban"]
    assert _event(odd, "g2").actors == ["National Resistance Front"]  # a JSON array
    assert _event(odd, "g4").status == "announced"  # "planned"
    assert any("Who" in n and "ignored" in n for n in odd.notes)


def test_geojson_reads_dd_mm_yy_dates(odd):
    assert _event(odd, "g1").date_start == pd.Timestamp("2025-10-26")
    assert _event(odd, "g4").date_start == pd.Timestamp("2025-10-29")
    assert any("day-first" in n for n in odd.notes)


def test_geojson_reads_epoch_milliseconds(odd):
    assert _event(odd, "g8").date_start == pd.Timestamp("2022-10-26")


def test_geojson_non_point_shapes_become_region_points(odd):
    g2, g4 = _event(odd, "g2"), _event(odd, "g4")
    assert g2.location_precision == g4.location_precision == "region"
    assert 69.0 < g2.geometry.x < 70.5 and 35.0 < g2.geometry.y < 35.8
    assert g2.geometry.geom_type == "Point"


def test_geojson_null_geometry_is_placed_from_its_place_name(odd):
    g3 = _event(odd, "g3")
    assert (g3.place_name, g3.country_code, g3.location_precision) == ("Tashkent", "UZ", "city")
    assert 41 < g3.geometry.y < 42 and 69 < g3.geometry.x < 70


def test_geojson_keeps_html_payload_as_text(odd):
    assert _event(odd, "g8").source_quote == "<img src=x onerror=alert(1)>"


def test_geojson_single_feature_and_bare_list_are_accepted():
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [51.5, 25.3]},
        "properties": {"name": "A", "url": "https://e.org/a", "date": "2022-12-05"},
    }
    one = read_bytes(json.dumps(feature).encode(), "one.geojson")
    assert len(one.events) == 1 and any("single Feature" in n for n in one.notes)
    many = read_bytes(json.dumps([feature, feature]).encode(), "list.json")
    assert len(many.events) == 2 and any("list" in n for n in many.notes)


def test_geojson_feature_id_becomes_event_id():
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": 17,
                "geometry": None,
                "properties": {"title": "A", "url": "https://e.org/a"},
            }
        ],
    }
    assert list(read_bytes(json.dumps(doc).encode(), "x.geojson").events["event_id"]) == ["17"]


@pytest.mark.parametrize(
    "fixture", ["generic_odd.geojson", "generic_latlon.csv", "acled_new.csv", "gdelt.export.CSV"]
)
def test_our_geojson_export_then_import_is_the_identity(fixture):
    events = read_file(DATA / fixture).events
    again = read_bytes(to_geojson_bytes(events), "export.geojson")
    assert again.format == "mapapp-geojson"
    assert again.rejected == []
    pd.testing.assert_frame_equal(
        pd.DataFrame(again.events[[*EVENT_COLUMNS, "geometry"]]),
        pd.DataFrame(events[[*EVENT_COLUMNS, "geometry"]]),
    )
