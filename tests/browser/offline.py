"""Helpers for the offline tests: a browser context with the network cut, and what it draws.

:func:`cut_network` refuses every request that is not to the loopback address or a local URL
(``file:``, ``data:``, ``blob:``) and records it, unlike :class:`browser_harness.Router`, which
serves folium's CDN files from npm copies: here nothing may be needed from outside.
"""

from __future__ import annotations

from typing import Any

from browser_harness import NOT_LOCAL, is_local

# The Leaflet map of a folium page (its variable is named map_<id>) and its drawn event markers:
# those on the map, and those the group of events at one place on the map draws (each as itself
# or inside a count badge; mapapp.render.cluster).
MAP_JS = "Object.values(window).find((v) => window.L && v instanceof L.Map)"
MARKERS_JS = f"""
() => {{
  const map = {MAP_JS};
  const out = new Set();
  map.eachLayer((layer) => {{
    const grouped = L.MarkerClusterGroup && layer instanceof L.MarkerClusterGroup;
    for (const m of (grouped ? layer.getLayers() : [layer])) {{
      if (m instanceof L.CircleMarker && m.feature) {{ out.add(m.feature.properties.event_id); }}
    }}
  }});
  return [...out];
}}
"""
# Pixels of the basemap's own canvas (in its pane): how many have the land colour, of how many.
BASEMAP_PIXELS_JS = """
([pane, rgb]) => {
  const canvas = document.querySelector(`.leaflet-${pane}-pane canvas`);
  if (!canvas) { return null; }
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let land = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1])
        + Math.abs(data[i + 2] - rgb[2]) < 12 && data[i + 3] > 200) { land += 1; }
  }
  return [land, data.length / 4];
}
"""


def cut_network(context: Any) -> list[str]:
    """Refuse every non-local request of ``context``; returns the (live) list of refused URLs."""
    refused: list[str] = []

    def handle(route: Any) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort("internetdisconnected")

    context.route(NOT_LOCAL, handle)
    return refused


def basemap_pixels(frame: Any, colour: str) -> tuple[int, int]:
    """(pixels of ``colour``, all pixels) on the Natural Earth canvas of the map in ``frame``."""
    from mapapp.render.basemap import PANE

    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    result = frame.evaluate(BASEMAP_PIXELS_JS, [PANE, rgb])
    assert result is not None, "the map has no basemap canvas"
    return int(result[0]), int(result[1])
