"""The fast path for our own GeoJSON gives what the generic reader gives, to the message.

Each file is read twice through :func:`mapapp.readers.read_file`: once as it is, once with the
fast path switched off. Events (values, dtypes, geometry, extra columns), refused rows, notes,
format, row numbers — or the error raised — must be identical. The files: every GeoJSON fixture,
our exports of the bundled data, of the travel records and of generated events, and exports
changed one cell at a time in the ways the fast path must hand back to the generic reader.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import mapapp.readers.geojson as geojson_reader
from mapapp.bundled import BUNDLED_EVENTS, STATE_HISTORY_EVENTS
from mapapp.export import to_geojson_bytes
from mapapp.readers import read_events, read_file
from mapapp.readers.own_geojson import read_own_geojson
from tests.conftest import read_outcome

DATA = Path(__file__).parent / "data"
FIXTURES = sorted(DATA.rglob("*.geojson"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import generate_events  # noqa: E402


def _outcome(path: Path, *, strict: bool = False) -> dict[str, Any]:
    """What reading the file gives: the result's parts, or the error's lines."""
    return read_outcome(lambda: read_file(path, strict=strict))


def _assert_same(path: Path, monkeypatch: pytest.MonkeyPatch, *, strict: bool = False) -> str:
    """Read with and without the fast path; assert equal outcomes; say which path read it."""
    fast_used: list[bool] = []
    real = read_own_geojson  # the module attribute may be patched by an earlier call

    def spy(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        fast_used.append(result is not None)
        return result

    monkeypatch.setattr(geojson_reader, "read_own_geojson", spy)
    fast = _outcome(path, strict=strict)
    monkeypatch.setattr(geojson_reader, "read_own_geojson", lambda *a, **k: None)
    generic = _outcome(path, strict=strict)
    assert fast.keys() == generic.keys()
    if "events" in fast:
        pd.testing.assert_frame_equal(fast.pop("events"), generic.pop("events"))
    assert fast == generic
    return "fast" if any(fast_used) else "generic"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_own_geojson_fixtures_read_the_same(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_same(path, monkeypatch)
    _assert_same(path, monkeypatch, strict=True)


def _export(events: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(to_geojson_bytes(events))
    return path


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(lambda: read_events(BUNDLED_EVENTS), id="bundled"),
        pytest.param(lambda: read_events(STATE_HISTORY_EVENTS).iloc[:3000], id="travel"),
        pytest.param(lambda: generate_events(2000), id="generated"),
    ],
)
def test_own_geojson_our_exports_take_the_fast_path_and_read_the_same(
    source: Callable[[], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(source(), tmp_path, "ours.geojson")
    assert _assert_same(path, monkeypatch) == "fast"


def _set(prop: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["features"][1]["properties"][prop] = value

    return change


def _geometry(value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["features"][2]["geometry"] = value

    return change


def _drop(prop: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        del doc["features"][1]["properties"][prop]

    return change


# Changes that break a rule of the record: the fast path reads the file, validation refuses.
RULE_BREAKS = {
    "date order": _set("date_end", "1999-01-01"),
    "unknown type": _set("event_type", "picnic"),
    "not a web url": _set("source_url", "ftp://example.org/x"),
    "latitude out of range": _geometry({"type": "Point", "coordinates": [10.0, 95.0]}),
    "country code": _set("country_code", "XX"),
    "unknown everywhere": _set("date_precision", "sometime"),
}
# Changes the generic reader treats with care: the fast path hands the file back.
HANDED_BACK = {
    "number as title": _set("title", 42),
    "empty summary": _set("summary", ""),
    "id with spaces": _set("event_id", " padded "),
    "repeated id": _set("event_id", "dup"),
    "no id": _set("event_id", None),
    "date as day/month": _set("date_start", "01/12/2022"),
    "not a real day": _set("date_start", "2022-02-30"),
    "actors as text": _set("actors", "A; B"),
    "actor with spaces": _set("actors", [" A "]),
    "actor not text": _set("actors", ["A", 3]),
    "boolean coordinate": _geometry({"type": "Point", "coordinates": [True, 10.0]}),
    "three coordinates": _geometry({"type": "Point", "coordinates": [1.0, 2.0, 3.0]}),
    "a line": _geometry({"type": "LineString", "coordinates": [[1.0, 2.0], [3.0, 4.0]]}),
    "text coordinates": _geometry({"type": "Point", "coordinates": ["1", "2"]}),
    "missing property": _drop("host"),
    "nested extra": _set("extra", {"a": {"b": 1}}),
    "long title": _set("title", "x" * 10_001),
    "lat property": _set("lat", 1.0),
}


def _changed(tmp_path: Path, change: Callable[[dict[str, Any]], None], ids: bool = False) -> Path:
    events = read_events(BUNDLED_EVENTS)
    doc = json.loads(to_geojson_bytes(events))
    doc = copy.deepcopy(doc)
    if ids:
        doc["features"][0]["properties"]["event_id"] = "dup"
    change(doc)
    path = tmp_path / "changed.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", list(RULE_BREAKS))
def test_own_geojson_rule_breaks_refused_with_the_same_messages(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _changed(tmp_path, RULE_BREAKS[name])
    assert _assert_same(path, monkeypatch) == "fast"
    assert _assert_same(path, monkeypatch, strict=True) == "fast"


@pytest.mark.parametrize("name", list(HANDED_BACK))
def test_own_geojson_unusual_cells_go_to_the_generic_reader(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _changed(tmp_path, HANDED_BACK[name], ids=name == "repeated id")
    assert _assert_same(path, monkeypatch) == "generic"


@pytest.mark.parametrize(
    "text",
    [
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": NaN}]}',
        '{"type": "Feature", "properties": {}, "geometry": null}',
        '[{"type": "Feature", "properties": {}}]',
        '{"type": "FeatureCollection", "features": []}',
        '{"type": "FeatureCollection", "features": [',
    ],
)
def test_own_geojson_other_documents_are_not_ours(text: str) -> None:
    assert read_own_geojson(text, file="x.geojson", notes=[], max_rows=10) is None


def test_own_geojson_row_limit_left_to_the_generic_reader(tmp_path: Path) -> None:
    doc = to_geojson_bytes(read_events(BUNDLED_EVENTS)).decode()
    assert read_own_geojson(doc, file="x.geojson", notes=[], max_rows=3) is None
    assert read_own_geojson(doc, file="x.geojson", notes=[], max_rows=10_000) is not None
