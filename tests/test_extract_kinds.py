"""Kinds of event wording that articles use beyond the first development set.

Institutions read as places, datelines that are no city, trip verbs, announced agreements,
a later round of talks, calls against meetings. Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates
from mapapp.extract.venues import institution_place

TUE = dt.date(2024, 9, 10)  # a Tuesday
URL = "https://example.org/report"
CORE = {"meeting", "visit", "conference", "call", "agreement"}


def core(text: str, published: dt.date = TUE) -> list[dict]:
    found = extract_candidates(text, published=published, url=URL)
    return [e for e in found if e["event_type"] in CORE]


def one(text: str, published: dt.date = TUE) -> dict:
    found = core(text, published)
    assert len(found) == 1, found
    return found[0]


# --- institutions and datelines that are no city ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("United Nations", "New York"),
        ("the Kenyan Mission to the United Nations", "New York"),
        ("White House", "Washington"),
        ("Kremlin", "Moscow"),
        ("Palais des Nations", "Geneva"),
    ],
)
def test_institutions_are_in_their_city(name, city):
    place = institution_place(name)
    assert place is not None and place.name == city


def test_an_unknown_name_is_no_institution():
    assert institution_place("Ministry of Silly Walks") is None
    assert institution_place("Geneva") is None


def test_a_mission_to_the_un_is_in_new_york_not_a_town_named_mission():
    event = one(
        "The envoy met Chile's foreign minister at the Peruvian Mission to the U.N. on Monday."
    )
    assert (event["place_name"], event["country_code"]) == (
        "Peruvian Mission to the U.N., New York",
        "US",
    )


def test_a_mission_in_another_city_takes_that_city():
    event = one(
        "The envoy met Chile's foreign minister at the Peruvian Mission to the United Nations "
        "in Geneva on Monday."
    )
    assert event["country_code"] == "CH"


def test_an_appeal_to_the_un_is_no_place():
    assert core("The minister appealed to the United Nations for aid on Monday.") == []


def test_united_nations_dateline_places_the_lead_event_in_new_york():
    text = (
        "Island states hold climate summit\n\nUNITED NATIONS (Example Wire) — Leaders of "
        "twelve island states held a summit on Monday on rising seas."
    )
    event = one(text)
    assert (event["event_type"], event["country_code"]) == ("conference", "US")
    assert event["place_name"] == "New York"


def test_a_multi_word_capital_dateline():
    text = (
        "Gulf envoys meet\n\nABU DHABI, Sept. 9 (Example Wire) — Envoys of Oman and Kuwait "
        "met on Monday to discuss shipping."
    )
    assert one(text)["place_name"] == "Abu Dhabi"


# --- trip verbs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "status"),
    [
        ("The minister began the trip in Lima on Monday.", "Lima", "occurred"),
        ("She ended her four-nation tour in Quito on Monday.", "Quito", "occurred"),
        ("He then travelled on to Bogotá on Monday.", "Bogotá", "occurred"),
        ("The delegation arrived in Caracas on Monday.", "Caracas", "occurred"),
        ("The envoy is due to fly to La Paz on Friday.", "La Paz", "announced"),
        ("The president will visit Asunción next week.", "Asunción", "announced"),
    ],
)
def test_trip_verbs_are_visits(sentence, place, status):
    event = one(sentence)
    assert (event["event_type"], event["place_name"], event["status"]) == (
        "visit",
        place,
        status,
    )


def test_a_trip_word_without_a_place_is_no_visit():
    assert core("The minister began the trip on a hopeful note.") == []


# --- announced agreements -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The two governments are expected to sign a fisheries agreement in Suva on Friday.",
        "Fiji and Tonga are due to sign a maritime treaty in Suva on Friday.",
    ],
)
def test_agreements_to_be_signed_are_announced(sentence):
    event = one(sentence)
    assert (event["event_type"], event["status"], event["place_name"]) == (
        "agreement",
        "announced",
        "Suva",
    )
    assert event["date_start"] == "2024-09-13"
