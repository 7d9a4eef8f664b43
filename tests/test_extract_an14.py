"""Announced events dated by the words that tell their plan (round fourteen, announced events).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a relative clause after a planned event that tells when it is to take place ("the
  president's visit to Lima, which will take place in May", "talks in Geneva, which officials
  say will be held in the autumn"): that month or season is the event's date, while a clause
  about another thing (", which entered into force in 2006", ", which will host the summit in
  May") still dates nothing of the event;
* a quotation that is only a time phrase (accepted an invitation to visit Vienna "in the
  spring", a visit "later this month"): the writer's date of the plan, while quoted speech that
  tells an event stays speech;
* a plan for a quarter with no year told ("a second round is planned in Hanoi in the third
  quarter"): that quarter of the year of publication, or of the next once it is over, while a
  past event keeps its own day.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

THU = "2013-06-20"  # a Thursday


# --- a relative clause telling when the planned event takes place --------------------------------


def test_visit_which_will_take_place_in_a_month_in_a_wire_story() -> None:
    text = (
        "LIMA (Wire) - Peru's foreign minister on Thursday reviewed preparations for the "
        "Chilean president's visit to Lima, which will take place in October."
    )
    event = the_one_told(text, THU, "visit", "visit to Lima")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2013-10-01",
        "2013-10-31",
    )
    assert event["place_name"] == "Lima"


def test_visit_which_officials_say_will_take_place_in_a_season() -> None:
    text = (
        "The two ministers also discussed the prime minister's state visit to Hanoi, which "
        "officials say will take place in the autumn."
    )
    event = the_one_told(text, THU, "visit", "visit to Hanoi")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2013-09-01",
        "2013-11-30",
    )
    assert event["place_name"] == "Hanoi"


def test_visit_made_by_verb_phrase_which_is_expected_to_take_place_in_a_ministry_release() -> None:
    text = (
        "The Minister will make an official visit to Canberra, which is expected to take "
        "place in November, at the invitation of her Australian counterpart."
    )
    event = the_one_told(text, THU, "visit", "visit to Canberra")
    assert (event["status"], event["date_start"]) == ("announced", "2013-11-01")
    assert event["place_name"] == "Canberra"


def test_talks_which_are_due_to_be_held_in_a_month_in_an_agency_report() -> None:
    text = (
        "Officials are preparing a new round of talks between Armenia and Azerbaijan, which "
        "is due to be held in Geneva in September, the agency reported."
    )
    event = the_one_told(text, THU, "meeting", "round of talks")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2013-09-01",
        "2013-09-30",
    )


def test_clause_about_a_treaty_in_force_dates_nothing_of_the_talks() -> None:
    text = (
        "The ministers met in Quito on Tuesday and reviewed the trade agreement, which entered "
        "into force in 2006."
    )
    meeting = the_one_told(text, THU, "meeting", "met in Quito")
    assert meeting["date_start"] == "2013-06-18"


def test_clause_about_a_host_city_does_not_date_the_past_visit() -> None:
    text = "The president visited Santiago on Monday, which will host the summit in November."
    visit = the_one_told(text, THU, "visit", "visited Santiago")
    assert (visit["status"], visit["date_start"]) == ("occurred", "2013-06-17")


# --- a quotation that is only a time phrase -------------------------------------------------------


def test_accepted_invitation_with_a_quoted_season_in_a_wire_story() -> None:
    text = (
        "ZAGREB (Wire) - Croatia's prime minister said on Tuesday he had accepted an "
        'invitation to visit Vienna "in the autumn".'
    )
    event = the_one_told(text, THU, "visit", "visit Vienna")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2013-09-01",
        "2013-11-30",
    )
    assert event["place_name"] == "Vienna"


def test_visit_with_a_quoted_later_this_month_in_a_broadcaster_story() -> None:
    text = (
        "Ghana's president will travel to Abuja “later this month” for talks with the Nigerian "
        "leader, his spokesman told the broadcaster."
    )
    visit = the_one_told(text, THU, "visit", "travel to Abuja")
    assert (visit["status"], visit["date_start"], visit["date_end"]) == (
        "announced",
        "2013-06-21",
        "2013-06-30",
    )
    assert visit["place_name"] == "Abuja"


def test_quoted_speech_telling_an_event_stays_speech() -> None:
    text = 'The foreign minister said: "We will meet again in Lima in May and sign the treaty."'
    assert core_told(text, THU) == []


def test_quoted_title_with_a_time_word_stays_masked() -> None:
    text = 'The envoy called the reform "the talk of the year" in a post on Thursday.'
    assert core_told(text, THU) == []


# --- a plan for a quarter with no year told -------------------------------------------------------


def test_round_planned_in_a_quarter_in_a_week_in_review() -> None:
    text = (
        "Week in review: the first round of consultations closed in Manila on Tuesday. A "
        "second round is planned in Hanoi in the third quarter."
    )
    event = the_one_told(text, "1999-02-13", "meeting", "in Hanoi")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "1999-07-01",
        "1999-09-30",
    )
    assert event["place_name"] == "Hanoi"


def test_summit_in_a_quarter_already_over_is_next_years_in_a_wire_story() -> None:
    text = (
        "SINGAPORE (Wire) - Leaders of the bloc will hold their next summit in Jakarta in the "
        "first quarter, diplomats said."
    )
    event = the_one_told(text, "2013-11-14", "conference", "next summit")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2014-01-01",
        "2014-03-31",
    )


def test_quarter_of_an_economic_figure_does_not_date_a_past_meeting() -> None:
    text = (
        "The trade ministers met in Hanoi on Monday and noted that exports rose sharply in the "
        "third quarter."
    )
    assert core_told(text, "1999-11-13") == [("meeting", "occurred", "1999-11-08", "Hanoi")]
