"""Two events told in one sentence: a second event that shares the words of the first.

Sentences invented for the tests (never the articles' own): a meeting whose trip is named in
apposition ("…, a visit his critics called premature", "…, the first stop of a regional tour")
is a visit too, at the meeting's place and date; a meeting told with an appositive that is no trip
stays one event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.triggers import find_triggers
from tests.conftest import core_candidates

WED = dt.date(2025, 6, 25)  # a Wednesday
URL = "https://example.org/s6"


def kinds(text: str) -> dict[str, dict]:
    found = core_candidates(text, WED, url=URL)
    return {e["event_type"]: e for e in found}


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        (
            "Kenya's president was received by his Ugandan counterpart at State House in "
            "Entebbe on Tuesday, the first stop of a regional tour.",
            "Entebbe",
            "2025-06-24",
        ),
        (
            "The Japanese prime minister held talks with Vietnam's president in Hanoi on "
            "Monday, the opening leg of a week-long Asian tour.",
            "Hanoi",
            "2025-06-23",
        ),
        (
            "The chancellor met the Polish president in Warsaw on Thursday, her first trip "
            "abroad since taking office.",
            "Warsaw",
            "2025-06-19",
        ),
        (
            "Serbia's leader met the Hungarian prime minister in Budapest on June 20, a visit "
            "his opponents called a mistake.",
            "Budapest",
            "2025-06-20",
        ),
    ],
)
def test_a_trip_named_in_apposition_is_a_visit_besides_the_meeting(
    sentence: str, place: str, day: str
) -> None:
    found = kinds(sentence)
    assert set(found) == {"meeting", "visit"}, found
    for event in found.values():
        assert place in str(event["place_name"]), event
        assert event["date_start"] == day, event


def test_an_appositive_that_is_no_trip_adds_nothing() -> None:
    found = core_candidates(
        "Ministers met in Geneva on Monday, a meeting diplomats described as tense.", WED, url=URL
    )
    assert [e["event_type"] for e in found] == ["meeting"]


def test_a_sentence_with_its_own_visit_gets_no_second_one() -> None:
    found = core_candidates(
        "The minister arrived in Lusaka on Monday and met the president there, the first stop "
        "of a tour of the region.",
        WED,
        url=URL,
    )
    assert sorted(e["event_type"] for e in found) == ["meeting", "visit"], found


# --- an arrival told by where it came from --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "OSLO — The two sides met in Oslo on Tuesday. Colombia's foreign minister joined them "
        "on Tuesday after travelling from Bogotá.",
        "OSLO — Negotiators met in Oslo on Tuesday. The Colombian delegation, which had flown "
        "from Bogotá on Tuesday, joined the talks.",
        "OSLO — Talks opened in Oslo on Tuesday. The Colombian team drove from Stockholm on "
        "Tuesday.",
    ],
)
def test_travelling_from_a_place_is_a_visit_to_the_scene(text: str) -> None:
    visits = [e for e in core_candidates(text, WED, url=URL) if e["event_type"] == "visit"]
    assert len(visits) == 1, visits
    assert visits[0]["place_name"] == "Oslo"
    assert visits[0]["date_start"] == "2025-06-24"


def test_a_thing_that_travelled_is_no_visit() -> None:
    found = core_candidates(
        "WARSAW — Grain shipments travelled from Odesa through Poland last year.", WED, url=URL
    )
    assert found == []


def test_an_arrival_from_elsewhere_is_at_the_meeting_of_its_sentence() -> None:
    found = kinds("The envoy, who had flown from Paris, met the minister in Rome on Monday.")
    assert set(found) == {"meeting", "visit"}
    assert found["visit"]["place_name"] == "Rome"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's president returned the visit in Santiago a year later.",
        "The king returns that visit next spring.",
        "Oman's sultan returned the state visit in Tehran in 2023.",
    ],
)
def test_returning_the_visit_is_a_new_visit_not_a_reference(sentence: str) -> None:
    visits = [t for t in find_triggers(sentence) if t.event_type == "visit"]
    assert visits and not visits[0].definite, visits


# --- two gatherings of one sentence, one typed a conference by its many parties ----------


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "The foreign ministers of Chile, Peru and Colombia met in Lima on Tuesday and agreed "
            "to hold a summit of their presidents in Bogotá later this year.",
            ["Bogotá", "Lima"],
        ),
        (
            "The six ministers will meet again in Skopje in December, and the next leaders' "
            "summit is due in Rome next year.",
            ["Rome", "Skopje"],
        ),
        (
            "The leaders of Fiji, Samoa and Tonga met in Suva on Friday; their next summit will "
            "be held in Apia in 2026.",
            ["Apia", "Suva"],
        ),
    ],
)
def test_a_summit_told_beside_a_meeting_of_many_parties_is_its_own_event(
    sentence: str, places: list[str]
) -> None:
    found = [e for e in core_candidates(sentence, WED, url=URL) if e["event_type"] == "conference"]
    assert sorted(str(e["place_name"]) for e in found) == places, found
    assert len({e["event_id"] for e in found}) == len(found)


# --- a stop of a tour told by the place its sentence opens with ----------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        ("In Lusaka on Monday, the envoy met Zambia's foreign minister.", "Lusaka", "2025-06-23"),
        ("On 23 June in Accra the minister met the President of Ghana.", "Accra", "2025-06-23"),
        (
            "In Dakar on June 30, the Secretary will meet the President of Senegal.",
            "Dakar",
            "2025-06-30",
        ),
    ],
)
def test_a_meeting_in_the_place_a_sentence_opens_with_is_a_visit_there(
    sentence: str, place: str, day: str
) -> None:
    found = kinds(sentence)
    assert set(found) == {"meeting", "visit"}, found
    assert found["visit"]["place_name"] == place
    assert found["visit"]["date_start"] == day


def test_a_stop_already_told_as_a_visit_is_not_told_twice() -> None:
    found = core_candidates(
        "The Secretary will travel to Dakar, Senegal, and Abuja, Nigeria, next week. In Dakar "
        "on June 30, the Secretary will meet the President of Senegal.",
        WED,
        url=URL,
    )
    dakar = [e for e in found if e["event_type"] == "visit" and e["place_name"] == "Dakar"]
    assert len(dakar) == 1, found
    assert len(dakar[0]["source_quotes"]) == 2


def test_a_sentence_opening_with_a_place_but_no_meeting_adds_no_visit() -> None:
    found = core_candidates("In Geneva, diplomats said the talks had stalled.", WED, url=URL)
    assert all(e["event_type"] != "visit" for e in found)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "PANAMA CITY — The presidents of Costa Rica and Panama signed a border treaty here on "
            "Tuesday, capping a two-day state visit.",
            "agreement",
        ),
        (
            "The two leaders signed a trade accord in Hanoi on Tuesday, concluding a three-day "
            "official visit.",
            "agreement",
        ),
        (
            "The prime minister held talks with the emir in Doha on Tuesday, during a two-day "
            "working visit.",
            "meeting",
        ),
    ],
)
def test_a_visit_the_sentence_ends_with_is_at_its_event(text: str, first: str) -> None:
    found = kinds(text)
    assert set(found) == {first, "visit"}, found
    assert found["visit"]["place_name"] == found[first]["place_name"]
    assert found["visit"]["date_start"] == "2025-06-24"


def test_an_appositive_after_a_signing_that_is_no_trip_adds_nothing() -> None:
    found = core_candidates(
        "The ministers signed a memorandum in Accra on Monday, a move welcomed by investors.",
        WED,
        url=URL,
    )
    assert [e["event_type"] for e in found] == ["agreement"]


# --- a numbered session of a body is told for itself ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers co-chaired the fifth meeting of the Chile-Peru joint commission.",
        "They reviewed the results of the 12th session of the Intergovernmental Committee.",
    ],
)
def test_a_numbered_session_of_a_body_is_no_reference(sentence: str) -> None:
    meetings = [t for t in find_triggers(sentence) if t.event_type == "meeting"]
    assert meetings and not meetings[0].definite, meetings
