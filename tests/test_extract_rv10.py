"""Wordings of crowds, background and reactions that read like a gathering, a stay or a welcome
but tell none (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates

PUBLISHED = "2024-05-15"  # a Wednesday


def _kinds(text: str) -> list[str]:
    return sorted(r["event_type"] for r in article_candidates(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters gathered for a second day outside the parliament in Nairobi on "
        "Tuesday.",
        "Striking workers met for a third straight day at the port of Mombasa, police said.",
    ],
)
def test_a_crowd_gathering_again_is_no_meeting(text: str) -> None:
    assert "meeting" not in _kinds(text)


def test_envoys_meeting_for_another_day_is_a_meeting() -> None:
    found = article_candidates("Negotiators met for a second day in Geneva on Tuesday.", PUBLISHED)
    assert [(r["event_type"], r["date_start"], r["place_name"]) for r in found] == [
        ("meeting", "2024-05-14", "Geneva")
    ]


def test_a_childhood_spent_where_one_moved_from_is_no_stay() -> None:
    assert "visit" not in _kinds("He moved to Paris from Lyon, where he had spent his childhood.")


def test_days_spent_where_the_trip_began_are_a_stay() -> None:
    text = "He arrived in Islamabad on Wednesday from Herat, where he had spent two days."
    places = {r["place_name"] for r in article_candidates(text, PUBLISHED)}
    assert "Islamabad" in places and len(places) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The President arrived in Nairobi on Monday and was met by sharp criticism from the "
        "opposition leader.",
        "The envoy landed in Lusaka on Monday and was greeted by questions about the president's "
        "health.",
    ],
)
def test_a_reaction_to_an_arrival_is_no_welcome(text: str) -> None:
    assert _kinds(text) == ["visit"]


def test_a_welcome_by_an_official_after_an_arrival_is_a_meeting() -> None:
    text = "The envoy landed in Lusaka on Monday and was greeted by Zambia's foreign minister."
    assert _kinds(text) == ["meeting", "visit"]
