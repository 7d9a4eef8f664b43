"""Wordings that share words with the extraction's newer rules but tell no such event, and the
plain cases those rules are for: buildings named like towns, stops, plans, notes, adoptions."""

from __future__ import annotations

from tests.conftest import article_candidates


def told(text: str, published: str = "2025-06-12") -> list[tuple[str, str, str | None, str]]:
    """(type, status, first day, place) of each candidate."""
    return [
        (r["event_type"], r["status"], r["date_start"], r["place_name"])
        for r in article_candidates(text, published)
    ]


def places(text: str, kind: str) -> list[str]:
    """The places of the candidates of ``kind``."""
    return [
        r["place_name"] for r in article_candidates(text, "2025-06-12") if r["event_type"] == kind
    ]


# --- a building named after "the", with a time after it ---------------------------------------


def test_a_building_after_the_keeps_the_dateline_city_before_a_time() -> None:
    text = (
        "GRANADA, Spain (Reuters) - Nordic leaders arrived in Spain on Wednesday for two days "
        "of talks on energy.\n"
        "The Spanish king hosted a dinner for the visiting Nordic leaders at the Alhambra on "
        "Thursday evening.\n"
    )
    found = [r for r in article_candidates(text, "2025-06-12") if "Alhambra" in r["source_quote"]]
    assert found
    assert all(r["country_code"] == "ES" for r in found)


def test_a_city_name_before_a_noun_still_names_the_city() -> None:
    text = "LUSAKA (Reuters) - Envoys met in the Lusaka suburbs on Wednesday to discuss fuel."
    assert ("meeting", "occurred", "2025-06-11", "Lusaka") in told(text)


# --- a stop told by a participle or a noun needs a traveller ----------------------------------


def test_a_vehicle_stopping_somewhere_is_no_visit() -> None:
    for text in (
        "SUVA (AFP) - Buses stopping in Lami were delayed by the flooding.",
        "SUVA (AFP) - The bus service, with a stop in Lami, resumes on Monday.",
    ):
        assert places(text, "visit") == [], text


def test_a_travellers_stop_on_the_way_home_is_a_visit() -> None:
    text = "SUVA (AFP) - The minister flew to Tonga on Monday, stopping briefly in Nadi."
    assert ("visit", "occurred", "2025-06-09", "Nadi") in told(text)


# --- a plan's "for" names a venue only for a gathering or a trip ------------------------------


def test_a_timetable_for_a_city_is_no_venue_of_a_later_meeting() -> None:
    text = (
        "NAIROBI (Reuters) - Flights are scheduled for Kigali every day, and the ministers will "
        "meet next week."
    )
    assert places(text, "meeting") == ["Nairobi"]


def test_a_summit_scheduled_for_a_city_is_there() -> None:
    text = "NAIROBI (Reuters) - The summit has been scheduled for Kigali in June, officials said."
    assert places(text, "conference") == ["Kigali"]


# --- notes exchanged: an instrument of a grant or loan, not a chat ----------------------------


def test_notes_compared_on_the_weather_are_no_agreement() -> None:
    text = (
        "MANILA (AP) - The two ministers exchanged notes on the weather and their families over "
        "lunch on Monday."
    )
    assert [t for t in told(text) if t[0] == "agreement"] == []


def test_notes_exchanged_on_a_grant_are_an_agreement() -> None:
    text = "MANILA (AP) - The two ministers exchanged notes on a grant for rural clinics on Monday."
    assert ("agreement", "occurred", "2025-06-09", "Manila") in told(text)


# --- a text adopted by one institution is its policy, not an agreement ------------------------


def test_one_sides_strategy_is_no_agreement() -> None:
    for text in (
        "MANILA (AP) - Critics said the government adopted a strategy on rice imports that failed.",
        "MANILA (AP) - The ministry adopted a new strategy for its website last year.",
    ):
        assert [t for t in told(text) if t[0] == "agreement"] == [], text


def test_a_common_position_of_ministers_is_an_agreement() -> None:
    text = (
        "MANILA (AP) - The ministers adopted a common position on fisheries at their meeting in "
        "Manila on Monday."
    )
    assert ("agreement", "occurred", "2025-06-09", "Manila") in told(text)


# --- a text signed in the past keeps its past day before a present verb ------------------------


def test_a_text_signed_before_a_present_verb_is_dated_back() -> None:
    text = (
        "MANILA (AP) - The agreement the two leaders signed here on Monday opens ports to both "
        "navies."
    )
    assert told(text) == [("agreement", "occurred", "2025-06-09", "Manila")]


# --- a stay told by its hours, in figures or in words -------------------------------------------


def test_hours_spent_in_a_city_in_words_are_a_visit() -> None:
    for hours in ("forty-eight", "thirty-six", "a few", "12"):
        text = f"KIGALI (Reuters) - The Ghanaian president spent {hours} hours in Kigali on Monday."
        assert ("visit", "occurred", "2025-06-09", "Kigali") in told(text), hours
