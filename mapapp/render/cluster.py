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
from mapapp.render.style import BADGE_MIXED, BADGE_MIXED_INK, badge_inks

CLUSTER_RADIUS = 6  # px: a point marker's radius is 7, so markers this close cover each other
BADGE_CLASS = "mapapp-badge"
# The badge's colour says who the events at the place are (mapapp.render.style.badge_inks):
# filled with their colour group's colour when they share one; else white inside a ring of
# their colours, each in proportion to its events. Leaflet's own rules for marker icons win
# over a single class: the badge is drawn by its span, which nothing else styles.
BADGE_CSS = (
    f".{BADGE_CLASS}{{border-radius:50%;border:2px solid #fff;background:#fff;"
    "box-shadow:0 0 0 1px #222,0 1px 4px rgba(0,0,0,.4);box-sizing:border-box}"
    f".{BADGE_CLASS} span{{display:flex;align-items:center;justify-content:center;width:100%;"
    "height:100%;border-radius:50%;box-sizing:border-box;font:bold 12px/1 sans-serif}"
    f".{BADGE_CLASS}.{BADGE_CLASS}-mixed span{{border:4px solid transparent}}"
)
BADGE_TITLES = 5  # events listed in the badge's tooltip
BADGE_OTHER_RING = "#bbbbbb"  # ring part of a marker whose colour is not a group's


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
                    /* Events by colour group, in legend order; a colour not in the palette
                       (none is expected) counts as mixed and is never written out. */
                    var counts = opts.inks.map(function () { return 0; }), other = 0;
                    cluster.getAllChildMarkers().forEach(function (m) {
                        var k = opts.colours.indexOf(m.options.color);
                        if (k < 0) { other += 1; } else { counts[k] += 1; }
                    });
                    var used = counts.filter(function (c) { return c > 0; }).length;
                    var css, cls = opts.badgeClass;
                    if (used === 1 && !other) {
                        var k = counts.findIndex(function (c) { return c > 0; });
                        css = "background:" + opts.inks[k][0] + ";color:" + opts.inks[k][1];
                    } else {
                        var stops = [], at = 0;
                        counts.concat([other]).forEach(function (c, k) {
                            if (!c) { return; }
                            var colour = k < opts.inks.length ? opts.inks[k][0] : opts.otherRing;
                            var next = at + 100 * c / n;
                            stops.push(colour + " " + at.toFixed(1) + "% " + next.toFixed(1) + "%");
                            at = next;
                        });
                        css = "color:" + opts.mixedInk + ";background:linear-gradient("
                            + opts.mixed + "," + opts.mixed + ") padding-box,conic-gradient("
                            + stops.join(",") + ") border-box";
                        cls += " " + opts.badgeClass + "-mixed";
                    }
                    return L.divIcon({
                        html: '<span style="' + css + '">' + n + "</span>", className: cls,
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
                "inks": badge_inks(),
                "colours": [colour for colour, _ in badge_inks()],
                "mixed": BADGE_MIXED,
                "mixedInk": BADGE_MIXED_INK,
                "otherRing": BADGE_OTHER_RING,
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
