"""The page over a query engine: DuckDB on a GeoParquet store, or PostGIS (Streamlit UI).

:func:`mapapp.web.app.main` hands over here when :func:`mapapp.web.source.choose_source` picks
an engine. Nothing here holds every event: the engine, its summary (slider span, filter
choices, counts) and the base map are cached per process and data version (a store's summary
also on disk, so a restarted server opens the page without scanning it); each run asks the
engine for counts, the map's layers, the first rows of the table, the monthly timeline and the
selected event (a table row also flies the map to it and rings it). Downloads ask for at most
:data:`mapapp.web.engine_panels.DOWNLOAD_ROWS` events, and only when clicked.

Safety as on the file page: data text reaches the page through ``st.html`` of escaped text
(:func:`mapapp.web.panels.details_html`), dataframe cells and the map layers' own escaping.
"""

from __future__ import annotations

import functools
import hashlib
import time
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import cast

import folium
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit_folium import st_folium

from mapapp.bundled import ACTORS_FILE, affiliations, read_actors
from mapapp.engine import Engine, Query
from mapapp.engine.cached import CachedEngine
from mapapp.errors import MapAppError, UsageError
from mapapp.export import to_csv_bytes, to_geojson_bytes
from mapapp.records import empty_events
from mapapp.render import basemap as background
from mapapp.render.maps import build_base_map, build_event_layers, clicked_event_id
from mapapp.render.timeline import monthly_bars, timeline_chart
from mapapp.web import follow, playback, sidebar, timebar, viewport
from mapapp.web.engine_panels import (
    DOWNLOAD_ROWS,
    counts_line,
    download_note,
)
from mapapp.web.page import TABLE_ROWS, TIMELINE_EVENTS, Filters, for_st_folium, share_link
from mapapp.web.panels import details_html, error_lines
from mapapp.web.source import (
    SECRETS_SECTION,
    EngineSummary,
    Source,
    choose_source,
    on_map,
    page_query,
    summarise,
)
from mapapp.web.timewindow import Window
from mapapp.web.view import MapView, focus_view
from mapapp.web.view_report import ReportViewAtOnce
from mapapp.web.wording import download_name

__all__ = ["engine_page", "page_source"]

MAP_HEIGHT = 620
SELECTED, TABLE, TABLE_IDS, MAP = "selected_event", "table", "table_ids", "map"
CLICKED = "clicked_event"  # event_id of the last marker clicked on the map
FLY = "map_fly_to"  # event_id a table row asked the map to fly to (popped by the next run)
VIEW_SET = "map_view_set"  # the view the page last gave st_folium (None: the fitted map's own)
RUNS = "page_runs"
VIEWS = "map_views"  # this session's layers of the views drawn lately (viewport.ViewCache)
VIEWS_KEPT = 8  # views remembered per session: a view of 2,000 events holds about 4 MB
SUMMARY_TTL = 600  # seconds: a database others load into is summarised again this often


def _secret_url() -> str | None:
    """``url`` of ``[connections.mapapp]`` in Streamlit's secrets (Community Cloud), if any."""
    try:
        section = st.secrets.get("connections", {}).get(SECRETS_SECTION, {})
    except FileNotFoundError:  # no secrets file at all (StreamlitSecretNotFoundError)
        return None
    url = section.get("url") if hasattr(section, "get") else None
    return str(url) if url else None


def page_source(paths: tuple[Path, ...]) -> Source:
    """The tier for the page's data (see :mod:`mapapp.web.source`)."""
    return choose_source(paths, secret_url=_secret_url())


def _stamp(source: Source) -> str:
    """What identifies the data's version: a store's size and mtime ("" for a database)."""
    if source.kind != "embedded":
        return ""
    stat = Path(source.location).stat()
    return f"{stat.st_size}|{stat.st_mtime_ns}"


@st.cache_resource(show_spinner="Opening the events…", max_entries=4)
def open_engine(kind: str, location: str, stamp: str) -> Engine:
    """One engine per process and data version, shared by every session.

    It remembers its answers (:class:`~mapapp.engine.cached.CachedEngine`): reruns, a slider
    moved back, a pan back ask again what was asked. A database others may load into is
    asked again after :data:`SUMMARY_TTL`; a store's answers last as long as its version.
    """
    if kind == "postgis":
        from mapapp.engine import PostgisEngine

        return cast(Engine, CachedEngine(PostgisEngine(location), ttl=SUMMARY_TTL))
    from mapapp.engine import EmbeddedEngine

    return cast(Engine, CachedEngine(EmbeddedEngine(location)))


def engine_summary(kind: str, location: str, stamp: str) -> EngineSummary:
    """Slider span, filter choices and counts, once per data version (and ten minutes)."""
    if kind == "embedded":
        return store_summary(location, stamp, summary_code())
    return database_summary(kind, location, stamp)


@st.cache_data(show_spinner="Summarising the events…", max_entries=8, persist="disk")
def store_summary(location: str, stamp: str, code: str) -> EngineSummary:
    """A store's summary, kept on disk by the store's version (size and modification time)
    and the code that made it (``code``): a restarted server opens the page without scanning
    the store again (listing the actors of a million events alone takes 1.5–3 s)."""
    return summarise(open_engine("embedded", location, stamp))


@functools.cache
def summary_code() -> str:
    """A digest of the code a summary comes from (the page's summary and the engines)."""
    import mapapp.engine
    import mapapp.web.source

    digest = hashlib.sha256()
    files = [Path(mapapp.web.source.__file__), *Path(mapapp.engine.__file__).parent.glob("*.py")]
    for path in sorted(files):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@st.cache_resource(show_spinner="Summarising the events…", max_entries=4, ttl=SUMMARY_TTL)
def database_summary(kind: str, location: str, stamp: str) -> EngineSummary:
    """A database's summary, asked again after :data:`SUMMARY_TTL` (others may load into it)."""
    return summarise(open_engine(kind, location, stamp))


@st.cache_resource(max_entries=4)
def base_map(bounds: tuple[tuple[float, float], tuple[float, float]] | None) -> folium.Map:
    """Our basemap fitted to the data (the layers are swapped in by st_folium)."""
    made = build_base_map(empty_events(), tiles=background.OFFLINE)
    ReportViewAtOnce().add_to(made)  # a pan or zoom reruns the map at once, not 250 ms later
    if bounds is not None:
        made.fit_bounds([list(b) for b in bounds], padding=(20, 20), max_zoom=12)
    return made


@st.cache_resource(max_entries=2)
def marker_colours(actors_mtime_ns: int) -> dict[str, str]:
    return affiliations(read_actors())


def _colours() -> dict[str, str]:
    return marker_colours(ACTORS_FILE.stat().st_mtime_ns if ACTORS_FILE.exists() else 0)


# --------------------------------------------------------------------------------------------


def _count_run() -> int:
    st.session_state[RUNS] = st.session_state.get(RUNS, 0) + 1
    return int(st.session_state[RUNS])


def _on_map_change() -> None:
    # A pan or zoom reports the last clicked marker again: only a new click selects it.
    state = st.session_state.get(MAP) or {}
    event_id = clicked_event_id(state.get("last_active_drawing"))
    if event_id is not None and event_id != st.session_state.get(CLICKED):
        st.session_state[SELECTED] = st.session_state[CLICKED] = event_id


def _on_table_select() -> None:
    selection = st.session_state.get(TABLE)
    rows = list(getattr(getattr(selection, "selection", None), "rows", []) or [])
    ids = st.session_state.get(TABLE_IDS) or []
    if rows and 0 <= rows[0] < len(ids):
        st.session_state[SELECTED] = st.session_state[FLY] = ids[rows[0]]


def _view_cache(source: Source, stamp: str) -> viewport.ViewCache:
    """This session's layers of the views it drew: a pan back or a rerun builds nothing.

    Kept per session (st_folium changes the layers it draws, so sessions must not share them)
    and per data version, marker colours and, for a database others load into, ten minutes.
    """
    age = int(time.time() // SUMMARY_TTL) if source.kind == "postgis" else 0
    actors = ACTORS_FILE.stat().st_mtime_ns if ACTORS_FILE.exists() else 0
    token = (source.kind, source.location, stamp, actors, age)
    cache = st.session_state.get(VIEWS)
    if not isinstance(cache, viewport.ViewCache) or cache.token != token:
        cache = st.session_state[VIEWS] = viewport.ViewCache(VIEWS_KEPT, token=token)
    return cache


def _selected_point(engine: Engine, event_id: object) -> tuple[tuple[float, float], str] | None:
    """Where the map draws an event (lat, lon), and its title; None when it has no place."""
    found = engine.by_ids([event_id]) if isinstance(event_id, str) else None
    if found is None or found.empty:
        return None
    geom = found.geometry.iloc[0]
    if geom is None or geom.is_empty:
        return None
    return (float(geom.y), float(geom.x)), str(found["title"].iloc[0])


def _map_view(engine: Engine) -> MapView | None:
    """The view to give st_folium: the selected event's after a table row asked to fly there,
    else the one given last (st_folium applies only a changed value; None: the map's own)."""
    last: MapView | None = st.session_state.get(VIEW_SET)
    found = _selected_point(engine, st.session_state.pop(FLY, None))
    if found is None:
        return last
    now = viewport.map_view(st.session_state.get(MAP))
    want = focus_view(*found[0], now[1] if now is not None else None)
    if want == last:  # the component ignores a value it was given last: move it a hair
        want = MapView(want.lat + 1e-6, want.lon, want.zoom)
    st.session_state[VIEW_SET] = want
    return want


def _render_map(
    engine: Engine,
    summary: EngineSummary,
    query: Query,
    basemap: str,
    views: viewport.ViewCache,
) -> None:
    # What is in view at this zoom: areas with counts, or the events (mapapp.web.viewport).
    reported = viewport.map_view(st.session_state.get(MAP))
    bounds, zoom = reported if reported is not None else (summary.bounds, None)
    view = viewport.viewport_layers(
        engine,
        query,
        bounds,
        zoom,
        individual=partial(build_event_layers, affiliations=_colours()),
        types=summary.types,
        cache=views,
    )
    st.caption(view.note)
    bounds = summary.bounds
    box = None if bounds is None else ((bounds[0][0], bounds[0][1]), (bounds[1][0], bounds[1][1]))
    fitted = base_map(box)
    want = _map_view(engine)
    layers = for_st_folium(view.layers)
    selected = _selected_point(engine, st.session_state.get(SELECTED))
    layers += [follow.ring_layer(*selected)] if selected is not None else []
    st_folium(
        background.with_background(fitted, basemap),
        key=MAP,
        height=MAP_HEIGHT,
        use_container_width=True,
        feature_group_to_add=layers,
        center=None if want is None else (want.lat, want.lon),
        zoom=None if want is None else want.zoom,
        layer_control=folium.LayerControl(collapsed=False),
        returned_objects=["last_active_drawing", "bounds", "zoom"],
        on_change=_on_map_change,
    )


def _render_details(engine: Engine) -> None:
    event_id = st.session_state.get(SELECTED)
    found = engine.by_ids([event_id]) if isinstance(event_id, str) else None
    if found is None or found.empty:
        st.info(
            "Click a marker on the map, or a row in the table, to see the event and its source."
        )
        return
    st.html(details_html(found.iloc[0].to_dict()))


def _render_timeline(engine: Engine, query: Query, n_shown: int, span: Window | None) -> None:
    st.subheader("Timeline")
    if n_shown <= TIMELINE_EVENTS:
        first = engine.head(query, TIMELINE_EVENTS)
        dated = first[first["date_start"].notna() | first["date_end"].notna()]
        if len(dated):
            timebar.draw_timeline(timeline_chart(dated, _colours()), span)
            return
    counts = engine.monthly_counts(query)
    if counts.empty:
        st.caption("No dated events match the filters.")
        return
    st.caption(f"{int(counts['count'].sum()):,} dated events: counted per month (by first day).")
    timebar.draw_timeline(monthly_bars(counts), span)


def _render_table(engine: Engine, query: Query, n_shown: int) -> None:
    st.subheader("Events")
    head = engine.head(query, TABLE_ROWS)
    if n_shown > len(head):
        st.caption(f"The first {len(head):,} of {n_shown:,} events (by date).")
    st.session_state[TABLE_IDS] = head["event_id"].tolist()
    follow.events_table(head, TABLE, _on_table_select)


def _download(engine: Engine, query: Query, make: object) -> bytes:
    """Ask the engine for the events to download, when the button is clicked."""
    return make(engine.head(query, DOWNLOAD_ROWS))  # type: ignore[operator]


def _render_downloads(engine: Engine, query: Query, n_shown: int) -> None:
    note = download_note(n_shown)
    if note:
        st.caption(note)
    left, right, _ = st.columns([1, 1, 3])
    window = (query.start, query.end) if query.start and query.end else None
    names = {
        ext: download_name(
            ext,
            window,
            types=query.types,
            countries=query.countries,
            actors=query.actors,
            text=query.text,
        )
        for ext in ("geojson", "csv")
    }
    for box, label, make, name, mime in (
        (left, "Download GeoJSON", to_geojson_bytes, names["geojson"], "application/geo+json"),
        (right, "Download CSV", to_csv_bytes, names["csv"], "text/csv"),
    ):
        box.download_button(
            label,
            data=partial(_download, engine, query, make),  # built on click, not on every rerun
            file_name=name,
            mime=mime,
            on_click="ignore",
            icon=":material/download:",
        )


def _view(source: Source, stamp: str, filters: Filters, basemap: str) -> None:
    """Slider, counts, map, details, timeline, table and downloads (a fragment, as on the
    file page: a slider move or a click reruns only this part)."""
    runs = _count_run()
    try:
        _draw_view(source, stamp, filters, basemap)
    finally:  # for the browser tests: how many times this part ran (not shown)
        st.html(f'<span class="mapapp-runs" data-runs="{runs}" hidden></span>')


def _draw_view(source: Source, stamp: str, filters: Filters, basemap: str) -> None:
    engine = open_engine(source.kind, source.location, stamp)
    summary = engine_summary(source.kind, source.location, stamp)
    filters = replace(filters, window=timebar.date_window(summary.span, play=True))
    try:
        query = page_query(filters, summary.span)
    except UsageError as err:
        st.error("These filters cannot be applied.")
        st.code(str(err), language=None, wrap_lines=True)
        return
    # The map is sent first, the counts after it (the engine's answers are remembered, so the
    # map's fragment and this line share them): a slider move redraws the map sooner. The
    # line keeps its place and height meanwhile, so the map below it does not move.
    line = st.empty()
    line.markdown("**Counting the events…**")
    _map_area(source, stamp, query, filters, basemap)
    n_shown, n_map = engine.count(query), engine.count(on_map(query))
    line.markdown(counts_line(n_shown, summary.total, n_map))
    _render_timeline(engine, query, n_shown, summary.span)
    _render_table(engine, query, n_shown)
    _render_downloads(engine, query, n_shown)


@st.fragment
def _map_area(source: Source, stamp: str, query: Query, filters: Filters, basemap: str) -> None:
    """Map and details: a fragment of its own, rerun by each pan, zoom and marker click."""
    runs = _count_run()
    try:
        engine = open_engine(source.kind, source.location, stamp)
        summary = engine_summary(source.kind, source.location, stamp)
        map_col, detail_col = st.columns([5, 3], gap="medium")
        with map_col:
            _render_map(engine, summary, query, basemap, _view_cache(source, stamp))
            n_unmapped = engine.count(query) - engine.count(on_map(query))
            if n_unmapped > 0:
                st.caption(f"Not on the map (no place): {n_unmapped:,}")
        with detail_col:
            st.subheader("Details")
            _render_details(engine)
            with st.expander("Link to this view"):
                st.caption("Opening this address shows the same filters and date window.")
                link = share_link(st.context.url, filters, summary.span, basemap)
                st.code(link, language=None, wrap_lines=True)
    finally:  # the browser tests read the highest count on the page
        st.html(f'<span class="mapapp-runs mapapp-map-runs" data-runs="{runs}" hidden></span>')


def engine_page(source: Source, filter_box: DeltaGenerator) -> None:
    """Draw the page's body from ``source``'s engine (after the title and dataset choice)."""
    try:
        stamp = _stamp(source)
        summary = engine_summary(source.kind, source.location, stamp)
    except (MapAppError, OSError) as err:
        st.error("The events cannot be shown. Fix the problem below and reload the page.")
        lines = error_lines(err) if isinstance(err, MapAppError) else [str(err)]
        st.code("\n".join(lines), language=None, wrap_lines=True)
        return
    where = "a PostGIS database" if source.kind == "postgis" else f"the store {source.location}"
    st.caption(f"{summary.total:,} events, queried from {where} (not held in memory).")
    filters = sidebar.filter_widgets(summary, filter_box)
    basemap = sidebar.basemap_widget(filter_box)
    # A fragment, rerun every play step while playing (see mapapp.web.playback).
    st.fragment(_view, run_every=playback.run_every())(source, stamp, filters, basemap)
