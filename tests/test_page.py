"""What the page shows, computed without Streamlit (mapapp.web.page)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

import geopandas as gpd
import pandas as pd
import pytest

from mapapp.bundled import BUNDLED_EVENTS, affiliations, read_actors
from mapapp.errors import Problem, ValidationError
from mapapp.readers import read_bytes, read_events
from mapapp.records import coerce_events
from mapapp.render import aggregate
from mapapp.render.escape import escape_text
from mapapp.render.style import TYPE_LABELS
from mapapp.web.page import (
    DATA_ENV,
    Dataset,
    Filters,
    ForgetReplacedLayers,
    apply_filters,
    build_dataset,
    data_path,
    event_layers,
    for_st_folium,
    hidden_undated,
    mappable_count,
    share_link,
    share_query,
)
from mapapp.web.panels import (
    details_html,
    error_lines,
    event_list_lines,
    format_label,
    limited,
    monthly_chart,
    table_frame,
    upload_summary,
)
from tests.conftest import (
    HOSTILE_IMG,
    HOSTILE_TOKENS,
    good_record,
    hostile_properties,
    parse_html,
)

IMG = HOSTILE_IMG
PAYLOAD = f"{{{{ 6*7 }}}} {IMG} <script>window.__xss=1</script> ${{window.__xss=1}} `x` **b**"


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


@pytest.fixture(scope="module")
def data(events: gpd.GeoDataFrame) -> Dataset:
    return build_dataset(events, affiliations(read_actors()), version="bundled")


def hostile_props(**changes: object) -> dict[str, object]:
    dates = {"date_start": pd.Timestamp("2022-12-05"), "date_end": pd.Timestamp("2022-12-05")}
    return hostile_properties(1, PAYLOAD, **{**dates, **changes})


# --- the dataset -------------------------------------------------------------------------------


def test_build_dataset_sorts_by_date_and_indexes_ids(
    data: Dataset, events: gpd.GeoDataFrame
) -> None:
    starts = data.events["date_start"]
    dated = starts.dropna()
    assert dated.is_monotonic_increasing
    assert starts.iloc[len(dated) :].isna().all()  # undated last
    assert sorted(data.events["event_id"]) == sorted(events["event_id"])
    assert all(data.events["event_id"].iloc[pos] == eid for eid, pos in data.positions.items())
    assert len(data.positions) == len(events)
    assert data.prepared is not None and len(data.prepared) == mappable_count(events)
    assert data.n_mappable == mappable_count(events)
    assert data.version == "bundled"


def test_build_dataset_span_bounds_and_choices(data: Dataset, events: gpd.GeoDataFrame) -> None:
    first = events["date_start"].fillna(events["date_end"]).min().date()
    last = events["date_end"].fillna(events["date_start"]).max().date()
    assert data.span == (first, last)
    placed = events[events.geometry.notna()]
    assert data.bounds is not None
    (south, west), (north, east) = data.bounds
    assert south <= placed.geometry.y.min() and north >= placed.geometry.y.max()
    assert west <= placed.geometry.x.min() and east >= placed.geometry.x.max()
    assert set(data.types) == set(events["event_type"])
    assert list(data.types) == [t for t in TYPE_LABELS if t in set(events["event_type"])]
    assert set(data.countries) == set(events["country_code"].dropna())


def test_build_dataset_of_undated_events_has_no_span() -> None:
    undated = coerce_events(
        pd.DataFrame([good_record(date_start=None, date_end=None, date_precision="unknown")])
    )
    data = build_dataset(undated, {})
    assert data.span is None
    assert len(apply_filters(data, Filters())) == 1


def test_event_layers_hold_the_given_events(data: Dataset) -> None:
    part = data.events[data.events["event_type"] == "meeting"]
    layers = event_layers(data, part)
    assert [layer.layer_name for layer in layers] == [f"Meeting ({mappable_count(part)})"]


def test_build_dataset_above_the_threshold_prepares_layers_on_demand(
    monkeypatch: pytest.MonkeyPatch, events: gpd.GeoDataFrame, data: Dataset
) -> None:
    """Too many events to draw one by one: no display copy up front, same layers on demand."""
    monkeypatch.setattr(aggregate, "AGGREGATE_THRESHOLD", 5)
    big = build_dataset(events, affiliations(read_actors()))
    assert big.prepared is None
    assert big.bounds == data.bounds
    assert big.n_mappable == data.n_mappable
    part = big.events[big.events["event_type"] == "meeting"]
    names = [layer.layer_name for layer in event_layers(big, part)]
    assert names == [layer.layer_name for layer in event_layers(data, part)]


# --- filters and links -------------------------------------------------------------------------


def test_apply_filters_keeps_undated_events_only_at_full_span(
    data: Dataset, events: gpd.GeoDataFrame
) -> None:
    """Undated events are shown while the window spans all the data and hidden when narrowed."""
    undated = set(events[events["date_start"].isna() & events["date_end"].isna()]["event_id"])
    assert undated, "the bundled data should have undated events"
    full = apply_filters(data, Filters(window=data.span))
    assert undated <= set(full["event_id"])
    assert len(full) == len(events)
    assert data.span is not None
    lo, hi = data.span
    narrowed = Filters(window=(lo, hi - dt.timedelta(days=1)))
    assert not undated & set(apply_filters(data, narrowed)["event_id"])
    assert set(hidden_undated(data, narrowed)["event_id"]) == undated
    assert len(hidden_undated(data, Filters(window=data.span))) == 0


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


def test_share_link_keeps_the_page_address() -> None:
    link = share_link("https://maps.example/app/?old=1#x", Filters(text="Doha"), None)
    assert link == "https://maps.example/app/?q=Doha"
    assert share_link(None, Filters(), None) == "http://localhost:8501/"


def test_data_path_prefers_the_environment() -> None:
    assert data_path({}) == BUNDLED_EVENTS
    assert data_path({DATA_ENV: "  "}) == BUNDLED_EVENTS
    assert data_path({DATA_ENV: "/data/mine.csv"}) == Path("/data/mine.csv")


# --- text for the page -------------------------------------------------------------------------


def test_details_html_shows_every_field_as_text() -> None:
    """Every value becomes text in the browser: no tag or attribute comes from the data."""
    props = hostile_props()
    parsed = parse_html(details_html(props))
    text = "".join(parsed.text)
    for name in ("title", "summary", "host", "location_note", "source_quote", "source_title"):
        assert props[name] in text
    for actor in props["actors"]:  # type: ignore[attr-defined]
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
    parsed = parse_html(details_html(hostile_props(source_url=url)))
    assert not [tag for tag, _ in parsed.tags if tag == "a"]
    assert "no web address" in "".join(parsed.text)


def test_table_frame_links_only_web_addresses(events: gpd.GeoDataFrame) -> None:
    rows = events.head(2).copy()
    rows["source_url"] = ["javascript:alert(1)", "https://example.org/r"]
    table = table_frame(rows)
    assert table["source_url"].tolist() == [None, "https://example.org/r"]
    assert table["title"].tolist() == rows["title"].tolist()


def test_error_lines_lists_every_problem() -> None:
    problems = [Problem("f.csv", row, "lat", f"bad {row}", "fix it") for row in range(2, 6)]
    assert error_lines(ValidationError(problems)) == [str(p) for p in problems]
    assert error_lines(ValidationError(problems), limit=2)[-1] == "… and 2 more problems"


def test_limited_says_how_many_more() -> None:
    assert limited(["a", "b"], 2) == ["a", "b"]
    assert limited(["a", "b", "c"], 1, "notes") == ["a", "… and 2 more notes"]


def test_event_list_lines_are_limited(events: gpd.GeoDataFrame) -> None:
    lines = event_list_lines(events, limit=3)
    assert len(lines) == 4
    assert lines[0].startswith(f"• {events['title'].iloc[0]} — ")
    assert lines[-1] == f"… and {len(events) - 3} more events"
    assert len(event_list_lines(events, limit=None)) == len(events)


def test_upload_summary_counts_events_and_rejected_rows() -> None:
    csv = (
        "title,date,place,url\n"
        "Talks,2022-12-01,Doha,https://example.org/a\n"
        "Bad date,2022-13-45,Kabul,https://example.org/b\n"
        "Talks again,2022-12-02,Kabul,https://example.org/c\n"
    )
    result = read_bytes(csv.encode(), "mine.csv")
    assert upload_summary(result, "mine.csv") == (
        f"2 events read from mine.csv ({format_label(result.format)}); 1 row rejected"
    )
    assert format_label("acled") == "ACLED" and format_label("gdelt") == "GDELT"


def test_monthly_chart_counts_every_dated_event(events: gpd.GeoDataFrame) -> None:
    dated = events[events["date_start"].notna()]
    spec = monthly_chart(dated).to_dict()
    rows = next(iter(spec["datasets"].values()))
    assert sum(r["events"] for r in rows) == len(dated)
    assert {r["type"] for r in rows} == {TYPE_LABELS[t] for t in dated["event_type"]}


def test_for_st_folium_empties_the_list_of_old_groups_in_the_first_group_only(
    data: Dataset, events: gpd.GeoDataFrame
) -> None:
    layers = for_st_folium(event_layers(data, events))
    forget = [
        [c for c in g._children.values() if isinstance(c, ForgetReplacedLayers)] for g in layers
    ]
    assert [len(f) for f in forget] == [1] + [0] * (len(layers) - 1)
    assert for_st_folium([]) == []


def test_layers_drawn_again_forget_the_replaced_groups_once(
    data: Dataset, events: gpd.GeoDataFrame
) -> None:
    """The engine page draws remembered layers again: each draw must not add another reset."""
    built = event_layers(data, events)
    first, again = for_st_folium(built), for_st_folium(built)
    assert again[0] is first[0]
    forget = [c for c in again[0]._children.values() if isinstance(c, ForgetReplacedLayers)]
    assert len(forget) == 1


def test_st_folium_code_of_hostile_layers_runs_nothing_and_forgets_old_groups() -> None:
    """The JavaScript st_folium makes of the page's layers: no payload, list reset first."""
    from streamlit_folium import _get_feature_group_string

    rows = [good_record(**hostile_props()), good_record(**hostile_props(event_id="h2"))]
    data = build_dataset(coerce_events(pd.DataFrame(rows)), {}, version="hostile")
    layers = for_st_folium(event_layers(data, data.events))
    m = copy.deepcopy(data.base_map)
    code = "".join(_get_feature_group_string(g, m, i) for i, g in enumerate(layers))
    title = escape_text(f"T1 {PAYLOAD}")  # shown literally, {{ 6*7 }} never evaluated
    assert json.dumps(title)[1:-1].replace("&", "\\u0026") in code
    for token in HOSTILE_TOKENS:
        assert token not in code, token
    assert code.index("window.feature_group = [];") < code.index("window.feature_group.push(")
