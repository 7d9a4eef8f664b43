"""Places read from a page's layout and wording (round fourteen, places).

Each kind is tested on sentences invented for the test, in several outlet styles, beside
near-misses that must not take the place:

- a digest that opens straight with numbered or bulleted items, each with its city ("1. APIA —
  …"): the first item's city places its story, as a dateline does, and a later item's city
  never places the first story;
- a diary's or chronology's dated entry that opens with its city ("Wed 11.09.2024 — Kampala.
  Meeting with …") or with the day's journey there ("Early flight to Kampala."): the city
  places the entry's events that name no place, and a journey told later in the entry does not.
"""

from __future__ import annotations

from tests.conftest import core_told

PUB = "2024-09-11"  # a Wednesday


# --- the first item of a numbered digest opens with its city ------------------------------------


def test_numbered_digest_first_item_city_places_its_story() -> None:
    text = (
        "ISLAND WATCH — Week 37\n"
        "Wednesday 11 September 2024 | Diplomacy from the region, every week\n\n"
        "1. APIA — Samoa's prime minister hosted Japan's deputy foreign minister at her office "
        "on Monday, and the two signed a memorandum on fisheries patrols.\n\n"
        "2. SUVA — Fiji's president received the Indian high commissioner on Tuesday.\n"
    )
    told = core_told(text, PUB)
    assert ("meeting", "occurred", "2024-09-09", "Apia") in told
    assert ("agreement", "occurred", "2024-09-09", "Apia") in told
    assert ("meeting", "occurred", "2024-09-10", "Suva") in told


def test_bulleted_wire_roundup_first_item_city_places_its_story() -> None:
    text = (
        "AFRICA ROUNDUP\n\n"
        "• ACCRA — Ghana's foreign minister held talks with her Togolese counterpart on "
        "Tuesday on border security.\n"
        "• DAKAR — Senegal's president will receive the Gambian president on Friday.\n"
    )
    told = core_told(text, PUB)
    assert ("meeting", "occurred", "2024-09-10", "Accra") in told
    assert ("meeting", "announced", "2024-09-13", "Dakar") in told


def test_digest_first_item_without_a_city_takes_no_later_city() -> None:
    text = (
        "ISLAND WATCH — Week 38\n\n"
        "1. Fiji's foreign minister held talks with an Australian envoy on Monday.\n\n"
        "2. HONIARA — Solomon Islands' prime minister received China's ambassador on Tuesday.\n"
    )
    told = core_told(text, PUB)
    assert ("meeting", "occurred", "2024-09-09", None) in told
    assert ("meeting", "occurred", "2024-09-10", "Honiara") in told


def test_numbered_list_of_points_is_no_dateline() -> None:
    text = (
        "Readout of the Minister's engagements\n\n"
        "1. The Minister met the Ambassador of Peru on Monday to discuss trade.\n"
        "2. The Minister will travel to Lima next week.\n"
    )
    told = core_told(text, PUB)
    assert ("meeting", "occurred", "2024-09-09", None) in told


# --- a dated entry opens with its city or the day's journey there -------------------------------


def test_notebook_entry_opening_with_its_city_places_the_day() -> None:
    text = (
        "FROM THE AMBASSADOR'S NOTEBOOK\n"
        "Extracts published by the Embassy, 14 September 2024\n\n"
        "Mon 09.09.2024 — Nairobi. Received the High Commissioner of Uganda at the residence. "
        "Afternoon with the press.\n\n"
        "Wed 11.09.2024 — Kampala. Meeting with the Secretary-General of the East African "
        "Community. Back in Nairobi at night.\n"
    )
    told = core_told(text, "2024-09-14")
    assert ("meeting", "occurred", "2024-09-09", "Nairobi") in told
    assert ("meeting", "occurred", "2024-09-11", "Kampala") in told


def test_diary_entry_opening_with_a_flight_places_the_talks_at_the_ministry() -> None:
    text = (
        "THE MINISTER'S WEEK\n"
        "Published by the foreign ministry, 14 September 2024\n\n"
        "Tue 10.09.2024 — Early flight to Kampala. Two hours of talks with the Ugandan foreign "
        "minister at the ministry on the northern corridor.\n\n"
        "Thu 12.09.2024 — Entebbe. Courtesy call on the Speaker of Parliament.\n"
    )
    assert ("meeting", "occurred", "2024-09-10", "Kampala") in core_told(text, "2024-09-14")


def test_chronology_entry_opening_with_a_city_and_colon() -> None:
    text = (
        "TIMELINE: A YEAR OF HORN OF AFRICA DIPLOMACY\n\n"
        "March 4 - Addis Ababa: the envoy holds talks with the prime minister on the port deal.\n"
        "June 12 - Asmara: Eritrea's president receives the Kenyan foreign minister.\n"
    )
    told = core_told(text, "2024-09-14")
    assert ("meeting", "occurred", "2024-03-04", "Addis Ababa") in told
    assert ("meeting", "occurred", "2024-06-12", "Asmara") in told


def test_journey_told_at_the_end_of_an_entry_does_not_place_it() -> None:
    text = (
        "FROM THE AMBASSADOR'S NOTEBOOK\n"
        "Extracts published by the Embassy, 14 September 2024\n\n"
        "Thu 12.09.2024 — Working lunch with the Kenyan foreign minister at the ministry. "
        "In the evening, flight to Kigali.\n"
    )
    told = core_told(text, "2024-09-14")
    assert ("meeting", "occurred", "2024-09-12", "Kigali") not in told


def test_entry_opening_with_a_country_is_no_city() -> None:
    text = (
        "TIMELINE OF THE TALKS\n\n"
        "May 6 - Kenya. The envoy meets the foreign minister to discuss the border.\n"
    )
    told = core_told(text, "2024-09-14")
    assert all(place is None or place == "Kenya" for *_, place in told)
