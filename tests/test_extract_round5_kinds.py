"""Round-5 kinds and places, with invented sentences: a bloc's own sessions and its leaders'
gatherings are conferences, and a destination keeps a city's small inner words."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates

PUBLISHED = dt.date(2021, 3, 10)


def _events(text: str) -> list[dict]:
    return extract_candidates(text, published=PUBLISHED, url="https://example.org/news")


def _kinds(text: str) -> set[str]:
    return {e["event_type"] for e in _events(text)}


def _places(text: str) -> set[str]:
    return {str(e["place_name"]) for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Mercosur presidents will meet in Asuncion next month to review the customs union.",
        "East African Community heads of state met in Arusha on Saturday.",
        "Arab prime ministers gathered in Amman on Tuesday to discuss the refugee crisis.",
    ],
)
def test_a_bodys_or_regions_leaders_meeting_is_a_conference(text: str) -> None:
    assert _kinds(text) == {"conference"}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the minister will attend the meeting of the EU General Affairs Council in "
        "Luxembourg.",
        "She attended a session of the ASEAN Coordinating Council in Jakarta on 4 March.",
        "The president will address the general debate of the 76th session of the UN General "
        "Assembly in New York on 21 September.",
        "The premier flew to Switzerland on Sunday to attend the World Economic Forum's annual "
        "meeting in Davos.",
    ],
)
def test_a_blocs_own_session_is_a_conference(text: str) -> None:
    kinds = _kinds(text)
    assert "conference" in kinds and "meeting" not in kinds


def test_a_meeting_of_two_presidents_stays_a_meeting() -> None:
    text = "The two presidents met in Montevideo on Friday for talks on the river treaty."
    assert _kinds(text) == {"meeting"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The trade minister visited Dar es Salaam on 2 March.", "Dar es Salaam"),
        ("The envoy travelled to Rio de Janeiro on Monday for talks.", "Rio de Janeiro"),
        ("The foreign secretary will fly to Dar es Salaam, Tanzania, next week.", "Dar es Salaam"),
    ],
)
def test_a_destination_keeps_its_small_inner_words(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "EU trade ministers will discuss the tariffs when they meet informally in Porto on "
            "16 March.",
            "Porto",
        ),
        (
            "G20 finance ministers are due to debate the tax plan when they meet again in Venice "
            "on 9 July.",
            "Venice",
        ),
    ],
)
def test_a_blocs_ministers_meeting_in_a_manner_is_a_conference(text: str, place: str) -> None:
    events = _events(text)
    assert [(e["event_type"], e["place_name"]) for e in events] == [("conference", place)]
