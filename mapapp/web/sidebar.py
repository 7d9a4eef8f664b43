"""The sidebar's choices: the dataset, the filters and the map background, kept in the URL.

Every widget here is bound to the query string, so a link reproduces the view; the query string
itself is tidied first (:func:`tidy_query_params`).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from mapapp.render import basemap as background
from mapapp.render.basemap import QUERY_KEY as BASEMAP
from mapapp.web import datasets, follow
from mapapp.web.page import (
    ACTORS,
    COUNTRIES,
    DATES,
    EVENT,
    TEXT,
    TRIPS,
    TYPES,
    VIEW,
    Dataset,
    Filters,
    country_label,
    tidy_query,
    type_label,
)
from mapapp.web.source import EngineSummary

__all__ = [
    "basemap_widget",
    "dataset_choice",
    "filter_widgets",
    "tidy_query_params",
    "trips_widget",
]


def dataset_choice(box: DeltaGenerator) -> str | None:
    """The bundled dataset to show (in the URL as ``data``); None when MAPAPP_DATA names one."""
    if datasets.data_override() is not None:
        return None
    choice = str(box.radio(**datasets.CHOICE_WIDGET, bind="query-params"))
    box.caption(datasets.BUNDLED_CHOICES[choice].about)
    return choice


def reset_filters(span: tuple[dt.date, dt.date] | None) -> None:
    if span is not None:
        st.session_state[DATES] = span
    for key in (TYPES, ACTORS, COUNTRIES):
        st.session_state[key] = []
    st.session_state[TEXT] = ""
    follow.request(follow.HOME)  # the opening view too


def filter_widgets(data: Dataset | EngineSummary, sidebar: DeltaGenerator) -> Filters:
    """The sidebar filters (not the date window); every one bound to the query string.

    ``data`` is the loaded dataset, or an engine's summary (the same choices and span).
    """
    sidebar.header("Filters")
    types = sidebar.multiselect(
        "Event type",
        data.types,
        format_func=type_label,
        key=TYPES,
        bind="query-params",
        placeholder="Any type",
        help="The map's layers: counts, timeline, table and downloads follow this choice.",
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
    sidebar.button("Reset filters", on_click=reset_filters, args=(data.span,))
    return Filters(
        window=None,
        types=tuple(types),
        actors=tuple(actors),
        countries=tuple(countries),
        text=(text or "").strip(),
    )


def basemap_widget(sidebar: DeltaGenerator) -> str:
    """The map background, kept in the URL (with its tiles, see ``background.with_background``)."""
    choices, default, problem = background.basemap_settings()
    if problem:
        sidebar.warning(problem)
    if choices == (background.OFFLINE,):
        sidebar.caption(background.OFFLINE_NOTE)
        return background.OFFLINE
    label, index, fmt = "Map background", choices.index(default), background.basemap_label
    choice = sidebar.selectbox(label, choices, index, fmt, key=BASEMAP, bind="query-params")
    return str(choice or default)


def trips_widget(sidebar: DeltaGenerator) -> bool:
    """The Trips toggle (off by default, kept in the URL): arcs from each stop to the next."""
    on = sidebar.toggle(
        "Trips",
        key=TRIPS,
        bind="query-params",
        help="Draw each traveller's consecutive stops (at most a few days apart) as arcs "
        "with arrows; hover or click an arc to see the trip.",
    )
    return bool(on)


def tidy_query_params() -> None:
    """Keep the page's own parameters, once each and short, before any widget reads them."""
    params = st.query_params
    keys = (datasets.DATASET, DATES, TYPES, ACTORS, COUNTRIES, TEXT, BASEMAP, TRIPS, VIEW, EVENT)
    tidy = tidy_query({key: params.get_all(key) for key in params}, keys)
    if tidy is not None:
        params.from_dict(tidy)
