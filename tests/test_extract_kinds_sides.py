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


# --- texts the sides put out together --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana and Togo signed four MoUs in Accra on Tuesday in the presence of both presidents.",
        "The mayor and the ambassador signed a letter of intent in Cusco on Tuesday.",
        "Chile and Peru issued a joint declaration in Lima on Tuesday on fisheries.",
        "In a joint statement released in Oslo after Tuesday's session, the five states urged "
        "restraint.",
        "The meeting in Dakar ended on Tuesday with the signature of a convention on extradition.",
        "The summit in Lusaka closed on Tuesday with a final communiqué, adopted by all members.",
    ],
)
def test_texts_put_out_together_are_agreements(sentence: str) -> None:
    assert "agreement" in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A new summit is planned in Rabat next year, the final communiqué said.",
        "The mayor said on Tuesday that the bridge would reopen in Cusco.",
    ],
)
def test_a_quoted_communique_is_no_agreement(sentence: str) -> None:
    assert "agreement" not in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday Mr. Paulo Reis, Minister of Trade of Brazil, held a Trade Ministers' Meeting "
        "with Ms. Ana Lopes, Minister of Trade of Portugal, in Lisbon.",
        "The Finance Ministers' Meeting with Dr. Kofi Mensah, Ghana's finance minister, took "
        "place in Accra on Tuesday.",
    ],
)
def test_ministers_meeting_with_one_person_is_two_sides(sentence: str) -> None:
    assert kinds(sentence) == ["meeting"]
