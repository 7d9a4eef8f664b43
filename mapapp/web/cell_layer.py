"""The circles of the zoom-aware map's areas: one per cell, sized by its count.

A cell is a map tile (:func:`tile_bounds`); hovering its circle shows how many events of each
type it holds and its top actors (:func:`cell_lines`, escaped), clicking it fits the map to the
cell (:class:`ZoomToCell`). :mod:`mapapp.web.viewport` decides which cells a view shows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import folium
import pandas as pd
from branca.element import MacroElement
from folium.template import Template

from mapapp.model import EVENT_TYPES
from mapapp.render.aggregate import AGGREGATE_COLOUR, bin_radius
from mapapp.render.escape import escape_text
from mapapp.render.points import PointLayer
from mapapp.render.style import TYPE_LABELS

__all__ = ["AREAS_LAYER", "ZoomToCell", "build_cell_layer", "cell_lines", "tile_bounds"]

AREAS_LAYER = "Event areas"
Bounds = list[list[float]]  # [[south, west], [north, east]], as Leaflet and folium write them


def tile_bounds(x: int, y: int, zoom: int) -> Bounds:
    """``[[south, west], [north, east]]`` of tile ``(x, y)`` at ``zoom``.

    >>> tile_bounds(0, 0, 1)
    [[0.0, -180.0], [85.0511287798066, 0.0]]
    """
    n = 2.0**zoom

    def lat(row: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * row / n))))

    return [[lat(y + 1), x / n * 360.0 - 180.0], [lat(y), (x + 1) / n * 360.0 - 180.0]]


def _count_words(n: int, label: str) -> str:
    word = label.lower()
    return f"{n:,} {word}{'s' if n != 1 and word != 'other' else ''}"


def cell_lines(row: Mapping[str, Any]) -> list[str]:
    """What a cell's tooltip says, as plain-text lines (escaped by the layer).

    >>> cell_lines({"count": 12, "n_meeting": 10, "n_visit": 2, "top_actors": [("Taliban", 7)]})
    ['12 events here', '10 meetings, 2 visits', 'Most often: Taliban (7)', 'Click to zoom in']
    """
    count = int(row["count"])
    parts = [
        (int(row.get(f"n_{t}", 0)), TYPE_LABELS.get(t, t))
        for t in EVENT_TYPES
        if int(row.get(f"n_{t}", 0))
    ]
    parts.sort(key=lambda p: -p[0])
    lines = [f"{count:,} event{'s' if count != 1 else ''} here"]
    if parts:
        lines.append(", ".join(_count_words(n, label) for n, label in parts))
    actors = row.get("top_actors") or []
    if len(actors):
        lines.append("Most often: " + ", ".join(f"{name} ({n:,})" for name, n in actors))
    return [*lines, "Click to zoom in"]


class ZoomToCell(MacroElement):
    """A click on a cell of ``layer`` fits the map to the cell (its ``bounds`` property)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.layer.get_name() }}.on("click", function (e) {
            var bounds = e.layer && e.layer.feature && e.layer.feature.properties.bounds;
            var map = e.layer._map || {{ this.layer.get_name() }}._map;
            if (map && bounds) { map.fitBounds(bounds); }
        });
        {% endmacro %}
        """
    )

    def __init__(self, layer: PointLayer) -> None:
        super().__init__()
        self._name = "ZoomToCell"
        self.layer = layer


def build_cell_layer(cells: pd.DataFrame, zoom: int) -> folium.FeatureGroup:
    """One group of circles, one per cell, sized by count; hover: counts by type; click: zoom.

    Each feature's properties: ``cell_id`` (``"zoom/x/y"``), ``count``, ``bounds`` (of the
    cell's tile) and the escaped ``tooltip``; no ``event_id``, so the page ignores a click.
    """
    total = int(cells["count"].sum()) if len(cells) else 0
    group = folium.FeatureGroup(name=escape_text(f"{AREAS_LAYER} ({total:,} events)"))
    if len(cells) == 0:
        return group
    rows = cells.to_dict("records")
    properties, styles = [], []
    for row in rows:
        x, y = int(row["x"]), int(row["y"])
        properties.append(
            {
                "cell_id": f"{zoom}/{x}/{y}",
                "count": int(row["count"]),
                "bounds": tile_bounds(x, y, zoom),
                "tooltip": "<br>".join(escape_text(line) for line in cell_lines(row)),
            }
        )
        styles.append(
            {
                "radius": bin_radius(int(row["count"])),
                "color": AGGREGATE_COLOUR,
                "weight": 1,
                "opacity": 0.9,
                "fillColor": AGGREGATE_COLOUR,
                "fillOpacity": 0.5,
            }
        )
    layer = PointLayer(
        [float(r["lat"]) for r in rows],
        [float(r["lon"]) for r in rows],
        properties,
        styles,
        tooltip=["tooltip"],
    )
    layer.add_to(group)
    ZoomToCell(layer).add_to(group)
    return group
