"""Kinds of wording met on articles the rules were not written for (the third held-out set).

Each kind is tested on sentences invented for the test, never on the articles' own sentences:
verbs of receiving and hosting, truces and initialled texts, "is expected in", trips that end
in a second city, promises ("agreed to hold") that are no agreement, calls next to a trip.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/unseen"
CORE = {"meeting", "visit", "conference", "call", "agreement"}


def core(text: str, published: dt.date = WED) -> list[dict]:
    found = extract_candidates(text, published=published, url=URL)
    return [e for e in found if e["event_type"] in CORE]


def one(text: str, published: dt.date = WED) -> dict:
    found = core(text, published)
    assert len(found) == 1, found
    return found[0]


# --- receiving and welcoming guests ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Emir received both delegations in Doha on Monday.",
        "The speaker received in Vilnius a delegation of the Nordic Council on Monday.",
        "The chancellor received Chile's prime minister in Vienna on Monday.",
        "The governor received the heads of the two missions in Lagos on Monday.",
        "The king welcomed Peru's President in Amman on Monday.",
    ],
)
def test_receiving_guests_is_a_meeting(sentence):
    event = one(sentence)
    assert (event["event_type"], event["status"], event["date_start"]) == (
        "meeting",
        "occurred",
        "2024-09-09",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry received a letter from the president on Monday.",
        "The charity received support from ministers in Oslo on Monday.",
        "Both ministers welcomed the Secretary's planned trip on Monday.",
    ],
)
def test_receiving_things_is_no_meeting(sentence):
    assert core(sentence) == []


# --- agreements: truces, initialled texts, passives; promises are not agreements -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels and the army signed a fragile truce in Kampala in May 2019.",
        "The negotiators initialled the text of a border treaty in Vienna in June 2021.",
        "The ceasefire deal signed in Lusaka in March 2018 has mostly held.",
        "The truce was first agreed at talks in Arusha in April 2017.",
    ],
)
def test_truces_initialled_texts_and_passives_are_agreements(sentence):
    kinds = {e["event_type"] for e in core(sentence)}
    assert "agreement" in kinds


def test_agreeing_to_hold_a_meeting_is_the_meeting_not_an_agreement():
    found = core("The ministers agreed to hold their next meeting in Lisbon in 2026.")
    assert [e["event_type"] for e in found] == ["meeting"]
    assert found[0]["status"] == "announced"


def test_agreeing_to_something_while_at_a_summit_is_part_of_the_summit():
    found = core(
        "The leaders last gathered for their summit in Lima in May, when they agreed to "
        "expand a fishing fund."
    )
    assert "agreement" not in {e["event_type"] for e in found}


# --- trips: "is expected in", a second stop in one sentence, a call before leaving -----------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Chile's foreign minister is expected in Lima later this month.", "Lima"),
        ("Several of the envoys are due in Vienna on Friday.", "Vienna"),
    ],
)
def test_expected_in_a_place_is_an_announced_visit(sentence, place):
    event = one(sentence)
    assert (event["event_type"], event["status"], event["place_name"]) == (
        "visit",
        "announced",
        place,
    )


def test_expected_in_a_month_is_no_visit():
    assert core("A decision is expected in March.") == []


def test_a_second_stop_takes_its_own_date():
    found = core("The envoy will travel to Quito on Friday and end the tour in Lima on Saturday.")
    stops = {e["place_name"]: e["date_start"] for e in found if e["event_type"] == "visit"}
    assert stops == {"Quito": "2024-09-13", "Lima": "2024-09-14"}


def test_a_call_before_leaving_on_a_trip_stays_a_call():
    found = core("Before leaving for Nairobi, the minister spoke by phone with Egypt's minister.")
    assert "call" in {e["event_type"] for e in found}
