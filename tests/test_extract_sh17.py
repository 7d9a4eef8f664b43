"""Sentences that state two or more events where the extractor gave only one (round seventeen,
shared).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
readout, ministry release, transcript, broadcaster web), with near-misses that must not fire:

* a meal or an audience as a trip's purpose ("flew to Rome on Friday for dinner with the Italian
  prime minister", "travelled to Marrakesh for a rare audience with the King"): a meeting at the
  trip's destination, on its day and in its tense, beside the visit; not a meal with business
  leaders or with one's own family;
* a trip told by where it began or ends, with the stop's day before its place ("The tour began
  on Tuesday in Nairobi, where …", "The trip concludes August 11 in Tegucigalpa"): a visit
  there, past when the trip began, ahead in a programme's present ("concludes", "will end");
  not "the trip ended in disaster" nor talks that began somewhere;
* a second stop told after "and in" with its own day and purpose ("was in Kampala on Monday,
  where he met the president, and in Kigali on Tuesday for talks with …"): a visit there too,
  beside the talks; not a second day in the same city;
* a list of stops each with its day after commas ("stopping in Rabat on Aug. 14, in Tunis the next
  day and in Tripoli on Aug. 17-18", "visited Nairobi on Monday, Kampala the following
  day and Kigali on Thursday"): one event per stop on its own day, counted from the stop
  before when the day is told relative to it; not a list of people met on several days, nor a
  clause of its own after ", and".
"""

from __future__ import annotations

from tests.conftest import core_told

SAT = "2023-08-05"  # a Saturday


# --- a meal or an audience as a trip's purpose ------------------------------------------------


def test_went_on_for_dinner_with_a_president_in_a_broadcaster_piece_is_a_visit_and_a_meeting() -> (
    None
):
    text = "From Berlin she went on to Rome on Friday evening for dinner with the Italian premier."
    assert core_told(text, SAT) == [
        ("meeting", "occurred", "2023-08-04", "Rome"),
        ("visit", "occurred", "2023-08-04", "Rome"),
    ]


def test_a_working_lunch_as_a_readout_trip_purpose_is_an_announced_meeting_there() -> None:
    text = (
        "The President will travel to Lisbon on Tuesday for a working lunch with the Prime "
        "Minister of Portugal, the White House said."
    )
    assert core_told(text, SAT) == [
        ("meeting", "announced", "2023-08-08", "Lisbon"),
        ("visit", "announced", "2023-08-08", "Lisbon"),
    ]


def test_a_rare_audience_as_a_wire_trip_purpose_is_a_meeting_in_that_month() -> None:
    text = (
        "In May 2021 the envoy flew from Amman to Marrakesh for a rare audience with the King, "
        "diplomats said."
    )
    assert core_told(text, SAT) == [
        ("meeting", "occurred", "2021-05-01", "Marrakesh"),
        ("visit", "occurred", "2021-05-01", "Marrakesh"),
    ]


def test_dinner_with_business_leaders_or_family_is_no_meeting() -> None:
    text = "The minister flew to Lagos on Monday for dinner with business leaders."
    assert core_told(text, SAT) == [("visit", "occurred", "2023-07-31", "Lagos")]
    text = "He stayed at home on Friday for dinner with his family."
    assert core_told(text, SAT) == []


# --- a trip told by where it began or ends ----------------------------------------------------


def test_a_tour_that_began_in_a_city_in_a_wire_story_is_a_visit_there() -> None:
    text = (
        "The tour began on Tuesday in Nairobi, where the envoy spent two days meeting the "
        "president and the army chief, before flying to Kampala on Thursday."
    )
    told = core_told(text, SAT)
    assert ("visit", "occurred", "2023-08-01", "Nairobi") in told
    assert ("visit", "occurred", "2023-08-03", "Kampala") in told


def test_a_media_note_trip_that_concludes_in_a_city_is_an_announced_visit() -> None:
    text = (
        "The trip concludes August 11 in Tegucigalpa, where the Deputy Secretary will join "
        "regional foreign ministers for a ministerial meeting on migration."
    )
    told = core_told(text, SAT)
    assert ("visit", "announced", "2023-08-11", "Tegucigalpa") in told
    assert [t for t in told if t[0] == "visit"] == [
        ("visit", "announced", "2023-08-11", "Tegucigalpa")
    ]


def test_a_ministry_programme_that_ends_in_a_city_on_a_weekday_is_an_announced_visit() -> None:
    text = "The Minister's trip will end on Thursday in Quito, the ministry said."
    assert core_told(text, SAT) == [("visit", "announced", "2023-08-10", "Quito")]


def test_a_trip_that_ended_in_disaster_or_talks_that_began_are_no_visit() -> None:
    assert core_told("The trip ended in disaster, aides admitted.", SAT) == []
    assert core_told("The tour started in earnest on Monday.", SAT) == []
    told = core_told("The talks began on Monday in Geneva.", SAT)
    assert [t for t in told if t[0] == "visit"] == []


# --- a second stop told after "and in" with its purpose ---------------------------------------


def test_a_second_stay_with_talks_in_a_transcript_is_a_visit_and_a_meeting_there() -> None:
    text = (
        "CORRESPONDENT: Kenya's foreign minister was in Kampala on Monday, where he met the "
        "Ugandan president, and in Kigali on Tuesday for talks with the Rwandan foreign minister."
    )
    assert core_told(text, SAT) == [
        ("meeting", "occurred", "2023-07-31", "Kampala"),
        ("meeting", "occurred", "2023-08-01", "Kigali"),
        ("visit", "occurred", "2023-07-31", "Kampala"),
        ("visit", "occurred", "2023-08-01", "Kigali"),
    ]


def test_a_second_announced_stop_in_a_readout_is_an_announced_visit() -> None:
    text = (
        "The envoy will be in Accra on Monday to meet the foreign minister, and in Lome on "
        "Wednesday for talks with Togo's president."
    )
    told = core_told(text, SAT)
    assert ("visit", "announced", "2023-08-07", "Accra") in told
    assert ("visit", "announced", "2023-08-09", "Lomé") in told
    assert ("meeting", "announced", "2023-08-09", "Lomé") in told


def test_a_second_day_in_the_same_city_is_no_second_stop() -> None:
    text = (
        "The minister met the president in Kampala on Monday and in the capital on Tuesday for "
        "talks with the speaker."
    )
    assert [t for t in core_told(text, SAT) if t[0] == "visit"] == []


# --- a list of stops each with its day ---------------------------------------------------------


def test_a_wire_tour_with_a_stop_the_next_day_is_three_visits_on_their_days() -> None:
    text = (
        "The secretary will tour the region, stopping in Rabat on Aug. 14, in Tunis the next day "
        "and in Tripoli on Aug. 17-18, an embassy official said."
    )
    assert core_told(text, SAT) == [
        ("visit", "announced", "2023-08-14", "Rabat"),
        ("visit", "announced", "2023-08-15", "Tunis"),
        ("visit", "announced", "2023-08-17", "Tripoli"),
    ]


def test_a_readout_of_visits_on_weekdays_with_the_following_day_is_three_visits() -> None:
    text = "The Minister visited Nairobi on Monday, Kampala the following day and Kigali on Friday."
    assert core_told(text, SAT) == [
        ("visit", "occurred", "2023-07-31", "Nairobi"),
        ("visit", "occurred", "2023-08-01", "Kampala"),
        ("visit", "occurred", "2023-08-04", "Kigali"),
    ]


def test_a_ministry_programme_of_meetings_in_three_cities_is_three_meetings() -> None:
    text = (
        "The Special Envoy met county governors in Nakuru on Monday, in Kisumu two days later "
        "and in Mombasa on Friday."
    )
    assert core_told(text, SAT) == [
        ("meeting", "occurred", "2023-07-31", "Nakuru"),
        ("meeting", "occurred", "2023-08-02", "Kisumu"),
        ("meeting", "occurred", "2023-08-04", "Mombasa"),
    ]


def test_people_met_on_several_days_or_a_clause_after_and_are_no_stops() -> None:
    text = "The minister met the president in Nairobi on Monday, the speaker on Tuesday."
    assert {t[3] for t in core_told(text, SAT)} == {"Nairobi"}
    text = (
        "He met the president in Nairobi on Monday, and Kenya's foreign minister said the talks "
        "went well."
    )
    assert core_told(text, SAT) == [("meeting", "occurred", "2023-07-31", "Nairobi")]
