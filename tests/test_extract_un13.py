"""Sentences no rule used to read at all: a chronology dated in figures ("03/06/2011 - …",
"21-22/09/2011 - …"), whose present tense is history, and experts or teams meeting, told in the
present.

Every sentence here is invented for the test (other names, places, dates and phrasing than the
articles the rules were read on); each near-miss must stay silent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.text_dates import find_dates
from tests.conftest import core_told, the_one_told

# --- a day or two days written in figures -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("21-22/09/2011", dt.date(2011, 9, 21), dt.date(2011, 9, 22)),
        ("3–5.10.2011", dt.date(2011, 10, 3), dt.date(2011, 10, 5)),
        ("30/09/2011", dt.date(2011, 9, 30), dt.date(2011, 9, 30)),
    ],
)
def test_days_in_figures(text: str, start: dt.date, end: dt.date) -> None:
    found = find_dates(text, dt.date(2011, 12, 1), prefer_future=False)
    assert [(d.span.start, d.span.end) for d in found] == [(start, end)]


@pytest.mark.parametrize("text", ["22-21/09/2011", "21-22/13/2011", "scored 21-22 on 09/2011"])
def test_no_range_in_figures(text: str) -> None:
    spans = [(d.span.start, d.span.end) for d in find_dates(text, dt.date(2011, 12, 1))]
    assert all(s == e for s, e in spans)  # never a range of days


# --- a chronology dated in figures ------------------------------------------------------------

_TIMELINE = """TIMELINE: a year of talks between Lesotho and Eswatini

Compiled by our regional desk

03/06/2011 - Lesotho's foreign minister travels to Mbabane for talks with his counterpart.

21-22/09/2011 - Water experts of the two countries meet in Maseru to compare river data.

14.10.2011 - In Mbabane, the two interior ministers sign a protocol on border crossings.

2011-11-08 - Negotiating teams from both sides meet in Geneva under UN auspices.
"""


def test_chronology_in_figures() -> None:
    told = core_told(_TIMELINE, "2011-12-01")
    assert ("meeting", "occurred", "2011-09-21", "Maseru") in told
    assert ("agreement", "occurred", "2011-10-14", "Mbabane") in told
    assert ("meeting", "occurred", "2011-11-08", "Geneva") in told
    assert ("visit", "occurred", "2011-06-03", "Mbabane") in told
    meeting = the_one_told(_TIMELINE, "2011-12-01", "meeting", "Water experts")
    assert (meeting["date_start"], meeting["date_end"]) == ("2011-09-21", "2011-09-22")


def test_figures_ahead_in_a_chronology() -> None:
    text = (
        "KEY DATES\n\n"
        "12/03/2012 - The two presidents meet in Sarajevo.\n\n"
        "20/04/2012 - Officials of both governments meet in Skopje.\n\n"
        "COMING UP\n\n"
        "14-15/06/2012 - Ministers of the two countries meet in Tirana.\n"
    )
    told = core_told(text, "2012-05-02")
    assert ("meeting", "occurred", "2012-03-12", "Sarajevo") in told
    assert ("meeting", "announced", "2012-06-14", "Tirana") in told


def test_one_line_in_figures_is_no_chronology() -> None:
    # a single line opening with a figure date is a dateline or a note, not a timeline: its
    # present stays a habit
    text = "12/03/2012 - Experts of the region meet in Sarajevo every spring."
    assert core_told(text, "2012-05-02") == []


# --- experts and teams meeting, told in the present ------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Technical experts of both countries meet in Nairobi on Monday.", "2024-09-16", "Nairobi"),
        ("The negotiating teams meet in Doha on Thursday to settle it.", "2024-09-12", "Doha"),
    ],
)
def test_experts_meet_on_a_day(text: str, day: str, place: str) -> None:
    assert core_told(text, "2024-09-11") == [("meeting", "announced", day, place)]


@pytest.mark.parametrize(
    "text",
    [
        "Technical experts of both countries meet in Nairobi every year.",
        "Experts say the two leaders seldom meet in public.",
        "Football teams meet in the final.",
    ],
)
def test_experts_meet_near_misses(text: str) -> None:
    assert core_told(text, "2024-09-11") == []


# --- a council's or a dialogue's session, told by where it is held ---------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The alliance's annual ministerial council will be held in Valletta in December.",
            ("conference", "announced", "2024-12-01", "Valletta"),
        ),
        (
            "Officials said the next trilateral foreign ministers' dialogue is to take place in "
            "Tashkent in October.",
            ("conference", "announced", "2024-10-01", "Tashkent"),
        ),
        (
            "The regional security dialogue was held in Almaty in May.",
            ("conference", "occurred", "2024-05-01", "Almaty"),
        ),
        (
            "Qatar hosted the trilateral dialogue of foreign ministers in Doha last week.",
            ("conference", "occurred", "2024-09-02", "Doha"),
        ),
        (
            "Kazakhstan hosts a regional dialogue of security advisers in Astana on Monday.",
            ("conference", "announced", "2024-09-16", "Astana"),
        ),
    ],
)
def test_session_held_in_a_place(text: str, told: tuple) -> None:
    assert core_told(text, "2024-09-11") == [told]


def test_session_hosted_in_a_chronology() -> None:
    text = (
        "KEY DATES OF THE YEAR\n\n"
        "4 March - Uzbekistan hosts a regional dialogue of national security advisers in "
        "Tashkent.\n\n"
        "19 June - Kyrgyzstan's president visits Dushanbe.\n"
    )
    told = core_told(text, "2024-09-11")
    assert ("conference", "occurred", "2024-03-04", "Tashkent") in told


@pytest.mark.parametrize(
    "text",
    [
        "The ministerial council will be held responsible for the delay.",
        "The regional dialogue will be held in English.",
        "The city council will be held in the town hall.",
        "Oman hosted a regional dialogue with the public on water.",
        "Kazakhstan hosts a regional dialogue of security advisers every year.",
    ],
)
def test_session_near_misses(text: str) -> None:
    assert core_told(text, "2024-09-11") == []


# --- a tour told in the present ---------------------------------------------------------------


def test_tour_in_a_chronology() -> None:
    text = (
        "TIMELINE\n\n"
        "26-28 May - Lithuania's foreign minister tours Riga, Tallinn and Helsinki to rally "
        "support.\n\n"
        "4 June - The two presidents meet in Vilnius.\n"
    )
    told = core_told(text, "2024-09-11")
    for city in ("Riga", "Tallinn", "Helsinki"):
        assert ("visit", "occurred", "2024-05-26", city) in told


def test_tour_on_a_day_ahead() -> None:
    told = core_told("The minister tours Lima and Quito on Friday.", "2024-09-11")
    assert told == [
        ("visit", "announced", "2024-09-13", "Lima"),
        ("visit", "announced", "2024-09-13", "Quito"),
    ]


@pytest.mark.parametrize(
    "text", ["The minister tours the region every spring.", "The exhibition tours Europe."]
)
def test_tour_near_misses(text: str) -> None:
    assert core_told(text, "2024-09-11") == []


# --- photo captions and the present passive of a welcome ------------------------------------

_GALLERY = """In pictures: the minister in Morocco

Photo 1: In Rabat on Monday 9 September, the minister is received by the King at the Royal Palace.

Photo 2: The two foreign ministers sign a memorandum on fisheries in Rabat, 10 September.

3 of 4: The presidents hold talks at the palace in Rabat on Tuesday.

Photo 4: Next stop - the minister will attend the forum in Dakar in October.
"""


def test_captions_tell_history() -> None:
    told = core_told(_GALLERY, "2024-09-12")
    assert ("meeting", "occurred", "2024-09-09", "Rabat") in told
    assert ("agreement", "occurred", "2024-09-10", "Rabat") in told
    assert ("meeting", "occurred", "2024-09-10", "Rabat") in told
    assert ("conference", "announced", "2024-10-01", "Dakar") in told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The envoy is received by the Emir at the palace on Friday.",
            [("meeting", "announced", "2024-09-13", None)],
        ),
        ("The envoy is received by the Emir every year.", []),
        ("The two ministers sign a memorandum in photo 2 of the exhibition.", []),
    ],
)
def test_present_welcome_outside_captions(text: str, told: list) -> None:
    assert core_told(text, "2024-09-11") == told
