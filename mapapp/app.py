"""The Streamlit page: map, filters, details, timeline, table and downloads (issue 3).

The only module that imports streamlit. ``streamlit_app.py`` calls :func:`main`.

How the page stays cheap and keeps the user's view (see /work/shared/notes/ecosystem.md §1–3):

* the events, the actor table and the base map are loaded once per process and data file
  (:func:`load_dataset`, ``st.cache_resource`` keyed by path, size and mtime); a rerun reads no
  file, it only ``stat``s the data file to notice an edit;
* ``st_folium`` gets a *copy* of the cached base map (it mutates the map it is given: it adds the
  feature groups as children and renames ids, which would change the map's hash on the next run
  and remount the iframe) plus the filtered events as ``feature_group_to_add``, so a filter
  change swaps the markers in place and keeps zoom and pan;
* ``returned_objects=["last_active_drawing"]``: only a click on a marker reruns the script.

Safety: data text reaches the page only through :func:`mapapp.escape.escape_text` inside
``st.html`` (DOMPurify-sanitised HTML, no Markdown), ``st.text``/``st.code`` (no parsing at
all), widget option labels and dataframe cells (plain text), or the map layer's own escaping.
Links are made only from ``http(s)`` URLs (:func:`mapapp.escape.safe_href`). Nothing the browser
sends back is displayed: a click yields an event id that is looked up in the loaded frame.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import folium
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapapp.errors import DataFileError, MapAppError, Problem, UsageError
from mapapp.escape import escape_text, safe_href
from mapapp.filters import (
    actor_choices,
    country_choices,
    date_bounds,
    filter_events,
    undated_mask,
)
from mapapp.io import BUNDLED_EVENTS, affiliations, read_actors, to_csv_bytes, to_geojson_bytes
from mapapp.maps import build_base_map, build_event_layers, clicked_event_id, prepare_for_folium
from mapapp.readers import read_file
from mapapp.style import STATUS_LABELS, TYPE_LABELS, country_name, date_label, place_label
from mapapp.timeline import timeline_chart

DATA_ENV = "MAPAPP_DATA"
PAGE_TITLE = "Diplomatic activity map"
MAP_HEIGHT = 620
# Widget keys; the bound ones are also the query-string parameters of a shared link.
DATES, TYPES, ACTORS, COUNTRIES, TEXT = "dates", "type", "actor", "country", "q"
SELECTED = "selected_event"  # event_id shown in the details panel
TABLE, TABLE_IDS, MAP = "table", "table_ids", "map"
RUNS = "page_runs"


# --------------------------------------------------------------------------------------------
# data


@dataclass(frozen=True)
class Dataset:
    """Everything the page needs from one data file, built once per process and file version.

    Never mutated: the page filters ``events`` into new frames and gives ``st_folium`` a copy of
    ``base_map``.
    """

    events: gpd.GeoDataFrame
    affiliations: dict[str, str]
    prepared: gpd.GeoDataFrame  # display copy of the mappable events (escaped, styled)
    base_map: folium.Map
    span: tuple[dt.date, dt.date] | None  # first and last day of any dated event
    types: tuple[str, ...]
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    positions: dict[str, int] = field(default_factory=dict)  # event_id → row position
    remarks: tuple[str, ...] = ()  # rows the reader refused, and what it assumed


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


@st.cache_resource(show_spinner="Loading the events…", max_entries=4)
def load_dataset(path: str, size: int, mtime_ns: int) -> Dataset:
    """Read the data file and build what every rerun reuses (cached per process).

    ``size`` and ``mtime_ns`` are only part of the cache key: a changed file is read again.
    A MapAppError is not cached, so a fixed file is picked up on the next run.
    """
    events, remarks = read_data_file(Path(path))
    if "date_start" in events.columns:
        order = events["date_start"].sort_values(kind="stable", na_position="last").index
        events = events.loc[order]
    events = events.reset_index(drop=True)
    known = affiliations(read_actors())
    prepared = prepare_for_folium(events, known)
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
        affiliations=known,
        prepared=prepared,
        base_map=_without_base_layer_switch(build_base_map(prepared)),
        span=span,
        types=types,
        actors=tuple(actor_choices(events)),
        countries=tuple(country_choices(events)),
        positions={eid: pos for pos, eid in enumerate(events["event_id"].tolist())},
        remarks=remarks,
    )


def _without_base_layer_switch(base_map: folium.Map) -> folium.Map:
    """Keep the single tile layer out of the layer control (a lone radio button says nothing)."""
    for child in base_map._children.values():
        if isinstance(child, folium.TileLayer):
            child.control = False
    return base_map


def load(path: Path) -> Dataset:
    """The cached dataset for ``path``; a missing file becomes a DataFileError, not a traceback."""
    try:
        stat = path.stat()
    except OSError as err:
        raise DataFileError(
            Problem(
                str(path),
                None,
                None,
                f"cannot be opened ({err.strerror or 'no such file'})",
                f"set {DATA_ENV} to an existing events file, or unset it to show the bundled data",
            )
        ) from err
    return load_dataset(str(path), stat.st_size, stat.st_mtime_ns)


# --------------------------------------------------------------------------------------------
# pure helpers (tested without a browser in tests/test_app.py)


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


def type_label(event_type: str) -> str:
    """How an event type is shown in the filter (and written in the URL): "Military strike"."""
    return TYPE_LABELS.get(event_type, event_type)


def country_label(code: str) -> str:
    """How a country is shown in the filter (and written in the URL): "Tajikistan"."""
    return country_name(code) or code


def share_query(filters: Filters, span: tuple[dt.date, dt.date] | None) -> str:
    """The query string that reproduces these filters, as the bound widgets write it.

    Streamlit writes a multiselect's *labels* (``format_func`` output) into the URL, so types
    and countries appear as "Conference" and "Tajikistan", not as codes.
    """
    params: list[tuple[str, str]] = []
    if filters.window is not None and filters.window != span:
        params += [(DATES, filters.window[0].isoformat()), (DATES, filters.window[1].isoformat())]
    params += [(TYPES, type_label(v)) for v in filters.types]
    params += [(ACTORS, v) for v in filters.actors]
    params += [(COUNTRIES, country_label(v)) for v in filters.countries]
    if filters.text:
        params.append((TEXT, filters.text))
    return urlencode(params)


def share_link(page_url: str | None, filters: Filters, span: tuple[dt.date, dt.date] | None) -> str:
    """The page's address with the query string of these filters (no fragment)."""
    parts = urlsplit(page_url or "http://localhost:8501/")
    return urlunsplit(
        (parts.scheme, parts.netloc, parts.path or "/", share_query(filters, span), "")
    )


def details_html(event: Mapping[str, Any]) -> str:
    """The details panel of one event as an HTML fragment; every data value escaped.

    Title, date in words with its precision, place with its precision and basis, actors, host,
    status, the source quote as a blockquote and a link to the source (``http(s)`` only; any
    other address is shown as inert text).
    """

    def text(name: str) -> str:
        value = event.get(name)
        return value if isinstance(value, str) and value.strip() else ""

    actors = event.get("actors")
    names = [a for a in actors if isinstance(a, str)] if isinstance(actors, (list, tuple)) else []
    rows = [
        (
            "When",
            date_label(event.get("date_start"), event.get("date_end"), text("date_precision")),
        ),
        (
            "Where",
            place_label(
                event.get("place_name"),
                event.get("country_code"),
                event.get("location_precision"),
                event.get("location_basis"),
                None,  # the note gets its own row, unshortened
            ),
        ),
        *([("Why there", text("location_note"))] if text("location_note") else []),
        ("Type", TYPE_LABELS.get(text("event_type"), text("event_type"))),
        ("Status", STATUS_LABELS.get(text("status"), text("status"))),
        ("Who", "; ".join(names) or "not named"),
        ("Host", text("host") or "not stated"),
    ]
    parts = [
        f'<h3 class="mapapp-title" style="margin:0 0 .4rem 0">{escape_text(text("title"))}</h3>'
    ]
    parts.append(
        '<dl class="mapapp-facts" style="display:grid;grid-template-columns:max-content 1fr;'
        'gap:.2rem .9rem;margin:.3rem 0 0 0">'
    )
    for label, value in rows:
        parts.append(
            f'<dt style="font-weight:600;margin:0">{escape_text(label)}</dt>'
            f'<dd style="margin:0">{escape_text(value)}</dd>'
        )
    parts.append("</dl>")
    if text("summary"):
        summary = escape_text(text("summary"))
        parts.append(f'<p class="mapapp-summary" style="margin:.6rem 0 0 0">{summary}</p>')
    if text("source_quote"):
        quote = escape_text(text("source_quote"))
        parts.append(
            '<blockquote class="mapapp-quote" style="margin:.7rem 0;padding:.2rem .8rem;'
            f'border-left:4px solid #999;color:#333">{quote}</blockquote>'
        )
    source = text("source_title") or text("source_publisher") or text("source_url")
    publisher = text("source_publisher")
    published = event.get("source_published")
    when = f", {pd.Timestamp(published).date().isoformat()}" if _is_date(published) else ""
    credit = escape_text(f" — {publisher}{when}" if publisher and publisher != source else when)
    href = safe_href(event.get("source_url"))
    if href is not None:
        link = (
            f'<a class="mapapp-source" href="{href}" target="_blank" '
            f'rel="noopener noreferrer nofollow">{escape_text(source)}</a>'
        )
    else:
        link = f"{escape_text(source)} (no web address to link)"
    parts.append(f'<p style="margin:0">Source: {link}{credit}</p>')
    return '<div class="mapapp-details">' + "".join(parts) + "</div>"


def error_lines(err: MapAppError, limit: int = 200) -> list[str]:
    """One line per problem of an error (file:row: column: what — how to fix), at most ``limit``."""
    problems = getattr(err, "problems", None)
    lines = [str(p) for p in problems] if problems else [str(err)]
    if len(lines) > limit:
        lines = [*lines[:limit], f"… and {len(lines) - limit} more problems"]
    return lines


def _is_date(value: object) -> bool:
    return (
        value is not None
        and value is not pd.NaT
        and not (isinstance(value, float) and value != value)
    )


def event_list_lines(events: pd.DataFrame) -> list[str]:
    """One plain-text line per event for the lists under the map: title — date in words."""
    return [
        f"• {title} — {date_label(start, end, precision)}"
        for title, start, end, precision in zip(
            events["title"],
            events["date_start"],
            events["date_end"],
            events["date_precision"],
            strict=True,
        )
    ]


def table_frame(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """The table under the map: plain text cells; ``source_url`` only when it is http(s)."""
    out = pd.DataFrame(index=events.index)
    out["title"] = events["title"].astype(object)
    out["when"] = [
        date_label(s, e, p)
        for s, e, p in zip(
            events["date_start"], events["date_end"], events["date_precision"], strict=True
        )
    ]
    out["event_type"] = [TYPE_LABELS.get(t, t) for t in events["event_type"]]
    out["place"] = [
        place_label(*row)
        for row in zip(
            events["place_name"],
            events["country_code"],
            events["location_precision"],
            events["location_basis"],
            events["location_note"],
            strict=True,
        )
    ]
    out["actors"] = ["; ".join(a) if isinstance(a, list) else "" for a in events["actors"]]
    out["status"] = [STATUS_LABELS.get(s, s) for s in events["status"]]
    out["source_publisher"] = events["source_publisher"].astype(object)
    links = [u if safe_href(u) is not None else None for u in events["source_url"]]
    out["source_url"] = pd.Series(links, index=out.index, dtype=object)
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# the page


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
    state = st.session_state.get(MAP) or {}
    event_id = clicked_event_id(state.get("last_active_drawing"))
    if event_id is not None:
        st.session_state[SELECTED] = event_id


def _on_table_select() -> None:
    selection = st.session_state.get(TABLE)
    rows = list(getattr(getattr(selection, "selection", None), "rows", []) or [])
    ids = st.session_state.get(TABLE_IDS) or []
    if rows and 0 <= rows[0] < len(ids):
        st.session_state[SELECTED] = ids[rows[0]]


def _reset_filters(span: tuple[dt.date, dt.date] | None) -> None:
    if span is not None:
        st.session_state[DATES] = span
    for key in (TYPES, ACTORS, COUNTRIES):
        st.session_state[key] = []
    st.session_state[TEXT] = ""


def _filter_widgets(data: Dataset) -> Filters:
    """The sidebar filters and the date slider; every one bound to the query string."""
    sidebar = st.sidebar
    sidebar.header("Filters")
    types = sidebar.multiselect(
        "Event type",
        data.types,
        format_func=type_label,
        key=TYPES,
        bind="query-params",
        placeholder="Any type",
    )
    actors = sidebar.multiselect(
        "Actor", data.actors, key=ACTORS, bind="query-params", placeholder="Any actor"
    )
    countries = sidebar.multiselect(
        "Country",
        data.countries,
        format_func=country_label,
        key=COUNTRIES,
        bind="query-params",
        placeholder="Any country",
    )
    text = sidebar.text_input(
        "Search title, summary and quote", key=TEXT, bind="query-params", placeholder="e.g. Doha"
    )
    sidebar.button("Reset filters", on_click=_reset_filters, args=(data.span,))
    window = None
    if data.span is not None:
        lo, hi = data.span
        if lo == hi:  # a slider needs two distinct ends
            hi = lo + dt.timedelta(days=1)
        window = st.slider(
            "Date window (an event is shown when its dates overlap the window)",
            min_value=lo,
            max_value=hi,
            value=(lo, hi),
            step=dt.timedelta(days=1),
            format="D MMM YYYY",
            key=DATES,
            bind="query-params",
        )
        window = (window[0], window[1]) if window != (lo, hi) else data.span
    return Filters(
        window=window,
        types=tuple(types),
        actors=tuple(actors),
        countries=tuple(countries),
        text=(text or "").strip(),
    )


def _render_map(data: Dataset, shown: gpd.GeoDataFrame) -> None:
    prepared = data.prepared.loc[data.prepared.index.intersection(shown.index)]
    layers = build_event_layers(prepared)
    st_folium(
        copy.deepcopy(data.base_map),
        key=MAP,
        height=MAP_HEIGHT,
        use_container_width=True,
        feature_group_to_add=layers,
        layer_control=folium.LayerControl(collapsed=False),
        returned_objects=["last_active_drawing"],
        on_change=_on_map_change,
    )


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


def _render_lists(shown: gpd.GeoDataFrame, hidden_undated: pd.DataFrame) -> None:
    geometry = shown.geometry
    unmapped = shown[(geometry.isna() | geometry.is_empty).to_numpy()]
    with st.expander(f"Not on the map: {len(unmapped)}", expanded=False):
        st.caption(
            "These events have no place that can be mapped (a call, an online event, or "
            "a place the source does not give)."
        )
        st.text("\n".join(event_list_lines(unmapped)) or "None.")
    undated = pd.concat([shown[undated_mask(shown).to_numpy()], hidden_undated])
    with st.expander(f"Undated: {len(undated)}", expanded=False):
        st.caption(
            "These events have no date. They are shown while the date window spans all "
            "the data and hidden when it is narrowed."
        )
        st.text("\n".join(event_list_lines(undated)) or "None.")


def _render_table_and_downloads(shown: gpd.GeoDataFrame) -> None:
    st.subheader("Events")
    table = table_frame(shown)
    st.session_state[TABLE_IDS] = shown["event_id"].tolist()
    st.dataframe(
        table,
        hide_index=True,
        key=TABLE,
        on_select=_on_table_select,
        selection_mode="single-row",
        column_config={
            "title": st.column_config.TextColumn("Event", width="large"),
            "when": "When",
            "event_type": "Type",
            "place": "Where",
            "actors": "Who",
            "status": "Status",
            "source_publisher": "Publisher",
            "source_url": st.column_config.LinkColumn("Source", display_text="open"),
        },
    )
    left, right, _ = st.columns([1, 1, 3])
    left.download_button(
        "Download GeoJSON",
        data=partial(to_geojson_bytes, shown),  # built on click, not on every rerun
        file_name="events.geojson",
        mime="application/geo+json",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        "Download CSV",
        data=partial(to_csv_bytes, shown),
        file_name="events.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
    )


def main() -> None:
    """Draw the page (called by ``streamlit_app.py`` on every run)."""
    st.set_page_config(page_title=PAGE_TITLE, page_icon="🗺️", layout="wide")
    runs = _count_run()
    st.title(PAGE_TITLE)
    path = data_path()
    try:
        data = load(path)
    except MapAppError as err:
        _show_load_error(err)
        return
    st.caption(
        "Meetings, visits, conferences, briefings, agreements and strikes reported in the news. "
        "Each event links to the report it comes from; markers say how exactly the place is known."
    )
    if path != BUNDLED_EVENTS:
        st.text(f"Data: {path}")
    if data.remarks:
        with st.expander(f"Notes from reading the data file: {len(data.remarks)}"):
            st.code("\n".join(data.remarks), language=None, wrap_lines=True)
    filters = _filter_widgets(data)
    try:
        shown = apply_filters(data, filters)
    except UsageError as err:
        st.error("These filters cannot be applied.")
        st.code(str(err), language=None, wrap_lines=True)
        return
    narrowed = filters.window is not None and filters.window != data.span
    hidden_undated = (
        apply_filters(
            data, Filters(None, filters.types, filters.actors, filters.countries, filters.text)
        )
        if narrowed
        else data.events.iloc[0:0]
    )
    hidden_undated = hidden_undated[undated_mask(hidden_undated).to_numpy()]
    mappable = int((shown.geometry.notna() & ~shown.geometry.is_empty).sum())
    st.markdown(
        f"**{len(shown)} of {len(data.events)} events** match the filters; "
        f"{mappable} {'is' if mappable == 1 else 'are'} on the map."
    )
    map_col, detail_col = st.columns([5, 3], gap="medium")
    with map_col:
        _render_map(data, shown)
        _render_lists(shown, hidden_undated)
    with detail_col:
        st.subheader("Details")
        _render_details(data, shown)
        with st.expander("Link to this view"):
            st.caption("Opening this address shows the same filters and date window.")
            st.code(share_link(st.context.url, filters, data.span), language=None, wrap_lines=True)
    st.subheader("Timeline")
    dated = shown[~undated_mask(shown).to_numpy()]
    if len(dated):
        st.altair_chart(timeline_chart(dated, data.affiliations), width="stretch")
    else:
        st.caption("No dated events match the filters.")
    _render_table_and_downloads(shown)
    # For the browser tests: how many times the script ran in this session (not shown).
    st.html(f'<span class="mapapp-runs" data-runs="{runs}" hidden></span>')
