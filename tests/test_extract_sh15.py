"""Sentences that state two or more events where the extractor gave only one (round fifteen,
shared).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
readout, ministry release, transcript), with near-misses that must not fire:

* a second event told without its verb after "and" ("and Kampala on 20 May", "and on Sunday
  with the president of Azerbaijan", "and Tegucigalpa on Thursday to review …", "and in
  Luxembourg on Tuesday the foreign minister, the ministry said"): the month May is no modal
  verb, a day after "on" opens the part, a purpose or the source ends it, and the "and" of a
  name ("Foreign and Security Policy") is not the one that opens it;
* the second stop of such a part ("In Dhaka on 2 March he will hold talks …, and in Colombo on
  4 March with …"): a visit there too, as at the first stop;
* a trip's errand to see someone named by an office with any modifier ("to see the northern
  commander", "to see the army chief") or after "is due in" / "is expected in" a city: a meeting
  there; not "to see the new exhibits" nor "to see how the president's plan works";
* a meeting in the present with someone named by an office ("meets the U.S. secretary of
  state", "travels to Kidal and meets the rebel commander", "meets his Kenyan counterpart") in a
  timeline, chronology or caption; not "meets the needs of its members" nor "meets the criteria";
* a guest welcomed to a city ("looked forward to welcoming Chile's President to Canberra",
  "welcomed the Emir of Qatar to Amman"): the guest's visit there; not a welcome to a building
  ("to the Chancellery", "to Government House") nor "welcomed the decision to …".
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "2024-09-25"  # a Wednesday


# --- a second event without its verb --------------------------------------------------------------


def test_a_second_stop_dated_in_may_in_a_ministry_release_is_a_visit_of_its_own() -> None:
    text = (
        "The State Secretary for Foreign Affairs visited Nairobi, Kenya, from 12 to 14 May and "
        "Kigali, Rwanda, on 15 and 16 May."
    )
    assert core_told(text, "2024-06-03") == [
        ("visit", "occurred", "2024-05-12", "Nairobi"),
        ("visit", "occurred", "2024-05-15", "Kigali"),
    ]


def test_may_as_a_verb_still_keeps_the_part_a_clause_of_its_own() -> None:
    text = "The envoy visited Lusaka on 3 June and Harare, which may host the next round."
    assert core_told(text, "2024-06-10") == [("visit", "occurred", "2024-06-03", "Lusaka")]


def test_a_second_call_told_by_its_day_after_and_in_a_radio_transcript() -> None:
    text = (
        "ANCHOR: The new prime minister has had a busy first week. On Monday she spoke "
        "with the chancellor of Austria, and on Tuesday with the president of Slovenia, in what "
        "aides describe as a charm offensive."
    )
    assert core_told(text, WED) == [
        ("call", "occurred", "2024-09-23", None),
        ("call", "occurred", "2024-09-24", None),
    ]


def test_and_on_a_topic_after_a_call_is_no_second_call() -> None:
    text = (
        "On Monday she spoke with the chancellor of Austria about energy, and on the gas "
        "pipeline with the president of Slovenia."
    )
    assert core_told(text, WED) == [("call", "occurred", "2024-09-23", None)]


def test_a_second_stop_before_a_purpose_in_a_briefing_is_a_visit_of_its_own() -> None:
    text = (
        "SPOKESPERSON: Good afternoon. The Deputy Secretary will visit Manila on Monday and "
        "Hanoi on Tuesday to review maritime cooperation."
    )
    assert core_told(text, WED) == [
        ("visit", "announced", "2024-09-30", "Manila"),
        ("visit", "announced", "2024-10-01", "Hanoi"),
    ]


def test_a_second_meeting_after_the_and_of_a_title_and_before_the_source() -> None:
    text = (
        "PRAGUE, Sept 25 (Wire) - In Vienna on Thursday the minister is due to meet the "
        "Commissioner for Energy and Climate of the Danube Commission, and in Bratislava on "
        "Friday the Slovak prime minister, the ministry said."
    )
    assert ("meeting", "announced", "2024-09-27", "Bratislava") in core_told(text, WED)


# --- the second stop of a gapped part -------------------------------------------------------------


def test_a_second_stop_opened_by_in_in_a_ministry_release_is_a_visit_and_a_meeting() -> None:
    text = (
        "In Ankara on 7 and 8 October she will hold talks with the Foreign Minister of "
        "Turkey, and in Baku on 9 October with the Foreign Minister of Azerbaijan."
    )
    assert core_told(text, WED) == [
        ("meeting", "announced", "2024-10-07", "Ankara"),
        ("meeting", "announced", "2024-10-09", "Baku"),
        ("visit", "announced", "2024-10-07", "Ankara"),
        ("visit", "announced", "2024-10-09", "Baku"),
    ]


def test_a_second_stop_in_a_readout_of_a_past_tour_is_a_visit_and_a_meeting() -> None:
    text = (
        "In Hanoi on Monday the envoy met the deputy foreign minister, and in Vientiane on "
        "Tuesday the Lao foreign minister, the embassy said in a readout."
    )
    assert core_told(text, WED) == [
        ("meeting", "occurred", "2024-09-23", "Hanoi"),
        ("meeting", "occurred", "2024-09-24", "Vientiane"),
        ("visit", "occurred", "2024-09-23", "Hanoi"),
        ("visit", "occurred", "2024-09-24", "Vientiane"),
    ]


def test_a_second_meeting_in_the_same_city_is_no_second_stop() -> None:
    text = (
        "In Hanoi on Monday the envoy met the deputy foreign minister, and in Hanoi on "
        "Tuesday the minister of trade."
    )
    assert [e for e in core_told(text, WED) if e[0] == "visit"] == [
        ("visit", "occurred", "2024-09-23", "Hanoi")
    ]


# --- a trip's errand to see someone ---------------------------------------------------------------


def test_to_see_the_northern_commander_after_a_flight_in_a_wire_is_a_meeting() -> None:
    text = (
        "The mediator is expected to fly on to Gulu on Friday to see the northern commander "
        "of the rebel forces, aides said."
    )
    meeting = the_one_told(text, WED, "meeting", "to see the northern")
    assert [meeting["status"], meeting["date_start"], meeting["place_name"]] == [
        "announced",
        "2024-09-27",
        "Gulu",
    ]


def test_due_in_a_city_to_see_the_president_in_a_dispatch_is_a_visit_and_a_meeting() -> None:
    text = "The envoy is due in Bamako on Saturday to see Mali's interim president."
    assert core_told(text, WED) == [
        ("meeting", "announced", "2024-09-28", "Bamako"),
        ("visit", "announced", "2024-09-28", "Bamako"),
    ]


def test_to_see_exhibits_or_how_a_plan_works_is_no_meeting() -> None:
    for errand in ("to see the new exhibits", "to see how the president's plan works"):
        text = f"The minister flew to Mombasa on Monday {errand}."
        assert core_told(text, WED) == [("visit", "occurred", "2024-09-23", "Mombasa")]


# --- meets someone named by an office -------------------------------------------------------------


def test_a_timeline_entry_in_the_present_meeting_the_secretary_of_state_is_a_meeting() -> None:
    text = (
        "Timeline of the talks\n"
        "March 4, 2019 - Sudan's prime minister meets the U.S. secretary of state in Washington "
        "to discuss sanctions."
    )
    assert core_told(text, WED) == [("meeting", "occurred", "2019-03-04", "Washington")]


def test_travels_and_meets_the_rebel_commander_in_a_chronology_is_a_visit_and_a_meeting() -> None:
    text = (
        "Chronology of the peace process\n"
        "June 20, 2015 - The government and the rebel coalition sign a peace accord in Bamako.\n"
        "Nov. 2, 2017 - Mali's president travels to Kidal and meets the rebel commander for "
        "the first time."
    )
    told = core_told(text, WED)
    assert ("meeting", "occurred", "2017-11-02", "Kidal") in told
    assert ("visit", "occurred", "2017-11-02", "Kidal") in told


def test_a_caption_meeting_his_counterpart_is_a_meeting() -> None:
    text = "Photo 2: The foreign minister meets his Kenyan counterpart in Nairobi on Monday."
    event = the_one_told(text, WED, "meeting", "meets his Kenyan")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-23",
        "Nairobi",
    )


def test_meets_the_needs_or_the_criteria_is_no_meeting() -> None:
    for thing in ("the needs of its members", "the criteria set by the ministers"):
        text = f"The new terminal in Mombasa meets {thing}, the port authority said on Monday."
        assert core_told(text, WED) == []


# --- a guest welcomed to a place ------------------------------------------------------------------


def test_looked_forward_to_welcoming_a_leader_to_a_capital_in_a_readout_is_a_visit() -> None:
    text = (
        "The Minister said she looked forward to welcoming Chile's President to Canberra on "
        "October 16 for the leaders' dialogue."
    )
    visit = the_one_told(text, WED, "visit", "welcoming Chile's")
    assert (visit["status"], visit["date_start"], visit["place_name"]) == (
        "announced",
        "2024-10-16",
        "Canberra",
    )


def test_welcomed_the_emir_to_the_capital_in_a_palace_release_is_a_visit_and_a_meeting() -> None:
    text = "AMMAN (Agency) - His Majesty the King welcomed the Emir of Qatar to Amman on Monday."
    told = core_told(text, WED)
    assert ("visit", "occurred", "2024-09-23", "Amman") in told
    assert ("meeting", "occurred", "2024-09-23", "Amman") in told


def test_welcomed_to_a_building_or_a_decision_welcomed_is_no_visit() -> None:
    for text in (
        "The Chancellor welcomed the Prime Minister of Ireland to the Chancellery on Monday.",
        "The premier welcomed the Swedish Prime Minister to Government House on Monday.",
        "The minister welcomed the decision to extend the mission on Monday.",
    ):
        assert [e for e in core_told(text, WED) if e[0] == "visit"] == []
