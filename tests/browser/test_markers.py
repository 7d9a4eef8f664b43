"""Markers in real Chromium: readable tooltips, co-located events as one badge that fans out."""

from __future__ import annotations

import html
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from browser_harness import IFRAME
from playwright.sync_api import expect

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events

pytestmark = pytest.mark.browser

# The tooltip's box and the map's, in the map frame's pixels.
TOOLTIP_BOX_JS = """
() => {
  const tip = document.querySelector('.leaflet-tooltip.mapapp-tooltip');
  if (!tip) { return null; }
  const box = tip.getBoundingClientRect();
  const map = window.map.getContainer().getBoundingClientRect();
  return {tip: {left: box.left, top: box.top, right: box.right, bottom: box.bottom,
                width: box.width, height: box.height, text: tip.innerText},
          map: {left: map.left, top: map.top, right: map.right, bottom: map.bottom}};
}
"""


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


@pytest.fixture(scope="module")
def long_label_event(events: gpd.GeoDataFrame) -> pd.Series:
    """The event with the longest place note: the tooltip most likely to run off the map."""
    has_place = events.geometry.notna() & events["location_note"].notna()
    notes = events.loc[has_place, "location_note"].str.len()
    return events.loc[notes.idxmax()]


def test_tooltip_is_a_readable_box_inside_the_map(app: Any, long_label_event: pd.Series) -> None:
    """Hover: title first, then date and place, in a box at most ~320 px wide, inside the map."""
    app.open()
    app.click_marker(long_label_event["event_id"], zoom=8, move_only=True)
    frame = app.frame()
    frame.wait_for_function("() => document.querySelector('.leaflet-tooltip.mapapp-tooltip')")
    found = frame.evaluate(TOOLTIP_BOX_JS)
    tip, box = found["tip"], found["map"]
    assert 190 <= tip["width"] <= 340, tip
    assert tip["height"] <= 220, tip
    assert box["left"] <= tip["left"] and tip["right"] <= box["right"], found
    assert box["top"] <= tip["top"] and tip["bottom"] <= box["bottom"], found
    lines = tip["text"].splitlines()
    assert lines[0] == long_label_event["title"]
    assert any("December 2022" in line or "2022" in line for line in lines[1:3]), lines


@pytest.fixture(scope="module")
def abu_dhabi(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The seed's three events in Abu Dhabi, at one point."""
    rows = events[(events["place_name"] == "Abu Dhabi") & events.geometry.notna()]
    assert len(rows) == 3, f"the bundled data should hold 3 events in Abu Dhabi, not {len(rows)}"
    return rows


def _markers(app: Any, ids: set[str]) -> list[dict[str, Any]]:
    found = [m for layer in app.map_state()["layers"] if layer["onMap"] for m in layer["markers"]]
    return [m for m in found if html.unescape(m["id"]) in ids]


def test_events_at_one_place_are_one_badge_that_fans_out(
    app: Any, abu_dhabi: gpd.GeoDataFrame
) -> None:
    """Zoom 5 on Abu Dhabi: one badge "3"; a click fans out 3 markers; a click on one selects it."""
    ids = set(abu_dhabi["event_id"])
    app.open()
    frame = app.frame()
    lat, lon = abu_dhabi.geometry.y.iloc[0], abu_dhabi.geometry.x.iloc[0]
    frame.evaluate(
        "([lat, lon]) => { window.map.setView([lat, lon], 5, {animate: false}); }", [lat, lon]
    )
    markers = _markers(app, ids)
    assert [m["badge"] for m in markers] == [3, 3, 3], markers
    assert len({(m["x"], m["y"]) for m in markers}) == 1, "one badge for the three"
    badge = frame.locator(".mapapp-badge", has_text="3")
    x, y = markers[0]["x"], markers[0]["y"]
    on_spot = [
        b
        for b in badge.all()
        if abs(
            b.bounding_box()["x"]
            + b.bounding_box()["width"] / 2
            - app.page.locator(IFRAME).bounding_box()["x"]
            - x
        )
        < 3
    ]
    assert len(on_spot) == 1, "the badge shows the count 3 at Abu Dhabi"

    app.page.locator(IFRAME).evaluate("(el) => el.scrollIntoView({block: 'center'})")
    box = app.page.locator(IFRAME).bounding_box()
    app.page.mouse.click(box["x"] + x, box["y"] + y)
    frame.wait_for_function(
        "() => document.querySelectorAll('.leaflet-cluster-spider-leg').length"
        " || window.map._layers && Object.values(window.map._layers).some((l) => l._spiderLeg)"
    )
    fanned = _markers(app, ids)
    assert [m["badge"] for m in fanned] == [0, 0, 0] and all(m["drawn"] for m in fanned)
    spots = [(m["x"], m["y"]) for m in fanned]
    assert (
        min(
            ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
            for i, a in enumerate(spots)
            for b in spots[i + 1 :]
        )
        >= 10
    ), spots

    chosen = abu_dhabi.sort_values("event_id").iloc[0]
    runs = app.runs()
    app.click_marker(chosen["event_id"], zoom=None)
    app.wait_runs(runs + 1)
    expect(app.page.locator(".mapapp-details h3")).to_have_text(chosen["title"])
