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
