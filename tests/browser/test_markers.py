"""Markers in real Chromium: readable tooltips, co-located events as one badge that fans out."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import pandas as pd
import pytest

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
