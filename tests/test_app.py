"""The Streamlit page without a browser: AppTest runs of streamlit_app.py and its pure helpers.

What needs a real browser (the map iframe, clicks, URLs, downloads, XSS) is in tests/browser/.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import mapapp.app as app_module
from mapapp.app import (
    DATA_ENV,
    SELECTED,
    Filters,
    apply_filters,
    data_path,
    details_html,
    error_lines,
    load,
    load_dataset,
    share_query,
    table_frame,
)
from mapapp.errors import Problem, ValidationError
from mapapp.io import BUNDLED_EVENTS, read_events

SCRIPT = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
IMG = '<img src=x onerror="window.__xss=1">'
PAYLOAD = f"{{{{ 6*7 }}}} {IMG} <script>window.__xss=1</script> ${{window.__xss=1}} `x` **b** [l](https://e.example/)"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from the bundled data and an empty dataset cache."""
    monkeypatch.delenv(DATA_ENV, raising=False)
    load_dataset.clear()


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return read_events(BUNDLED_EVENTS)


def run_page(**query: list[str]) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=60)
    for key, values in query.items():
        at.query_params[key] = values
    return at.run()


def hostile_feature(n: int, **changes: Any) -> dict[str, Any]:
    props = {
        "event_id": f"h{n}",
        "title": f"T{n} {PAYLOAD}",
        "summary": f"S{n} {PAYLOAD}",
        "event_type": "meeting",
        "status": "occurred",
        "date_start": "2022-12-05",
        "date_end": "2022-12-05",
        "date_precision": "day",
        "place_name": f"P{n} {PAYLOAD}",
        "country_code": "QA",
        "location_precision": "city",
        "location_basis": "inferred",
        "location_note": f"N{n} {PAYLOAD}",
        "actors": [f"A{n} {IMG}", f"B{n} {{{{ 6*7 }}}}"],
        "host": f"H{n} {PAYLOAD}",
        "source_url": 'https://example.org/a?q="><img/src=x/onerror=window.__xss=1>',
        "source_title": f"ST{n} {PAYLOAD}",
        "source_publisher": f"SP{n} {PAYLOAD}",
        "source_published": "2022-12-20",
        "source_quote": f"Q{n} {PAYLOAD}",
        **changes,
    }
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "Point", "coordinates": [51.5 + n, 25.3]},
    }


def write_features(path: Path, features: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    return path


class _Text(HTMLParser):
    """Collect the tags, attributes and text a browser would see in an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(fragment: str) -> _Text:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return parser


# --- AppTest: the page ------------------------------------------------------------------------


def test_app_default_view_shows_every_event(events: pd.DataFrame) -> None:
    """The bundled data loads without an exception and every event counts."""
    at = run_page()
    assert not at.exception
    n = len(events)
    assert at.markdown[0].value.startswith(f"**{n} of {n} events**")
    unplaced = int(events.geometry.isna().sum())
    assert f"Not on the map: {unplaced}" in [getattr(e, "label", "") for e in at.expander]
    buttons = [getattr(b, "label", "") for b in at.get("download_button")]
    assert buttons == ["Download GeoJSON", "Download CSV"]


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
    assert at.text_input[0].value == filters.text


def test_app_reset_button_clears_every_filter(events: pd.DataFrame) -> None:
    at = run_page(dates=["2022-11-25", "2022-12-05"], type=["Conference"], q=["Tajikistan"])
    assert at.multiselect[0].value == ["conference"]
    at.button[0].click().run()
    assert at.multiselect[0].value == []
    assert at.text_input[0].value == ""
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
    real = app_module.read_file

    def counting(path: Path, fmt: str = "auto") -> Any:
        calls.append(path)
        return real(path, fmt)

    monkeypatch.setattr(app_module, "read_file", counting)
    at = run_page()
    at.run()
    at.run()
    assert not at.exception
    assert len(calls) == 1
    stat = data.stat()
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    at.run()
    assert len(calls) == 2


# --- pure helpers -----------------------------------------------------------------------------


def test_details_html_shows_every_field_as_text() -> None:
    """Every value becomes text in the browser: no tag or attribute comes from the data."""
    props = hostile_feature(1)["properties"]
    event = {
        **props,
        "date_start": pd.Timestamp("2022-12-05"),
        "date_end": pd.Timestamp("2022-12-05"),
    }
    parsed = parse_html(details_html(event))
    text = "".join(parsed.text)
    for name in ("title", "summary", "host", "location_note", "source_quote", "source_title"):
        assert props[name] in text
    for actor in props["actors"]:
        assert actor in text
    assert {tag for tag, _ in parsed.tags} <= {
        "div",
        "h3",
        "dl",
        "dt",
        "dd",
        "p",
        "blockquote",
        "a",
    }
    links = [attrs for tag, attrs in parsed.tags if tag == "a"]
    assert [a["href"] for a in links] == [props["source_url"]]
    assert all(
        set(attrs) <= {"class", "style", "href", "target", "rel"} for _, attrs in parsed.tags
    )


@pytest.mark.parametrize(
    "url",
    [
        "javascript:window.__xss=1",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>",
        "java\tscript:x",
        "/relative",
        "",
        None,
    ],
)
def test_details_html_links_only_web_addresses(url: str | None) -> None:
    props = {**hostile_feature(1)["properties"], "source_url": url}
    parsed = parse_html(details_html(props))
    assert not [tag for tag, _ in parsed.tags if tag == "a"]
    assert "no web address" in "".join(parsed.text)


def test_share_query_uses_the_widgets_labels() -> None:
    """Types and countries are written as the filters show them; the full span is left out."""
    span = (dt.date(2019, 1, 1), dt.date(2022, 12, 20))
    query = share_query(
        Filters(
            window=(dt.date(2022, 11, 25), dt.date(2022, 12, 5)),
            types=("military_strike",),
            countries=("TJ",),
            actors=("Thomas West",),
            text="Doha & <b>",
        ),
        span,
    )
    assert parse_qs(query) == {
        "dates": ["2022-11-25", "2022-12-05"],
        "type": ["Military strike"],
        "actor": ["Thomas West"],
        "country": ["Tajikistan"],
        "q": ["Doha & <b>"],
    }
    assert share_query(Filters(window=span), span) == ""


def test_apply_filters_keeps_undated_events_only_at_full_span(events: pd.DataFrame) -> None:
    """Undated events are shown while the window spans all the data and hidden when narrowed."""
    data = load(BUNDLED_EVENTS)
    undated = set(events[events["date_start"].isna() & events["date_end"].isna()]["event_id"])
    assert undated, "the bundled data should have undated events"
    full = apply_filters(data, Filters(window=data.span))
    assert undated <= set(full["event_id"])
    assert len(full) == len(events)
    assert data.span is not None
    lo, hi = data.span
    narrowed = apply_filters(data, Filters(window=(lo, hi - dt.timedelta(days=1))))
    assert not undated & set(narrowed["event_id"])


def test_table_frame_links_only_web_addresses(events: pd.DataFrame) -> None:
    rows = events.head(2).copy()
    rows["source_url"] = ["javascript:alert(1)", "https://example.org/r"]
    table = table_frame(rows)
    assert table["source_url"].tolist() == [None, "https://example.org/r"]


def test_data_path_prefers_the_environment() -> None:
    assert data_path({}) == BUNDLED_EVENTS
    assert data_path({DATA_ENV: "  "}) == BUNDLED_EVENTS
    assert data_path({DATA_ENV: "/data/mine.csv"}) == Path("/data/mine.csv")


def test_error_lines_lists_every_problem() -> None:
    problems = [Problem("f.csv", row, "lat", f"bad {row}", "fix it") for row in range(2, 6)]
    assert error_lines(ValidationError(problems)) == [str(p) for p in problems]
    assert error_lines(ValidationError(problems), limit=2)[-1] == "… and 2 more problems"
