"""The page's Trips toggle (AppTest): off by default, kept in the URL, arcs sent to the map."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from mapapp.web.page import DATA_ENV, TRIPS, Filters, share_query
from tests.conftest import HOSTILE_IMG, hostile_properties

SCRIPT = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
TRAVELLER = f"Envoy {HOSTILE_IMG}"
STOPS = [  # (day, lon, lat): a trip of three stops, then one stop three weeks later
    ("2024-05-01", 2.35, 48.86),
    ("2024-05-02", 12.50, 41.90),
    ("2024-05-04", 13.40, 52.52),
    ("2024-05-25", 139.65, 35.68),
]


@pytest.fixture(autouse=True)
def _trip_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    features = [
        {
            "type": "Feature",
            "properties": hostile_properties(
                n,
                "<b>bold</b>",
                event_type="visit",
                actors=[TRAVELLER, "Host"],
                date_start=day,
                date_end=day,
            ),
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        }
        for n, (day, lon, lat) in enumerate(STOPS)
    ]
    path = tmp_path / "trips.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    monkeypatch.setenv(DATA_ENV, str(path))
    st.cache_resource.clear()


def _run(**query: list[str]) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=60)
    for key, values in query.items():
        at.query_params[key] = values
    return at.run()


def _map_code(at: AppTest) -> str:
    components = [e for e in at.main if getattr(e, "type", "") == "component_instance"]
    args: list[dict[str, Any]] = [json.loads(c.proto.json_args) for c in components]
    [sent] = [a for a in args if "feature_group" in a]
    return str(sent["feature_group"])


ARCS_CAPTION = "Trips: 1 drawn as arcs (hover or click one for its stops)."


def _captions(at: AppTest) -> list[str]:
    """The page's captions; the map's own caption may hold several sentences (view, trips)."""
    return [c.value for c in at.caption]


def test_app_trips_are_off_by_default() -> None:
    at = _run()
    assert not at.exception
    assert at.toggle(key=TRIPS).value is False
    assert "mapapp-trip-arrow" not in _map_code(at)
    assert not any("Trips:" in c for c in _captions(at))


def test_app_trips_toggle_draws_the_arcs_escaped() -> None:
    at = _run()
    at.toggle(key=TRIPS).set_value(True).run()
    assert not at.exception
    assert any(ARCS_CAPTION in c for c in _captions(at))
    code = _map_code(at)
    assert code.count('"part":"arc"') == 2 and code.count('"part":"arrow"') == 2
    assert "<img src=x" not in code
    assert "Envoy \\u0026lt;img src=x" in code  # escaped, then made safe inside <script>


def test_app_trips_kept_in_the_share_link() -> None:
    query = share_query(Filters(), None, trips=True)
    assert query == "trips=true"
    at = _run(**parse_qs(query))
    assert at.toggle(key=TRIPS).value is True
    assert any(ARCS_CAPTION in c for c in _captions(at))
