"""The second event of a sentence (round thirteen): a stay told by where a trip began, a
gathering joined abroad, and documents signed in a clause hanging on a visit or talks.

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
readout, ministry release, transcript), with near misses that must not fire:

* "arrived in X on Friday from Y, where earlier that day / on Wednesday she met …": a visit to Y
  dated by what was done there, beside the arrival and the meeting;
* "is to join allied defence ministers in Oslo next month": a conference, and the visit of the
  one who joins it; "continue to Z, where he will take part in the council's session": a
  visit to Z though the sentence tells a trip elsewhere first;
* "wrapped up a visit after signing a memorandum and a programme", "initialled a set of
  de-escalation measures": an agreement per document.
"""

from __future__ import annotations

from tests.conftest import core_told

FRI = "2024-05-17"  # a Friday


# --- a stay told by where the trip began ---------------------------------------------------


def test_stay_left_earlier_that_day_is_a_visit_there() -> None:
    text = (
        "OSLO (Wire) - Denmark's foreign minister arrived in Oslo on Thursday evening from "
        "Stockholm, where earlier that day she met Sweden's prime minister."
    )
    assert core_told(text, FRI) == [
        ("meeting", "occurred", "2024-05-16", "Stockholm"),
        ("visit", "occurred", "2024-05-16", "Oslo"),
        ("visit", "occurred", "2024-05-16", "Stockholm"),
    ]


def test_stay_dated_by_a_weekday_after_where() -> None:
    text = (
        "The Special Envoy flew to Cairo on Friday from Amman, where on Wednesday he held talks "
        "with Jordan's foreign minister on the crossings."
    )
    visits = [v for v in core_told(text, FRI) if v[0] == "visit"]
    assert visits == [
        ("visit", "occurred", "2024-05-15", "Amman"),
        ("visit", "occurred", "2024-05-17", "Cairo"),
    ]


def test_stay_dated_the_day_before_a_signing() -> None:
    text = (
        "The Minister reached Accra on 3 May from Lomé, where the day before she had signed a "
        "transit agreement with her Togolese counterpart."
    )
    assert ("visit", "occurred", "2024-05-02", "Lomé") in core_told(text, FRI)
    assert ("agreement", "occurred", "2024-05-02", "Lomé") in core_told(text, FRI)


def test_from_a_place_where_nothing_was_done_is_no_stay() -> None:
    text = (
        "The minister arrived in Oslo on Thursday from Stockholm, where on Wednesday the "
        "weather had closed the airport."
    )
    assert [v for v in core_told(text, FRI) if v[0] == "visit"] == [
        ("visit", "occurred", "2024-05-16", "Oslo")
    ]
