"""The zoom-aware map on a large store in real Chromium: areas, zoom into a city, click an area.

The page runs on 100,000 generated events in a GeoParquet store (the embedded engine: the
page never holds them all). Zoomed out it draws areas with counts; zoomed into a city it draws
that city's events, each marker with its event_id; a click on an area zooms the map to it.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

import geopandas as gpd
import pytest
from browser_harness import MAP_IDLE_JS, HarnessError, MapPage, Router, run_app
from playwright.sync_api import expect

from benchmarks.generate import generate_events
from mapapp.engine import in_bbox
from mapapp.store import write_parquet
from mapapp.web import viewport
from mapapp.web.page import DATA_ENV

pytestmark = pytest.mark.browser

N_EVENTS = 100_000
HERAT = (34.3529, 62.2040)  # a city of the generated events: ~1,300 of them in its region

# Every drawn feature of the map's layers: cells (cell_id, count, bounds) or events (event_id).
FEATURES_JS = """
() => {
  const out = [];
  for (const g of (window.feature_group || [])) {
    if (!window.map.hasLayer(g)) continue;
    g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((m) => {
      const p = m.feature.properties;
      out.push({cell: p.cell_id || null, id: p.event_id || null, count: p.count || null,
                bounds: p.bounds || null});
    }));
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def big_events() -> gpd.GeoDataFrame:
    return generate_events(N_EVENTS, seed=0)


@pytest.fixture(scope="module")
def big_url(
    big_events: gpd.GeoDataFrame, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    store = tmp_path_factory.mktemp("store") / "events.parquet"
    write_parquet(big_events, store)
    try:
        with run_app({DATA_ENV: str(store)}, log_dir=tmp_path_factory.mktemp("log")) as url:
            yield url
    except HarnessError as err:
        pytest.fail(str(err), pytrace=False)


@pytest.fixture
def big(page: Any, router: Router, big_url: str) -> MapPage:
    return MapPage(page, big_url, router)


def _features(app: MapPage) -> list[dict[str, Any]]:
    return list(app.frame().evaluate(FEATURES_JS))


def _wait_for(app: MapPage, kind: str) -> list[dict[str, Any]]:
    """Wait until the map draws only features of ``kind`` ("cell" or "id"), and some."""
    other = "id" if kind == "cell" else "cell"
    app.frame().wait_for_function(
        f"() => {{ const f = ({FEATURES_JS})(); return f.length > 0"
        f" && f.every((x) => x.{kind} !== null && x.{other} === null); }}",
        timeout=60_000,
    )
    return _features(app)


def _view(app: MapPage) -> tuple[list[list[float]], int]:
    bounds, zoom = app.frame().evaluate(
        "() => { const b = window.map.getBounds();"
        " return [[[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]],"
        " window.map.getZoom()]; }"
    )
    return bounds, int(zoom)


def test_zooming_into_a_city_draws_its_events(big: MapPage, big_events: gpd.GeoDataFrame) -> None:
    """Zoomed out: areas whose counts add up to the events; at city zoom: the events, by id."""
    big.open()
    cells = _wait_for(big, "cell")
    assert sum(c["count"] for c in cells) > viewport.EVENT_LIMIT
    runs = big.runs()
    big.frame().evaluate(
        "([lat, lng]) => window.map.setView([lat, lng], 12, {animate: false})", list(HERAT)
    )
    big.wait_runs(runs + 1)
    drawn = _wait_for(big, "id")
    bounds, zoom = _view(big)
    assert zoom == 12
    box = viewport.padded_bbox(bounds, zoom)
    expected = set(big_events[in_bbox(big_events, box)]["event_id"])
    ids = {html.unescape(f["id"]) for f in drawn}
    assert 100 < len(expected) <= viewport.EVENT_LIMIT
    assert ids == expected


def test_a_click_on_an_area_zooms_into_it(big: MapPage) -> None:
    """The biggest area, hovered, tells its count by type; clicked, the map fits its cell and
    draws what is in it."""
    big.open()
    cells = _wait_for(big, "cell")
    biggest = max(cells, key=lambda c: c["count"])
    _, zoom = _view(big)
    big.page.locator('iframe[title="streamlit_folium.st_folium"]').evaluate(
        "(el) => el.scrollIntoView({block: 'center'})"
    )
    point = big.frame().evaluate(
        """(cell) => {
            let found = null;
            for (const g of (window.feature_group || [])) {
              if (!window.map.hasLayer(g)) continue;
              g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((m) => {
                if (m.feature.properties.cell_id === cell) found = m;
              }));
            }
            const p = window.map.latLngToContainerPoint(found.getLatLng());
            return {x: p.x, y: p.y};
        }""",
        biggest["cell"],
    )
    box = big.page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    # Hovering it shows its count and its count by type.
    big.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = big.page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(
        ".leaflet-tooltip"
    )
    expect(tooltip).to_contain_text(f"{biggest['count']:,} events here")
    expect(tooltip).to_contain_text("meetings")
    expect(tooltip).to_contain_text("Click to zoom in")
    runs = big.runs()
    big.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    big.frame().wait_for_function("(z) => window.map.getZoom() > z", arg=zoom, timeout=30_000)
    (south, west), (north, east) = biggest["bounds"]
    centre = big.frame().evaluate("() => window.map.getCenter()")
    assert south <= centre["lat"] <= north and west <= centre["lng"] <= east
    big.wait_runs(runs + 1)
    # What the area held is now drawn finer: smaller areas, or its events.
    big.frame().wait_for_function(
        f"""(n) => {{ const f = ({FEATURES_JS})();
            return f.length > 1 && f.every((x) => x.id !== null || x.count < n); }}""",
        arg=biggest["count"],
        timeout=60_000,
    )


def test_a_pan_is_reported_at_once_and_reruns_the_map_once(big: MapPage) -> None:
    """The view goes to the page as the pan ends (not after st_folium's 250 ms debounce), and
    the component's own late report, finding nothing new, starts no second run."""
    big.open()
    _wait_for(big, "cell")
    runs = big.runs()
    now, sent = big.frame().evaluate(
        """() => {
            window.map.panBy([200, 0], {animate: false});
            const sent = window.__GLOBAL_DATA__.previous_data.bounds;
            return [window.map.getBounds().getWest(), sent._southWest.lng];
        }"""
    )
    assert sent == pytest.approx(now)
    big.wait_runs(runs + 1)
    big.wait_settled()
    assert big.runs() == runs + 1


def test_a_table_row_flies_the_map_to_its_event_and_rings_it(
    big: MapPage, big_events: gpd.GeoDataFrame
) -> None:
    """A click on the table's first row shows the event, moves the map onto it and rings it."""
    ordered = big_events.assign(_u=big_events["date_start"].isna()).sort_values(
        ["_u", "date_start", "event_id"]
    )
    event = ordered.iloc[0]
    assert event.geometry is not None  # the first row is an event with a place
    lat, lon = event.geometry.y, event.geometry.x
    big.open()
    _wait_for(big, "cell")
    page = big.page
    grid = page.locator("[data-testid='stDataFrame']")
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    runs = big.runs()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row's tick box
    big.wait_runs(runs + 1)
    expect(page.locator(".mapapp-details h3")).to_have_text(event["title"])
    big.frame().wait_for_function(
        "([lat, lng]) => { const c = window.map.getCenter();"
        " return Math.abs(c.lat - lat) < 0.01 && Math.abs(c.lng - lng) < 0.01; }",
        arg=[lat, lon],
        timeout=60_000,
    )
    big.frame().wait_for_selector(".mapapp-selected", timeout=60_000)
    big.frame().wait_for_function(MAP_IDLE_JS, timeout=30_000)
    ring = big.frame().evaluate(
        """() => {
            const box = document.querySelector('.mapapp-selected').getBoundingClientRect();
            return window.map.containerPointToLatLng(window.map.mouseEventToContainerPoint(
                {clientX: box.left + box.width / 2, clientY: box.top + box.height / 2}));
        }"""
    )
    assert ring["lat"] == pytest.approx(lat, abs=0.01)
    assert ring["lng"] == pytest.approx(lon, abs=0.01)
