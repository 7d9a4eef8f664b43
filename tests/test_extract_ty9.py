"""The kind of an event told by the right sentence: how many sides a meeting has.

A meeting of three countries named in a list with "the" before a name, or of "the three sides",
is a conference; an officer of a many-state body ("the Secretary-General of the Arab
League") and a country's own factions ("leaders of several political parties", "a seven-party
alliance") are one side of a meeting.

Invented sentences only, in the styles of wires, readouts, ministry releases, broadcasters,
UN summaries and diaries.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

WED = dt.date(2025, 6, 11)  # a Wednesday
URL = "https://example.org/kinds"


def told(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, status, first day, last day, place) of each core candidate of ``text``."""
    return [
        (e["event_type"], e["status"], e["date_start"], e["date_end"], e["place_name"])
        for e in core_candidates(text, WED, url=URL, statuses=CORE_STATUSES)
    ]


def kinds(text: str) -> list[str]:
    return [kind for kind, *_ in told(text)]


# --- three or more sides ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats from Egypt, Jordan and the United Arab Emirates met in Cairo on Monday to "
        "review the ceasefire.",
        "Officials of Kenya, Uganda and the Sudan held talks in Kampala on Monday.",
        "Delegations of Armenia, Azerbaijan, and the Russian Federation met in Moscow on Monday.",
        "Security chiefs from Chad, Niger and the Central African Republic met in Ndjamena on "
        "Monday.",
    ],
)
def test_a_list_of_three_countries_with_the_before_a_name_meets_as_a_conference(
    text: str,
) -> None:
    assert kinds(text) == ["conference"]


@pytest.mark.parametrize(
    "text",
    [
        "The three sides will meet again in Basra in December.",
        "All four sides agreed to reconvene in Geneva next month.",
        "The three sides are due to hold a further round in Doha on Friday.",
    ],
)
def test_three_sides_or_more_meet_as_a_conference(text: str) -> None:
    assert kinds(text) == ["conference"]


def test_two_sides_or_two_countries_joined_by_and_the_still_meet_as_a_meeting() -> None:
    assert kinds("The two sides will meet again in Baghdad in December.") == ["meeting"]
    assert kinds("Egypt and the United States held talks in Cairo on Monday.") == ["meeting"]


# --- one side though a body of many is named ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister will be received tomorrow by the Secretary-General of the Arab League in "
        "Cairo.",
        "On Monday the premier held talks with the Secretary General of ASEAN in Jakarta.",
        "The deputy minister met the Special Envoy of the Organisation of Islamic Cooperation in "
        "Jeddah on Sunday.",
        "The foreign minister will call on the Executive Secretary of the Economic Community of "
        "West African States in Abuja on Friday.",
    ],
)
def test_an_officer_of_a_body_of_many_states_is_one_side(text: str) -> None:
    assert kinds(text) == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy met leaders of the seven-party mujahideen alliance in Peshawar on Monday.",
        "In the evening the minister received leaders of several political parties at the "
        "embassy in Beirut.",
        "The visiting secretary also held talks with the heads of the main political parties in "
        "Harare on Tuesday.",
    ],
)
def test_a_countrys_own_factions_are_one_side(text: str) -> None:
    assert kinds(text) == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers of the Arab League met in Cairo on Monday.",
        "Leaders of the six-party talks met in Beijing on Monday.",
        "Ministers of the Lima Group met in Ottawa on Monday.",
        "Leaders of the Polynesian Leaders Group met in Papeete on Monday.",
    ],
)
def test_a_bodys_members_meeting_stay_a_conference(text: str) -> None:
    assert "conference" in kinds(text)
    assert "meeting" not in kinds(text)


# --- a bare plural group meets as many ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Water ministers met in Abuja on Monday to prepare the draft declaration.",
        "Island leaders will gather in Arusha in March, after ministers met in Moroni on Monday to "
        "prepare the summit.",
        "On Monday, foreign ministers meeting in Jakarta adopted guidelines on the code.",
        "Trade delegates will meet again in Bonn on 5 December.",
        "Defence ministers gathered in Brussels on Thursday to discuss ammunition supplies.",
        "The plan was reviewed last week, when envoys met in Doha.",
    ],
)
def test_a_bare_plural_group_meets_as_a_conference(text: str) -> None:
    found = kinds(text)
    assert "conference" in found
    assert "meeting" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan ministers met in Nairobi on Monday.",
        "The two ministers met in Lima on Monday.",
        "Ministers from both countries met in Accra on Tuesday.",
    ],
)
def test_a_group_of_one_country_or_counted_as_two_stays_a_meeting(text: str) -> None:
    assert kinds(text) == ["meeting"]


# --- a body's own session told beside another event ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers agreed to coordinate before the Organization of American States "
        "General Assembly, which is to convene in Washington in June.",
        "The Council of Ministers, which met in Brussels on Monday, approved the sanctions.",
        "The minister praised the Arab League Council, which met in Cairo on Sunday.",
    ],
)
def test_a_body_told_with_a_relative_clause_of_its_meeting_is_a_conference(text: str) -> None:
    found = kinds(text)
    assert "conference" in found
    assert "meeting" not in found


def test_a_two_sided_body_with_a_relative_clause_stays_a_meeting() -> None:
    assert kinds("The Joint Commission, which will meet in Rabat in July, will review it.") == [
        "meeting"
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The two ministers will meet on the margins of the next session of the ECOWAS "
            "Authority, announced for Abuja in December.",
            "2025-12-01",
        ),
        (
            "The two leaders will meet again on the sidelines of the next summit of the Pacific "
            "Alliance in Lima in July.",
            "2025-07-01",
        ),
    ],
)
def test_the_next_session_named_as_a_setting_is_a_conference_beside_the_meeting(
    text: str, day: str
) -> None:
    found = [(kind, first) for kind, _, first, _, _ in told(text)]
    assert ("meeting", day) in found
    assert ("conference", day) in found


@pytest.mark.parametrize(
    "text",
    [
        "The premier, who arrived on Monday accompanied by ten ministers, was received at the "
        "palace in Rome on Tuesday by the President of the Republic.",
        "The president, at the head of a delegation of five ministers, held talks with the emir "
        "in Doha on Monday.",
    ],
)
def test_a_travellers_entourage_is_one_side(text: str) -> None:
    assert "conference" not in kinds(text)
    assert "meeting" in kinds(text)
