"""Where events happened: datelines of every form, "here", venues named by buildings and
institutions, places named by description. Sentences are invented, in many outlets' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp import gazetteer
from mapapp.extract.candidates import extract_candidates
from mapapp.extract.datelines import find_dateline
from mapapp.extract.discourse import dateline_place

PUBLISHED = dt.date(2025, 5, 8)  # a Thursday


def core(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return [
        r
        for r in extract_candidates(text, published=published, url="https://example.org/a")
        if r["event_type"] in ("meeting", "visit", "conference", "call", "agreement")
    ]


# --- datelines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "city", "region", "date", "place"),
    [
        (
            "NAIROBI, Kenya, March 3 (Reuters-like) - Talks began.",
            "NAIROBI",
            "Kenya",
            "March 3",
            "Nairobi",
        ),
        ("WASHINGTON — The two sides met.", "WASHINGTON", None, None, "Washington"),
        (
            "UNITED NATIONS, Oct 2 (Agency) -- Envoys met.",
            "UNITED NATIONS",
            None,
            "Oct 2",
            "New York",
        ),
        ("Kabul, 14 August 2021: Officials met.", "Kabul", None, "14 August 2021", "Kabul"),
        ("QUITO, Ecuador (Andean Desk) — Ministers met.", "QUITO", "Ecuador", None, "Quito"),
        ("BOGOTÁ, Sept. 9 (Llanos Wire) - Envoys met.", "BOGOTÁ", None, "Sept. 9", "Bogotá"),
        (
            "Colombo, Feb 11 (LNS) The minister met his counterpart.",
            "Colombo",
            None,
            "Feb 11",
            "Colombo",
        ),
        (
            "Dar es Salaam, 3 May 2024 — The ministers met.",
            "Dar es Salaam",
            None,
            "3 May 2024",
            "Dar es Salaam",
        ),
        (
            "Manila, 2 July 2025 – The Secretary received the envoy.",
            "Manila",
            None,
            "2 July 2025",
            "Manila",
        ),
        ("ACCRA —", "ACCRA", None, None, "Accra"),
        ("NAIROBI: Kenya and Uganda signed a pact.", "NAIROBI", None, None, "Nairobi"),
    ],
)
def test_dateline_of_every_form(line, city, region, date, place):
    found = find_dateline("A headline of several words\n\n" + line)
    assert (found.city, found.region, found.date) == (city, region, date)
    assert dateline_place(found).name == place


@pytest.mark.parametrize(
    "line",
    [
        "ANCHOR: Good evening, the talks went on.",
        "QUESTION: Did the ministers meet?",
        "Meanwhile — the talks went on.",
        "Turkey, Romania and Bulgaria sign a pact — in Ankara.",
        "FILE - A minister speaks in Doha, Sept. 16, 2022.",
        "Officials said: the talks will go on.",
    ],
)
def test_no_dateline_in_ordinary_openings(line):
    assert find_dateline(line) is None


def test_agency_name_is_never_a_place():
    # "Sea" in an agency's or a sea's name is no city (an airport code is no alternate name)
    for text in (
        "RIGA, Latvia (Baltic Sea Wire) — The foreign ministers of Latvia and Estonia signed "
        "an agreement on Monday.",
        "MANILA, June 5 (Coral Sea News) — The two ministers signed an accord on Tuesday.",
    ):
        places = {r["place_name"] for r in core(text)}
        assert places and places <= {"Riga", "Manila"}


@pytest.mark.parametrize("name", ["Sea", "UN", "U.N.", "SEA", "EU", "ASEAN"])
def test_acronyms_and_common_words_are_no_cities(name):
    assert gazetteer.lookup(name).place is None


def test_sea_named_as_venue_is_no_city():
    text = (
        "VARNA, Bulgaria (Example) — Navies of three countries signed an agreement on Monday to "
        "clear mines in the Black Sea."
    )
    assert [r["place_name"] for r in core(text)] == ["Varna"]


def test_agency_copy_without_dash_places_the_lead():
    text = (
        "Kathmandu, March 4 (HNS) Nepal's foreign minister held talks with his Bhutanese "
        "counterpart on Monday."
    )
    assert [(r["event_type"], r["place_name"]) for r in core(text)] == [("meeting", "Kathmandu")]


def test_release_dateline_places_the_lead():
    text = (
        "Hanoi, 12 April 2025 – The Minister of Foreign Affairs received the Foreign Minister "
        "of Laos at the Ministry on Friday."
    )
    assert [r["place_name"] for r in core(text)] == ["Hanoi"]


def test_a_heading_in_capitals_is_no_dateline():
    text = "NEWS IN BRIEF — Friday, May 9, 2025\n\nACCRA — Ghana and Togo signed a pact on Monday."
    assert find_dateline(text).city == "ACCRA"
    assert find_dateline("THE HAGUE (Example) — Envoys met.").city == "THE HAGUE"


# --- venues named by buildings and institutions -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "city", "code"),
    [
        (
            "The Secretary met the Thai foreign minister at the Department of State on Monday.",
            "Washington",
            "US",
        ),
        ("The two presidents held talks at the Casa Rosada on Tuesday.", "Buenos Aires", "AR"),
        (
            "The chancellor received the Polish premier at Schloss Bellevue on Monday.",
            "Berlin",
            "DE",
        ),
        ("The ministers met at the Farnesina on Wednesday.", "Rome", "IT"),
        (
            "Ghana's president held talks with his French host at the Élysée on Tuesday.",
            "Paris",
            "FR",
        ),
        (
            "Sudan's envoy held talks with Chad's minister at the headquarters of the African "
            "Union on Monday.",
            "Addis Ababa",
            "ET",
        ),
        ("Gulf ministers met at the GCC Secretariat on Tuesday.", "Riyadh", "SA"),
        ("The two leaders met at Camp David on Saturday.", "Frederick", "US"),
        (
            "The premier held talks with the Indian leader at Kirribilli House on Sunday.",
            "Sydney",
            "AU",
        ),
        ("They signed the accord at the Palacio do Planalto on Monday.", "Brasília", "BR"),
    ],
)
def test_well_known_venues_are_in_their_city(sentence, city, code):
    events = core(sentence)
    assert events and all(
        (e["place_name"].split(", ")[-1], e["country_code"]) == (city, code) for e in events
    )


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The envoys met at UN headquarters in Geneva on Monday.", "Geneva"),
        ("The ministers met at the OSCE headquarters in Vienna on Monday.", "Vienna"),
        ("The ministers met at NATO headquarters in Mons on Monday.", "Mons"),
        ("The two met at the Foreign Ministry in Amman on Sunday.", "Amman"),
    ],
)
def test_a_city_stated_after_the_venue_wins(sentence, city):
    assert [e["place_name"].split(", ")[-1] for e in core(sentence)] == [city]


def test_un_alone_is_no_town():
    events = core("They recalled their meeting at UN headquarters in New York last week.")
    assert [e["place_name"] for e in events] == ["New York"]


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, May 6 (Example) — Ghana's president received Togo's foreign minister on Monday. "
        "Later, the minister paid a courtesy call on the vice president at the Vice Presidential "
        "Palace.",
        "Accra, 6 May 2025 – The two ministers held talks on Monday. The minister was also "
        "received at State House.",
    ],
)
def test_generic_seats_are_in_the_dateline_city(text):
    assert {e["place_name"] for e in core(text)} == {"Accra"}
