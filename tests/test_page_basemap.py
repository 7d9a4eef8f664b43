"""The page's map background: the choice (kept in the URL), MAPAPP_TILES and offline mode."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs

import folium
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from mapapp.bundled import BUNDLED_EVENTS, affiliations, read_actors
from mapapp.errors import UsageError
from mapapp.readers import read_events
from mapapp.render.basemap import QUERY_KEY as BASEMAP
from mapapp.render.basemap import (
    NaturalEarthLayer,
    basemap_label,
    basemap_settings,
    with_background,
)
from mapapp.web.page import DATA_ENV, Dataset, Filters, build_dataset, share_query

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "streamlit_app.py")
TILES = {"MAPAPP_TILES": "https://tiles.example.org/{z}/{x}/{y}.png © Example Org"}


@pytest.fixture(scope="module")
def data() -> Dataset:
    return build_dataset(read_events(BUNDLED_EVENTS), affiliations(read_actors()))


def tile_layers(m: folium.Map) -> list[folium.TileLayer]:
    return [c for c in m._children.values() if isinstance(c, folium.TileLayer)]


def test_base_map_has_natural_earth_and_no_tiles(data: Dataset) -> None:
    children = list(data.base_map._children.values())
    assert any(isinstance(c, NaturalEarthLayer) for c in children)
    assert tile_layers(data.base_map) == []


def test_with_background_adds_the_chosen_tiles_to_a_copy(data: Dataset) -> None:
    m = with_background(data.base_map, "topo", environ={})
    (layer,) = tile_layers(m)
    assert "opentopomap" in layer.tiles and layer.control is False
    assert tile_layers(data.base_map) == [], "the cached base map is left alone"
    assert m.default_js[0][1].startswith("https://"), "online: Leaflet from its CDN"
    assert tile_layers(with_background(data.base_map, "offline", environ={})) == []


def test_with_background_offline_mode_has_no_tiles_and_leaflet_inside(data: Dataset) -> None:
    m = with_background(data.base_map, "osm", environ={"MAPAPP_OFFLINE": "1"})
    assert tile_layers(m) == []
    (_, url), (_, css) = m.default_js[0], m.default_css[0]
    assert url.startswith("data:text/javascript;base64,") and css.startswith("data:text/css")
    assert "Leaflet 1.9.3" in base64.b64decode(url.split(",", 1)[1]).decode()
    assert len(m.default_js) == len(m.default_css) == 1


def test_with_background_custom_needs_the_setting(data: Dataset) -> None:
    (layer,) = tile_layers(with_background(data.base_map, "custom", environ=TILES))
    assert layer.tiles == "https://tiles.example.org/{z}/{x}/{y}.png"
    with pytest.raises(UsageError, match="MAPAPP_TILES"):
        with_background(data.base_map, "custom", environ={})


def test_basemap_settings_ignores_a_malformed_setting_with_a_message() -> None:
    choices, default, problem = basemap_settings({"MAPAPP_TILES": "not a url"})
    assert "custom" not in choices and default == "osm"
    assert problem is not None and "MAPAPP_TILES" in problem and "ignored" in problem
    assert basemap_settings(TILES)[1:] == ("custom", None)
    assert basemap_settings({"MAPAPP_OFFLINE": "1", **TILES})[:2] == (("offline",), "offline")


def test_share_query_keeps_a_chosen_basemap_by_its_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MAPAPP_TILES", raising=False)
    monkeypatch.delenv("MAPAPP_OFFLINE", raising=False)
    span = (dt.date(2020, 1, 1), dt.date(2022, 12, 31))
    assert parse_qs(share_query(Filters(), span, "topo")) == {BASEMAP: ["OpenTopoMap"]}
    assert share_query(Filters(), span, "osm") == "", "the default is left out"


# --- AppTest --------------------------------------------------------------------------------


@pytest.fixture
def app_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (DATA_ENV, "MAPAPP_TILES", "MAPAPP_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    st.cache_resource.clear()
    return monkeypatch


def run_page(**query: list[str]) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=60)
    for key, values in query.items():
        at.query_params[key] = values
    return at.run()


def test_app_basemap_choice_from_the_url(app_env: pytest.MonkeyPatch) -> None:
    at = run_page(basemap=[basemap_label("topo")])
    assert not at.exception
    assert at.selectbox(key=BASEMAP).value == "topo"


def test_app_offline_mode_offers_no_choice_and_says_so(app_env: pytest.MonkeyPatch) -> None:
    app_env.setenv("MAPAPP_OFFLINE", "1")
    at = run_page(basemap=[basemap_label("osm")])
    assert not at.exception
    assert [s for s in at.selectbox if s.key == BASEMAP] == []
    assert any("Offline mode" in c.value for c in at.sidebar.caption)


def test_app_malformed_tiles_setting_is_a_warning_not_a_crash(
    app_env: pytest.MonkeyPatch,
) -> None:
    app_env.setenv("MAPAPP_TILES", "tiles.example.org")
    at = run_page()
    assert not at.exception
    assert any("MAPAPP_TILES" in w.value for w in at.sidebar.warning)
    assert at.selectbox(key=BASEMAP).value == "osm"
