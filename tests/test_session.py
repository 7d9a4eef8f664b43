"""The session's additions: combining with the base events, id collisions, cache keys, and the
candidates table of an article (mapapp.web.session; no Streamlit)."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import pandas as pd
import pytest

from mapapp import gazetteer
from mapapp.bundled import BUNDLED_EVENTS
from mapapp.extract.candidates import extract_events
from mapapp.readers import read_events
from mapapp.records import coerce_events
from mapapp.web.session import (
    ACCEPT,
    EDITOR_COLUMNS,
    Added,
    Batch,
    accepted_events,
    cache_key,
    combine_events,
    content_digest,
    editor_frame,
    frame_digest,
)
from tests.conftest import good_record

URL = "https://example.org/news/talks"
TEXT = (
    "Envoys meet in Doha.\n"
    "Thomas West met Taliban representatives in Doha on Monday.\n"
    "Karen Decker traveled to Tajikistan on Tuesday, where she met Afghan opposition figures.\n"
)
PUBLISHED = dt.date(2022, 12, 20)


@pytest.fixture(scope="module")
def base() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


def events_of(*records: dict[str, object]) -> gpd.GeoDataFrame:
    return coerce_events(pd.DataFrame(list(records)))


def batch(label: str, events: gpd.GeoDataFrame) -> Batch:
    return Batch(label, frame_digest(events), events)


@pytest.fixture(scope="module")
def candidates() -> gpd.GeoDataFrame:
    found = extract_events(TEXT, published=PUBLISHED, url=URL)
    assert len(found) >= 2, "the test article should give at least two candidates"
    return found


def tick(table: pd.DataFrame, *rows: int) -> pd.DataFrame:
    out = table.copy()
    for row in rows:
        out.loc[row, ACCEPT] = True
    return out


# --- combining -------------------------------------------------------------------------------


def test_combine_events_without_additions_is_the_base(base: gpd.GeoDataFrame) -> None:
    combined = combine_events(base, Added())
    assert combined.events is base
    assert combined.notes == () and combined.skipped == ()


def test_combine_events_appends_the_upload_after_the_base(base: gpd.GeoDataFrame) -> None:
    upload = events_of(good_record(event_id="u-1"), good_record(event_id="u-2"))
    combined = combine_events(base, Added().with_upload(batch("mine.csv", upload)))
    assert combined.events["event_id"].tolist() == [*base["event_id"], "u-1", "u-2"]
    assert isinstance(combined.events, gpd.GeoDataFrame)
    assert combined.events.crs == base.crs
    assert combined.events.geometry.notna().sum() == base.geometry.notna().sum() + 2


def test_combine_events_skips_ids_already_on_the_map(base: gpd.GeoDataFrame) -> None:
    """An added event with a base event's id is the same event: the base version stays."""
    taken = base["event_id"].iloc[3]
    upload = events_of(good_record(event_id=taken, title="My copy"), good_record(event_id="u-9"))
    combined = combine_events(base, Added().with_upload(batch("mine.csv", upload)))
    assert combined.skipped == (taken,)
    assert len(combined.events) == len(base) + 1
    rows = combined.events[combined.events["event_id"] == taken]
    assert rows["title"].tolist() == [base["title"].iloc[3]]
    assert len(combined.notes) == 1
    assert "mine.csv" in combined.notes[0] and taken in combined.notes[0]
    assert "1 event from" in combined.notes[0]


def test_combine_events_instead_mode_drops_the_base_but_keeps_article_events(
    base: gpd.GeoDataFrame,
) -> None:
    upload = events_of(good_record(event_id=base["event_id"].iloc[0]))
    article = events_of(good_record(event_id="a-1"))
    added = Added().with_upload(batch("mine.csv", upload)).with_articles(article).with_mode(True)
    combined = combine_events(base, added)
    assert combined.events["event_id"].tolist() == [base["event_id"].iloc[0], "a-1"]
    assert combined.skipped == ()


def test_combine_events_instead_mode_without_upload_keeps_the_base(
    base: gpd.GeoDataFrame,
) -> None:
    article = events_of(good_record(event_id="a-1"))
    combined = combine_events(base, Added().with_articles(article).with_mode(True))
    assert len(combined.events) == len(base) + 1


def test_combine_events_upload_wins_over_article_events(base: gpd.GeoDataFrame) -> None:
    upload = events_of(good_record(event_id="same", title="From the file"))
    article = events_of(good_record(event_id="same", title="From the article"))
    added = Added().with_upload(batch("mine.csv", upload)).with_articles(article, "the article")
    combined = combine_events(base, added)
    same = combined.events[combined.events["event_id"] == "same"]
    assert same["title"].tolist() == ["From the file"]
    assert combined.skipped == ("same",)
    assert "the article" in combined.notes[0]


def test_with_articles_replaces_an_earlier_version_of_the_same_event() -> None:
    first = events_of(good_record(event_id="a-1", title="Old"), good_record(event_id="a-2"))
    again = events_of(good_record(event_id="a-1", title="Edited"))
    added = Added().with_articles(first).with_articles(again)
    assert added.articles is not None
    events = added.articles.events
    assert sorted(events["event_id"]) == ["a-1", "a-2"]
    assert events.loc[events["event_id"] == "a-1", "title"].tolist() == ["Edited"]


# --- keys --------------------------------------------------------------------------------------


def test_content_digest_depends_on_bytes_and_options() -> None:
    data = b"title,date,place,url\n"
    assert content_digest(data, "a.csv", "auto") == content_digest(data, "a.csv", "auto")
    assert content_digest(data, "a.csv", "auto") != content_digest(data, "a.csv", "csv")
    assert content_digest(data, "a.csv", "auto") != content_digest(data + b"x", "a.csv", "auto")
    assert content_digest(data, "ab", "c") != content_digest(data, "a", "bc")


def test_frame_digest_changes_with_any_cell() -> None:
    one = events_of(good_record())
    assert frame_digest(one) == frame_digest(events_of(good_record()))
    assert frame_digest(one) != frame_digest(events_of(good_record(title="Other")))
    assert frame_digest(one) != frame_digest(events_of(good_record(lat="25.3")))


def test_added_key_changes_with_upload_mode_and_articles() -> None:
    one = events_of(good_record())
    two = events_of(good_record(event_id="test-2"))
    empty = Added()
    with_upload = empty.with_upload(batch("a.csv", one))
    keys = {
        empty.key(),
        with_upload.key(),
        with_upload.with_mode(True).key(),
        with_upload.with_articles(two).key(),
        empty.with_upload(batch("a.csv", two)).key(),
    }
    assert len(keys) == 5
    # Equal content gives equal keys; "instead" without an upload changes nothing.
    assert empty.with_upload(batch("a.csv", one)).key() == with_upload.key()
    assert empty.with_mode(True).key() == empty.key()
    assert cache_key("v1", with_upload) != cache_key("v2", with_upload)
    assert cache_key("v1", with_upload).startswith("v1")


def test_batch_equality_ignores_the_frame() -> None:
    """Batches compare (and hash) by label and digest only: frames are never compared."""
    one = events_of(good_record())
    assert Batch("a", "d", one) == Batch("a", "d", one.copy())
    assert hash(Batch("a", "d", one)) == hash(Batch("a", "d", one.iloc[0:0]))


# --- article candidates ------------------------------------------------------------------------


def test_editor_frame_numbers_rows_and_starts_unticked(candidates: gpd.GeoDataFrame) -> None:
    table = editor_frame(candidates)
    assert list(table.columns) == list(EDITOR_COLUMNS)
    assert list(table.index) == list(range(1, len(candidates) + 1))
    assert not table[ACCEPT].any()
    assert table["source_quote"].tolist() == candidates["source_quote"].tolist()
    dated = candidates["date_start"].notna().to_numpy()
    assert all(isinstance(d, dt.date) for d in table["date_start"][dated])
    assert all(
        a == "; ".join(b) for a, b in zip(table["actors"], candidates["actors"], strict=True)
    )


def test_accepted_events_without_ticks_adds_nothing(candidates: gpd.GeoDataFrame) -> None:
    events, problems, notes = accepted_events(candidates, editor_frame(candidates))
    assert len(events) == 0 and problems == [] and notes == []


def test_accepted_events_keeps_unedited_candidates_as_they_are(
    candidates: gpd.GeoDataFrame,
) -> None:
    events, problems, _ = accepted_events(candidates, tick(editor_frame(candidates), 1, 2))
    assert problems == []
    assert events["event_id"].tolist() == candidates["event_id"].iloc[:2].tolist()
    for name in ("title", "event_type", "status", "place_name", "source_quote", "source_url"):
        assert events[name].tolist() == candidates[name].iloc[:2].tolist(), name
    assert events.geometry.equals(candidates.geometry.iloc[:2].reset_index(drop=True))
    assert events["source_published"].tolist() == [pd.Timestamp(PUBLISHED)] * 2


def test_accepted_events_applies_edits(candidates: gpd.GeoDataFrame) -> None:
    table = tick(editor_frame(candidates), 1)
    table.loc[1, "title"] = "  Edited title  "
    table.loc[1, "actors"] = "Thomas West; ; Taliban"
    table.loc[1, "status"] = "announced"
    events, problems, _ = accepted_events(candidates, table)
    assert problems == []
    row = events.iloc[0]
    assert (row["title"], row["status"]) == ("Edited title", "announced")
    assert row["actors"] == ["Thomas West", "Taliban"]


def test_accepted_events_looks_up_a_changed_place(candidates: gpd.GeoDataFrame) -> None:
    table = tick(editor_frame(candidates), 1)
    table.loc[1, "place_name"] = "Kabul"
    table.loc[1, "country_code"] = None
    events, problems, notes = accepted_events(candidates, table)
    assert problems == []
    kabul = gazetteer.lookup("Kabul").place
    assert kabul is not None
    point = events.geometry.iloc[0]
    assert (point.y, point.x) == pytest.approx((kabul.lat, kabul.lon))
    assert events["country_code"].iloc[0] == kabul.country_code
    assert events["location_precision"].iloc[0] == kabul.precision
    assert events["location_basis"].iloc[0] == "stated"
    assert any("Kabul" in n for n in notes)


def test_accepted_events_reports_an_unknown_place_and_adds_nothing(
    candidates: gpd.GeoDataFrame,
) -> None:
    table = tick(editor_frame(candidates), 1, 2)
    table.loc[2, "place_name"] = "Atlantis-under-the-sea"
    events, problems, _ = accepted_events(candidates, table)
    assert len(events) == 0
    assert [(p.file, p.row, p.column) for p in problems] == [("candidate", 2, "place_name")]
    assert "'Atlantis-under-the-sea'" in str(problems[0]) and "gazetteer" in str(problems[0])


def test_accepted_events_reports_invalid_cells_with_their_row(
    candidates: gpd.GeoDataFrame,
) -> None:
    table = tick(editor_frame(candidates), 1, 2)
    table.loc[2, "title"] = "   "
    table.loc[1, "date_start"] = dt.date(2022, 12, 30)
    table.loc[1, "date_end"] = dt.date(2022, 12, 1)
    events, problems, _ = accepted_events(candidates, table)
    assert len(events) == 0
    assert {(p.row, p.column) for p in problems} >= {(2, "title"), (1, "date_end")}
    assert all(str(p).startswith(f"candidate:{p.row}: ") for p in problems)


def test_accepted_events_without_place_is_unmapped(candidates: gpd.GeoDataFrame) -> None:
    placed = int(candidates.geometry.notna().to_numpy().argmax()) + 1
    table = tick(editor_frame(candidates), placed)
    table.loc[placed, "place_name"] = ""
    table.loc[placed, "country_code"] = None
    events, problems, _ = accepted_events(candidates, table)
    assert problems == []
    assert events.geometry.iloc[0] is None
    assert events["location_precision"].iloc[0] == "unknown"
