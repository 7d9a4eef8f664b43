"""Event types read from wordings that name a call indirectly:

- a call told by a verb of speaking and its line ("had spoken by telephone with") after a
  briefing word in the same sentence is a call, while a line that is the means of the briefing
  itself ("briefed the Council by videoconference") makes no call;
- a call noun with its day before its other party ("his call yesterday with", "their call on
  Monday with") is a call, also when a briefing tells it.

Each test asserts type, status, first day and place. All sentences are invented for the test, in
several outlet styles.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

TUE = "2025-03-11"  # a Tuesday


# --- a call spoken over a line, beside a briefing ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "SOFIA, March 11 (Wire) - At a joint news conference, the premier said he had "
            "conferred by telephone with the Romanian prime minister on Monday about the bridge.",
            [("call", "occurred", "2025-03-10", None)],
        ),
        (
            "At Tuesday's press briefing, the spokeswoman said the minister had talked by phone "
            "with his Omani counterpart on Sunday.",
            [("call", "occurred", "2025-03-09", None)],
        ),
        (
            "Transcript. MINISTER: As I told the press conference, I spoke by telephone on "
            "Monday with the Turkish foreign minister.",
            [("call", "occurred", "2025-03-10", None)],
        ),
    ],
)
def test_spoken_by_phone_beside_a_briefing_is_a_call(text: str, told: list) -> None:
    assert core_told(text, TUE) == told


@pytest.mark.parametrize(
    "text",
    [
        "The special envoy briefed the Council by videoconference on Monday.",
        "The minister addressed the news conference via video link from Geneva on Monday.",
    ],
)
def test_a_briefing_held_over_a_line_is_no_call(text: str) -> None:
    assert core_told(text, TUE) == []


# --- a call noun, its day, then its other party -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Readout. The Deputy Secretary briefed the ambassador on her call yesterday with "
            "the Norwegian state secretary.",
            [("call", "occurred", "2025-03-10", None)],
        ),
        (
            "Ministry release: The minister informed the cabinet about their call on Monday "
            "with the Chilean foreign minister.",
            [("call", "occurred", "2025-03-10", None)],
        ),
        (
            "In a statement, the presidency said his call on 9 March with the Emir had covered "
            "energy supplies.",
            [("call", "occurred", "2025-03-09", None)],
        ),
    ],
)
def test_a_call_with_its_day_before_its_party(text: str, told: list) -> None:
    assert core_told(text, TUE) == told


def test_a_verb_call_with_a_day_is_no_call() -> None:
    text = "The president will call on Monday with a proposal for the unions."
    assert core_told(text, TUE) == []
