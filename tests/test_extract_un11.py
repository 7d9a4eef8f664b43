"""Core events told in bare wordings that gave no candidate at all: calls told by "spoke" with a
day, receptions with the place or day between the verb and the guest, welcomes on arrival told
in a caption's present, and a caption closed by its photo credit (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates

PUBLISHED = "2024-05-15"  # a Wednesday


def _told(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted(
        (r["event_type"], r["status"], r["date_start"], r["place_name"])
        for r in article_candidates(text, PUBLISHED)
    )


def _kinds(text: str) -> list[str]:
    return sorted(r["event_type"] for r in article_candidates(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The two ministers last spoke on April 30, after the vote in the assembly.", "2024-04-30"),
        ("They spoke on Monday about the release of the detained sailors.", "2024-05-13"),
        ("The leaders also spoke on 2 May about the grain corridor.", "2024-05-02"),
    ],
)
def test_two_sides_that_spoke_on_a_day_held_a_call(text: str, day: str) -> None:
    assert _told(text) == [("call", "occurred", day, None)]


@pytest.mark.parametrize(
    "text",
    [
        "They spoke on Monday at a rally in the centre of Lyon.",
        "He spoke on Tuesday about the budget and the new tax on fuel.",
        "The presidents spoke on Friday to reporters outside the palace.",
        "Both leaders spoke on Monday in Vienna before the vote.",
        "The two ministers spoke on Thursday at the opening of the forum.",
    ],
)
def test_a_speech_or_talks_in_person_are_no_call(text: str) -> None:
    assert "call" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "The President received at the State House, Lilongwe, a special envoy of the "
            "Zambian Head of State, who brought a message on the border.",
            None,
            "Lilongwe",
        ),
        (
            "The Minister received this Monday 13 May 2024, in his office at the Ministry, his "
            "Gambian counterpart, Mr. Ebrima Touray.",
            "2024-05-13",
            None,
        ),
        (
            "The Foreign Minister received at her office in Rabat, on Tuesday, the Ambassador "
            "of Peru.",
            "2024-05-14",
            "Rabat",
        ),
    ],
)
def test_a_reception_with_place_or_day_before_the_guest_is_a_meeting(
    text: str, day: str | None, place: str | None
) -> None:
    assert _told(text) == [("meeting", "occurred", day, place)]


@pytest.mark.parametrize(
    "text",
    [
        "The hospital received in March, after long delays, a shipment of vaccines.",
        "The fund received on Monday, as expected, a pledge of ten million euros.",
        "The museum received at its annex, Kumasi, a collection of old maps.",
    ],
)
def test_a_thing_received_is_no_meeting(text: str) -> None:
    assert "meeting" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The President of Malawi is welcomed by Zambia's Vice-President on arrival at Kenneth "
        "Kaunda International Airport, Lusaka, on Monday.",
        "Kenya's president, left, greets Uganda's president on his arrival at Jomo Kenyatta "
        "airport in Nairobi, Monday.",
    ],
)
def test_a_welcome_on_arrival_told_in_a_caption_is_a_meeting_and_a_visit(text: str) -> None:
    assert [k for k, status, day, _ in _told(text) if day == "2024-05-13"] == ["meeting", "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "The president is greeted by dancers on arrival at Kotoka airport on Monday.",
        "The singer greets her fans on arrival at the stadium in Accra on Monday.",
    ],
)
def test_a_welcome_by_a_crowd_in_a_caption_is_no_meeting(text: str) -> None:
    assert "meeting" not in _kinds(text)


def test_a_caption_closed_by_its_credit_is_read() -> None:
    text = (
        "2 of 5: The two presidents hold talks at State House in Lusaka on Monday. "
        "(Photo: Picture desk)"
    )
    assert _told(text) == [("meeting", "occurred", "2024-05-13", "State House, Lusaka")]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("The Chilean president arrived Monday night for a two-day visit.", "visit", "occurred"),
        (
            "The Council is next scheduled to consider the matter in July.",
            "conference",
            "announced",
        ),
        (
            "The Committee will hold an interactive dialogue with experts from Myanmar next month.",
            "conference",
            "announced",
        ),
        (
            "The second round of the present series was held in Muscat in March.",
            "meeting",
            "occurred",
        ),
        (
            "Peru and Bolivia held the fourth round of their annual binational dialogue in Puno "
            "in March.",
            "meeting",
            "occurred",
        ),
        (
            "Both governments held their last joint cabinet retreat in Hue in March 2019.",
            "meeting",
            "occurred",
        ),
        (
            "The ministers welcomed the convening of the Chile-Peru Energy Dialogue in Lima on "
            "June 3.",
            "meeting",
            None,
        ),
        ("10:30 - Signing of a memorandum on fisheries between Ghana and Togo.", "agreement", None),
        (
            "During the stop, a protocol relating to the Lomé port corridor will be signed.",
            "agreement",
            "announced",
        ),
        (
            "The summit's closing declaration is to be adopted on Friday.",
            "agreement",
            "announced",
        ),
        (
            "The Aqaba Declaration, adopted by consensus on Monday afternoon, calls for a "
            "ceasefire.",
            "agreement",
            "occurred",
        ),
    ],
)
def test_a_bare_wording_tells_its_event(text: str, kind: str, status: str | None) -> None:
    found = [r for r in article_candidates(text, PUBLISHED) if r["event_type"] == kind]
    assert len(found) == 1 and (status is None or found[0]["status"] == status)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The parcel arrived Monday morning at the embassy.", "visit"),
        ("The shipment of vaccines has finally arrived at the Port of Tema.", "visit"),
        ("The Council was expected to discuss the budget at a later date.", "conference"),
        ("The first round of the presidential election was held in Lima in April.", "meeting"),
        ("The government held a joint press conference with the unions on Monday.", "meeting"),
        (
            "She told reporters that a new accord would be signed by both sides soon.",
            "agreement",
        ),
        ("The ministry's annual report, adopted on Monday, shows growth.", "agreement"),
    ],
)
def test_a_bare_wording_of_something_else_tells_no_event(text: str, kind: str) -> None:
    assert kind not in _kinds(text)


def test_the_high_level_week_of_the_assembly_is_a_conference_and_a_trip() -> None:
    text = (
        "The President is to attend the high-level segment of the UN General Assembly, in New "
        "York, on 24 September."
    )
    assert _told(text) == [
        ("conference", "announced", "2024-09-24", "New York"),
        ("visit", "announced", "2024-09-24", "New York"),
    ]


def test_a_meeting_ahead_with_members_of_a_body_is_a_meeting_on_the_trip() -> None:
    text = (
        "In Accra on May 20 and 21, the envoy will also meet members of the electoral commission."
    )
    assert _told(text) == [
        ("meeting", "announced", "2024-05-20", "Accra"),
        ("visit", "announced", "2024-05-20", "Accra"),
    ]


def test_joining_someone_abroad_for_a_summit_is_a_trip_there() -> None:
    text = "Next week, the Foreign Minister will join the President in Vienna for the OSCE summit."
    assert _told(text) == [
        ("conference", "announced", "2024-05-20", "Vienna"),
        ("visit", "announced", "2024-05-20", "Vienna"),
    ]


def test_joining_a_cause_is_no_trip() -> None:
    assert "visit" not in _kinds("The minister will join the chorus of critics at the summit.")
