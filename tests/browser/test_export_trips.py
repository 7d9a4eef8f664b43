"""The HTML export's Trips layer (``to_html(trips=True)``) opened from disk in real Chromium.

Arcs and arrows are counted through Leaflet; the date window hides the trips outside it; an
arrow's tooltip names the traveller and the stops. The network is cut: nothing is fetched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from offline import MAP_JS, cut_network
from playwright.sync_api import expect

from mapapp.bundled import STATE_HISTORY_EVENTS
from mapapp.filters import filter_events
from mapapp.itineraries import find_trips
from mapapp.readers import read_events
from mapapp.render.html import to_html

pytestmark = pytest.mark.browser

WINDOW = (dt.date(2021, 1, 20), dt.date(2021, 12, 31))
# Arcs (polylines) of trips drawn on the map.
ARCS_JS = f"""
() => {{
  const map = {MAP_JS};
  let n = 0;
  map.eachLayer((layer) => {{
    if (layer.feature && layer.feature.properties.part === "arc") n += 1;
  }});
  return n;
}}
"""


def test_export_trips_drawn_windowed_and_explained(page: Any, tmp_path: Path) -> None:
    events = filter_events(read_events(STATE_HISTORY_EVENTS), start=WINDOW[0], end=WINDOW[1])
    trips = find_trips(events)
    arcs = sum(len(t.legs) - 1 for t in trips)
    assert len(trips) >= 5
    refused = cut_network(page.context)
    path = tmp_path / "trips.html"
    path.write_text(to_html(events, trips=True), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_function(f"() => window.L && ({ARCS_JS})() === {arcs}")
    expect(page.locator(".mapapp-trip-arrow")).to_have_count(arcs)

    # A window after every trip's start but the last ones: fewer arcs, none outside it.
    late = max(t.start for t in trips)
    page.locator("input[name=from]").fill(late.isoformat())
    page.locator("input[name=from]").dispatch_event("change")
    kept = sum(len(t.legs) - 1 for t in trips if t.end >= late)
    page.wait_for_function(f"() => ({ARCS_JS})() === {kept}")
    assert 0 < kept < arcs
    page.locator("button[name=all]").click()
    page.wait_for_function(f"() => ({ARCS_JS})() === {arcs}")

    page.locator(".mapapp-trip-arrow").first.hover(force=True)
    tooltip = page.locator(".leaflet-tooltip .mapapp-trip")
    expect(tooltip).to_have_count(1)
    text = tooltip.inner_text()
    assert any(t.traveller in text and f"1. {t.legs[0].place}" in text for t in trips)
    assert refused == []
