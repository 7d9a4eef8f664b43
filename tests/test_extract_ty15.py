"""Event types by the number of sides and by the words that name a gathering:

- a group of many states' people (a bloc's ministers, a body's delegation, "the four ministers")
  that meets one other party meets as one side: a meeting, not a conference;
- three or more sides counted ("a meeting of six Sahel states", "the three presidents met") make a
  conference, and two counted sides do not;
- a summit or session owned by a body and held by videoconference is a conference (talks held
  online stay a call);
- a verb of convening in a relative clause on a gathering word ("the summit that the bloc will
  convene in Accra") tells that gathering, with the clause's date and place, not a meeting of its
  own;
- a text adopted told by a participle after a comma ("closed the summit on Friday, adopting a
  final communiqué") is an agreement with the status of the gathering it closes.

Each test asserts type, status, first day and place. All sentences are invented for the test, in
several outlet styles.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

TUE = "2025-03-11"  # a Tuesday


def gatherings(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, status, first day, place) of the meetings, conferences and calls told in ``text``."""
    return [e for e in core_told(text, TUE) if e[0] in ("meeting", "conference", "call")]


# --- a group that meets one other party -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "HANOI, March 11 (Wire) - ASEAN defence ministers held a meeting with Japan's defence "
            "minister in Hanoi on Monday, officials said.",
            ("meeting", "occurred", "2025-03-10", "Hanoi"),
        ),
        (
            "Readout. Nordic foreign ministers met Canada's foreign minister in Oslo on Sunday "
            "to discuss Arctic security.",
            ("meeting", "occurred", "2025-03-09", "Oslo"),
        ),
        (
            "Ministry release: The three ministers are due to meet the acting president in "
            "Bamako on Thursday before returning to Abuja.",
            ("meeting", "announced", "2025-03-13", "Bamako"),
        ),
        (
            "A delegation of Caribbean foreign ministers arrived in Port-au-Prince on Monday "
            "and held talks with the prime minister.",
            ("meeting", "occurred", "2025-03-10", "Port-au-Prince"),
        ),
    ],
)
def test_a_group_meeting_one_other_party_is_a_meeting(text, told) -> None:
    assert told in gatherings(text)
    assert not [e for e in gatherings(text) if e[0] == "conference"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "ASEAN defence ministers met in Hanoi on Monday to discuss maritime security.",
            ("conference", "occurred", "2025-03-10", "Hanoi"),
        ),
        (
            "Nordic foreign ministers met Canada's foreign minister and Japan's foreign minister "
            "in Oslo on Sunday.",
            ("conference", "occurred", "2025-03-09", "Oslo"),
        ),
        (
            "On Monday the presidents of Ghana, Togo and Benin held a trilateral meeting in "
            "Lome with the ECOWAS commissioner.",
            ("conference", "occurred", "2025-03-10", "Lomé"),
        ),
    ],
)
def test_a_group_meeting_among_itself_or_several_parties_stays_a_conference(text, told) -> None:
    assert told in gatherings(text)
    assert not [e for e in gatherings(text) if e[0] == "meeting"]


# --- sides counted -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The profile recalls that in May 2019 she chaired the first meeting of six Sahel "
            "states in Niamey.",
            ("conference", "occurred", "2019-05-01", "Niamey"),
        ),
        (
            "Q: When did they last talk? A: The three presidents last met in Astana on 2 February.",
            ("conference", "occurred", "2025-02-02", "Astana"),
        ),
        (
            "RIGA, March 11 (Agency) - The four prime ministers will meet in Riga on Friday to "
            "sign off the rail plan.",
            ("conference", "announced", "2025-03-14", "Riga"),
        ),
        (
            "Officials said a meeting of the five Central Asian countries will be held in "
            "Dushanbe on 20 March.",
            ("conference", "announced", "2025-03-20", "Dushanbe"),
        ),
    ],
)
def test_three_or_more_sides_counted_make_a_conference(text, told) -> None:
    assert told in gatherings(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The two presidents last met in Astana on 2 February.",
            ("meeting", "occurred", "2025-02-02", "Astana"),
        ),
        (
            "VALLETTA (Wire) - Officials said on Tuesday that the four ministers would meet the "
            "prime minister in Valletta on Friday.",
            ("meeting", "announced", "2025-03-14", "Valletta"),
        ),
        (
            "Transcript. Q: Who will they see? A: The contact group's four envoys will meet the "
            "president in Valletta on Friday.",
            ("meeting", "announced", "2025-03-14", "Valletta"),
        ),
    ],
)
def test_two_sides_counted_or_a_group_meeting_one_stay_a_meeting(text, told) -> None:
    assert gatherings(text) == [told]


# --- a body's summit held online ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The leaders discussed the bloc's annual summit, due to be held by "
            "videoconference on 4 April.",
            ("conference", "announced", "2025-04-04", None),
        ),
        (
            "The organisation's summit was held by video link on Friday, the secretariat said.",
            ("conference", "occurred", "2025-03-07", None),
        ),
    ],
)
def test_a_bodys_summit_held_online_is_a_conference(text, told) -> None:
    assert gatherings(text) == [told]


def test_talks_held_online_stay_a_call() -> None:
    text = "The talks with the Chilean minister will be held by videoconference on 4 April."
    assert gatherings(text) == [("call", "announced", "2025-04-04", None)]


# --- a verb of convening in a relative clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Delegates also mentioned the regional conference on migration that the African "
            "Union will convene in Addis Ababa on Friday.",
            ("conference", "announced", "2025-03-14", "Addis Ababa"),
        ),
        (
            "UN summary: speakers welcomed the ministerial meeting on Libya, which the Secretary-"
            "General convened in Geneva last week.",
            ("conference", "occurred", "2025-03-03", "Geneva"),
        ),
    ],
)
def test_convening_a_gathering_told_before_is_that_gathering(text, told) -> None:
    assert gatherings(text) == [told]


def test_a_verb_of_convening_with_its_own_subject_is_still_an_event() -> None:
    text = "After the talks, which ended on Monday, the committee will convene in Geneva on Friday."
    assert ("conference", "announced", "2025-03-14", "Geneva") in gatherings(text)


def test_two_countries_dialogue_convened_stays_a_meeting() -> None:
    text = (
        "The ministers reviewed plans for the Japan-Kenya Strategic Dialogue, which will "
        "convene in Nairobi in May."
    )
    assert gatherings(text) == [("meeting", "announced", "2025-05-01", "Nairobi")]


# --- a text adopted told by a participle after a comma ----------------------------------------


def agreements(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [e for e in core_told(text, TUE) if e[0] == "agreement"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "SUVA, March 11 (Wire) - Pacific leaders closed their summit in Suva on Friday, "
            "adopting a final communique and a declaration on fisheries.",
            [("agreement", "occurred", "2025-03-07", "Suva")] * 2,
        ),
        (
            "Ministry release: the ministers will end their meeting in Accra on Friday, adopting "
            "a joint declaration on migration.",
            [("agreement", "announced", "2025-03-14", "Accra")],
        ),
        (
            "Live: 16:05 Delegates wrapped up the two-day conference in Lima on Monday, adopting "
            "the Lima Charter on water.",
            [("agreement", "occurred", "2025-03-10", "Lima")],
        ),
    ],
)
def test_a_text_adopted_after_a_comma_is_an_agreement(text, told) -> None:
    assert agreements(text) == told


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday, adopting a resolution on the border.",
        "The envoys met in Doha on Monday, adopting a cautious tone on sanctions.",
    ],
)
def test_adopting_no_agreed_text_is_no_agreement(text) -> None:
    assert agreements(text) == []
