"""Places of events whose sentence names no venue of their own, or a place that is no venue.

Each kind is tested on sentences invented for the test: a session of the Security Council told
with its agenda ("to consider the question of Chad") sits in New York, its closed consultations
"following the open meeting" are held that day, and other councils keep their own places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

THU = dt.date(2023, 3, 9)  # a Thursday
URL = "https://example.org/pl11"


def core(text: str, published: dt.date = THU) -> list[dict]:
    return core_candidates(text, published, url=URL)


def of_type(found: list[dict], kind: str, words: str) -> dict:
    picked = [e for e in found if e["event_type"] == kind and words in e["source_quote"]]
    assert len(picked) == 1, found
    return picked[0]


# --- sessions of the Security Council ---------------------------------------------------------

SUMMARY = (
    "Security Council\n\nCOUNCIL TOLD OF FRAGILE TRUCE IN THE NORTH\n\n"
    "The Security Council met this afternoon to take up the question of Chad, hearing a "
    "briefing by the head of the regional office.\n\n"
    "The envoy said she had held talks with the foreign minister of Niger in Niamey on "
    "2 March about the refugee corridor.\n\n"
    "The Council last considered the situation in the country in January, when it renewed "
    "the office's mandate.\n\n"
    "Following the open meeting, members of the Council held closed consultations on the office.\n"
)


def test_the_council_meeting_on_a_country_sits_in_new_york():
    found = core(SUMMARY)
    event = of_type(found, "conference", "met this afternoon")
    assert (event["place_name"], event["country_code"], event["date_start"]) == (
        "New York",
        "US",
        "2023-03-09",
    )


def test_the_council_alone_is_the_security_council_of_the_summary():
    found = core(SUMMARY)
    event = of_type(found, "conference", "last considered")
    assert (event["place_name"], event["date_start"]) == ("New York", "2023-01-01")


def test_closed_consultations_after_the_open_meeting_are_held_that_day_in_new_york():
    found = core(SUMMARY)
    event = of_type(found, "conference", "closed consultations")
    assert (event["place_name"], event["date_start"], event["status"]) == (
        "New York",
        "2023-03-09",
        "occurred",
    )
    talks = of_type(found, "meeting", "Niamey")
    assert (talks["place_name"], talks["date_start"]) == ("Niamey", "2023-03-02")


def test_members_meeting_as_the_council_is_told_something_sit_in_new_york():
    text = (
        "Security Council\n\n"
        "The truce was fragile, the envoy told the Security Council this afternoon, while members "
        "met to weigh the Secretary-General's report on Yemen.\n"
    )
    event = of_type(core(text), "conference", "members met")
    assert (event["place_name"], event["date_start"]) == ("New York", "2023-03-09")


def test_the_council_meeting_in_a_named_city_stays_there():
    text = (
        "Security Council\n\n"
        "The Security Council met in Nairobi on Tuesday to consider the situation in Sudan.\n"
    )
    event = of_type(core(text), "conference", "Nairobi")
    assert (event["place_name"], event["country_code"]) == ("Nairobi", "KE")


def test_the_peace_and_security_council_is_not_placed_in_new_york():
    text = (
        "The Peace and Security Council met on Tuesday in Addis Ababa to consider the crisis "
        "in Sudan.\n"
    )
    event = of_type(core(text), "conference", "Peace and Security Council")
    assert event["place_name"] == "Addis Ababa"


def test_another_council_of_the_article_keeps_its_own_place():
    text = (
        "The Human Rights Council opened its session in Geneva on Monday. The Security Council "
        "later adopted a text. On Tuesday the Council held an interactive dialogue on Eritrea.\n"
    )
    for event in core(text):
        assert event["place_name"] != "New York", event


def test_telling_the_council_of_a_meeting_is_no_council_session():
    text = (
        "Security Council\n\n"
        "The envoy told the Council that he had met the president of Mali in Bamako on "
        "Friday.\n"
    )
    event = of_type(core(text), "meeting", "Bamako")
    assert (event["place_name"], event["date_start"]) == ("Bamako", "2023-03-03")


# --- a place's name ending in another place's name ---------------------------------------------


def test_a_crossing_named_after_a_foreign_town_is_no_venue_in_that_town():
    text = (
        "SKOPJE, March 8 - The two ministers signed a protocol on the Livadhi Thane crossing "
        "point on Wednesday.\n"
    )
    event = of_type(core(text), "agreement", "Livadhi Thane")
    assert (event["place_name"], event["country_code"]) == ("Skopje", "MK")


def test_a_name_ending_in_a_town_name_is_not_that_town_without_a_dateline():
    event = of_type(core("The envoys met at Livadhi Thane on Monday.\n"), "meeting", "envoys")
    assert event["country_code"] != "IN"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The president met the governor in Greater Cairo on Monday.", "Cairo"),
        ("The envoys met in Southwestern Nigeria on Monday.", "Nigeria"),
        ("The envoys met in Occupied Jerusalem on Monday.", "Jerusalem"),
        ("The minister held talks in Northern Cyprus on Monday.", "Cyprus"),
    ],
)
def test_a_part_of_a_place_is_that_place(sentence, place):
    event = of_type(core(sentence + "\n"), "meeting", "Monday")
    assert event["place_name"] == place


# --- a place carried from the sentence just before ---------------------------------------------

WEEK = (
    "Minister for Trade - Week in Review\n6 to 10 March 2023\n\n"
    "Monday 6 March\nThe Minister travelled to Jakarta, where she met the Indonesian trade "
    "minister to discuss the nickel supply chain.\n\n"
    "Wednesday 8 March\nThe Minister received the Chilean Foreign Minister in Perth for the first "
    "round of the mining dialogue. The two ministers signed a memorandum on critical minerals.\n"
)


def test_a_signing_after_a_meeting_in_another_city_that_day_is_in_that_city():
    found = core(WEEK, dt.date(2023, 3, 10))
    event = of_type(found, "agreement", "memorandum")
    assert (event["place_name"], event["date_start"]) == ("Perth", "2023-03-08")


def test_a_signing_told_in_the_next_paragraph_does_not_take_the_meeting_city():
    text = WEEK.replace("dialogue. The two", "dialogue.\n\nWednesday 8 March\nThe two")
    found = core(text, dt.date(2023, 3, 10))
    event = of_type(found, "agreement", "memorandum")
    assert event["place_name"] != "Perth"


# --- a release's closing place line ------------------------------------------------------------

RELEASE = (
    "REPUBLIC OF MALI\nMINISTRY OF FOREIGN AFFAIRS\n\nPRESS RELEASE\n\n"
    "The Minister of Foreign Affairs received this Thursday 9 March 2023, in his office at the "
    "Ministry, his Guinean counterpart, who is on a two-day working visit.\n\n"
    "After their talks, the two Ministers signed a memorandum on the transit of goods.\n\n"
    "Done at Bamako, 9 March 2023\nThe Press Service\n"
)


def test_a_closing_done_at_line_places_the_release_in_its_city():
    found = core(RELEASE)
    event = of_type(found, "agreement", "memorandum")
    assert (event["place_name"], event["date_start"]) == ("Bamako", "2023-03-09")


@pytest.mark.parametrize(
    "closing",
    [
        "The ministers said the work was done at Bamako, 9 March 2023, by both teams.\n",
        "Done at Bamako\nThe Press Service\n",
        "Made in Mali, 9 March 2023\n",
    ],
)
def test_other_closing_lines_give_no_place(closing):
    text = RELEASE.replace("Done at Bamako, 9 March 2023\nThe Press Service\n", closing)
    event = of_type(core(text), "agreement", "memorandum")
    assert event["place_name"] != "Bamako"


# --- the host of another gathering -------------------------------------------------------------


def test_the_host_of_a_summit_talked_about_is_not_the_meetings_place():
    text = (
        "ACCRA, March 9 (Agency) - The Ghanaian president on Tuesday held a separate meeting "
        "with the head of the regional bank to discuss funding for the trade summit that "
        "Lomé is to host in May.\n"
    )
    event = of_type(core(text), "meeting", "separate meeting")
    assert (event["place_name"], event["date_start"]) == ("Accra", "2023-03-07")


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders will attend the trade summit, which Lomé is to host in May.",
        "The ministers prepared the summit that Lomé will host in May.",
    ],
)
def test_the_host_of_the_gathering_itself_is_its_place(sentence):
    event = of_type(core(sentence + "\n"), "conference", "summit")
    assert event["place_name"] == "Lomé"


# --- the first of a series told after a comma --------------------------------------------------


def test_the_first_of_a_series_after_a_comma_is_at_the_place_that_follows():
    text = "The two presidents agreed to hold annual talks, the first in Lima next May.\n"
    event = of_type(core(text), "meeting", "annual talks")
    assert (event["place_name"], event["status"], event["date_start"]) == (
        "Lima",
        "announced",
        "2023-05-01",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders held talks on Monday, the first in three years.",
        "The two leaders held talks on Monday, the first in March since 2019.",
    ],
)
def test_the_first_of_a_kind_without_a_place_gives_none(sentence):
    event = of_type(core(sentence + "\n"), "meeting", "held talks")
    assert event["place_name"] is None
