"""Several uploads on the page (AppTest): each file a layer with a switch and a remove button."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events
from mapapp.web.page import DATA_ENV

SCRIPT = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
DOHA = (
    b"title,date,place,url\n"
    b"Talks in Doha,2022-12-01,Doha,https://example.org/a\n"
    b"Meeting in Kabul,2022-12-02,Kabul,https://example.org/b\n"
    b"Visit to Dushanbe,2022-12-03,Dushanbe,https://example.org/c\n"
)
VIENNA = (
    b"title,date,place,url\n"
    b"Conference in Vienna,2022-12-04,Vienna,https://example.org/d\n"
    b"Briefing in Geneva,2022-12-05,Geneva,https://example.org/e\n"
)
HOSTILE_NAME = "<img src=x onerror=window.__xss=1> **b** :red[r] {{ 6*7 }}.csv"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_ENV, raising=False)
    st.cache_resource.clear()


@pytest.fixture(scope="module")
def n_base() -> int:
    return len(read_events(BUNDLED_EVENTS))


def _two_uploads(first: str = "doha.csv") -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    for name, data in ((first, DOHA), ("vienna.csv", VIENNA)):
        at.file_uploader[0].set_value((name, data, "application/octet-stream"))
        at.run()
    assert not at.exception
    return at


def _counts(at: AppTest) -> str:
    return str(at.markdown[0].value)


def _layer_buttons(at: AppTest, label: str) -> list[Any]:
    return [b for b in at.button if b.label == label]


def test_app_uploads_a_second_file_joins_the_first(n_base: int) -> None:
    at = _two_uploads()
    assert _counts(at).startswith(f"**{n_base + 5} of {n_base + 5} events**")
    assert "(5 added by you.)" in _counts(at)
    texts = [t.value for t in at.sidebar.text]
    assert "doha.csv: 3 events" in texts and "vienna.csv: 2 events" in texts
    assert len(_layer_buttons(at, "Remove")) == 2
    assert [t.label for t in at.toggle if t.key.startswith("upload_on_")] == ["Show", "Show"]


def test_app_uploads_switching_one_off_takes_it_off_the_counts(n_base: int) -> None:
    at = _two_uploads()
    first = next(t for t in at.toggle if t.key.startswith("upload_on_"))
    first.set_value(False).run()
    assert not at.exception
    assert _counts(at).startswith(f"**{n_base + 2} of {n_base + 2} events**")
    at.text_input(key="q").input("Doha").run()  # filters see only what is on
    assert "Talks in Doha" not in [str(v) for v in at.dataframe[0].value["title"]]
    at.text_input(key="q").input("").run()
    first = next(t for t in at.toggle if t.key.startswith("upload_on_"))
    first.set_value(True).run()
    assert _counts(at).startswith(f"**{n_base + 5} of {n_base + 5} events**")


def test_app_uploads_remove_one_keeps_the_other(n_base: int) -> None:
    at = _two_uploads()
    _layer_buttons(at, "Remove")[0].click().run()
    assert not at.exception
    assert _counts(at).startswith(f"**{n_base + 2} of {n_base + 2} events**")
    texts = [t.value for t in at.sidebar.text]
    assert "doha.csv: 3 events" not in texts and "vienna.csv: 2 events" in texts


def test_app_uploads_shown_instead_of_the_page_only_while_one_is_on(n_base: int) -> None:
    at = _two_uploads()
    at.radio(key="upload_mode").set_value("instead").run()
    assert _counts(at).startswith("**5 of 5 events**")
    for toggle in [t for t in at.toggle if t.key.startswith("upload_on_")]:
        toggle.set_value(False).run()
    assert not at.exception
    assert _counts(at).startswith(f"**{n_base} of {n_base} events**")  # nothing on: the page's


def test_app_uploads_table_and_downloads_follow_the_switches(n_base: int) -> None:
    at = _two_uploads()
    titles = [str(v) for v in at.dataframe[0].value["title"]]
    assert "Talks in Doha" in titles and "Conference in Vienna" in titles
    second = [t for t in at.toggle if t.key.startswith("upload_on_")][1]
    second.set_value(False).run()
    titles = [str(v) for v in at.dataframe[0].value["title"]]
    assert "Talks in Doha" in titles and "Conference in Vienna" not in titles


def test_app_uploads_file_names_are_plain_text() -> None:
    """A hostile file name reaches the page as text only, never in a label or Markdown."""
    at = _two_uploads(HOSTILE_NAME)
    assert f"{HOSTILE_NAME}: 3 events" in [t.value for t in at.sidebar.text]
    labels = [w.label for kind in ("toggle", "button") for w in at.get(kind)]
    assert not [x for x in labels if "<img" in x or "6*7" in x]
    markup = [str(e.value) for k in ("markdown", "caption", "success", "info") for e in at.get(k)]
    assert not [m for m in markup if "<img" in m or "6*7" in m]


def test_app_uploads_same_file_twice_is_one_layer(n_base: int) -> None:
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    for _ in range(2):
        at.file_uploader[0].set_value(("doha.csv", DOHA, "application/octet-stream"))
        at.run()
    assert not at.exception
    assert len(_layer_buttons(at, "Remove")) == 1
    assert _counts(at).startswith(f"**{n_base + 3} of {n_base + 3} events**")
    assert json.dumps([t.value for t in at.sidebar.text]).count("doha.csv: 3 events") == 1
