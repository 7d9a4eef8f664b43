"""Meetings, calls, conferences, agreements and their places told in wordings the rules were not
written against: a day or a place between a verb and its partner ("exchanged views on Wednesday
with"), an agency's own state by its form ("a working visit to the Kingdom"), and more.

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates


def candidates(text: str, published: str) -> list[dict]:
    return extract_candidates(
        text, published=dt.date.fromisoformat(published), url="https://example.org/story"
    )


def rows(text: str, published: str) -> list[tuple]:
    return sorted(
        (
            r["event_type"],
            r["status"],
            r["date_start"],
            r["date_end"],
            r["place_name"],
            r["country_code"],
        )
        for r in candidates(text, published)
    )


# --- a day, a place or "here" between the verb and "with" ------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place", "code"),
    [
        (
            "RABAT, Oct. 9 (Agency) - The foreign minister exchanged views on Wednesday with his "
            "Mauritanian counterpart.",
            "2025-10-08",
            "Rabat",
            "MA",
        ),
        (
            "The Kenyan foreign minister huddled on Wednesday in Nairobi with his Tanzanian "
            "counterpart.",
            "2025-10-08",
            "Nairobi",
            "KE",
        ),
        (
            "KAMPALA, Oct 9 (Agency) - The Ugandan defence minister sat down here yesterday with "
            "his Rwandan counterpart.",
            "2025-10-08",
            "Kampala",
            "UG",
        ),
    ],
)
def test_a_partner_after_a_day_or_a_place(text: str, day: str, place: str, code: str) -> None:
    assert rows(text, "2025-10-09") == [("meeting", "occurred", day, day, place, code)]


def test_a_partner_is_still_needed() -> None:
    assert rows("The Kenyan minister negotiated on Wednesday in Nairobi.", "2025-10-09") == []


# --- an agency's own state by its form: the dateline's country --------------------------------


@pytest.mark.parametrize(
    ("text", "kinds", "place", "code"),
    [
        (
            "MUSCAT, Oct. 9 (Agency) - The Iranian foreign minister arrived in the Sultanate on "
            "Wednesday.",
            ["visit"],
            "Muscat",
            "OM",
        ),
        (
            "RIYADH, Oct. 9 (Agency) - The Crown Prince received the Prime Minister of Pakistan, "
            "who is visiting the Kingdom.",
            ["meeting", "visit"],
            "Riyadh",
            "SA",
        ),
        (
            "AMMAN, Oct. 9 (Agency) - The Iraqi prime minister will pay an official visit to the "
            "Kingdom next week.",
            ["visit"],
            "Amman",
            "JO",
        ),
    ],
)
def test_the_kingdom_is_the_datelines_country(
    text: str, kinds: list[str], place: str, code: str
) -> None:
    found = rows(text, "2025-10-09")
    assert [r[0] for r in found] == kinds
    assert {(r[4], r[5]) for r in found} == {(place, code)}


def test_the_kingdom_of_another_state_is_not_the_datelines() -> None:
    found = rows(
        "AMMAN, Oct. 9 (Agency) - The Jordanian prime minister will pay an official visit to the "
        "Kingdom of Bahrain next week.",
        "2025-10-09",
    )
    assert [(r[0], r[5]) for r in found] == [("visit", "BH")]
