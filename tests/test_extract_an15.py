"""Announced trips told by a departure, a visit's purpose or a weekday after a dated programme
(round fifteen, announced events).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a departure with its day before the trip's noun ("leaves on Friday for a four-day tour",
  "will leave on 3 May for an official visit", "is leaving on Monday for talks"): a plan, dated
  forward from publication, while a past departure ("left on Friday for a visit") and a present
  with no day stay as they were;
* a trip whose purpose is "to see" an official ("is due in Skopje on Sunday to see the
  country's president", "flew to Tripoli to see the interim minister"): a meeting beside the visit,
  in the trip's tense, while "to see whether …", "would like to see the president step down" and
  "to see the president's plan" are no meeting;
* a bare weekday of a trip abroad told after a dated summit elsewhere ("the presidents gather on
  22-23 May in Quito … The minister will continue on Saturday to Bogota"): read from publication,
  not moved inside the summit's days, while a next step of the programme ("then", "from there")
  and an event in the programme's country still follow it;
* the bare weekday of a planned stop listed after another ("will visit Quito on Wednesday and
  Lima on Friday", told on a Thursday): on or after the stop before it, while stops already in
  order and past stops keep their days;
* a trip told with where it starts before where it goes ("will fly from Almaty to Bishkek on
  Saturday", "will travel on from here to Panama City", "flew from Tunis to Tripoli"): a visit to
  the place after "to", while "from Monday to Wednesday" is a date, not an origin.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "1997-01-01"  # a Wednesday
THU = "2014-05-08"  # a Thursday


# --- a departure with its day before the trip's noun ----------------------------------------------


def test_leaves_on_a_weekday_for_a_tour_with_stops_in_a_wire_story() -> None:
    text = (
        "RIGA (Wire) - Latvia's foreign minister leaves on Friday for a three-day tour of the "
        "Caucasus, with stops in Tbilisi and Yerevan, the ministry said on Wednesday."
    )
    assert core_told(text, WED) == [
        ("visit", "announced", "1997-01-03", "Tbilisi"),
        ("visit", "announced", "1997-01-03", "Yerevan"),
    ]


def test_will_leave_on_a_weekday_for_a_visit_in_a_ministry_release() -> None:
    text = (
        "The Minister for Foreign Affairs will leave on Monday for an official visit to Oslo at "
        "the invitation of his Norwegian counterpart."
    )
    visit = the_one_told(text, THU, "visit", "official visit")
    assert (visit["status"], visit["date_start"]) == ("announced", "2014-05-12")
    assert visit["place_name"] == "Oslo"


def test_is_leaving_on_a_weekday_for_talks_in_a_broadcaster_story() -> None:
    text = "The prime minister is leaving on Saturday for talks in Lisbon, the broadcaster said."
    meeting = the_one_told(text, THU, "meeting", "talks in Lisbon")
    assert (meeting["status"], meeting["date_start"]) == ("announced", "2014-05-10")
    assert meeting["place_name"] == "Lisbon"


def test_left_on_a_weekday_for_a_visit_stays_in_the_past() -> None:
    text = "The defence minister left on Monday for a two-day visit to Vilnius."
    visit = the_one_told(text, THU, "visit", "two-day visit")
    assert (visit["status"], visit["date_start"], visit["date_end"]) == (
        "occurred",
        "2014-05-05",
        "2014-05-06",
    )


def test_leaves_office_is_no_departure() -> None:
    text = (
        "The ambassador, who leaves office on Friday, paid a farewell visit to Tallinn on Tuesday."
    )
    visit = the_one_told(text, THU, "visit", "farewell visit")
    assert (visit["status"], visit["date_start"]) == ("occurred", "2014-05-06")


# --- a trip whose purpose is to see an official ---------------------------------------------------


def test_due_in_a_city_to_see_a_countrys_president_in_a_wire_story() -> None:
    text = (
        "The mediator is due in Skopje on Saturday for a day, to see Macedonia's president, "
        "though aides warned the schedule could change."
    )
    assert core_told(text, THU) == [
        ("meeting", "announced", "2014-05-10", "Skopje"),
        ("visit", "announced", "2014-05-10", "Skopje"),
    ]


def test_expected_to_fly_on_to_see_a_commander_in_an_agency_report() -> None:
    text = (
        "The special envoy is expected to fly on to Erbil on Sunday to see the western "
        "commander who holds the border crossing, an agency spokesman said."
    )
    meeting = the_one_told(text, THU, "meeting", "to see the western")
    assert (meeting["status"], meeting["date_start"]) == ("announced", "2014-05-11")
    assert meeting["place_name"] == "Erbil"


def test_flew_to_a_city_to_see_a_minister_in_a_digest() -> None:
    text = (
        "In brief: the Swiss envoy flew to Tripoli on Monday to see the interim foreign "
        "minister about detained workers."
    )
    meeting = the_one_told(text, THU, "meeting", "to see the interim")
    assert (meeting["status"], meeting["date_start"]) == ("occurred", "2014-05-05")
    assert meeting["place_name"] == "Tripoli"


def test_to_see_a_named_king_in_a_readout() -> None:
    text = "The Secretary will travel to Amman on Tuesday to see King Abdullah."
    meeting = the_one_told(text, THU, "meeting", "to see King")
    assert (meeting["status"], meeting["date_start"], meeting["place_name"]) == (
        "announced",
        "2014-05-13",
        "Amman",
    )


def test_to_see_whether_or_a_wish_is_no_meeting() -> None:
    for text in (
        "The envoy will travel to Sofia on Monday to see whether a deal is possible.",
        "The opposition would like to see the president step down before the vote.",
        "Reporters in Sofia asked to see the president's plan on Monday.",
        "Voters in Sofia hope to see the prime minister re-elected.",
    ):
        assert not any(kind == "meeting" for kind, *_ in core_told(text, THU)), text


# --- a weekday of a trip abroad told after a dated summit elsewhere -------------------------------


def test_weekday_of_a_trip_abroad_after_a_summit_is_read_from_publication() -> None:
    text = (
        "QUITO, 8 May (Agency) - Andean presidents will meet on 22 and 23 May in the Ecuadorian "
        "capital for their annual summit, the foreign ministry said.\n"
        "The Peruvian foreign minister will continue on Saturday to Bogota, where she will hold "
        "talks with her Colombian counterpart, sources said."
    )
    visit = the_one_told(text, THU, "visit", "continue on Saturday")
    assert (visit["status"], visit["date_start"], visit["place_name"]) == (
        "announced",
        "2014-05-10",
        "Bogotá",
    )


def test_weekday_in_the_programmes_own_country_still_follows_it() -> None:
    text = (
        "NAIROBI (Wire) - The German president will pay a state visit to Kenya from 19 to 22 "
        "May, his office said.\n"
        "On Wednesday he will fly to Mombasa to see the port."
    )
    visit = the_one_told(text, THU, "visit", "fly to Mombasa")
    assert (visit["status"], visit["date_start"]) == ("announced", "2014-05-21")


def test_weekday_of_a_next_country_after_a_trips_own_programme_still_follows_it() -> None:
    text = (
        "WINDHOEK (Wire) - The Dutch trade minister will arrive in Windhoek on Monday, 19 May, "
        "for a two-day stay, the ministry said.\n"
        "On Tuesday she will fly to Gaborone to open a trade fair."
    )
    visit = the_one_told(text, THU, "visit", "fly to Gaborone")
    assert (visit["status"], visit["date_start"]) == ("announced", "2014-05-20")


# --- the bare weekday of a stop listed after another ----------------------------------------------


def test_second_stops_weekday_follows_the_first_in_a_briefing() -> None:
    text = (
        "MR. SPOKESMAN: The Secretary will visit Quito on Wednesday and Lima on Friday, the "
        "department's travel office said this morning."
    )
    told = core_told(text, THU)
    assert ("visit", "announced", "2014-05-14", "Quito") in told
    assert ("visit", "announced", "2014-05-16", "Lima") in told


def test_stop_on_the_weekday_of_publication_is_next_weeks_in_a_media_note() -> None:
    text = "The Deputy Secretary will be in Vilnius on Tuesday and in Riga on Thursday."
    told = core_told(text, THU)
    assert ("visit", "announced", "2014-05-13", "Vilnius") in told
    assert ("visit", "announced", "2014-05-15", "Riga") in told


def test_stops_already_in_order_keep_their_days() -> None:
    text = "The minister will visit Dakar on Friday and Bamako on Saturday, her office said."
    told = core_told(text, THU)
    assert ("visit", "announced", "2014-05-09", "Dakar") in told
    assert ("visit", "announced", "2014-05-10", "Bamako") in told


def test_past_stops_keep_their_days() -> None:
    text = "The minister visited Dakar on Wednesday and Bamako on Monday, her office said."
    told = core_told(text, THU)
    assert ("visit", "occurred", "2014-05-07", "Dakar") in told
    assert ("visit", "occurred", "2014-05-05", "Bamako") in told


# --- a trip told with where it starts before where it goes ----------------------------------------


def test_will_travel_on_from_here_to_a_city_in_a_live_blog() -> None:
    text = (
        "14:05 - Mexico's president will travel on from here to Panama City on Sunday and then "
        "to San Jose on Tuesday, his spokeswoman told us."
    )
    told = core_told(text, THU)
    assert ("visit", "announced", "2014-05-11", "Panama City") in told


def test_will_fly_from_one_city_to_another_for_talks_in_an_agency_report() -> None:
    text = (
        "On Saturday the minister will fly from Almaty to Bishkek for talks with the Kyrgyz "
        "president, the agency reported."
    )
    visit = the_one_told(text, THU, "visit", "fly from Almaty")
    assert (visit["status"], visit["date_start"], visit["place_name"]) == (
        "announced",
        "2014-05-10",
        "Bishkek",
    )
    meeting = the_one_told(text, THU, "meeting", "fly from Almaty")
    assert (meeting["status"], meeting["place_name"]) == ("announced", "Bishkek")


def test_flew_from_one_city_to_another_in_a_wire_story() -> None:
    text = "The envoy flew from Tunis to Tripoli on Monday, a UN spokesman said."
    visit = the_one_told(text, THU, "visit", "flew from Tunis")
    assert (visit["status"], visit["date_start"], visit["place_name"]) == (
        "occurred",
        "2014-05-05",
        "Tripoli",
    )


def test_from_a_day_to_a_day_is_no_origin() -> None:
    text = "The minister will stay in Accra from Monday to Wednesday for talks."
    visit_places = [p for kind, _, _, p in core_told(text, THU) if kind == "visit"]
    assert "Wednesday" not in visit_places
