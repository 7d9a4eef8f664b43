"""GeoParquet storage: round trip, date-window and bbox filters, atomic writes, clear errors."""

from __future__ import annotations

import datetime as dt
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest
import shapely

from benchmarks.generate import generate_events
from mapapp.errors import DataFileError, UsageError
from mapapp.filters import filter_events
from mapapp.model import EVENT_COLUMNS, TEXT_COLUMNS, WGS84
from mapapp.store import ROW_GROUP_SIZE, read_parquet, write_parquet

HOSTILE = '<script>alert(1)</script> {{ 6*7 }} ; "quoted" \n new line ✓ دوحه'


@pytest.fixture(scope="module")
def sample() -> gpd.GeoDataFrame:
    gdf = generate_events(3_000, seed=11)
    gdf.loc[5, "title"] = HOSTILE
    gdf.at[6, "actors"] = []
    gdf.at[7, "actors"] = [HOSTILE, "Taliban"]
    return gdf


@pytest.fixture(scope="module")
def stored(sample, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("store") / "events.parquet"
    write_parquet(sample, path)
    return str(path)


def _same_value(a: object, b: object) -> bool:
    missing = [v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT for v in (a, b)]
    return all(missing) or (not any(missing) and a == b)


def test_write_parquet_round_trips_the_typed_frame(sample, stored):
    back = read_parquet(stored)
    assert list(back.columns) == [*EVENT_COLUMNS, "geometry"]
    assert back.crs == WGS84
    assert len(back) == len(sample)
    for name in ("date_start", "date_end", "source_published"):
        assert back[name].dtype.kind == "M"
    assert all(type(a) is list for a in back["actors"])
    original = sample.set_index("event_id")
    again = back.set_index("event_id").loc[original.index]
    for name in TEXT_COLUMNS:
        if name == "event_id":
            continue
        pairs = zip(original[name].tolist(), again[name].tolist(), strict=True)
        assert all(_same_value(a, b) for a, b in pairs), name
    for name in ("date_start", "date_end", "source_published"):
        pd.testing.assert_series_equal(original[name], again[name], check_names=False)
    assert original["actors"].tolist() == again["actors"].tolist()
    assert again.loc[sample.at[7, "event_id"], "actors"] == [HOSTILE, "Taliban"]
    assert again.loc[sample.at[6, "event_id"], "actors"] == []
    same_geom = [
        (a is None and b is None) or (a is not None and b is not None and a.equals(b))
        for a, b in zip(original.geometry, again.geometry, strict=True)
    ]
    assert all(same_geom)
    assert again.geometry.isna().sum() == sample.geometry.isna().sum() > 0


def test_write_parquet_sorts_by_date_start_with_undated_last(stored):
    back = read_parquet(stored)
    dates = back["date_start"]
    dated = dates.notna().to_numpy()
    assert dated[: dated.sum()].all() and not dated[dated.sum() :].any()
    assert dates[dated].is_monotonic_increasing


def test_write_parquet_writes_row_groups_and_a_covering_bbox(tmp_path):
    gdf = generate_events(ROW_GROUP_SIZE * 2 + 10, seed=2)
    path = tmp_path / "big.parquet"
    write_parquet(gdf, path)
    meta = pq.ParquetFile(path)
    assert meta.num_row_groups == 3
    geo = meta.schema_arrow.metadata[b"geo"].decode()
    assert '"covering"' in geo and '"bbox"' in geo


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2020, 3, 1), dt.date(2020, 3, 31)),
        (dt.date(2024, 12, 31), None),
        (None, dt.date(2018, 1, 15)),
        (dt.date(2019, 6, 1), dt.date(2019, 6, 1)),
    ],
)
def test_read_parquet_date_window_matches_filter_events(sample, stored, start, end):
    back = read_parquet(stored, start=start, end=end)
    expected = filter_events(sample, start=start, end=end)
    assert sorted(back["event_id"]) == sorted(expected["event_id"])
    assert len(back) > 0


def test_read_parquet_window_uses_the_other_date_when_one_is_missing(tmp_path):
    gdf = generate_events(4, seed=0)
    gdf["date_start"] = pd.to_datetime(["2020-01-10", None, "2020-03-01", None]).astype(
        "datetime64[s]"
    )
    gdf["date_end"] = pd.to_datetime([None, "2020-02-10", "2020-03-05", None]).astype(
        "datetime64[s]"
    )
    path = tmp_path / "partial.parquet"
    write_parquet(gdf, path)
    for start, end in [
        (dt.date(2020, 1, 10), dt.date(2020, 1, 10)),
        (dt.date(2020, 2, 1), dt.date(2020, 2, 28)),
        (dt.date(2020, 3, 4), None),
    ]:
        got = read_parquet(path, start=start, end=end)["event_id"]
        assert sorted(got) == sorted(filter_events(gdf, start=start, end=end)["event_id"])


def _inside(gdf: gpd.GeoDataFrame, west: float, south: float, east: float, north: float):
    geom = gdf.geometry
    has = (geom.notna() & ~geom.is_empty).to_numpy()
    lon = np.where(has, shapely.get_x(np.asarray(geom.array)), np.nan)
    lat = np.where(has, shapely.get_y(np.asarray(geom.array)), np.nan)
    return gdf[has & (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)]


def test_read_parquet_bbox_keeps_the_points_inside(sample, stored):
    box = (60.0, 30.0, 75.0, 40.0)
    back = read_parquet(stored, bbox=box)
    expected = _inside(sample, *box)
    assert sorted(back["event_id"]) == sorted(expected["event_id"])
    assert 0 < len(back) < len(sample)
    assert back.geometry.notna().all()


def test_read_parquet_combines_window_and_bbox(sample, stored):
    box = (40.0, 20.0, 60.0, 30.0)
    start, end = dt.date(2021, 1, 1), dt.date(2021, 12, 31)
    back = read_parquet(stored, start=start, end=end, bbox=box)
    expected = _inside(filter_events(sample, start=start, end=end), *box)
    assert sorted(back["event_id"]) == sorted(expected["event_id"])
    assert len(back) > 0


def test_write_parquet_replaces_atomically_and_leaves_no_temp_file(sample, tmp_path):
    path = tmp_path / "events.parquet"
    write_parquet(sample.iloc[:10], path)
    before = path.read_bytes()
    broken = sample.iloc[:10].copy()
    broken["extra"] = [object()] * 10  # pyarrow cannot store this
    with pytest.raises(Exception):  # noqa: B017 (pyarrow's own error type)
        write_parquet(broken, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]
    write_parquet(sample.iloc[:20], path)
    assert len(read_parquet(path)) == 20


def test_write_parquet_needs_the_event_columns(sample, tmp_path):
    with pytest.raises(UsageError, match=r"lacks the event column.*actors"):
        write_parquet(sample.drop(columns="actors"), tmp_path / "x.parquet")


def test_read_parquet_reports_a_missing_or_foreign_file(tmp_path):
    with pytest.raises(DataFileError, match="no such file"):
        read_parquet(tmp_path / "nope.parquet")
    text = tmp_path / "events.parquet"
    text.write_text("not parquet")
    with pytest.raises(DataFileError, match="cannot be read as GeoParquet"):
        read_parquet(text)
    other = tmp_path / "other.parquet"
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.Point(1, 2)], crs=WGS84).to_parquet(other)
    with pytest.raises(DataFileError, match="has no event column"):
        read_parquet(other)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": dt.date(2021, 2, 1), "end": dt.date(2021, 1, 1)}, "is after end"),
        ({"start": "yesterday"}, "is not a date"),
        ({"bbox": (1, 2, 3)}, "is not four numbers"),
        ({"bbox": (10, 0, 5, 1)}, "west > east"),
    ],
)
def test_read_parquet_rejects_bad_arguments(stored, kwargs, message):
    with pytest.raises(UsageError, match=message):
        read_parquet(stored, **kwargs)


def test_store_parquet_is_read_by_the_importer_and_cli(tmp_path):
    """`mapapp import` and MAPAPP_DATA accept our GeoParquet; rule-breaking rows are set aside."""
    from mapapp.bundled import BUNDLED_EVENTS
    from mapapp.readers import read_events, read_file
    from mapapp.store import write_parquet

    events = read_events(BUNDLED_EVENTS)
    path = tmp_path / "events.parquet"
    write_parquet(events, path)
    result = read_file(path)
    assert result.format == "parquet" and len(result.events) == len(events)
    assert set(result.events["event_id"]) == set(events["event_id"])
