"""The page's review table for article candidates: merged events, their sentences, splitting.

AppTest runs of streamlit_app.py (no browser) on an invented wire report.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from mapapp.extract.candidates import MAX_ARTICLE_CHARS
from mapapp.web.page import DATA_ENV

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "streamlit_app.py")
ARTICLE = (ROOT / "tests" / "data" / "articles" / "dev" / "d1-geneva-talks.txt").read_text("utf-8")
URL = "https://example.org/dev/d1-geneva-talks"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_ENV, raising=False)
    st.cache_resource.clear()


def found(text: str = ARTICLE) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    at.text_area(key="article_text").input(text)
    at.date_input(key="article_published").set_value(dt.date(2024, 9, 10))
    at.text_input(key="article_url").input(URL)
    next(b for b in at.button if b.label == "Find events").click()
    return at.run()


def test_review_table_shows_every_sentence_of_a_merged_event():
    at = found()
    assert not at.exception
    table = at.data_editor[0].value
    others = table["other_sentences"]
    merged = others[others.str.len() > 0]
    assert len(merged) == 1
    assert merged.iloc[0] in ARTICLE  # one other sentence, verbatim
    listing = next(t.value for t in at.text if t.value.startswith("1. "))
    assert f"   + {merged.iloc[0]}" in listing.splitlines()


def test_review_table_splits_a_merged_candidate_into_its_sentences():
    at = found()
    before = at.data_editor[0].value
    choice = at.selectbox(key="article_split_row")
    assert len(choice.options) == 1 and choice.value == 1  # the table's row number
    next(b for b in at.button if b.label == "Split into its sentences").click()
    at.run()
    assert not at.exception
    after = at.data_editor[0].value
    assert len(after) == len(before) + 1
    assert (after["other_sentences"].str.len() == 0).all()
    assert not any(s.key == "article_split_row" for s in at.selectbox)  # nothing left to split


def test_article_text_area_states_its_limit():
    at = AppTest.from_file(SCRIPT, default_timeout=60).run()
    area = at.text_area(key="article_text")
    assert area.max_chars == MAX_ARTICLE_CHARS
    limit = [c.value for c in at.caption if f"{MAX_ARTICLE_CHARS:,} characters" in c.value]
    assert limit and "split" in limit[0]
