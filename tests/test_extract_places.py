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
