"""The HTML export (``mapapp.export.to_html``) of hostile events, opened in real Chromium.

The page is written to a temporary file and opened from disk; it is self-contained (Leaflet and
the basemap inside), so the router serves it nothing, and anything that tries to leave the
machine fails the test. The events are the hostile
fixture (``alert(...)`` payloads: any dialog fails the test) plus copies whose every text field
sets ``window.__xss``. The markers are drawn on a canvas, so they are counted through Leaflet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from browser_harness import Router
from offline import MAP_JS, MARKERS_JS
from playwright.sync_api import expect

from mapapp.model import PROSE_COLUMNS
from mapapp.readers import read_events
from mapapp.records import coerce_events
from mapapp.render.escape import escape_text
from mapapp.render.html import to_html
from tests.conftest import good_record

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "hostile.geojson"
XSS = (
    '<img src=x onerror="window.__xss=1"> <script>window.__xss=1</script> '
    "${window.__xss=1} `;window.__xss=1;` {{ 6*7 }} javascript:window.__xss=1"
)

# No zoom or pan animation running (folium's fitBounds animates just after load).
IDLE_JS = f"""
() => {{
  const map = {MAP_JS};
  return Boolean(map) && !map._animatingZoom && !(map._panAnim && map._panAnim._inProgress);
}}
"""
# Centre the map on one marker (no animation), out of its badge if grouped; its position.
CENTRE_JS = f"""
([id, zoom]) => {{
  const map = {MAP_JS};
  let found = null;
  map.eachLayer((l) => {{
    const grouped = L.MarkerClusterGroup && l instanceof L.MarkerClusterGroup;
    for (const m of (grouped ? l.getLayers() : [l])) {{
      if (m.feature && m.feature.properties.event_id === id) {{ found = m; }}
    }}
  }});
  map.setView(found.getLatLng(), zoom, {{animate: false}});
  let badge = found;  // grouped with others at one place: fan the badge out, as a click does
  while (badge && !map.hasLayer(badge)) {{ badge = badge.__parent; }}
  if (badge && badge !== found && badge.spiderfy) {{ badge.spiderfy(); }}
  const p = map.latLngToContainerPoint(found.getLatLng());
  const box = map.getContainer().getBoundingClientRect();
  return {{x: box.left + p.x, y: box.top + p.y}};
}}
"""


@pytest.fixture(scope="module")
def hostile_events() -> gpd.GeoDataFrame:
    fixture = read_events(FIXTURE)
    raw = [
        good_record(
            event_id=f"xss-{n}",
            lat=str(30 + n),
            lon=str(60 + n),
            **{name: f"{name} {n} {XSS}" for name in PROSE_COLUMNS},
            actors=f"A{n} <img src=x onerror=window.__xss=1>; B{n} {{{{ 6*7 }}}}",
        )
        for n in (1, 2)
    ]
    events = pd.concat([fixture, coerce_events(pd.DataFrame(raw))], ignore_index=True)
    return gpd.GeoDataFrame(events, geometry="geometry", crs=fixture.crs)


def test_export_page_shows_hostile_markers_and_runs_nothing(
    page: Any,
    router: Router,
    dialogs: list[str],
    tmp_path: Path,
    hostile_events: gpd.GeoDataFrame,
) -> None:
    """Every mappable event is a marker; tooltips and popups show the payloads as text."""
    path = tmp_path / "export.html"
    path.write_text(to_html(hostile_events), encoding="utf-8")
    page.goto(path.as_uri())
    mappable = hostile_events[hostile_events.geometry.notna()]
    page.wait_for_function(
        f"() => window.L && ({MARKERS_JS})().length === {len(mappable)}", timeout=30_000
    )
    found = page.evaluate(MARKERS_JS)
    assert sorted(found) == sorted(escape_text(i) for i in mappable["event_id"])
    page.wait_for_function(IDLE_JS)

    target = page.evaluate(CENTRE_JS, ["xss-1", 8])
    page.mouse.move(target["x"], target["y"])
    tooltip = page.locator(".leaflet-tooltip")
    expect(tooltip).to_contain_text(f"title 1 {XSS}")
    page.mouse.click(target["x"], target["y"])
    popup = page.locator(".leaflet-popup-content")
    expect(popup).to_contain_text(f"source_quote 1 {XSS}")
    expect(popup).to_contain_text(f"summary 1 {XSS}")
    assert popup.locator("img, script").count() == 0

    fixture_id = escape_text(mappable["event_id"].iloc[0])
    target = page.evaluate(CENTRE_JS, [fixture_id, 12])
    page.mouse.click(target["x"], target["y"])
    fixture_title = mappable["title"].iloc[0]
    expect(page.locator(".leaflet-popup-content", has_text=fixture_title)).to_contain_text(
        fixture_title
    )

    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert dialogs == []
    assert router.served == [], "the export is self-contained: it should fetch no CDN file"


def test_export_keeps_one_popup_when_a_fanned_out_marker_is_clicked(
    page: Any, router: Router, tmp_path: Path, hostile_events: gpd.GeoDataFrame
) -> None:
    """A popup is open; a click on a marker fanned out of a badge elsewhere replaces it.

    Counted when each popup opens (Leaflet fires ``popupopen`` after closing the last one), so
    a closing popup left in the page while it fades out counts as open.
    """
    path = tmp_path / "export.html"
    path.write_text(to_html(hostile_events), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_function(f"() => window.L && Boolean({MAP_JS})", timeout=30_000)
    page.wait_for_function(IDLE_JS)
    page.evaluate(
        f"""() => {{
          window.__popups = [];
          ({MAP_JS}).on("popupopen", () => window.__popups.push(
            document.querySelectorAll(".leaflet-popup").length));
        }}"""
    )
    target = page.evaluate(CENTRE_JS, ["xss-1", 8])
    page.mouse.click(target["x"], target["y"])
    expect(page.locator(".leaflet-popup-content")).to_contain_text("title 1")
    mappable = hostile_events[hostile_events.geometry.notna()]
    shared = mappable[mappable.geometry.duplicated(keep=False)]  # events at one place
    assert len(shared) >= 2
    target = page.evaluate(CENTRE_JS, [escape_text(shared["event_id"].iloc[0]), 12])
    page.mouse.click(target["x"], target["y"])
    assert page.evaluate("() => window.__popups") == [1, 1]
    expect(page.locator(".leaflet-popup-content")).to_contain_text(shared["title"].iloc[0])
    expect(page.locator(".leaflet-popup")).to_have_count(1)
