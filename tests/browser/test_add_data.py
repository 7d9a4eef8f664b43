"""Adding events in the page, in real Chromium: a file, a broken file, an article.

Each test opens its own browser session on the module's app server, so what one test adds is
gone in the next (additions live in the session only). Expected values come from the library
(the gazetteer, the extractor) or the bundled file, never from the page.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from browser_harness import MapPage
from playwright.sync_api import expect

from mapapp import gazetteer
from mapapp.bundled import BUNDLED_EVENTS
from mapapp.extract.candidates import extract_events
from mapapp.filters import filter_events
from mapapp.readers import read_events
from mapapp.web.article import ACCEPT_WIDTH, INDEX_WIDTH, ROW_HEIGHT

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "geodata" / "sources" / "voa-2022-12-20-frustrated-with-the-taliban.txt"
SEED_URL = (
    "https://www.voanews.com/a/frustrated-with-the-taliban-us-officials-meet-anti-taliban-"
    "figures/6885231.html"
)
PUBLISHED = dt.date(2022, 12, 20)
PLACES = {"Talks in Doha": "Doha", "Meeting in Kabul": "Kabul", "Visit to Dushanbe": "Dushanbe"}
LATE = dt.date(2023, 3, 1)  # after every bundled event: the date slider must grow to it
PLACES_CSV = "title,date,place,url\n" + "".join(
    f"{title},{'2022-12-01' if n < 3 else LATE},{place},https://example.org/news/{n}\n"
    for n, (title, place) in enumerate(PLACES.items(), 1)
)

# Every marker of the event layers on the map (drawn as itself, or in the count badge of events
# at one place): escaped id and title as the layer carries them, and its own place.
MARKERS_JS = """
() => {
  const out = [];
  for (const g of (window.feature_group || [])) {
    if (!window.map.hasLayer(g) || g instanceof L.MarkerClusterGroup) continue;
    g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((m) => {
      const p = m.feature.properties;
      out.push({id: p.event_id, title: p.title, at: m._preSpiderfyLatlng || m.getLatLng()});
    }));
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


def markers(app: MapPage) -> dict[str, dict[str, Any]]:
    """Marker id (unescaped) → its title (unescaped) and drawn position."""
    return {
        html.unescape(m["id"]): {**m, "title": html.unescape(m["title"])}
        for m in app.frame().evaluate(MARKERS_JS)
    }


def sidebar_code(app: MapPage) -> Any:
    return app.page.locator("[data-testid='stSidebar'] [data-testid='stCode']")


def test_add_data_upload_puts_the_file_on_the_map(app: MapPage, events: gpd.GeoDataFrame) -> None:
    """A CSV of titles, dates and place names: three more markers, at those places."""
    app.open("view=30,0,2")  # the whole world: every marker is drawn, before and after
    before = markers(app)
    n = len(events)
    expect(app.page.get_by_text(f"{n} of {n} events")).to_be_visible()
    app.upload("places.csv", PLACES_CSV.encode())
    app.frame().wait_for_function(f"() => ({MARKERS_JS})().length === {len(before) + len(PLACES)}")
    after = markers(app)
    assert set(before) < set(after)
    new = {after[i]["title"]: after[i]["at"] for i in set(after) - set(before)}
    assert set(new) == set(PLACES)
    for title, at in new.items():
        place = gazetteer.lookup(PLACES[title]).place
        assert place is not None
        assert (at["lat"], at["lng"]) == pytest.approx((place.lat, place.lon), abs=0.05)
    page = app.page
    expect(page.get_by_text(f"{n + 3} of {n + 3} events")).to_be_visible()
    first = events["date_start"].min().date()
    assert events["date_end"].max().date() < LATE
    expect(page.locator("[data-testid='stSliderThumbValue']")).to_have_text(
        [f"{first.day} {first:%b %Y}", f"{LATE.day} {LATE:%b %Y}"]
    )
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar.get_by_text("3 events read from places.csv (CSV)")).to_be_visible()
    expect(page.locator("[data-testid='stException']")).to_have_count(0)


def test_add_data_broken_files_show_problems_and_keep_the_page(
    app: MapPage, events: gpd.GeoDataFrame
) -> None:
    """Invalid JSON, then a CSV whose every row is refused: the problems are listed with file,
    row and column; the bundled markers stay and the page keeps working."""
    app.open("view=30,0,2")  # the whole world: every marker is drawn
    before = app.shown_ids()
    n = len(events)
    page = app.page
    app.upload("broken.geojson", b'{"type": "FeatureCollection", "features": [', "application/json")
    expect(page.locator("[data-testid='stSidebar'] [data-testid='stAlert']")).to_contain_text(
        "could not be read"
    )
    expect(sidebar_code(app).first).to_contain_text("broken.geojson: is not valid JSON")

    unusable = b"title,date,place,url\nLost,2022-13-45,Kabul,https://example.org/d\n"
    app.upload("nothing.csv", unusable)
    code = sidebar_code(app).first
    expect(code).to_contain_text("nothing.csv: nothing usable read")
    expect(code).to_contain_text("nothing.csv:2: date: '2022-13-45' is not a real date")

    assert app.shown_ids() == before
    expect(page.get_by_text(f"{n} of {n} events")).to_be_visible()
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    # Still working: a filter still filters.
    runs = app.runs()
    page.get_by_label("Search title, summary and quote").fill("Tajikistan")
    page.keyboard.press("Enter")
    app.wait_runs(runs + 1)
    k = len(filter_events(events, text="Tajikistan"))
    assert 0 < k < n
    expect(page.get_by_text(f"{k} of {n} events")).to_be_visible()


def test_add_data_from_the_seed_article(app: MapPage) -> None:
    """Paste the VOA article, tick two placed candidates, add them: two more markers."""
    candidates = extract_events(SEED.read_text("utf-8"), published=PUBLISHED, url=SEED_URL)
    placed = [i for i, g in enumerate(candidates.geometry) if g is not None][:2]
    assert len(placed) == 2, "the seed article should give two placed candidates"
    wanted = {candidates["event_id"].iloc[i]: candidates["title"].iloc[i] for i in placed}

    app.open("view=30,0,2")  # the whole world: every marker is drawn, before and after
    before = markers(app)
    page = app.page
    page.get_by_text("Add events from a news article").click()
    page.get_by_label("Article text").fill(SEED.read_text("utf-8"))
    page.get_by_role("spinbutton", name="year, Published on").click()
    page.keyboard.type(PUBLISHED.strftime("%Y%m%d"))
    page.get_by_label("Article URL (http or https)").fill(SEED_URL)
    runs = app.runs()
    page.get_by_role("button", name="Find events").click()
    app.wait_runs(runs + 1)

    section = page.locator("[data-testid='stExpander']", has_text="Add events from a news article")
    editor = section.locator("[data-testid='stDataFrame']")
    expect(editor.locator("[data-testid='glide-cell-1-0']")).to_have_text("false")
    # The sentences are listed under the table, numbered like its rows.
    expect(section.get_by_text(f"1. {candidates['source_quote'].iloc[0]}")).to_be_visible()
    tick_rows(app, editor, [i + 1 for i in placed])

    runs = app.runs()
    page.get_by_role("button", name="Add accepted to map").click()
    app.wait_runs(runs + 1)
    app.wait_map_ids(set(before) | set(wanted))
    after = markers(app)
    assert {i: after[i]["title"] for i in wanted} == wanted
    expect(section.get_by_text("2 events added from the article.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download accepted as GeoJSON").click()
    doc = download.value.path().read_text("utf-8")
    assert all(f'"{i}"' in doc for i in wanted)


def tick_rows(app: MapPage, editor: Any, rows: list[int]) -> None:
    """Tick the accept box of these 1-based rows with the mouse.

    The grid is a canvas: the boxes are found from the fixed widths of the index and accept
    columns and the row height; the grid's accessibility table shows the values.
    """
    editor.scroll_into_view_if_needed()
    box = editor.bounding_box()
    x = box["x"] + INDEX_WIDTH + ACCEPT_WIDTH / 2
    for row in rows:
        assert (row + 1) * ROW_HEIGHT < box["height"], f"row {row} is not visible in the grid"
        app.page.mouse.click(x, box["y"] + row * ROW_HEIGHT + ROW_HEIGHT / 2)  # header = 1 row
        cell = editor.locator(f"[data-testid='glide-cell-1-{row - 1}']")
        expect(cell).to_have_text("true")
