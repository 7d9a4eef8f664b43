"""Places said without a city's name: "the national capital", "in the city" (the dateline's
city), read before a city named later in the same clause. Invented sentences, other names and
wordings than the development articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

PUBLISHED = dt.date(2026, 4, 14)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["place_name"]) for e in core_candidates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "OTTAWA, April 14 (Maple Wire) - Canada and Norway agreed on Tuesday to share ice "
            "patrol data.\n\nThe Norwegian premier arrived in the national capital on Monday "
            "night, having spent the weekend in Toronto visiting a shipyard.",
            "Ottawa",
        ),
        (
            "BRASILIA, April 14 (Southern Desk) - Brazil and Chile agreed on Tuesday to link "
            "their power grids.\n\nChile's president flew into the federal capital on Monday, "
            "after two days in Sao Paulo with business leaders.",
            "Brasília",
        ),
    ],
)
def test_the_national_capital_is_the_datelines_city_not_a_later_one(text, city):
    assert ("visit", city) in _places(text)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "NAIROBI, April 14 (East Desk) - Regional leaders gathered in Nairobi on Tuesday "
            "over the drought.\n\nAt an emergency summit in the city on March 3, they agreed "
            "to send food convoys, whose first trucks reached Mandera weeks later.",
            "Nairobi",
        ),
        (
            "LIMA, April 14 (Andes Wire) - Foreign ministers of the Pacific Alliance met in Lima "
            "on Tuesday.\n\nThe ministers held a conference in the city in February, shortly "
            "before a flood struck Piura.",
            "Lima",
        ),
    ],
)
def test_in_the_city_is_the_datelines_city_even_before_another_city(text, city):
    dated = [p for p in _places(text) if p[0] == "conference"]
    assert ("conference", city) in dated
    assert all(p[1] != "Mandera" and p[1] != "Piura" for p in dated)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "ROME, April 14 (Tiber Wire) - Italy's foreign minister met his Greek counterpart "
            "at the foreign ministry in Athens on Tuesday.",
            "Athens",
        ),
        (
            "MADRID, April 14 (Iberia Desk) - Spain's prime minister held talks at the "
            "presidential palace in Lisbon on Tuesday.",
            "Lisbon",
        ),
    ],
)
def test_a_seat_followed_by_its_city_keeps_that_city(text, city):
    assert ("meeting", city) in _places(text)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Kenya's foreign minister, who touched down at Julius Nyerere International Airport "
            "on Monday morning, held talks with Tanzania's president the same day.",
            "Dar es Salaam",
        ),
        (
            "The Chilean president landed at El Dorado airport late on Sunday, aides said.",
            "Bogotá",
        ),
        (
            "Mongolia's prime minister arrived at Astana International Airport on Monday for a "
            "two-day visit.",
            "Astana",
        ),
        (
            "The envoy arrived at Kigali's international airport on Monday.",
            "Kigali",
        ),
    ],
)
def test_an_arrival_at_an_airport_is_a_visit_to_the_city_it_serves(text, city):
    visits = [e for e in core_candidates(text, PUBLISHED) if e["event_type"] == "visit"]
    assert visits
    assert visits[0]["place_name"].endswith(city)


@pytest.mark.parametrize(
    "text",
    [
        "The government opened a new terminal at Hamad International Airport on Monday.",
        "Flights at Heathrow Airport were delayed on Monday by fog.",
    ],
)
def test_an_airport_named_without_an_arrival_is_no_visit(text):
    assert core_candidates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The tour ends on Friday in Hilo, on the island of Hawaii, where the minister will "
            "meet local leaders.",
            "Hilo",
        ),
        (
            "The foreign ministers will hold talks on Monday in Tromsø, in the county of Troms, "
            "where they will meet fishermen.",
            "Tromsø",
        ),
    ],
)
def test_a_region_said_of_a_city_leaves_the_event_in_the_city(text, city):
    places = {p for _, p in _places(text)}
    assert places == {city}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Leaders meet\n\nEdited By: Jane Roe | Updated: April 14, 2026\n\nMajuro: Taiwan's "
            "president concluded his two-day state visit to the Marshall Islands on Tuesday.",
            "Majuro",
        ),
        (
            "Talks end\n\nVaduz: Austria's chancellor ended his state visit to Liechtenstein "
            "on Tuesday.",
            "Vaduz",
        ),
    ],
)
def test_a_small_national_capital_opens_a_dateline_with_a_colon(text, city):
    from mapapp.extract.datelines import find_dateline

    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.city == city


def test_a_word_with_a_colon_is_no_dateline():
    from mapapp.extract.datelines import find_dateline

    assert find_dateline("Notes\n\nMeanwhile: the talks in Vienna went on.") is None
