"""The page's time controls: the date window slider, kept inside the data whatever it becomes.

Streamlit only; the decisions are made in :mod:`mapapp.web.timewindow`. The slider is bound to
the query string (``?dates=…&dates=…``). Its value lives in ``st.session_state[DATES]`` and
outlives a change of data (a file added or shown instead, removed, another dataset chosen); a
value outside the new data would make Streamlit refuse to draw the slider, so before the slider
is drawn the window is reconciled with the data's bounds (:func:`timewindow.reconcile_window`).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING

import streamlit as st

from mapapp.render.timeline import BRUSH
from mapapp.web import playback
from mapapp.web.page import DATES
from mapapp.web.timewindow import (
    PRESETS,
    Window,
    as_window,
    clamp_window,
    preset_window,
    reconcile_window,
    slider_bounds,
    window_from_brush,
)

if TYPE_CHECKING:
    import altair as alt

SEEN = "dates_bounds"  # the slider bounds the window was last drawn with
FIRST, LAST = "date_first", "date_last"  # the date fields' keys (they follow the slider)
TIMELINE = "timeline"  # the timeline chart's key (its brush selection)
SLIDER_LABEL = "Date window (an event is shown when its dates overlap the window)"


def _reconcile(bounds: tuple[dt.date, dt.date]) -> None:
    """Move the held window into ``bounds`` (before the slider is drawn), saying so if it moved."""
    held = as_window(st.session_state.get(DATES))
    result = reconcile_window(held, st.session_state.get(SEEN), bounds)
    st.session_state[SEEN] = bounds
    if result.window is not None and result.window != held:
        st.session_state[DATES] = result.window
    if result.note:
        st.info(result.note, icon=":material/date_range:")


def date_window(
    span: tuple[dt.date, dt.date] | None, *, play: bool = False
) -> tuple[dt.date, dt.date] | None:
    """The date slider over the data's whole ``span`` (stable bounds), bound to the query string.

    Returns ``span`` when the window covers all of it (no date filter), else the window; None
    when no event is dated (no slider). ``play``: with the play control (the caller's fragment
    then runs with :func:`mapapp.web.playback.run_every`).
    """
    if span is None:
        st.session_state[SEEN] = None
        return None
    lo, hi = bounds = slider_bounds(span)
    _reconcile(bounds)
    if play:
        playback.advance(bounds)
    window = st.slider(
        SLIDER_LABEL,
        min_value=lo,
        max_value=hi,
        value=(lo, hi),
        step=dt.timedelta(days=1),
        format="D MMM YYYY",
        key=DATES,
        bind="query-params",
    )
    # After the slider: on a page's first run only the slider knows the window of the link.
    _fields_and_presets(bounds, (window[0], window[1]))
    if play:
        playback.controls(bounds)
    return (window[0], window[1]) if window != (lo, hi) else span


def _set_window(window: Window) -> None:
    st.session_state[DATES] = window


def _on_fields(bounds: Window) -> None:
    first, last = st.session_state.get(FIRST), st.session_state.get(LAST)
    if isinstance(first, dt.date) and isinstance(last, dt.date):
        _set_window(clamp_window(first, last, bounds))


def _fields_and_presets(bounds: Window, window: Window) -> None:
    """Two date fields and the presets, next to the slider; all of them set the slider's value."""
    for key, day in ((FIRST, window[0]), (LAST, window[1])):
        if st.session_state.get(key) != day:
            st.session_state[key] = day
    first, last, presets = st.columns([1, 1, 3], vertical_alignment="bottom")
    for box, key, label in ((first, FIRST, "From"), (last, LAST, "To")):
        box.date_input(
            label,
            value=None,  # the value is the one set in session_state just above
            min_value=bounds[0],
            max_value=bounds[1],
            format="YYYY-MM-DD",
            key=key,
            on_change=_on_fields,
            args=(bounds,),
        )
    row = presets.container(horizontal=True)
    for preset, label in PRESETS.items():
        target = preset_window(preset, bounds)
        row.button(
            label,
            key=f"preset_{preset}",
            on_click=_set_window,
            args=(target,),
            type="primary" if target == window else "secondary",
        )


def _on_brush(bounds: Window) -> None:
    event = st.session_state.get(TIMELINE)
    chosen = (getattr(event, "selection", None) or {}).get(BRUSH) or {}
    for values in chosen.values():  # one field: the x of the chart
        window = window_from_brush(values, bounds)
        if window is not None:
            _set_window(window)
        return


def draw_timeline(chart: alt.Chart | alt.LayerChart, span: Window | None) -> None:
    """Draw a timeline chart; dragging across it (its brush) sets the date window."""
    if span is None:
        st.altair_chart(chart, width="stretch")
        return
    st.caption("Drag across the timeline to set the date window to those dates.")
    st.altair_chart(
        chart,
        width="stretch",
        key=TIMELINE,
        on_select=partial(_on_brush, slider_bounds(span)),
        selection_mode=BRUSH,
    )
