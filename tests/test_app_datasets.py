"""The page's dataset choice: the seed story by default, the Historian's records, or both.

The page runs on ``tests/data/state/small_bundle.geojson``, the real records of
``tests/data/state`` as the reader converts them (``tests/test_readers_state.py`` keeps the two in
step): the choice's mechanics do not depend on the data's size, and reading the full 8,000
events, or the XML, here would grow this test process by about 100 MB for every later test.
``tests/test_state_bundle.py`` checks the bundled file itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.errors import DataFileError, MapAppError
from mapapp.readers import read_events
from mapapp.web.datasets import (
    BOTH,
    BUNDLED_CHOICES,
    DATASET,
    DEFAULT_CHOICE,
    STORY,
    TRAVEL,
    BundledChoice,
    data_paths,
    file_stamps,
    read_data_files,
)
from mapapp.web.page import DATA_ENV

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "streamlit_app.py")
STATE = Path(__file__).parent / "data" / "state"


@pytest.fixture(scope="module")
def small_travel() -> Path:
    return STATE / "small_bundle.geojson"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, small_travel: Path) -> None:
    monkeypatch.delenv(DATA_ENV, raising=False)
    for choice, files in ((TRAVEL, (small_travel,)), (BOTH, (BUNDLED_EVENTS, small_travel))):
        monkeypatch.setitem(
            BUNDLED_CHOICES, choice, BundledChoice(files, BUNDLED_CHOICES[choice].about)
        )
    st.cache_resource.clear()


@pytest.fixture
def sizes(small_travel: Path) -> dict[str, int]:
    story, travel = len(read_events(BUNDLED_EVENTS)), len(read_events(small_travel))
    return {STORY: story, TRAVEL: travel, BOTH: story + travel}


def run_page(**query: list[str]) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=60)
    for key, values in query.items():
        at.query_params[key] = values
    return at.run()


def test_page_default_dataset_is_the_seed_story(sizes: dict[str, int]) -> None:
    at = run_page()
    assert not at.exception
    assert DEFAULT_CHOICE == STORY
    assert at.radio(key=DATASET).value == STORY
    assert at.markdown[0].value.startswith(f"**{sizes[STORY]} of {sizes[STORY]} events**")


@pytest.mark.parametrize("choice", [TRAVEL, BOTH])
def test_page_dataset_comes_from_the_url(choice: str, sizes: dict[str, int]) -> None:
    at = run_page(data=[choice])
    assert not at.exception
    assert at.radio(key=DATASET).value == choice
    total = f"{sizes[choice]:,}"
    assert at.markdown[0].value.startswith(f"**{total} of {total} events**")
    assert any(BUNDLED_CHOICES[choice].about == c.value for c in at.caption)


def test_page_choosing_a_dataset_shows_it(sizes: dict[str, int]) -> None:
    at = run_page()
    at.radio(key=DATASET).set_value(TRAVEL).run()
    assert not at.exception
    assert f"of {sizes[TRAVEL]:,} events" in at.markdown[0].value


def test_page_unknown_dataset_in_a_link_shows_the_default() -> None:
    assert data_paths("no such dataset", {}) == BUNDLED_CHOICES[DEFAULT_CHOICE].files


def test_page_mapapp_data_replaces_the_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_ENV, str(BUNDLED_EVENTS))
    at = run_page(data=[TRAVEL])
    assert not at.exception
    assert not [r for r in at.radio if r.key == DATASET]
    assert data_paths(TRAVEL) == (BUNDLED_EVENTS,)


def test_page_combined_files_keep_every_event_once(sizes: dict[str, int]) -> None:
    events, _ = read_data_files(BUNDLED_CHOICES[BOTH].files)
    assert len(events) == sizes[BOTH] and events["event_id"].is_unique
    assert events.crs.to_string() == "EPSG:4326"


def test_page_missing_bundled_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot be opened") as caught:
        file_stamps([BUNDLED_EVENTS, tmp_path / "gone.parquet"])
    assert caught.value.problem.file == str(tmp_path / "gone.parquet")


def test_page_files_sharing_ids_are_refused() -> None:
    with pytest.raises(MapAppError, match="share event ids"):
        read_data_files([BUNDLED_EVENTS, BUNDLED_EVENTS])
