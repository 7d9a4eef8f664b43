"""The page in offline mode (``MAPAPP_OFFLINE=1``), in Chromium with the network cut.

Every request that is not to the page's own server is refused (and fails the test): Leaflet
must come inside the map component's HTML, and the map must draw our basemap, no tiles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from browser_harness import HarnessError, MapPage, run_app
from offline import basemap_pixels, cut_network

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events
from mapapp.render.basemap import LAND

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    try:
        with run_app(
            {"MAPAPP_OFFLINE": "1"}, log_dir=tmp_path_factory.mktemp("offline-log")
        ) as url:
            yield url
    except HarnessError as err:
        pytest.fail(str(err), pytrace=False)


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


def mappable(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return gdf[gdf.geometry.notna() & ~gdf.geometry.is_empty]


def test_offline_page_draws_markers_over_the_basemap_and_redraws_on_a_slider_move(
    page: Any, offline_url: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    refused = cut_network(page.context)
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    # A view of the whole world: the page draws what is in and around the view.
    app = MapPage(page, offline_url, router=None).open("view=30,0,2")
    assert app.shown_ids() == set(mappable(events)["event_id"])
    frame = app.frame()
    assert frame.evaluate("() => document.querySelectorAll('img.leaflet-tile').length") == 0
    land, total = basemap_pixels(frame, LAND)
    assert land > total // 20, f"land covers {land} of {total} basemap pixels: not drawn"
    page.screenshot(path=str(tmp_path / "page-offline.png"))

    app.press_slider("ArrowLeft", 1)
    last = pd.Timestamp(events["date_end"].max().date() - dt.timedelta(days=1))
    first = events["date_start"].fillna(events["date_end"])
    wanted = set(mappable(events[first <= last])["event_id"])
    assert wanted != set(mappable(events)["event_id"]), "the step should drop an event"
    app.wait_map_ids(wanted)
    page.screenshot(path=str(tmp_path / "page-offline-moved.png"))
    # The fullscreen button works from the copy inside the page (its icon too).
    button = frame.locator("a.leaflet-control-zoom-fullscreen")
    assert "data:image/svg+xml" in button.evaluate("(a) => getComputedStyle(a).backgroundImage")
    button.click()
    frame.wait_for_function("() => window.map._isFullscreen === true")
    assert errors == []
    assert refused == []


def test_online_page_draws_osm_tiles_over_the_basemap_with_a_referer(
    app: Any, events: gpd.GeoDataFrame
) -> None:
    """The default page asks OpenStreetMap for tiles, sending its origin as Referer."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (250, 0, 250)).save(buffer, format="PNG")
    referers: list[str | None] = []

    def tile(route: Any) -> None:
        referers.append(route.request.headers.get("referer"))
        app.router.seen.add(route.request.url)  # answered here, locally: tell the router
        app.router.stubbed.append(route.request.url)
        route.fulfill(status=200, body=buffer.getvalue(), content_type="image/png")

    app.page.context.route("https://tile.openstreetmap.org/**", tile)  # before the router's
    app.open("view=30,0,2")  # the whole world: every event is in view
    frame = app.frame()
    frame.wait_for_function("() => document.querySelectorAll('img.leaflet-tile-loaded').length")
    assert referers and set(referers) == {app.base_url}, referers
    policy = frame.evaluate("() => document.querySelector('img.leaflet-tile').referrerPolicy")
    assert policy == "strict-origin-when-cross-origin"
    assert app.shown_ids() == set(mappable(events)["event_id"])
