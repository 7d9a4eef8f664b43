"""Places read from a page's layout and wording (round fourteen, places).

Each kind is tested on sentences invented for the test, in several outlet styles, beside
near-misses that must not take the place:

- a digest that opens straight with numbered or bulleted items, each with its city ("1. APIA —
  …"): the first item's city places its story, as a dateline does, and a later item's city
  never places the first story.
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
