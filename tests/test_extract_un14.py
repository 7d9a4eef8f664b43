"""Events stated in wordings the extractor did not read as events (round fourteen, unquoted).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
readout, ministry release, transcript), with near-misses that must not fire:

* a call told by the line it went over ("the two ministers spoke on the phone"), dated by a day
  told before it; "briefed reporters on the phone call" keeps the call a topic.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "2024-09-25"  # a Wednesday


# --- spoke on the phone ---------------------------------------------------------------------------


def test_spoke_on_the_phone_after_a_fronted_day_is_a_call_in_a_briefing_transcript() -> None:
    text = (
        "Q: Can you confirm contacts with Jakarta? A: On Monday, both foreign ministers spoke "
        "on the phone and compared notes on the maritime dispute."
    )
    assert core_told(text, WED) == [("call", "occurred", "2024-09-23", None)]


def test_talked_on_the_telephone_in_a_wire_is_a_call_on_its_day() -> None:
    text = (
        "SANTIAGO, Sept 25 (Wire) - Late on Tuesday the Chilean and Argentine presidents spoke "
        "on the telephone about the wildfires, officials said."
    )
    event = the_one_told(text, WED, "call", "on the telephone")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-24",
        None,
    )


def test_briefing_on_the_phone_call_keeps_the_call_a_topic() -> None:
    text = "The spokesman briefed reporters on the phone call between the two leaders."
    assert core_told(text, WED) == []
