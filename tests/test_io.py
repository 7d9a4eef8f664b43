"""Reading and writing our own files: RFC 7946 GeoJSON and CSV, round trips, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import string
import warnings

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.errors import DataFileError, ValidationError
from mapapp.export import to_csv_bytes, to_geojson_bytes, write_geojson
from mapapp.model import (
    DATE_PRECISIONS,
    EVENT_COLUMNS,
    EVENT_TYPES,
    LOCATION_PRECISIONS,
    STATUSES,
)
from mapapp.outputs import write_atomic
from mapapp.readers import read_events
from mapapp.records import coerce_events
from tests.conftest import good_record

HOSTILE = [
    "<script>alert(1)</script>",
    "{{ 6*7 }}",
    '=HYPERLINK("http://x")',
    "'=1+1",
    "+1",
    "-2",
    "@SUM(A1)",
    "${x}",
    "`tick`",
    "Ünïcødé “quotes” — 中文",
    'a,b "c"',
    "line\nbreak",
]

text = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=40)).filter(
    lambda s: s.strip() != "" and "\x00" not in s
)
names = st.text(alphabet=string.ascii_letters + " -'’éü", min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and s != ""
)


@st.composite
def events(draw) -> dict[str, object]:
    precision = draw(st.sampled_from(DATE_PRECISIONS))
    start = draw(st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 1)))
    end = {
        "day": start,
        "range": start + dt.timedelta(days=draw(st.integers(1, 400))),
        "week": start + dt.timedelta(days=draw(st.integers(0, 6))),
        "month": start.replace(day=max(start.day, min(28, start.day + 3))),
        "year": start.replace(month=12, day=31),
        "unknown": None,
    }[precision]
    loc = draw(st.sampled_from(LOCATION_PRECISIONS))
    placed = loc != "unknown"
    lat = round(draw(st.floats(-90, 90)), 6) if placed else None
    lon = round(draw(st.floats(-180, 180)), 6) if placed else None
    if placed and lat == 0 and lon == 0:
        lat = 1.0
    basis = draw(st.sampled_from(["stated", "inferred"])) if placed else None
    return good_record(
        event_id=draw(st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1)),
        title=draw(text).replace("\n", " ").replace("\r", " "),
        summary=draw(st.none() | text),
        event_type=draw(st.sampled_from(EVENT_TYPES)),
        status=draw(st.sampled_from(STATUSES)),
        date_start=start.isoformat() if end else None,
        date_end=end.isoformat() if end else None,
        date_precision=precision,
        place_name=draw(st.none() | text) if placed else None,
        country_code=draw(st.none() | st.sampled_from(["QA", "AE", "TJ", "AT", "AF", "US"])),
        location_precision=loc,
        location_basis=basis,
        location_note=draw(text) if basis == "inferred" else draw(st.none() | text),
        actors=draw(st.lists(names, max_size=4)),
        host=draw(st.none() | names),
        source_url=draw(st.sampled_from(["https://example.org/a?b=1&c=2", "http://x.y/z"])),
        source_title=draw(st.none() | text),
        source_publisher=draw(st.none() | text),
        source_published=draw(st.none() | st.dates().map(dt.date.isoformat)),
        source_quote=draw(text),
        lat=lat,
        lon=lon,
    )


def frame_of(records: list[dict[str, object]]) -> gpd.GeoDataFrame:
    unique = {r["event_id"]: r for r in records}
    return coerce_events(pd.DataFrame(list(unique.values())))


def assert_same_events(a: gpd.GeoDataFrame, b: gpd.GeoDataFrame) -> None:
    pd.testing.assert_frame_equal(
        pd.DataFrame(a[list(EVENT_COLUMNS)]).reset_index(drop=True),
        pd.DataFrame(b[list(EVENT_COLUMNS)]).reset_index(drop=True),
        check_dtype=False,
    )
    for ga, gb in zip(a.geometry, b.geometry, strict=True):
        assert (ga is None) == (gb is None)
        if ga is not None:
            assert ga.x == pytest.approx(gb.x, abs=1e-7)
            assert ga.y == pytest.approx(gb.y, abs=1e-7)


ROUND_TRIP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIP
@given(st.lists(events(), min_size=1, max_size=40))
@example([good_record(lat=90.0, lon=180.0)])  # the pole and the antimeridian
@example([good_record(lat=-90.0, lon=-180.0, summary="", host="")])
def test_geojson_round_trip_is_identity(tmp_path_factory, records):
    gdf = frame_of(records)
    path = tmp_path_factory.mktemp("rt") / "events.geojson"
    write_geojson(gdf, path)
    assert_same_events(gdf, read_events(path))


@ROUND_TRIP
@given(st.lists(events(), min_size=1, max_size=40))
@example([good_record(title="=cmd|' /C calc'!A0", source_quote="''=x", host="'")])
def test_csv_round_trip_is_identity(tmp_path_factory, records):
    gdf = frame_of(records)
    path = tmp_path_factory.mktemp("rt") / "events.csv"
    path.write_bytes(to_csv_bytes(gdf))
    assert_same_events(gdf, read_events(path))


def test_geojson_is_rfc7946(raw_events):
    doc = json.loads(to_geojson_bytes(coerce_events(raw_events)))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    feature = doc["features"][0]
    assert feature["id"] == feature["properties"]["event_id"] == "test-1"
    assert feature["geometry"] == {"type": "Point", "coordinates": [51.531, 25.2854]}  # lon, lat
    assert list(feature["properties"]) == list(EVENT_COLUMNS)
    assert feature["properties"]["date_start"] == "2022-12-05"
    assert feature["properties"]["actors"] == ["Thomas West", "Taliban"]


def test_geojson_of_no_events_is_an_empty_collection(raw_events):
    gdf = coerce_events(raw_events).iloc[0:0]
    assert json.loads(to_geojson_bytes(gdf)) == {"type": "FeatureCollection", "features": []}


def test_csv_guards_formula_cells():
    gdf = coerce_events(pd.DataFrame([good_record(title="=1+2", actors=["@evil", "Ok"])]))
    text = to_csv_bytes(gdf).decode()
    assert ",'=1+2," in text and "'@evil; Ok" in text
    assert ",-77" not in text  # numbers are not text cells: nothing to guard here


def test_read_events_bundled_dataset():
    gdf = read_events(BUNDLED_EVENTS)
    assert len(gdf) >= 20
    assert gdf["event_id"].is_unique
    assert set(gdf["source_published"].dt.date.astype(str)) == {"2022-12-20"}


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b'{"type": "FeatureCollection", "features": [', "is not valid JSON"),
        (b'{"type": "Topology"}', "not a GeoJSON FeatureCollection"),
        (b"\x00\x01\x02\x03 bad", "contains a NUL character"),
    ],
)
def test_read_events_unreadable_files_give_one_clear_error(tmp_path, content, fragment):
    path = tmp_path / "bad.geojson"
    path.write_bytes(content)
    with pytest.raises(DataFileError) as info:
        read_events(path)
    assert str(info.value).startswith(str(path)) and fragment in str(info.value)
    assert " — " in str(info.value)


def test_read_events_missing_columns_are_named(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("event_id,title\n1,x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="has no column with the reports' URLs"):
        read_events(path)


def test_read_events_csv_rows_are_file_lines(tmp_path):
    frame = coerce_events(pd.DataFrame([good_record()]))
    path = tmp_path / "events.csv"
    path.write_bytes(to_csv_bytes(frame).replace(b",25.2854,", b",north,"))
    with pytest.raises(ValidationError) as info:
        read_events(path)
    assert str(info.value.problems[0]).startswith(f"{path}:2: lat: 'north' is not a number")


def test_read_events_geojson_polygon_is_rejected(tmp_path):
    gdf = coerce_events(pd.DataFrame([good_record()]))
    doc = json.loads(to_geojson_bytes(gdf))
    doc["features"][0]["geometry"] = shapely.geometry.mapping(shapely.box(0, 0, 1, 1))
    path = tmp_path / "x.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"x.geojson:1: geometry: expected a Point"):
        read_events(path)


def test_write_atomic_leaves_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "out.geojson"
    target.write_bytes(b"old")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.geojson"]


def test_coerce_events_reads_dates_given_as_numbers_as_their_text():
    """A date cell holding a number (as JSON and spreadsheets give them) reads as its text
    does: 2021 is the year 2021, not a count since 1970, and 0.5 is an error quoting it."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pandas warns where it would read the number itself
        events = coerce_events(
            pd.DataFrame([good_record(date_start=2021, date_end=2021, date_precision="year")])
        )
        assert events["date_start"].iloc[0] == pd.Timestamp("2021-01-01")
        assert events["date_end"].iloc[0] == pd.Timestamp("2021-01-01")
        mixed = [good_record(date_start=0.5), good_record(event_id="test-2")]
        with pytest.raises(ValidationError, match=r"<data>:1: date_start: '0.5' is not a date"):
            coerce_events(pd.DataFrame(mixed))
