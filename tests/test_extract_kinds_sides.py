"""How many sides a gathering has, read from the article rather than the sentence alone.

Invented sentences only: "X and his <demonym> counterpart ... after their annual leaders'
meeting" is two sides (a meeting); a lead that tells of many countries makes the group's later
"the ministers met", "it last met" and "the ministers' next meeting" a conference.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/sides"


def kinds(text: str) -> list[str]:
    return sorted(e["event_type"] for e in core_candidates(text, WED, url=URL))


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, Sept 10 (Wire) - Norway's prime minister and his Danish counterpart opened a new "
        "ferry line on Tuesday, after their annual leaders' meeting at the Storting in Oslo.",
        "Chile's president and her Argentine counterpart agreed on Monday to share water data "
        "after their yearly leaders' meeting in Santiago.",
    ],
)
def test_leader_and_counterpart_meet_as_two_sides(text: str) -> None:
    assert kinds(text) == ["meeting"]


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        (
            "Trade ministers from the four Andean countries agreed in Lima this week to cut "
            "tariffs on medicines.",
            "The ministers met on Monday and Tuesday at the Peruvian trade ministry.",
        ),
        (
            "Health ministers from six Caribbean states pledged in Bridgetown on Tuesday to "
            "share vaccine stocks.",
            "It last met in Kingston in 2019.",
        ),
        (
            "Energy ministers from the five Central Asian countries agreed in Almaty on Tuesday "
            "to link their grids.",
            "Kyrgyzstan will host the ministers' next meeting in Bishkek in the spring.",
        ),
    ],
)
def test_group_of_many_countries_meets_as_conference(lead: str, later: str) -> None:
    assert "conference" in kinds(f"{lead}\n\n{later}")
    assert "meeting" not in kinds(f"{lead}\n\n{later}")


def test_two_country_lead_keeps_the_group_meeting() -> None:
    text = (
        "The foreign ministers of Peru and Chile agreed in Lima on Tuesday to reopen a border "
        "crossing.\n\nThe ministers met on Monday at the Peruvian foreign ministry."
    )
    assert "meeting" in kinds(text)
    assert "conference" not in kinds(text)
