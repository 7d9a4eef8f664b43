"""Visits, trips and their dates in wordings no rule was written against (round seven).

Every sentence here is invented for the test. The rules are stated for kinds of wording: a trip
to several places named together, a visit in any tense or voice, a date written any way.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

WED = dt.date(2024, 5, 15)  # a Wednesday
URL = "https://example.org/visits"


def visits(text: str, published: dt.date = WED) -> list[tuple]:
    found = core_candidates(text, published, url=URL)
    return [
        (e["country_code"], e["place_name"], e["status"], e["date_start"], e["date_end"])
        for e in found
        if e["event_type"] == "visit"
    ]


# --- a trip to several places named together ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "status", "span"),
    [
        (
            "The secretary will travel to Kenya, Ethiopia and Djibouti from 20 to 25 May.",
            [("KE", "Kenya"), ("ET", "Ethiopia"), ("DJ", "Djibouti")],
            "announced",
            ("2024-05-20", "2024-05-25"),
        ),
        (
            "The Secretary-General travelled to Mali, Niger and Burkina Faso last week.",
            [("ML", "Mali"), ("NE", "Niger"), ("BF", "Burkina Faso")],
            "occurred",
            ("2024-05-06", "2024-05-12"),
        ),
        (
            "The foreign minister travels to Brazil, Argentina, Uruguay and Chile next week.",
            [("BR", "Brazil"), ("AR", "Argentina"), ("UY", "Uruguay"), ("CL", "Chile")],
            "announced",
            ("2024-05-20", "2024-05-26"),
        ),
        (
            "The envoy will travel to Nairobi, Addis Ababa and Kigali from 20 to 25 May.",
            [("KE", "Nairobi"), ("ET", "Addis Ababa"), ("RW", "Kigali")],
            "announced",
            ("2024-05-20", "2024-05-25"),
        ),
        (
            "The ministers are to travel to Fiji, Samoa and Tonga.",
            [("FJ", "Fiji"), ("WS", "Samoa"), ("TO", "Tonga")],
            "announced",
            (None, None),
        ),
    ],
)
def test_a_comma_list_of_places_is_one_visit_per_stop(
    text: str, places: list[tuple[str, str]], status: str, span: tuple
) -> None:
    assert visits(text) == [(code, name, status, *span) for code, name in places]


def test_a_comma_after_a_place_that_names_where_it_is_adds_no_stop() -> None:
    # the part after the comma says where the city is: a country of several words, a state
    assert visits("The minister travels to Port of Spain, Trinidad and Tobago, on Friday.") == [
        ("TT", "Port of Spain", "announced", "2024-05-17", "2024-05-17")
    ]
    assert visits("The minister will travel to Austin, Texas, and Ottawa on Friday.") == [
        ("US", "Austin", "announced", "2024-05-17", "2024-05-17"),
        ("CA", "Ottawa", "announced", "2024-05-17", "2024-05-17"),
    ]


# --- a visit in other tenses, voices and styles ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay told with its purpose, or as under way
        (
            "The Algerian prime minister is in Tunis for a one-day working visit.",
            ("TN", "Tunis", "occurred", None, None),
        ),
        (
            "The Ghanaian president was in Lomé for a brief visit on Monday.",
            ("TG", "Lomé", "occurred", "2024-05-13", "2024-05-13"),
        ),
        ("The Crown Prince is currently in Seoul.", ("KR", "Seoul", "occurred", None, None)),
        # agency copy: the country named as a kin of the agency's own
        (
            "The Foreign Minister will pay an official visit to the brotherly country of Oman "
            "on Sunday.",
            ("OM", "Oman", "announced", "2024-05-19", "2024-05-19"),
        ),
        (
            "The Emir arrived in the brotherly Kingdom of Morocco on Monday.",
            ("MA", "Morocco", "occurred", "2024-05-13", "2024-05-13"),
        ),
        # "heads for", as "heads to"
        (
            "The foreign minister heads for Tashkent on Friday.",
            ("UZ", "Tashkent", "announced", "2024-05-17", "2024-05-17"),
        ),
        # a return from an N-day visit: the visit ended on the day told
        (
            "The minister returned on Monday from a three-day visit to Moscow.",
            ("RU", "Moscow", "occurred", "2024-05-11", "2024-05-13"),
        ),
    ],
)
def test_a_visit_in_other_wordings(text: str, expected: tuple) -> None:
    assert visits(text) == [expected]


# --- dates written every way -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The president will visit Hanoi Thursday.", ("2024-05-16", "2024-05-16")),
        ("The minister will visit Accra May 20-22.", ("2024-05-20", "2024-05-22")),
        ("The minister will arrive in Accra on the 20th.", ("2024-05-20", "2024-05-20")),
        ("The minister will visit Accra on 20th inst.", ("2024-05-20", "2024-05-20")),
        ("The minister will visit Accra on the 20th of May.", ("2024-05-20", "2024-05-20")),
        ("The minister will visit Accra on 20/05.", ("2024-05-20", "2024-05-20")),
        ("The minister will visit Accra on 20.05.2024.", ("2024-05-20", "2024-05-20")),
        ("The minister will visit Accra on 05/20/2024.", ("2024-05-20", "2024-05-20")),
        ("The minister will visit Accra on 2024-05-20.", ("2024-05-20", "2024-05-20")),
    ],
)
def test_a_visit_dated_any_way(text: str, span: tuple[str, str]) -> None:
    [(_, _, status, start, end)] = visits(text)
    assert (status, start, end) == ("announced", *span)


def test_figures_that_are_no_date() -> None:
    from mapapp.extract.text_dates import find_dates

    for text in ("The ministry runs a 24/7 hotline.", "Exports rose 14.03 percent in the year."):
        assert [d.span.kind for d in find_dates(text, WED)] == [], text
    # a day after the publication day this month, read back, is last month's
    [found] = find_dates("They met on the 20th.", WED)
    assert found.span.start == dt.date(2024, 4, 20)


# --- a trip told by its stops ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "span"),
    [
        (
            "The premier begins a three-nation tour of Africa on Thursday that will take him to "
            "Senegal, Côte d'Ivoire and Ghana.",
            [("SN", "Senegal"), ("CI", "Ivory Coast"), ("GH", "Ghana")],
            ("2024-05-16", "2024-05-16"),
        ),
        (
            "Next month the chancellor makes a swing through Central Asia, with stops in Astana, "
            "Tashkent and Bishkek.",
            [("KZ", "Astana"), ("UZ", "Tashkent"), ("KG", "Bishkek")],
            ("2024-06-01", "2024-06-30"),
        ),
        ("The final stop will be Suva on Sunday.", [("FJ", "Suva")], ("2024-05-19", "2024-05-19")),
        (
            "The secretary will travel to Indonesia and the Philippines next week.",
            [("ID", "Indonesia"), ("PH", "Philippines")],
            ("2024-05-20", "2024-05-26"),
        ),
    ],
)
def test_a_trip_told_by_its_stops(text: str, places: list[tuple[str, str]], span: tuple) -> None:
    assert visits(text) == [(code, name, "announced", *span) for code, name in places]


def test_a_transit_stop_is_no_visit() -> None:
    assert [
        v[1] for v in visits("The minister arrived in Busan on Friday after a stop in Fukuoka.")
    ] == ["Busan"]


def test_a_listed_stop_told_again_is_that_stop() -> None:
    found = visits(
        "DUBAI (Wire) — The minister arrived in Dubai on Monday at the start of a Gulf tour that "
        "will also take him to Muscat and Doha.\nHe is due to travel on to Muscat on Wednesday "
        "for talks, before ending the tour in Doha on Friday."
    )
    assert [(v[1], v[3]) for v in found] == [
        ("Dubai", "2024-05-13"),
        ("Muscat", "2024-05-15"),
        ("Doha", "2024-05-17"),
    ]


def test_a_stay_told_place_by_place() -> None:
    found = visits(
        "He will be in Tokyo on 20 and 21 May, in Seoul on 23 May and in Ulaanbaatar from 25 "
        "to 27 May."
    )
    assert [(v[0], v[3], v[4]) for v in found] == [
        ("JP", "2024-05-20", "2024-05-21"),
        ("KR", "2024-05-23", "2024-05-23"),
        ("MN", "2024-05-25", "2024-05-27"),
    ]


# --- a return home tells the stay abroad -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "The president returned from Paris on Monday, where he signed a defence pact.",
            "agreement",
        ),
        ("The president is back from Paris, where he met his French counterpart.", "meeting"),
        (
            "The minister returned home on Monday from Paris, where she attended a summit.",
            "conference",
        ),
    ],
)
def test_a_return_from_where_something_was_done_is_a_visit_there(text: str, other: str) -> None:
    found = core_candidates(text, WED, url=URL)
    assert sorted((e["event_type"], e["place_name"], e["status"]) for e in found) == sorted(
        [("visit", "Paris", "occurred"), (other, "Paris", "occurred")]
    )


def test_a_return_home_alone_is_no_visit() -> None:
    assert visits("The minister returned to Nairobi on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Wang is in Brasília through Friday.",
            [("BR", "Brasília", "occurred", "2024-05-15", "2024-05-17")],
        ),
        (
            "The Emir is currently on a tour that has taken him to Rabat and Tunis.",
            [("MA", "Rabat", "occurred", None, None), ("TN", "Tunis", "occurred", None, None)],
        ),
        (
            "The delegation reached Kabul on Tuesday.",
            [("AF", "Kabul", "occurred", "2024-05-14", "2024-05-14")],
        ),
        (
            "The premier will travel overseas to Canberra next month.",
            [("AU", "Canberra", "announced", "2024-06-01", "2024-06-30")],
        ),
        (
            "The envoy shuttled between Doha and Cairo last week.",
            [
                ("QA", "Doha", "occurred", "2024-05-06", "2024-05-12"),
                ("EG", "Cairo", "occurred", "2024-05-06", "2024-05-12"),
            ],
        ),
    ],
)
def test_more_trip_wordings(text: str, expected: list[tuple]) -> None:
    assert visits(text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The minister will visit Oslo in the last week of May.", ("2024-05-25", "2024-05-31")),
        ("The minister will visit Oslo in the second week of June.", ("2024-06-08", "2024-06-14")),
        ("The minister will visit Oslo in a fortnight.", ("2024-05-27", "2024-06-02")),
    ],
)
def test_a_week_of_a_month_and_a_fortnight(text: str, span: tuple[str, str]) -> None:
    [(_, _, status, start, end)] = visits(text)
    assert (status, start, end) == ("announced", *span)


# --- history and speculation -------------------------------------------------------------------


def test_a_visit_told_in_a_since_when_clause_is_in_that_year() -> None:
    found = visits(
        "It is the first visit to Mongolia by a Japanese prime minister since 2015, when the then "
        "prime minister travelled to Ulaanbaatar."
    )
    assert ("MN", "Ulan Bator", "occurred", "2015-01-01", "2015-12-31") in found


@pytest.mark.parametrize(
    "text",
    [
        "The minister could visit Pretoria later this year.",
        "The minister may travel to Pretoria later this year.",
        "The two presidents might meet again in Juba before the end of the year.",
    ],
)
def test_could_may_might_is_no_announcement(text: str) -> None:
    assert core_candidates(text, WED, url=URL) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy will embark on a tour of the Gulf states, starting in Riyadh on Monday.",
            ("SA", "Riyadh", "announced", "2024-05-20", "2024-05-20"),
        ),
        (
            "The foreign minister is on a week-long tour of Southeast Asia that began in Jakarta "
            "on Sunday.",
            ("ID", "Jakarta", "occurred", "2024-05-12", "2024-05-12"),
        ),
    ],
)
def test_a_tour_of_a_region_is_placed_at_its_named_stop(text: str, expected: tuple) -> None:
    assert visits(text) == [expected]
