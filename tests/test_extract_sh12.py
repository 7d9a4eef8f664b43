"""Second events of a sentence: the talks a trip to three listed stops is for, one per stop.

Invented sentences in several outlet styles; each asserts the candidates' type, day, place and
status.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

PUBLISHED = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # media note: three capitals, the talks after the dates
        (
            "The Deputy Envoy for Sahel Affairs, Marta Quillon, will travel to Dakar, Bamako "
            "and Niamey May 20-24 to consult with government officials on the transition.",
            ("Bamako", "Dakar", "Niamey"),
        ),
        # wire: the talks named by a noun after "for"
        (
            "NAIROBI (Eastwire) - Kenya's foreign minister will travel to Kampala, Kigali and "
            "Bujumbura next week for talks with his regional counterparts.",
            ("Bujumbura", "Kampala", "Kigali"),
        ),
    ],
)
def test_listed_stops_each_get_the_talks(text: str, cities: tuple[str, ...]) -> None:
    core = core_told(text, PUBLISHED)
    meetings = sorted(p for t, s, _, p in core if t == "meeting" and s == "announced")
    visits = sorted(p for t, _, _, p in core if t == "visit")
    assert meetings == sorted(cities)
    assert visits == sorted(cities)


def test_stop_talks_told_again_are_one_meeting() -> None:
    text = (
        "The Deputy Envoy, Marta Quillon, will travel to Dakar, Bamako and Niamey May 20-24 to "
        "consult with government officials on the transition. In Dakar on May 20, she will meet "
        "Senegal's foreign minister."
    )
    core = core_told(text, PUBLISHED)
    at_dakar = [(d, p) for t, _, d, p in core if t == "meeting" and p == "Dakar"]
    assert at_dakar == [("2024-05-20", "Dakar")]


@pytest.mark.parametrize(
    "text",
    [
        # a tour summed up: the talks word comes before the list
        "The envoy spent the week holding talks in Cairo, Amman and Riyadh.",
        # "talks" as a topic after a trip, not its purpose
        "She will travel to Vienna, Prague and Warsaw next week to seek backing for her "
        "country's accession talks.",
        # the talks are in a place of their own, after the stops
        "He visited Lagos, Accra and Lome last month and later held talks in Abuja.",
    ],
)
def test_no_talks_at_each_stop(text: str) -> None:
    core = core_told(text, PUBLISHED)
    listed = ("Cairo", "Amman", "Riyadh", "Vienna", "Prague", "Warsaw", "Lagos", "Accra", "Lome")
    assert not [p for t, _, _, p in core if t == "meeting" and p in listed]


def test_consultations_with_listed_countries_are_no_gathering() -> None:
    text = (
        "The special envoy will travel to Ghana, Togo and Benin next week for consultations "
        "with the governments of the region."
    )
    assert not [c for c in core_told(text, PUBLISHED) if c[0] == "conference"]


def test_a_visit_taking_him_to_listed_towns_is_a_visit_to_each() -> None:
    text = "COLOMBO (Lanka Wire) - The visit will take him to Kandy, Galle and Jaffna."
    visits = sorted(
        p for t, s, _, p in core_told(text, PUBLISHED) if t == "visit" and s == "announced"
    )
    assert visits == ["Galle", "Jaffna", "Kandy"]


@pytest.mark.parametrize(
    "text",
    [
        # a list of countries as a topic, no destination
        "The visit will focus on trade with Ghana, Togo and Benin.",
        # the first visit word has its own place: the list is not a second trip's
        "The visit to Ghana will take him to Kumasi and Tamale, a spokesman for Mensah said.",
        # places after a visit word that names no trip to them
        "The visit was reported by newspapers based in Oslo, Bergen and Tromso.",
    ],
)
def test_no_listed_stops_without_a_trip_to_them(text: str) -> None:
    visits = [p for t, _, _, p in core_told(text, PUBLISHED) if t == "visit"]
    assert not {"Togo", "Benin", "Tamale", "Bergen", "Tromsø"} & set(visits)
