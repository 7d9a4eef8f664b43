"""Second events of a sentence: a trip and the work with the other side it is for.

Invented sentences in several outlet styles; each asserts the candidates' type, day, place and
status.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

PUBLISHED = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire: a past trip with its working purpose and the other side's officials
        (
            "Ghana's deputy foreign minister flew to Lomé on Monday to settle the agenda with "
            "Togolese officials, the ministry said.",
            [
                ("meeting", "occurred", "2024-05-13", "Lomé"),
                ("visit", "occurred", "2024-05-13", "Lomé"),
            ],
        ),
        # readout: an announced trip to continue talks already under way
        (
            "The Special Envoy will travel to Muscat next week to continue discussions with "
            "Omani officials on shipping.",
            [
                ("meeting", "announced", "2024-05-20", "Muscat"),
                ("visit", "announced", "2024-05-20", "Muscat"),
            ],
        ),
        # broadcaster: "due in" a city on a day, to prepare a summit with a counterpart
        (
            "Chile's foreign minister is due in Montevideo on Friday to prepare the summit "
            "with his Uruguayan counterpart.",
            [
                ("meeting", "announced", "2024-05-17", "Montevideo"),
                ("visit", "announced", "2024-05-17", "Montevideo"),
            ],
        ),
        # agency: a follow-up with the authorities of the place
        (
            "The railway envoy went to Bishkek last week to follow up with the Kyrgyz "
            "authorities on the tariff.",
            [
                ("meeting", "occurred", "2024-05-06", "Bishkek"),
                ("visit", "occurred", "2024-05-06", "Bishkek"),
            ],
        ),
    ],
)
def test_trip_with_working_purpose_is_also_a_meeting(text: str, expected: list) -> None:
    assert core_told(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no trip: a promise to work with the other side
        "The minister agreed to review the plan with Bolivian officials before the vote.",
        # the partner is no other side
        "The coach flew to Madrid on Sunday to celebrate with fans.",
        "The airline's chief executive travelled to Seattle to finalise a contract with Boeing.",
        # a purpose with no one named
        "The envoy flew to Nairobi on Monday to prepare the report.",
    ],
)
def test_working_purpose_without_trip_or_side_is_no_meeting(text: str) -> None:
    assert [e for e in core_told(text, PUBLISHED) if e[0] == "meeting"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OSCE-style release: a round that ended with a named protocol
        (
            "The previous round, held in Prague in March 2023, ended with the adoption of the "
            "Prague Protocol on transport.",
            ("agreement", "occurred", "2023-03-01", "Prague"),
        ),
        # live blog: the declaration still ahead, dated by its own day
        (
            "The forum's plenary opens today and runs until tomorrow, with the ministers' "
            "declaration due to be adopted on Friday morning.",
            ("agreement", "announced", "2024-05-17", None),
        ),
        # wire: a named declaration with its participle after a comma
        (
            "ASTANA, May 15 (Wire) - The Astana Declaration, adopted by consensus on Tuesday "
            "evening, calls for new transit corridors.",
            ("agreement", "occurred", "2024-05-14", "Astana"),
        ),
    ],
)
def test_adopted_text_told_by_noun_or_passive_is_an_agreement(text: str, expected: tuple) -> None:
    assert expected in core_told(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Campaigners called for the adoption of a treaty on plastic waste.",
        "The city budget is due to be adopted on Friday.",
        "The council closed its session with the adoption of a resolution on fisheries.",
    ],
)
def test_adoption_of_other_texts_is_no_agreement(text: str) -> None:
    assert [e for e in core_told(text, PUBLISHED) if e[0] == "agreement"] == []


def test_met_local_authorities_after_a_trip_is_a_meeting() -> None:
    text = (
        "The envoy said she had travelled on Tuesday to Gonaïves, where she met local "
        "authorities and church leaders to discuss the vote."
    )
    assert ("meeting", "occurred", "2024-05-14", "Gonaïves") in core_told(text, PUBLISHED)
