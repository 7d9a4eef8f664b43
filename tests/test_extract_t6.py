"""Trips, itineraries and onward legs (round six): the wordings of a leg that were not read.

Every sentence here is invented for the test: the rules are stated for kinds of wording (a stay
"on a visit", an arrival from somewhere, a departure "this morning for", "goes on to", attending a
ceremony of state), never for one article's sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

TUE = dt.date(2024, 3, 5)  # a Tuesday
URL = "https://example.org/trips"


def core(text: str, published: dt.date = TUE) -> list[dict]:
    return core_candidates(text, published, url=URL)


def of_type(found: list[dict], event_type: str) -> list[dict]:
    return [e for e in found if e["event_type"] == event_type]


def days(event: dict) -> tuple[str | None, str | None]:
    return event["date_start"], event["date_end"]


# --- a stay told with "on a visit" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "span"),
    [
        (
            "HANOI (Wire) — The Finnish president is in Vietnam on a four-day official visit "
            "that began on Monday.",
            "VN",
            ("2024-03-04", "2024-03-07"),
        ),
        (
            "The Kenyan foreign minister, who is in Ghana on a two-day working visit, met the "
            "president on Tuesday.",
            "GH",
            ("2024-03-05", "2024-03-06"),
        ),
        (
            "Tashkent, 5 March (Agency) -- The President today received the Prime Minister of "
            "Tajikistan, who is in our country on a working visit.",
            "UZ",
            ("2024-03-05", "2024-03-05"),
        ),
    ],
)
def test_a_stay_on_a_visit_is_a_visit(text: str, country: str, span: tuple[str, str]) -> None:
    visits = of_type(core(text), "visit")
    assert [(v["country_code"], days(v), v["status"]) for v in visits] == [
        (country, span, "occurred")
    ]


# --- arrivals and departures -------------------------------------------------------------------


def test_an_arrival_from_somewhere_is_at_the_scene_not_the_origin() -> None:
    found = core(
        "TASHKENT (Wire) — Uzbekistan's foreign minister held talks in Termez on Sunday with a "
        "Taliban delegation.\nThe delegation, which arrived from Mazar-i-Sharif by road on "
        "Saturday, discussed border security."
    )
    visits = of_type(found, "visit")
    assert [(v["place_name"], days(v)) for v in visits] == [
        ("Tirmiz", ("2024-03-02", "2024-03-02"))
    ]


def test_an_arrival_from_somewhere_in_a_dateline_story() -> None:
    found = core("NAIROBI (Wire) — The Ugandan delegation arrived from Kampala on Monday.")
    assert [(v["place_name"], days(v)) for v in of_type(found, "visit")] == [
        ("Nairobi", ("2024-03-04", "2024-03-04"))
    ]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Jordan's foreign minister left the Sultanate this morning for Kuwait.", "Kuwait", "05"),
        ("The envoy departed the capital on Monday for Nairobi, officials said.", "Nairobi", "04"),
        ("The premier left Canberra yesterday for Wellington.", "Wellington", "04"),
    ],
)
def test_leaving_somewhere_at_a_time_for_a_place_is_a_visit(
    text: str, place: str, day: str
) -> None:
    visits = of_type(core(text), "visit")
    assert [(v["place_name"], v["date_start"], v["status"]) for v in visits] == [
        (place, f"2024-03-{day}", "occurred")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan foreign minister goes on to Tashkent on Friday for talks with Uzbek officials.",
        "After Dushanbe, the minister goes on to Tashkent on Friday for talks with officials.",
    ],
)
def test_goes_on_to_is_the_next_leg_ahead(text: str) -> None:
    found = core(text)
    assert [(e["event_type"], e["place_name"], e["date_start"], e["status"]) for e in found] == [
        ("visit", "Tashkent", "2024-03-08", "announced"),
        ("meeting", "Tashkent", "2024-03-08", "announced"),
    ]


# --- a ceremony of state abroad ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "day", "status"),
    [
        (
            "Paraguay's president will attend the inauguration in Montevideo on March 9.",
            "Montevideo",
            "2024-03-09",
            "announced",
        ),
        (
            "The president will attend the coronation of the new monarch in London on May 6.",
            "London",
            "2024-05-06",
            "announced",
        ),
        (
            "The king attended the state funeral of the former emperor in Tokyo on Monday.",
            "Tokyo",
            "2024-03-04",
            "occurred",
        ),
    ],
)
def test_attending_a_ceremony_abroad_is_a_visit(
    text: str, place: str, day: str, status: str
) -> None:
    visits = of_type(core(text), "visit")
    assert [(v["place_name"], v["date_start"], v["status"]) for v in visits] == [
        (place, day, status)
    ]


# --- an onward leg whose end is told by "where" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "leg", "end", "end_type"),
    [
        (
            "The premier will hold talks in Hanoi on Monday before travelling on to Vientiane, "
            "where she is due to attend an ASEAN summit on Wednesday.",
            "Vientiane",
            ("2024-03-11", "2024-03-13"),
            ("2024-03-13", "2024-03-13"),
            "conference",
        ),
        (
            "NAIROBI (Wire) — The minister held talks with his Kenyan counterpart on Tuesday "
            "before leaving for Kampala, where he will attend a summit of East African leaders "
            "on Thursday.",
            "Kampala",
            ("2024-03-05", "2024-03-07"),
            ("2024-03-07", "2024-03-07"),
            "conference",
        ),
        (
            "The foreign minister will leave for Brussels on Sunday, where he will attend a "
            "meeting of NATO foreign ministers on Tuesday.",
            "Brussels",
            ("2024-03-10", "2024-03-12"),
            ("2024-03-12", "2024-03-12"),
            "conference",
        ),
        (
            "Today the minister is scheduled to meet the labour minister before departing for "
            "Doha, where he will attend a Gulf-South Asia dialogue on Thursday.",
            "Doha",
            ("2024-03-05", "2024-03-07"),
            ("2024-03-07", "2024-03-07"),
            "conference",
        ),
    ],
)
def test_an_onward_leg_runs_to_the_day_of_what_is_done_at_its_end(
    text: str, place: str, leg: tuple[str, str], end: tuple[str, str], end_type: str
) -> None:
    found = core(text)
    legs = [v for v in of_type(found, "visit") if v["place_name"] == place]
    ends = [e for e in of_type(found, end_type) if e["place_name"] == place]
    assert [(days(v), v["status"]) for v in legs] == [(leg, "announced")]
    assert [(days(e), e["status"]) for e in ends] == [(end, "announced")]


def test_a_day_told_before_the_leg_covers_the_stop_and_what_is_done_there() -> None:
    found = core(
        "On March 18 and 19, the Secretary will be in Luanda, where he will meet Angola's "
        "President and discuss the implementation of the April 4 memorandum."
    )
    assert [(e["event_type"], days(e)) for e in found if e["place_name"] == "Luanda"] == [
        ("visit", ("2024-03-18", "2024-03-19")),
        ("meeting", ("2024-03-18", "2024-03-19")),
    ]


def test_a_stay_under_way_is_not_made_a_leg_ahead() -> None:
    found = core("Today the minister is visiting Zanzibar, where she will meet the president.")
    assert [v["status"] for v in of_type(found, "visit")] == ["occurred"]


# --- a trip ahead told by "expected", "due" or a time before the destination -------------------


@pytest.mark.parametrize(
    ("text", "place", "span"),
    [
        (
            "The Malagasy Prime Minister is expected tomorrow Wednesday in Mutsamudu.",
            "Moutsamoudou",
            ("2024-03-06", "2024-03-06"),
        ),
        (
            "The envoy is expected on Thursday in Kinshasa.",
            "Kinshasa",
            ("2024-03-07", "2024-03-07"),
        ),
        ("The minister is due tomorrow in Beirut.", "Beirut", ("2024-03-06", "2024-03-06")),
        (
            "The chief US negotiator for the compact talks is due in Majuro next week.",
            "Majuro",
            ("2024-03-11", "2024-03-17"),
        ),
        (
            "The visiting president is to travel today to Farafenni to inspect the bridge works.",
            "Farafenni",
            ("2024-03-05", "2024-03-05"),
        ),
        ("The minister will fly tomorrow to Abuja.", "Abuja", ("2024-03-06", "2024-03-06")),
    ],
)
def test_a_trip_ahead_with_its_time_before_the_destination(
    text: str, place: str, span: tuple[str, str]
) -> None:
    visits = of_type(core(text), "visit")
    assert [(v["place_name"], days(v), v["status"]) for v in visits] == [(place, span, "announced")]


def test_a_round_of_talks_is_the_purpose_of_the_trip_not_the_negotiators_title() -> None:
    found = core(
        "The chief negotiator for the compact talks is due in Majuro next week for a round of "
        "talks with the government."
    )
    assert [(e["event_type"], e["place_name"], days(e)) for e in found] == [
        ("visit", "Majuro", ("2024-03-11", "2024-03-17")),
        ("meeting", "Majuro", ("2024-03-11", "2024-03-17")),
    ]


def test_a_return_to_follow_up_is_a_trip() -> None:
    found = core(
        "The Secretary-General is expected back in Beirut next week to follow up on the talks."
    )
    assert [(v["place_name"], days(v)) for v in of_type(found, "visit")] == [
        ("Beirut", ("2024-03-11", "2024-03-17"))
    ]


# --- a trip told by its end ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The king concluded a three-day state visit to Spain on Sunday.",
            ("2024-03-01", "2024-03-03"),
        ),
        ("The king wrapped up a four-day visit to Spain on Sunday.", ("2024-02-29", "2024-03-03")),
        (
            "The king ended on Sunday a state visit of four days to Spain.",
            ("2024-02-29", "2024-03-03"),
        ),
        (
            "The king began on Sunday a state visit of four days to Spain.",
            ("2024-03-03", "2024-03-06"),
        ),
    ],
)
def test_a_trip_told_by_its_end_runs_back_from_that_day(text: str, span: tuple[str, str]) -> None:
    visits = of_type(core(text), "visit")
    assert [(v["country_code"], days(v)) for v in visits] == [("ES", span)]


# --- an itinerary told as a list, then one sentence per stop ----------------------------------


def test_each_listed_stop_takes_the_city_and_day_of_its_own_sentence() -> None:
    found = core(
        "The Secretary will travel to Dakar, Senegal; Abuja, Nigeria; and Accra, Ghana, March "
        "17-21.\nIn Dakar on March 17, the Secretary will meet the President of Senegal.\n"
        "On March 18 and 19, the Secretary will be in Abuja, where he will meet officials.\n"
        "The Secretary will end his trip in Accra on March 20 and 21."
    )
    visits = sorted((v["place_name"], days(v)) for v in of_type(found, "visit"))
    assert visits == [
        ("Abuja", ("2024-03-18", "2024-03-19")),
        ("Accra", ("2024-03-20", "2024-03-21")),
        ("Dakar", ("2024-03-17", "2024-03-17")),
    ]
    dakar = next(v for v in of_type(found, "visit") if v["place_name"] == "Dakar")
    assert any(q.startswith("In Dakar on March 17") for q in dakar["source_quotes"])


def test_a_country_of_the_list_takes_the_city_of_the_meeting_told_there() -> None:
    found = core(
        "Today I will travel to Fiji and Tonga.\n"
        "In Suva on 6 March, I will meet the Prime Minister of Fiji.\n"
        "In Nuku'alofa on 7 March, I will meet the King of Tonga."
    )
    visits = sorted((v["place_name"], days(v)) for v in of_type(found, "visit"))
    assert visits == [
        ("Nukuʻalofa", ("2024-03-07", "2024-03-07")),
        ("Suva", ("2024-03-06", "2024-03-06")),
    ]


def test_a_stop_of_another_traveller_is_not_a_listed_stop() -> None:
    found = core(
        "The envoy arrived in Islamabad on Monday from Delhi and is due to travel to Kabul on "
        "Sunday.\nThe Taliban delegation flew in from Doha on Monday evening."
    )
    visits = [v for v in of_type(found, "visit") if v["place_name"] == "Islamabad"]
    assert len(visits) == 2
