"""Events at one place as one marker with a count badge, which fans out on click.

Several events often share a place (three talks in Abu Dhabi, a dozen in Doha): drawn one on
another, only the top one can be seen or clicked. Leaflet.markercluster groups them: every
layer of the map puts its markers into one :class:`SharedPlaces` group (so events of different
types at one place group too), which draws markers closer than :data:`CLUSTER_RADIUS` pixels as
one badge with their count, at every zoom. A click on the badge fans the markers out around the
place (markercluster's *spiderfy*); each is then the event's own marker, with its tooltip, and a
click on it selects the event as any marker click does. Hovering the badge lists the events.

The per-type layers of the layer control are :class:`TypeLayer`, Leaflet.FeatureGroup.SubGroup
layers of that group: switching one off takes its markers out of the badges too.

Both classes keep folium's ``FeatureGroup`` name, as ``st_folium(feature_group_to_add=...)``
expects; :func:`with_shared_places` puts the group in front of its layers for it.
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
from folium.template import Template

from mapapp.render.points import script_json

CLUSTER_RADIUS = 6  # px: a point marker's radius is 7, so markers this close cover each other
BADGE_CLASS = "mapapp-badge"
# Leaflet's own rules for marker icons win over a single class: the number is centred by its
# span, which nothing else styles.
BADGE_CSS = (
    f".{BADGE_CLASS}{{border-radius:50%;background:#222;color:#fff;border:2px solid #fff;"
    "box-shadow:0 0 0 1px #222,0 1px 4px rgba(0,0,0,.4);box-sizing:border-box}"
    f".{BADGE_CLASS} span{{display:flex;align-items:center;justify-content:center;width:100%;"
    "height:100%;font:bold 12px/1 sans-serif}"
)
BADGE_TITLES = 5  # events listed in the badge's tooltip


class SharedPlaces(folium.FeatureGroup):
    """The markercluster group every event layer puts its markers into (not in the layer list).

    Parameters
    ----------
    radius : int
        Markers closer than this many pixels are grouped, at every zoom.
    tooltip_class : str
        CSS class of the badge's tooltip.

    Examples
    --------
    >>> places = SharedPlaces()
    >>> layer = TypeLayer(places, "Meeting (3)")
    >>> [type(g).__name__ for g in with_shared_places([layer])]
    ['SharedPlaces', 'TypeLayer']
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var opts = {{ this.options_js }};
            var group = L.markerClusterGroup({
                maxClusterRadius: opts.radius,
                zoomToBoundsOnClick: false,
                spiderfyOnMaxZoom: false,
                showCoverageOnHover: false,
                removeOutsideVisibleBounds: false,
                animate: false,
                iconCreateFunction: function (cluster) {
                    var n = cluster.getChildCount(), size = n < 10 ? 24 : (n < 100 ? 28 : 34);
                    return L.divIcon({
                        html: "<span>" + n + "</span>", className: opts.badgeClass,
                        iconSize: [size, size]
                    });
                }
            });
            group.on("clusterclick", function (e) { e.layer.spiderfy(); });
            group.on("clustermouseover", function (e) {
                var markers = e.layer.getAllChildMarkers(), rows = [];
                markers.slice(0, opts.titles).forEach(function (m) {
                    rows.push(m.feature && m.feature.properties.title || "");
                });
                if (markers.length > opts.titles) {
                    rows.push("and " + (markers.length - opts.titles) + " more");
                }
                /* titles are escaped in the data (mapapp.render.escape) */
                e.layer.bindTooltip("<b>" + markers.length + " events here</b><br>"
                    + rows.join("<br>") + "<br><i>Click to show each</i>",
                    {sticky: true, direction: "auto", className: opts.tooltipClass})
                    .openTooltip(e.latlng);
            });
            return group;
        })();
        {% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
        {% endmacro %}
        """
    )

    def __init__(self, radius: int = CLUSTER_RADIUS, tooltip_class: str = "") -> None:
        super().__init__(name="Events at one place", overlay=True, control=False)
        self.options_js = script_json(
            {
                "radius": radius,
                "badgeClass": BADGE_CLASS,
                "tooltipClass": tooltip_class,
                "titles": BADGE_TITLES,
            }
        )


class TypeLayer(folium.FeatureGroup):
    """One event type's layer of the layer control, its markers grouped by :class:`SharedPlaces`.

    Parameters
    ----------
    places : SharedPlaces
        The group its markers go into.
    name : str
        The layer's name in the layer control (escaped text).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.featureGroup.subGroup({{ this.places.get_name() }});
        {% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
        {% endmacro %}
        """
    )

    def __init__(self, places: SharedPlaces, name: str) -> None:
        super().__init__(name=name, overlay=True, control=True)
        self.places = places


def with_shared_places(layers: Sequence[folium.FeatureGroup]) -> list[folium.FeatureGroup]:
    """``layers`` preceded by the :class:`SharedPlaces` group they use (if any), which must be
    on the map, and defined in its script, before them."""
    places = next((g.places for g in layers if isinstance(g, TypeLayer)), None)
    return [places, *layers] if places is not None else list(layers)
