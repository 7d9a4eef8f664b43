"""The Trips layer in real Chromium: arcs with arrows on the travel records, and the trip on hover.

Expected trips come from the bundled records, grouped here with :func:`find_trips`; the page is
only observed (the Leaflet layers in the st_folium iframe, its tooltip and popup, the URL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from playwright.sync_api import expect

from mapapp.bundled import STATE_HISTORY_EVENTS
from mapapp.filters import filter_events
from mapapp.itineraries import Trip, find_trips
from mapapp.readers import read_events
from mapapp.web.datasets import DATASET, TRAVEL
from mapapp.web.page import TRIPS

pytestmark = pytest.mark.browser

WINDOW = (dt.date(2021, 1, 20), dt.date(2021, 12, 31))

# The arcs (LineStrings) and arrows the Trips layer holds on the map: [arcs, arrows].
TRIP_PARTS_JS = """
() => {
  const counts = [0, 0];
  for (const g of (window.feature_group || [])) {
    if (!window.map.hasLayer(g)) continue;
    g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((part) => {
      const kind = part.feature && part.feature.properties.part;
      if (kind === "arc" && part.getLatLngs && part._map) counts[0] += 1;
      if (kind === "arrow" && part._icon) counts[1] += 1;
    }));
  }
  return counts;
}
"""

# The index of the first trip's first arrow among the page's arrows (-1 if none); with
# ``centre`` true the map is first centred on it.
FIRST_ARROW_JS = """
(centre) => {
  for (const g of (window.feature_group || [])) {
    if (!window.map.hasLayer(g)) continue;
    let found = null;
    g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((part) => {
      const p = part.feature && part.feature.properties;
      if (!found && p && p.part === "arrow" && p.trip === 0) found = part;
    }));
    if (found) {
      if (centre) window.map.setView(found.getLatLng(), 6, {animate: false});
      return Array.from(document.querySelectorAll(".mapapp-trip-arrow")).indexOf(found._icon);
    }
  }
  return -1;
}
"""


@pytest.fixture(scope="module")
def trips() -> list[Trip]:
    events = filter_events(read_events(STATE_HISTORY_EVENTS), start=WINDOW[0], end=WINDOW[1])
    return find_trips(events)


def test_trips_toggle_draws_arcs_and_hover_shows_the_trip(app: Any, trips: list[Trip]) -> None:
    assert len(trips) >= 5, "the window should hold several trips of the travel records"
    arcs = sum(len(t.legs) - 1 for t in trips)
    query = urlencode([(DATASET, TRAVEL), ("dates", WINDOW[0]), ("dates", WINDOW[1])])
    app.open(query)
    assert app.frame().evaluate(TRIP_PARTS_JS) == [0, 0]  # off by default

    runs = app.runs()
    app.page.get_by_text("Trips", exact=True).click()
    app.wait_runs(runs + 1)
    frame = app.frame()
    frame.wait_for_function(f"() => ({TRIP_PARTS_JS})()[0] === {arcs}", timeout=30_000)
    assert frame.evaluate(TRIP_PARTS_JS) == [arcs, arcs]
    expect(app.page.get_by_text(f"Trips: {len(trips)} drawn as arcs").first).to_be_visible()
    app.page.wait_for_function("(key) => new URLSearchParams(location.search).has(key)", arg=TRIPS)
    assert parse_qs(urlsplit(app.page.url).query)[TRIPS] == ["true"]

    # The first trip (sorted by traveller, then date): its arrow shows the trip on hover.
    first = trips[0]
    app.page.locator("iframe").first.scroll_into_view_if_needed()
    assert frame.evaluate(FIRST_ARROW_JS, True) >= 0
    # The new view reruns the map's fragment, which redraws the layers: hovering before that
    # would catch the old arrow's tooltip and then the new one's. Find the arrow again after it.
    app.wait_settled()
    frame = app.frame()
    index = frame.evaluate(FIRST_ARROW_JS, False)
    assert index >= 0
    arrow = frame.locator(".mapapp-trip-arrow").nth(index)
    arrow.hover()
    tooltip = frame.locator(".leaflet-tooltip .mapapp-trip")
    expect(tooltip).to_contain_text(first.traveller)
    for number, leg in enumerate(first.legs[:3], start=1):
        expect(tooltip).to_contain_text(f"{number}. {leg.place}")
    arrow.click()
    popup = frame.locator(".leaflet-popup-content .mapapp-trip")
    expect(popup).to_contain_text(first.traveller)
    expect(popup).to_contain_text(f"2. {first.legs[1].place}")
