"""The page's time controls: the date window slider, kept inside the data whatever it becomes.

Streamlit only; the decisions are made in :mod:`mapapp.web.timewindow`. The slider is bound to
the query string (``?dates=…&dates=…``). Its value lives in ``st.session_state[DATES]`` and
outlives a change of data (a file added or shown instead, removed, another dataset chosen); a
value outside the new data would make Streamlit refuse to draw the slider, so before the slider
is drawn the window is reconciled with the data's bounds (:func:`timewindow.reconcile_window`).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from mapapp.web.page import DATES
from mapapp.web.timewindow import as_window, reconcile_window, slider_bounds

SEEN = "dates_bounds"  # the slider bounds the window was last drawn with
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


def date_window(span: tuple[dt.date, dt.date] | None) -> tuple[dt.date, dt.date] | None:
    """The date slider over the data's whole ``span`` (stable bounds), bound to the query string.

    Returns ``span`` when the window covers all of it (no date filter), else the window; None
    when no event is dated (no slider).
    """
    if span is None:
        st.session_state[SEEN] = None
        return None
    lo, hi = bounds = slider_bounds(span)
    _reconcile(bounds)
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
    return (window[0], window[1]) if window != (lo, hi) else span
