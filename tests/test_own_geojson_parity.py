"""Property tests: the fast path for our own GeoJSON and the generic reader agree on any file.

Hypothesis writes small FeatureCollections in our format, starting from valid events and
changing cells to nulls, lists of actors, other precisions, unicode, hostile strings, values of
another type, extra properties, odd geometries, a missing or repeated member. Each file is read
with and without the fast path: the events (values, dtypes, geometry), refused rows, notes,
format and row numbers — or the error and its lines — must be identical.
"""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import pandas as pd
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import mapapp.readers.geojson as geojson_reader
from mapapp.model import (
    DATE_PRECISIONS,
    EVENT_COLUMNS,
    EVENT_TYPES,
    LOCATION_BASES,
    LOCATION_PRECISIONS,
    STATUSES,
)
from mapapp.readers import read_bytes
from tests.conftest import read_outcome

HOSTILE = [
    "",
    " ",
    " padded ",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "a; b",
    "line\nbreak",
    "tab\tand\rreturn",
    "\u202eevil\u202c",
    "\x1f unit separator",
    "\u3000ideographic space",
    "\u00a0",
    "NUL \x00 inside",
    "emoji 🗺️ and ZWJ 👩\u200d💻",
    "ﷺ Arabic ligature",
    '"quoted" \\ backslash',
    "=HYPERLINK(1)",
    "x" * 10_001,
]
# Values of another type than the contract's, which the fast path must hand back.
OTHER_TYPES: list[Any] = [0, 1.5, True, False, [], ["a"], {"a": 1}, -0.0, 10**30]
DAYS = ["2022-01-05", "2021-12-31", "2020-02-29", "2024-06-30"]
ODD_DAYS = ["2022-02-30", "01/12/2022", "2022-1-5", "1500-01-01", "2300-01-01", "2022-01-05 "]
URLS = ["https://example.org/a", "http://example.org/b?x=1#y", "ftp://example.org/x", "example"]

_text = st.text(max_size=12)
_hostile = st.sampled_from(HOSTILE)
_other = st.sampled_from(OTHER_TYPES)


def _cell(valid: st.SearchStrategy[Any], dirty: bool) -> st.SearchStrategy[Any]:
    """A valid value or null; when ``dirty``, also hostile text, any text or another type.

    A clean file mostly takes the fast path (hostile text is plain text to it), a dirty one
    mostly goes back to the generic reader: both are compared.
    """
    if not dirty:
        plain = st.one_of(_text, _hostile).filter(lambda t: t.strip() != "" and len(t) < 100)
        return st.one_of(valid.filter(lambda v: v != ""), st.none(), plain)
    return st.one_of(valid, valid, valid, st.none(), _hostile, _text, _other)


def _feature(number: int, dirty: bool) -> st.SearchStrategy[dict[str, Any]]:
    day = st.sampled_from(DAYS)
    date = _cell(day, dirty) | st.sampled_from(ODD_DAYS) if dirty else st.one_of(day, st.none())
    name = _text if dirty else _text.filter(lambda t: t == t.strip() != "")
    actors = st.lists(st.one_of(st.sampled_from(["Taliban", "Rina Amiri"]), name), max_size=3)
    props = st.fixed_dictionaries(
        {
            "event_id": (
                st.one_of(st.just(f"e{number}"), st.just("e0"), _cell(st.just(f"x{number}"), dirty))
                if dirty
                else st.just(f"e{number}")
            ),
            "title": _cell(st.sampled_from(["Talks in Doha", "Visit to Kabul"]), dirty),
            "summary": _cell(_text, dirty),
            "event_type": _cell(st.sampled_from(EVENT_TYPES), dirty),
            "status": _cell(st.sampled_from(STATUSES), dirty),
            "date_start": date,
            "date_end": date,
            "date_precision": _cell(st.sampled_from(DATE_PRECISIONS), dirty),
            "place_name": _cell(st.sampled_from(["Doha", "Kabul", "Mazār-i-Sharīf"]), dirty),
            "country_code": _cell(st.sampled_from(["QA", "AF", "XX"]), dirty),
            "location_precision": _cell(st.sampled_from(LOCATION_PRECISIONS), dirty),
            "location_basis": _cell(st.sampled_from(LOCATION_BASES), dirty),
            "location_note": _cell(_text, dirty),
            "actors": st.one_of(actors, actors, st.none(), *((_hostile, _other) if dirty else ())),
            "host": _cell(_text, dirty),
            "source_url": _cell(st.sampled_from(URLS), dirty),
            "source_title": _cell(_text, dirty),
            "source_publisher": _cell(_text, dirty),
            "source_published": date,
            "source_quote": _cell(st.sampled_from(["They met.", "« Ils se sont vus. »"]), dirty),
        }
    )
    number = st.one_of(st.floats(-200, 200, allow_nan=False), st.integers(-200, 200))
    odd = st.one_of(number, st.just(True))
    point = st.builds(
        lambda c: {"type": "Point", "coordinates": c},
        st.one_of(st.lists(odd, min_size=2, max_size=2), st.lists(odd))
        if dirty
        else st.lists(number, min_size=2, max_size=2),
    )
    line = {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}
    geometry = st.one_of(point, point, st.none(), *((st.just(line),) if dirty else ()))
    return st.builds(
        lambda p, g: {"type": "Feature", "id": p.get("event_id"), "properties": p, "geometry": g},
        props,
        geometry,
    )


@st.composite
def collections(draw: st.DrawFn) -> str:
    """The text of a small FeatureCollection in our format, changed in the ways listed above."""
    count, dirty = draw(st.integers(1, 4)), draw(st.booleans())
    features = [draw(_feature(i, dirty)) for i in range(count)]
    names = st.one_of(_text, st.sampled_from(["lat", "note"])) if dirty else st.just("note")
    extras = draw(st.dictionaries(names, _cell(_text, dirty), max_size=2))
    for feature in features:
        feature["properties"].update(extras)
    if dirty and draw(st.integers(0, 4)) == 0:  # one Feature lacks a property
        name = draw(st.sampled_from(EVENT_COLUMNS))
        del features[draw(st.integers(0, count - 1))]["properties"][name]
    text = json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=draw(st.booleans())
    )
    if draw(st.integers(0, 4)) == 0:  # a repeated member: JSON keeps the last
        text = text.replace('"properties": {', '"properties": {"title": "first", ', 1)
    return text


def _outcome(data: bytes) -> dict[str, Any]:
    return read_outcome(lambda: read_bytes(data, "events.geojson"))


def assert_same_as_generic(text: str) -> bool:
    """Read with and without the fast path, assert equal outcomes; True when it was fast."""
    data = text.encode("utf-8", "surrogatepass")
    real = geojson_reader.read_own_geojson
    used: list[bool] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        used.append(True)  # read by the fast path, unless it hands the file back
        result = real(*args, **kwargs)
        used[-1] = result is not None
        return result

    with mock.patch.object(geojson_reader, "read_own_geojson", spy):
        fast = _outcome(data)
    with mock.patch.object(geojson_reader, "read_own_geojson", lambda *a, **k: None):
        generic = _outcome(data)
    assert fast.keys() == generic.keys()
    if "events" in fast:
        pd.testing.assert_frame_equal(fast.pop("events"), generic.pop("events"))
    assert fast == generic
    return any(used)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(collections())
def test_own_geojson_parity_on_generated_files(text: str) -> None:
    event("fast path" if assert_same_as_generic(text) else "handed back")


def _valid(count: int, **changes: Any) -> dict[str, Any]:
    props = {
        "event_id": "e",
        "title": "Talks in Doha",
        "summary": None,
        "event_type": "meeting",
        "status": "occurred",
        "date_start": "2022-01-05",
        "date_end": "2022-01-05",
        "date_precision": "day",
        "place_name": "Doha",
        "country_code": "QA",
        "location_precision": "city",
        "location_basis": "stated",
        "location_note": None,
        "actors": ["Rina Amiri"],
        "host": None,
        "source_url": "https://example.org/a",
        "source_title": None,
        "source_publisher": None,
        "source_published": None,
        "source_quote": "They met.",
    }
    features = []
    for i in range(count):
        p = {**props, "event_id": f"e{i}", **changes}
        point = {"type": "Point", "coordinates": [51.53, 25.28]}
        features.append({"type": "Feature", "id": f"e{i}", "properties": p, "geometry": point})
    return {"type": "FeatureCollection", "features": features}


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({}, id="plain"),
        pytest.param({"title": "<script>alert('x')</script> « Doha » 🗺️"}, id="hostile title"),
        pytest.param({"summary": "a\nb\u202e\x00 ﷺ"}, id="control and bidi"),
        pytest.param({"actors": None}, id="null actors"),
        pytest.param({"actors": ["Thomas West", "Taliban", "Rina Amiri"]}, id="three actors"),
        pytest.param({"actors": ["a; b"]}, id="separator in a name (refused by a rule)"),
        pytest.param(
            {"date_precision": "unknown", "date_start": None, "date_end": None}, id="undated"
        ),
        pytest.param({"date_precision": "month", "date_end": "2022-01-31"}, id="month"),
        pytest.param({"note": "kept", "score": 3, "tags": ["a", "b"]}, id="extra properties"),
        pytest.param({"note": None}, id="extra all null"),
        pytest.param({"source_url": "https://exämple.org/ä"}, id="non-ascii url"),
    ],
)
def test_own_geojson_valid_files_take_the_fast_path(changes: dict[str, Any]) -> None:
    """Files we write, with these cells, are read by the fast path and read the same."""
    for ascii_only in (True, False):
        text = json.dumps(_valid(3, **changes), ensure_ascii=ascii_only)
        assert assert_same_as_generic(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(json.dumps(_valid(2, extra={"a": {"b": 1}})), id="nested extra everywhere"),
        pytest.param(json.dumps(_valid(2, title="\ud800")), id="lone surrogate escape"),
        pytest.param(json.dumps(_valid(2)).replace("51.53", "1e400"), id="infinite coordinate"),
        pytest.param(json.dumps(_valid(2)).replace("51.53", "NaN"), id="NaN coordinate"),
        pytest.param(
            json.dumps(_valid(2)).replace(
                '"type": "FeatureCollection"', '"crs": null, "type": "FeatureCollection"'
            ),
            id="crs member",
        ),
        pytest.param(
            json.dumps(_valid(2)).replace('"id": "e1", ', '"id": "e1", "bbox": [1], '),
            id="bbox member",
        ),
        pytest.param(json.dumps(_valid(2, lat=1.0)), id="lat property"),
    ],
)
def test_own_geojson_unusual_files_go_to_the_generic_reader(text: str) -> None:
    """Files the fast path must not read are handed back; the outcome is the generic one."""
    assert not assert_same_as_generic(text)
