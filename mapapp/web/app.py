"""The Streamlit page: map, filters, details, timeline, table and downloads.

With :mod:`mapapp.web.add` (adding files), :mod:`mapapp.web.article` (an article's events) and
:mod:`mapapp.web.sidebar` (the sidebar's choices) the only modules that import streamlit; what
the page shows is computed in :mod:`mapapp.web.page`, :mod:`mapapp.web.panels` and
:mod:`mapapp.web.session`. ``streamlit_app.py`` calls :func:`main`.

How the page stays cheap and keeps the user's view:

* the events, the actor table and the base map are loaded once per process and data file
  (:func:`load_dataset`, ``st.cache_resource`` keyed by path, size and mtime); a rerun reads no
  file, it only ``stat``s the data file to notice an edit (a full rerun: a slider move shows
  the data of the last full run). Events the visitor adds are combined with them once per
  session and content digest (:func:`mapapp.app_add.combined_dataset`);
* the slider, map, lists, details, timeline, table and downloads are one fragment
  (:func:`_view`): a slider move, a marker click or a table row reruns only them;
* ``st_folium`` gets a *copy* of the cached base map (it mutates the map it is given: it adds the
  feature groups as children and renames ids, which would change the map's hash on the next run
  and remount the iframe) plus the filtered events as ``feature_group_to_add``, so a filter
  change swaps the markers in place and keeps zoom and pan;
* the layers are those of the map's view at its zoom (:func:`mapapp.web.viewport.viewport_layers`):
  areas with counts when many events are in view, the events themselves when few are (plain
  GeoJSON circle markers, no plugin JavaScript, so nothing is missing from the first mount);
  the note above the map says which;
* ``returned_objects=["last_active_drawing", "bounds", "zoom"]``: a click on a marker, a pan or
  a zoom reruns the map's own fragment (:func:`_map_area`: map, lists and details), not the
  timeline, table and downloads;
* the map is drawn first: the timeline, table and downloads wait for its first report of its
  view (:func:`_panels_wait`);
* :func:`mapapp.page.for_st_folium` stops streamlit-folium keeping every replaced set of
  markers alive in the map's frame.

Safety: data text reaches the page only through :func:`mapapp.escape.escape_text` inside
``st.html`` (DOMPurify-sanitised HTML, no Markdown), ``st.text``/``st.code`` (no parsing at
all), widget option labels and dataframe cells (plain text), or the map layer's own escaping.
Links are made only from ``http(s)`` URLs (:func:`mapapp.escape.safe_href`). Nothing the browser
sends back is displayed: a click yields an event id that is looked up in the loaded frame.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit_folium import st_folium

from mapapp.bundled import ACTORS_FILE, affiliations, read_actors
from mapapp.engine import FrameEngine, make_query
from mapapp.errors import MapAppError, UsageError
from mapapp.export import to_csv_bytes, to_geojson_bytes
from mapapp.filters import undated_mask
from mapapp.model import mappable
from mapapp.render import basemap as background
from mapapp.render.maps import clicked_event_id
from mapapp.render.timeline import timeline_chart
from mapapp.web import add as app_add
from mapapp.web import article, datasets, engine_app, follow, playback, sidebar, timebar, viewport
from mapapp.web.follow import MAP, SELECTED
from mapapp.web.page import (
    DATA_ENV,
    TABLE_ROWS,
    TIMELINE_EVENTS,
    TRIPS,
    Dataset,
    Filters,
    apply_filters,
    build_dataset,
    event_layers,
    for_st_folium,
    hidden_undated,
    mappable_count,
    trip_layer,
)
from mapapp.web.panels import (
    details_html,
    error_lines,
    monthly_chart,
)
from mapapp.web.shell import MAP_HEIGHT, open_page
from mapapp.web.view import view_bounds
from mapapp.web.wording import download_name

CLICKED = "clicked_event"  # event_id of the last marker clicked on the map
TABLE, TABLE_IDS = "table", "table_ids"
UNMAPPED_LIST, UNDATED_LIST = "unmapped_list", "undated_list"
LINK_BOX = "view_link_box"
RUNS = "page_runs"
VIEW_FRAGMENT = "view"  # the key of the fragment of slider, map and panels (see _view)
PANELS = "panels_shown"  # False until the map's first report: see _panels_wait


# --------------------------------------------------------------------------------------------
# data


@st.cache_resource(show_spinner="Loading the events…", max_entries=4)
def load_dataset(
    paths: tuple[str, ...], stamps: tuple[tuple[int, int], ...], actors_mtime_ns: int = 0
) -> Dataset:
    """Read the data files and build what every rerun reuses (cached per process).

    ``stamps`` (each file's size and mtime) and ``actors_mtime_ns`` are only part of the cache
    key: a changed data file or actors table is read again. A MapAppError is not cached, so a
    fixed file is picked up on the next run.
    """
    events, remarks = datasets.read_data_files(Path(path) for path in paths)
    version = ";".join(
        f"{p}|{size}|{mtime}" for p, (size, mtime) in zip(paths, stamps, strict=True)
    )
    return build_dataset(events, affiliations(read_actors()), version=version, remarks=remarks)


def load(paths: tuple[Path, ...]) -> Dataset:
    """The cached dataset of ``paths``; a missing file becomes a DataFileError, not a traceback."""
    stamps = datasets.file_stamps(paths)
    actors = ACTORS_FILE.stat().st_mtime_ns if ACTORS_FILE.exists() else 0
    return load_dataset(tuple(map(str, paths)), stamps, actors)


# --------------------------------------------------------------------------------------------
# callbacks and widgets


def _count_run() -> int:
    st.session_state[RUNS] = st.session_state.get(RUNS, 0) + 1
    return int(st.session_state[RUNS])


def _show_load_error(err: MapAppError) -> None:
    st.error(
        "The events file cannot be shown. Fix the problems below (or unset "
        f"{DATA_ENV} to show the bundled data) and reload the page."
    )
    st.code("\n".join(error_lines(err)), language=None, wrap_lines=True)


def _on_map_change() -> None:
    # A pan or zoom reports the last clicked marker again: only a new click selects it.
    state = st.session_state.get(MAP) or {}
    event_id = clicked_event_id(state.get("last_active_drawing"))
    if event_id is not None and event_id != st.session_state.get(CLICKED):
        st.session_state[CLICKED] = event_id
        follow.select_event(event_id, fly=False)
    if st.session_state.get(PANELS) is False:  # the map is drawn: now the panels below it
        st.session_state[PANELS] = True
        st.rerun(VIEW_FRAGMENT)  # the whole view, not only the map's fragment


def _on_table_select() -> None:
    selection = st.session_state.get(TABLE)
    rows = list(getattr(getattr(selection, "selection", None), "rows", []) or [])
    ids = st.session_state.get(TABLE_IDS) or []
    if rows and 0 <= rows[0] < len(ids):
        follow.select_event(ids[rows[0]])


# --------------------------------------------------------------------------------------------
# parts of the page


def _render_map(
    data: Dataset, shown: gpd.GeoDataFrame, basemap: str, filters: Filters, boxes: list[Any]
) -> None:
    key = f"{data.version}|{filters!r}"  # other data (a file added) or filters: fit anew
    want = follow.map_view(data, shown, key, filters != Filters(window=data.span))
    # What is in view at this zoom: areas with counts, or the events (mapapp.web.viewport).
    # Before the map has reported its view, the view it is given (the densest region on
    # opening): drawing the whole world's first would send and draw layers replaced at once.
    # The page's frame is already filtered: its engine is asked only about the view.
    reported = viewport.map_view(st.session_state.get(MAP))
    bounds, zoom = reported if reported is not None else (view_bounds(want), want.zoom)
    view = viewport.viewport_layers(
        FrameEngine(shown),
        make_query(),
        bounds,
        zoom,
        individual=partial(event_layers, data),
        types=data.types,
    )
    # The event types are switched in the sidebar (counts, table and downloads follow them):
    # Leaflet's own layer switches would hide markers behind the counts' back.
    layers = for_st_folium(view.layers, in_control=False)
    ring = follow.highlight_layer(data, st.session_state.get(SELECTED))
    layers += [ring] if ring is not None else []
    notes = [view.note, follow.view_controls(*boxes)]
    if st.session_state.get(TRIPS):  # the sidebar's Trips toggle
        trips, trips_note = trip_layer(shown)
        layers += [trips] if trips is not None else []
        notes.append(trips_note)
    st_folium(
        background.with_background(data.base_map, basemap),
        key=MAP,
        height=MAP_HEIGHT,
        use_container_width=True,
        feature_group_to_add=layers,
        center=want.center,
        zoom=want.zoom,
        returned_objects=["last_active_drawing", "center", "zoom", "bounds"],
        on_change=_on_map_change,
    )
    # Under the map (it stays put above), on every run, in the same place: see map_note.
    st.caption(" ".join(filter(None, notes)))


def _render_details(data: Dataset, shown: gpd.GeoDataFrame) -> None:
    event_id = st.session_state.get(SELECTED)
    pos = data.positions.get(event_id) if isinstance(event_id, str) else None
    if pos is None:
        st.info(
            "Click a marker on the map, or a row in the table, to see the event and its source."
        )
        return
    if pos not in shown.index:
        st.caption("The selected event is outside the current filters.")
    st.html(details_html(data.events.iloc[pos].to_dict()))


def _remember_open(key: str) -> None:
    st.session_state[f"{key}_open"] = bool(st.session_state.get(key))


def _list_box(label: str, key: str) -> DeltaGenerator | None:
    """An expander whose content is written only while it is open (else None).

    Up to 200 lines each would otherwise be re-sent and re-drawn unseen on every slider move
    (and a code block loads the browser's syntax highlighter before the map is drawn).
    Streamlit takes an expander with a new label (the count changes with the filters) for a new
    one, closed; the open state is remembered here so the list stays open.
    """
    box = st.expander(
        label,
        key=key,
        expanded=bool(st.session_state.get(f"{key}_open")),
        on_change=_remember_open,
        args=(key,),
    )
    return box if box.open else None


def _render_lists(shown: gpd.GeoDataFrame, hidden: pd.DataFrame) -> None:
    unmapped = shown[~mappable(shown)]
    box = _list_box(f"Not on the map: {len(unmapped):,}", UNMAPPED_LIST)
    if box is not None:
        box.caption(
            "These events have no place that can be mapped (a call, an online event, or "
            "a place the source does not give). Select a row to see its details."
        )
        follow.event_list(box, unmapped, f"{UNMAPPED_LIST}_rows")
    undated = pd.concat([shown[undated_mask(shown).to_numpy()], hidden])
    box = _list_box(f"Undated: {len(undated):,}", UNDATED_LIST)
    if box is not None:
        box.caption(
            "These events have no date. They are shown while the date window spans all "
            "the data and hidden when it is narrowed. Select a row to see its details."
        )
        follow.event_list(box, undated, f"{UNDATED_LIST}_rows")


def _render_timeline(data: Dataset, shown: gpd.GeoDataFrame) -> None:
    st.subheader("Timeline")
    dated = shown[~undated_mask(shown).to_numpy()]
    if len(dated) > TIMELINE_EVENTS:
        st.caption(f"{len(dated):,} dated events: counted per month (by their first day).")
        timebar.draw_timeline(monthly_chart(dated), data.span)
    elif len(dated):
        timebar.draw_timeline(timeline_chart(dated, data.affiliations), data.span)
    else:
        st.caption("No dated events match the filters.")


def _render_table(shown: gpd.GeoDataFrame) -> None:
    st.subheader("Events")
    head = shown.iloc[:TABLE_ROWS]
    if len(shown) > len(head):
        st.caption(
            f"The first {len(head):,} of {len(shown):,} events; the downloads hold all of them."
        )
    st.session_state[TABLE_IDS] = head["event_id"].tolist()
    follow.events_table(head, TABLE, _on_table_select)


def _render_downloads(shown: gpd.GeoDataFrame, filters: Filters) -> None:
    left, right, _ = st.columns([1, 1, 3])
    name = partial(
        download_name,
        window=filters.window,
        types=filters.types,
        countries=filters.countries,
        actors=filters.actors,
        text=filters.text,
    )
    left.download_button(
        "Download GeoJSON",
        data=partial(to_geojson_bytes, shown),  # built on click, not on every rerun
        file_name=name("geojson"),
        mime="application/geo+json",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        "Download CSV",
        data=partial(to_csv_bytes, shown),
        file_name=name("csv"),
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
    )


def _view(data: Dataset, filters: Filters, added_note: str, basemap: str) -> None:
    """Date slider, counts, map, lists, details, timeline/table and downloads.

    A fragment (made in :func:`main`, with ``run_every`` while playing): moving the slider,
    clicking a marker or a table row, or a play step reruns only this part, so Streamlit neither
    re-sends nor re-draws the sidebar (upload form, filters) and the article form. A change
    outside it (sidebar filters, added data) reruns the whole page, this too.
    """
    runs = _count_run()
    try:
        _draw_view(data, filters, added_note, basemap)
    finally:  # also after an error, so that waiting for the run's end never hangs
        # For the browser tests: how many times this part or the map's ran (not shown).
        st.html(f'<span class="mapapp-runs" data-runs="{runs}" hidden></span>')


def _draw_view(data: Dataset, filters: Filters, added_note: str, basemap: str) -> None:
    """The body of :func:`_view`: the sidebar's filters plus the slider's window, applied."""
    filters = replace(filters, window=timebar.date_window(data.span, play=True))
    try:
        shown = apply_filters(data, filters)
    except UsageError as err:
        st.error("These filters cannot be applied.")
        st.code(str(err), language=None, wrap_lines=True)
        return
    mappable = mappable_count(shown)
    counts = (
        f"**{len(shown):,} of {len(data.events):,} events** match the filters; "
        f"{mappable:,} {'is' if mappable == 1 else 'are'} on the map." + added_note
    )
    _map_area(data, shown, filters, basemap, counts)
    if _panels_wait():
        st.caption("The timeline, events table and downloads appear once the map is drawn.")
        return
    _render_timeline(data, shown)
    _render_table(shown)
    _render_downloads(shown, filters)


def _panels_wait() -> bool:
    """True on a visit's first run: the timeline, table and downloads wait for the map.

    The browser would load and run the chart's and the table's code before making the map's
    frame. The map's first report (:func:`_on_map_change`) reruns the view with them, as does
    any other rerun of the view (should the map never report)."""
    waiting = PANELS not in st.session_state
    st.session_state[PANELS] = not waiting
    return waiting


@st.fragment
def _map_area(
    data: Dataset, shown: gpd.GeoDataFrame, filters: Filters, basemap: str, counts: str
) -> None:
    """Map, lists and details: a fragment of its own, rerun by each pan, zoom and marker click."""
    runs = _count_run()
    try:
        _draw_map_area(data, shown, filters, basemap, counts)
    finally:  # the browser tests read the highest count on the page
        st.html(f'<span class="mapapp-runs mapapp-map-runs" data-runs="{runs}" hidden></span>')


def _draw_map_area(
    data: Dataset, shown: gpd.GeoDataFrame, filters: Filters, basemap: str, counts: str
) -> None:
    """Counts, view controls and the map over the page's width; details and lists below."""
    count_col, *boxes = st.columns([5, 3, 1.3], vertical_alignment="center")
    count_col.markdown(counts)
    _render_map(data, shown, basemap, filters, boxes)
    detail_col, side_col = st.columns([3, 2], gap="medium")
    with detail_col:
        st.subheader("Details")
        follow.go_to_event(shown)
        _render_details(data, shown)
    with side_col:
        # Written only while open, like the lists: a code block on the page makes the browser
        # load and run Streamlit's syntax highlighter before it draws the map.
        box = _list_box("Link to this view", LINK_BOX)
        if box is not None:
            box.caption(
                "Opening this address shows the same dataset, filters, date window, map view "
                "and selected event."
            )
            box.code(follow.view_link(data, filters, basemap), language=None, wrap_lines=True)
        _render_lists(shown, hidden_undated(data, filters))


def main(skeleton: DeltaGenerator | None = None) -> None:
    """Draw the page (called by ``streamlit_app.py`` on every run).

    ``skeleton`` is the map's placeholder if :func:`mapapp.web.shell.open_page` already drew the
    page's first lines (before this module was imported); else they are drawn here.
    """
    skeleton = open_page() if skeleton is None else skeleton
    sidebar.tidy_query_params()
    choice_box, filter_box, add_box = (st.sidebar.container() for _ in range(3))
    choice_box.caption(
        "Meetings, visits, conferences, briefings, agreements and strikes, each linked to the "
        "record it comes from; markers say how exactly the place is known."
    )
    choice = sidebar.dataset_choice(choice_box)
    paths = datasets.data_paths(choice)
    try:
        source = engine_app.page_source(paths)
    except MapAppError as err:
        skeleton.empty()
        _show_load_error(err)
        return
    if source.uses_engine:  # a large store or a database: queried, never loaded whole
        skeleton.empty()
        engine_app.engine_page(source, filter_box)
        return
    try:
        base = load(paths)
    except MapAppError as err:
        skeleton.empty()
        _show_load_error(err)
        return
    skeleton.empty()
    if choice is None:
        st.text(f"Data: {paths[0]}")
    added = app_add.upload_section(add_box)
    data = app_add.dataset_for(base, added, add_box)
    if data.remarks:
        with st.expander(f"Notes from reading the data file: {len(data.remarks)}"):
            st.code("\n".join(data.remarks), language=None, wrap_lines=True)
    filters = sidebar.filter_widgets(data, filter_box)
    basemap = sidebar.basemap_widget(filter_box)
    sidebar.trips_widget(filter_box)  # read in the view through its key
    n_added = len(data.events) - (0 if added.replaces_base else len(base.events))
    view = st.fragment(_view, run_every=playback.run_every(), key=VIEW_FRAGMENT)
    view(data, filters, "" if added.empty else f" ({n_added:,} added by you.)", basemap)
    article.article_section()
