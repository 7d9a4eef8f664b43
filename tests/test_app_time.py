"""The date window through any sequence of sidebar choices (AppTest runs of streamlit_app.py).

Adding a file, showing it instead of the page's events, removing it, choosing another dataset,
narrowing the window: in whatever order, the page draws (no StreamlitValueAboveMaxError), the
window stays inside the data, and a window over all the data stays over all of it. Each step
also checks the event count against a model of what the sidebar holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.filters import filter_events
from mapapp.readers import read_events
from mapapp.web import playback
from mapapp.web.datasets import BOTH, BUNDLED_CHOICES, DATASET, STORY, TRAVEL, BundledChoice
from mapapp.web.page import DATA_ENV, DATES
from mapapp.web.timebar import FIRST, LAST
from mapapp.web.timewindow import (
    ALL,
    PRESETS,
    SLIDE,
    play_next,
    play_start,
    preset_window,
    slider_bounds,
)

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "streamlit_app.py")
SMALL_TRAVEL = Path(__file__).parent / "data" / "state" / "small_bundle.geojson"
EPOCH = dt.datetime(1970, 1, 1)


def _csv(rows: list[tuple[str, str, str]]) -> bytes:
    lines = ["title,date,place,url"]
    lines += [f"{t},{day},{p},https://example.org/{n}" for n, (t, day, p) in enumerate(rows)]
    return ("\n".join(lines) + "\n").encode()


# ACLED-like: 1997-2020, mostly before the story (2019-2022) begins and ending before it ends.
OLD = _csv(
    [
        ("Old talks in Doha", "1997-01-03", "Doha"),
        ("Meeting in Kabul", "2005-12-02", "Kabul"),
        ("Visit to Dushanbe", "2020-12-03", "Dushanbe"),
    ]
)
LATE = _csv([("Later talks in Doha", "2024-05-01", "Doha"), ("Kabul again", "2024-06-01", "Kabul")])
FILES = {"old.csv": OLD, "late.csv": LATE}


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_ENV, raising=False)
    for choice, files in ((TRAVEL, (SMALL_TRAVEL,)), (BOTH, (BUNDLED_EVENTS, SMALL_TRAVEL))):
        monkeypatch.setitem(
            BUNDLED_CHOICES, choice, BundledChoice(files, BUNDLED_CHOICES[choice].about)
        )
    st.cache_resource.clear()


@dataclass
class Model:
    """What the sidebar holds: the dataset, the uploads (each kept as a layer) and their mode."""

    dataset: str = STORY
    uploads: list[str] = field(default_factory=list)
    instead: bool = False
    sizes: dict[str, int] = field(default_factory=dict)

    def total(self) -> int:
        shown = 0 if (self.instead and self.uploads) else self.sizes[self.dataset]
        return shown + sum(self.sizes[name] for name in self.uploads)


def _day(micros: float) -> dt.date:
    return (EPOCH + dt.timedelta(microseconds=micros)).date()


def window_and_bounds(at: AppTest) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]]:
    slider = at.slider(key=DATES)
    return tuple(slider.value), (_day(slider.min), _day(slider.max))  # type: ignore[return-value]


def upload(name: str) -> Callable[[AppTest, Model], None]:
    def step(at: AppTest, model: Model) -> None:
        at.file_uploader[0].set_value((name, FILES[name], "application/octet-stream"))
        if name not in model.uploads:
            model.uploads.append(name)

    return step


def mode(instead: bool) -> Callable[[AppTest, Model], None]:
    def step(at: AppTest, model: Model) -> None:
        at.radio(key="upload_mode").set_value("instead" if instead else "add")
        model.instead = instead

    return step


def remove(at: AppTest, model: Model) -> None:
    found = [b for b in at.button if b.label == "Remove added data"]
    if found:
        found[0].click()
        model.uploads = []


def dataset(choice: str) -> Callable[[AppTest, Model], None]:
    def step(at: AppTest, model: Model) -> None:
        at.radio(key=DATASET).set_value(choice)
        model.dataset = choice

    return step


def narrow(at: AppTest, model: Model) -> None:
    """The last 30 days of the data (both ends inside the data where it is long enough)."""
    _, (lo, hi) = window_and_bounds(at)
    at.slider(key=DATES).set_value((max(lo, hi - dt.timedelta(days=30)), hi))


STEPS: dict[str, Callable[[AppTest, Model], None]] = {
    "add old": upload("old.csv"),
    "add late": upload("late.csv"),
    "instead": mode(True),
    "with": mode(False),
    "remove": remove,
    "travel": dataset(TRAVEL),
    "story": dataset(STORY),
    "both": dataset(BOTH),
    "narrow": narrow,
}
WALKS = [
    ("add old", "instead"),  # the crash as first reported
    ("add old", "instead", "with", "remove", "add late", "instead", "remove"),
    ("narrow", "add old", "instead", "with", "narrow", "remove"),
    ("add late", "instead", "travel", "remove", "story", "narrow", "both"),
    ("travel", "add old", "instead", "narrow", "story", "with", "remove"),
    ("instead", "add late", "narrow", "add old", "travel", "with", "both", "remove"),
]


@pytest.mark.parametrize("walk", WALKS, ids=[" > ".join(w) for w in WALKS])
def test_app_time_any_sequence_of_sidebar_choices_keeps_the_window_in_the_data(
    walk: tuple[str, ...],
) -> None:
    sizes = {STORY: len(read_events(BUNDLED_EVENTS)), TRAVEL: len(read_events(SMALL_TRAVEL))}
    sizes |= {BOTH: sizes[STORY] + sizes[TRAVEL], "old.csv": 3, "late.csv": 2}
    model = Model(sizes=sizes)
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    for n, name in enumerate(walk):
        before, before_bounds = window_and_bounds(at)
        STEPS[name](at, model)
        at.run()
        where = f"after {' > '.join(walk[: n + 1])}"
        assert not at.exception, f"{where}: {at.exception}"
        window, (lo, hi) = window_and_bounds(at)
        assert lo <= window[0] <= window[1] <= hi, where
        if before == before_bounds and name != "narrow":
            assert window == (lo, hi), f"{where}: the window left some of the data out"
        if before == before_bounds and name != "narrow" and lo < before_bounds[0]:
            assert any("date window widened" in i.value for i in at.info), where
        assert f" of {model.total()} events**" in at.markdown[0].value, where


def test_app_time_widened_window_counts_the_added_events() -> None:
    """Added 1997-2020 events are not silently hidden behind the old 2019-2022 window."""
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    n = len(read_events(BUNDLED_EVENTS))
    at.file_uploader[0].set_value(("old.csv", OLD, "application/octet-stream"))
    at.run()
    assert at.markdown[0].value.startswith(f"**{n + 3} of {n + 3} events**")
    assert [i.value for i in at.info if "widened" in i.value] == [
        "The date window widened to 3 Jan 1997 – 20 Dec 2022 to cover the events now shown."
    ]
    assert window_and_bounds(at)[0] == slider_bounds((dt.date(1997, 1, 3), dt.date(2022, 12, 20)))


# --- date fields, presets ---------------------------------------------------------------------


def _fields(at: AppTest) -> list[dt.date]:
    return [at.date_input(key=FIRST).value, at.date_input(key=LAST).value]


def _count(events: pd.DataFrame, window: tuple[dt.date, dt.date]) -> int:
    return len(filter_events(events, start=window[0], end=window[1]))


def test_app_time_presets_set_the_slider_fields_and_counts() -> None:
    events = read_events(BUNDLED_EVENTS)
    bounds = (events["date_start"].min().date(), events["date_end"].max().date())
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    assert _fields(at) == list(bounds)
    for preset, label in PRESETS.items():
        next(b for b in at.button if b.label == label).click()
        at.run()
        window = preset_window(preset, bounds)
        assert not at.exception
        assert at.slider(key=DATES).value == window
        assert _fields(at) == list(window)
        n = len(events) if preset == ALL else _count(events, window)
        assert at.markdown[0].value.startswith(f"**{n} of {len(events)} events**"), label


def test_app_time_date_fields_set_the_slider_and_follow_it() -> None:
    events = read_events(BUNDLED_EVENTS)
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    at.date_input(key=FIRST).set_value(dt.date(2022, 1, 1)).run()
    at.date_input(key=LAST).set_value(dt.date(2022, 6, 30)).run()
    window = (dt.date(2022, 1, 1), dt.date(2022, 6, 30))
    assert at.slider(key=DATES).value == window
    assert at.markdown[0].value.startswith(f"**{_count(events, window)} of")
    moved = (dt.date(2020, 2, 1), dt.date(2020, 3, 1))
    at.slider(key=DATES).set_value(moved).run()
    assert _fields(at) == list(moved)
    # A "From" after "To" is read as the window between them, not refused.
    at.date_input(key=FIRST).set_value(dt.date(2020, 6, 1)).run()
    assert at.slider(key=DATES).value == (dt.date(2020, 3, 1), dt.date(2020, 6, 1))


def test_app_time_link_dates_fill_the_date_fields() -> None:
    at = AppTest.from_file(SCRIPT, default_timeout=60)
    at.query_params[DATES] = ["2022-11-25", "2022-12-05"]
    at.run()
    assert _fields(at) == [dt.date(2022, 11, 25), dt.date(2022, 12, 5)]


# --- playback -----------------------------------------------------------------------------------


def test_app_time_play_steps_the_window_to_the_end_and_stops() -> None:
    """Play with a one-year step: each tick shows the next year, the counts follow, and at the
    data's end playback stops and the view stops ticking."""
    events = read_events(BUNDLED_EVENTS)
    bounds = (events["date_start"].min().date(), events["date_end"].max().date())
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    at.selectbox(key=playback.WIDTH).set_value(365).run()
    next(b for b in at.button if b.label == "Play").click()
    at.run()
    assert not at.exception
    window = play_start(bounds, 365)
    assert at.session_state[playback.TICKING] == 1.0  # the view reruns every second
    seen = []
    while window is not None:
        assert at.slider(key=DATES).value == window
        assert at.markdown[0].value.startswith(f"**{_count(events, window)} of {len(events)}")
        seen.append(window)
        at.session_state[playback.LAST_STEP] = -1e9  # the next tick is due
        at.run()
        window = play_next(window, bounds, 365, SLIDE)
    assert seen[-1][1] == bounds[1] and len(seen) == 4
    assert not at.session_state[playback.PLAYING]
    assert at.session_state[playback.TICKING] is None
    assert [b.label for b in at.button if b.key == "play_button"] == ["Play"]


def test_app_time_pause_keeps_the_window() -> None:
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    next(b for b in at.button if b.label == "Play").click()
    at.run()
    at.session_state[playback.LAST_STEP] = -1e9
    at.run()
    held = at.slider(key=DATES).value
    next(b for b in at.button if b.label == "Pause").click()
    at.run()
    at.session_state[playback.LAST_STEP] = -1e9
    at.run()
    assert at.slider(key=DATES).value == held
    assert at.session_state[playback.TICKING] is None
