"""Large uploads are read in a worker process: same result, capped memory and time."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.errors import DataFileError, ProblemList
from mapapp.export import to_geojson_bytes
from mapapp.readers import isolated, read_bytes, read_events
from mapapp.readers.isolated import ISOLATE_ABOVE_BYTES, read_isolated


@pytest.fixture(scope="module")
def large() -> bytes:
    """A GeoJSON above the size read in the calling thread, with one bad row."""
    events = read_events(BUNDLED_EVENTS)
    big = pd.concat([events] * 120, ignore_index=True)
    big["event_id"] = [f"e{i}" for i in range(len(big))]
    big.loc[5, "event_type"] = "picnic"
    data = to_geojson_bytes(gpd.GeoDataFrame(big, geometry="geometry", crs=4326))
    assert len(data) > ISOLATE_ABOVE_BYTES
    return data


def test_isolated_worker_gives_the_same_result(large):
    here = read_bytes(large, "large.geojson")
    there = read_isolated(large, "large.geojson")
    assert there.events.equals(here.events)
    assert list(there.rejected) == list(here.rejected) and len(there.rejected) == 1
    assert isinstance(there.rejected, ProblemList)
    assert there.summary() == here.summary()


def test_isolated_worker_errors_come_back_as_they_are():
    junk = b"{" + b" " * (ISOLATE_ABOVE_BYTES + 10)
    with pytest.raises(DataFileError, match="is not valid JSON"):
        read_isolated(junk, "junk.geojson")


def test_isolated_worker_memory_is_capped(large):
    with pytest.raises(DataFileError, match=r"too large|needed more than"):
        read_isolated(large, "large.geojson", memory_bytes=20 * 2**20)


def test_isolated_worker_is_stopped_after_its_time(large):
    with pytest.raises(DataFileError, match="took more than 0 s to read and was stopped"):
        read_isolated(large, "large.geojson", timeout=0.01)


def test_isolated_small_files_stay_in_the_calling_thread(monkeypatch):
    def no_worker(*args, **kwargs):
        raise AssertionError("a small file started a worker")

    monkeypatch.setattr(isolated.subprocess, "Popen", no_worker)
    result = read_isolated(BUNDLED_EVENTS.read_bytes(), "events.geojson")
    assert len(result.events) == len(read_events(BUNDLED_EVENTS))
