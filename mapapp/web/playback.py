"""The page's play control: the date window moved (or grown) through time at a chosen speed.

Streamlit only; the steps are :func:`mapapp.web.timewindow.play_next`. While playing, the page's
view fragment is registered with ``run_every`` (:func:`run_every`, read by ``app.main`` on each
full run): every tick reruns only the view (counts, map, timeline, table), and
:func:`advance`, called before the slider is drawn, moves the window one step. Starting and
stopping change ``run_every``, which only a full run can do: :func:`controls` asks for one.
"""

from __future__ import annotations

import time

import streamlit as st

from mapapp.web.page import DATES
from mapapp.web.timewindow import (
    PLAY_MODES,
    PLAY_SPEEDS,
    PLAY_WIDTHS,
    SLIDE,
    Window,
    as_window,
    play_next,
    play_start,
)

PLAYING = "play_on"  # True while playing
TICKING = "play_ticking"  # the run_every the view was registered with on the last full run
LAST_STEP = "play_last_step"  # time.monotonic() of the last step
WIDTH, MODE, SPEED = "play_width", "play_mode", "play_speed"
DEFAULT_WIDTH, DEFAULT_SPEED = 30, 1.0


def _speed() -> float:
    value = st.session_state.get(SPEED, DEFAULT_SPEED)
    return float(value) if value in PLAY_SPEEDS else DEFAULT_SPEED


def run_every() -> float | None:
    """Seconds between the view's reruns while playing; None when not playing."""
    interval = _speed() if st.session_state.get(PLAYING) else None
    if interval is not None and st.session_state.get(TICKING) is None:
        # Ticks start now: the first step is one interval away, however long the click's
        # reruns took (else a slow machine skipped the first window).
        st.session_state[LAST_STEP] = time.monotonic()
    st.session_state[TICKING] = interval
    return interval


def _choices() -> tuple[int, str]:
    width = st.session_state.get(WIDTH, DEFAULT_WIDTH)
    mode = st.session_state.get(MODE, SLIDE)
    return (
        int(width) if width in PLAY_WIDTHS else DEFAULT_WIDTH,
        str(mode) if mode in PLAY_MODES else SLIDE,
    )


def advance(bounds: Window) -> None:
    """While playing and a step is due, move the held window one step (stop at the end)."""
    if not st.session_state.get(PLAYING):
        return
    now = time.monotonic()
    last = st.session_state.get(LAST_STEP)
    if isinstance(last, float) and now - last < 0.8 * _speed():
        return  # a rerun for another reason (a click) between two ticks
    width, mode = _choices()
    window = as_window(st.session_state.get(DATES)) or bounds
    step = play_next(window, bounds, width, mode)
    if step is None:
        st.session_state[PLAYING] = False
        return
    st.session_state[DATES] = step
    st.session_state[LAST_STEP] = now


def _toggle(bounds: Window) -> None:
    playing = not st.session_state.get(PLAYING)
    st.session_state[PLAYING] = playing
    if not playing:
        return
    width, _ = _choices()
    window = as_window(st.session_state.get(DATES)) or bounds
    if window == bounds or window[1] >= bounds[1]:  # all shown, or at the end: from the start
        st.session_state[DATES] = play_start(bounds, width)
    st.session_state[LAST_STEP] = time.monotonic()


def controls(bounds: Window) -> None:
    """Play/Pause, the window's width, move or accumulate, and the speed, in one row."""
    playing = bool(st.session_state.get(PLAYING))
    button, width, mode, speed = st.columns([1, 1, 2, 1.4], vertical_alignment="bottom")
    button.button(
        "Pause" if playing else "Play",
        key="play_button",
        icon=":material/pause:" if playing else ":material/play_arrow:",
        on_click=_toggle,
        args=(bounds,),
        help="Move the date window through time, step by step; the map and counts follow.",
    )
    width.selectbox(
        "Step", list(PLAY_WIDTHS), format_func=PLAY_WIDTHS.__getitem__, index=1, key=WIDTH
    )
    mode.segmented_control(
        "Playback", list(PLAY_MODES), format_func=PLAY_MODES.__getitem__, default=SLIDE, key=MODE
    )
    speed.selectbox(
        "Speed", list(PLAY_SPEEDS), format_func=PLAY_SPEEDS.__getitem__, index=1, key=SPEED
    )
    registered = st.session_state.get(TICKING)
    if (registered is not None) != playing or (playing and registered != _speed()):
        st.rerun(scope="app")  # only a full run can start, stop or re-time the view's ticks
