"""The date window without Streamlit (mapapp.web.timewindow)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mapapp.web.timewindow import (
    ALL,
    GROW,
    LAST_30,
    LAST_YEAR,
    SLIDE,
    Window,
    as_window,
    clamp_window,
    play_next,
    play_start,
    preset_window,
    reconcile_window,
    slider_bounds,
    window_from_brush,
    window_label,
)

d = dt.date
STORY = (d(2019, 1, 1), d(2022, 12, 20))
WIDER = (d(1997, 1, 3), d(2022, 12, 20))
OLD_ONLY = (d(1997, 1, 3), d(2020, 12, 3))

days = st.dates(min_value=d(1800, 1, 1), max_value=d(2100, 12, 31))
windows = st.tuples(days, days).map(lambda w: (min(w), max(w)))


def test_reconcile_full_window_widens_to_cover_added_events_and_says_so() -> None:
    result = reconcile_window(STORY, STORY, WIDER)
    assert result.window == WIDER
    assert result.note == (
        "The date window widened to 3 Jan 1997 – 20 Dec 2022 to cover the events now shown."
    )


def test_reconcile_window_beyond_new_data_is_clamped() -> None:
    """The crash: a window ending 2022-12-20 over data that ends 2020-12-03."""
    result = reconcile_window(WIDER, WIDER, OLD_ONLY)
    assert result.window == OLD_ONLY
    assert "now spans the events shown: 3 Jan 1997 – 3 Dec 2020" in result.note


def test_reconcile_narrowed_window_keeps_its_inner_ends() -> None:
    narrow = (d(2021, 3, 1), d(2021, 4, 1))
    result = reconcile_window(narrow, STORY, WIDER)
    assert result.window == narrow
    assert "stays at 1 Mar 2021 – 1 Apr 2021" in result.note


def test_reconcile_end_at_the_data_end_follows_the_data() -> None:
    last_month = (d(2022, 11, 20), d(2022, 12, 20))
    later = (d(2019, 1, 1), d(2023, 3, 1))
    assert reconcile_window(last_month, STORY, later).window == (d(2022, 11, 20), d(2023, 3, 1))


def test_reconcile_window_outside_the_new_data_becomes_all_of_it() -> None:
    result = reconcile_window((d(2022, 11, 20), d(2022, 12, 1)), STORY, OLD_ONLY)
    assert result.window == OLD_ONLY


def test_reconcile_without_a_held_window_leaves_the_slider_default() -> None:
    assert reconcile_window(None, STORY, WIDER).window is None


def test_reconcile_same_data_changes_nothing() -> None:
    narrow = (d(2021, 3, 1), d(2021, 4, 1))
    assert reconcile_window(narrow, STORY, STORY) == reconcile_window(narrow, None, STORY)
    assert reconcile_window(narrow, STORY, STORY).note == ""


@given(window=windows, old=windows | st.none(), new=windows)
@example(window=STORY, old=STORY, new=OLD_ONLY)
@example(window=(d(2022, 12, 20), d(2022, 12, 20)), old=STORY, new=(d(1874, 1, 1), d(1900, 1, 1)))
def test_reconcile_result_always_fits_the_slider(
    window: Window, old: Window | None, new: Window
) -> None:
    """Whatever was held and whatever the data becomes, the slider can draw the window."""
    lo, hi = bounds = slider_bounds(new)
    result = reconcile_window(window, old, bounds)
    assert result.window is not None
    assert lo <= result.window[0] <= result.window[1] <= hi
    if old is not None and window == old:  # a window over all the data stays over all of it
        assert result.window == bounds


def test_slider_bounds_give_a_one_day_span_a_second_day() -> None:
    assert slider_bounds((d(2022, 1, 1), d(2022, 1, 1))) == (d(2022, 1, 1), d(2022, 1, 2))
    assert slider_bounds(STORY) == STORY


def test_as_window_accepts_two_dates_only() -> None:
    assert as_window([d(2022, 2, 1), d(2022, 1, 1)]) == (d(2022, 1, 1), d(2022, 2, 1))
    assert as_window(None) is None
    assert as_window((d(2022, 1, 1),)) is None
    assert as_window(("2022-01-01", "2022-02-01")) is None


def test_window_label_reads_like_the_slider() -> None:
    assert window_label(WIDER) == "3 Jan 1997 – 20 Dec 2022"


def test_presets_count_back_from_the_data_not_from_today() -> None:
    assert preset_window(LAST_30, STORY) == (d(2022, 11, 21), d(2022, 12, 20))
    assert preset_window(LAST_YEAR, STORY) == (d(2021, 12, 21), d(2022, 12, 20))
    assert preset_window(ALL, STORY) == STORY
    short = (d(2022, 12, 1), d(2022, 12, 20))
    assert preset_window(LAST_YEAR, short) == short


def test_preset_unknown_is_named() -> None:
    with pytest.raises(ValueError, match="'decade'"):
        preset_window("decade", STORY)


def test_clamp_window_orders_and_clamps() -> None:
    assert clamp_window(d(2023, 1, 1), d(2022, 1, 1), STORY) == (d(2022, 1, 1), d(2022, 12, 20))
    assert clamp_window(d(1990, 1, 1), d(1991, 1, 1), STORY) == STORY


def test_window_from_brush_reads_milliseconds_and_iso_strings() -> None:
    ms = [
        (dt.datetime(2021, 3, 1) - dt.datetime(1970, 1, 1)).total_seconds() * 1000,
        (dt.datetime(2021, 4, 1, 13) - dt.datetime(1970, 1, 1)).total_seconds() * 1000,
    ]
    assert window_from_brush(ms, STORY) == (d(2021, 3, 1), d(2021, 4, 1))
    assert window_from_brush(["2021-04-01T00:00", "2021-03-01"], STORY) == (
        d(2021, 3, 1),
        d(2021, 4, 1),
    )
    assert window_from_brush([], STORY) is None
    assert window_from_brush(["soon", "later"], STORY) is None
    assert window_from_brush(None, STORY) is None


@given(first=days, last=days, bounds=windows)
def test_clamp_window_always_fits(first: dt.date, last: dt.date, bounds: Window) -> None:
    lo, hi = clamp_window(first, last, bounds)
    assert bounds[0] <= lo <= hi <= bounds[1]


def test_play_slides_a_window_of_the_chosen_width_to_the_end() -> None:
    bounds = (d(2022, 1, 1), d(2022, 3, 31))
    window = play_start(bounds, 30)
    assert window == (d(2022, 1, 1), d(2022, 1, 30))
    seen = [window]
    while (step := play_next(seen[-1], bounds, 30, SLIDE)) is not None:
        seen.append(step)
    assert seen[1:] == [
        (d(2022, 1, 31), d(2022, 3, 1)),
        (d(2022, 3, 2), d(2022, 3, 31)),
    ]


def test_play_accumulates_from_the_start() -> None:
    bounds = (d(2022, 1, 1), d(2022, 3, 31))
    window = play_start(bounds, 45)
    grown = play_next(window, bounds, 45, GROW)
    assert grown == (d(2022, 1, 1), d(2022, 3, 31))
    assert play_next(grown, bounds, 45, GROW) is None


def test_play_refuses_unknown_modes_and_empty_steps() -> None:
    with pytest.raises(ValueError, match="'bounce'"):
        play_next(STORY, WIDER, 30, "bounce")
    with pytest.raises(ValueError, match="0 days"):
        play_start(STORY, 0)


@given(bounds=windows, width=st.integers(30, 400), mode=st.sampled_from([SLIDE, GROW]))
@example(bounds=(d(2022, 1, 1), d(2022, 1, 1)), width=1, mode=SLIDE)
@example(bounds=(d(2022, 1, 1), d(2022, 2, 1)), width=1, mode=GROW)
def test_play_always_ends_at_the_data_end_and_never_leaves_it(
    bounds: Window, width: int, mode: str
) -> None:
    """Every step stays inside the data, moves forward, and the last window reaches the end."""
    window = play_start(bounds, width)
    for _ in range(100_000):
        step = play_next(window, bounds, width, mode)
        if step is None:
            break
        assert bounds[0] <= step[0] <= step[1] <= bounds[1]
        assert step[1] > window[1]
        if mode == SLIDE:
            assert step[0] == window[1] + dt.timedelta(days=1)
            assert (step[1] - step[0]).days < width
        window = step
    assert window[1] == bounds[1]
