"""Meetings of three or more sides told without a count: guests of two countries met together
by a third side, and a group's earlier gathering told in a clause ("since they met in Riga").

All sentences are invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

TUE = dt.date(2025, 3, 11)  # a Tuesday
URL = "https://example.org/ty12"


def core(text: str) -> list[dict]:
    return core_candidates(text, TUE, url=URL)


def kinds(text: str) -> list[str]:
    return sorted(c["event_type"] for c in core(text))


# --- guests of two countries met together by a third side -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Zambian president travels to Lilongwe on Friday for a meeting with the presidents "
        "of Malawi and Mozambique on rail links to the coast.",
        "Norway's prime minister will hold talks with the prime ministers of Latvia and Estonia "
        "in Riga on Friday about power cables.",
        "The Chilean foreign minister told reporters that the foreign ministers of Peru and "
        "Bolivia will meet her in Arica on Friday to discuss lithium.",
    ],
)
def test_guests_of_two_countries_met_together_make_a_conference(sentence: str) -> None:
    found = [c for c in core(sentence) if c["event_type"] in ("meeting", "conference")]
    assert found and all(c["event_type"] == "conference" for c in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # one by one: a meeting with each
        "The Zambian president held separate talks with the presidents of Malawi and Mozambique "
        "in Lusaka on Monday about rail links.",
        # the two countries as the subject: two sides
        "The presidents of Malawi and Mozambique met in Blantyre on Monday to discuss rail links.",
        # one guest country
        "The Zambian president held talks with the president of Malawi in Lusaka on Monday.",
    ],
)
def test_guests_met_apart_or_two_countries_stay_meetings(sentence: str) -> None:
    found = [c for c in core(sentence) if c["event_type"] in ("meeting", "conference")]
    assert found and all(c["event_type"] == "meeting" for c in found), found


def test_guests_met_online_are_no_conference() -> None:
    text = (
        "The Zambian president held a video call with the presidents of Malawi and Mozambique "
        "on Monday about rail links."
    )
    assert "conference" not in kinds(text)


# --- a group's earlier gathering told in a clause ----------------------------------------------

_LEAD = (
    "RIGA, March 11 (Baltic Desk) - Envoys from Latvia, Lithuania, Estonia, Poland and Finland "
    "met in Riga on Tuesday to discuss shipping in the Baltic Sea.\n\n"
)


def test_since_they_met_in_a_many_party_article_is_a_conference() -> None:
    text = _LEAD + (
        "It was the envoys' first session since they met in Vilnius on Jan. 14, officials said."
    )
    earlier = [c for c in core(text) if c["date_start"] == "2025-01-14"]
    assert [c["event_type"] for c in earlier] == ["conference"], earlier


def test_when_the_sides_met_after_a_many_party_format_is_a_conference() -> None:
    text = (
        "The Ukrainian prime minister held talks with the Polish prime minister in Lublin on "
        'Tuesday.\n\nNegotiations in the "3+3" format over the river dispute have stalled '
        "since May 2021, when the sides met in Tbilisi."
    )
    earlier = [c for c in core(text) if c["date_start"] == "2021-05-01"]
    assert [c["event_type"] for c in earlier] == ["conference"], earlier


@pytest.mark.parametrize(
    "sentence",
    [
        # "they" with no group named before it
        "The lull was the longest since they met in Vilnius on Jan. 14, officials said.",
        # two sides told in the sentence
        "It was the two leaders' first session since they met in Vilnius on Jan. 14.",
    ],
)
def test_clause_meetings_of_two_or_unnamed_stay_meetings(sentence: str) -> None:
    text = _LEAD + sentence
    earlier = [c for c in core(text) if c["date_start"] == "2025-01-14"]
    assert all(c["event_type"] != "conference" for c in earlier), earlier


def test_since_they_met_in_a_two_sided_article_stays_a_meeting() -> None:
    text = (
        "The Latvian prime minister held talks with his Estonian counterpart in Riga on Tuesday."
        "\n\nIt was the premiers' first session since they met in Tallinn on Jan. 14."
    )
    earlier = [c for c in core(text) if c["date_start"] == "2025-01-14"]
    assert earlier and all(c["event_type"] == "meeting" for c in earlier), earlier


def test_a_convener_is_no_party_of_the_group() -> None:
    text = _LEAD + (
        "On Monday the Polish envoy held talks with the Latvian foreign minister in Riga.\n\n"
        "The Finnish envoy will travel to Oslo next week for talks with Norway's foreign "
        "minister.\n\nThe Estonian prime minister spoke by telephone with the Swedish prime "
        "minister on Sunday.\n\n"
        "The envoys last met in Vilnius in January, at a meeting convened by the OSCE's "
        "chairman."
    )
    earlier = [c for c in core(text) if c["date_start"] == "2025-01-01"]
    assert earlier and all(c["event_type"] == "conference" for c in earlier), earlier


# --- sides named apart from co-chairs or mediators --------------------------------------------


def test_sides_listed_before_their_co_chairs_make_a_conference() -> None:
    text = (
        "Delegations from Armenia, Azerbaijan, Turkey and the two enclaves, under co-chairs from "
        "the OSCE and the UN, met in Vienna on Monday for a fourth round of talks."
    )
    found = [c for c in core(text) if c["event_type"] in ("meeting", "conference")]
    assert found and all(c["event_type"] == "conference" for c in found), found


def test_two_sides_beside_mediators_stay_a_meeting() -> None:
    text = (
        "Delegations from Peru and Ecuador, with mediators from Brazil, Chile and Argentina, met "
        "in Quito on Monday to discuss the border."
    )
    found = [c for c in core(text) if c["event_type"] in ("meeting", "conference")]
    assert found and all(c["event_type"] == "meeting" for c in found), found


def test_a_blocs_heads_of_state_due_to_meet_are_a_conference() -> None:
    text = (
        "The minister flew to Bata on Monday for talks on the regional trade bloc, whose "
        "presidents are due to meet in Dakar later this year."
    )
    later = [c for c in core(text) if c["date_start"] == "2025-03-12"]
    assert [c["event_type"] for c in later] == ["conference"], later
