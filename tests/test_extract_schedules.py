"""Dates and status of programmes told in the present, and of dated history (round three).

Every sentence here is invented for the test: the rules are stated for kinds of wording (a verb
of motion in the present with a later day, "the visit ends on Saturday", "Wednesday 24 April"),
never for one article's sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.text_dates import find_dates
from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/schedules"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL)


def of_type(found: list[dict], event_type: str) -> dict:
    hits = [e for e in found if e["event_type"] == event_type]
    assert len(hits) == 1, found
    return hits[0]


# --- a verb of motion in the present with a day: an announced trip -----------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Chilean envoy departs for Hanoi on Friday, where she will meet officials.", 13),
        ("Kenya's foreign minister leaves for Accra on Saturday for talks with her host.", 14),
        ("The trade minister proceeds to Bogotá on Thursday.", 12),
    ],
)
def test_present_motion_with_a_later_day_is_an_announced_trip(sentence: str, day: int) -> None:
    visit = of_type(core(sentence), "visit")
    assert visit["status"] == "announced"
    assert visit["date_start"] == f"2024-09-{day}"


def test_the_meeting_of_a_present_trip_is_announced_on_its_day() -> None:
    found = core("The envoy leaves for Lusaka on Friday, where he is scheduled to meet the mayor.")
    meeting = of_type(found, "meeting")
    assert (meeting["status"], meeting["date_start"]) == ("announced", "2024-09-13")


def test_a_past_departure_stays_occurred() -> None:
    visit = of_type(core("The envoy left for Lusaka on Monday."), "visit")
    assert (visit["status"], visit["date_start"]) == ("occurred", "2024-09-09")


# --- "The visit ends on Saturday in Mindelo": a programme in the present ----------------------


@pytest.mark.parametrize(
    ("sentence", "event_type", "day"),
    [
        ("The visit ends on Saturday in Kumasi, where the president tours a school.", "visit", 14),
        ("The summit opens on Friday in Arusha.", "conference", 13),
    ],
)
def test_a_noun_with_a_present_verb_and_a_day_is_announced(
    sentence: str, event_type: str, day: int
) -> None:
    event = of_type(core(sentence), event_type)
    assert (event["status"], event["date_start"]) == ("announced", f"2024-09-{day}")


def test_a_past_ending_stays_occurred() -> None:
    visit = of_type(core("The visit ended on Monday in Kumasi."), "visit")
    assert visit["status"] == "occurred"


# --- "Wednesday 24 April": the weekday names the date after it --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the morning of Friday 20 September", dt.date(2024, 9, 20)),
        ("arrives on Tuesday, 1 October", dt.date(2024, 10, 1)),
    ],
)
def test_a_weekday_before_a_day_month_date_is_that_date(text: str, expected: dt.date) -> None:
    found = find_dates(text, WED, prefer_future=True)
    assert [d.span.start for d in found] == [expected]


def test_a_weekday_and_a_separate_date_are_two_dates() -> None:
    found = find_dates("on Monday and on 3 October", WED)
    assert len(found) == 2


# --- "had flown into Kabul": the participle of a flight is an arrival --------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The defence minister had flown into Hanoi earlier on Monday.", 9),
        ("Her Chilean counterpart, who had flown to Quito on Tuesday, joined the talks.", 10),
    ],
)
def test_a_flight_told_in_the_past_perfect_is_a_visit(sentence: str, day: int) -> None:
    visit = of_type(core(sentence), "visit")
    assert (visit["status"], visit["date_start"]) == ("occurred", f"2024-09-{day:02d}")


# --- "is visiting X from May 3 to May 5": a trip under way keeps this year's dates ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister is visiting Chile from September 10 to September 13.",
        "The premier is visiting Ghana from Sept. 9 to 12.",
    ],
)
def test_a_trip_under_way_is_dated_this_year_and_occurred(sentence: str) -> None:
    visit = of_type(core(sentence), "visit")
    assert visit["date_start"].startswith("2024-09-")
    assert visit["status"] == "occurred"


def test_a_range_wholly_past_read_forward_is_next_year() -> None:
    found = find_dates("from May 3 to May 5", WED, prefer_future=True)
    assert found[0].span.start == dt.date(2025, 5, 3)


# --- "the memorandum on energy signed earlier today in Accra": a participle after the topic ----


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The minister praised the agreement on fisheries signed yesterday in Dakar.", 10),
        ("She welcomed the memorandum of understanding on rail links signed earlier today.", 11),
    ],
)
def test_a_text_signed_after_its_topic_is_an_agreement(sentence: str, day: int) -> None:
    deal = of_type(core(sentence), "agreement")
    assert (deal["status"], deal["date_start"]) == ("occurred", f"2024-09-{day}")


@pytest.mark.parametrize(
    "sentence",
    [
        "A short accord on cooperation in fisheries research was signed by the two ministers.",
        "Two protocols for customs data sharing were signed in Tirana on Monday.",
    ],
)
def test_a_text_with_its_topic_was_signed(sentence: str) -> None:
    assert of_type(core(sentence), "agreement")["status"] == "occurred"
