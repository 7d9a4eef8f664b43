"""Places of events that the sentence names in more words than one: a live blog's city with
small words inside its name, a country whose name is joined by "and" or written with "St", and
a country told as the host of a gathering in a clause of its own.

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import pytest

from mapapp import gazetteer
from tests.conftest import article_candidates as candidates
from tests.conftest import the_one_told as told

# --- a live blog's city: "Dar es Salaam", "Rio de Janeiro", "Port of Spain" -----------------


@pytest.mark.parametrize(
    ("title", "place", "code"),
    [
        ("As it happened: Gulf ministers meet in Dar es Salaam", "Dar es Salaam", "TZ"),
        ("LIVE - Andean presidents gather in Rio de Janeiro", "Rio de Janeiro", "BR"),
        ("Caribbean leaders' retreat at Port of Spain - live updates", "Port of Spain", "TT"),
    ],
)
def test_a_live_blogs_city_keeps_its_small_inner_words(title: str, place: str, code: str) -> None:
    text = (
        f"{title}\n\n"
        "14:00 - Oman's foreign minister has held talks with his Kenyan counterpart at the "
        "conference hotel.\n\n"
        "12:00 - Delegations are still arriving at the venue.\n\n"
        "10:00 - Qatar's minister of state landed yesterday evening.\n"
    )
    talks = told(text, "2021-05-04", "meeting", "held talks")
    assert (talks["place_name"], talks["country_code"]) == (place, code)
    assert talks["date_start"] == "2021-05-04"
    landed = told(text, "2021-05-04", "visit", "landed")
    assert (landed["place_name"], landed["date_start"]) == (place, "2021-05-03")


# --- countries named with "and", or with "St" for "Saint" ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        (
            "The trade ministers of the two countries met in Antigua and Barbuda on Friday.",
            "meeting",
            "AG",
        ),
        (
            "Ghana's foreign minister held talks in Bosnia and Herzegovina on Tuesday with the "
            "chairman of the presidency.",
            "meeting",
            "BA",
        ),
        (
            "PORT LOUIS (Agency) - Mauritius' prime minister will attend a summit in Trinidad and "
            "Tobago next month.",
            "conference",
            "TT",
        ),
        ("Officials from both countries will meet in St Lucia later this month.", "meeting", "LC"),
        (
            "The Barbadian prime minister is due next month at a leaders' conference in "
            "St Vincent and the Grenadines.",
            "conference",
            "VC",
        ),
        (
            "Caribbean foreign ministers gathered in St. Kitts and Nevis on Monday for their "
            "annual council.",
            "conference",
            "KN",
        ),
    ],
)
def test_a_country_named_in_several_words_is_that_country(text: str, kind: str, code: str) -> None:
    event = next(e for e in candidates(text, "2021-05-05") if e["event_type"] == kind)
    assert event["country_code"] == code


def test_st_is_saint_in_a_countrys_name_only() -> None:
    assert gazetteer.country_code_for("St Lucia") == "LC"
    assert gazetteer.country_code_for("St. Vincent and the Grenadines") == "VC"
    assert not gazetteer.is_country_name("St Petersburg")


def test_two_countries_joined_by_and_stay_two_places() -> None:
    text = "The minister met officials in Serbia and Montenegro on Tuesday."
    found = candidates(text, "2021-05-05")
    assert all(e["country_code"] != "CS" for e in found)
    text = "The envoys met in Paris and Berlin on Monday."
    assert all(e["place_name"] != "Paris and Berlin" for e in candidates(text, "2021-05-05"))


# --- the host of a gathering, told in a clause of its own ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "words", "code"),
    [
        (
            "The ministers discussed preparations for a donors' conference that Norway will host "
            "in June.",
            "conference",
            "donors' conference",
            "NO",
        ),
        (
            "The envoys will attend next month's regional summit, which Djibouti is hosting.",
            "conference",
            "summit",
            "DJ",
        ),
        (
            "Tuvalu has announced that it will host the regional fisheries ministers' meeting in "
            "2022.",
            "conference",
            "meeting",
            "TV",
        ),
        (
            "Mexico said it would host the next round of talks in September.",
            "meeting",
            "talks",
            "MX",
        ),
        (
            "Next year's ministerial session is to be hosted by Botswana, the secretariat said.",
            "conference",
            "session",
            "BW",
        ),
        (
            "The regional ministers' meeting that Morocco hosted in March produced no agreement.",
            "conference",
            "meeting",
            "MA",
        ),
    ],
)
def test_a_host_country_in_its_own_clause_places_the_gathering(
    text: str, kind: str, words: str, code: str
) -> None:
    event = told(text, "2021-05-05", kind, words)
    assert event["country_code"] == code


def test_a_city_after_the_host_wins() -> None:
    text = "Next year's council session will be hosted by Seychelles in Victoria."
    event = told(text, "2021-05-05", "conference", "session")
    assert (event["place_name"], event["country_code"]) == ("Victoria", "SC")
    text = "The summit, which Fiji will host in Suva in May, is expected to focus on oceans."
    assert told(text, "2021-05-05", "conference", "summit")["place_name"] == "Suva"


def test_a_relative_host_does_not_place_the_talks_told_elsewhere() -> None:
    text = (
        "In Apia, the Tongan premier is expected to hold talks with his Samoan counterpart on "
        "Friday ahead of the regional leaders' summit, which Palau hosts in September."
    )
    talks = told(text, "2021-05-05", "meeting", "talks")
    assert talks["country_code"] == "WS"


# --- how many sides: a summit of two, a subject of three, "the two" ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Peru and Bolivia held a summit in Puno on Friday.",
        "The prime ministers of Spain and Portugal held their annual summit in Valladolid on "
        "Monday.",
        "The leaders of Japan and South Korea will hold a summit in Seoul next week.",
        "The heads of government of Greece and Cyprus presided on Monday in Athens over the "
        "fourth intergovernmental summit of the two countries.",
        "A summit between the two countries will take place in Ankara in June.",
    ],
)
def test_a_summit_held_by_two_sides_is_a_meeting(text: str) -> None:
    kinds = {e["event_type"] for e in candidates(text, "2026-02-26")}
    assert "meeting" in kinds
    assert "conference" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Peru and Bolivia met on the sidelines of the Mercosur summit in "
        "Asuncion on Friday.",
        "The foreign ministers of Peru and Bolivia held talks before the opening of the Andean "
        "summit in Lima on Friday.",
    ],
)
def test_a_bilateral_beside_a_summit_leaves_the_summit_a_conference(text: str) -> None:
    kinds = [e["event_type"] for e in candidates(text, "2026-02-26")]
    assert sorted(kinds) == ["conference", "meeting"]


def test_a_summit_of_three_named_sides_stays_a_conference() -> None:
    text = "The presidents of Kenya, Uganda and Rwanda held a summit in Kampala on Friday."
    assert told(text, "2026-02-26", "conference", "summit")["country_code"] == "UG"


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Chad and Niger and the Sudanese army's envoy met in N'Djamena "
        "on Saturday.",
        "Kenya's president, Uganda's prime minister and the Rwandan foreign minister will meet in "
        "Arusha next week.",
        "The prime ministers of Spain and Portugal and the French president met in Madrid on "
        "Monday.",
        "Chad's defence minister, Niger's interior minister and Hamas representatives met in Doha "
        "on Monday.",
    ],
)
def test_a_subject_of_three_sides_makes_a_conference(text: str) -> None:
    kinds = [e["event_type"] for e in candidates(text, "2023-09-23")]
    assert kinds == ["conference"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president and the Kenyan foreign minister and Uganda's president met in Nairobi "
        "on Monday.",
        "The president, the prime minister and senior officials met in Accra on Monday.",
        "Ghana's president and his wife and the Togolese president met in Lome on Monday.",
    ],
)
def test_a_subject_of_two_sides_or_none_stays_a_meeting(text: str) -> None:
    kinds = [e["event_type"] for e in candidates(text, "2023-09-23")]
    assert kinds == ["meeting"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Aides say the two are likely to meet again at a regional forum in Samoa next month.",
            "WS",
        ),
        ("The two last met in Suva in March.", "FJ"),
        ("Aides said the two are expected to meet in Geneva next week.", "CH"),
    ],
)
def test_the_two_as_a_subject_is_a_meeting_of_two(text: str, code: str) -> None:
    meeting = told(text, "2012-08-26", "meeting", "the two" if "the two" in text else "two")
    assert meeting["country_code"] == code


# --- an office named by its holder's country; a welcome joined to an arrival ------------------


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        (
            "Both premiers held talks on Tuesday at the Japanese leader's office.",
            "Tokyo",
            "JP",
        ),
        (
            "The minister was received at the Turkish president's palace on Monday.",
            "Ankara",
            "TR",
        ),
        (
            "The two leaders held talks at the Indian prime minister's residence on Friday.",
            "New Delhi",
            "IN",
        ),
    ],
)
def test_an_office_named_by_its_holders_country_is_in_its_capital(
    text: str, place: str, code: str
) -> None:
    meeting = told(text, "2011-09-28", "meeting", "at the")
    assert meeting["country_code"] == code
    assert meeting["place_name"].endswith(place)


def test_a_city_after_the_office_wins() -> None:
    text = (
        "The envoy was received by the king at the Jordanian monarch's palace in Aqaba on Monday."
    )
    assert told(text, "2011-09-28", "meeting", "received")["place_name"] == "Aqaba"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Tongan premier arrived on Thursday evening and was welcomed with a kava "
            "ceremony at Honiara International Airport.",
            "Honiara",
        ),
        (
            "The delegation arrived late on Sunday and was warmly received at the presidential "
            "palace in Bissau.",
            "Bissau",
        ),
    ],
)
def test_an_arrival_is_where_the_welcome_joined_to_it_was(text: str, place: str) -> None:
    visit = told(text, "2025-07-24", "visit", "arrived")
    assert visit["place_name"].endswith(place)


def test_a_trip_after_the_welcome_does_not_place_the_arrival() -> None:
    text = (
        "The minister arrived on Monday and was welcomed by schoolchildren waving flags, before "
        "travelling to Kandy."
    )
    visits = [e for e in candidates(text, "2025-07-24") if e["event_type"] == "visit"]
    assert sorted(str(v["place_name"]) for v in visits) == ["Kandy", "None"]


def test_guests_met_separately_include_representatives() -> None:
    text = (
        "The envoy met separately with negotiators of the government and representatives of "
        "the rebels in Geneva on Friday."
    )
    meetings = [e for e in candidates(text, "2016-04-12") if e["event_type"] == "meeting"]
    assert len(meetings) == 2
    assert all(m["country_code"] == "CH" for m in meetings)


# --- a meeting with an official named by title alone: the dateline's city ---------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "APIA, Aug 29 - Australia's foreign minister will visit Samoa next week. Earlier, "
            "Australia's envoy called on the Minister of Foreign Affairs on Friday to discuss the "
            "programme.",
            "Apia",
        ),
        (
            "SUVA, May 2 - The Australian ambassador paid a courtesy call on the Speaker of "
            "Parliament on Tuesday.",
            "Suva",
        ),
        (
            "NUKU'ALOFA, May 2 (Agency) - New Zealand's foreign minister will arrive next month. "
            "Earlier this year the High Commissioner met the Prime Minister to prepare the trip.",
            "Nukuʻalofa",
        ),
    ],
)
def test_a_meeting_with_a_local_official_is_in_the_dateline_city(text: str, place: str) -> None:
    meeting = next(e for e in candidates(text, "2017-08-29") if e["event_type"] == "meeting")
    assert meeting["place_name"] == place


def test_an_official_of_another_country_or_a_call_takes_no_dateline() -> None:
    text = (
        "KAMPALA, May 2 (Wire) - Uganda's foreign minister will travel to Nairobi next week. On "
        "Friday the envoy met the President of Kenya."
    )
    meeting = told(text, "2025-05-02", "meeting", "President of Kenya")
    assert meeting["country_code"] == "KE"
    text = (
        "KAMPALA, May 2 (Wire) - The envoy held a video call with the Minister of Trade on Friday."
    )
    assert told(text, "2025-05-02", "call", "video call")["place_name"] is None
