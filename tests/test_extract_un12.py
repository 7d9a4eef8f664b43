"""Everyday wire wordings that gave no candidate: a visit told by its rank ("the president's
first to Peru"), a document the clause after it says two named states signed, a body's
session someone will address, and a return for more talks (invented sentences)."""

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
    ("text", "status", "place"),
    [
        ("The two-day visit is the Chilean president's first to Peru.", "occurred", "Peru"),
        ("The visit will be the minister's first to Japan since 2019.", "announced", "Japan"),
        (
            "The state visit was the first by a Ghanaian head of state to Namibia in a decade.",
            "occurred",
            "Namibia",
        ),
    ],
)
def test_a_visit_told_by_its_rank_is_a_visit_to_its_destination(
    text: str, status: str, place: str
) -> None:
    assert _told(text) == [("visit", status, None, place)]


def test_a_ranked_visit_joins_the_visit_told_before_it() -> None:
    text = (
        "The Chilean president arrived in Lima on Monday for a two-day visit.\n\n"
        "The visit is the first by a Chilean head of state to Peru since 2010."
    )
    assert _told(text) == [("visit", "occurred", "2024-05-13", "Lima")]


@pytest.mark.parametrize(
    "text",
    [
        "The tour is the band's first to Japan.",
        "The trip is the first to France for the new model.",
        "The reform is the first to Parliament in years.",
        "The visit is the president's first abroad.",
    ],
)
def test_a_rank_with_no_traveller_or_destination_is_no_visit(text: str) -> None:
    assert not [r for r in article_candidates(text, PUBLISHED) if r["place_name"]]


def test_a_document_two_named_states_signed_is_an_agreement() -> None:
    text = (
        "The delegates reviewed the accord on fisheries that Chile and Peru signed in Lima "
        "on March 3."
    )
    assert _told(text) == [("agreement", "occurred", "2024-03-03", "Lima")]


@pytest.mark.parametrize(
    "text",
    [
        "The delegates reviewed the accord on fisheries that Chile and Peru rejected in Lima.",
        "The delegates praised the songs that Smith and Jones wrote in Lima on March 3.",
    ],
)
def test_a_document_not_signed_is_no_agreement(text: str) -> None:
    assert "agreement" not in _kinds(text)


def test_a_body_session_to_be_addressed_is_a_conference() -> None:
    text = (
        "The minister will address a special session of the Permanent Council of the "
        "Organization in Vienna on May 22."
    )
    assert _told(text) == [("conference", "announced", "2024-05-22", "Vienna")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister will address a meeting of farmers in Kisumu on Friday.",
        "The president addressed a joint session of the National Assembly on Monday.",
        "The minister addressed the Council on Monday.",
    ],
)
def test_a_speech_to_farmers_or_a_parliament_is_no_conference(text: str) -> None:
    assert "conference" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "The mediator plans to return to Damascus later this week for more meetings with "
            "senior officials.",
            "2024-05-16",
            "Damascus",
        ),
        (
            "The envoy is due to return to Harare on Monday for further talks with the "
            "opposition leaders.",
            "2024-05-20",
            "Harare",
        ),
    ],
)
def test_a_return_for_more_talks_is_a_trip_ahead(text: str, day: str, place: str) -> None:
    visits = [r for r in article_candidates(text, PUBLISHED) if r["event_type"] == "visit"]
    assert [(r["status"], r["date_start"], r["place_name"]) for r in visits] == [
        ("announced", day, place)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister will return to Paris after the summit.",
        "The ambassador will return to Lima on Friday for consultations.",
        "The president is expected to return to Nairobi on Sunday.",
    ],
)
def test_a_return_with_no_talks_ahead_is_no_visit(text: str) -> None:
    assert "visit" not in _kinds(text)
