"""Several uploads in real Chromium: each file a layer that can be switched off and removed.

Expected counts come from the bundled file and the uploaded CSVs; the page is only observed (the
markers in the st_folium iframe, the counts line, the GeoJSON download).
"""

from __future__ import annotations

import json
from typing import Any

import geopandas as gpd
import pytest
from browser_harness import UPLOAD_INPUT, MapPage
from playwright.sync_api import expect

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events
from mapapp.web.session import content_digest

pytestmark = pytest.mark.browser

DOHA = (
    b"title,date,place,url\n"
    b"Talks in Doha,2022-12-01,Doha,https://example.org/a\n"
    b"Meeting in Kabul,2022-12-02,Kabul,https://example.org/b\n"
    b"Visit to Dushanbe,2022-12-03,Dushanbe,https://example.org/c\n"
)
VIENNA = (
    b"title,date,place,url\n"
    b"Conference in Vienna,2022-12-04,Vienna,https://example.org/d\n"
    b"Briefing in Geneva,2022-12-05,Geneva,https://example.org/e\n"
)
COUNT_MARKERS_JS = """
() => {
  let n = 0;
  for (const g of (window.feature_group || [])) {
    // The group of events at one place draws the layers' markers (some inside count badges).
    if (!window.map.hasLayer(g) || g instanceof L.MarkerClusterGroup) continue;
    g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((m) => { n += 1; }));
  }
  return n;
}
"""


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


def wait_markers(app: MapPage, n: int) -> None:
    app.frame().wait_for_function(f"() => ({COUNT_MARKERS_JS})() === {n}", timeout=30_000)


def downloaded_titles(app: MapPage) -> list[str]:
    with app.page.expect_download() as download:
        app.page.get_by_role("button", name="Download GeoJSON").click()
    doc = json.loads(download.value.path().read_bytes())
    return [f["properties"]["title"] for f in doc["features"]]


def click_and_wait(app: MapPage, locator: Any) -> None:
    runs = app.runs()
    locator.click()
    app.wait_runs(runs + 1)


def test_uploads_two_files_are_two_layers(app: MapPage, events: gpd.GeoDataFrame) -> None:
    app.open()
    n, on_map = len(events), int(events.geometry.notna().sum())
    page = app.page
    sidebar = page.locator("[data-testid='stSidebar']")
    app.upload("doha.csv", DOHA)
    # The read file becomes a layer and the uploader is made anew, empty: wait for that.
    expect(sidebar.get_by_text("doha.csv: 3 events")).to_be_visible()
    expect(page.locator(UPLOAD_INPUT)).to_have_count(1)
    app.upload("vienna.csv", VIENNA)
    wait_markers(app, on_map + 5)
    expect(page.get_by_text(f"{n + 5} of {n + 5} events")).to_be_visible()
    expect(sidebar.get_by_text("doha.csv: 3 events")).to_be_visible()
    expect(sidebar.get_by_text("vienna.csv: 2 events")).to_be_visible()

    # Switch the first file off: its markers, counts and downloads go; the second stays.
    doha = content_digest(DOHA, "doha.csv", "auto")
    click_and_wait(app, page.locator(f".st-key-upload_on_{doha} label"))
    wait_markers(app, on_map + 2)
    expect(page.get_by_text(f"{n + 2} of {n + 2} events")).to_be_visible()
    titles = downloaded_titles(app)
    assert len(titles) == n + 2
    assert "Conference in Vienna" in titles and "Talks in Doha" not in titles

    # Remove the second file: only the page's events are left; the first is still listed, off.
    vienna = content_digest(VIENNA, "vienna.csv", "auto")
    click_and_wait(app, page.locator(f".st-key-upload_remove_{vienna} button"))
    wait_markers(app, on_map)
    expect(page.get_by_text(f"{n} of {n} events")).to_be_visible()
    expect(sidebar.get_by_text("vienna.csv: 2 events")).to_have_count(0)
    expect(sidebar.get_by_text("doha.csv: 3 events")).to_be_visible()
    click_and_wait(app, page.locator(f".st-key-upload_on_{doha} label"))
    wait_markers(app, on_map + 3)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
