"""st_folium glue: the map reports its view as soon as a pan or zoom ends, not 250 ms later.

streamlit-folium (0.27) sends the map's state to Streamlit through a debounce of 250 ms after
the last ``moveend``, so every pan or zoom waits a quarter of a second before the page starts
drawing the new view — about a third of the time a pan takes to redraw on the engine page.
:class:`ReportViewAtOnce`, added to the map, sends the same value on ``moveend`` at once: the
component's own state (``window.__GLOBAL_DATA__``) and its ``returned_objects``, in the order
the component builds them, and records it as the last value sent, so the component's own late
report finds nothing new and sends nothing. A map that wraps longitudes (``wrap_longitude``),
or a component without that state, is left to the component.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

__all__ = ["ReportViewAtOnce"]


class ReportViewAtOnce(MacroElement):
    """On ``moveend``, send st_folium's value (what its debounced report would send) at once."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.on("moveend", function (e) {
            var g = window.__GLOBAL_DATA__, map = e.target, lib = window.Streamlit;
            if (!g || g.wrap_longitude || !lib || !lib.setComponentValue) { return; }
            /* The keys in the order streamlit-folium's updateComponentValue writes them. */
            var all = {
                last_clicked: g.lat_lng_clicked,
                last_object_clicked: g.last_object_clicked,
                last_object_clicked_count: g.last_object_clicked_count,
                last_object_clicked_tooltip: g.last_object_clicked_tooltip,
                last_object_clicked_popup: g.last_object_clicked_popup,
                all_drawings: g.all_drawings,
                last_active_drawing: g.last_active_drawing,
                last_geocoder_result: g.last_geocoder_result,
                bounds: map.getBounds(),
                zoom: map.getZoom(),
                last_circle_radius: g.last_circle_radius,
                last_circle_polygon: g.last_circle_polygon,
                center: map.getCenter(),
                selected_layers: Object.values(g.selected_layers || {}),
                selected_tags: g.selected_tags
            };
            var value = {};
            Object.keys(all).forEach(function (key) {
                if (!g.returned_objects || g.returned_objects.indexOf(key) >= 0) {
                    value[key] = all[key];
                }
            });
            if (JSON.stringify(g.previous_data) !== JSON.stringify(value)) {
                g.previous_data = value;
                lib.setComponentValue(value);
            }
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "ReportViewAtOnce"
