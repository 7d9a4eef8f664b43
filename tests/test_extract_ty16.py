"""Event types read from wordings that name a call or the sides of a gathering indirectly:

- a call told by a verb of speaking and its line ("had spoken by telephone with") after a
  briefing word in the same sentence is a call, while a line that is the means of the briefing
  itself ("briefed the Council by videoconference") makes no call;
- a call noun with its day before its other party ("his call yesterday with", "their call on
  Monday with") is a call, also when a briefing tells it;
- a grouping told again by a common noun ("the grouping's foreign ministers", "the council's
  senior officials", "the group last met") meets as many parties: a conference, unless its
  meeting has one other party as object;
- a gathering named by a count of sides with "plus" ("an informal five-plus-UN meeting", "the
  six-plus-two talks") is a conference, and "two-plus-two" talks of two countries stay a meeting.

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


# --- a grouping told again by a common noun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "MANILA, March 11 (Wire) - The grouping's foreign ministers will meet in Bangkok in "
            "June to review the plan.",
            ("conference", "announced", "2025-06-01", "Bangkok"),
        ),
        (
            "Newsletter: The council's senior officials will also meet in Tromsø in April, "
            "the chair said.",
            ("conference", "announced", "2025-04-01", "Tromsø"),
        ),
        (
            "Ministry release: The forum's trade ministers are expected to meet in Suva in August.",
            ("conference", "announced", "2025-08-01", "Suva"),
        ),
        (
            "Caption 3: The group last met in Nouméa in July 2019, without Fiji.",
            ("conference", "occurred", "2019-07-01", "Nouméa"),
        ),
        (
            "Analysis. Officials said the grouping will meet again in Dili in May.",
            ("conference", "announced", "2025-05-01", "Dili"),
        ),
    ],
)
def test_a_grouping_told_again_meets_as_many(text: str, told: tuple) -> None:
    assert core_told(text, TUE) == [told]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The group met the prime minister in Nouméa on Monday.",
            ("meeting", "occurred", "2025-03-10", "Nouméa"),
        ),
        (
            "The group's leader met the prime minister in Nouméa on Monday.",
            ("meeting", "occurred", "2025-03-10", "Nouméa"),
        ),
        (
            "The bloc's foreign ministers met Japan's foreign minister in Hanoi on Monday.",
            ("meeting", "occurred", "2025-03-10", "Hanoi"),
        ),
        (
            "The joint council's ministers will meet in Tromsø in April.",
            ("meeting", "announced", "2025-04-01", "Tromsø"),
        ),
        (
            "The delegation met in Kabul on Monday.",
            ("meeting", "occurred", "2025-03-10", "Kabul"),
        ),
    ],
)
def test_a_group_meeting_one_party_or_a_two_sided_body_stays_a_meeting(
    text: str, told: tuple
) -> None:
    assert core_told(text, TUE) == [told]


# --- sides counted with "plus" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Analysis: An informal five-plus-UN meeting in Vienna in May 2022 ended without "
            "progress.",
            ("conference", "occurred", "2022-05-01", "Vienna"),
        ),
        (
            "TASHKENT, March 11 (Agency) - The envoy attended the six-plus-two talks in "
            "Dushanbe on Monday.",
            ("conference", "occurred", "2025-03-10", "Dushanbe"),
        ),
    ],
)
def test_sides_counted_with_plus_make_a_conference(text: str, told: tuple) -> None:
    assert told in core_told(text, TUE)


def test_two_plus_two_talks_stay_a_meeting() -> None:
    text = (
        "The two countries will hold a two-plus-two meeting of foreign and defence ministers "
        "in Canberra on Friday."
    )
    assert core_told(text, TUE) == [("meeting", "announced", "2025-03-14", "Canberra")]
