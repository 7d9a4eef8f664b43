"""Each rule of the event record, with a good and a bad case."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mapapp.errors import ValidationError
from mapapp.records import coerce_events, parse_events
from mapapp.validate import validate_events
from tests.conftest import good_record


def problems_for(*records: dict[str, object], sources: dict[str, str] | None = None) -> list[str]:
    frame = pd.DataFrame(list(records))
    rows = range(2, 2 + len(frame))
    gdf, found = parse_events(frame, file="events.csv", rows=rows)
    found += validate_events(gdf, file="events.csv", rows=rows, sources=sources)
    return [str(p) for p in found]


def test_validate_good_record_has_no_problems():
    assert problems_for(good_record()) == []


BAD_CASES = [
    # (changes, column, fragment of the message)
    ({"event_id": ""}, "event_id", "is empty"),
    ({"title": ""}, "title", "is empty"),
    ({"title": "two\nlines"}, "title", "line break"),
    ({"event_type": "meet"}, "event_type", "'meet' is not allowed"),
    ({"status": "maybe"}, "status", "'maybe' is not allowed"),
    ({"date_precision": "decade"}, "date_precision", "'decade' is not allowed"),
    ({"date_start": "2022-13-45"}, "date_start", "'2022-13-45' is not a date"),
    ({"date_end": "next week"}, "date_end", "'next week' is not a date"),
    ({"date_end": "2022-12-01"}, "date_end", "before date_start"),
    ({"date_end": "2022-12-06"}, "date_precision", "'day' does not fit"),
    ({"date_precision": "range"}, "date_precision", "'range' does not fit"),
    ({"date_precision": "week", "date_end": "2022-12-20"}, "date_precision", "'week' does not"),
    ({"date_precision": "month", "date_end": "2023-01-02"}, "date_precision", "'month' does not"),
    (
        {"date_precision": "year", "date_start": "2021-06-01", "date_end": "2022-01-01"},
        "date_precision",
        "'year' does not fit",
    ),
    ({"date_start": "", "date_end": ""}, "date_start", "both needed"),
    ({"date_precision": "unknown"}, "date_precision", "'unknown' but dates are given"),
    ({"lat": "95", "lon": "51"}, "lat", "outside -90…90"),
    ({"lat": "95", "lon": "100"}, "lat", "outside -90…90"),
    ({"lon": "200"}, "lon", "outside -180…180"),
    ({"lat": "0", "lon": "0"}, "geometry", "at 0, 0"),
    ({"lat": "forty", "lon": "51"}, "lat", "'forty' is not a number"),
    ({"lat": "", "lon": "51"}, "lat", "empty while the other"),
    ({"lat": "", "lon": ""}, "geometry", "missing while location_precision"),
    ({"location_precision": "unknown"}, "location_precision", "has coordinates"),
    ({"location_precision": "street"}, "location_precision", "'street' is not allowed"),
    ({"country_code": "XX"}, "country_code", "'XX' is not an ISO 3166-1"),
    ({"country_code": "qa"}, "country_code", "'qa' is not an ISO 3166-1"),
    ({"location_basis": ""}, "location_basis", "empty for a placed event"),
    ({"location_basis": "guessed"}, "location_basis", "'guessed' is not allowed"),
    ({"location_basis": "inferred"}, "location_note", "empty while location_basis"),
    ({"source_url": ""}, "source_url", "is empty"),
    ({"source_url": "javascript:alert(1)"}, "source_url", "not an http(s) URL"),
    ({"source_url": "example.org/x"}, "source_url", "not an http(s) URL"),
    ({"source_quote": ""}, "source_quote", "is empty"),
    ({"actors": ["A;B"]}, "actors", "contains ';'"),
]


@pytest.mark.parametrize(("changes", "column", "fragment"), BAD_CASES)
def test_validate_reports_each_broken_rule(changes, column, fragment):
    found = problems_for(good_record(**changes))
    assert any(
        p.startswith(f"events.csv:2: {column}: ") and fragment in p and " — " in p for p in found
    ), found


def test_validate_good_variants_pass():
    """The legal edges of each rule are accepted."""
    variants = [
        {"date_precision": "range", "date_start": "2022-11-30", "date_end": "2022-12-01"},
        {"date_precision": "week", "date_start": "2022-12-01", "date_end": "2022-12-07"},
        {"date_precision": "month", "date_start": "2022-12-01", "date_end": "2022-12-31"},
        {"date_precision": "year", "date_start": "2021-01-01", "date_end": "2021-12-31"},
        {
            "date_precision": "unknown",
            "date_start": "",
            "date_end": "",
            "lat": "",
            "lon": "",
            "location_precision": "unknown",
            "location_basis": "",
            "country_code": "",
        },
        {"location_basis": "inferred", "location_note": "The source says only Qatar."},
        {"lat": "-90", "lon": "180"},
        {"actors": ""},
    ]
    for changes in variants:
        assert problems_for(good_record(**changes)) == [], changes


def test_validate_duplicate_ids_name_the_first_row():
    found = problems_for(good_record(), good_record(title="again"))
    assert found == [
        "events.csv:3: event_id: 'test-1' is already used on row 2 — event ids must be unique; "
        "give this event a new id (never reuse an old one)"
    ]


def test_validate_quote_must_occur_in_bundled_source():
    url = "https://example.org/report"
    text = "Intro.\nThe envoy met the   delegation\nin Doha. More text."
    assert problems_for(good_record(), sources={url: text}) == []
    found = problems_for(good_record(source_quote="The envoy met nobody."), sources={url: text})
    assert len(found) == 1 and "does not occur in the bundled source text" in found[0]
    # a source that is not bundled is not checked
    assert problems_for(good_record(source_url="https://other.org/x"), sources={url: text}) == []


def test_coerce_events_raises_with_every_problem():
    frame = pd.DataFrame([good_record(event_type="meet", lat="95", lon="51")])
    with pytest.raises(ValidationError) as info:
        coerce_events(frame, file="x.csv", first_row=2)
    assert [p.column for p in info.value.problems] == ["event_type", "lat"]
    assert "x.csv:2: event_type:" in str(info.value)


def test_coerce_events_types(raw_events):
    gdf = coerce_events(raw_events)
    assert str(gdf.crs) == "EPSG:4326"
    assert gdf["date_start"].dtype.kind == "M"
    assert gdf["actors"].iloc[0] == ["Thomas West", "Taliban"]
    assert (gdf.geometry.iloc[0].x, gdf.geometry.iloc[0].y) == (51.531, 25.2854)


_URL_PARTS = [
    "https://",
    "http://",
    "ftp://",
    "example.org",
    "ex-ample.org",
    ":8080",
    ":٣",
    "/a",
    "?q=1",
    "#x",
    " ",
    "\n",
    "\u00a0",
    "\u2028",
    "\x0b",
    "é",
    "/ä",
    "[::1]",
    "",
    "\t",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_URL_PARTS), max_size=5).map("".join) | st.text(max_size=20),
        min_size=1,
        max_size=5,
    )
)
@example(["https://example.org/a\n", "https://example.org:٣/", "https://example.org/\u00a0"])
def test_validate_urls_same_verdict_whatever_holds_the_column(urls: list[str]) -> None:
    """The pyarrow pattern for plain URLs only takes a shortcut: text held as Python objects,
    which skips it, gets the same verdict on every URL."""
    base = parse_events(
        pd.DataFrame([good_record(event_id=f"e{i}") for i in range(len(urls))]), file="x"
    )[0]
    base["source_url"] = pd.array(urls, dtype="str")
    held_by_pyarrow = validate_events(base, file="x")
    base["source_url"] = pd.Series(urls, dtype=object)
    assert [str(p) for p in validate_events(base, file="x")] == [str(p) for p in held_by_pyarrow]
