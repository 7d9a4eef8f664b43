"""The map follows the user: fit to the results, fly to an event or a place, keep the view.

Streamlit glue for :mod:`mapapp.web.view` (which computes every view without Streamlit).
``st_folium`` reports the map's view back (``center``, ``zoom``, ``bounds``); the page moves the
map by passing ``center`` and ``zoom``, which the component applies only when they differ from
the values it was given last, so the view the page set last is kept in the session
(:data:`VIEW_SET`) and passed on every run.

* first run: the view in the link (``view=``), else the results when a filter is set, else the
  densest region of the data (:attr:`mapapp.web.page.Dataset.dense`);
* a filter change fits the results, unless the user has panned or zoomed since the page last
  set the view: then the map stays and the page says so (:data:`UNFITTED`), offering "Fit to
  results";
* a table row, a pick in "Go to an event" or a link's ``event=`` flies to the event and rings it
  (:func:`highlight_layer`); "Fly to a place" flies to a gazetteer place; "Reset filters" goes
  back to the opening view.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import folium
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from mapapp.errors import UsageError
from mapapp.render.escape import escape_text
from mapapp.render.maps import event_bounds
from mapapp.web import datasets
from mapapp.web.page import EVENT, TABLE_ROWS, TRIPS, VIEW, Dataset, Filters, Shared, share_link
from mapapp.web.panels import LIST_LINES, event_list_lines, table_frame
from mapapp.web.view import (
    DEFAULT_SIZE,
    WORLD,
    MapView,
    fit_view,
    focus_view,
    map_size,
    moved_by_user,
    parse_view,
    place_view,
)

MAP = "map"  # st_folium's key: its last report (center, zoom, bounds, clicks)
SELECTED = "selected_event"  # event_id shown in the details panel and ringed on the map
PENDING = "map_pending"  # a move asked for by a callback: (kind, value)
VIEW_SET = "map_view_set"  # the view the page last gave st_folium
FIT_FOR = "map_fit_for"  # the filters the results were last fitted for
UNFITTED = "map_unfitted"  # filters changed while the user's own view was kept
PLACE, PLACE_NOTE = "fly_to_place", "fly_to_place_note"
GO_TO = "go_to_event"  # the "Go to an event" picker
TABLE_KEYS = "By keyboard: Tab to the table, move with the arrow keys, Shift+Space selects the row."
TABLE_COLUMNS: dict[str, Any] = {
    "title": st.column_config.TextColumn("Event", width="large"),
    "when": "When",
    "event_type": "Type",
    "place": "Where",
    "actors": "Who",
    "status": "Status",
    "source_publisher": "Publisher",
    "source_url": st.column_config.LinkColumn("Source", display_text="open"),
}
HOME, FIT, FOCUS, GOTO = "home", "fit", "focus", "view"
RING = (
    '<div class="mapapp-selected" role="img" aria-label="Selected event" '
    'style="width:30px;height:30px;box-sizing:border-box;border:4px solid #e4002b;'
    'border-radius:50%;box-shadow:0 0 0 2px #fff,0 0 6px 2px rgba(0,0,0,.45)"></div>'
)


def request(kind: str, value: Any = None) -> None:
    """Ask the next run to move the map (callbacks run before the page is drawn)."""
    st.session_state[PENDING] = (kind, value)


def select_event(event_id: str, fly: bool = True) -> None:
    """Show ``event_id`` in the details panel, ring it, and fly to it when ``fly``."""
    st.session_state[SELECTED] = event_id
    if fly:
        request(FOCUS, event_id)


def reported_view(state: dict[str, Any] | None) -> tuple[MapView | None, tuple[int, int]]:
    """The view the map last reported, and its size in pixels (a default before it reports)."""
    state = state or {}
    center, zoom = state.get("center"), state.get("zoom")
    now = None
    if isinstance(center, dict) and isinstance(zoom, (int, float)):
        now = MapView(float(center.get("lat", 0.0)), float(center.get("lng", 0.0)), int(zoom))
    box = state.get("bounds") or {}
    south_west, north_east = box.get("_southWest") or {}, box.get("_northEast") or {}
    bounds = None
    if {"lat", "lng"} <= set(south_west) and {"lat", "lng"} <= set(north_east):
        bounds = [
            [south_west["lat"], south_west["lng"]],
            [north_east["lat"], north_east["lng"]],
        ]
    return now, map_size(bounds, now.zoom if now else None) or DEFAULT_SIZE


def _event_point(data: Dataset, event_id: object) -> tuple[float, float] | None:
    """(lat, lon) where the map draws an event's place, or None when it has none."""
    pos = data.positions.get(event_id) if isinstance(event_id, str) else None
    if pos is None:
        return None
    if data.prepared is not None and pos in data.prepared.index:
        row = data.prepared.loc[pos]
        return float(row["lat"]), float(row["lon"])
    geom = data.events.geometry.iloc[pos]
    if geom is None or geom.is_empty:
        return None
    return float(geom.y), float(geom.x)


def _first_view(data: Dataset, shown: gpd.GeoDataFrame, narrowed: bool, size: Any) -> MapView:
    linked = parse_view(st.query_params.get(VIEW))
    if linked is not None:
        return linked
    event = st.query_params.get(EVENT)
    point = _event_point(data, event)
    if point is not None:
        return focus_view(*point)
    view = fit_view(event_bounds(shown), size) if narrowed else None
    return view or fit_view(data.dense, size) or WORLD


def _asked_view(
    kind: str, value: Any, data: Dataset, shown: gpd.GeoDataFrame, now: MapView | None, size: Any
) -> MapView | None:
    if kind == FIT:
        return fit_view(event_bounds(shown), size)
    if kind == HOME:
        return fit_view(data.dense, size)
    if kind == GOTO:
        return value if isinstance(value, MapView) else None
    point = _event_point(data, value)
    return focus_view(*point, now.zoom if now else None) if point else None


def _opening(data: Dataset) -> MapView:
    """The view the base map opens on, before the page's view is applied."""
    lat, lon = data.base_map.location
    zoom = data.base_map.options.get("zoom")
    return MapView(float(lat), float(lon), int(zoom) if isinstance(zoom, (int, float)) else 2)


def map_view(data: Dataset, shown: gpd.GeoDataFrame, filters_key: str, narrowed: bool) -> MapView:
    """The view to give ``st_folium`` on this run (see the module docstring)."""
    now, size = reported_view(st.session_state.get(MAP))
    last: MapView | None = st.session_state.get(VIEW_SET)
    opening = _opening(data)
    if now is not None and last is not None and not moved_by_user(now, opening):
        now = last  # the map reports the view it opened on before it applies the page's
    pending = st.session_state.pop(PENDING, None)
    refit = st.session_state.get(FIT_FOR) not in (None, filters_key)
    st.session_state[FIT_FOR] = filters_key
    want = None
    if last is None:
        want = _first_view(data, shown, narrowed, size)
        linked = st.query_params.get(EVENT)
        if linked in data.positions:
            st.session_state[SELECTED] = linked
    elif pending is not None:
        kind, value = pending
        want = _asked_view(kind, value, data, shown, now, size)
    elif refit and moved_by_user(now, last):
        st.session_state[UNFITTED] = True
    elif refit:
        want = fit_view(event_bounds(shown), size)
    if want is None:
        return last or WORLD
    if (pending is not None and pending[0] in (FIT, HOME)) or refit:
        st.session_state[UNFITTED] = False
    if want == last:  # the component ignores a value it was given last: move it a hair
        want = MapView(want.lat + 1e-6, want.lon, want.zoom)
    st.session_state[VIEW_SET] = want
    return want


def current_view(data: Dataset) -> MapView | None:
    """The view to write into a shared link: as the map last reported it, else as set."""
    now, _ = reported_view(st.session_state.get(MAP))
    last: MapView | None = st.session_state.get(VIEW_SET)
    if now is None or (last is not None and not moved_by_user(now, _opening(data))):
        return last
    return now


def highlight_layer(data: Dataset, event_id: object) -> folium.FeatureGroup | None:
    """A ring around the selected event's place (kept out of the layer control), or None."""
    point = _event_point(data, event_id)
    if point is None:
        return None
    pos = data.positions[str(event_id)]
    return ring_layer(point, data.events["title"].iloc[pos])


def ring_layer(point: tuple[float, float], title: object) -> folium.FeatureGroup:
    """A ring at ``point`` (lat, lon) titled with the event's (escaped) title, out of the
    layer control."""
    text = escape_text(title)
    group = folium.FeatureGroup(name="Selected event", control=False)
    folium.Marker(
        list(point),
        icon=folium.DivIcon(html=RING, icon_size=(30, 30), icon_anchor=(15, 15)),
        tooltip=folium.Tooltip(f"Selected: {text}"),
        interactive=True,
        z_index_offset=1000,
    ).add_to(group)
    return group


def _fly_to_place() -> None:
    text = str(st.session_state.get(PLACE) or "")
    try:
        view, label = place_view(text)
    except UsageError as err:
        st.session_state[PLACE_NOTE] = str(err)
        return
    st.session_state[PLACE_NOTE] = f"Showing {label} (from the offline gazetteer)."
    request(GOTO, view)


def view_controls(place_box: DeltaGenerator, fit_box: DeltaGenerator) -> str:
    """ "Fly to a place" and "Fit to results" (above the map); returns what the view is doing."""
    place_box.text_input(
        "Fly to a place",
        key=PLACE,
        on_change=_fly_to_place,
        placeholder="Fly to a place, e.g. Doha (Enter)",
        label_visibility="collapsed",
    )
    fit_box.button("Fit to results", on_click=request, args=(FIT,), width="stretch")
    if st.session_state.get(UNFITTED):
        return (
            "You moved the map, so it stayed where you put it when the filters changed; "
            "“Fit to results” (above the map) shows every match."
        )
    return str(st.session_state.get(PLACE_NOTE) or "")


def _on_go_to() -> None:
    event_id = st.session_state.get(GO_TO)
    if isinstance(event_id, str):
        select_event(event_id)
    st.session_state[GO_TO] = None  # a command, not a setting: ready for the next pick


def view_link(data: Dataset, filters: Filters, basemap: str) -> str:
    """The "Link to this view" address: dataset, filters, window, map view, selected event."""
    choice = st.session_state.get(datasets.DATASET)
    shared = Shared(
        dataset=choice if isinstance(choice, str) and choice != datasets.DEFAULT_CHOICE else None,
        view=current_view(data),
        event=st.session_state.get(SELECTED),
    )
    trips = bool(st.session_state.get(TRIPS))
    return share_link(st.context.url, filters, data.span, basemap, shared, trips=trips)


def go_to_event(shown: gpd.GeoDataFrame) -> None:
    """A keyboard route to every listed event: pick one (type to search) and the map flies."""
    head = shown.iloc[:TABLE_ROWS]
    labels = dict(zip(head["event_id"], event_list_lines(head, limit=None), strict=True))
    st.selectbox(
        "Go to an event (type to search; Enter flies the map to it)",
        list(labels),
        index=None,
        format_func=lambda event_id: str(labels.get(event_id, event_id)).removeprefix("• "),
        key=GO_TO,
        on_change=_on_go_to,
        placeholder=f"{len(labels):,} events — type a title or a date",
    )


def events_table(head: pd.DataFrame, key: str, on_select: Callable[[], None]) -> None:
    """The events as a table whose rows select an event, with the mouse or the keyboard.

    Streamlit's grid moves its focus with the arrow keys and selects the focused row with
    Shift+Space; ``on_select`` reads the row from ``st.session_state[key]`` (both pages then
    show the event, fly the map to it and ring it).
    """
    st.caption(f"Click a row to show the event and fly the map to it. {TABLE_KEYS}")
    st.dataframe(
        table_frame(head),
        hide_index=True,
        key=key,
        on_select=on_select,
        selection_mode="single-row",
        column_config=TABLE_COLUMNS,
    )


def _on_list_select(key: str) -> None:
    selection = st.session_state.get(key)
    rows = list(getattr(getattr(selection, "selection", None), "rows", []) or [])
    ids = st.session_state.get(f"{key}_ids") or []
    if rows and 0 <= rows[0] < len(ids):
        select_event(ids[rows[0]])


def event_list(box: DeltaGenerator, events: pd.DataFrame, key: str) -> None:
    """A list under the map (title — date) whose rows select their event as the table's do.

    Up to :data:`mapapp.web.panels.LIST_LINES` rows, then how many more; "None." when empty.
    """
    head = events.iloc[:LIST_LINES]
    if head.empty:
        box.text("None.")
        return
    st.session_state[f"{key}_ids"] = head["event_id"].tolist()
    lines = event_list_lines(events)
    box.dataframe(
        pd.DataFrame({"event": [line.removeprefix("• ") for line in lines[: len(head)]]}),
        hide_index=True,
        key=key,
        on_select=partial(_on_list_select, key),
        selection_mode="single-row",
        column_config={"event": st.column_config.TextColumn("Event — date", width="large")},
        height=min(36 + 35 * len(head), 300),
    )
    if len(events) > len(head):
        box.caption(lines[-1])
