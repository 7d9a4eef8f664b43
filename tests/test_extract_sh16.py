"""Sentences that state two or more events where the extractor gave only one (round sixteen,
shared).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
readout, ministry release, transcript), with near-misses that must not fire:

* guests counted and met one by one ("met both delegations separately", "saw the two leaders
  separately", "telephoned the two prime ministers separately", "held separate talks with the
  three presidents"): one meeting or call each; not "met the two leaders" without such a word,
  nor "the two presidents met separately" (no guests after the verb);
* a meeting with someone else told after "before" or "after" ("met the foreign minister on
  Tuesday morning, before an audience with the King", "Before talks with the speaker, the envoy
  met …"): a second meeting; not "before a working lunch with him", "after the talks with …"
  (told as known) nor "sought an audience with the King" (a request);
* a second stop told without its verb before the trip's purpose ("to Quito on Monday and Lima
  on Tuesday for bilateral talks"): a visit there too, and the talks at each stop; not a purpose
  that is no talks ("for the opening of the new embassy");
* a "where" clause after a second stop with its own day ("and to Beirut on Friday, where he will
  meet …", "and to Podgorica on Tuesday, where she was received by …"): the meeting is at that
  stop on that day, in the trip's tense; "was in Valletta on Monday, where he met …" stays past;
* a stay told by where a trip began, with its business still ahead ("will fly to Amman from
  Cairo, where he is due to meet …") or earlier in the day ("from Skopje, where earlier in the
  day he had talks with …"): a visit there too.
"""

from __future__ import annotations

from tests.conftest import core_told

WED = "2024-09-25"  # a Wednesday


# --- guests counted and met one by one ----------------------------------------------------------


def test_both_delegations_met_separately_in_a_wire_story_are_two_meetings() -> None:
    text = (
        "GENEVA (Reuters) - The Norwegian mediator met both delegations separately on Monday "
        "before the formal round opened, a spokeswoman said."
    )
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-23", "Geneva")] * 2


def test_the_two_leaders_seen_separately_in_a_readout_are_two_meetings_there() -> None:
    text = "In Belgrade on 12 March, the Special Envoy met the two leaders separately."
    assert core_told(text, "2024-03-20") == [
        ("meeting", "occurred", "2024-03-12", "Belgrade"),
        ("meeting", "occurred", "2024-03-12", "Belgrade"),
        ("visit", "occurred", "2024-03-12", "Belgrade"),
    ]


def test_three_presidents_in_separate_talks_in_a_ministry_release_are_three_meetings() -> None:
    text = "The Minister held separate talks with the three presidents on Monday in Abuja."
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-23", "Abuja")] * 3


def test_the_two_prime_ministers_telephoned_separately_are_two_calls() -> None:
    text = (
        "On Sunday the Chancellor telephoned the two prime ministers separately to urge them to "
        "keep the ceasefire, her office said."
    )
    assert core_told(text, WED) == [("call", "occurred", "2024-09-22", None)] * 2


def test_both_leaders_phoned_separately_in_a_transcript_are_two_calls() -> None:
    text = "HOST: And the president phoned both leaders separately yesterday evening?"
    assert len(core_told(text, WED)) in (0, 2)  # a question: at most the two calls
    text = "SPOKESMAN: The president phoned both leaders separately yesterday evening."
    assert core_told(text, WED) == [("call", "occurred", "2024-09-24", None)] * 2


def test_the_two_leaders_met_together_stay_one_meeting() -> None:
    text = "The envoy met the two leaders in Nicosia on Monday for a working dinner."
    assert [t for t in core_told(text, WED) if t[0] == "meeting"] == [
        ("meeting", "occurred", "2024-09-23", "Nicosia")
    ]


def test_the_two_leaders_telephoned_without_a_word_of_turn_stay_one_call() -> None:
    text = "The chancellor telephoned the two leaders on Sunday to urge calm."
    assert core_told(text, WED) == [("call", "occurred", "2024-09-22", None)]


def test_leaders_who_met_separately_with_no_guest_after_the_verb_stay_one_meeting() -> None:
    text = "The two presidents met separately on Monday with the mediator."
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-23", None)]


# --- a second meeting after "before" or "after" ---------------------------------------------------


def test_an_audience_with_the_king_after_talks_in_a_broadcaster_piece_is_a_second_meeting() -> None:
    text = (
        "The foreign secretary met Jordan's foreign minister early on Tuesday, before an "
        "audience with the King at the palace."
    )
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-24", None)] * 2


def test_an_audience_told_first_in_a_ministry_release_is_a_meeting_of_its_own() -> None:
    text = (
        "Before an audience with the Sultan, the Minister of State met his Omani counterpart in "
        "Muscat on Tuesday."
    )
    meetings = [t for t in core_told(text, WED) if t[0] == "meeting"]
    assert meetings == [("meeting", "occurred", "2024-09-24", "Muscat")] * 2


def test_talks_with_the_prime_minister_after_a_meeting_in_a_wire_story_are_two_meetings() -> None:
    text = (
        "WARSAW (AP) - The Ukrainian foreign minister met his Polish counterpart on Monday "
        "before talks with the prime minister, officials said."
    )
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-23", "Warsaw")] * 2


def test_an_announced_meeting_after_an_audience_in_a_media_note_is_a_second_one() -> None:
    text = (
        "On Friday the Deputy Secretary will meet the Prime Minister, after a private audience "
        "with the Pope."
    )
    assert core_told(text, WED) == [("meeting", "announced", "2024-09-27", None)] * 2


def test_a_working_lunch_with_the_same_partner_stays_one_meeting() -> None:
    text = "The minister met his Jordanian counterpart on Tuesday before a working lunch with him."
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-24", None)]


def test_talks_told_as_known_after_a_meeting_stay_one_meeting() -> None:
    text = "The envoy met the foreign minister on Monday, after the talks with the president."
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-23", None)]


def test_an_audience_sought_is_no_meeting() -> None:
    text = "The opposition leader sought an audience with the King on Monday, aides said."
    assert core_told(text, WED) == []


# --- a second stop told without its verb, before the trip's purpose -----------------------------


def test_a_second_stop_before_for_talks_in_a_calendar_is_a_visit_and_a_meeting_there() -> None:
    text = "The foreign minister flies to Quito on Monday and Lima on Tuesday for bilateral talks."
    assert core_told(text, "2024-09-22") == [
        ("meeting", "announced", "2024-09-23", "Quito"),
        ("meeting", "announced", "2024-09-24", "Lima"),
        ("visit", "announced", "2024-09-23", "Quito"),
        ("visit", "announced", "2024-09-24", "Lima"),
    ]


def test_a_second_stop_before_for_consultations_in_a_wire_story_is_a_visit_there() -> None:
    text = (
        "The UN envoy travelled to Kigali on Monday and Kampala on Wednesday for consultations "
        "on the peace plan, his office said."
    )
    visits = [t for t in core_told(text, "2024-09-27") if t[0] == "visit"]
    assert visits == [
        ("visit", "occurred", "2024-09-23", "Kigali"),
        ("visit", "occurred", "2024-09-25", "Kampala"),
    ]


def test_a_purpose_with_for_that_is_no_talks_leaves_a_dated_list_alone() -> None:
    text = "The minister will be in Accra on Monday for the opening of the new embassy."
    assert core_told(text, WED) == [("visit", "announced", "2024-09-30", "Accra")]


# --- a meeting in a "where" clause after a dated second stop -------------------------------------


def test_where_after_a_dated_second_stop_in_a_briefing_is_a_meeting_there_that_day() -> None:
    text = (
        "A: The minister will go to Amman on Thursday for consultations with his Jordanian "
        "counterpart, and to Beirut on Friday, where he will meet the speaker of parliament."
    )
    assert core_told(text, "2024-09-24") == [
        ("meeting", "announced", "2024-09-26", "Amman"),
        ("meeting", "announced", "2024-09-27", "Beirut"),
        ("visit", "announced", "2024-09-26", "Amman"),
        ("visit", "announced", "2024-09-27", "Beirut"),
    ]


def test_where_after_a_stop_dated_by_its_day_of_month_in_a_media_note() -> None:
    text = (
        "The Assistant Secretary will travel to Dakar on 3 October and to Bamako on 5 October, "
        "where she will hold talks with the transitional authorities."
    )
    meetings = [t for t in core_told(text, WED) if t[0] == "meeting"]
    assert meetings == [("meeting", "announced", "2024-10-05", "Bamako")]


def test_where_right_after_a_place_keeps_the_trip_day() -> None:
    text = (
        "The president will arrive in Lusaka on Thursday, where he will hold talks with the host."
    )
    assert core_told(text, WED) == [
        ("meeting", "announced", "2024-09-26", "Lusaka"),
        ("visit", "announced", "2024-09-26", "Lusaka"),
    ]


def test_where_after_a_past_stop_and_its_day_stays_a_past_meeting_that_day() -> None:
    text = (
        "The Libyan envoy was in Valletta on Monday, where he met Malta's prime minister to "
        "discuss migration, the agency reported."
    )
    assert core_told(text, WED) == [
        ("meeting", "occurred", "2024-09-23", "Valletta"),
        ("visit", "occurred", "2024-09-23", "Valletta"),
    ]


def test_where_after_two_dated_past_stops_meets_at_the_second_on_its_day() -> None:
    text = (
        "The commissioner flew to Tirana on Monday and to Podgorica on Tuesday, where she was "
        "received by Montenegro's president."
    )
    assert core_told(text, WED) == [
        ("meeting", "occurred", "2024-09-24", "Podgorica"),
        ("visit", "occurred", "2024-09-23", "Tirana"),
        ("visit", "occurred", "2024-09-24", "Podgorica"),
    ]


# --- a stay told by where a trip began, with business still ahead or earlier in the day ---------


def test_a_trip_from_a_city_where_a_meeting_is_due_is_an_announced_visit_there() -> None:
    text = (
        "The special envoy will fly to Amman late on Friday from Cairo, where he is due to meet "
        "Egyptian officials earlier in the day."
    )
    assert core_told(text, WED) == [
        ("meeting", "announced", "2024-09-27", "Cairo"),
        ("visit", "announced", "2024-09-27", "Amman"),
        ("visit", "announced", "2024-09-27", "Cairo"),
    ]


def test_an_arrival_from_a_city_where_talks_were_held_earlier_in_the_day_is_a_visit_there() -> None:
    text = (
        "SOFIA (Agency) - The Greek minister arrived here on Thursday evening from Skopje, where "
        "earlier in the day he had talks with the president."
    )
    visits = [t for t in core_told(text, WED) if t[0] == "visit"]
    assert ("visit", "occurred", "2024-09-19", "Skopje") in visits


def test_a_return_from_a_city_where_talks_will_resume_is_no_announced_visit() -> None:
    text = "The delegation returned on Sunday from Geneva, where talks will resume in October."
    visits = [t for t in core_told(text, WED) if t[0] == "visit"]
    assert visits == [("visit", "occurred", "2024-09-22", "Geneva")]
