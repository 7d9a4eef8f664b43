"""The page on the bundled data, in real Chromium.

Expected values come from the bundled data file, read here with plain pandas; the page is only
ever observed (DOM, the Leaflet map in the st_folium iframe, downloads), never asked.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import geopandas as gpd
import pandas as pd
import pytest
from playwright.sync_api import expect

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.engine import in_bbox
from mapapp.readers import read_events
from mapapp.render.style import TYPE_LABELS
from mapapp.web import viewport
from mapapp.web.wording import download_name

pytestmark = pytest.mark.browser

WINDOW = (dt.date(2022, 11, 25), dt.date(2022, 12, 5))


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


def mappable(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return gdf[gdf.geometry.notna() & ~gdf.geometry.is_empty]


def overlapping(gdf: gpd.GeoDataFrame, start: dt.date, end: dt.date) -> gpd.GeoDataFrame:
    """Events whose [date_start, date_end] overlaps [start, end]."""
    first = gdf["date_start"].fillna(gdf["date_end"])
    last = gdf["date_end"].fillna(gdf["date_start"])
    return gdf[(first <= pd.Timestamp(end)) & (last >= pd.Timestamp(start))]


def one(gdf: gpd.GeoDataFrame, mask: pd.Series, what: str) -> pd.Series:
    rows = gdf[mask]
    assert len(rows) == 1, f"the bundled data should hold exactly one {what}, found {len(rows)}"
    return rows.iloc[0]


@pytest.fixture(scope="module")
def tajikistan_meeting(events: gpd.GeoDataFrame) -> pd.Series:
    return one(
        events,
        (events["country_code"] == "TJ")
        & events["event_type"].isin(["meeting", "conference"])
        & (events["date_start"] == pd.Timestamp("2022-11-30"))
        & (events["date_end"] == pd.Timestamp("2022-12-01")),
        "Tajikistan meeting of 30 November – 1 December 2022",
    )


@pytest.fixture(scope="module")
def february_agreement(events: gpd.GeoDataFrame) -> pd.Series:
    return one(
        events,
        (events["event_type"] == "agreement")
        & (events["date_start"].dt.year == 2020)
        & (events["date_start"].dt.month == 2),
        "agreement of February 2020",
    )


def in_view(app: Any, events: gpd.GeoDataFrame) -> set[str]:
    """Ids of the events the map draws for its current view (the padded box around it)."""
    view = app.frame().evaluate(
        "() => { const b = window.map.getBounds();"
        " return [[[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]],"
        " window.map.getZoom()]; }"
    )
    box = viewport.padded_bbox(*view)
    return set(events[in_bbox(events, box)]["event_id"])


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def thumb_values(page: Any) -> list[str]:
    return page.locator("[data-testid='stSliderThumbValue']").all_inner_texts()


def test_page_loads_with_every_layer_and_marker(app: Any, events: gpd.GeoDataFrame) -> None:
    """No exception; one layer per event type, each holding exactly that type's placed events.

    The page opens on the densest region and draws what is in and around the view: a link to
    a view of the whole world shows every event."""
    app.open("view=30,0,2")
    expect(app.page.locator("[data-testid='stException']")).to_have_count(0)
    placed = mappable(events)
    expected = {
        f"{TYPE_LABELS[etype]} ({len(group)})": set(group["event_id"])
        for etype, group in placed.groupby("event_type")
    }
    assert app.layers() == expected
    assert app.shown_ids() == set(placed["event_id"])
    expect(app.page.get_by_text(f"{len(events)} of {len(events)} events")).to_be_visible()


def test_page_date_window_from_url(
    app: Any,
    events: gpd.GeoDataFrame,
    tajikistan_meeting: pd.Series,
    february_agreement: pd.Series,
) -> None:
    """25 Nov – 5 Dec 2022 shows the Tajikistan meeting and not the February 2020 agreement."""
    app.open(f"dates={WINDOW[0]}&dates={WINDOW[1]}")
    assert thumb_values(app.page) == ["25 Nov 2022", "5 Dec 2022"]
    expected = set(mappable(overlapping(events, *WINDOW))["event_id"])
    app.wait_map_ids(expected)
    shown = app.shown_ids()
    assert tajikistan_meeting["event_id"] in shown
    assert february_agreement["event_id"] not in shown
    n = len(overlapping(events, *WINDOW))
    expect(app.page.get_by_text(f"{n} of {len(events)} events")).to_be_visible()


def test_page_marker_click_shows_details(app: Any, tajikistan_meeting: pd.Series) -> None:
    """A click on a marker shows title, date, place, quote and a working link to the source."""
    app.router.pages[tajikistan_meeting["source_url"]] = "<title>the source</title>source"
    app.open()
    runs = app.runs()
    app.click_marker(tajikistan_meeting["event_id"])
    app.wait_runs(runs + 1)
    details = app.page.locator(".mapapp-details")
    expect(details.locator("h3")).to_have_text(tajikistan_meeting["title"])
    expect(details.locator("blockquote")).to_have_text(tajikistan_meeting["source_quote"])
    expect(details).to_contain_text("30 November – 1 December 2022")
    expect(details).to_contain_text("Tajikistan — placed at Dushanbe (inferred)")
    expect(details).to_contain_text(tajikistan_meeting["location_note"])
    link = details.locator("a.mapapp-source")
    assert link.get_attribute("href") == tajikistan_meeting["source_url"]
    with app.page.expect_popup() as popup:
        link.click()
    popup.value.wait_for_load_state()
    assert popup.value.url == tajikistan_meeting["source_url"]


def test_page_url_restores_window_and_type_after_reload(app: Any, events: gpd.GeoDataFrame) -> None:
    """Filters set in the page go into the URL; a reload (and the share link) restores them."""
    app.open()
    page = app.page
    runs = app.runs()
    page.locator("[data-testid='stMultiSelect']").first.click()
    page.get_by_role("option", name="Conference").click()
    page.keyboard.press("Escape")
    app.wait_runs(runs + 1)
    app.press_slider("ArrowLeft", 1)
    last = events["date_end"].max().date() - dt.timedelta(days=1)
    first = events["date_start"].min().date()
    page.wait_for_function("() => new URL(location.href).searchParams.getAll('dates').length")
    wanted_query = {"type": ["Conference"], "dates": [str(first), str(last)]}
    assert query(page.url) == wanted_query

    def restored() -> None:
        assert thumb_values(page) == [
            f"{first.day} {first:%b %Y}",
            f"{last.day} {last:%b %Y}",
        ]
        chips = page.locator("[data-testid='stMultiSelect']").first
        expect(chips).to_contain_text("Conference")
        wanted = overlapping(events, first, last)
        wanted = mappable(wanted[wanted["event_type"] == "conference"])
        app.wait_map_ids(set(wanted["event_id"]))

    restored()
    page.reload()
    app.wait_ready()
    restored()
    page.get_by_text("Link to this view").click()
    shared = page.locator("[data-testid='stCode']").last.inner_text().strip()
    assert query(page.url) == wanted_query
    assert {k: v for k, v in query(shared).items() if k != "view"} == wanted_query
    assert urlsplit(shared)[:3] == urlsplit(page.url)[:3]


def test_page_geojson_download_holds_the_filtered_events(
    app: Any, events: gpd.GeoDataFrame
) -> None:
    """The GeoJSON and CSV downloads hold exactly the events the filters select."""
    end = events["date_end"].max().date() - dt.timedelta(days=1)  # inside the slider's range
    app.open(f"type=Meeting&dates={WINDOW[0]}&dates={end}")
    wanted = overlapping(events, WINDOW[0], end)
    wanted = set(wanted[wanted["event_type"] == "meeting"]["event_id"])
    assert wanted, "the window should select some meetings"
    with app.page.expect_download() as download:
        app.page.get_by_role("button", name="Download GeoJSON").click()
    doc = json.loads(download.value.path().read_bytes())
    # Named for what it holds: mapapp-events-2022-…_2022-…-meeting.geojson
    named = download_name("geojson", (WINDOW[0], end), types=["meeting"])
    assert download.value.suggested_filename == named
    assert doc["type"] == "FeatureCollection"
    assert {f["properties"]["event_id"] for f in doc["features"]} == wanted
    assert {f["id"] for f in doc["features"]} == wanted
    with app.page.expect_download() as download:
        app.page.get_by_role("button", name="Download CSV").click()
    assert download.value.suggested_filename == named.replace(".geojson", ".csv")
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert {r["event_id"] for r in rows} == wanted


def test_page_pan_and_zoom_rerun_only_the_map(app: Any, tajikistan_meeting: pd.Series) -> None:
    """Dragging and zooming send the view to Streamlit, which reruns the map's own fragment only:
    the map is not remounted and the rest of the page (timeline, table) does not run again."""
    app.open()
    page, frame = app.page, app.frame()
    frame.evaluate(
        """() => {
            window.__sent = 0;
            window.__same_frame = true;  // gone if the map's frame were remounted
            const send = window.Streamlit.setComponentValue;
            window.Streamlit.setComponentValue = (value) => { window.__sent += 1; send(value); };
        }"""
    )
    page_runs = (
        "() => Number(document.querySelector('span.mapapp-runs:not(.mapapp-map-runs)')"
        ".dataset.runs)"
    )
    before = page.evaluate(page_runs)
    runs = app.runs()
    zoom = frame.evaluate("() => window.map.getZoom()")
    centre = frame.evaluate("() => window.map.getCenter()")
    box = page.locator("iframe[title='streamlit_folium.st_folium']").bounding_box()
    x, y = box["x"] + box["width"] / 3, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 120, y + 60, steps=8)
    page.mouse.up()
    frame.wait_for_function(
        "(c) => { const now = window.map.getCenter();"
        " return now.lat !== c.lat || now.lng !== c.lng; }",
        arg=centre,
    )
    runs = app.wait_runs(runs + 1)
    assert app.zoom_in() == zoom + 1
    app.wait_runs(runs + 1)
    assert frame.evaluate("() => window.__sent") >= 1
    assert frame.evaluate("() => window.__same_frame && window.map.getZoom()") == zoom + 1
    assert page.evaluate(page_runs) == before
    # Back to the event (the map now draws only what is in and around its view); a marker
    # click reruns the map's fragment too, and shows the event's details.
    runs = app.runs()
    point = tajikistan_meeting.geometry
    frame.evaluate("([lat, lng]) => window.map.setView([lat, lng], 12)", [point.y, point.x])
    app.wait_runs(runs + 1)
    app.click_marker(tajikistan_meeting["event_id"], zoom=None)
    expect(page.locator(".mapapp-details h3")).to_have_text(tajikistan_meeting["title"])
    assert page.evaluate(page_runs) == before


def test_page_slider_change_keeps_zoom(app: Any, events: gpd.GeoDataFrame) -> None:
    """Moving the slider swaps the markers in place: same iframe, same zoom level."""
    app.open()
    frame = app.frame()
    zoom = frame.evaluate("() => window.map.getZoom()")
    app.zoom_in()
    app.zoom_in()
    frame.evaluate("() => { window.__same_iframe = true; }")
    app.press_slider("ArrowLeft", 1)
    last = events["date_end"].max().date() - dt.timedelta(days=1)
    wanted = set(mappable(overlapping(events, events["date_start"].min().date(), last))["event_id"])
    assert wanted != set(mappable(events)["event_id"]), "the step should drop an event"
    app.wait_map_ids(wanted & in_view(app, events))
    assert frame.evaluate("() => window.__same_iframe") is True
    assert frame.evaluate("() => window.map.getZoom()") == zoom + 2


def test_page_table_row_shows_details(app: Any, events: gpd.GeoDataFrame) -> None:
    """Selecting a row of the table shows that event's details (also for unmapped events)."""
    event = events[events.geometry.isna()].iloc[0]
    app.open(urlencode([("q", event["title"])]))
    expect(app.page.get_by_text(f"1 of {len(events)} events")).to_be_visible()
    runs = app.runs()
    grid = app.page.locator("[data-testid='stDataFrame']")
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    app.page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row's tick box
    app.wait_runs(runs + 1)
    expect(app.page.locator(".mapapp-details h3")).to_have_text(event["title"])


def test_page_slider_moves_leave_no_replaced_layers_behind(
    app: Any, events: gpd.GeoDataFrame
) -> None:
    """After several slider moves the map's frame holds only the layers on the map.

    streamlit-folium keeps every group it ever added in ``window.feature_group``; the page
    empties that list before each new set (mapapp.page.ForgetReplacedLayers), or every move
    would keep a full set of dead markers alive in the browser.
    """
    app.open()
    everything = set(mappable(events)["event_id"])
    for key in ("PageUp", "PageDown", "PageUp", "PageDown"):
        app.press_slider(key)
        if key == "PageUp":  # the window lost its first tenth, and the map some markers
            app.frame().wait_for_function(
                "(n) => window.map.getPanes().overlayPane && window.feature_group"
                " .filter((g) => window.map.hasLayer(g) && !(g instanceof L.MarkerClusterGroup))"
                " .reduce((k, g) => k + g.getLayers()[0].getLayers().length, 0) < n",
                arg=len(everything),
            )
        else:
            app.wait_map_ids(everything)
    groups = app.frame().evaluate("() => window.feature_group.map((g) => window.map.hasLayer(g))")
    types = mappable(events)["event_type"].nunique()
    assert groups == [True] * (1 + types)  # the group of events at one place, and each type


def test_page_open_list_stays_open_when_its_count_changes(
    app: Any, events: gpd.GeoDataFrame
) -> None:
    """The 'Not on the map' list, once opened, stays open while the slider changes its count."""
    unmapped = events[events.geometry.isna()]
    app.open()
    page = app.page
    box = page.locator("[data-testid='stExpander']", has_text="Not on the map")
    runs = app.runs()
    box.get_by_text(f"Not on the map: {len(unmapped)}").click()
    app.wait_runs(runs + 1)
    text = box.locator("[data-testid='stDataFrame'] table")  # the list's grid, as the DOM has it
    expect(text).to_contain_text(unmapped["title"].iloc[0])
    app.press_slider("ArrowLeft", 1)  # narrowed: undated events are hidden
    dated = unmapped[unmapped["date_start"].notna() | unmapped["date_end"].notna()]
    assert 0 < len(dated) < len(unmapped), "the move should change the count"
    expect(box.get_by_text(f"Not on the map: {len(dated)}")).to_be_visible()
    expect(text).to_contain_text(dated["title"].iloc[0])


def test_page_pan_is_reported_at_once_and_reruns_the_map_once(app: Any) -> None:
    """The view goes to the page as the pan ends (not after st_folium's 250 ms debounce), and
    the component's own late report, finding nothing new, starts no second run."""
    app.open()
    runs = app.runs()
    now, sent = app.frame().evaluate(
        """() => {
            window.map.panBy([200, 0], {animate: false});
            const sent = window.__GLOBAL_DATA__.previous_data.bounds;
            return [window.map.getBounds().getWest(), sent._southWest.lng];
        }"""
    )
    assert sent == pytest.approx(now)
    app.wait_runs(runs + 1)
    app.wait_settled()
    assert app.runs() == runs + 1
