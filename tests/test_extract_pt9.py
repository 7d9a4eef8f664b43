"""Venues the sentence tells without a plain "in": a plan's "for" ("scheduled for Gaborone"),
a city told as the host in a relative clause, a site or district named after its city ("the
Maseru Bridge border post", "Abidjan-Plateau"), and names that are buildings rather than the
towns that share them ("Istana Nurul Iman" is not Singapore's Istana, "the Alhambra" not the
Californian town).

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import pytest

from mapapp import gazetteer
from mapapp.extract.scheduled_venues import host_cities, scheduled_places
from tests.conftest import article_candidates as candidates
from tests.conftest import the_one_told as told

# --- a plan's "for": "scheduled for X", "set for X", "announced for X" -----------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "place", "code"),
    [
        # wire
        ("The bloc's next summit is scheduled for Lusaka in March.", "conference", "Lusaka", "ZM"),
        # UN summary
        (
            "The fourth round of consultations is tentatively set for Nairobi on 12 June, the "
            "envoy told members.",
            "meeting",
            "Nairobi",
            "KE",
        ),
        # diary
        (
            "Heads of government meeting, provisionally scheduled for Apia in late August.",
            "meeting",
            "Apia",
            "WS",
        ),
        # ministry release
        (
            "The next ordinary session of the conference is announced for Niamey in July.",
            "conference",
            "Niamey",
            "NE",
        ),
        # broadcaster
        (
            "A ministerial retreat, earmarked for Kigali next year, is to prepare the summit.",
            "conference",
            "Kigali",
            "RW",
        ),
        ("Officials said the talks were slated for Geneva next week.", "meeting", "Geneva", "CH"),
    ],
)
def test_a_plans_for_names_the_venue(sentence: str, kind: str, place: str, code: str) -> None:
    found = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] == kind]
    assert found, candidates(sentence, "2024-05-08")
    assert (found[0]["place_name"], found[0]["country_code"]) == (place, code)
    assert found[0]["status"] == "announced"


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit is scheduled for Friday.",
        "The conference is set for June 3.",
        "The signing is planned for the spring.",
        "The talks are scheduled for later this year.",
        "The meeting, set for Kenyan officials only, was closed.",
    ],
)
def test_a_plans_for_before_a_date_or_people_names_no_place(sentence: str) -> None:
    assert scheduled_places(sentence) == []


def test_a_plans_for_keeps_the_date() -> None:
    summit = told(
        "A full summit of the community's heads of state is scheduled for Windhoek in May next "
        "year.",
        "2023-10-02",
        "conference",
        "scheduled for Windhoek",
    )
    assert (summit["place_name"], summit["date_start"]) == ("Windhoek", "2024-05-01")


# --- a city told as the host in a relative clause -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "The leaders will take up the request at the group's summit, which Port Moresby "
            "will host in September.",
            "Port Moresby",
        ),
        (
            "Officials said the forum that Accra is to host next month would discuss piracy.",
            "Accra",
        ),
        ("Both will attend the regional meeting, which Suva hosts in August.", "Suva"),
    ],
)
def test_a_city_named_as_host_is_the_venue(sentence: str, place: str) -> None:
    found = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] == "conference"]
    assert [c["place_name"] for c in found] == [place]


def test_a_host_clause_reads_only_cities_and_never_a_nationality() -> None:
    assert host_cities("the summit, which Kenya will host in June") == []
    assert host_cities("the forum, which Kenyan officials will host") == []


def test_a_country_named_as_host_is_still_the_country() -> None:
    summit = told(
        "The presidents agreed to meet at the summit, which Ghana will host in June.",
        "2024-05-08",
        "conference",
        "which Ghana",
    )
    assert (summit["place_name"], summit["country_code"]) == ("Ghana", "GH")


# --- a site or a district named after its city ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "code"),
    [
        (
            "Transport ministers signed a protocol at the Harare Gardens pavilion on Tuesday.",
            "Harare",
            "ZW",
        ),
        (
            "The delegations met at the Ministry in Dakar-Plateau on Monday.",
            "Dakar",
            "SN",
        ),
        (
            "The two presidents held talks at the Nairobi National Park on Tuesday.",
            "Nairobi",
            "KE",
        ),
        (
            "Ministers signed an accord on tolls at the Maputo Bridge customs post on Tuesday.",
            "Maputo",
            "MZ",
        ),
    ],
)
def test_a_site_named_after_its_city_is_in_that_city(sentence: str, place: str, code: str) -> None:
    found = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] != "visit"]
    assert found
    assert all(place in (c["place_name"] or "") and c["country_code"] == code for c in found)


def test_a_text_named_after_a_city_is_no_venue() -> None:
    found = candidates(
        "The ministers met on Tuesday and recalled the aims set in the Paris Agreement.",
        "2024-05-08",
    )
    assert [c["place_name"] for c in found if c["event_type"] == "meeting"] == [None]


# --- buildings that share a name with a town or with another building --------------------------


def test_a_palace_whose_name_runs_on_is_not_the_shorter_one() -> None:
    text = (
        "BANDAR SERI BEGAWAN, March 4 (Agency) -- The Sultan received the visiting Thai prime "
        "minister at Istana Nurul Iman today, on the opening day of a two-day visit.\n\n"
        "The two leaders then witnessed the signing of a memorandum on fisheries.\n"
    )
    for kind in ("meeting", "agreement"):
        event = told(text, "2004-03-04", kind, "")
        assert event["country_code"] == "BN", event


def test_the_short_name_alone_is_still_the_known_building() -> None:
    talks = told(
        "The Malaysian king held talks at the Istana on Monday.",
        "2024-05-08",
        "meeting",
        "Istana",
    )
    assert talks["country_code"] == "SG"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "GRANADA, Spain (Agency) - Leaders gathered for the summit on Thursday.\n\n"
            "On Wednesday evening the king hosted a dinner for the prime ministers at the "
            "Alhambra.\n",
            "ES",
        ),
        (
            "LIVE: Nordic leaders meet in Bergen\n\n"
            "18:20 - The Norwegian prime minister hosted a reception for the visiting leaders at "
            "the Richmond.\n",
            "NO",
        ),
    ],
)
def test_a_name_after_the_is_a_building_not_a_far_town(text: str, code: str) -> None:
    dinner = told(text, "2023-10-05", "meeting", "hosted")
    assert dinner["country_code"] in (code, None)
    assert dinner["country_code"] != "US"


def test_a_city_that_takes_the_keeps_it() -> None:
    talks = told("The foreign ministers met in the Hague on Tuesday.", "2024-05-08", "meeting", "")
    assert talks["place_name"] == "The Hague"


# --- a city after a topic word, told right before the event's date ----------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "place"),
    [
        # wire
        (
            "The two foreign ministers signed a protocol on border trade in Windhoek on Monday.",
            "agreement",
            "Windhoek",
        ),
        # ministry release
        (
            "The leaders agreed to convene the joint commission on economic cooperation in Dili "
            "in the second half of the year.",
            "meeting",
            "Dili",
        ),
        # broadcaster
        (
            "The ministers would hold the next round of the dialogue on security cooperation in "
            "Hanoi early next year.",
            "meeting",
            "Hanoi",
        ),
    ],
)
def test_a_dated_city_after_a_topic_word_is_the_venue(sentence: str, kind: str, place: str) -> None:
    found = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] == kind]
    assert [c["place_name"] for c in found] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met in Oslo and discussed peace in Afghanistan on Monday.",
        "The envoys met in Oslo and pledged support for stability in Somalia next year.",
    ],
)
def test_a_country_after_a_topic_word_stays_a_topic(sentence: str) -> None:
    found = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] == "meeting"]
    assert [c["place_name"] for c in found] == ["Oslo"]


# --- a stop told by a participle or a noun phrase ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "stop", "status"),
    [
        (
            "The premier will fly home on Friday, stopping briefly in Nadi to meet the Fijian "
            "prime minister.",
            "Nadi",
            "announced",
        ),
        ("The king wrapped up his state visit on Sunday with a stop in Porto.", "Porto", None),
        (
            "The envoy toured the region for a week, including a brief stop in Nadi on Monday.",
            "Nadi",
            "occurred",
        ),
    ],
)
def test_a_stop_on_the_way_is_a_visit(sentence: str, stop: str, status: str | None) -> None:
    visits = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] == "visit"]
    there = [c for c in visits if c["place_name"] == stop]
    assert len(there) == 1, visits
    assert status is None or there[0]["status"] == status


def test_a_transit_before_the_arrival_is_no_visit() -> None:
    sentence = "The delegation flew to Tokyo on Thursday via a refuelling stop in Anchorage."
    visits = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] == "visit"]
    assert [c["place_name"] for c in visits] == ["Tokyo"]


# --- a day of its own between a verb of motion and its destination ---------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "The minister will be received on Thursday by the president, and will travel on the "
            "same day to Kumasi.",
            "Kumasi",
        ),
        ("The envoy flew the next morning to Apia.", "Apia"),
        ("She travelled later that day to Mombasa for talks with the governor.", "Mombasa"),
    ],
)
def test_a_same_day_trip_reaches_its_destination(sentence: str, place: str) -> None:
    visits = [c for c in candidates(sentence, "2024-05-08") if c["event_type"] == "visit"]
    assert [c["place_name"] for c in visits] == [place]


# --- a trip's country told by other words ------------------------------------------------------


def test_a_leg_named_by_its_country_places_its_events() -> None:
    text = (
        "The minister will pay an official visit to Oman and Bahrain from 12 to 16 March.\n\n"
        "During the Bahrain leg of the visit on 15-16 March, the minister will call on the "
        "crown prince.\n"
    )
    call = told(text, "2025-03-01", "meeting", "Bahrain leg")
    assert call["country_code"] == "BH"
    assert call["date_start"] == "2025-03-15"


def test_a_leg_named_by_an_adjective_places_its_events() -> None:
    meeting = told(
        "During the Kenyan leg of the tour on 3-4 June, the minister will call on the president.",
        "2024-05-08",
        "meeting",
        "Kenyan leg",
    )
    assert meeting["country_code"] == "KE"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "The ministers reviewed preparations for the state visit that the President of Chile "
            "will carry out to Uruguay on 16 October.",
            "UY",
        ),
        (
            "The ministers reviewed preparations for the visit that the King of Spain is to pay to "
            "Peru in October.",
            "PE",
        ),
    ],
)
def test_a_visit_told_before_its_relative_clause_goes_to_the_place_after_it(
    sentence: str, code: str
) -> None:
    visit = told(sentence, "2024-05-08", "visit", "visit that")
    assert (visit["country_code"], visit["status"]) == (code, "announced")


def test_an_arrival_in_the_country_is_in_the_datelines_country() -> None:
    text = (
        "LUSAKA, May 8 (Agency) - The Angolan minister, who arrived in the country on Monday, "
        "held talks with Zambia's president on Tuesday.\n"
    )
    arrival = told(text, "2024-05-08", "visit", "arrived in the country")
    assert (arrival["country_code"], arrival["date_start"]) == ("ZM", "2024-05-06")


# --- how many sides: a count of sides, countries written with "the", a named group's meeting ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Officials from Syria, Iraq and the United States met in Izmir last week.",
            "conference",
        ),
        ("Envoys of Japan, Vietnam and the Philippines met in Manila on Monday.", "conference"),
        ("The three sides will meet again in Basra in December.", "conference"),
        ("The four parties will meet again in Geneva next month.", "conference"),
        ("The two sides will meet again in Baghdad in December.", "meeting"),
        ("Officials from Kenya and the United States met in Nairobi on Monday.", "meeting"),
    ],
)
def test_the_sides_counted_type_the_meeting(sentence: str, kind: str) -> None:
    found = {c["event_type"] for c in candidates(sentence, "2008-11-10")} & {
        "meeting",
        "conference",
    }
    assert found == {kind}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Italy will host a meeting of the Friends of Sudan group in Rome on July 6.",
            "conference",
        ),
        ("The envoy chaired a session of the Minsk Group in Vienna on Tuesday.", "conference"),
        ("The ministers will hold a meeting of the Contact Group on Monday in Rome.", "conference"),
        # a committee may be two sides and a mediator: its meeting stays as the words tell
        ("The envoy chaired a meeting of the Joint Border Committee in Aden on Sunday.", "meeting"),
    ],
)
def test_a_named_groups_own_meeting_is_a_conference(sentence: str, kind: str) -> None:
    found = {c["event_type"] for c in candidates(sentence, "2012-06-08")} & {
        "meeting",
        "conference",
    }
    assert found == {kind}


# --- a return home from a stay abroad told with a "where" clause ------------------------------


def test_a_return_to_a_named_home_reveals_the_stay_and_its_events() -> None:
    text = (
        "Nepal's prime minister returned to Kathmandu on Thursday evening from Dhaka, where on "
        "Wednesday he signed a transit agreement with Bangladesh."
    )
    visit = told(text, "2011-10-07", "visit", "from Dhaka")
    assert (visit["place_name"], visit["country_code"]) == ("Dhaka", "BD")
    deal = told(text, "2011-10-07", "agreement", "signed a transit agreement")
    assert (deal["place_name"], deal["date_start"]) == ("Dhaka", "2011-10-05")


def test_a_return_home_with_no_stay_named_is_no_visit() -> None:
    found = candidates(
        "The president returned to Kabul on Wednesday from a trip abroad.", "2011-10-07"
    )
    assert [c for c in found if c["event_type"] == "visit"] == []


# --- a country named by one part of its name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        (
            "CASTRIES, May 2 (Agency) - St Lucia's prime minister will fly to Antigua on Friday "
            "for talks with the Antiguan prime minister about the regional court.",
            "visit",
            "AG",
        ),
        (
            "BRIDGETOWN, May 2 (Agency) - Barbados's foreign minister will travel to Trinidad on "
            "Friday for talks with the Trinidadian prime minister.",
            "visit",
            "TT",
        ),
        (
            "GUATEMALA CITY, May 2 (Agency) - Central American presidents will meet in Antigua on "
            "Friday, Guatemala's foreign ministry said.",
            "conference",
            "GT",
        ),
    ],
)
def test_an_island_of_a_two_part_country_is_that_country(text: str, kind: str, code: str) -> None:
    event = told(text, "2024-05-02", kind, "")
    assert event["country_code"] == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Antiguan", "AG"),
        ("Kittitian", "KN"),
        ("Vincentian", "VC"),
        ("Grenadian", "GD"),
        ("Ni-Vanuatu", "VU"),
        ("I-Kiribati", "KI"),
        ("Seychellois", "SC"),
        ("Cabo Verdean", "CV"),
        ("Bissau-Guinean", "GW"),
        ("Basotho", "LS"),
        ("Batswana", "BW"),
    ],
)
def test_small_states_nationality_words_name_their_country(word: str, code: str) -> None:
    assert gazetteer.country_code_for(word) == code
