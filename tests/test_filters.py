"""Filters: date window (span overlap), type, actor, country and text; bounds and choices."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapapp.errors import UsageError
from mapapp.filters import (
    actor_choices,
    country_choices,
    date_bounds,
    filter_events,
    undated_mask,
)
from mapapp.records import coerce_events, empty_events
from tests.conftest import good_record

D = dt.date


def events(*changes: dict[str, object]):
    """A typed frame with one event per dict of changes to the conftest's good record."""
    records = [good_record(event_id=f"e{i}", **c) for i, c in enumerate(changes)]
    return coerce_events(pd.DataFrame(records)) if records else empty_events()


def undated(**more: object) -> dict[str, object]:
    return {"date_start": None, "date_end": None, "date_precision": "unknown", **more}


def span(start: str, end: str, **more: object) -> dict[str, object]:
    precision = "day" if start == end else "range"
    return {"date_start": start, "date_end": end, "date_precision": precision, **more}


def ids(frame) -> list[str]:
    return frame["event_id"].tolist()


@pytest.fixture
def calendar():
    return events(
        span("2022-11-30", "2022-12-01"),  # e0
        span("2022-12-05", "2022-12-05"),  # e1
        span("2022-12-01", "2022-12-31", date_precision="month"),  # e2
        span("2023-01-10", "2023-01-10"),  # e3
        undated(),  # e4
    )


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2022, 12, 1), D(2022, 12, 1), ["e0", "e2"]),  # touches the end of e0's span
        (D(2022, 12, 2), D(2022, 12, 4), ["e2"]),  # inside the month only
        (D(2022, 11, 1), D(2022, 11, 30), ["e0"]),  # touches the start of e0's span
        (D(2022, 12, 5), D(2022, 12, 5), ["e1", "e2"]),
        (D(2023, 1, 1), D(2023, 12, 31), ["e3"]),
        (D(2020, 1, 1), D(2020, 12, 31), []),
        (D(2020, 1, 1), D(2030, 1, 1), ["e0", "e1", "e2", "e3"]),  # undated still left out
    ],
)
def test_filter_events_window_keeps_overlapping_spans(calendar, start, end, expected) -> None:
    assert ids(filter_events(calendar, start=start, end=end)) == expected


def test_filter_events_without_window_keeps_undated(calendar) -> None:
    assert ids(filter_events(calendar)) == ["e0", "e1", "e2", "e3", "e4"]


def test_filter_events_open_ended_windows(calendar) -> None:
    assert ids(filter_events(calendar, start=D(2022, 12, 6))) == ["e2", "e3"]
    assert ids(filter_events(calendar, end=D(2022, 11, 30))) == ["e0"]


def test_filter_events_accepts_datetimes_timestamps_and_iso_strings(calendar) -> None:
    expected = ["e1", "e2"]
    assert ids(filter_events(calendar, start=dt.datetime(2022, 12, 5, 15), end=D(2022, 12, 5))) == (
        expected
    )
    assert ids(filter_events(calendar, start=pd.Timestamp("2022-12-05"), end="2022-12-05")) == (
        expected
    )


def test_filter_events_start_after_end_is_a_usage_error(calendar) -> None:
    with pytest.raises(UsageError, match=r"start 2022-12-31 is after end 2022-12-01 — swap"):
        filter_events(calendar, start=D(2022, 12, 31), end=D(2022, 12, 1))


def test_filter_events_bad_bound_is_a_usage_error(calendar) -> None:
    with pytest.raises(UsageError, match=r"start 'yesterday' is not a date"):
        filter_events(calendar, start="yesterday")
    with pytest.raises(UsageError, match=r"end 5 is a int, not a date"):
        filter_events(calendar, end=5)


def test_undated_mask_marks_events_without_dates(calendar) -> None:
    assert undated_mask(calendar).tolist() == [False, False, False, False, True]


@pytest.fixture
def mixed():
    return events(
        {"event_type": "meeting", "country_code": "QA", "actors": "Thomas West; Taliban"},
        {"event_type": "visit", "country_code": "AE", "actors": "Thomas West"},
        {"event_type": "meeting", "country_code": "TJ", "actors": "Karen Decker"},
        {
            "event_type": "call",
            "country_code": None,
            "actors": "Donald Trump; Taliban",
            "location_precision": "unknown",
            "location_basis": None,
            "lat": None,
            "lon": None,
        },
    )


def test_filter_events_types_are_alternatives(mixed) -> None:
    assert ids(filter_events(mixed, types=["meeting"])) == ["e0", "e2"]
    assert ids(filter_events(mixed, types=["visit", "call"])) == ["e1", "e3"]


def test_filter_events_unknown_type_is_a_usage_error(mixed) -> None:
    with pytest.raises(UsageError, match=r"unknown event type 'meetings' — use one of: meeting"):
        filter_events(mixed, types=["meetings"])


def test_filter_events_actors_are_alternatives_and_case_insensitive(mixed) -> None:
    assert ids(filter_events(mixed, actors=["taliban"])) == ["e0", "e3"]
    assert ids(filter_events(mixed, actors=["Karen Decker", "Donald Trump"])) == ["e2", "e3"]
    assert ids(filter_events(mixed, actors=["Nobody"])) == []


def test_filter_events_countries_are_alternatives_and_case_insensitive(mixed) -> None:
    assert ids(filter_events(mixed, countries=["qa", "TJ"])) == ["e0", "e2"]


def test_filter_events_filters_combine_with_and(mixed) -> None:
    assert ids(filter_events(mixed, types=["meeting"], actors=["Taliban"])) == ["e0"]
    assert ids(filter_events(mixed, types=["visit"], countries=["QA"])) == []


def test_filter_events_empty_filters_do_not_filter(mixed) -> None:
    assert ids(filter_events(mixed, types=[], actors=(), countries=[], text="  ")) == ids(mixed)


def test_filter_events_text_is_a_literal_case_insensitive_substring() -> None:
    frame = events(
        {"title": "Envoy meets delegation (Doha)"},
        {"summary": "Talks on a.*b patterns"},
        {"source_quote": "West TRAVELED to the United Arab Emirates"},
        {"place_name": "Doha talks venue"},
    )
    assert ids(filter_events(frame, text="(doha)")) == ["e0"]
    assert ids(filter_events(frame, text="a.*b")) == ["e1"]
    assert ids(filter_events(frame, text="traveled to the united")) == ["e2"]
    assert ids(filter_events(frame, text="venue")) == []  # place_name is not searched


def test_filter_events_keeps_index_and_order(calendar) -> None:
    shuffled = calendar.iloc[[3, 1, 0]]
    result = filter_events(shuffled, start=D(2022, 12, 1), end=D(2023, 12, 31))
    assert result.index.tolist() == [3, 1, 0]


def test_filter_events_on_an_empty_frame_returns_it(calendar) -> None:
    empty = calendar.iloc[0:0]
    assert len(filter_events(empty, start=D(2022, 1, 1), types=["meeting"], text="x")) == 0


def test_date_bounds_covers_every_dated_event(calendar) -> None:
    assert date_bounds(calendar) == (D(2022, 11, 30), D(2023, 1, 10))


def test_date_bounds_without_dates_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="none of the 1 events has a date"):
        date_bounds(events(undated()))


def test_actor_choices_are_unique_and_sorted(mixed) -> None:
    assert actor_choices(mixed) == ["Donald Trump", "Karen Decker", "Taliban", "Thomas West"]


def test_country_choices_are_unique_and_sorted(mixed) -> None:
    assert country_choices(mixed) == ["AE", "QA", "TJ"]


# --- agreement with a plain per-row reference -----------------------------------------------------

DAYS = st.integers(min_value=0, max_value=60)
BASE = D(2022, 11, 1)


@st.composite
def frames_and_filters(draw):
    rows = []
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        if draw(st.booleans()) and draw(st.booleans()):
            dates: dict[str, object] = undated()
        else:
            first = draw(DAYS)
            last = first + draw(st.integers(min_value=0, max_value=20))
            dates = span(str(BASE + dt.timedelta(first)), str(BASE + dt.timedelta(last)))
        rows.append(
            {
                **dates,
                "event_type": draw(st.sampled_from(["meeting", "visit", "call"])),
                "country_code": draw(st.sampled_from(["QA", "AE", "TJ"])),
                "actors": "; ".join(draw(st.lists(st.sampled_from(["A", "B", "C"]), max_size=2))),
                "title": draw(st.sampled_from(["Talks", "talks in Doha", "Visit"])),
            }
        )
    lo = draw(st.none() | DAYS.map(lambda d: BASE + dt.timedelta(d)))
    hi = draw(st.none() | DAYS.map(lambda d: BASE + dt.timedelta(d)))
    if lo and hi and lo > hi:
        lo, hi = hi, lo
    options = {
        "start": lo,
        "end": hi,
        "types": draw(st.lists(st.sampled_from(["meeting", "visit", "call"]), max_size=2)),
        "actors": draw(st.lists(st.sampled_from(["A", "B", "C"]), max_size=2)),
        "countries": draw(st.lists(st.sampled_from(["QA", "AE", "TJ"]), max_size=2)),
        "text": draw(st.sampled_from(["", "TALKS", "doha"])),
    }
    return rows, options


def reference(record: dict, start, end, types, actors, countries, text) -> bool:
    if start or end:
        if record["date_start"] is None:
            return False
        first = D.fromisoformat(record["date_start"])
        last = D.fromisoformat(record["date_end"])
        if (start and last < start) or (end and first > end):
            return False
    names = [a for a in record["actors"].split("; ") if a]
    return (
        (not types or record["event_type"] in types)
        and (not actors or any(a in actors for a in names))
        and (not countries or record["country_code"] in countries)
        and (
            not text
            or any(
                text.lower() in (record[c] or "").lower()
                for c in ("title", "summary", "source_quote")
            )
        )
    )


@settings(max_examples=60, deadline=None)
@given(frames_and_filters())
def test_filter_events_agrees_with_a_per_row_reference(case) -> None:
    rows, options = case
    frame = events(*rows)
    expected = [
        f"e{i}" for i, row in enumerate(rows) if reference({**good_record(), **row}, **options)
    ]
    assert ids(filter_events(frame, **options)) == expected
