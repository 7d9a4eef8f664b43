"""Places of gatherings a trip is taken for, and trips told with a time before the destination.

Each kind is tested on sentences invented for the test: "will fly to Nairobi to attend the
regional summit" places the summit in Nairobi, while a gathering told against the trip ("for the
first time since the summit") or a bare "for the meeting," told before keeps no such place.
"""

from __future__ import annotations

import datetime as dt

from tests.conftest import core_candidates

THU = dt.date(2023, 3, 9)  # a Thursday
URL = "https://example.org/pl12"


def core(text: str, published: dt.date = THU) -> list[dict]:
    return core_candidates(text, published, url=URL)


def of_type(found: list[dict], kind: str, words: str) -> list[dict]:
    return [e for e in found if e["event_type"] == kind and words in e["source_quote"]]


# --- a gathering a trip is taken for ---------------------------------------------------------

LEAD = (
    "ROME, March 9 (Agency) - Italy's foreign minister, Mr Dario Fenzi, met his Greek "
    "counterpart in Rome on Thursday.\n\n"
)


def gatherings(text: str, words: str) -> list[dict]:
    found = core(LEAD + text)
    return [
        e
        for e in found
        if e["event_type"] in ("meeting", "conference") and words in e["source_quote"]
    ]


def test_session_a_trip_is_for_is_at_the_destination() -> None:
    found = gatherings(
        "Mr Fenzi will travel to Oslo in May for the spring session of the Nordic Council.",
        "spring session",
    )
    assert len(found) == 1
    assert found[0]["country_code"] == "NO"
    assert found[0]["date_start"] == "2023-05-01"


def test_meeting_named_after_its_word_is_at_the_destination() -> None:
    found = gatherings(
        "Mr Fenzi will travel to Oslo in May for the meeting of foreign ministers of the "
        "Arctic states.",
        "foreign ministers",
    )
    assert len(found) == 1
    assert found[0]["country_code"] == "NO"


def test_gathering_attended_takes_the_trip_days_when_it_has_none() -> None:
    found = gatherings(
        "Next month, Mr Fenzi will travel to Vienna to attend the 31st session of the "
        "Commission on Crime Prevention.",
        "31st session",
    )
    assert len(found) == 1
    assert found[0]["country_code"] == "AT"
    assert found[0]["date_start"] == "2023-04-01"


def test_gathering_told_against_the_trip_is_not_its_purpose() -> None:
    found = gatherings(
        "Mr Fenzi will travel to Oslo in May for the anniversary of the first meeting of the "
        "Nordic ministers.",
        "anniversary",
    )
    assert all(e["country_code"] != "NO" for e in found)


def test_bare_meeting_told_before_keeps_one_event() -> None:
    text = (
        "The Security Council met on Wednesday to discuss the situation in Yemen.\n\n"
        "The foreign minister of Yemen, who flew to New York for the meeting, said the "
        "truce was holding."
    )
    found = [e for e in core(text) if e["event_type"] in ("meeting", "conference")]
    assert len(found) == 1


# --- a time before the destination --------------------------------------------------------


def test_next_week_between_verb_and_destination_is_a_trip() -> None:
    text = "The Peruvian foreign minister, Mr Anibal Quispe, will travel next week to Quito."
    visits = of_type(core(text), "visit", "travel next week to Quito")
    assert len(visits) == 1
    assert visits[0]["country_code"] == "EC"
    assert visits[0]["date_start"] == "2023-03-13"


# --- a Security Council session told by the body and a verb after it -------------------------

COUNCIL = (
    "Security Council\n\nCOUNCIL WEIGHS TRUCE IN THE SAHEL\n\n"
    "The Security Council met this morning to hear a briefing on the situation in Mali.\n\n"
)


def council_sessions(text: str, words: str) -> list[dict]:
    return [
        e
        for e in core(COUNCIL + text)
        if e["event_type"] == "conference" and words in e["source_quote"]
    ]


def test_council_that_will_next_hold_its_debate_sits_in_new_york() -> None:
    found = council_sessions(
        "The Council will next hold its regular debate on Mali in June.", "regular debate"
    )
    assert len(found) == 1
    assert found[0]["place_name"] == "New York"
    assert found[0]["date_start"] == "2023-06-01"


def test_council_expected_to_take_up_the_question_sits_in_new_york() -> None:
    found = council_sessions(
        "The Council is expected to take up the report on Mali in July.", "take up"
    )
    assert len(found) == 1
    assert found[0]["place_name"] == "New York"


def test_council_of_a_region_that_will_hold_a_session_keeps_no_seat() -> None:
    text = (
        "PRETORIA, March 9 (Agency) - The African Union's Peace and Security Council will "
        "hold a session on Mali in June, its chair said."
    )
    found = [e for e in core(text) if e["event_type"] in ("meeting", "conference")]
    assert all(e["place_name"] != "New York" for e in found)
