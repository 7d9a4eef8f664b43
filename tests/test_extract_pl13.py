"""Places read from the wording around an event (round thirteen, places).

Each kind is tested on sentences invented for the test, in several outlet styles, beside
near-misses that must not take the place:

- an airport welcome placed at the city the airport serves, when the airport is named by a
  person or a district ("on arrival at Faleolo airport": Apia) or by a city whose name holds a
  small Arabic article ("Sharm el-Sheikh International Airport").
"""

from __future__ import annotations

from tests.conftest import core_told

PUB = "2024-09-11"  # a Wednesday


# --- an airport named by a person or a district, or by a city with "el-" / "al" ---------------


def test_caption_welcome_at_an_airport_named_by_its_district() -> None:
    text = (
        "Photo 2: Kenya's foreign minister is greeted on arrival at Faleolo airport on Monday "
        "by Samoa's deputy prime minister."
    )
    assert core_told(text, PUB) == [
        ("meeting", "occurred", "2024-09-09", "Faleolo airport, Apia"),
        ("visit", "occurred", "2024-09-09", "Faleolo airport, Apia"),
    ]


def test_wire_welcome_at_an_airport_named_by_a_person() -> None:
    text = (
        "BUCHAREST (Reuters) - Moldova's foreign minister landed at Henri Coanda airport on "
        "Tuesday and was welcomed by Romania's secretary of state for European affairs."
    )
    told = core_told(text, PUB)
    assert ("visit", "occurred", "2024-09-10", "Henri Coanda airport, Bucharest") in told
    assert ("meeting", "occurred", "2024-09-10", "Henri Coanda airport, Bucharest") in told


def test_release_welcome_at_an_airport_of_a_city_with_an_article() -> None:
    text = (
        "Cyprus's president was welcomed by the Egyptian leader on arrival at the Sharm "
        "el-Sheikh International Airport on Monday, the presidency spokesman said."
    )
    assert core_told(text, PUB) == [
        (
            "meeting",
            "occurred",
            "2024-09-09",
            "Sharm el-Sheikh International Airport, Sharm el-Sheikh",
        ),
        (
            "visit",
            "occurred",
            "2024-09-09",
            "Sharm el-Sheikh International Airport, Sharm el-Sheikh",
        ),
    ]


def test_transcript_arrival_at_an_airport_named_by_a_person_in_the_americas() -> None:
    text = (
        "ANCHOR: Brazil's foreign minister touched down at Piarco International Airport "
        "this morning, where the Minister of Foreign Affairs greeted him."
    )
    places = {told[3] for told in core_told(text, PUB)}
    assert places == {"Piarco International Airport, Port of Spain"}


def test_a_surname_that_names_an_airport_is_no_airport_without_the_word() -> None:
    text = "Peru's foreign minister Ana Carrasco met her Chilean counterpart in Lima on Monday."
    assert core_told(text, PUB) == [("meeting", "occurred", "2024-09-09", "Lima")]


def test_a_lowercase_word_before_airport_is_no_city() -> None:
    text = (
        "The minister arrived on Monday at the new airport and was greeted by the mayor of "
        "Dakar, the ministry said."
    )
    assert all("airport" not in (told[3] or "") for told in core_told(text, PUB))
