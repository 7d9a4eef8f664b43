"""Sentence rules of the second round: 'meet' after 'to' or a modal, briefing officials, two
events of one type in a sentence, 'also', and a group that meets again.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

from mapapp.extract.candidates import extract_candidates
from mapapp.extract.triggers import PER_TYPE
from tests.conftest import core_candidates

TUE = dt.date(2024, 9, 10)  # a Tuesday
URL = "https://example.org/report"


def core(text: str, published: dt.date = TUE) -> list[dict]:
    return core_candidates(text, published, url=URL)


def of_type(text: str, event_type: str) -> list[dict]:
    return [e for e in core(text) if e["event_type"] == event_type]


def test_meet_after_a_modal_needs_no_named_partner():
    [event] = of_type("The border commission is expected to meet in Lusaka next week.", "meeting")
    assert (event["status"], event["place_name"]) == ("announced", "Lusaka")
    assert (event["date_start"], event["date_end"]) == ("2024-09-16", "2024-09-22")


def test_meet_a_demand_or_a_deadline_is_no_meeting():
    assert (
        of_type("The ministry will meet the deadline set by the court in Lusaka.", "meeting") == []
    )
    assert of_type("Farmers said exports would meet their targets.", "meeting") == []
    assert of_type("The agency failed to meet the conditions of the loan.", "meeting") == []


def test_a_group_that_meets_again_continues_its_conference():
    text = "\n\n".join(
        [
            "Fisheries envoys meet in Dakar",
            "Delegates from nine countries gathered in Dakar on Monday for a conference on "
            "fishing rights.",
            "On the sidelines, host minister Awa Diallo held talks with Ghana's envoy Kofi Mensah.",
            "The delegates will meet again in Accra in March.",
        ]
    )
    again = [e for e in core(text) if "meet again" in e["source_quote"]]
    assert [(e["event_type"], e["status"], e["place_name"]) for e in again] == [
        ("conference", "announced", "Accra")
    ]


def test_meeting_again_after_a_bilateral_meeting_stays_a_meeting():
    text = "Minister Awa Diallo met Kofi Mensah in Accra on Monday. Diallo would meet him again."
    kinds = [e["event_type"] for e in core(text)]
    assert kinds == ["meeting", "meeting"]


def test_to_brief_officials_is_a_meeting_on_the_trip():
    text = "The adviser is scheduled to travel to Muscat next week to brief Omani officials."
    found = {e["event_type"]: e for e in core(text)}
    assert set(found) == {"visit", "meeting"}
    assert (found["meeting"]["status"], found["meeting"]["place_name"]) == ("announced", "Muscat")


def test_briefing_reporters_or_a_council_is_no_meeting():
    found = extract_candidates(
        "The envoy briefed reporters in Oslo on Monday.", published=TUE, url=URL
    )
    assert [e["event_type"] for e in found] == ["briefing"]
    assert of_type("The envoy briefed the Council on Monday.", "meeting") == []


def test_two_conferences_of_different_status_in_one_sentence():
    text = (
        "The minister praised the summit in Lima last May and looked forward to the "
        "upcoming regional forum."
    )
    found = of_type(text, "conference")
    assert [(e["status"], e["place_name"], e["date_start"]) for e in found] == [
        ("occurred", "Lima", "2024-05-01"),
        ("announced", None, None),
    ]
    assert len({e["event_id"] for e in found}) == 2


def test_the_same_event_word_twice_is_one_event():
    text = "The president visited Kampala on Monday, a visit his office called productive."
    assert len(of_type(text, "visit")) == 1


def test_repeated_event_words_are_bounded_per_sentence():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    text = "Ana Costa " + ", then ".join(f"met Rui Lopes in Lisbon on {d}" for d in days) + "."
    assert 1 < len(of_type(text, "meeting")) <= PER_TYPE


def test_also_takes_the_date_and_place_of_the_event_it_adds_to():
    text = "\n\n".join(
        [
            "Minister Costa meets Minister Lopes",
            "Minister Ana Costa met today with Finance Minister Rui Lopes in Lisbon.",
            "The two ministers also signed a memorandum on tax cooperation.",
        ]
    )
    [deal] = of_type(text, "agreement")
    assert (deal["date_start"], deal["place_name"]) == ("2024-09-10", "Lisbon")


def test_also_gives_a_call_the_date_but_no_place():
    text = (
        "Envoy Ana Costa met Rui Lopes in Lisbon on Monday. "
        "Costa also held a video call with Kofi Mensah."
    )
    [call] = of_type(text, "call")
    assert (call["date_start"], call["place_name"]) == ("2024-09-09", None)


def test_without_also_an_undated_event_keeps_no_date():
    text = "Envoy Ana Costa met Rui Lopes in Lisbon on Monday. Costa held a video call with Mensah."
    [call] = of_type(text, "call")
    assert call["date_start"] is None
