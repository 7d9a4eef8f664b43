"""A light map layer of circle markers: GeoJSON points, a table of styles, one tooltip and popup.

It does what ``folium.GeoJson(..., marker=CircleMarker, style_function=..., tooltip=
GeoJsonTooltip, popup=GeoJsonPopup)`` does for points, at a fraction of the cost on every
Streamlit rerun (``benchmarks/run.py --app`` at 1,000 events: building and rendering the layers
took ~120 ms of the ~140 ms script run with folium.GeoJson):

* folium compiles the *rendered* script of every element as a new Jinja template (branca's
  ``MacroElement.render`` wraps it in ``Element(...)``), i.e. it lexes and parses ~400 KB of
  event data on every run, and evaluates any Jinja syntax in it; this layer's script goes into
  the page as it is (:class:`_Script`);
* folium calls the style function per feature and writes a ``switch`` over every feature id into
  the page; here each feature carries the index of its style in a table of the few distinct
  styles (property ``style``);
* the tooltip and popup are two functions made once for the whole layer (each marker binds
  them: a marker drawn inside a group of events at one place, :mod:`mapapp.render.cluster`,
  is not drawn by its layer, which then receives but cannot show its events).

Text properties must be escaped before they get here (:func:`mapapp.escape.escape_text`): the
tooltip and popup put them into ``innerHTML``, as folium's ``GeoJsonTooltip`` does. The JSON is
made safe inside ``<script>`` (``<``, ``>``, ``&``, ``'``, U+2028 and U+2029 as ``\\u``
escapes; folium's ``tojavascript`` does the first four).

A click on a marker reaches ``st_folium`` as ``last_active_drawing`` = the feature (geometry and
properties), as with folium.GeoJson: the layer is a Leaflet ``L.GeoJSON``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from branca.element import Element, Figure, MacroElement
from folium.template import Template

STYLE = "style"  # feature property holding the index of the feature's style in the table
COORD_DECIMALS = 6  # ~0.1 m


def script_json(value: Any) -> str:
    """JSON text that can stand inside a ``<script>`` element and a JavaScript expression."""
    return (
        orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY)
        .decode()
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
        .replace("\u2028", "\\u2028")  # line separators end a line in older JavaScript
        .replace("\u2029", "\\u2029")
    )


class _Script(Element):
    """Finished JavaScript for the page's script section, never compiled as a template."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def render(self, **kwargs: Any) -> str:
        return self.code


def _distinct_styles(
    styles: Sequence[Mapping[str, Any]],
) -> tuple[list[dict[str, Any]], list[int]]:
    """The distinct styles in order of first use, and each feature's index into them."""
    distinct: list[dict[str, Any]] = []
    index: dict[bytes, int] = {}
    seen: dict[int, int] = {}  # id() of a style object → its index (styles are often shared)
    positions = []
    for style in styles:
        pos = seen.get(id(style))
        if pos is None:
            key = orjson.dumps(style, option=orjson.OPT_SORT_KEYS)
            pos = index.setdefault(key, len(distinct))
            if pos == len(distinct):
                distinct.append(dict(style))
            seen[id(style)] = pos
        positions.append(pos)
    return distinct, positions


def _features(
    lat: Sequence[float],
    lon: Sequence[float],
    properties: Sequence[Mapping[str, Any]],
    positions: Sequence[int],
) -> list[dict[str, Any]]:
    """GeoJSON point features, numbered, each with the index of its style."""
    return [
        {
            "type": "Feature",
            "id": k,
            "properties": {**props, STYLE: pos},
            "geometry": {
                "type": "Point",
                "coordinates": [round(float(x), COORD_DECIMALS), round(float(y), COORD_DECIMALS)],
            },
        }
        for k, (y, x, props, pos) in enumerate(zip(lat, lon, properties, positions, strict=True))
    ]


class PointLayer(MacroElement):
    """Circle markers for GeoJSON points, styled from a table, with a tooltip and an optional popup.

    Parameters
    ----------
    lat, lon : sequence of float
        Where each marker is drawn (WGS84 degrees), in the order of ``properties``.
    properties : sequence of mapping
        Each feature's properties (JSON-serialisable; text already escaped; not ``style``).
    styles : sequence of mapping
        Each feature's Leaflet path options (``radius``, ``color``, ``fillColor``, ...).
    tooltip : sequence of str
        Properties shown on hover, one line each (the first in bold; empty ones left out).
    popup : sequence of str
        Properties shown on click; none: no popup.
    popup_labels : sequence of str, optional
        A label for each popup property (escaped text); default: no labels.
    tooltip_style : str
        Inline CSS of the tooltip's content.
    tooltip_class : str
        CSS class of the tooltip (Leaflet's ``className``), for a stylesheet in the page.
    popup_max_width : int
        Maximum popup width in pixels.
    shapes : mapping, optional
        Outline name → corners in units of the radius (screen axes); a style whose ``shape``
        names one is drawn as that polygon, any other as a circle.

    Attributes
    ----------
    data : dict
        The FeatureCollection; each feature's properties gain ``style``, an index into
        :attr:`styles`.
    styles : list of dict
        The distinct styles, in order of first use.

    Raises
    ------
    ValueError
        When the sequences differ in length, the popup labels do not match the popup fields,
        or a feature has a ``style`` property of its own.

    Notes
    -----
    Children added to the layer are not drawn: it is a leaf, like a marker.

    Examples
    --------
    >>> layer = PointLayer([33.5], [36.3], [{"title": "Talks"}], [{"radius": 7}],
    ...                    tooltip=["title"])
    >>> layer.style_of(layer.data["features"][0])
    {'radius': 7}
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var styles = {{ this.styles_js }};
            var tooltip = {{ this.tooltip_js }};
            var popup = {{ this.popup_js }};
            function box(fields, labels, css, first) {
                return function (marker) {
                    var p = marker.feature.properties, rows = [];
                    fields.forEach(function (name, i) {
                        var value = p[name];
                        if (value === null || value === undefined || value === "") { return; }
                        if (labels) {
                            rows.push("<tr><th>" + labels[i] + "</th><td>" + value + "</td></tr>");
                        } else {
                            rows.push(rows.length || !first ? value : "<b>" + value + "</b>");
                        }
                    });
                    var div = L.DomUtil.create("div");
                    if (css) { div.style.cssText = css; }
                    div.innerHTML = labels ? "<table>" + rows.join("") + "</table>"
                                           : rows.join("<br>");
                    return div;
                };
            }
            var tip = tooltip.fields.length && box(tooltip.fields, null, tooltip.css, true);
            var tipOptions = {sticky: true, direction: "auto", className: tooltip.className};
            var pop = popup.fields.length && box(popup.fields, popup.labels, "", false);
            var popOptions = {maxWidth: popup.maxWidth};
            /* Bound to each marker, not to the layer: the marker may be drawn by a group that
               is not this layer (events at one place, mapapp.render.cluster), and a layer that
               is not on the map opens no tooltip. */
            var shapes = {{ this.shapes_js }};
            /* A circle marker drawn as another outline (style option "shape"): same radius,
               hit test and dashes, on the canvas and in SVG alike. */
            var Shape = L.CircleMarker.extend({
                _updatePath: function () {
                    var unit = shapes[this.options.shape];
                    if (!unit || this._empty()) {
                        return L.CircleMarker.prototype._updatePath.call(this);
                    }
                    var r = this._radius, c = this._point;
                    this._parts = [unit.map(function (p) {
                        return L.point(c.x + p[0] * r, c.y + p[1] * r);
                    })];
                    this._renderer._updatePoly(this, true);
                }
            });
            var layer = L.geoJson({{ this.data_js }}, {
                pointToLayer: function (feature, latlng) {
                    var marker = new Shape(latlng, styles[feature.properties.style]);
                    if (tip) { marker.bindTooltip(tip, tipOptions); }
                    if (pop) { marker.bindPopup(pop, popOptions); }
                    return marker;
                }
            });
            return layer;
        })();
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        lat: Sequence[float],
        lon: Sequence[float],
        properties: Sequence[Mapping[str, Any]],
        styles: Sequence[Mapping[str, Any]],
        *,
        tooltip: Sequence[str] = (),
        popup: Sequence[str] = (),
        popup_labels: Sequence[str] | None = None,
        tooltip_style: str = "",
        tooltip_class: str = "",
        popup_max_width: int = 300,
        shapes: Mapping[str, Sequence[Sequence[float]]] | None = None,
    ) -> None:
        super().__init__()
        self._name = "PointLayer"
        if not len(lat) == len(lon) == len(properties) == len(styles):
            raise ValueError(
                f"lat, lon, properties and styles differ in length: {len(lat)}, {len(lon)}, "
                f"{len(properties)}, {len(styles)} — pass one of each per point"
            )
        if popup_labels is not None and len(popup_labels) != len(popup):
            raise ValueError(
                f"{len(popup_labels)} popup labels for {len(popup)} popup fields — "
                "pass one label per field, or none"
            )
        if any(STYLE in props for props in properties):
            raise ValueError(
                f"a feature has a {STYLE!r} property, which PointLayer uses for the index of "
                "its style — rename that property"
            )
        self.styles, positions = _distinct_styles(styles)
        self.data: dict[str, Any] = {
            "type": "FeatureCollection",
            "features": _features(lat, lon, properties, positions),
        }
        self.tooltip_fields = list(tooltip)
        self.popup_fields = list(popup)
        self.styles_js = script_json(self.styles)
        self.tooltip_js = script_json(
            {"fields": self.tooltip_fields, "css": tooltip_style, "className": tooltip_class}
        )
        self.popup_js = script_json(
            {
                "fields": self.popup_fields,
                "labels": list(popup_labels) if popup_labels is not None else None,
                "maxWidth": popup_max_width,
            }
        )
        self.data_js = script_json(self.data)
        self.shapes_js = script_json(dict(shapes or {}))

    def style_of(self, feature: Mapping[str, Any]) -> dict[str, Any]:
        """The style a feature of :attr:`data` is drawn with."""
        return self.styles[int(feature["properties"][STYLE])]

    def render(self, **kwargs: Any) -> str:
        """Add the layer's script to its Figure as it is (see the module docstring)."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("a PointLayer is rendered inside a folium Map (add it to one first)")
        script = self._template.module.script(self, kwargs)
        figure.script.add_child(_Script(script), name=self.get_name())
        return ""  # like MacroElement: the output goes into the Figure, not the caller
