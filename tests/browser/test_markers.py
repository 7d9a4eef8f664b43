"""Markers in real Chromium: readable tooltips, co-located events as one badge that fans out."""

from __future__ import annotations

import html
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from browser_harness import IFRAME, MAP_IDLE_JS
from playwright.sync_api import expect

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events
from mapapp.render.display import prepare_for_folium
from mapapp.render.style import BADGE_MIXED, COLOUR_GROUPS, TYPE_LABELS, badge_inks

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
# The count shown by the badge drawn at a point of the map (container pixels), or null.
BADGE_AT_JS = """
([x, y]) => {
  const map = window.map.getContainer().getBoundingClientRect();
  for (const el of document.querySelectorAll('.mapapp-badge')) {
    const b = el.getBoundingClientRect();
    const cx = b.left + b.width / 2 - map.left, cy = b.top + b.height / 2 - map.top;
    if (Math.abs(cx - x) < 3 && Math.abs(cy - y) < 3) { return el.textContent; }
  }
  return null;
}
"""


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


@pytest.fixture(scope="module")
def abu_dhabi(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The seed's three events in Abu Dhabi, at one point."""
    rows = events[(events["place_name"] == "Abu Dhabi") & events.geometry.notna()]
    assert len(rows) == 3, f"the bundled data should hold 3 events in Abu Dhabi, not {len(rows)}"
    return rows


def _view(app: Any, lat: float, lon: float, zoom: int) -> None:
    """Set the map's view and wait for the rerun it causes (the page draws what is in view)."""
    runs = app.runs()
    app.frame().evaluate(
        "([lat, lon, z]) => { window.map.setView([lat, lon], z, {animate: false}); }",
        [lat, lon, zoom],
    )
    app.wait_runs(runs + 1)
    app.frame().wait_for_function(MAP_IDLE_JS)


def _markers(app: Any, ids: set[str]) -> list[dict[str, Any]]:
    found = [m for layer in app.map_state()["layers"] if layer["onMap"] for m in layer["markers"]]
    return [m for m in found if html.unescape(m["id"]) in ids]


def test_tooltip_is_a_readable_box_inside_the_map(app: Any, abu_dhabi: gpd.GeoDataFrame) -> None:
    """Hover: title first, then date and place, in a box at most ~320 px wide, inside the map.

    An Abu Dhabi event: its inferred place carries the longest notes of the seed data.
    """
    chosen: pd.Series = abu_dhabi.loc[abu_dhabi["location_note"].str.len().idxmax()]
    app.open()
    _view(app, chosen.geometry.y, chosen.geometry.x, 8)
    app.click_marker(chosen["event_id"], zoom=None, move_only=True)
    frame = app.frame()
    frame.wait_for_function("() => document.querySelector('.leaflet-tooltip.mapapp-tooltip')")
    found = frame.evaluate(TOOLTIP_BOX_JS)
    tip, box = found["tip"], found["map"]
    assert 190 <= tip["width"] <= 340, tip
    assert tip["height"] <= 220, tip
    assert box["left"] <= tip["left"] and tip["right"] <= box["right"], found
    assert box["top"] <= tip["top"] and tip["bottom"] <= box["bottom"], found
    lines = tip["text"].splitlines()
    assert lines[0] == chosen["title"]
    assert "December 2022" in lines[1], lines
    assert lines[-1].endswith("of 3 events here"), lines


def test_events_at_one_place_are_one_badge_that_fans_out(
    app: Any, abu_dhabi: gpd.GeoDataFrame
) -> None:
    """Zoom 5 on Abu Dhabi: one badge "3"; a click fans out 3 markers; a click on one selects it."""
    ids = set(abu_dhabi["event_id"])
    app.open()
    _view(app, abu_dhabi.geometry.y.iloc[0], abu_dhabi.geometry.x.iloc[0], 5)
    markers = _markers(app, ids)
    assert [m["badge"] for m in markers] == [3, 3, 3], markers
    assert len({(m["x"], m["y"]) for m in markers}) == 1, "one badge for the three"
    x, y = markers[0]["x"], markers[0]["y"]
    assert app.frame().evaluate(BADGE_AT_JS, [x, y]) == "3"

    iframe = app.page.locator('iframe[title="streamlit_folium.st_folium"]')
    iframe.evaluate("(el) => el.scrollIntoView({block: 'center'})")
    box = iframe.bounding_box()
    app.page.mouse.click(box["x"] + x, box["y"] + y)
    app.frame().wait_for_function(
        "() => Object.values(window.map._layers).some((l) => l._spiderLeg)"
    )
    fanned = _markers(app, ids)
    assert [m["badge"] for m in fanned] == [0, 0, 0] and all(m["drawn"] for m in fanned)
    spots = [(m["x"], m["y"]) for m in fanned]
    gaps = [
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
        for i, a in enumerate(spots)
        for b in spots[i + 1 :]
    ]
    assert min(gaps) >= 10, spots

    chosen = abu_dhabi.sort_values("event_id").iloc[0]
    runs = app.runs()
    app.click_marker(chosen["event_id"], zoom=None)
    app.wait_runs(runs + 1)
    expect(app.page.locator(".mapapp-details h3")).to_have_text(chosen["title"])


# Every marker the map draws, with its outline as Leaflet drew it on the canvas: the polygon's
# corners relative to the centre in units of the radius, or "circle". Markers inside a badge
# are drawn fanned out, one badge at a time (as clicks on the badges would).
OUTLINES_JS = """
() => {
  const out = new Map();
  const collect = () => {
    for (const g of (window.feature_group || [])) {
      if (!window.map.hasLayer(g) || !g.eachLayer) continue;
      g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((m) => {
        if (!m._map || !m._point) return;
        const parts = m._parts && m._parts[0];
        out.set(m.feature.properties.event_id, parts && parts.length
          ? parts.map((p) => [(p.x - m._point.x) / m._radius, (p.y - m._point.y) / m._radius])
          : "circle");
      }));
    }
  };
  collect();
  const badges = [];
  window.map.eachLayer((l) => { if (l.spiderfy && l.getChildCount) badges.push(l); });
  for (const badge of badges) { badge.spiderfy(); collect(); badge.unspiderfy(); }
  return [...out].map(([id, outline]) => ({id, outline}));
}
"""
# The legend's event types: label → the outline of its icon (as above) and whether it is seen.
LEGEND_SHAPES_JS = """
() => {
  const out = {};
  for (const svg of document.querySelectorAll('.mapapp-legend svg')) {
    const row = svg.parentElement, polygon = svg.querySelector('polygon');
    const outline = polygon ? polygon.getAttribute('points').split(' ').map((xy) =>
      xy.split(',').map(Number)) : 'circle';
    out[row.innerText.trim()] = {outline, seen: svg.getBoundingClientRect().width > 0};
  }
  return out;
}
"""


def _same(a: Any, b: Any, tol: float = 0.05) -> bool:
    """Two outlines alike: both circles, or polygons whose corners agree to ``tol`` radii
    (Leaflet draws on whole pixels)."""
    if a == "circle" or b == "circle":
        return a == b
    return len(a) == len(b) and all(
        abs(p - q) <= tol for u, v in zip(a, b, strict=True) for p, q in zip(u, v, strict=True)
    )


def test_event_types_are_drawn_as_the_shapes_the_legend_shows(
    app: Any, events: gpd.GeoDataFrame
) -> None:
    """Markers of each type on the map have their type's outline, one per type, as in the legend."""
    app.open()
    frame = app.frame()
    drawn = frame.evaluate(OUTLINES_JS)
    type_of = dict(zip(events["event_id"], events["event_type"], strict=True))
    by_type: dict[str, Any] = {}
    for marker in drawn:
        event_type = type_of[html.unescape(marker["id"])]
        first = by_type.setdefault(event_type, marker["outline"])
        assert _same(first, marker["outline"]), (event_type, first, marker)  # one outline a type
    assert len(by_type) >= 3, by_type  # meetings, visits, conferences, ... on the opening map
    kinds = list(by_type.items())
    for i, (one, a) in enumerate(kinds):  # a different outline for each type
        assert not any(_same(a, b) for _, b in kinds[i + 1 :]), (one, by_type)

    page = app.page
    page.frame_locator(IFRAME).locator(".mapapp-legend-control summary").click()
    legend = frame.evaluate(LEGEND_SHAPES_JS)
    for event_type, outline in by_type.items():
        shown = legend[TYPE_LABELS[event_type]]
        assert shown["seen"], event_type
        assert _same(shown["outline"], outline), (event_type, shown, outline)
    icons = [entry["outline"] for entry in legend.values()]
    assert len(icons) == len(TYPE_LABELS)
    assert not any(_same(a, b) for i, a in enumerate(icons) for b in icons[i + 1 :])


# Every count badge on the map: its events and how its count is painted.
BADGES_JS = """
() => {
  const out = [];
  window.map.eachLayer((l) => {
    if (!l.getAllChildMarkers || !l._icon) return;
    const span = getComputedStyle(l._icon.querySelector('span'));
    out.push({ids: l.getAllChildMarkers().map((m) => m.feature.properties.event_id),
              fill: span.backgroundColor, ring: span.backgroundImage, ink: span.color});
  });
  return out;
}
"""


def _rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_badges_are_coloured_by_who_their_events_are(app: Any, events: gpd.GeoDataFrame) -> None:
    """A badge whose events share a colour group is filled with it; one mixing groups is white
    inside a ring of each group's colour (the page's default "who took part" colours)."""
    app.open()
    badges = app.frame().evaluate(BADGES_JS)
    prepared = prepare_for_folium(events)
    colour_of = {
        event_id: COLOUR_GROUPS[group]["colour"]
        for event_id, group in zip(
            events.loc[prepared.index, "event_id"], prepared["alignment"], strict=True
        )
    }
    kinds = set()
    for badge in badges:
        colours = sorted({colour_of[html.unescape(i)] for i in badge["ids"]})
        if len(colours) == 1:
            kinds.add("filled")
            assert badge["fill"] == _rgb(colours[0]), (badge, colours)
            assert badge["ink"] == _rgb(dict(badge_inks())[colours[0]])
            assert "conic-gradient" not in badge["ring"]
        else:
            kinds.add("mixed")
            assert "conic-gradient" in badge["ring"], badge
            assert all(_rgb(c) in badge["ring"] for c in colours), (badge, colours)
            assert _rgb(BADGE_MIXED) in badge["ring"]  # the white centre
    assert kinds == {"filled", "mixed"}, badges  # the opening map has both kinds
