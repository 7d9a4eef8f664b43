"""The map follows the user, in real Chromium at 1400×900: fit, fly-to, ring, link, reset,
fullscreen, place search, keyboard selection, layout and the type switches.

Expected values come from the bundled data, read with plain pandas, and from the map itself
(Leaflet's state in the ``st_folium`` frame).
"""

from __future__ import annotations

import csv
import io
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import geopandas as gpd
import pytest
from browser_harness import IFRAME, MAP_IDLE_JS
from playwright.sync_api import expect

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events

pytestmark = pytest.mark.browser

SCREEN = {"width": 1400, "height": 900}
VIEW_JS = "() => ({lat: map.getCenter().lat, lng: map.getCenter().lng, zoom: map.getZoom()})"
RING_JS = """() => {
  const el = document.querySelector('.mapapp-selected');
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const latlng = map.containerPointToLatLng(
    map.mouseEventToContainerPoint({clientX: box.left + box.width / 2,
                                    clientY: box.top + box.height / 2}));
  return {lat: latlng.lat, lng: latlng.lng};
}"""


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


@pytest.fixture
def screen(app: Any) -> Any:
    app.page.set_viewport_size(SCREEN)
    return app


def view(app: Any) -> dict[str, float]:
    frame = app.frame()
    frame.wait_for_function(MAP_IDLE_JS)
    return frame.evaluate(VIEW_JS)


def wait_view(app: Any, test_js: str, arg: Any = None) -> dict[str, float]:
    """Wait until the map's view passes ``test_js(view, arg)`` and no animation runs."""
    app.frame().wait_for_function(
        f"(arg) => ({MAP_IDLE_JS})() && ({test_js})(({VIEW_JS})(), arg)", arg=arg, timeout=30_000
    )
    return view(app)


def near(view: dict[str, float], lat: float, lon: float, tol: float = 0.05) -> bool:
    return abs(view["lat"] - lat) < tol and abs(view["lng"] - lon) < tol


def search(app: Any, text: str) -> None:
    runs = app.runs()
    box = app.page.get_by_label("Search title, summary and quote")
    box.fill(text)
    box.press("Enter")
    app.wait_runs(runs + 1)


def test_map_is_above_the_fold_wide_with_a_fullscreen_button(screen: Any) -> None:
    """At 1400×900 the whole map is on screen without scrolling, over 60% of the width."""
    screen.open()
    page = screen.page
    assert page.evaluate("() => window.scrollY") == 0
    box = page.locator(IFRAME).bounding_box()
    assert box["y"] < 420, box  # under the title, the date and playback controls, the counts
    assert box["y"] + box["height"] <= SCREEN["height"], box
    assert box["width"] >= 0.6 * SCREEN["width"], box
    button = page.frame_locator(IFRAME).locator("a.leaflet-control-zoom-fullscreen")
    expect(button).to_have_count(1)
    button.click()
    # Chromium gives the map the whole screen (or, where the frame may not, the plugin's
    # pseudo-fullscreen fills the frame); either way Leaflet knows and the button says so.
    frame = screen.frame()
    frame.wait_for_function("() => map._isFullscreen === true")
    mode = frame.evaluate(
        "() => document.fullscreenElement ? 'native'"
        " : document.querySelector('.leaflet-pseudo-fullscreen') ? 'pseudo' : 'none'"
    )
    assert mode in ("native", "pseudo")
    if mode == "native":
        assert frame.evaluate("() => map.getSize().x") == SCREEN["width"]
    expect(button).to_have_attribute("title", "Leave full screen")
    button.click()
    frame.wait_for_function("() => map._isFullscreen === false")


def test_map_opens_on_the_densest_region_not_the_world(screen: Any) -> None:
    screen.open()
    opened = view(screen)
    assert opened["zoom"] >= 3  # the world would be zoom 1–2 at this size
    bounds = screen.frame().evaluate("() => map.getBounds().toBBoxString()")
    west, _, east, _ = map(float, bounds.split(","))
    assert west > -40 and east < 120, bounds  # Europe to Central Asia, not the Americas


def test_filter_change_fits_the_results(screen: Any, events: gpd.GeoDataFrame) -> None:
    """Three UAE events after a search: the map moves to Abu Dhabi at city zoom."""
    screen.open()
    search(screen, "Thomas West")
    uae = events[events["title"].str.contains("Thomas West")]
    lat, lon = uae.geometry.y.mean(), uae.geometry.x.mean()
    now = wait_view(screen, "(v, p) => Math.abs(v.lat - p[0]) < 0.1 && v.zoom >= 8", [lat, lon])
    assert near(now, lat, lon, 0.1)


def test_moved_map_stays_and_says_so_then_fit_to_results(
    screen: Any, events: gpd.GeoDataFrame
) -> None:
    screen.open()
    page = screen.page
    page.get_by_text("Link to this view").click()
    zoom = screen.zoom_in()
    moved = view(screen)
    # The page has heard of the user's zoom: its link holds it.
    page.wait_for_function(
        "(z) => [...document.querySelectorAll('[data-testid=stCode]')].some("
        "(c) => c.innerText.includes('%2C' + z + '&') || c.innerText.endsWith('%2C' + z))",
        arg=zoom,
    )
    search(screen, "Thomas West")
    expect(
        screen.page.get_by_text("You moved the map, so it stayed where you put it")
    ).to_be_visible()
    assert view(screen) == moved
    runs = screen.runs()
    screen.page.get_by_role("button", name="Fit to results").click()
    screen.wait_runs(runs + 1)
    uae = events[events["title"].str.contains("Thomas West")]
    lat = uae.geometry.y.mean()
    wait_view(screen, "(v, lat) => Math.abs(v.lat - lat) < 0.1 && v.zoom >= 8", lat)


def test_table_row_flies_to_the_event_and_rings_it(screen: Any, events: gpd.GeoDataFrame) -> None:
    event = events[events["title"].str.contains("Vienna")].iloc[0]
    screen.open(urlencode([("q", event["title"])]))
    screen.page.get_by_role("button", name="Fit to results")  # the page is drawn
    grid = screen.page.locator("[data-testid='stDataFrame']")
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    runs = screen.runs()
    screen.page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row's tick box
    screen.wait_runs(runs + 1)
    lat, lon = event.geometry.y, event.geometry.x
    wait_view(
        screen,
        "(v, p) => Math.abs(v.lat - p[0]) < 0.01 && Math.abs(v.lng - p[1]) < 0.01",
        [lat, lon],
    )
    screen.frame().wait_for_selector(".mapapp-selected")
    ring = screen.frame().evaluate(RING_JS)
    assert near(ring, lat, lon, 0.05)
    expect(screen.page.locator(".mapapp-details h3")).to_have_text(event["title"])


def test_keyboard_picks_an_event_and_the_map_follows(screen: Any, events: gpd.GeoDataFrame) -> None:
    """Tab to "Go to an event", type part of a title, Enter: details, fly-to and ring."""
    event = events[events["title"].str.contains("Tajikistan for a meeting")].iloc[0]
    screen.open()
    page = screen.page
    picker = page.get_by_role("combobox", name="Go to an event")
    picker.focus()
    page.keyboard.type("Karen Decker")
    runs = screen.runs()
    page.keyboard.press("Enter")
    screen.wait_runs(runs + 1)
    lat, lon = event.geometry.y, event.geometry.x
    wait_view(
        screen,
        "(v, p) => Math.abs(v.lat - p[0]) < 0.01 && Math.abs(v.lng - p[1]) < 0.01",
        [lat, lon],
    )
    expect(page.locator(".mapapp-details h3")).to_have_text(event["title"])
    screen.frame().wait_for_selector(".mapapp-selected")
    assert near(screen.frame().evaluate(RING_JS), lat, lon, 0.05)


# The events table's grid (a canvas with an accessible table mirrored in the DOM): the row of
# the cell that has keyboard focus, as the grid marks it (aria-selected): its first cell's text.
GRID = "[data-testid='stDataFrame']"
FOCUSED_CELL_JS = """() => {
  const td = document.querySelector("[data-testid='stDataFrame'] td[aria-selected='true']");
  return td ? td.parentElement.querySelector("td").innerText : null;
}"""


def test_table_rows_are_selected_by_keyboard_and_the_map_follows(
    screen: Any, events: gpd.GeoDataFrame
) -> None:
    """No mouse: Tab into the events table, arrow keys to a row, Shift+Space selects it."""
    vienna = events[events["title"].str.contains("Vienna")]
    event = vienna[vienna["title"].str.contains("Concordia Press Club")].iloc[0]
    assert len(vienna) >= 2  # the row wanted is not the only one
    screen.open(urlencode([("q", "Vienna")]))
    page = screen.page
    before = view(screen)
    page.get_by_role("combobox", name="Go to an event").focus()
    for _ in range(40):  # Tab through the details, lists and timeline to the table's grid
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({GRID!r} + ' canvas')"):
            break
    else:
        raise AssertionError("Tab never reached the events table")
    row = None
    for _ in range(10):  # down the rows to the event's, one row a key press
        page.keyboard.press("ArrowDown")
        row = page.wait_for_function(
            f"(last) => {{ const row = ({FOCUSED_CELL_JS})(); return row !== last && row; }}",
            arg=row,
        ).json_value()
        if event["title"].startswith(row.strip()[:20]):
            break
    else:
        raise AssertionError(f"the arrow keys never reached {event['title']!r}; last {row!r}")
    runs = screen.runs()
    page.keyboard.press("Shift+Space")
    screen.wait_runs(runs + 1)
    expect(page.locator(".mapapp-details h3")).to_have_text(event["title"])
    lat, lon = event.geometry.y, event.geometry.x
    now = wait_view(
        screen,
        "(v, p) => Math.abs(v.lat - p[0]) < 0.01 && Math.abs(v.lng - p[1]) < 0.01",
        [lat, lon],
    )
    assert now != before
    screen.frame().wait_for_selector(".mapapp-selected")
    assert near(screen.frame().evaluate(RING_JS), lat, lon, 0.05)


def test_list_rows_are_selected_by_keyboard_and_the_map_follows(
    screen: Any, events: gpd.GeoDataFrame
) -> None:
    """No mouse: open the "Undated" list with Enter, Tab into it, arrow keys, Shift+Space."""
    undated = events[events["date_start"].isna() & events["date_end"].isna()]
    event = undated[undated.geometry.notna()].iloc[-1]  # placed: the map can fly to it
    screen.open()
    page = screen.page
    runs = screen.runs()
    summary = page.locator("[data-testid='stExpander'] summary", has_text="Undated")
    summary.focus()
    page.keyboard.press("Enter")
    screen.wait_runs(runs + 1)
    listed = page.locator("[data-testid='stExpander']", has_text="Undated")
    expect(listed.locator("[data-testid='stDataFrame']")).to_be_visible()
    for _ in range(10):  # Tab past the list's toolbar to its grid
        page.keyboard.press("Tab")
        if page.evaluate(
            "() => Boolean(document.activeElement.closest(\"[data-testid='stExpander']\"))"
            " && document.activeElement.matches(\"[data-testid='stDataFrame'] canvas\")"
        ):
            break
    else:
        raise AssertionError("Tab never reached the list's rows")
    row = None
    for _ in range(len(undated) + 2):
        page.keyboard.press("ArrowDown")
        row = page.wait_for_function(
            f"(last) => {{ const row = ({FOCUSED_CELL_JS})(); return row !== last && row; }}",
            arg=row,
        ).json_value()
        if row.startswith(event["title"]):
            break
    else:
        raise AssertionError(f"the arrow keys never reached {event['title']!r}; last {row!r}")
    runs = screen.runs()
    page.keyboard.press("Shift+Space")
    screen.wait_runs(runs + 1)
    expect(page.locator(".mapapp-details h3")).to_have_text(event["title"])
    lat, lon = event.geometry.y, event.geometry.x
    wait_view(
        screen,
        "(v, p) => Math.abs(v.lat - p[0]) < 0.01 && Math.abs(v.lng - p[1]) < 0.01",
        [lat, lon],
    )
    screen.frame().wait_for_selector(".mapapp-selected")
    assert near(screen.frame().evaluate(RING_JS), lat, lon, 0.05)


def test_link_restores_view_dataset_and_selection(screen: Any, events: gpd.GeoDataFrame) -> None:
    event = events[events["title"].str.contains("Ned Price")].iloc[0]
    screen.open(urlencode([("view", "48.2,16.37,9"), ("event", event["event_id"])]))
    now = view(screen)
    assert now["zoom"] == 9 and near(now, 48.2, 16.37, 0.01)
    expect(screen.page.locator(".mapapp-details h3")).to_have_text(event["title"])
    screen.frame().wait_for_selector(".mapapp-selected")
    # The page's own link holds the view the map shows now and the selected event.
    screen.page.get_by_text("Link to this view").click()
    link = screen.page.locator("[data-testid='stCode']").last.inner_text().strip()
    held = parse_qs(urlsplit(link).query)
    assert held["event"] == [event["event_id"]]
    lat, lon, zoom = held["view"][0].split(",")
    assert int(zoom) == 9 and abs(float(lat) - 48.2) < 0.01 and abs(float(lon) - 16.37) < 0.01


def test_reset_filters_resets_the_view(screen: Any) -> None:
    screen.open()
    opened = view(screen)
    search(screen, "Thomas West")
    wait_view(screen, "(v) => v.zoom >= 8")
    runs = screen.runs()
    screen.page.get_by_role("button", name="Reset filters").click()
    screen.wait_runs(runs + 1)
    back = wait_view(screen, "(v, o) => v.zoom === o.zoom", opened)
    assert near(back, opened["lat"], opened["lng"], 0.1), (back, opened)  # under a pixel


def test_place_search_flies_to_doha(screen: Any) -> None:
    screen.open()
    runs = screen.runs()
    box = screen.page.get_by_placeholder("Fly to a place")
    box.fill("Doha")
    box.press("Enter")
    screen.wait_runs(runs + 1)
    now = wait_view(screen, "(v) => v.zoom === 10")
    assert near(now, 25.29, 51.53, 0.05)
    expect(screen.page.get_by_text("Showing Doha, QA")).to_be_visible()


def test_counts_map_and_downloads_follow_the_type_switch(
    screen: Any, events: gpd.GeoDataFrame
) -> None:
    """The event types are switched in the sidebar: markers, counts and CSV agree."""
    screen.open()
    page = screen.page
    overlays = page.frame_locator(IFRAME).locator(".leaflet-control-layers-overlays label")
    expect(overlays).to_have_count(0)  # no switch on the map that the counts would not follow
    runs = screen.runs()
    page.locator("[data-testid='stMultiSelect']").first.click()
    page.get_by_role("option", name="Briefing").click()
    page.keyboard.press("Escape")
    screen.wait_runs(runs + 1)
    briefings = events[events["event_type"] == "briefing"]
    wanted = set(briefings["event_id"])
    screen.wait_map_ids(set(briefings[briefings.geometry.notna()]["event_id"]))
    expect(page.get_by_text(f"{len(briefings)} of {len(events)} events")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert {r["event_id"] for r in rows} == wanted
