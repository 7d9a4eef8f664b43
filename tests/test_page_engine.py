"""The page over a query engine: which tier it picks, and AppTest runs on DuckDB and PostGIS.

The AppTests run streamlit_app.py on a GeoParquet store (the embedded engine) and on a PostGIS
database, and check the counts, the table's first rows and a filter against the reference
(:func:`mapapp.filters.filter_events` on the same events).
"""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import geopandas as gpd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from benchmarks.generate import generate_events
from mapapp.engine import FrameEngine, load_events, make_query
from mapapp.errors import UsageError
from mapapp.filters import filter_events
from mapapp.store import write_parquet
from mapapp.web import source
from mapapp.web.engine_panels import counts_line, download_note
from mapapp.web.follow import TABLE_KEYS
from mapapp.web.page import DATA_ENV, TABLE_ROWS, Filters
from tests.conftest import create_database

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "streamlit_app.py")
N_EVENTS = 3_000


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (DATA_ENV, source.DATABASE_ENV, source.ENGINE_ENV):
        monkeypatch.delenv(name, raising=False)
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return generate_events(N_EVENTS, seed=11)


@pytest.fixture(scope="module")
def store(events, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "events.parquet"
    write_parquet(events, path)
    return path


# --------------------------------------------------------------------------------------------
# choosing the tier


def test_source_database_url_wins(store):
    env = {source.DATABASE_ENV: " postgresql://maps@db/events ", source.ENGINE_ENV: "file"}
    assert source.choose_source([store], env) == source.Source(
        "postgis", "postgresql://maps@db/events"
    )
    secret = source.choose_source([store], {}, secret_url="postgresql://cloud/db")
    assert secret.kind == "postgis" and secret.location == "postgresql://cloud/db"


def test_source_large_store_is_embedded_small_one_is_a_file(store, monkeypatch):
    assert source.choose_source([store], {}).kind == "file"  # 3,000 rows: read into memory
    assert source.choose_source([store], {source.ENGINE_ENV: "embedded"}) == source.Source(
        "embedded", str(store)
    )
    monkeypatch.setattr(source, "EMBEDDED_ROWS", N_EVENTS - 1)
    assert source.choose_source([store], {}).kind == "embedded"
    assert source.choose_source([store], {source.ENGINE_ENV: "File"}).kind == "file"


def test_source_refuses_what_it_cannot_do(store, tmp_path):
    with pytest.raises(UsageError, match="MAPAPP_ENGINE='duck' is not a tier"):
        source.choose_source([store], {source.ENGINE_ENV: "duck"})
    geojson = tmp_path / "events.geojson"
    with pytest.raises(UsageError, match="needs one GeoParquet store"):
        source.choose_source([geojson], {source.ENGINE_ENV: "embedded"})
    assert source.choose_source([geojson], {}).kind == "file"
    broken = tmp_path / "broken.parquet"
    broken.write_text("not parquet")
    with pytest.raises(Exception, match="cannot be read as Parquet"):
        source.choose_source([broken], {})


def test_page_query_is_the_page_filters(events):
    span = (dt.date(2018, 1, 1), dt.date(2024, 12, 31))
    full = Filters(window=span, types=("meeting",), countries=("af",), text=" kabul ")
    query = source.page_query(full, span)
    assert query.start is None and query.end is None  # the full span keeps undated events
    assert query.types == ("meeting",) and query.countries == ("AF",) and query.text == "kabul"
    narrow = source.page_query(Filters(window=(dt.date(2020, 1, 1), dt.date(2020, 2, 1))), span)
    assert (narrow.start, narrow.end) == (dt.date(2020, 1, 1), dt.date(2020, 2, 1))
    engine = FrameEngine(events)
    mapped = engine.count(source.on_map(make_query()))
    assert mapped == int(events.geometry.notna().sum()) < len(events)


def test_summary_of_an_engine(events):
    summary = source.summarise(FrameEngine(events))
    assert summary.total == len(events)
    assert summary.n_mappable == int(events.geometry.notna().sum())
    assert summary.types[0] == "meeting" and set(summary.types) == set(events["event_type"])
    assert list(summary.actors) == sorted(summary.actors, key=lambda n: (n.casefold(), n))
    assert "AF" in summary.countries and summary.span is not None
    (south, west), (north, east) = summary.bounds
    assert south < 34.5 < north and west < 69.2 < east


def test_a_store_summary_is_kept_by_the_store_version(events, tmp_path):
    from mapapp.web import engine_app

    path = tmp_path / "events.parquet"
    write_parquet(events.iloc[:100], path)
    here = source.Source("embedded", str(path))
    first = engine_app.engine_summary(here.kind, here.location, engine_app._stamp(here))
    assert first.total == 100
    assert pickle.loads(pickle.dumps(first)) == first  # kept on disk, so it must pickle
    write_parquet(events.iloc[:200], path)  # the store replaced: a new version, a new summary
    second = engine_app.engine_summary(here.kind, here.location, engine_app._stamp(here))
    assert second.total == 200
    assert len(engine_app.summary_code()) == 16


def test_engine_panels_say_what_is_left_out():
    assert download_note(10) is None
    assert "first 5 of the 12 matching" in (download_note(12, cap=5) or "")
    assert counts_line(1, 9, 1) == "**1 of 9 events** match the filters; 1 is on the map."


# --------------------------------------------------------------------------------------------
# the page on an engine


def _run(secrets: dict[str, object] | None = None, **query: list[str]) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    for key, values in query.items():
        at.query_params[key] = values
    return at.run()


def _check_page(at: AppTest, events: gpd.GeoDataFrame, **filters: object) -> None:
    assert not at.exception, at.exception
    shown = filter_events(events, **filters)  # type: ignore[arg-type]
    mapped = int(shown.geometry.notna().sum())
    counts = [m.value for m in at.markdown if "match the filters" in m.value]
    assert counts == [counts_line(len(shown), len(events), mapped)]
    table = at.dataframe[0].value
    ordered = shown.assign(_u=shown["date_start"].isna()).sort_values(
        ["_u", "date_start", "event_id"]
    )
    assert table["title"].tolist() == ordered["title"].head(TABLE_ROWS).tolist()
    assert any(f"first {TABLE_ROWS:,} of {len(shown):,}" in c.value for c in at.caption) == (
        len(shown) > TABLE_ROWS
    )
    # a row shows the event and flies the map to it, as on the file page
    hint = f"Click a row to show the event and fly the map to it. {TABLE_KEYS}"
    assert hint in [c.value for c in at.caption]


def _check_map_note(at: AppTest, events: gpd.GeoDataFrame) -> None:
    """The map draws the view's areas (more events in view than are drawn one by one)."""
    mapped = int(events.geometry.notna().sum())
    notes = [c.value for c in at.caption if c.value.startswith("Showing the ")]
    assert len(notes) == 1 and f"{mapped:,} events in and around the view as" in notes[0]


def _check_filter(at: AppTest, events: gpd.GeoDataFrame) -> None:
    at.multiselect(key="type").set_value(["visit"]).run()
    _check_page(at, events, types=["visit"])
    assert at.multiselect(key="type").options[0] == "Meeting"


def test_page_on_the_embedded_engine(store, events, monkeypatch):
    monkeypatch.setenv(DATA_ENV, str(store))
    monkeypatch.setenv(source.ENGINE_ENV, "embedded")
    at = _run()
    assert any("queried from the store" in c.value for c in at.caption)
    _check_page(at, events)
    _check_map_note(at, events)
    _check_filter(at, events)


def test_page_on_postgis(events, postgis_url, monkeypatch):
    url = create_database(postgis_url)
    load_events(url, events)
    monkeypatch.setenv(source.DATABASE_ENV, url)
    at = _run()
    assert any("queried from a PostGIS database" in c.value for c in at.caption)
    assert not any(url in c.value for c in at.caption)
    _check_page(at, events)
    _check_map_note(at, events)
    _check_filter(at, events)


def test_page_on_postgis_from_streamlit_secrets(events, postgis_url):
    """Community Cloud: the URL in [connections.mapapp] of the app's secrets, no environment."""
    url = create_database(postgis_url)
    load_events(url, events.iloc[:500])
    at = _run(secrets={"connections": {"mapapp": {"url": url}}})
    assert any("queried from a PostGIS database" in c.value for c in at.caption)
    _check_page(at, events.iloc[:500])


def test_page_on_the_embedded_engine_plays_the_window(store, events, monkeypatch):
    """Play works on the engine-backed page too: each tick queries the next 30 days."""
    import datetime as dt

    from mapapp.web import playback
    from mapapp.web.page import DATES
    from mapapp.web.timewindow import SLIDE, play_next, play_start

    monkeypatch.setenv(DATA_ENV, str(store))
    monkeypatch.setenv(source.ENGINE_ENV, "embedded")
    at = _run()
    lo, hi = at.slider(key=DATES).value
    bounds = (lo, hi)
    next(b for b in at.button if b.label == "Play").click()
    at.run()
    window = play_start(bounds, 30)
    assert at.slider(key=DATES).value == window
    at.session_state[playback.LAST_STEP] = -1e9
    at.run()
    following = play_next(window, bounds, 30, SLIDE)
    assert following is not None and at.slider(key=DATES).value == following
    _check_page(at, events, start=following[0], end=following[1])
    assert isinstance(following[0], dt.date)


def test_page_on_the_embedded_engine_flies_to_a_selected_row(store, events, monkeypatch):
    """A table row shows the event, flies the map to it and rings it; before any row the map
    keeps its own fitted view (no centre or zoom given), and a rerun does not fly again."""
    import json

    from mapapp.web import engine_app
    from mapapp.web.view import focus_view

    def map_args(at: AppTest) -> dict[str, object]:
        found = [
            json.loads(e.proto.json_args)
            for e in at.main
            if getattr(e, "type", "") == "component_instance"
        ]
        sent = [a for a in found if "feature_group" in a]
        assert len(sent) == 1
        return sent[0]

    monkeypatch.setenv(DATA_ENV, str(store))
    monkeypatch.setenv(source.ENGINE_ENV, "embedded")
    at = _run()
    assert not at.exception, at.exception
    first = map_args(at)
    assert first["center"] is None and first["zoom"] is None
    assert "mapapp-selected" not in first["feature_group"]
    placed = events[events.geometry.notna()].set_index("event_id")
    event_id = next(i for i in at.session_state[engine_app.TABLE_IDS] if i in placed.index)
    point = placed.loc[event_id].geometry
    # what the table's callback does when a row is selected
    at.session_state[engine_app.SELECTED] = at.session_state[engine_app.FLY] = event_id
    at.run()
    assert not at.exception, at.exception
    flown = map_args(at)
    want = focus_view(point.y, point.x)
    assert flown["center"] == pytest.approx([want.lat, want.lon])
    assert flown["zoom"] == want.zoom
    assert "mapapp-selected" in flown["feature_group"]
    assert at.session_state[engine_app.SELECTED] == event_id
    at.run()  # a later run (a pan, a slider move) gives the same view: the map is not moved
    again = map_args(at)
    assert again["center"] == flown["center"] and again["zoom"] == flown["zoom"]
    assert "mapapp-selected" in again["feature_group"]
