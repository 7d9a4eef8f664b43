"""Wordings the rules did not read: sessions of a standing mechanism of two countries ("agreed
to hold the Joint Commission in Windhoek", "the policy dialogue would be held in Canberra"), and
how far a negation or a missing date reaches ("a commission, which has not met since 1990, will
convene"; "are expected to meet, though no date has been set").

Invented sentences only, in the styles of wires, readouts, ministry releases and broadcasters.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

FRI = dt.date(2025, 3, 14)  # a Friday
URL = "https://example.org/mechanisms"


def told(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, status, first day, last day, place) of each core candidate of ``text``."""
    return [
        (e["event_type"], e["status"], e["date_start"], e["date_end"], e["place_name"])
        for e in core_candidates(text, FRI, url=URL, statuses=CORE_STATUSES)
    ]


# --- a standing body held: the verb first ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "place"),
    [
        (
            "The two foreign ministers agreed to hold the next Joint Commission in Windhoek "
            "later this year.",
            "2025-03-15",
            "2025-12-31",
            "Windhoek",
        ),
        (
            "Both governments agreed to convene the 5th JPC in Colombo in June.",
            "2025-06-01",
            "2025-06-30",
            "Colombo",
        ),
        (
            "Kenya and Uganda agreed to hold the Joint Permanent Commission in Kampala before "
            "the end of the year.",
            "2025-03-14",
            "2025-12-31",
            "Kampala",
        ),
        (
            "Peru and Ecuador will hold their binational cabinet in Tumbes next Friday.",
            "2025-03-21",
            "2025-03-21",
            "Tumbes",
        ),
        (
            "Vietnam will host the 12th JCBC in Hanoi in October, the ministry said.",
            "2025-10-01",
            "2025-10-31",
            "Hanoi",
        ),
    ],
)
def test_holding_a_standing_body_is_an_announced_meeting(text, first, last, place):
    assert told(text) == [("meeting", "announced", first, last, place)]


# --- a standing body held: the body first, its session ahead -------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "place"),
    [
        (
            "The ministers said the 3rd Strategic Dialogue would be held in Canberra in the "
            "second half of the year.",
            "2025-07-01",
            "2025-12-31",
            "Canberra",
        ),
        (
            "The next Leaders' Retreat will be held in Kuala Lumpur in 2026, the statement said.",
            "2026-01-01",
            "2026-12-31",
            "Kuala Lumpur",
        ),
        (
            "The joint committee on border affairs is to convene in Hanoi in May.",
            "2025-05-01",
            "2025-05-31",
            "Hanoi",
        ),
        (
            "The inaugural India-Japan 2+2 Dialogue will be held in New Delhi on Thursday.",
            "2025-03-20",
            "2025-03-20",
            "New Delhi",
        ),
    ],
)
def test_a_standing_body_to_be_held_is_an_announced_meeting(text, first, last, place):
    assert told(text) == [("meeting", "announced", first, last, place)]


@pytest.mark.parametrize(
    "text",
    [
        "The court will hold the government accountable for the delay.",
        "Protesters vowed to hold the line in Nairobi on Monday.",
        "The commission will be held responsible for any losses, the minister said.",
        "The committee will hold a vote in Strasbourg on Tuesday.",
        "Lawmakers will hold the Election Commission to its promise.",
    ],
)
def test_holding_to_account_or_a_vote_is_no_meeting(text):
    assert told(text) == []


# --- how far a negation or a missing date reaches -------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A joint commission of Mali and Niger, which has not met since 1990, will convene "
            "in Niamey in May, the ministry said.",
            "Niamey",
        ),
        (
            "The two negotiating teams, who have never sat in one room, will meet in Geneva "
            "in May.",
            "Geneva",
        ),
    ],
)
def test_a_negation_in_an_aside_leaves_the_plan_an_event(text, place):
    assert told(text) == [("meeting", "announced", "2025-05-01", "2025-05-31", place)]


def test_no_date_set_after_a_firm_plan_leaves_an_undated_announced_meeting():
    text = (
        "The two leaders are expected to meet in Nicosia under UN auspices, though no date "
        "has been set."
    )
    assert told(text) == [("meeting", "announced", None, None, "Nicosia")]


@pytest.mark.parametrize(
    "text",
    [
        "The commission, which will meet in May, has not convened since 1990.",
        "Diplomats said the leaders did not meet in Geneva, though both were there.",
    ],
)
def test_a_negation_of_the_main_clause_still_counts(text):
    assert [t for t in told(text) if t[1] == "occurred"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed the next summit, for which no date has been fixed.",
        "Chile has offered to host the talks in Santiago, though no date has been set.",
    ],
)
def test_no_date_set_with_no_firm_plan_is_no_event(text):
    assert told(text) == []


# --- a habit told in a relative clause is its noun's ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "day", "place"),
    [
        (
            "Trade ministers of the bloc signed the protocol on services, which has been "
            "negotiated since 2019, in Gaborone on Monday.",
            "agreement",
            "2025-03-10",
            "Gaborone",
        ),
        (
            "The envoy held talks in Vilnius on Monday with the opposition leader, who has "
            "lived in exile since 2020.",
            "meeting",
            "2025-03-10",
            "Vilnius",
        ),
    ],
)
def test_a_habit_in_a_relative_clause_leaves_the_event(text, kind, day, place):
    assert told(text) == [(kind, "occurred", day, day, place)]


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers have met every year since 2019 in Geneva.",
        "The countries have signed such protocols regularly.",
    ],
)
def test_a_habit_of_the_event_itself_is_still_background(text):
    assert told(text) == []


# --- when two sides first or last met --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "place"),
    [
        (
            "The two foreign ministers first met under the new format in Ohrid in May 2019.",
            "2019-05-01",
            "2019-05-31",
            "Ohrid",
        ),
        (
            "The negotiators last met, with the AU envoy as mediator, in Addis Ababa on "
            "3 June 2021.",
            "2021-06-03",
            "2021-06-03",
            "Addis Ababa",
        ),
        (
            "The leaders had last met at a hotel in Vienna in March.",
            "2025-03-01",
            "2025-03-31",
            "Vienna",
        ),
    ],
)
def test_when_two_sides_first_or_last_met_is_a_meeting(text, first, last, place):
    assert told(text) == [("meeting", "occurred", first, last, place)]


# --- receptions and courtesy calls in more wordings ------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The visiting premier was then received by King Harald at the Royal Palace in Oslo.",
            "Royal Palace, Oslo",
        ),
        (
            "The delegation was subsequently welcomed by the Speaker of Parliament in Accra.",
            "Accra",
        ),
        ("She called on the Director-General of the WHO in Geneva on Monday.", "Geneva"),
    ],
)
def test_a_reception_or_courtesy_call_told_with_an_adverb_or_office(text, place):
    assert [(t[0], t[1], t[4]) for t in told(text)] == [("meeting", "occurred", place)]


def test_a_courtesy_call_in_the_present_with_a_day_ahead_is_announced():
    text = "Tomorrow the envoy calls on the Governor-General at Government House in Wellington."
    assert told(text) == [
        ("meeting", "announced", "2025-03-15", "2025-03-15", "Government House, Wellington")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister calls on the Director-General to resign.",
        "The opposition calls on the Speaker to step down.",
    ],
)
def test_an_appeal_in_the_present_is_no_meeting(text):
    assert told(text) == []


def test_an_arrival_at_the_airport_is_in_the_story_city():
    text = (
        "NAIROBI, March 14 (Wire) - Ethiopia's prime minister arrived at the airport on Friday "
        "morning for a two-day visit."
    )
    visits = [t for t in told(text) if t[0] == "visit"]
    assert [(t[1], t[2], t[4]) for t in visits] == [("occurred", "2025-03-14", "Nairobi")]


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "They also witnessed the exchange of a memorandum on fisheries in Apia on Tuesday.",
            "2025-03-11",
            "Apia",
        ),
        (
            "An exchange of letters on the new airport terminal was also completed in Suva on "
            "Monday.",
            "2025-03-10",
            "Suva",
        ),
    ],
)
def test_a_text_exchanged_is_an_agreement(text, day, place):
    assert told(text) == [("agreement", "occurred", day, day, place)]


def test_an_exchange_of_prisoners_is_no_agreement():
    assert told("The exchange of prisoners was completed on Monday.") == []


def test_a_stay_for_a_gathering_is_a_visit():
    text = "The Prime Minister is in Vientiane today for the 9th Laos-Vietnam Leaders' Retreat."
    visits = [t for t in told(text) if t[0] == "visit"]
    assert visits == [("visit", "occurred", "2025-03-14", "2025-03-14", "Vientiane")]


def test_a_team_in_a_city_for_a_final_is_no_visit():
    assert told("The team is in Paris for the final.") == []


def test_a_bilateral_held_with_no_partner_after_it_is_a_meeting():
    text = "The two prime ministers held a 20-minute bilateral on the sidelines in Apia on Monday."
    assert told(text) == [("meeting", "occurred", "2025-03-10", "2025-03-10", "Apia")]


def test_a_bilateral_trade_fair_is_no_meeting():
    assert told("The two countries held a bilateral trade fair in Lima on Monday.") == []
