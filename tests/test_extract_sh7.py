"""Sentences that hold two or more core events, as the annotation conventions count them.

Every sentence is invented (other names, places and wordings than the development articles):
both halves of a trip ("travelled to X to discuss Y with Z" is a visit and a meeting), and
wordings that name no trip stay without one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

WED = dt.date(2025, 6, 25)  # a Wednesday


def rows(text: str, published: dt.date = WED) -> list[tuple]:
    return sorted(
        (
            e["event_type"],
            e["status"],
            str(e["date_start"]),
            str(e["date_end"]),
            e["place_name"],
            e["country_code"],
        )
        for e in core_candidates(text, published)
    )


# --- a trip and the talks it was for --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "day", "place", "code"),
    [
        (
            "The Brazilian foreign minister travelled to Montevideo on Tuesday to discuss trade "
            "with his Uruguayan counterpart.",
            "occurred",
            "2025-06-24",
            "Montevideo",
            "UY",
        ),
        (
            "Kenya's president flew to Kigali on Thursday to discuss the pipeline with the "
            "Rwandan leader.",
            "occurred",
            "2025-06-19",
            "Kigali",
            "RW",
        ),
        (
            "The Polish president went to Tallinn on Monday for discussions with Estonia's "
            "leadership.",
            "occurred",
            "2025-06-23",
            "Tallinn",
            "EE",
        ),
        (
            "The Iranian foreign minister will travel to Doha on Saturday to consult with "
            "Qatari officials on the talks.",
            "announced",
            "2025-06-28",
            "Doha",
            "QA",
        ),
    ],
)
def test_a_trip_to_discuss_with_a_partner_is_a_visit_and_a_meeting(
    text: str, status: str, day: str, place: str, code: str
) -> None:
    assert rows(text) == [
        ("meeting", status, day, day, place, code),
        ("visit", status, day, day, place, code),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The two ministers agreed to discuss trade with Peru at a later date.", []),
        ("The opposition called for discussions with the rebels.", []),
        (
            "The two leaders headed the talks on Friday to discuss the border with the mediators.",
            [("meeting", "occurred", "2025-06-20", "2025-06-20", None, None)],
        ),
    ],
)
def test_discussing_with_no_trip_told_is_no_new_meeting(text: str, found: list) -> None:
    assert rows(text) == found


# --- a welcome on arrival: a meeting, and the arrival's visit --------------------------------


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        (
            "Upon arrival at Bishkek airport on Tuesday, the Kazakh president was received by the "
            "Kyrgyz president.",
            "2025-06-24",
            "KG",
        ),
        (
            "The Bahraini king was greeted on arrival in Kuwait City on Monday by the Emir of "
            "Kuwait.",
            "2025-06-23",
            "KW",
        ),
        (
            "Arriving in Niamey on Monday, the Beninese prime minister was met at the airport by "
            "Niger's prime minister.",
            "2025-06-23",
            "NE",
        ),
        (
            "On her arrival at Tbilisi's international airport on Wednesday, Armenia's president "
            "was welcomed by the Georgian president.",
            "2025-06-25",
            "GE",
        ),
    ],
)
def test_a_welcome_on_arrival_is_a_meeting_and_a_visit(text: str, day: str, code: str) -> None:
    found = rows(text)
    assert [(r[0], r[1], r[2], r[5]) for r in found] == [
        ("meeting", "occurred", day, code),
        ("visit", "occurred", day, code),
    ], found


def test_a_welcome_at_the_airport_stays_apart_from_the_talks_that_follow() -> None:
    found = rows(
        "The Zambian president arrived in Lilongwe on Monday and was received at the airport by "
        "President Chakwera, and the two leaders then held talks at the State House."
    )
    assert [(r[0], r[2], r[5]) for r in found] == [
        ("meeting", "2025-06-23", "MW"),
        ("meeting", "2025-06-23", "MW"),
        ("visit", "2025-06-23", "MW"),
    ], found


# --- a conference abroad someone will attend: a visit per attendee ---------------------------


@pytest.mark.parametrize(
    ("text", "visits", "place", "code"),
    [
        (
            "OTTAWA, June 25 - The Canadian prime minister will attend the NATO summit in Vilnius "
            "next week.",
            1,
            "Vilnius",
            "LT",
        ),
        (
            "India's prime minister will participate in the SCO summit in Tianjin on August 31.",
            1,
            "Tianjin",
            "CN",
        ),
        (
            "Both presidents are also expected to attend the Ibero-American summit in Santo "
            "Domingo in November.",
            2,
            "Santo Domingo",
            "DO",
        ),
        (
            "The Argentine and Brazilian presidents will attend the Mercosur summit in Asunción in "
            "December.",
            2,
            "Asunción",
            "PY",
        ),
    ],
)
def test_attending_a_conference_abroad_ahead_is_a_visit_per_attendee(
    text: str, visits: int, place: str, code: str
) -> None:
    found = rows(text)
    conference = [r for r in found if r[0] == "conference"]
    assert len(conference) == 1, found
    assert conference[0][1] == "announced"
    expected = ("visit", "announced", conference[0][2], conference[0][3], place, code)
    assert [r for r in found if r[0] == "visit"] == [expected] * visits


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, June 25 (Agency) - Ghana's president will attend the ECOWAS summit in Accra on "
        "Saturday.",
        "Kenya's president attended the African Union summit in Addis Ababa on Sunday.",
        "Ministers from both countries are also expected at a regional summit in Gaborone in July.",
    ],
)
def test_attending_at_home_in_the_past_or_unnamed_is_the_conference_only(text: str) -> None:
    assert [r[0] for r in rows(text)] == ["conference"]


@pytest.mark.parametrize(
    ("text", "kind", "place", "code"),
    [
        (
            "While in Dodoma on Monday, the Turkish foreign minister signed a defence cooperation "
            "agreement with Tanzania.",
            "agreement",
            "Dodoma",
            "TZ",
        ),
        (
            "While in Hanoi, the Korean president met Vietnam's prime minister on Monday.",
            "meeting",
            "Hanoi",
            "VN",
        ),
    ],
)
def test_while_in_a_city_the_event_there_is_a_stop_of_a_trip(
    text: str, kind: str, place: str, code: str
) -> None:
    assert rows(text) == sorted(
        [
            (kind, "occurred", "2025-06-23", "2025-06-23", place, code),
            ("visit", "occurred", "2025-06-23", "2025-06-23", place, code),
        ]
    )
