"""The folium map: a display copy of the events, one circle-marker layer per type, a legend.

Everything that reaches folium comes from :func:`prepare_for_folium`, which escapes every text
property with :func:`mapapp.escape.escape_text` (folium renders data through Jinja twice and puts
tooltip values into ``innerHTML``; see the module docstring of :mod:`mapapp.render.escape`).

For Streamlit: build the base map once with :func:`build_base_map` (all events, for stable
bounds) and pass ``build_event_layers(filtered)`` to ``st_folium(feature_group_to_add=...)``;
a click comes back as ``last_active_drawing`` — read the event with :func:`clicked_event_id`.

Several events at one place (Doha, Kabul, Washington) are spread on a small ring around it, in a
fixed order (date, then event_id), sized to separate at city zoom (~11); their tooltips say
"2 of 3 events at this place". The original coordinates stay in the ``lat``/``lon`` properties.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import MacroElement
from folium.template import Template

from mapapp.model import (
    EVENT_TYPES,
    LIST_SEPARATOR,
    TEXT_COLUMNS,
    WGS84,
    longitude_span,
    mappable,
)
from mapapp.render.aggregate import map_layers
from mapapp.render.assets import use_cdn_assets
from mapapp.render.basemap import DEFAULT_BASEMAP, add_basemap
from mapapp.render.escape import escape_text, safe_href
from mapapp.render.points import PointLayer
from mapapp.render.style import (
    COLOUR_GROUPS,
    STATUS_LABELS,
    TYPE_LABELS,
    colour_group,
    colour_values,
    date_label,
    legend_groups,
    legend_html,
    legend_summary,
    marker_style,
    place_label,
)

PREPARED = "mapapp_prepared"  # key in GeoDataFrame.attrs marking a display copy
PREPARED_COLUMNS = frozenset({"style", "date_label", "place_label", "here_label", "lat", "lon"})
TOOLTIP_FIELDS: tuple[str, ...] = ("title", "date_label", "place_label", "here_label")
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
SPREAD_ZOOM = 11  # co-located markers separate from this zoom level on
SPREAD_DECIMALS = 4  # points closer than ~10 m count as one place
DATE_OUTPUT = ("date_start", "date_end", "source_published")
TOOLTIP_CSS = "white-space: normal; max-width: 340px;"  # long place notes wrap
STYLE_INPUTS = ("alignment", "location_precision", "location_basis", "status")


def default_affiliations() -> dict[str, str]:
    """Actor name/alias → affiliation from the bundled ``geodata/actors.csv``."""
    from mapapp.bundled import affiliations

    return affiliations()


def _is_prepared(gdf: pd.DataFrame) -> bool:
    """A display copy made by :func:`prepare_for_folium` (its text is escaped): escape once.

    Column names alone are not enough: a data file may carry extra columns named like ours and
    must never be mistaken for escaped text. Slicing and assign() keep ``attrs``; display copies
    are never concatenated.
    """
    return bool(gdf.attrs.get(PREPARED)) and set(gdf.columns) >= PREPARED_COLUMNS


def prepare_for_folium(
    gdf: gpd.GeoDataFrame, affiliations: Mapping[str, str] | None = None
) -> gpd.GeoDataFrame:
    """Make the display copy of the mappable events: escaped text, labels, styles, ISO dates.

    Parameters
    ----------
    gdf : GeoDataFrame
        A typed event frame (see :mod:`mapapp.model`). Not modified.
    affiliations : mapping, optional
        Actor name or alias → affiliation; default: ``geodata/actors.csv``.

    Returns
    -------
    GeoDataFrame
        Only events with a geometry, same index. Every contract text column escaped (missing →
        ""); dates as ``YYYY-MM-DD`` ("" when missing); ``actors`` a list of escaped names;
        added: ``type_label``, ``status_label``, ``alignment``, ``alignment_label``,
        ``actors_label``, ``date_label``, ``place_label``, ``here_label`` (escaped),
        ``source_link`` (an ``<a>`` for http(s) URLs only, else the escaped URL as text),
        ``style`` (see :func:`mapapp.style.marker_style`), ``lat``/``lon`` (the event's own
        place); geometry is the drawn point (spread when several events share a place).
    """
    if affiliations is None:
        affiliations = default_affiliations()
    lookup = {**{k.casefold(): v for k, v in affiliations.items()}, **affiliations}
    src = gdf[mappable(gdf)]
    out = pd.DataFrame(index=src.index)
    missing = pd.Series([None] * len(src), index=src.index, dtype=object)

    def column(name: str) -> pd.Series:
        return src[name] if name in src.columns else missing

    for name in TEXT_COLUMNS:
        out[name] = _per_distinct(escape_text, column(name))
    for name in DATE_OUTPUT:
        dates = pd.to_datetime(column(name))
        out[name] = dates.dt.strftime("%Y-%m-%d").astype(object).where(dates.notna(), "")
    actors = pd.Series(
        [tuple(a) if isinstance(a, (list, tuple, np.ndarray)) else () for a in column("actors")],
        index=src.index,
        dtype=object,
    )
    out["actors"] = [list(a) for a in _per_distinct(lambda a: tuple(map(escape_text, a)), actors)]
    out["actors_label"] = _per_distinct(
        lambda a: escape_text(LIST_SEPARATOR.join(map(str, a or ()))), actors
    )
    out["type_label"] = _per_distinct(
        lambda t: escape_text(TYPE_LABELS.get(t, t)), column("event_type")
    )
    out["status_label"] = _per_distinct(
        lambda s: escape_text(STATUS_LABELS.get(s, s)), column("status")
    )
    out["alignment"] = _colour_groups(src, column("dataset"), actors, lookup)
    out["alignment_label"] = [escape_text(COLOUR_GROUPS[a]["label"]) for a in out["alignment"]]
    out["date_label"] = _per_distinct(
        lambda *a: escape_text(date_label(*a)),
        column("date_start"),
        column("date_end"),
        column("date_precision"),
    )
    out["place_label"] = _per_distinct(
        lambda *a: escape_text(place_label(*a)),
        column("place_name"),
        column("country_code"),
        column("location_precision"),
        column("location_basis"),
        column("location_note"),
    )
    out["source_link"] = _per_distinct(
        _source_link, column("source_url"), column("source_title"), column("source_publisher")
    )
    out["style"] = _per_distinct(
        lambda *key: marker_style(dict(zip(STYLE_INPUTS, key, strict=True))),
        out["alignment"],
        column("location_precision"),
        column("location_basis"),
        column("status"),
    )
    out["lat"] = src.geometry.y.to_numpy(dtype=float)
    out["lon"] = _display_longitudes(src.geometry.x.to_numpy(dtype=float))
    spread_lat, spread_lon = _spread(out)
    out["here_label"] = _here_labels(out)
    prepared = gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(spread_lon, spread_lat), crs=WGS84)
    prepared.attrs[PREPARED] = True
    return prepared


def _colour_groups(
    src: gpd.GeoDataFrame, datasets: pd.Series, actors: pd.Series, lookup: Mapping[str, str]
) -> np.ndarray:
    """Each event's colour group: its dataset's own (who travelled), else its actors' alignment."""
    return _per_distinct(
        lambda d, v, a: colour_group(d, v, a or (), lookup), datasets, colour_values(src), actors
    )


def _per_distinct(func: Callable[..., Any], *columns: pd.Series) -> np.ndarray:
    """``func(*row)`` for every row, computed once per distinct row; missing values → None."""
    arrays = [
        c.to_numpy() if pd.api.types.is_datetime64_any_dtype(c) else c.to_numpy(dtype=object)
        for c in columns
    ]
    key = np.zeros(len(arrays[0]), dtype=np.int64)
    for array in arrays:  # one small integer per distinct combination so far
        codes, uniques = pd.factorize(array)
        key = pd.factorize(key * (len(uniques) + 1) + (codes + 1))[0]
    distinct, first = np.unique(key, return_index=True)
    values = np.empty(len(distinct), dtype=object)
    for k, pos in enumerate(first):
        values[k] = func(*(None if _missing(a[pos]) else a[pos] for a in arrays))
    return values[key]  # key is 0..len(distinct)-1 in order of first appearance


def _missing(value: object) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _source_link(url: object, title: object, publisher: object) -> str:
    """An escaped ``<a>`` to an http(s) source; any other URL is shown as inert text."""
    text = next((v for v in (title, publisher, url) if isinstance(v, str) and v.strip()), "")
    href = safe_href(url)
    if href is None:
        shown = escape_text(url)
        return f"{shown} (not a web address; no link)" if shown else ""
    return (
        f'<a href="{href}" target="_blank" rel="noopener noreferrer nofollow">'
        f"{escape_text(text)}</a>"
    )


def _place_groups(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Events sharing a place: (row positions in group order, rank in group, group size).

    Groups are points within ~10 m of each other (lat/lon rounded); inside a group, events are
    ordered by date_start, then event_id, so the result does not depend on row order.
    """
    table = pd.DataFrame(
        {
            "klat": np.round(frame["lat"].to_numpy(dtype=float), SPREAD_DECIMALS),
            "klon": np.round(frame["lon"].to_numpy(dtype=float), SPREAD_DECIMALS),
            "date": frame["date_start"].to_numpy(),
            "eid": frame["event_id"].to_numpy(),
            "pos": np.arange(len(frame)),
        }
    ).sort_values(["klat", "klon", "date", "eid", "pos"], kind="stable")
    groups = table.groupby(["klat", "klon"], sort=False)
    count = groups["pos"].transform("size").to_numpy()
    return table["pos"].to_numpy(), groups.cumcount().to_numpy(), count


def _here_labels(frame: pd.DataFrame) -> list[str]:
    """ "2 of 3 events at this place" for events sharing a place with others in ``frame``."""
    labels = [""] * len(frame)
    if len(frame):
        order, rank, count = _place_groups(frame)
        for pos, k, c in zip(order.tolist(), rank.tolist(), count.tolist(), strict=True):
            if c > 1:
                labels[pos] = f"{k + 1} of {c} events at this place"
    return labels


def _spread(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Drawn (lat, lon) of each event: on a ring around its place when it shares the place."""
    lat = frame["lat"].to_numpy(dtype=float)
    lon = frame["lon"].to_numpy(dtype=float)
    if len(frame) == 0:
        return lat, lon
    order, rank, count = _place_groups(frame)
    radius = np.array([s["radius"] for s in frame["style"]], dtype=float)[order]
    group_id = np.cumsum(rank == 0) - 1  # rows come grouped, each group starting at rank 0
    widest = pd.Series(radius).groupby(group_id).transform("max").to_numpy()
    spacing = 2 * widest + 4  # pixels between neighbouring centres
    ring_px = np.where(count > 1, np.maximum(spacing, count * spacing / (2 * math.pi)), 0.0)
    ring_deg = ring_px * 360.0 / (256 * 2**SPREAD_ZOOM)
    angle = math.pi / 2 - 2 * math.pi * rank / np.maximum(count, 1)  # from north, clockwise
    new_lat, new_lon = lat.copy(), lon.copy()
    new_lat[order] = lat[order] + ring_deg * np.sin(angle)
    shrink = np.maximum(np.cos(np.radians(lat[order])), 0.1)
    new_lon[order] = lon[order] + ring_deg * np.cos(angle) / shrink
    return new_lat, new_lon


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


def _latlon(gdf: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    if _is_prepared(gdf):
        return gdf["lat"].to_numpy(dtype=float), gdf["lon"].to_numpy(dtype=float)
    points = gdf.geometry[mappable(gdf)]
    return points.y.to_numpy(dtype=float), points.x.to_numpy(dtype=float)


def _display_longitudes(lon: np.ndarray) -> np.ndarray:
    """Longitudes to draw at: events closest across the antimeridian (Fiji and Samoa) are drawn
    side by side, west ones past 180, as the view fitted to them (:func:`event_bounds`) spans
    it; Leaflet draws a marker at its own longitude only."""
    if len(lon) == 0:
        return lon
    west, east = longitude_span(lon)
    return np.where(lon < 0, lon + 360.0, lon) if west > east else lon


def event_bounds(gdf: gpd.GeoDataFrame, min_span: float = 1.0) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` of the mappable events, at least ``min_span`` degrees.

    Events on both sides of the antimeridian (Fiji and Samoa) get the short box across it, with
    east past 180 as Leaflet expects, not a box around the whole world.
    """
    lat, lon = _latlon(gdf)
    if len(lat) == 0:
        return None
    west, east = longitude_span(lon)
    if west > east:
        east += 360.0
    south, north = lat.min(), lat.max()
    if north - south < min_span:
        mid = (north + south) / 2
        south, north = max(mid - min_span / 2, -90.0), min(mid + min_span / 2, 90.0)
    if east - west < min_span:
        mid = (east + west) / 2
        west, east = mid - min_span / 2, mid + min_span / 2
    return [[float(south), float(west)], [float(north), float(east)]]


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
    use_cdn_assets(m)
    add_basemap(m, tiles, attribution)
    if bounds is not None:
        m.fit_bounds(bounds, padding=(20, 20), max_zoom=12)
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
        tooltip_style=TOOLTIP_CSS,
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
        In the order of :data:`mapapp.model.EVENT_TYPES`, named like ``"Meeting (7)"``;
        empty when no event is mappable.
    """
    if _is_prepared(gdf):  # e.g. rows of a prepared frame: recount events per place
        prepared = gdf.assign(here_label=_here_labels(gdf))
    else:
        prepared = prepare_for_folium(gdf, affiliations)
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
    groups = []
    for etype in order:
        rows = rows_of[etype]
        label = TYPE_LABELS.get(html.unescape(etype), etype)
        group = folium.FeatureGroup(name=escape_text(f"{html.unescape(label)} ({len(rows)})"))
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
        return build_event_layers(prepare_for_folium(part, affiliations), popup=popup)

    layers, _ = map_layers(gdf, individual, threshold=None if aggregate else len(gdf) + 1)
    for group in layers:
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
