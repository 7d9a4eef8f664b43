"""The folium map: one circle-marker layer per type over our basemap, and a legend.

Everything that reaches folium comes from :func:`prepare_for_folium` (the display copy, in
:mod:`mapapp.render.display`), which escapes every text property.

For Streamlit: build the base map once with :func:`build_base_map` (all events, for stable
bounds) and pass ``build_event_layers(filtered)`` to ``st_folium(feature_group_to_add=...)``;
a click comes back as ``last_active_drawing`` — read the event with :func:`clicked_event_id`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any, cast

import folium
import geopandas as gpd
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from mapapp.model import EVENT_TYPES
from mapapp.render.aggregate import map_layers
from mapapp.render.assets import use_cdn_assets
from mapapp.render.basemap import DEFAULT_BASEMAP, add_basemap
from mapapp.render.cluster import BADGE_CSS, SharedPlaces, TypeLayer, with_shared_places
from mapapp.render.display import (
    event_bounds,
    here_labels,
    is_prepared,
    prepare_for_folium,
)
from mapapp.render.escape import escape_text
from mapapp.render.legend import legend_groups, legend_html, legend_summary
from mapapp.render.points import PointLayer
from mapapp.render.style import (
    SHAPES,
    TYPE_LABELS,
)

__all__ = [  # the display copy's functions are part of the map's API too
    "POPUP_FIELDS",
    "TOOLTIP_FIELDS",
    "Legend",
    "build_base_map",
    "build_event_layers",
    "build_map",
    "clicked_event_id",
    "event_bounds",
    "prepare_for_folium",
]

TOOLTIP_FIELDS: tuple[str, ...] = (
    "title",
    "date_label",
    "place_label",
    "actors_brief",
    "here_label",
)
POPUP_FIELDS: tuple[str, ...] = (
    "title",
    "date_label",
    "place_label",
    "status_label",
    "actors_label",
    "summary",
    "source_quote",
    "source_link",
)
POPUP_ALIASES: tuple[str, ...] = (
    "Event",
    "When",
    "Where",
    "Status",
    "Who",
    "What",
    "Source says",
    "Source",
)
# What each marker carries: the id (a click returns it) and what its tooltip shows. The HTML
# export adds the dates (its date control reads them), type and colour group, and the popup text.
FEATURE_PROPERTIES: tuple[str, ...] = ("event_id", *TOOLTIP_FIELDS)
EXPORT_PROPERTIES: tuple[str, ...] = ("event_type", "date_start", "date_end", "alignment")
MAX_ZOOM = 19  # as deep as the usual tile servers go
TOOLTIP_CLASS = "mapapp-tooltip"
# Leaflet's tooltip pane has no width, so a tooltip that may wrap shrinks to its longest word (a
# column ~100 px wide and up to 730 px tall); max-content with a cap makes it a readable box.
# The tooltip opens on the side of the marker facing the map's centre (direction "auto"), where
# at least half the map's width is free: half the frame's width (the map fills it) is the cap.
MAP_CSS = (
    f".leaflet-tooltip.{TOOLTIP_CLASS}{{white-space:normal;width:max-content;box-sizing:border-box;"
    "min-width:min(200px,calc(50vw - 24px));max-width:min(320px,calc(50vw - 24px));"
    "overflow-wrap:anywhere;"
    "font:12px/1.4 sans-serif;color:#222;padding:5px 8px}"
    f".leaflet-tooltip.{TOOLTIP_CLASS} b{{font-size:13px}}" + BADGE_CSS
)


# --- folium objects ----------------------------------------------------------------------------


class Legend(MacroElement):
    """A Leaflet control showing :func:`mapapp.style.legend_html` (static, escaped text)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: {{ this.position|tojson }}});
            legend.onAdd = function () {
                var div = L.DomUtil.create("div", "mapapp-legend-control");
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, position: str = "bottomleft", groups: Iterable[str] | None = None) -> None:
        super().__init__()
        self._name = "MapappLegend"
        self.position = position
        # Folded by default: open, it hides a fifth of a small map (the Gulf's markers, or the
        # US ones, whichever corner it takes); the one-line summary already says the essentials.
        self.html = (
            '<details style="background:rgba(255,255,255,.92);padding:3px 8px;border-radius:4px;'
            'box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:300px">'
            f'<summary style="cursor:pointer"><b>Legend</b>: '
            f"{escape_text(legend_summary(groups))}</summary>"
            f"{legend_html(groups)}</details>"
        )


def build_base_map(
    gdf_all: gpd.GeoDataFrame,
    *,
    tiles: str | None = DEFAULT_BASEMAP,
    attribution: str | None = None,
) -> folium.Map:
    """The map without events: our basemap, tiles over it, legend, fitted to every event.

    Parameters
    ----------
    gdf_all : GeoDataFrame
        All events (not the filtered ones), so the view stays put while filters change.
    tiles : str or None
        A basemap of :data:`mapapp.render.basemap.BASEMAPS` (``"offline"``: Natural Earth
        alone, no tiles), another folium/xyzservices provider name, a tile URL template (then
        ``attribution`` is required), or None (as ``"offline"``). Natural Earth is always
        drawn below (see :mod:`mapapp.render.basemap`).
    attribution : str, optional
        Attribution for a tile URL template (named providers bring their own).

    Returns
    -------
    folium.Map
        For ``st_folium(m, feature_group_to_add=build_event_layers(...))``. It links Leaflet
        from its CDN; :func:`mapapp.render.assets.inline_assets` makes it self-contained.

    Raises
    ------
    UsageError
        When a tile URL has no attribution, or the basemap is unknown.
    """
    bounds = event_bounds(gdf_all)
    if bounds is None:  # nothing to show: the whole world
        centre, zoom = [20.0, 0.0], 2
    else:
        centre, zoom = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2], 3
    m = folium.Map(
        location=centre, zoom_start=zoom, tiles=None, prefer_canvas=True, control_scale=True
    )
    # Leaflet takes its zoom limit from the tile layers; with our basemap alone there is none,
    # and the group of events at one place (markercluster) needs one.
    m.options["max_zoom"] = MAX_ZOOM
    use_cdn_assets(m)
    add_basemap(m, tiles, attribution)
    if bounds is not None:
        m.fit_bounds(bounds, padding=(20, 20), max_zoom=12)
    root = cast(Figure, m.get_root())  # a folium.Map always lives in a branca Figure
    root.header.add_child(Element(f"<style>{MAP_CSS}</style>"), name="mapapp_map_css")
    Legend(groups=legend_groups(gdf_all)).add_to(m)
    return m


def _event_points(
    rows: list[int], values: dict[str, list[Any]], columns: tuple[str, ...], popup: bool
) -> PointLayer:
    """The markers of the events at positions ``rows`` of the per-column ``values``."""

    def pick(name: str) -> list[Any]:
        column = values[name]
        return [column[i] for i in rows]

    properties = [pick(c) for c in columns]
    return PointLayer(
        pick("lat_drawn"),
        pick("lon_drawn"),
        [dict(zip(columns, row, strict=True)) for row in zip(*properties, strict=True)],
        pick("style"),  # precomputed per event by prepare_for_folium
        tooltip=TOOLTIP_FIELDS,
        popup=POPUP_FIELDS if popup else (),
        popup_labels=[escape_text(a) for a in POPUP_ALIASES] if popup else None,
        tooltip_class=TOOLTIP_CLASS,
        shapes=SHAPES,
        popup_max_width=380,
    )


def build_event_layers(
    gdf: gpd.GeoDataFrame,
    affiliations: Mapping[str, str] | None = None,
    *,
    popup: bool = False,
) -> list[folium.FeatureGroup]:
    """One FeatureGroup per event type present, each holding one layer of circle markers.

    Parameters
    ----------
    gdf : GeoDataFrame
        Typed events (or the output of :func:`prepare_for_folium`); unmappable ones are skipped.
    affiliations : mapping, optional
        As for :func:`prepare_for_folium`.
    popup : bool
        For the HTML export: also attach a click popup with escaped details and the source
        link, and give each marker its ``date_start``/``date_end`` (which the export's date
        control reads), ``event_type`` and ``alignment``. The Streamlit page shows details
        itself and leaves this off: its markers carry only the id and the tooltip text.

    Returns
    -------
    list of folium.FeatureGroup
        :class:`mapapp.render.cluster.TypeLayer` layers in the order of
        :data:`mapapp.model.EVENT_TYPES`, named like ``"Meeting (7)"``; empty when no event is
        mappable. Their markers go into one shared
        :class:`~mapapp.render.cluster.SharedPlaces` group (events at one place behind a count
        badge), which must be added to the map before them: add
        :func:`~mapapp.render.cluster.with_shared_places` ``(layers)``.
    """
    if is_prepared(gdf):  # e.g. rows of a prepared frame: recount events per place
        if popup and "source_link" not in gdf.columns:
            raise ValueError(
                "These events were prepared without popup links (links=False); prepare them "
                "with prepare_for_folium(..., links=True) to build layers with popups."
            )
        prepared = gdf.assign(here_label=here_labels(gdf))
    else:
        prepared = prepare_for_folium(gdf, affiliations, links=popup)
    columns = FEATURE_PROPERTIES + (EXPORT_PROPERTIES if popup else ())
    columns += tuple(f for f in POPUP_FIELDS if popup and f not in columns)
    # Plain lists, split by type below: slicing the whole frame once per type cost more than
    # everything else here (the page rebuilds these layers on every filter change).
    values = {c: prepared[c].tolist() for c in (*columns, "style")}
    values["lat_drawn"] = prepared.geometry.y.tolist()
    values["lon_drawn"] = prepared.geometry.x.tolist()
    rows_of: dict[str, list[int]] = {}
    for pos, etype in enumerate(prepared["event_type"].tolist()):
        rows_of.setdefault(etype, []).append(pos)
    order = [t for t in EVENT_TYPES if t in rows_of]
    order += sorted(t for t in rows_of if t not in EVENT_TYPES)
    places = SharedPlaces(tooltip_class=TOOLTIP_CLASS)
    groups: list[folium.FeatureGroup] = []
    for etype in order:
        rows = rows_of[etype]
        label = TYPE_LABELS.get(html.unescape(etype), etype)
        group = TypeLayer(places, escape_text(f"{html.unescape(label)} ({len(rows)})"))
        _event_points(rows, values, columns, popup).add_to(group)
        groups.append(group)
    return groups


def build_map(
    gdf: gpd.GeoDataFrame,
    affiliations: Mapping[str, str] | None = None,
    *,
    popup: bool = False,
    aggregate: bool = True,
    **kw: Any,
) -> folium.Map:
    """Base map + event layers (or grid cells) + LayerControl, in one object (tests, benchmarks).

    Parameters
    ----------
    gdf : GeoDataFrame
        Typed events; the map is fitted to them.
    affiliations : mapping, optional
        As for :func:`prepare_for_folium`.
    popup : bool
        Attach click popups (see :func:`build_event_layers`).
    aggregate : bool
        Above :data:`mapapp.aggregate.AGGREGATE_THRESHOLD` mappable events, draw grid cells with
        counts instead of one marker per event (see :func:`mapapp.aggregate.map_layers`).
    **kw
        ``tiles`` and ``attribution`` for :func:`build_base_map`.
    """
    m = build_base_map(gdf, **kw)

    def individual(part: gpd.GeoDataFrame) -> list[folium.FeatureGroup]:
        # Prepared (escaped, styled) only when drawn one by one: 100,000 events stay cheap.
        return build_event_layers(prepare_for_folium(part, affiliations, links=popup), popup=popup)

    layers, _ = map_layers(gdf, individual, threshold=None if aggregate else len(gdf) + 1)
    for group in with_shared_places(layers):
        group.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    return m


def clicked_event_id(drawing: Mapping[str, Any] | None) -> str | None:
    """The original event_id of a clicked feature (st_folium's ``last_active_drawing``).

    The map carries escaped ids; this undoes the escaping so the id can be looked up in the
    event frame. Returns None when nothing (or no event) was clicked.
    """
    if not drawing:
        return None
    props = drawing.get("properties") or {}
    value = props.get("event_id")
    return html.unescape(value) if isinstance(value, str) and value else None
