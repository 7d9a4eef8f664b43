"""Dates told against a named week or a day years back (round twelve, dates).

Each kind is tested on sentences invented for the test: "on Wednesday last week", "Monday next
week", "from Thursday to Saturday last week", "last week on Thursday", "two years ago today".
"""

from __future__ import annotations

import datetime as dt

from mapapp.extract.text_dates import find_dates
from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/dt12"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL)


def dated(text: str, kind: str, published: dt.date = WED) -> tuple[str, str]:
    found = [c for c in core(text, published) if c["event_type"] == kind]
    assert found, core(text, published)
    return found[0]["date_start"], found[0]["date_end"]


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(str(d.span.start), str(d.span.end), d.span.precision) for d in find_dates(text, WED)]


# --- a weekday of a named week ---------------------------------------------------------------


def test_weekday_of_last_week_is_that_day_not_the_latest_one() -> None:
    text = (
        "Norway's prime minister spoke by telephone on Wednesday last week with Kenya's president."
    )
    assert dated(text, "call") == ("2024-09-04", "2024-09-04")


def test_weekday_of_next_week_for_a_plan() -> None:
    text = "Chile's foreign minister will travel to Lima on Tuesday of next week, her office said."
    assert dated(text, "visit") == ("2024-09-17", "2024-09-17")


def test_weekday_pair_of_last_week_is_a_range() -> None:
    text = (
        "A joint commission of Ghana and Togo met in Lomé from Thursday to Saturday last week "
        "to prepare the agreement, the ministry said."
    )
    assert dated(text, "meeting") == ("2024-09-05", "2024-09-07")


def test_last_week_then_the_weekday() -> None:
    assert spans("Officials met last week on Thursday in Quito.") == [
        ("2024-09-05", "2024-09-05", "day")
    ]


def test_possessive_week_is_not_the_weekday_s_week() -> None:
    # "last week's vote" names the vote's week; "on Tuesday" stays the latest Tuesday
    found = spans("The senator Ilse Marrow said on Tuesday last week's vote was flawed.")
    assert found[0] == ("2024-09-10", "2024-09-10", "day")


def test_comma_splice_keeps_the_weekday_apart() -> None:
    found = spans("He arrived in Accra on Friday, next week he returns to Dakar.")
    assert found[0] == ("2024-09-06", "2024-09-06", "day")


def test_weekday_without_a_week_is_unchanged() -> None:
    assert spans("The envoy met the rebels on Monday in Doha.") == [
        ("2024-09-09", "2024-09-09", "day")
    ]


# --- a day years back -------------------------------------------------------------------------


def test_years_ago_today_is_that_day() -> None:
    text = (
        "Two years ago today, Peru's president and Bolivia's president signed a border "
        "treaty in La Paz, ending a long dispute."
    )
    assert dated(text, "agreement") == ("2022-09-11", "2022-09-11")


def test_ago_this_week_and_this_month() -> None:
    assert spans("A year ago this week the talks began.") == [("2023-09-11", "2023-09-17", "week")]
    assert spans("Three months ago this month they met.") == [("2024-06-01", "2024-06-30", "month")]


def test_years_ago_alone_stays_a_year() -> None:
    assert spans("The ministers met in Oslo two years ago.") == [
        ("2022-01-01", "2022-12-31", "year")
    ]


# --- a tour that began, told inside a plan ---------------------------------------------------

FRI = dt.date(1999, 3, 12)  # a Friday


def test_tour_that_began_is_done_inside_a_plan() -> None:
    text = (
        "Chile's foreign minister will fly to Lima on Monday, the last stop of an Andean tour "
        "that began in Quito on Tuesday."
    )
    found = {c["place_name"]: c for c in core(text, FRI) if c["event_type"] == "visit"}
    assert found["Quito"]["status"] == "occurred"
    assert found["Quito"]["date_start"] == "1999-03-09"
    assert found["Lima"]["status"] == "announced"


def test_tour_that_begins_stays_ahead() -> None:
    text = (
        "Chile's foreign minister will fly to Lima on Monday, the last stop of an Andean tour "
        "that begins in Quito on Friday."
    )
    found = {c["place_name"]: c for c in core(text, FRI) if c["event_type"] == "visit"}
    assert found["Quito"]["status"] == "announced"
