"""Events said in wordings no rule read before: an office's readout quoted in full after
"A spokesperson said:", and the like. Invented sentences, other names and wordings than the
development articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

PUBLISHED = dt.date(2026, 5, 12)


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["place_name"]) for e in core_candidates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Press release\n\nChancellor meets Prime Minister of Portugal\n\n"
            "A government spokesman said:\n\n"
            '"The Chancellor met the Prime Minister of Portugal in Berlin on Monday.\n\n'
            '"The two leaders discussed energy links across the Pyrenees."',
            ("meeting", "Berlin"),
        ),
        (
            "Readout\n\nThe ministry's statement reads:\n\n"
            "“The Foreign Minister held talks with her Chilean counterpart in Lima today.\n\n"
            "“They agreed to reopen the consulate in Tacna.”",
            ("meeting", "Lima"),
        ),
        (
            "The President's press secretary said:\n\n"
            '"The President will travel to Nairobi on Thursday for a two-day visit."\n',
            ("visit", "Nairobi"),
        ),
    ],
)
def test_a_readout_quoted_after_a_spokespersons_colon_is_read(text, event):
    assert event in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a quote inside a sentence stays speech
        'Asked about the talks, the minister said: "We met the rebels in Geneva on Monday."',
        # a quoted paragraph whose lead-in is no office's readout stays speech
        "The farmer told reporters:\n\n"
        '"The minister visited Kisumu on Monday and promised new roads."',
    ],
)
def test_other_quotes_stay_masked(text):
    assert _types(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Kenyan minister will go to Mombasa on Sunday to inspect the port.", "Mombasa"),
        ("Afterwards the delegation is to go to Kandy, where it will meet monks.", "Kandy"),
        ("After the summit the premier will then go to Gulu on Friday.", "Gulu"),
    ],
)
def test_will_go_to_a_place_is_an_announced_trip(text, place):
    found = core_candidates(text, PUBLISHED)
    assert ("visit", place, "announced") in [
        (e["event_type"], e["place_name"], e["status"]) for e in found
    ]


def test_going_to_a_body_is_no_trip():
    assert _types("The bill will go to Parliament next week for a final vote.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Accra she will then call on the Vice-President.", "Accra"),
        ("The envoy would also call on the King in Rabat on Friday.", "Rabat"),
        ("In Wellington the minister will also call on the Prime Minister.", "Wellington"),
    ],
)
def test_will_also_call_on_someone_is_an_announced_meeting(text, place):
    found = core_candidates(text, PUBLISHED)
    assert ("meeting", place, "announced") in [
        (e["event_type"], e["place_name"], e["status"]) for e in found
    ]


def test_will_also_call_on_parties_to_act_is_an_appeal():
    assert _types("In Geneva the ministers will also call on all sides to respect the truce.") == []
