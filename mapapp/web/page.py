"""What the Streamlit page shows, computed without Streamlit (tested in tests/test_page.py).

:mod:`mapapp.web.app` and :mod:`mapapp.web.add` draw widgets and call these functions; nothing here
imports streamlit. The text the page shows (details, problem lists, the table) is made in
:mod:`mapapp.web.panels`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import folium
import geopandas as gpd
from branca.element import MacroElement
from folium.plugins import Fullscreen
from folium.template import Template

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.countries import country_name
from mapapp.errors import UsageError
from mapapp.filters import actor_choices, country_choices, date_bounds, filter_events, undated_mask
from mapapp.itineraries import find_trips
from mapapp.model import mappable
from mapapp.readers import read_file
from mapapp.render import aggregate
from mapapp.render import basemap as background
from mapapp.render.arcs import build_trip_layer, trips_note
from mapapp.render.cluster import with_shared_places
from mapapp.render.maps import build_base_map, build_event_layers, event_bounds, prepare_for_folium
from mapapp.render.style import TYPE_LABELS
from mapapp.web.view import WORLD, MapView, densest_bounds, view_param
from mapapp.web.view_report import ReportViewAtOnce

DATA_ENV = "MAPAPP_DATA"
# Widget keys; the bound ones are also the query-string parameters of a shared link.
DATES, TYPES, ACTORS, COUNTRIES, TEXT = "dates", "type", "actor", "country", "q"
TRIPS = "trips"  # the Trips toggle (arcs from stop to stop); "true" in the URL when on
# Written into a shared link only (not widgets): the map's view and the selected event.
VIEW, EVENT = "view", "event"
TABLE_ROWS = 1_000  # rows in the table under the map (the downloads hold every shown event)
DateSpan = tuple[dt.date, dt.date] | None  # first and last day of the data, if any is dated
TIMELINE_EVENTS = 500  # above this many dated events the timeline counts events per month


# --------------------------------------------------------------------------------------------
# the data the page shows


@dataclass(frozen=True)
class Dataset:
    """Everything the page needs from one set of events, built once and never mutated.

    The page filters ``events`` into new frames and gives ``st_folium`` a copy of ``base_map``.
    """

    events: gpd.GeoDataFrame
    affiliations: dict[str, str]
    # Display copy of the mappable events (escaped, styled), made once when the map can show
    # them all individually; None above the aggregation threshold (layers of the few events
    # that filters leave are then prepared on the fly, see event_layers).
    prepared: gpd.GeoDataFrame | None
    base_map: folium.Map  # our basemap, no tiles (see mapapp.render.basemap.with_background)
    span: tuple[dt.date, dt.date] | None  # first and last day of any dated event
    types: tuple[str, ...]
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    positions: dict[str, int] = field(default_factory=dict)  # event_id → row position
    remarks: tuple[str, ...] = ()  # rows the reader refused, and what it assumed
    version: str = ""  # identifies the events (file path, size, mtime; or a digest)
    bounds: list[list[float]] | None = None  # [[south, west], [north, east]] of every event
    n_mappable: int = 0  # events with a place
    dense: list[list[float]] | None = None  # the box of ~70% of the events: the opening view


def data_path(environ: Mapping[str, str] | None = None) -> Path:
    """The file the page shows: ``$MAPAPP_DATA`` when set (and not blank), else the bundled data."""
    value = (os.environ if environ is None else environ).get(DATA_ENV, "").strip()
    return Path(value).expanduser() if value else BUNDLED_EVENTS


def read_data_file(path: Path) -> tuple[gpd.GeoDataFrame, tuple[str, ...]]:
    """Read any file ``mapapp import`` reads (our GeoJSON/CSV, ACLED, GDELT) into the frame.

    Returns
    -------
    (GeoDataFrame, tuple of str)
        The usable events, and one line per refused row or assumption (shown on the page).

    Raises
    ------
    MapAppError
        DataFileError (or NoUsableRowsError) with the file, row, column and a fix.
    """
    result = read_file(path, "auto")
    remarks = tuple(str(p) for p in result.rejected) + tuple(result.notes)
    return result.events, remarks


def build_dataset(
    events: gpd.GeoDataFrame,
    affiliations: dict[str, str],
    *,
    version: str = "",
    remarks: tuple[str, ...] = (),
) -> Dataset:
    """Sort the events by date and build the display copy, base map, slider span and choices.

    Parameters
    ----------
    events : GeoDataFrame
        A typed event frame with unique event ids.
    affiliations : dict
        Actor name or alias → affiliation (marker colours).
    version : str
        What identifies these events (cache keys).
    remarks : tuple of str
        Reader notes to show with the data.
    """
    if "date_start" in events.columns:
        order = events["date_start"].sort_values(kind="stable", na_position="last").index
        events = events.loc[order]
    events = events.reset_index(drop=True)
    n_mappable = mappable_count(events)
    prepared = (
        prepare_for_folium(events, affiliations, links=False)  # the page shows no popup
        if not aggregate.should_aggregate(n_mappable)
        else None
    )
    shown = prepared if prepared is not None else events
    base_map = build_base_map(shown, tiles=background.OFFLINE)
    points = events[mappable(events)].geometry
    dense = densest_bounds(points.y.to_numpy(), points.x.to_numpy())
    _open_on(base_map, WORLD)
    # Fullscreen button, top left under the zoom buttons (offline: see assets.embed_assets).
    Fullscreen(position="topleft", title="Full screen", title_cancel="Leave full screen").add_to(
        base_map
    )
    ReportViewAtOnce().add_to(base_map)  # a pan or zoom reruns the map at once, not 250 ms later
    try:
        span: tuple[dt.date, dt.date] | None = date_bounds(events)
    except UsageError:
        span = None
    present = set(events["event_type"].dropna())
    types = tuple(t for t in TYPE_LABELS if t in present) + tuple(
        sorted(present - set(TYPE_LABELS))
    )
    return Dataset(
        events=events,
        affiliations=affiliations,
        prepared=prepared,
        base_map=base_map,
        span=span,
        types=types,
        actors=tuple(actor_choices(events)),
        countries=tuple(country_choices(events)),
        positions={eid: pos for pos, eid in enumerate(events["event_id"].tolist())},
        remarks=remarks,
        version=version,
        bounds=event_bounds(shown),
        n_mappable=n_mappable,
        dense=dense,
    )


def _open_on(m: folium.Map, view: MapView) -> None:
    """Open the page's map on ``view``, not fitted to the events.

    The page sets the view itself (``st_folium(center=, zoom=)``, applied as the map mounts);
    a fit running as the map loads would overwrite it, and a view computed from the events
    would make the map of other data (a file added) a new map, remounted.
    """
    for name, child in list(m._children.items()):
        if isinstance(child, folium.FitBounds):
            del m._children[name]
    m.location, m.options["zoom"] = view.center, view.zoom


def event_layers(data: Dataset, part: gpd.GeoDataFrame) -> list[folium.FeatureGroup]:
    """The per-type marker layers of some of ``data``'s events (from the display copy if any)."""
    if data.prepared is None:
        return build_event_layers(part, data.affiliations)
    return build_event_layers(data.prepared.loc[data.prepared.index.intersection(part.index)])


class ForgetReplacedLayers(MacroElement):
    """st_folium glue: empty its list of added feature groups before the new ones are pushed.

    streamlit-folium 0.27 removes the previous ``feature_group_to_add`` groups from the map on
    every change but keeps them in ``window.feature_group`` (a leak reported to that project),
    so each slider move left ~1,000 dead markers in the map's frame: after 20 moves it held 168
    groups and its heap had grown by 33 MB (a Chromium heap snapshot after garbage collection).
    Added to the first group, this runs after the old groups are removed and before the new
    ones are recorded.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        window.feature_group = [];
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "ForgetReplacedLayers"


class LayerName(MacroElement):
    """Keeps a layer's name on its Leaflet object (``options.name``) when no layer control lists
    it: the page's event types are switched in the sidebar, and tests and tools still read
    which layer is which."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.options.name = {{ this._parent.layer_name|tojson }};
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "LayerName"


def for_st_folium(
    layers: list[folium.FeatureGroup], *, in_control: bool = True
) -> list[folium.FeatureGroup]:
    """``layers`` ready for ``st_folium(feature_group_to_add=...)``: preceded by the group of
    events at one place they draw into (:func:`mapapp.render.cluster.with_shared_places`), the
    first of them forgetting the replaced ones (see ForgetReplacedLayers).

    With ``in_control=False`` the layers stay out of Leaflet's layer control (each keeps its
    name, see :class:`LayerName`).
    """
    layers = with_shared_places(layers)
    # Layers drawn before (remembered per view) already forget the replaced ones: add it once.
    children = layers[0]._children.values() if layers else ()
    if layers and not any(isinstance(c, ForgetReplacedLayers) for c in children):
        layers[0].add_child(ForgetReplacedLayers())
    if not in_control:
        for layer in layers:
            if layer.control:
                layer.control = False
                layer.add_child(LayerName())
    return layers


def trip_layer(shown: gpd.GeoDataFrame) -> tuple[folium.FeatureGroup | None, str]:
    """The Trips layer of these events (None when none or too many) and the note saying so."""
    trips = find_trips(shown)
    return build_trip_layer(trips), trips_note(len(trips))


def mappable_count(events: gpd.GeoDataFrame) -> int:
    """How many of these events have a place on the map."""
    return int(mappable(events).sum())


# --------------------------------------------------------------------------------------------
# filters and the shareable link


@dataclass(frozen=True)
class Filters:
    """The current filter values, as the widgets hold them."""

    window: tuple[dt.date, dt.date] | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    text: str = ""


def apply_filters(data: Dataset, filters: Filters) -> gpd.GeoDataFrame:
    """The events the page shows for these filters.

    The window filters only when it is narrower than the data's span: at the full span undated
    events stay in view (they overlap no window, so a narrowed window hides them).
    """
    start = end = None
    if filters.window is not None and data.span is not None and filters.window != data.span:
        start, end = filters.window
    return filter_events(
        data.events,
        start=start,
        end=end,
        types=filters.types,
        actors=filters.actors,
        countries=filters.countries,
        text=filters.text,
    )


def hidden_undated(data: Dataset, filters: Filters) -> gpd.GeoDataFrame:
    """Undated events that match every filter but the window, when a narrowed window hides them."""
    if filters.window is None or filters.window == data.span:
        return data.events.iloc[0:0]
    other = apply_filters(
        data, Filters(None, filters.types, filters.actors, filters.countries, filters.text)
    )
    return other[undated_mask(other).to_numpy()]


def type_label(event_type: str) -> str:
    """How an event type is shown in the filter (and written in the URL): "Military strike"."""
    return TYPE_LABELS.get(event_type, event_type)


def country_label(code: str) -> str:
    """How a country is shown in the filter (and written in the URL): "Tajikistan"."""
    return country_name(code) or code


@dataclass(frozen=True)
class Shared:
    """What a link holds besides the filters: dataset, map view and selected event (if any)."""

    dataset: str | None = None  # None: the default dataset (the link leaves it out)
    view: MapView | None = None
    event: str | None = None


def share_query(
    filters: Filters,
    span: DateSpan,
    basemap: str | None = None,
    shared: Shared | None = None,
    *,
    trips: bool = False,
) -> str:
    """The query string that reproduces these filters (basemap, trips), as the widgets write it.

    Streamlit writes a multiselect's *labels* (``format_func`` output) into the URL, so types
    and countries appear as "Conference" and "Tajikistan", not as codes; so does a basemap.
    ``shared`` adds the dataset (``data``), the map's view (``view=lat,lon,zoom``) and the
    selected event (``event``).
    """
    shared = shared or Shared()
    params: list[tuple[str, str]] = [("data", shared.dataset)] if shared.dataset else []
    if filters.window is not None and filters.window != span:
        params += [(DATES, filters.window[0].isoformat()), (DATES, filters.window[1].isoformat())]
    params += [(TYPES, type_label(v)) for v in filters.types]
    params += [(ACTORS, v) for v in filters.actors]
    params += [(COUNTRIES, country_label(v)) for v in filters.countries]
    if filters.text:
        params.append((TEXT, filters.text))
    if basemap is not None and basemap != background.basemap_settings()[1]:
        params.append((background.QUERY_KEY, background.basemap_label(basemap)))
    if trips:
        params.append((TRIPS, "true"))  # how Streamlit writes a bound toggle
    if shared.view is not None:
        params.append((VIEW, view_param(shared.view)))
    if shared.event:
        params.append((EVENT, shared.event))
    return urlencode(params)


def share_link(
    page_url: str | None,
    filters: Filters,
    span: DateSpan,
    basemap: str | None = None,
    shared: Shared | None = None,
    *,
    trips: bool = False,
) -> str:
    """The page's address with the query string of these filters (no fragment)."""
    parts = urlsplit(page_url or "http://localhost:8501/")
    query = share_query(filters, span, basemap, shared, trips=trips)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


# A shared link holds a few filters; anything much longer was made by hand or by a tool, and is
# cut to this before any widget reads it (a 39 KB query string of repeated filters was kept).
MAX_QUERY_VALUES = 50
MAX_QUERY_CHARS = 300


def tidy_query(
    params: Mapping[str, Iterable[str]], keys: Iterable[str]
) -> dict[str, list[str]] | None:
    """The query string with only ``keys``, each value once, cut to the limits; None if unchanged.

    >>> tidy_query({"type": ["meeting"] * 3, "x": ["1"]}, ["type"])
    {'type': ['meeting']}
    >>> tidy_query({"type": ["meeting"]}, ["type"]) is None
    True
    """
    given = {key: list(values) for key, values in params.items()}
    tidy = {}
    for key in keys:
        values = list(dict.fromkeys(v[:MAX_QUERY_CHARS] for v in given.get(key, [])))
        if values:
            tidy[key] = values[:MAX_QUERY_VALUES]
    return None if tidy == given else tidy
