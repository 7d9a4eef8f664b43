"""Trips drawn as arcs: a great-circle line from each leg to the next, with an arrow for direction.

:func:`build_trip_layer` turns :class:`mapapp.itineraries.Trip` objects into one folium
FeatureGroup ("Trips (N)") holding an :class:`ArcLayer`: a Leaflet GeoJSON layer of LineStrings
(the arcs) and Points (an arrowhead at each arc's middle, turned the way the traveller went).
Hovering an arc or its arrow shows the trip (traveller, legs with dates and places); a click
opens the same text as a popup. Every data string is escaped (:func:`escape_text`).

Arcs follow the great circle (pyproj's geodesic), with longitudes unwrapped so that a leg across
the antimeridian (Tokyo → Honolulu) is drawn across the Pacific, not back over Eurasia.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import folium
from branca.element import Figure, MacroElement
from folium.template import Template
from pyproj import Geod

from mapapp.itineraries import Leg, Trip
from mapapp.render.escape import escape_text
from mapapp.render.points import COORD_DECIMALS, _Script, script_json
from mapapp.render.style import date_label

__all__ = [
    "ARC_STYLE",
    "MAX_TRIPS",
    "ArcLayer",
    "arc_points",
    "arrow_angle",
    "build_trip_layer",
    "trip_html",
    "trips_note",
]

MAX_TRIPS = 500  # more arcs than this are a tangle, and cost seconds to draw: narrow the window
ARC_STYLE: dict[str, Any] = {"color": "#6a3d9a", "weight": 2.5, "opacity": 0.85}
ARC_POINTS = 32  # points along a long arc; short ones get fewer
LEG_LINES = 12  # legs listed in a trip's tooltip before "and N more"
_GEOD = Geod(ellps="WGS84")


def arc_points(lat1: float, lon1: float, lat2: float, lon2: float) -> list[tuple[float, float]]:
    """(lat, lon) points along the great circle from one place to another, ends included.

    Longitudes are unwrapped: each differs from the one before by less than 180°, so Leaflet
    draws a leg across the antimeridian as one short line (longitudes beyond ±180 are fine).

    >>> points = arc_points(0, 170, 0, -170)
    >>> points[0], points[-1], max(b[1] - a[1] for a, b in zip(points, points[1:])) < 1
    ((0, 170), (0, 190.0), True)
    """
    distance = _GEOD.inv(lon1, lat1, lon2, lat2)[2]
    n = max(0, min(ARC_POINTS, int(distance / 100_000)))  # a point every ~100 km
    middle = _GEOD.npts(lon1, lat1, lon2, lat2, n) if n else []
    points = [(lat1, lon1), *((lat, lon) for lon, lat in middle), (lat2, lon2)]
    unwrapped = [points[0]]
    for lat, lon in points[1:]:
        previous = unwrapped[-1][1]
        lon += 360.0 * round((previous - lon) / 360.0)
        unwrapped.append((lat, lon))
    return unwrapped


def _mercator(lat: float, lon: float) -> tuple[float, float]:
    """Web Mercator x, y (radians scale; y grows northwards)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.radians(lon), math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def arrow_angle(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Degrees clockwise from east of the screen direction from (lat, lon) ``a`` to ``b``.

    On a Web Mercator map the angle of a short segment is the same at every zoom.

    >>> arrow_angle((0, 0), (0, 1)), arrow_angle((0, 0), (1, 0))
    (0.0, -90.0)
    """
    (x1, y1), (x2, y2) = _mercator(*a), _mercator(*b)
    return round(math.degrees(math.atan2(-(y2 - y1), x2 - x1)), 1) or 0.0  # no -0.0


def _leg_line(number: int, leg: Leg) -> str:
    when = date_label(leg.start, leg.end, "day").rsplit(" — ", 1)[0]
    place = leg.place or f"{leg.lat:.2f}, {leg.lon:.2f}"
    return f"{number}. {escape_text(place)}, {escape_text(when)}"


def trip_html(trip: Trip) -> str:
    """The trip as escaped HTML: traveller and dates in bold, then one line per leg.

    >>> from mapapp.itineraries import Leg, Trip
    >>> import datetime as dt
    >>> day = dt.date(2024, 5, 1)
    >>> trip_html(Trip("<b>X", (Leg("Paris", 48.9, 2.4, day, day, ("a",)),
    ...                        Leg("Rome", 41.9, 12.5, day, day, ("b",)))))[:41]
    '<b>&lt;b&gt;X</b>, 1 May 2024<br>1. Paris'
    """
    when = date_label(trip.start, trip.end, "day").rsplit(" — ", 1)[0]
    lines = [f"<b>{escape_text(trip.traveller)}</b>, {escape_text(when)}"]
    lines += [_leg_line(i, leg) for i, leg in enumerate(trip.legs[:LEG_LINES], start=1)]
    if len(trip.legs) > LEG_LINES:
        lines.append(f"… and {len(trip.legs) - LEG_LINES} more stops")
    return "<br>".join(lines)


def _round(points: Sequence[tuple[float, float]]) -> list[list[float]]:
    """GeoJSON [lon, lat] pairs."""
    return [[round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)] for lat, lon in points]


def _trip_features(number: int, trip: Trip) -> list[dict[str, Any]]:
    """The arcs of one trip and an arrowhead at the middle of each."""
    dates = {"date_start": trip.start.isoformat(), "date_end": trip.end.isoformat()}
    features = []
    for a, b in pairwise(trip.legs):
        points = arc_points(a.lat, a.lon, b.lat, b.lon)
        mid = len(points) // 2
        before, after = points[max(mid - 1, 0)], points[min(mid + 1, len(points) - 1)]
        if len(points) == 2:  # a short hop: its middle and direction are the segment's
            before, after = points
        centre = ((before[0] + after[0]) / 2, (before[1] + after[1]) / 2)
        properties = {"trip": number, **dates}
        features.append(
            {
                "type": "Feature",
                "properties": {**properties, "part": "arc"},
                "geometry": {"type": "LineString", "coordinates": _round(points)},
            }
        )
        features.append(
            {
                "type": "Feature",
                "properties": {**properties, "part": "arrow", "angle": arrow_angle(before, after)},
                "geometry": {"type": "Point", "coordinates": _round([centre])[0]},
            }
        )
    return features


class ArcLayer(MacroElement):
    """Arcs with arrowheads for trips; each trip's text on hover (tooltip) and click (popup).

    Parameters
    ----------
    trips : sequence of Trip
        Trips of two legs or more.

    Attributes
    ----------
    data : dict
        The FeatureCollection: per arc a LineString (``part: "arc"``) and a Point for its arrow
        (``part: "arrow"``, ``angle`` in degrees clockwise from east), each with ``trip`` (the
        index into :attr:`texts`), ``date_start`` and ``date_end`` of the trip.
    texts : list of str
        Each trip's escaped HTML (:func:`trip_html`).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var texts = {{ this.texts_js }};
            var style = {{ this.style_js }};
            var layer = L.geoJson({{ this.data_js }}, {
                style: function () { return style; },
                pointToLayer: function (feature, latlng) {
                    var turn = "transform:rotate(" + feature.properties.angle + "deg)";
                    return L.marker(latlng, {icon: L.divIcon({
                        className: "mapapp-trip-arrow", iconSize: [16, 16], iconAnchor: [8, 8],
                        html: '<svg width="16" height="16" viewBox="0 0 16 16" style="' + turn +
                              '"><path d="M2 2 L15 8 L2 14 L6 8 Z" fill="' + style.color +
                              '"/></svg>'})});
                }
            });
            function text(part) {
                var div = L.DomUtil.create("div", "mapapp-trip");
                div.style.cssText = "white-space:normal;width:max-content;max-width:320px";
                div.innerHTML = texts[part.feature.properties.trip];
                return div;
            }
            layer.bindTooltip(text, {sticky: true});
            layer.bindPopup(text, {maxWidth: 340});
            return layer;
        })();
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, trips: Sequence[Trip]) -> None:
        super().__init__()
        self._name = "ArcLayer"
        features = [f for i, trip in enumerate(trips) for f in _trip_features(i, trip)]
        self.data: dict[str, Any] = {"type": "FeatureCollection", "features": features}
        self.texts = [trip_html(trip) for trip in trips]
        self.data_js = script_json(self.data)
        self.texts_js = script_json(self.texts)
        self.style_js = script_json(ARC_STYLE)

    def render(self, **kwargs: Any) -> str:
        """Add the layer's script to its Figure as it is (never compiled as a template)."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("an ArcLayer is rendered inside a folium Map (add it to one first)")
        script = self._template.module.script(self, kwargs)
        figure.script.add_child(_Script(script), name=self.get_name())
        return ""


def trips_note(n_trips: int) -> str:
    """What the map says about the Trips layer (plain text)."""
    if n_trips == 0:
        return "Trips: no traveller has two stops within a few days among these events."
    if n_trips > MAX_TRIPS:
        return (
            f"Trips: {n_trips:,} trips are too many to draw (at most {MAX_TRIPS:,}); "
            "narrow the date window or the filters."
        )
    return f"Trips: {n_trips:,} drawn as arcs (hover or click one for its stops)."


def build_trip_layer(trips: Sequence[Trip]) -> folium.FeatureGroup | None:
    """The layer control's "Trips (N)" group, or None when there is nothing (or too much) to draw.

    Parameters
    ----------
    trips : sequence of Trip
        From :func:`mapapp.itineraries.find_trips`.
    """
    if not trips or len(trips) > MAX_TRIPS:
        return None
    group = folium.FeatureGroup(name=escape_text(f"Trips ({len(trips)})"))
    ArcLayer(trips).add_to(group)
    return group
