"""HTML export: one self-contained page with the map, escaped popups and a date-window control.

Everything the page needs is inside it: Leaflet's JavaScript and CSS (the copies vendored in
the package, with their licence; :mod:`mapapp.render.assets`), our Natural Earth basemap
(:mod:`mapapp.render.basemap`) and the events, so it draws with the network cut, opened from a
mail or a shared drive. By default it asks no tile server either (``tiles="offline"``): a page
opened from a file sends no ``Referer``, and OpenStreetMap refuses such tile requests. Chosen
tiles are drawn over the basemap where they load.

The date control is two ``<input type="date">`` fields and a "Show all" button; it keeps the
events whose span [date_start, date_end] overlaps the window (the same rule as
:func:`mapapp.filters.filter_events`) by removing the others from their marker layers. Undated
events are shown until a window is set, and hidden while one is. **Play** steps the window
through time like the page's play control (a window of the chosen width moved, or grown from
the first day, once a second) and stops at the last day. With ``trips=True`` the page
also has the Trips layer (:mod:`mapapp.render.arcs`), whose arcs the date window keeps while the
trip overlaps it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import cast

import folium
import geopandas as gpd
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from mapapp.itineraries import find_trips
from mapapp.render.arcs import build_trip_layer
from mapapp.render.assets import inline_assets
from mapapp.render.basemap import OFFLINE
from mapapp.render.cluster import with_shared_places
from mapapp.render.escape import escape_text
from mapapp.render.maps import build_base_map, build_event_layers, prepare_for_folium

DEFAULT_TITLE = "Diplomatic activity"


# Playback in the export: the page's step widths and modes (mapapp.web.timewindow), fixed here
# so that the render layer does not import the web layer.
PLAY_WIDTHS: dict[int, str] = {7: "7 days", 30: "30 days", 91: "3 months", 365: "1 year"}
PLAY_MODES: dict[str, str] = {"slide": "move", "grow": "accumulate"}
PLAY_INTERVAL_MS = 1000


def _play_html() -> str:
    """The export's play button and its step and mode choices (our own fixed labels)."""
    widths = "".join(
        f'<option value="{days}"{" selected" if days == 30 else ""}>{label}</option>'
        for days, label in PLAY_WIDTHS.items()
    )
    modes = "".join(f'<option value="{m}">{label}</option>' for m, label in PLAY_MODES.items())
    return (
        '<button type="button" name="play">Play</button> '
        f'<label>step <select name="width">{widths}</select></label> '
        f'<select name="mode" aria-label="playback">{modes}</select>'
    )


class TimeWindowControl(MacroElement):
    """A Leaflet control that hides events outside a date window (client side, no server)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var layers = [{% for gj, group in this.layer_names %}[{{ gj }}, {{ group }}],
                          {% endfor %}];
            var bounds = {{ this.bounds|tojson }};
            var entries = [];
            layers.forEach(function (pair) {
                pair[0].eachLayer(function (layer) { entries.push([pair[0], layer, pair[1]]); });
            });
            /* The markers are drawn by the group of events at one place (mapapp.render.cluster)
               the type layer puts them into: it gets and loses them with the layer's own. */
            function show(entry, keep) {
                var gj = entry[0], marker = entry[1], places = entry[2].getParentGroup
                    ? entry[2].getParentGroup() : null;
                if (keep && !gj.hasLayer(marker)) {
                    gj.addLayer(marker);
                    if (places && map.hasLayer(entry[2])) { places.addLayer(marker); }
                }
                if (!keep && gj.hasLayer(marker)) {
                    gj.removeLayer(marker);
                    if (places) { places.removeLayer(marker); }
                }
            }
            var root = L.DomUtil.create("div", "mapapp-time-control");
            root.innerHTML = {{ this.html|tojson }};
            L.DomEvent.disableClickPropagation(root);
            L.DomEvent.disableScrollPropagation(root);
            var control = L.control({position: "topleft"});
            control.onAdd = function () { return root; };
            control.addTo(map);
            var from = root.querySelector("input[name=from]");
            var to = root.querySelector("input[name=to]");
            var status = root.querySelector(".mapapp-time-status");
            function inside(p, lo, hi) {
                var first = p.date_start || p.date_end, last = p.date_end || p.date_start;
                if (!first) { return false; }  /* undated: overlaps no window */
                return first <= hi && last >= lo;  /* ISO dates compare as strings */
            }
            function isEvent(entry) {  /* not a trip's arc or arrow */
                return entry[1].feature.properties.event_id !== undefined;
            }
            var total = entries.filter(isEvent).length;
            function apply(active) {
                var lo = from.value || bounds[0], hi = to.value || bounds[1], shown = 0;
                entries.forEach(function (entry) {
                    var keep = !active || inside(entry[1].feature.properties, lo, hi);
                    if (keep && isEvent(entry)) { shown += 1; }
                    show(entry, keep);
                });
                status.textContent = active
                    ? "Showing " + shown + " of " + total + " (undated hidden)"
                    : "Showing all " + total;
            }
            from.addEventListener("change", function () { apply(true); });
            to.addEventListener("change", function () { apply(true); });
            var timer = null, play = root.querySelector("button[name=play]");
            function stop() {
                if (timer !== null) { clearInterval(timer); timer = null; }
                play.textContent = "Play";
            }
            root.querySelector("button[name=all]").addEventListener("click", function () {
                stop(); from.value = bounds[0]; to.value = bounds[1]; apply(false);
            });
            /* Playback: the same steps as the page (mapapp.web.timewindow.play_next). */
            function addDays(iso, n) {
                var d = new Date(iso + "T00:00:00Z");
                d.setUTCDate(d.getUTCDate() + n);
                return d.toISOString().slice(0, 10);
            }
            function step() {
                var width = Number(root.querySelector("select[name=width]").value);
                var grow = root.querySelector("select[name=mode]").value === "grow";
                var hi = to.value || bounds[1];
                if (hi >= bounds[1]) { stop(); return; }
                var last = addDays(hi, width);
                if (last > bounds[1]) { last = bounds[1]; }
                if (!grow) { from.value = addDays(hi, 1); }
                to.value = last;
                apply(true);
            }
            play.addEventListener("click", function () {
                if (timer !== null) { stop(); return; }
                var width = Number(root.querySelector("select[name=width]").value);
                var lo = from.value || bounds[0], hi = to.value || bounds[1];
                if ((lo <= bounds[0] && hi >= bounds[1]) || hi >= bounds[1]) {
                    var first = addDays(bounds[0], width - 1);
                    from.value = bounds[0];
                    to.value = first < bounds[1] ? first : bounds[1];
                    apply(true);
                }
                play.textContent = "Pause";
                timer = setInterval(step, {{ this.interval_ms }});
            });
            apply(false);
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self,
        layer_names: list[tuple[str, str]],
        bounds: tuple[str, str],
        title: str,
        interval_ms: int = PLAY_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self._name = "MapappTimeWindow"
        self.interval_ms = int(interval_ms)  # a number we choose, never data
        # (marker layer, its type layer): folium's own JS variable names, never data
        self.layer_names = layer_names
        self.bounds = list(bounds)
        lo, hi = (escape_text(b) for b in bounds)
        self.html = (
            '<div style="background:rgba(255,255,255,0.93);padding:6px 9px;border-radius:4px;'
            'box-shadow:0 1px 4px rgba(0,0,0,0.35);font:12px/1.5 sans-serif;color:#222">'
            f'<div style="font-weight:600">{escape_text(title)}</div>'
            f'<label>From <input type="date" name="from" min="{lo}" max="{hi}" value="{lo}">'
            f'</label> <label>to <input type="date" name="to" min="{lo}" max="{hi}" '
            f'value="{hi}"></label> <button type="button" name="all">Show all</button>'
            f"<div>{_play_html()}</div>"
            '<div class="mapapp-time-status"></div></div>'
        )


class OnePopup(MacroElement):
    """Removes a closed popup from the page at once, so that one popup is open at a time.

    Leaflet fades a closed popup out and removes it 200 ms later; a click on another marker
    (say one fanned out of a badge) opens the next meanwhile, and both are in the page.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.on("popupclose", function (e) {
            L.DomUtil.remove(e.popup.getElement());
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapappOnePopup"


def _date_bounds(prepared: gpd.GeoDataFrame) -> tuple[str, str]:
    dates = [d for col in ("date_start", "date_end") for d in prepared[col].tolist() if d]
    return (min(dates), max(dates)) if dates else ("", "")


def build_export_map(
    gdf: gpd.GeoDataFrame,
    affiliations: Mapping[str, str] | None = None,
    *,
    title: str = DEFAULT_TITLE,
    tiles: str | None = OFFLINE,
    attribution: str | None = None,
    self_contained: bool = True,
    trips: bool = False,
) -> folium.Map:
    """The map object behind :func:`to_html`: layers with popups, legend, layer and date controls.

    Parameters are those of :func:`to_html`.
    """
    prepared = prepare_for_folium(gdf, affiliations)
    m = build_base_map(prepared, tiles=tiles, attribution=attribution)
    names = []
    for group in with_shared_places(build_event_layers(prepared, popup=True)):
        group.add_to(m)
        names += [(child.get_name(), group.get_name()) for child in group._children.values()]
    trip_group = build_trip_layer(find_trips(gdf)) if trips else None
    if trip_group is not None:
        trip_group.add_to(m)
        names += [
            (child.get_name(), trip_group.get_name()) for child in trip_group._children.values()
        ]
    folium.LayerControl(collapsed=False).add_to(m)
    OnePopup().add_to(m)
    bounds = _date_bounds(prepared)
    if bounds[0]:  # no dated event, nothing to window
        TimeWindowControl(names, bounds, title).add_to(m)
    root = cast(Figure, m.get_root())  # a folium.Map always lives in a branca Figure
    root.header.add_child(Element(f"<title>{escape_text(title)}</title>"), name="mapapp_title")
    if self_contained:
        inline_assets(m)
    return m


def to_html(
    gdf: gpd.GeoDataFrame,
    affiliations: Mapping[str, str] | None = None,
    *,
    title: str = DEFAULT_TITLE,
    tiles: str | None = OFFLINE,
    attribution: str | None = None,
    self_contained: bool = True,
    trips: bool = False,
) -> str:
    """Render the events as one HTML page: layers, legend, escaped popups, date window.

    Parameters
    ----------
    gdf : GeoDataFrame
        Typed events (already filtered, if wanted). Events without a place are not drawn.
    affiliations : mapping, optional
        Actor name or alias → affiliation; default: ``geodata/actors.csv``.
    title : str
        Page title and heading of the date control (escaped).
    tiles, attribution
        As for :func:`mapapp.render.maps.build_base_map`; default: our basemap alone.
    self_contained : bool
        Put Leaflet inside the page (about 180 KB) rather than link its CDN.
    trips : bool
        Add the Trips layer: each traveller's consecutive stops as arcs with arrows
        (:func:`mapapp.itineraries.find_trips`; none above :data:`mapapp.render.arcs.MAX_TRIPS`).

    Returns
    -------
    str
        The complete HTML document.

    Examples
    --------
    >>> page = to_html(events)
    >>> page.startswith("<!DOCTYPE html>"), "<script>alert" in page
    (True, False)
    """
    m = build_export_map(
        gdf,
        affiliations,
        title=title,
        tiles=tiles,
        attribution=attribution,
        self_contained=self_contained,
        trips=trips,
    )
    return m.get_root().render()


def write_html(
    gdf: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    affiliations: Mapping[str, str] | None = None,
    *,
    title: str = DEFAULT_TITLE,
    tiles: str | None = OFFLINE,
    attribution: str | None = None,
    self_contained: bool = True,
    trips: bool = False,
) -> None:
    """Write :func:`to_html` to ``path`` atomically (temporary file in the same folder, then
    ``os.replace``): a failure leaves the old file, never half a page."""
    from mapapp.outputs import write_atomic

    page = to_html(
        gdf,
        affiliations,
        title=title,
        tiles=tiles,
        attribution=attribution,
        self_contained=self_contained,
        trips=trips,
    )
    write_atomic(path, page.encode("utf-8"))
