"""The annotation conventions settled for airport welcomes, council briefings and sessions, and
summits named as the setting of a bilateral.

Invented sentences only (other names, places and wordings than the articles the rules were
developed on), at least three per convention.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

WED = dt.date(2024, 5, 15)  # a Wednesday
URL = "https://example.org/cv7"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL, statuses=CORE_STATUSES)


def kinds(text: str) -> list[str]:
    return sorted(e["event_type"] for e in core(text))


# --- a welcome at the airport by a named official is a meeting beside the arrival's visit ------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's president arrived in Abuja on Monday and was welcomed at the airport by "
        "Nigeria's vice-president.",
        "The Sultan, who arrived in Muscat yesterday afternoon for a two-day visit, was greeted at "
        "the airport by the Deputy Prime Minister and several cabinet ministers.",
        "The Chinese premier, who arrived in Canberra on Saturday, was welcomed at the airport by "
        "Australia's foreign minister and the governor-general.",
    ],
)
def test_an_airport_welcome_by_an_official_is_a_meeting_beside_the_visit(text):
    events = core(text)
    assert sorted(e["event_type"] for e in events) == ["meeting", "visit"]
    meeting = next(e for e in events if e["event_type"] == "meeting")
    visit = next(e for e in events if e["event_type"] == "visit")
    assert meeting["date_start"] == visit["date_start"]  # the day of the arrival
    assert meeting["place_name"] == visit["place_name"]


@pytest.mark.parametrize(
    "text",
    [
        "She was received at the airport on Tuesday by Senegal's president, and the two leaders "
        "then held talks at the presidential palace in Dakar.",
        "He was welcomed at Kotoka International Airport by Ghana's president, before going "
        "straight into talks at Jubilee House that lasted until the evening.",
        "The emir was greeted at the airport in Amman by the king on Sunday, and the two then "
        "held talks at Raghadan Palace.",
    ],
)
def test_a_welcome_and_the_talks_after_it_are_two_meetings(text):
    # (the arrival the welcome implies may be a visit beside them, where its city is known)
    assert [k for k in kinds(text) if k != "visit"] == ["meeting", "meeting"]


def test_a_welcome_on_the_tarmac_by_a_leader_is_a_meeting():
    text = "The Saudi crown prince greeted the Qatari emir on the tarmac in Riyadh on Tuesday."
    (event,) = core(text)
    assert event["event_type"] == "meeting"
    assert event["place_name"] == "Riyadh"


def test_crowds_at_the_airport_are_no_meeting():
    text = "Crowds lined the road from the airport as the visiting president arrived in Kampala."
    assert kinds(text) == ["visit"]


# --- briefing a council is a briefing; the council's own session is a conference -------------


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy for Libya briefed the Security Council on Tuesday, describing a truce.",
        "The UN special coordinator briefed the Council by videoconference from Beirut.",
        "The UN special envoy is due to brief the fifteen members of the Security Council "
        "privately on Monday.",
    ],
)
def test_briefing_a_council_is_no_core_event(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council will hold consultations on Haiti this afternoon.",
        "The Security Council met in an emergency session on Sunday after the missile launch.",
        "The Security Council will hold an emergency meeting on Gaza on Friday, diplomats said.",
    ],
)
def test_the_councils_own_session_is_a_conference(text):
    assert kinds(text) == ["conference"]


# --- a summit named as the setting of a bilateral is a conference of its own ------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The foreign ministers of Chile and Peru had met in Geneva in March on the fringes of "
            "the Human Rights Council.",
            "Geneva",
        ),
        (
            "The two presidents last met on the margins of the African Union summit in "
            "Addis Ababa on February 16.",
            "Addis Ababa",
        ),
        (
            "Egypt's foreign minister and his Ethiopian counterpart held talks on the fringes "
            "of the Arab League summit in Jeddah on Friday.",
            "Jeddah",
        ),
        (
            "The presidents of Brazil and Argentina met briefly on the sidelines of a regional "
            "summit in Montevideo in December.",
            "Montevideo",
        ),
    ],
)
def test_a_summit_named_as_the_setting_of_a_bilateral_is_a_conference(text, place):
    events = core(text)
    assert sorted(e["event_type"] for e in events) == ["conference", "meeting"]
    assert {e["place_name"].split(", ")[-1] for e in events} == {place}
