"""Events told in wordings the rules did not read: a bulletin's reporter who tells rather than
asks, a statement closed by a tag question, meals of state given by one side for the other, a
signing told with the text before its verb, and trips told in the plainest words (an arrival
with only its time, "spent Saturday in", "is in Arawa tonight", "Tomorrow … goes to Buka").

Invented sentences only, in the styles of wires, readouts, ministry releases, broadcasters,
live blogs and diaries.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

FRI = dt.date(2025, 3, 14)  # a Friday
URL = "https://example.org/plain"


def told(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, status, first day, last day, place) of each core candidate of ``text``."""
    return [
        (e["event_type"], e["status"], e["date_start"], e["date_end"], e["place_name"])
        for e in core_candidates(text, FRI, url=URL, statuses=CORE_STATUSES)
    ]


# --- a bulletin's reporter tells the news --------------------------------------------------

BULLETIN = """EVENING NEWS - TRANSCRIPT

ANCHOR: Good evening. Our correspondent is in the capital. What happened today?

CORRESPONDENT: The two ministers met at the foreign ministry in Accra this morning, and \
tomorrow the visiting minister flies to Kumasi, where she will meet the regional minister.

ANCHOR: They last met in Lomé in January, isn't that right?

CORRESPONDENT: That's right.
"""

BRIEFING = """PRESS BRIEFING - TRANSCRIPT

SPOKESPERSON: Good afternoon.

REPORTER (Daily Star, Mr. Osei): There are reports that the minister will travel to Kumasi \
tomorrow to meet the regional minister. Can you confirm this?

SPOKESPERSON: I have nothing to announce.
"""


def test_a_correspondents_turn_that_asks_nothing_tells_its_events():
    found = told(BULLETIN)
    assert ("visit", "announced", "2025-03-15", "2025-03-15", "Kumasi") in found
    assert ("meeting", "announced", "2025-03-15", "2025-03-15", "Kumasi") in found


def test_a_statement_closed_by_a_tag_question_tells_what_was_done():
    assert ("meeting", "occurred", "2025-01-01", "2025-01-31", "Lomé") in told(BULLETIN)


def test_a_reporters_question_still_states_no_plan():
    assert [e for e in told(BRIEFING) if e[1] == "announced"] == []


# --- meals of state --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "day", "place"),
    [
        (
            "NAIROBI, March 14 (Agency) - The Ugandan president attended a state dinner offered "
            "by his Kenyan counterpart on Thursday evening.",
            "occurred",
            "2025-03-13",
            "Nairobi",
        ),
        (
            "The visiting premier was the guest of honour at a banquet given by the emir in "
            "Doha on Wednesday.",
            "occurred",
            "2025-03-12",
            "Doha",
        ),
        (
            "On Tuesday night the prime minister offered a dinner in honour of the visiting "
            "president in Canberra.",
            "occurred",
            "2025-03-11",
            "Canberra",
        ),
        (
            "The King will host a state banquet for the Japanese emperor in London on Tuesday.",
            "announced",
            "2025-03-18",
            "London",
        ),
        (
            "The president will host a New Year's reception for the ambassadors in Helsinki "
            "on Tuesday.",
            "announced",
            "2025-03-18",
            "Helsinki",
        ),
    ],
)
def test_a_meal_of_state_is_a_meeting(text, status, day, place):
    assert told(text) == [("meeting", status, day, day, place)]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister attended a charity dinner in Oslo on Thursday.",
        "The ambassador hosts a reception for the diplomatic corps every year.",
        "Guests at the gala dinner in Rome on Monday included actors and athletes.",
    ],
)
def test_a_meal_without_host_and_guest_is_no_meeting(text):
    assert told(text) == []


# --- a signing told with the text first --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "place"),
    [
        (
            "The Secretary welcomed the protocol on fisheries signed by the two ministers in "
            "Dakar in January.",
            "2025-01-01",
            "2025-01-31",
            "Dakar",
        ),
        (
            "Both sides praised the accord the two presidents initialled in Geneva last week.",
            "2025-03-03",
            "2025-03-09",
            "Geneva",
        ),
        (
            "The talks built on the joint communiqué the two leaders signed here in Hanoi in "
            "February.",
            "2025-02-01",
            "2025-02-28",
            "Hanoi",
        ),
        (
            "The presidents last met in May, when they signed in the city of Arica the "
            "agreements on a free port.",
            "2024-05-01",
            "2024-05-31",
            "Arica",
        ),
    ],
)
def test_a_text_told_before_its_signing_is_an_agreement(text, first, last, place):
    assert ("agreement", "occurred", first, last, place) in told(text)


def test_a_live_blogs_present_signing_is_an_agreement():
    blog = (
        "LIVE: Western Balkans summit in Tirana\n\nUpdated 14 March 2025, 16:10 CET\n\n"
        "16:05 - Leaders pose for the family photo.\n\n"
        "14:05 - The presidents of Serbia and Montenegro arrive together. The two sign a "
        "declaration on rebuilding the power grid.\n\n"
        "11:30 - Delegations gather at the congress centre.\n"
    )
    assert ("agreement", "occurred", "2025-03-14", "2025-03-14", "Tirana") in told(blog)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty the Senate refused to sign in 2019 was not discussed.",
        "The memorandum, which the ministers are expected to sign in Lima, covers ports.",
        "The agreement the two countries signed has never been implemented.",
        "Leaders sign a declaration on climate.",
    ],
)
def test_a_text_not_signed_or_undated_is_no_new_agreement(text):
    assert [e for e in told(text) if e[0] == "agreement" and e[2] is not None] == []


# --- trips in the plainest words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "ABUJA, March 14 (Agency) - Ghana's president arrived late last night.",
            "2025-03-13",
            "Abuja",
        ),
        (
            "The Chinese delegation landed shortly after noon on Thursday in Lusaka.",
            "2025-03-13",
            "Lusaka",
        ),
        (
            "Kenya's president spent Thursday in Kigali, the first leader to do so this year.",
            "2025-03-13",
            "Kigali",
        ),
        ("The minister is in Suva this morning, the ministry said.", "2025-03-14", "Suva"),
    ],
)
def test_an_arrival_or_stay_told_by_its_time_is_a_visit(text, day, place):
    assert ("visit", "occurred", day, day, place) in told(text)


@pytest.mark.parametrize(
    ("text", "first", "last", "place"),
    [
        ("Tomorrow the foreign minister goes to Geneva.", "2025-03-15", "2025-03-15", "Geneva"),
        ("On Monday the delegation goes on to Lusaka.", "2025-03-17", "2025-03-17", "Lusaka"),
        ("The envoy will spend two days in Hanoi next week.", "2025-03-17", "2025-03-23", "Hanoi"),
    ],
)
def test_a_trip_told_in_the_present_with_a_day_before_it_is_announced(text, first, last, place):
    assert told(text) == [("visit", "announced", first, last, place)]


@pytest.mark.parametrize(
    "text",
    [
        "The plane landed later than scheduled in Nairobi.",
        "The flight landed at 9 a.m. on Thursday.",
        "He spent Sunday in hospital.",
        "Every Monday the courier goes to Mombasa.",
    ],
)
def test_things_and_habits_tell_no_trip(text):
    assert [e for e in told(text) if e[0] == "visit"] == []


# --- a body's session told by what it did ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "BRUSSELS, March 14 (Agency) - The Foreign Affairs Council discussed Ukraine and the "
            "Sahel on Monday.",
            "2025-03-10",
            "Brussels",
        ),
        (
            "The bloc's Council of Ministers prepared the declaration in Windhoek on Wednesday.",
            "2025-03-12",
            "Windhoek",
        ),
        (
            "The forum, which brought together ministers from Chad, Niger and Mali, opened on "
            "Thursday in Niamey.",
            "2025-03-13",
            "Niamey",
        ),
        ("The summit opened on Monday in Lima.", "2025-03-10", "Lima"),
    ],
)
def test_a_bodys_session_told_by_its_work_or_opening_is_a_conference(text, day, place):
    assert told(text) == [("conference", "occurred", day, day, place)]


@pytest.mark.parametrize(
    "text",
    [
        "The city council discussed parking fees on Monday.",
        "The council has long discussed reform of its working methods.",
    ],
)
def test_a_local_council_or_a_habit_is_no_conference(text):
    assert told(text) == []


# --- rounds of talks by any ordinal ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "At the seventh round, held in Vienna on 11 March, the two sides talked for hours.",
            "2025-03-11",
            "Vienna",
        ),
        ("The 12th round took place in Geneva on Tuesday.", "2025-03-11", "Geneva"),
    ],
)
def test_a_round_named_by_any_ordinal_is_a_meeting(text, day, place):
    assert told(text) == [("meeting", "occurred", day, day, place)]


def test_a_new_round_of_sanctions_is_no_meeting():
    assert told("A new round of sanctions was announced in Brussels on Monday.") == []


# --- a communiqué's operative paragraphs --------------------------------------------------------

COMMUNIQUE = """REGIONAL PEACE COUNCIL
COMMUNIQUÉ

The Council, at its 90th meeting held in Nairobi on 12 March 2025, adopted the following \
decision concerning the region:

1. Welcomes the accord on border security, signed by the two parties in Kisumu on 3 March \
2025, and commends the meeting held between them in Nairobi on 10 March 2025;

2. Decides to remain seized of the matter.
"""


def test_a_paragraph_ending_with_a_semicolon_or_colon_is_read_as_text():
    found = told(COMMUNIQUE)
    assert ("agreement", "occurred", "2025-03-03", "2025-03-03", "Kisumu") in found
    assert ("meeting", "occurred", "2025-03-10", "2025-03-10", "Nairobi") in found


# --- trips told by the trip, by who sends them, or by the host --------------------------------


@pytest.mark.parametrize(
    ("text", "status", "first", "last", "place"),
    [
        (
            "The tour ends in Nauru, where the prime minister will open a new wharf on Wednesday "
            "and Thursday.",
            "announced",
            "2025-03-19",
            "2025-03-20",
            "Nauru",
        ),
        (
            "The Council decides to dispatch a delegation of its members to Khartoum.",
            "announced",
            None,
            None,
            "Khartoum",
        ),
        ("The UN sent an envoy to Juba on Monday.", "occurred", "2025-03-10", "2025-03-10", "Juba"),
        (
            "LIMA, March 14 (Agency) - Peru received the visit of the Chilean foreign minister on "
            "Thursday.",
            "occurred",
            "2025-03-13",
            "2025-03-13",
            "Lima",
        ),
    ],
)
def test_a_trip_told_by_its_last_stop_its_sender_or_its_host_is_a_visit(
    text, status, first, last, place
):
    assert ("visit", status, first, last, place) in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The season ends in disaster.",
        "The company sent a team to Nairobi on Monday.",
        "The ministry received the visit of a trade delegation.",
    ],
)
def test_no_trip_without_a_traveller_or_a_place(text):
    assert [e for e in told(text) if e[0] == "visit"] == []


def test_a_bilateral_told_in_the_present_of_a_live_blog_is_a_meeting():
    blog = (
        "LIVE: Western Balkans summit in Tirana\n\nUpdated 14 March 2025, 16:10 CET\n\n"
        "16:05 - Leaders pose for the family photo.\n\n"
        "14:05 - Greece's prime minister and Serbia's president have a short bilateral in the "
        "margins, their offices say.\n\n"
        "11:30 - Delegations gather at the congress centre.\n"
    )
    assert ("meeting", "occurred", "2025-03-14", "2025-03-14", "Tirana") in told(blog)


# --- a conversation with an office holder, with its day and no place ---------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The minister spoke with her Thai counterpart on Sunday.", "2025-03-09"),
        ("No, no. I spoke to the Thai prime minister on Sunday, and we agree.", "2025-03-09"),
        (
            "The president talked with his Kenyan counterpart yesterday about the border.",
            "2025-03-13",
        ),
    ],
)
def test_spoke_with_an_office_holder_on_a_day_is_a_call(text, day):
    assert told(text) == [("call", "occurred", day, day, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The president spoke to reporters on Sunday.",
        "The king spoke to the nation on Sunday.",
    ],
)
def test_spoke_to_the_press_or_the_nation_is_no_call(text):
    assert told(text) == []


def test_spoke_with_a_leader_in_a_named_city_is_no_call():
    assert [
        e
        for e in told("The president spoke with the French president in Paris on Monday.")
        if e[0] == "call"
    ] == []
