"""Our Natural Earth basemap, the tile choices and the settings that pick them."""

from __future__ import annotations

import itertools
import json
import re

import folium
import pytest
import shapely
from shapely.geometry import shape

from mapapp.errors import UsageError
from mapapp.render.basemap import (
    BASEMAP_FILE,
    BASEMAPS,
    CUSTOM,
    OFFLINE,
    PANE,
    REFERRER_POLICY,
    NaturalEarthLayer,
    add_basemap,
    basemap_choices,
    custom_tiles,
    default_basemap,
    offline_mode,
    tile_source,
)

CUSTOM_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
CUSTOM_ENV = {"MAPAPP_TILES": f"{CUSTOM_URL} © Example Org"}


def basemap() -> dict:
    return json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))


def lines_of(feature: dict) -> list[list[list[float]]]:
    geometry = feature["geometry"]
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return geometry["coordinates"]


def render(m: folium.Map) -> str:
    return m.get_root().render()


def test_basemap_file_is_small_valid_land_and_borders() -> None:
    doc = basemap()
    kinds = {f["properties"]["kind"]: f for f in doc["features"]}
    assert set(kinds) == {"land", "borders"}
    land = shape(kinds["land"]["geometry"])
    assert land.is_valid and land.geom_type == "MultiPolygon"
    assert shapely.Point(69.2, 34.5).within(land), "Kabul should be on land"
    assert not shapely.Point(-30.0, 30.0).within(land), "the mid-Atlantic should be sea"
    assert BASEMAP_FILE.stat().st_size < 200_000


def test_basemap_has_no_edge_across_the_antimeridian() -> None:
    """No ring or border jumps more than 180° of longitude (it would smear across the map)."""
    for feature in basemap()["features"]:
        for line in lines_of(feature):
            for (lon1, lat1), (lon2, lat2) in itertools.pairwise(line):
                assert -180 <= lon1 <= 180 and -90 <= lat1 <= 90
                along_pole = abs(lat1) == abs(lat2) == 90
                assert abs(lon2 - lon1) <= 180 or along_pole, (feature["properties"], lon1, lon2)


def test_basemap_keeps_fiji_and_chukotka_on_both_sides_of_the_antimeridian() -> None:
    land = shape(basemap()["features"][0]["geometry"])
    assert (
        shapely.Point(178.0, -17.8).within(land) or land.distance(shapely.Point(178.0, -17.8)) < 0.3
    ), "Viti Levu (Fiji, west of 180°)"
    assert shapely.Point(-179.8, -16.5).distance(land) < 1.5, "Fiji east of 180°"
    assert shapely.Point(-175.0, 66.0).within(land), "Chukotka, east of 180°"
    assert shapely.Point(175.0, 66.0).within(land), "Chukotka, west of 180°"


def test_offline_mode_reads_common_true_words() -> None:
    assert offline_mode({"MAPAPP_OFFLINE": "1"}) and offline_mode({"MAPAPP_OFFLINE": " Yes "})
    assert not offline_mode({"MAPAPP_OFFLINE": "0"}) and not offline_mode({})


def test_choices_and_default_follow_the_settings() -> None:
    assert basemap_choices({}) == tuple(k for k in BASEMAPS if k != CUSTOM)
    assert default_basemap({}) == "osm"
    assert basemap_choices(CUSTOM_ENV)[-1] == CUSTOM and default_basemap(CUSTOM_ENV) == CUSTOM
    offline = {**CUSTOM_ENV, "MAPAPP_OFFLINE": "1"}
    assert basemap_choices(offline) == (OFFLINE,) and default_basemap(offline) == OFFLINE


def test_custom_tiles_reads_url_and_attribution() -> None:
    source = custom_tiles(CUSTOM_ENV)
    assert source is not None
    assert (source.url, source.attribution) == (CUSTOM_URL, "© Example Org")
    assert custom_tiles({}) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (CUSTOM_URL, "no attribution"),
        ("tiles.example.org/{z}/{x}/{y}.png © Org", "not an http"),
        ("https://tiles.example.org/tile.png © Org", "not an http"),
    ],
)
def test_custom_tiles_refuses_a_malformed_setting(value: str, message: str) -> None:
    with pytest.raises(UsageError, match=message) as err:
        custom_tiles({"MAPAPP_TILES": value})
    assert "MAPAPP_TILES" in str(err.value) and "e.g." in str(err.value)


def test_tile_source_refuses_unknown_and_unset_custom() -> None:
    with pytest.raises(UsageError, match="not one of"):
        tile_source("googlemaps", {})
    with pytest.raises(UsageError, match="needs MAPAPP_TILES"):
        tile_source(CUSTOM, {})
    assert tile_source(OFFLINE, {}) is None


@pytest.mark.parametrize("choice", [k for k in BASEMAPS if k not in (OFFLINE, CUSTOM)])
def test_every_online_choice_is_keyless_with_attribution(choice: str) -> None:
    source = tile_source(choice, {})
    assert source is not None
    assert source.url.startswith("https://") and "{apikey}" not in source.url
    assert "OpenStreetMap" in source.attribution


def test_add_basemap_offline_draws_natural_earth_and_no_tiles() -> None:
    m = folium.Map(tiles=None)
    assert add_basemap(m, OFFLINE) is None
    page = render(m)
    assert "L.tileLayer" not in page and "https://tile." not in page
    assert f'createPane("{PANE}")' in page and "Natural Earth" in page
    assert any(isinstance(c, NaturalEarthLayer) for c in m._children.values())


def test_add_basemap_osm_sends_the_origin_as_referer() -> None:
    m = folium.Map(tiles=None)
    layer = add_basemap(m, "osm")
    assert isinstance(layer, folium.TileLayer)
    page = render(m)
    assert "tile.openstreetmap.org" in page
    assert re.search(rf'"referrerPolicy": "{REFERRER_POLICY}"', page)
    # the basemap comes first: it is the bottom layer
    assert page.index(f'createPane("{PANE}")') < page.index("L.tileLayer")


def test_add_basemap_custom_uses_the_setting() -> None:
    m = folium.Map(tiles=None)
    add_basemap(m, CUSTOM, environ=CUSTOM_ENV)
    page = render(m)
    assert CUSTOM_URL in page and "\\u00a9 Example Org" in page  # JSON-escaped ©


def test_natural_earth_layer_draws_a_world_copy_either_side() -> None:
    """A view across the antimeridian (events in Fiji and Samoa) still has land east of 180°."""
    m = folium.Map(tiles=None)
    NaturalEarthLayer().add_to(m)
    page = render(m)
    assert "[-360, 0, 360].forEach" in page and "c[0] + shift" in page
    assert page.count('"kind":"land"') == 1, "the data is in the page once, drawn three times"
