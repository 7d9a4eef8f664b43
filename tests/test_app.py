"""The Streamlit page without a browser: AppTest runs of streamlit_app.py and its pure helpers.

What needs a real browser (the map iframe, clicks, URLs, downloads, XSS) is in tests/browser/.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import mapapp.web.page as page_module
from mapapp.bundled import BUNDLED_EVENTS
from mapapp.filters import filter_events
from mapapp.readers import read_events
from mapapp.web.app import SELECTED
from mapapp.web.follow import TABLE_KEYS
from mapapp.web.page import DATA_ENV, Filters, share_query
from tests.conftest import HOSTILE_IMG, hostile_properties, parse_html

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "streamlit_app.py")
CONFIG = ROOT / ".streamlit" / "config.toml"
IMG = HOSTILE_IMG
PAYLOAD = f"{{{{ 6*7 }}}} {IMG} <script>window.__xss=1</script> ${{window.__xss=1}} `x` **b** [l](https://e.example/)"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from the bundled data and an empty dataset cache."""
    monkeypatch.delenv(DATA_ENV, raising=False)
    # Every resource cache: the dataset, and the session-scoped combined datasets (AppTest
    # runs share one session id, so they would outlive a test).
    st.cache_resource.clear()


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return read_events(BUNDLED_EVENTS)


def button(at: AppTest, label: str) -> Any:
    """The one button with this label (widgets are found by what the visitor reads)."""
    found = [b for b in at.button if b.label == label]
    assert len(found) == 1, f"expected one button {label!r}, found {len(found)}"
    return found[0]


def run_page(**query: list[str]) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=60)
    for key, values in query.items():
        at.query_params[key] = values
    return at.run()


def hostile_feature(n: int, **changes: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": hostile_properties(n, PAYLOAD, **changes),
        "geometry": {"type": "Point", "coordinates": [51.5 + n, 25.3]},
    }


def write_features(path: Path, features: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    return path


# --- AppTest: the page ------------------------------------------------------------------------


def test_app_default_view_shows_every_event(events: pd.DataFrame) -> None:
    """The bundled data loads without an exception and every event counts."""
    at = run_page()
    assert not at.exception
    n = len(events)
    assert at.markdown[0].value.startswith(f"**{n} of {n} events**")
    unplaced = int(events.geometry.isna().sum())
    assert f"Not on the map: {unplaced}" in [getattr(e, "label", "") for e in at.expander]
    # The first run draws the map only; the panels below it come with the next run (in the
    # browser: the one the map's first report of its view starts).
    assert not at.get("download_button") and not at.dataframe
    assert any("appear once the map is drawn" in c.value for c in at.caption)
    at.run()
    buttons = [getattr(b, "label", "") for b in at.get("download_button")]
    assert buttons == ["Download GeoJSON", "Download CSV"]
    assert len(at.dataframe) == 1 and len(at.get("vega_lite_chart")) == 1
    assert not any("appear once the map is drawn" in c.value for c in at.caption)


def test_app_query_string_sets_window_and_type(events: pd.DataFrame) -> None:
    """dates= and type= in the URL initialise the slider and the type filter."""
    at = run_page(dates=["2022-11-25", "2022-12-05"], type=["Conference"])
    assert at.slider[0].value == (dt.date(2022, 11, 25), dt.date(2022, 12, 5))
    assert at.multiselect[0].value == ["conference"]
    first = events["date_start"].fillna(events["date_end"])
    last = events["date_end"].fillna(events["date_start"])
    wanted = events[
        (first <= pd.Timestamp("2022-12-05"))
        & (last >= pd.Timestamp("2022-11-25"))
        & (events["event_type"] == "conference")
    ]
    assert at.markdown[0].value.startswith(f"**{len(wanted)} of {len(events)} events**")


def test_app_share_link_query_restores_the_filters(events: pd.DataFrame) -> None:
    """The query string of the share link, fed back in, gives the same filter values."""
    filters = Filters(
        window=(dt.date(2022, 9, 1), dt.date(2022, 12, 10)),
        types=("visit", "conference"),
        actors=("Karen Decker",),
        countries=("TJ",),
        text="anti-Taliban",
    )
    span = (events["date_start"].min().date(), events["date_end"].max().date())
    at = run_page(**parse_qs(share_query(filters, span)))
    assert at.slider[0].value == filters.window
    assert at.multiselect[0].value == list(filters.types)
    assert at.multiselect[1].value == list(filters.actors)
    assert at.multiselect[2].value == list(filters.countries)
    assert at.text_input(key="q").value == filters.text


def test_app_reset_button_clears_every_filter(events: pd.DataFrame) -> None:
    at = run_page(dates=["2022-11-25", "2022-12-05"], type=["Conference"], q=["Tajikistan"])
    assert at.multiselect[0].value == ["conference"]
    button(at, "Reset filters").click().run()
    assert at.multiselect[0].value == []
    assert at.text_input(key="q").value == ""
    span = (events["date_start"].min().date(), events["date_end"].max().date())
    assert at.slider[0].value == span


def test_app_unreadable_file_shows_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A file that is not JSON gives an error naming the file, not a traceback."""
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', "utf-8")
    monkeypatch.setenv(DATA_ENV, str(bad))
    at = run_page()
    assert not at.exception
    assert "cannot be shown" in at.error[0].value
    assert str(bad) in at.code[0].value
    assert "not valid JSON" in at.code[0].value


def test_app_missing_file_shows_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """MAPAPP_DATA naming no file gives an error that says how to fix it."""
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "nowhere.geojson"))
    at = run_page()
    assert not at.exception
    assert "nowhere.geojson" in at.code[0].value
    assert DATA_ENV in at.code[0].value


def test_app_map_script_carries_no_raw_payload(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What st_folium sends to the browser holds the hostile text only in escaped form."""
    data = write_features(tmp_path / "hostile.geojson", [hostile_feature(1), hostile_feature(2)])
    monkeypatch.setenv(DATA_ENV, str(data))
    at = run_page()
    assert not at.exception
    components = [e for e in at.main if getattr(e, "type", "") == "component_instance"]
    folium_args = [json.loads(c.proto.json_args) for c in components]
    sent = [a for a in folium_args if "feature_group" in a]
    assert len(sent) == 1
    code = sent[0]["feature_group"] + sent[0]["script"] + sent[0]["html"]
    assert "T1 " in code  # the events are there ...
    for raw in ("<img src=x", "<script>window", "${window", "{{ 6*7 }}", "`x`"):
        assert raw not in code  # ... but never their raw payloads


def test_app_details_panel_escapes_the_event(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The details of a selected hostile event reach the page as escaped HTML only."""
    data = write_features(tmp_path / "hostile.geojson", [hostile_feature(1)])
    monkeypatch.setenv(DATA_ENV, str(data))
    at = AppTest.from_file(SCRIPT, default_timeout=60)
    at.session_state[SELECTED] = "h1"
    at.run()
    assert not at.exception
    body = str(getattr(at.get("html")[0], "value", ""))
    assert IMG not in body and "{{" not in body
    assert f"T1 {PAYLOAD}" in "".join(parse_html(body).text)


def test_app_reads_the_data_file_once_per_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, events: pd.DataFrame
) -> None:
    """Reruns reuse the loaded dataset; an edited file is read again."""
    data = tmp_path / "events.geojson"
    data.write_bytes(BUNDLED_EVENTS.read_bytes())
    monkeypatch.setenv(DATA_ENV, str(data))
    calls: list[Path] = []
    real = page_module.read_file

    def counting(path: Path, fmt: str = "auto") -> Any:
        calls.append(path)
        return real(path, fmt)

    monkeypatch.setattr(page_module, "read_file", counting)
    at = run_page()
    at.run()
    at.run()
    assert not at.exception
    assert len(calls) == 1
    stat = data.stat()
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    at.run()
    assert len(calls) == 2


# --- AppTest: adding a file ----------------------------------------------------------------

PLACES_CSV = (
    b"title,date,place,url\n"
    b"Talks in Doha,2022-12-01,Doha,https://example.org/a\n"
    b"Meeting in Kabul,2022-12-02,Kabul,https://example.org/b\n"
    b"Visit to Dushanbe,2022-12-03,Dushanbe,https://example.org/c\n"
)


def counts(at: AppTest) -> str:
    return at.markdown[0].value


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "application/octet-stream"))
    return at.run()


def test_app_upload_adds_events_to_the_map(events: pd.DataFrame) -> None:
    """A CSV of place names joins the bundled events; the page says what was read."""
    at = upload(run_page(), "places.csv", PLACES_CSV)
    assert not at.exception
    n = len(events) + 3
    assert counts(at).startswith(f"**{n} of {n} events**")
    assert "3 added by you" in counts(at)
    assert "3 events read from places.csv (CSV)" in [t.value for t in at.sidebar.text]
    assert [s.value for s in at.sidebar.success] == ["Added to the map."]
    notes = "\n".join(c.value for c in at.sidebar.code)
    assert "without an id" in notes  # the reader's assumptions are shown
    assert [c.value for c in at.caption if c.value.startswith("Showing")] == [
        f"Showing the {int(events.geometry.notna().sum()) + 3} events in and around the view "
        "individually; click one for its details."
    ]


def test_app_upload_lists_rejected_rows() -> None:
    bad_row = PLACES_CSV + b"Lost,2022-13-45,Kabul,https://example.org/d\n"
    at = upload(run_page(), "places.csv", bad_row)
    assert not at.exception
    assert "3 events read from places.csv (CSV); 1 row rejected" in [
        t.value for t in at.sidebar.text
    ]
    rejected = at.sidebar.code[0].value
    assert rejected.startswith("places.csv:5: date") and "'2022-13-45'" in rejected


def test_app_broken_upload_shows_problems_and_keeps_the_page(events: pd.DataFrame) -> None:
    """Not JSON: the problems are listed with the file name; the bundled events stay."""
    at = upload(run_page(), "broken.geojson", b'{"type": "FeatureCollection", "features": [')
    assert not at.exception
    n = len(events)
    assert counts(at).startswith(f"**{n} of {n} events**")
    assert "could not be read" in at.sidebar.error[0].value
    assert at.sidebar.code[0].value.startswith("broken.geojson: ")
    assert "not valid JSON" in at.sidebar.code[0].value


def test_app_broken_upload_keeps_the_previous_file(events: pd.DataFrame) -> None:
    at = upload(run_page(), "places.csv", PLACES_CSV)
    at = upload(at, "empty.csv", b"title,date,place,url\n")
    assert not at.exception
    n = len(events) + 3
    assert counts(at).startswith(f"**{n} of {n} events**")
    assert "previous file" in at.sidebar.error[0].value
    assert "empty.csv" in at.sidebar.code[0].value


def test_app_upload_instead_of_the_bundled_events() -> None:
    at = upload(run_page(), "places.csv", PLACES_CSV)
    at.radio(key="upload_mode").set_value("instead").run()
    assert not at.exception
    assert counts(at).startswith("**3 of 3 events**")
    assert at.multiselect[0].options == ["Other"]


def test_app_upload_instead_drops_filters_that_no_longer_apply() -> None:
    """A type chosen in the URL that the uploaded file does not have does not break the page."""
    at = run_page(type=["Conference"], country=["Tajikistan"])
    at = upload(at, "places.csv", PLACES_CSV)
    at.radio(key="upload_mode").set_value("instead").run()
    assert not at.exception
    assert at.markdown[0].value.endswith("(3 added by you.)")


def test_app_upload_with_known_ids_is_not_added_twice(events: pd.DataFrame) -> None:
    """The page's own file uploaded again adds nothing and says which ids were skipped."""
    at = upload(run_page(), "events.geojson", BUNDLED_EVENTS.read_bytes())
    assert not at.exception
    n = len(events)
    assert counts(at).startswith(f"**{n} of {n} events**")
    assert "not added again" in at.sidebar.warning[0].value
    skipped = at.sidebar.code[-1].value
    assert f"{n} events from events.geojson not added again" in skipped
    assert events["event_id"].iloc[0] in skipped


def test_app_remove_added_data_restores_the_bundled_events(events: pd.DataFrame) -> None:
    at = upload(run_page(), "places.csv", PLACES_CSV)
    button(at, "Remove added data").click().run()
    assert not at.exception
    n = len(events)
    assert counts(at).startswith(f"**{n} of {n} events**")
    assert at.file_uploader[0].value is None
    assert not [b for b in at.button if b.label == "Remove added data"]


def test_app_a_read_file_leaves_the_uploader_empty_and_its_remove_button_takes_it_off(
    events: pd.DataFrame,
) -> None:
    at = upload(run_page(), "places.csv", PLACES_CSV)
    assert at.file_uploader[0].value is None  # ready for the next file
    assert "places.csv: 3 events" in [t.value for t in at.sidebar.text]
    button(at, "Remove").click().run()
    assert not at.exception
    n = len(events)
    assert counts(at).startswith(f"**{n} of {n} events**")
    assert "places.csv: 3 events" not in [t.value for t in at.sidebar.text]


def test_app_reads_an_upload_once_and_combines_once(
    monkeypatch: pytest.MonkeyPatch, events: pd.DataFrame
) -> None:
    """Reruns reuse the session's events: the file is read and the map prepared once."""
    import mapapp.web.add as app_add

    reads: list[str] = []
    combines: list[str] = []
    real_read, real_combine = app_add.read_isolated, app_add.combine_events
    monkeypatch.setattr(
        app_add, "read_isolated", lambda *a, **k: reads.append(a[1]) or real_read(*a, **k)
    )
    monkeypatch.setattr(
        app_add, "combine_events", lambda *a: combines.append("x") or real_combine(*a)
    )
    at = upload(run_page(), "places.csv", PLACES_CSV)
    at.run()
    at.text_input(key="q").input("Kabul").run()
    assert not at.exception
    kabul = len(filter_events(events, text="Kabul")) + 1  # + "Meeting in Kabul"
    assert at.markdown[0].value.startswith(f"**{kabul} of {len(events) + 3} events**")
    assert reads == ["places.csv"]
    assert len(combines) == 1
    at.selectbox(key="upload_format").set_value("csv").run()  # for the next file only
    assert reads == ["places.csv"]
    at = upload(at, "places.csv", PLACES_CSV)  # the same file with this format: read again
    assert reads == ["places.csv", "places.csv"]


def test_app_upload_of_many_events_is_aggregated(monkeypatch: pytest.MonkeyPatch) -> None:
    """With more events in view than the limit the map note says they are shown as areas."""
    import mapapp.web.viewport as viewport

    monkeypatch.setattr(viewport, "EVENT_LIMIT", 5)
    at = upload(run_page(), "places.csv", PLACES_CSV)
    assert not at.exception
    notes = [c.value for c in at.caption if c.value.startswith("Showing")]
    assert len(notes) == 1 and " as " in notes[0] and "areas" in notes[0]


def test_app_many_dated_events_get_a_monthly_timeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import mapapp.web.app as app

    monkeypatch.setattr(app, "TIMELINE_EVENTS", 5)
    monkeypatch.setattr(app, "TABLE_ROWS", 4)
    at = run_page().run()  # the second run: the panels under the map
    assert not at.exception
    captions = [c.value for c in at.caption]
    assert any("counted per month" in c for c in captions)
    assert any(c.startswith("The first 4 of ") for c in captions)


def test_app_table_says_how_to_select_a_row_by_keyboard() -> None:
    at = run_page().run()  # the table comes with the second run
    assert not at.exception
    hints = [c.value for c in at.caption if "Shift+Space" in c.value]
    assert hints == [f"Click a row to show the event and fly the map to it. {TABLE_KEYS}"]


def test_app_hostile_upload_is_shown_only_as_text() -> None:
    """A hostile file name and hostile cells reach the page only as plain text or escaped."""
    name = "<img src=x onerror=window.__xss=1> **b** :red[r] {{ 6*7 }}.geojson"
    features = [hostile_feature(1), hostile_feature(2, source_url="javascript:alert(1)")]
    data = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    at = upload(run_page(), name, data)
    assert not at.exception
    assert f"1 event read from {name} (mapapp GeoJSON); 1 row rejected" in [
        t.value for t in at.sidebar.text
    ]
    assert name in at.sidebar.code[0].value  # the refused row, named by file
    markup = [
        e.value
        for kind in ("markdown", "caption", "success", "error", "warning")
        for e in at.get(kind)
    ]
    assert not [m for m in markup if "<img" in str(m) or "6*7" in str(m)]
    components = [e for e in at.main if getattr(e, "type", "") == "component_instance"]
    sent = [json.loads(c.proto.json_args) for c in components]
    code = "".join(a["feature_group"] + a["script"] for a in sent if "feature_group" in a)
    assert "T1 " in code and "<img src=x" not in code and "{{ 6*7 }}" not in code


def test_app_upload_limit_is_stated_next_to_the_uploader() -> None:
    at = run_page()
    limit = tomllib.loads(CONFIG.read_text("utf-8"))["server"]["maxUploadSize"]
    assert any(f"up to {limit} MB" in c.value for c in at.sidebar.caption)


# --- AppTest: adding from an article -------------------------------------------------------

SEED = ROOT / "geodata" / "sources"
SEED_TEXT = (SEED / "voa-2022-12-20-frustrated-with-the-taliban.txt").read_text("utf-8")
SEED_URL = (
    "https://www.voanews.com/a/frustrated-with-the-taliban-us-officials-meet-anti-taliban-"
    "figures/6885231.html"
)


def find_events(at: AppTest, text: str, published: dt.date | None, url: str) -> AppTest:
    at.text_area(key="article_text").input(text)
    at.date_input(key="article_published").set_value(published)
    at.text_input(key="article_url").input(url)
    button(at, "Find events").click()
    return at.run()


def test_app_article_candidates_are_listed_for_review() -> None:
    at = find_events(run_page(), SEED_TEXT, dt.date(2022, 12, 20), SEED_URL)
    assert not at.exception
    editors = at.data_editor
    assert len(editors) == 1
    table = editors[0].value
    assert len(table) > 2 and not table["accept"].any()
    assert table["source_quote"].str.len().min() > 0
    listed = [t.value for t in at.text if t.value.startswith("1. ")]
    assert listed and table["source_quote"].iloc[0] in listed[0]
    button(at, "Add accepted to map").click().run()  # nothing ticked
    assert "No candidate is ticked" in at.code[-1].value


def test_app_article_with_a_bad_url_says_why() -> None:
    at = find_events(run_page(), SEED_TEXT, dt.date(2022, 12, 20), "ftp://example.org/a")
    assert not at.exception
    assert "'ftp://example.org/a' is not an http(s) URL" in at.code[-1].value
    assert len(at.data_editor) == 0


def test_app_article_without_date_asks_for_it() -> None:
    at = find_events(run_page(), SEED_TEXT, None, SEED_URL)
    assert not at.exception
    assert "Published on: missing" in at.code[-1].value


# --- AppTest: the zoom-aware map -------------------------------------------------------------


def _map_args(at: AppTest) -> dict[str, Any]:
    components = [e for e in at.main if getattr(e, "type", "") == "component_instance"]
    found = [json.loads(c.proto.json_args) for c in components]
    sent = [a for a in found if "feature_group" in a]
    assert len(sent) == 1
    return sent[0]


def _map_note(at: AppTest) -> str:
    notes = [c.value for c in at.caption if c.value.startswith("Showing")]
    assert len(notes) == 1
    return notes[0]


def _reported_view(south: float, west: float, north: float, east: float, zoom: int) -> dict:
    """What st_folium returns after the visitor moved the map (the browser is not run here)."""
    return {
        "bounds": {
            "_southWest": {"lat": south, "lng": west},
            "_northEast": {"lat": north, "lng": east},
        },
        "zoom": zoom,
        "last_active_drawing": None,
    }


@pytest.mark.parametrize("tier", ["file", "embedded"])
def test_app_map_shows_areas_zoomed_out_and_events_zoomed_in(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tier: str
) -> None:
    """The map asks for bounds and zoom, and draws what is in that view at that zoom, on the
    page over a frame in memory and on the page over the embedded engine alike."""
    from benchmarks.generate import generate_events
    from mapapp.store import write_parquet
    from mapapp.web.source import ENGINE_ENV

    data = tmp_path / "many.parquet"
    write_parquet(generate_events(3_000, seed=4), data)
    monkeypatch.setenv(DATA_ENV, str(data))
    monkeypatch.setenv(ENGINE_ENV, tier)
    at = run_page()
    assert not at.exception
    assert "areas" in _map_note(at)  # all 3,000 in view: more than the 2,000 drawn one by one
    args = _map_args(at)
    assert "bounds" in args["returned_objects"] and "zoom" in args["returned_objects"]
    assert '"cell_id"' in args["feature_group"] and '"event_id"' not in args["feature_group"]
    at.session_state["map"] = _reported_view(34.50, 69.15, 34.61, 69.27, 13)  # Kabul
    at.run()
    assert not at.exception
    assert "individually" in _map_note(at)
    feature_group = _map_args(at)["feature_group"]
    assert '"event_id"' in feature_group and '"cell_id"' not in feature_group
    assert "syn-" in feature_group


def test_app_first_map_draws_the_opening_view_not_the_world(events: pd.DataFrame) -> None:
    """Before the map has reported its view, the layers sent are those of the view it opens on
    (the densest region), so the first draw is not replaced at once: an event far from that
    region (Washington) is not sent until the map is moved there."""
    from mapapp.engine.frame import in_bbox
    from mapapp.web.follow import VIEW_SET
    from mapapp.web.view import view_bounds
    from mapapp.web.viewport import padded_bbox

    at = run_page()
    assert not at.exception
    opening = at.session_state[VIEW_SET]
    box = padded_bbox(view_bounds(opening), opening.zoom)
    placed = events[events.geometry.notna()]
    near = placed[in_bbox(placed, box)]
    far = placed.drop(near.index)
    assert len(near) and len(far)  # the bundled story has both
    sent = _map_args(at)["feature_group"]
    assert all(f'"{event_id}"' in sent for event_id in near["event_id"])
    assert not any(f'"{event_id}"' in sent for event_id in far["event_id"])
    assert f"Showing the {len(near)} events in and around the view" in _map_note(at)


def test_app_first_lines_need_no_heavy_module() -> None:
    """The title and the map's placeholder are drawn before geopandas, folium, altair or the
    readers are imported (seconds on a freshly started server)."""
    import subprocess
    import sys

    code = (
        "import sys, mapapp.web.shell; "
        "print(sorted(m for m in ('geopandas', 'folium', 'altair', 'pandas', 'mapapp.readers', "
        "'mapapp.web.app') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert "open_page()" in (ROOT / "streamlit_app.py").read_text(encoding="utf-8")
