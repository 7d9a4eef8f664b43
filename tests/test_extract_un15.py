"""Events stated in wordings the extractor did not read as events (round fifteen, unquoted).

Each wording is tested on sentences invented for the test, in several outlet styles (calendar,
wire, programme, ministry release), with near-misses that must not fire:

* a named body that "meets" in the present ("Geneva: the Human Rights Council's Bureau meets",
  "The ASEAN Coordinating Council meets in Jakarta on Friday"): a session of the body, dated
  by its day or the calendar heading above it; not "meets the criteria", a habit ("meets every
  year"), a city council, nor a body with no day at all;
* a signing told in the present by a chronology's entry or a caption ("12 May 2015 - The
  president signs the accord in Cartagena", "A ceasefire agreement is signed in Havana",
  "Negotiators conclude the final text of the treaty"): an agreement, history in a dated
  entry, ahead with a day; not "signs every treaty" (a habit), "signs of an agreement", "once
  the agreement is signed" (a condition) nor "to conclude the text";
* a handshake with an office holder ("shook hands with the Japanese prime minister at the
  venue", a caption's "shakes hands with Uganda's prime minister at State House"): a meeting
  there; not with supporters, reporters or the crowd;
* two sides that "met" at a time told by a word ("The presidents of Peru and Bolivia met
  yesterday", "met last week", "met earlier this month"): a meeting then; not "the deadline
  was met last week" nor a target or demand met.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "2024-09-25"  # a Wednesday


# --- a named body meets ---------------------------------------------------------------------------


def test_a_committee_meets_under_a_calendar_heading_is_a_session_on_that_day() -> None:
    text = (
        "DIPLOMATIC DIARY: THE WEEK AHEAD\n\n"
        "THURSDAY, SEPT. 26\n"
        "VIENNA - The Board of Governors of the International Atomic Energy Agency meets; "
        "Iran's programme is on the agenda.\n\n"
        "FRIDAY, SEPT. 27\n"
        "NAIROBI - Kenya's president hosts the president of Ghana for talks.\n"
    )
    event = the_one_told(text, WED, "conference", "Board of Governors")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2024-09-26",
        "Vienna",
    )


def test_a_council_meets_at_ministerial_level_with_a_day_in_a_wire_is_announced() -> None:
    text = (
        "ADDIS ABABA, Sept 25 (Wire) - The Peace and Security Council meets at ministerial "
        "level in Addis Ababa on Friday to discuss the crisis in the Sahel, diplomats said."
    )
    event = the_one_told(text, WED, "conference", "Council meets")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2024-09-27",
        "Addis Ababa",
    )


def test_a_council_of_ministers_meets_with_members_attending_in_a_programme() -> None:
    text = (
        "Programme of the week. Monday 30 September: in Libreville, the Council of Ministers "
        "of the Economic Community of Central African States meets; eleven states attend."
    )
    event = the_one_told(text, WED, "conference", "States meets")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2024-09-30",
        "Libreville",
    )


def test_a_joint_commission_meets_with_a_date_in_a_release_is_announced() -> None:
    text = "The Ghana-Togo Joint Commission meets in Accra on 3 October, the ministry said."
    event = the_one_told(text, WED, "meeting", "Commission meets")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2024-10-03",
        "Accra",
    )


def test_a_body_that_meets_a_demand_or_a_deadline_is_no_session() -> None:
    for text in (
        "The Commission meets the criteria set out in the treaty, the court said on Monday.",
        "The Council meets its deadline on Friday for the report.",
        "The Committee meets expectations, analysts said on Tuesday.",
    ):
        assert core_told(text, WED) == [], text


def test_a_body_s_habit_is_no_session() -> None:
    for text in (
        "The Nordic Council meets twice a year, in Oslo and in Helsinki.",
        "The Joint Commission meets every year in Accra or Lome.",
        "The Standing Committee meets annually in Geneva.",
    ):
        assert core_told(text, WED) == [], text


def test_a_city_council_meets_is_no_diplomacy() -> None:
    text = "The Toronto City Council meets on Thursday to vote on the budget."
    assert core_told(text, WED) == []


def test_a_body_that_meets_with_no_day_nor_heading_is_no_event() -> None:
    text = "The Council meets in Brussels, and its decisions bind the member states."
    assert core_told(text, WED) == []


# --- a signing in the present ---------------------------------------------------------------------


def test_the_president_signs_the_accord_in_a_chronology_entry_is_history() -> None:
    text = (
        "TIMELINE: The long road to peace\n\n"
        "4 May 2019 - The president signs the peace accord in Maputo before a crowd of "
        "thousands.\n\n"
        "9 June 2019 - Parliament ratifies the accord."
    )
    event = the_one_told(text, WED, "agreement", "signs the peace accord")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2019-05-04",
        "Maputo",
    )


def test_a_minister_and_his_counterpart_sign_in_a_dated_entry_is_an_agreement() -> None:
    text = (
        "Key dates:\n\n"
        "Feb. 11, 2021 - The foreign minister and his Omani counterpart sign a memorandum on "
        "fisheries in Muscat."
    )
    event = the_one_told(text, WED, "agreement", "sign a memorandum")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2021-02-11",
        "Muscat",
    )


def test_an_agreement_is_signed_in_a_chronology_entry_is_history() -> None:
    text = (
        "Chronology of the talks:\n\n"
        "14 July 2018 - A transit agreement is signed in Tashkent in the presence of both "
        "presidents."
    )
    event = the_one_told(text, WED, "agreement", "is signed in Tashkent")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2018-07-14",
        "Tashkent",
    )


def test_negotiators_conclude_the_final_text_in_an_entry_is_an_agreement() -> None:
    text = "Aug. 3, 2017 - Negotiators conclude the final text of the treaty in Vienna."
    event = the_one_told(text, WED, "agreement", "final text of the treaty")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2017-08-03",
        "Vienna",
    )


def test_the_prime_minister_signs_with_a_day_ahead_in_a_programme_is_announced() -> None:
    text = "Programme: the prime minister signs a trade agreement with Peru in Lima on Friday."
    event = the_one_told(text, WED, "agreement", "signs a trade agreement")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2024-09-27",
        "Lima",
    )


def test_a_habit_of_signing_or_signs_of_a_deal_is_no_agreement() -> None:
    for text in (
        "The president signs every treaty in the presence of the cabinet.",
        "There are signs of an agreement in Geneva, diplomats said on Monday.",
        "The king signs the decrees the government sends him.",
    ):
        assert core_told(text, WED) == [], text


def test_an_agreement_signed_under_a_condition_is_no_agreement() -> None:
    for text in (
        "Once the agreement is signed on Friday, troops will withdraw from the border.",
        "Fighting will go on until a truce is signed in Doha, the commander said.",
    ):
        assert [c for c in core_told(text, WED) if c[0] == "agreement"] == [], text


# --- shook hands with -----------------------------------------------------------------------------


def test_shook_hands_with_a_prime_minister_at_a_venue_in_a_wire_is_a_meeting() -> None:
    text = (
        "OSAKA, Sept 25 (Wire) - On Monday the Brazilian president shook hands with the "
        "Japanese prime minister at the expo site in Osaka, their first encounter."
    )
    event = the_one_told(text, WED, "meeting", "shook hands")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-23",
        "Osaka",
    )


def test_a_caption_s_president_shakes_hands_with_a_prime_minister_is_history() -> None:
    text = (
        "Photo 3 of 5: Kenya's president shakes hands with Uganda's prime minister at State "
        "House in Entebbe on Monday, Sept. 23, 2024."
    )
    event = the_one_told(text, WED, "meeting", "shakes hands")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-23")
    assert "Entebbe" in event["place_name"]


def test_will_shake_hands_with_the_king_on_a_day_ahead_is_announced() -> None:
    text = "The new envoy will shake hands with the King at the palace on Friday."
    event = the_one_told(text, WED, "meeting", "shake hands")
    assert (event["status"], event["date_start"]) == ("announced", "2024-09-27")


def test_shaking_hands_with_supporters_or_reporters_is_no_meeting() -> None:
    for text in (
        "The president shook hands with supporters in Nairobi on Monday.",
        "On Tuesday the minister shook hands with reporters at the airport.",
        "Photo 1: The prime minister shakes hands with the crowd in Lima on Monday.",
    ):
        assert core_told(text, WED) == [], text


# --- met yesterday, met last week --------------------------------------------------------------


def test_the_two_presidents_met_yesterday_in_a_wire_is_a_meeting_that_day() -> None:
    text = (
        "LIMA, Sept 25 (Wire) - The presidents of Peru and Bolivia met yesterday to discuss "
        "a railway to the Pacific, officials said."
    )
    event = the_one_told(text, WED, "meeting", "met yesterday")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-24")


def test_foreign_ministers_of_two_states_met_last_week_in_a_newspaper_is_a_meeting() -> None:
    text = (
        "The foreign ministers of Belize and Guatemala met last week for the first time since "
        "the court ruling, and both called the atmosphere constructive."
    )
    event = the_one_told(text, WED, "meeting", "met last week")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "occurred",
        "2024-09-16",
        "2024-09-22",
    )


def test_negotiators_met_earlier_this_month_in_an_analysis_is_a_meeting() -> None:
    text = "Negotiators from both sides met earlier this month, but no text has emerged."
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-01", None)]


def test_a_deadline_or_a_target_met_last_week_is_no_meeting() -> None:
    for text in (
        "The deadline was met last week, the ministry said.",
        "The export target met this year was the highest on record.",
        "Demand for grain met last month exceeded the forecast.",
    ):
        assert core_told(text, WED) == [], text
