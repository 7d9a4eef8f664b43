"""Which place an event gets: named buildings world-wide, sites named by their own words, and
states or provinces written after a town. Invented sentences, other names and wordings than the
development articles."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mapapp import gazetteer
from mapapp.extract.buildings import BUILDINGS
from mapapp.extract.place_names import region_code, subdivision_code
from tests.conftest import core_candidates

PUBLISHED = dt.date(2026, 4, 14)


def _where(text: str) -> list[tuple[str | None, str | None]]:
    """(city or place name, country code) of each core event, the site's name dropped."""
    return [
        ((e["place_name"] or "").split(", ")[-1] or None, e["country_code"])
        for e in core_candidates(text, PUBLISHED)
    ]


@pytest.mark.parametrize(("pattern", "city", "code"), BUILDINGS)
def test_every_building_is_in_a_city_of_its_country(pattern, city, code):
    place = gazetteer.lookup(city, code).place
    assert place is not None and place.country_code == code, pattern
    assert re.compile(pattern).pattern  # every row is a valid pattern


@pytest.mark.parametrize(
    ("sentence", "city", "code"),
    [
        ("The two foreign ministers met at Jubilee House on Tuesday.", "Accra", "GH"),
        (
            "The king held talks with the visiting president at the Husseiniya Palace on Sunday.",
            "Amman",
            "JO",
        ),
        ("The two presidents met at Baabda Palace on Wednesday.", "Beirut", "LB"),
        (
            "The emir held talks with the prime minister at Bayan Palace on Monday.",
            "Kuwait City",
            "KW",
        ),
        ("The ministers met at Farmleigh House on Thursday.", "Dublin", "IE"),
        ("The two leaders met at Schloss Elmau on Sunday.", "Garmisch-Partenkirchen", "DE"),
        (
            "The foreign secretary hosted talks with her Indian counterpart at Chevening "
            "on Saturday.",
            "Sevenoaks",
            "GB",
        ),
        ("The two leaders sat down at Aspen Lodge on Friday afternoon.", "Frederick", "US"),
        ("The sultan received the envoy at Al Alam Palace on Monday.", "Muscat", "OM"),
        ("Both presidents met at the Grassalkovich Palace on Monday.", "Bratislava", "SK"),
        ("The ministers met at Qasr Al Shati on Tuesday.", "Abu Dhabi", "AE"),
        ("The two premiers held talks at the Cidade Alta palace on Friday.", "Luanda", "AO"),
    ],
)
def test_named_buildings_world_wide_are_in_their_city(sentence, city, code):
    assert _where(sentence) and set(_where(sentence)) == {(city, code)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers held talks at the Dona Alta state residence on Monday.",
        "The ministers held talks at the Verde Alta presidential palace on Monday.",
        "The two envoys met at the Ponte Alta guest house on Tuesday.",
    ],
)
def test_a_site_named_by_its_own_words_is_not_a_town_named_by_part_of_them(sentence):
    assert ("Alta", "NO") not in _where(sentence)


@pytest.mark.parametrize(
    ("sentence", "city", "code"),
    [
        ("The premiers met in Kingston, Ont., on Friday.", "Kingston", "CA"),
        ("The ministers met in Victoria, B.C., on Friday.", "Victoria", "CA"),
        ("The two ministers held talks in London, Ont., on Tuesday.", "London", "CA"),
        ("The envoys met in Newcastle, N.S.W., on Monday.", "Newcastle", "AU"),
    ],
)
def test_a_province_or_state_after_a_town_says_its_country(sentence, city, code):
    assert _where(sentence) == [(city, code)]


def test_a_town_unknown_in_its_province_is_placed_in_the_country():
    # Montebello (Quebec) is too small for the gazetteer; the Californian one is not it
    events = _where("Canada last hosted the summit in Montebello, Que., in August 2007.")
    assert [code for _, code in events] == ["CA"]


def test_a_dateline_with_a_province_is_in_that_country():
    text = (
        "KINGSTON, Ont., May 3 (CP) — Canada and Norway signed a fisheries accord on Friday "
        "after two days of talks."
    )
    assert ("Kingston", "CA") in _where(text)


@pytest.mark.parametrize(
    ("region", "code"),
    [("Que.", "CA"), ("Alta.", "CA"), ("Qld", "AU"), ("Calif.", "US"), ("N.Y.", "US")],
)
def test_states_and_provinces_as_agencies_write_them(region, code):
    assert subdivision_code(region) == code
    assert region_code(region) == code


def test_a_country_after_a_town_is_still_a_country():
    assert region_code("Guyana") == "GY"
    assert subdivision_code("Guyana") is None


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("Delegates from 30 countries met in Vienna on Tuesday.", "Vienna"),
        (
            "Officials from both governments gathered in Doha on Sunday for a new round of talks.",
            "Doha",
        ),
        ("Ministers from the region held talks in Amman on Monday.", "Amman"),
    ],
)
def test_an_event_word_after_from_makes_the_place_a_venue_not_an_origin(sentence, city):
    assert [c for c, _ in _where(sentence)] == [city]


def test_an_origin_stays_an_origin():
    events = _where("The envoy flew in from Tehran on Monday for talks in Muscat.")
    assert ("Tehran", "IR") not in events and ("Muscat", "OM") in events


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday the two ministers signed an agreement on the return of people with no "
        "right to remain in France.",
        "The foreign minister signed a deal on Tuesday to repatriate nationals living in Lebanon.",
        "The two sides agreed on Monday to evacuate students stranded in Sudan.",
    ],
)
def test_where_people_live_or_stay_is_no_venue(sentence):
    assert _where(sentence) and all(code is None for _, code in _where(sentence))


@pytest.mark.parametrize(
    ("sentence", "aside", "main"),
    [
        (
            "The foreign ministers of the two countries, who met on Tuesday to prepare the "
            "visit, will hold their next round in Lima in March.",
            ("meeting", "occurred"),
            ("meeting", "announced"),
        ),
        (
            "The envoys, who held talks on Monday, will travel to Oslo next week.",
            ("meeting", "occurred"),
            ("visit", "announced"),
        ),
    ],
)
def test_a_place_after_a_relative_clause_is_the_main_clauses(sentence, aside, main):
    found = {
        (e["event_type"], e["status"]): e["place_name"]
        for e in core_candidates(sentence, PUBLISHED)
    }
    assert found[aside] is None and found[main] is not None


@pytest.mark.parametrize(
    ("sentence", "stop"),
    [
        (
            "Japan's prime minister has arrived, having stopped in Manila on Thursday, where he "
            "met the Philippine president.",
            "Manila",
        ),
        ("The Kenyan president landed on Sunday, having spent two days in Kampala.", "Kampala"),
    ],
)
def test_a_stop_told_in_a_participle_clause_is_not_where_the_arrival_was(sentence, stop):
    visits = [e for e in core_candidates(sentence, PUBLISHED) if e["event_type"] == "visit"]
    assert [e["place_name"] for e in visits if e["source_quote"]].count(stop) <= 1
    assert None in [e["place_name"] for e in visits]


def test_a_gathering_named_after_from_is_still_an_origin():
    text = (
        "The Canadian premier, who arrived on Sunday evening from the NATO summit in Vilnius, "
        "met Japan's prime minister at the Kantei on Monday."
    )
    places = [e["place_name"] for e in core_candidates(text, PUBLISHED)]
    assert not any("Vilnius" in (p or "") for p in places)
    assert any("Tokyo" in (p or "") for p in places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The minister welcomed plans for Chile's president to visit Madrid in May and said "
            "that the two sides will hold the next round of their trade, energy, and migration "
            "talks in Santiago later this year.",
            "Santiago",
        ),
        (
            "The envoy hailed plans for the Kenyan leader to visit Tokyo next month, and added "
            "that both governments would convene their economic dialogue in Nairobi in the "
            "autumn.",
            "Nairobi",
        ),
    ],
)
def test_a_clause_of_its_own_after_a_trip_keeps_its_place(text, place):
    meetings = [e for e in core_candidates(text, PUBLISHED) if e["event_type"] == "meeting"]
    assert [e["place_name"] for e in meetings] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "WINDHOEK, April 14 (Wire) - At Tuesday's meeting at the foreign ministry, the two "
        "sides signed four memoranda, covering a wind project in Luderitz, tourism and the "
        "training of nurses in Havana.",
        "WINDHOEK, April 14 (Wire) - The two ministers signed an accord on Tuesday, including "
        "a water project in Walvis Bay.",
        "WINDHOEK, April 14 (Wire) - The two ministers on Tuesday signed an agreement to fund "
        "a housing programme in Rundu.",
    ],
)
def test_what_a_text_covers_is_not_where_it_was_signed(text):
    deals = [e for e in core_candidates(text, PUBLISHED) if e["event_type"] == "agreement"]
    assert deals and all(e["place_name"] == "Windhoek" for e in deals)


@pytest.mark.parametrize(
    ("sentence", "where"),
    [
        ("Samoa last hosted the leaders' meeting in 2011.", ("Samoa", "WS")),
        ("Japan will host the summit next year.", ("Japan", "JP")),
        ("Qatar hosted talks between the two sides in Doha on Monday.", ("Doha", "QA")),
        ("Kenya's president hosted the talks on Monday.", (None, None)),
    ],
)
def test_a_country_named_as_host_is_where_its_event_is(sentence, where):
    assert _where(sentence) == [where]


_TRIP = (
    "NAIROBI, April 14 (East Wire) - Kenya's president will travel to Kampala on Thursday for "
    "a regional summit on the lake.\n\nHis office said the president would hold talks with his "
    "Ugandan counterpart at State House on {day} morning."
)


def test_an_office_on_the_day_of_a_trip_abroad_is_at_the_trips_end():
    talks = [
        e
        for e in core_candidates(_TRIP.format(day="Thursday"), PUBLISHED)
        if e["event_type"] == "meeting" and "State House" in e["source_quote"]
    ]
    assert talks and all(e["place_name"] == "Kampala" for e in talks)


def test_an_office_on_another_day_stays_at_the_datelines_city():
    talks = [
        e
        for e in core_candidates(_TRIP.format(day="Saturday"), PUBLISHED)
        if e["event_type"] == "meeting" and "State House" in e["source_quote"]
    ]
    assert talks and all(e["place_name"] == "Nairobi" for e in talks)


@pytest.mark.parametrize(
    ("sentence", "main", "earlier"),
    [
        (
            "In Tonga she will attend a meeting of the bloc's trade ministers, the first since "
            "the leaders gathered in Suva last year.",
            "Tonga",
            "Suva",
        ),
        (
            "In Lusaka the minister held talks with his Zambian counterpart on Tuesday, their "
            "first since they met in Harare in 2019.",
            "Lusaka",
            "Harare",
        ),
        (
            "Envoys from 20 countries met in Almaty on Tuesday for a conference on water, the "
            "largest such gathering since the war began in Khartoum.",
            "Almaty",
            "Khartoum",
        ),
    ],
)
def test_a_place_of_the_event_compared_with_is_not_the_events(sentence, main, earlier):
    found = core_candidates(sentence, PUBLISHED)
    first = [e["place_name"] for e in found if e["status"] == found[0]["status"]]
    assert first[0] == main
    assert [e["place_name"] for e in found].count(earlier) <= 1


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Democratic Republic of Congo", "CD"),
        ("DR Congo", "CD"),
        ("the Republic of Congo", "CG"),
        ("Congo-Brazzaville", "CG"),
        ("Türkiye", "TR"),
        ("Cape Verde", "CV"),
        ("Palau", "PW"),
    ],
)
def test_country_names_that_were_missing_or_swapped(name, code):
    place = gazetteer.lookup(name).place
    assert place is not None and place.country_code == code
    assert gazetteer.country_code_for(name) == code


def test_a_meeting_in_the_drc_is_in_kinshasas_country():
    found = _where("The envoys met in the Democratic Republic of Congo on Monday.")
    assert [code for _, code in found] == ["CD"]


@pytest.mark.parametrize(
    ("sentence", "city", "code"),
    [
        (
            "The prime minister will travel to the Gulf next month to address the World "
            "Government Summit.",
            "Dubai",
            "AE",
        ),
        (
            "The president will hold talks with his Indonesian counterpart at the Shangri-La "
            "Dialogue on Saturday.",
            "Singapore",
            "SG",
        ),
        (
            "On the sidelines of the Raisina Dialogue, the two ministers held talks on Wednesday.",
            "New Delhi",
            "IN",
        ),
        ("She will speak at the World Economic Forum's annual meeting next week.", "Davos", "CH"),
    ],
)
def test_a_gathering_with_a_fixed_home_is_in_its_city(sentence, city, code):
    assert (city, code) in _where(sentence)


def test_a_city_named_with_a_gathering_wins():
    text = "The two envoys held talks in Geneva at the end of the Doha Forum week on Monday."
    assert ("Geneva", "CH") in _where(text)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The last summit took place in Vila Real, in northern Portugal, in May 2017.", "PT"),
        ("The two presidents met in Santa Cruz, in eastern Bolivia, on Monday.", "BO"),
    ],
)
def test_a_town_told_with_its_part_of_a_country_is_in_that_country(sentence, place):
    assert [code for _, code in _where(sentence)] == [place]


def test_a_second_participle_keeps_its_own_place():
    text = (
        "ROME, April 14 (Wire) - The delegations ended three days of talks in Rome on Monday, "
        "initialling a draft text and agreeing to meet again in Nairobi next month."
    )
    deals = [e for e in core_candidates(text, PUBLISHED) if e["event_type"] == "agreement"]
    assert deals and all(e["place_name"] == "Rome" for e in deals)


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "The minister flew in late on Thursday from Canberra via Jakarta, where he had "
            "breakfast with Indonesia's trade minister.",
            "Jakarta",
        ),
        (
            "The envoy arrived in Nairobi on Monday via Kigali, where she held talks with "
            "Rwanda's foreign minister.",
            "Kigali",
        ),
    ],
)
def test_a_where_clause_after_a_stop_via_a_city_is_in_that_city(sentence, city):
    meetings = [e for e in core_candidates(sentence, PUBLISHED) if e["event_type"] == "meeting"]
    assert [e["place_name"] for e in meetings] == [city]


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The two leaders met at the Kampala Serena Conference Centre on Friday.", "Kampala"),
        ("The summit opened at the Istanbul Congress Center on Monday.", "Istanbul"),
        ("The envoys met at the Manila Hotel on Tuesday.", "Manila"),
        ("The ministers met at the Windhoek Country Club on Monday.", "Windhoek"),
    ],
)
def test_a_site_named_after_a_capital_or_a_large_city_is_in_it(sentence, city):
    assert [c for c, _ in _where(sentence)] == [city]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers held talks at the Serena Hotel on Monday.",
        "The two sides met at the Jefferson Hotel on Monday.",
    ],
)
def test_a_site_sharing_a_word_with_a_town_is_not_in_it(sentence):
    assert _where(sentence) == [(None, None)]


@pytest.mark.parametrize(
    ("sentence", "city", "code"),
    [
        (
            "The minister met her counterpart in Cote d'Ivoire's economic capital, Abidjan, on "
            "Monday.",
            "Abidjan",
            "CI",
        ),
        ("Officials met in the Ivorian capital, Yamoussoukro, on Monday.", "Yamoussoukro", "CI"),
        ("The ministers met in Myanmar's capital, Naypyitaw, on Friday.", "Nay Pyi Taw", "MM"),
    ],
)
def test_a_capital_named_after_its_description_is_that_city(sentence, city, code):
    assert _where(sentence) == [(city, code)]


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The two presidents signed the accord at State House, Nairobi, on Monday.", "Nairobi"),
        ("The two premiers met at Government House, Bangkok, on Friday.", "Bangkok"),
        ("The envoy met officials at the Turkish embassy in Kabul on Monday.", "Kabul"),
        ("The minister held talks at the Indian consulate in Dubai on Sunday.", "Dubai"),
    ],
)
def test_an_office_then_its_city_is_in_that_city(sentence, city):
    assert [c for c, _ in _where(sentence)] == [city]


def test_an_embassy_as_a_topic_is_still_no_venue():
    found = _where("The minister discussed the embassy in Kyiv on Monday during talks in Warsaw.")
    assert ("Kyiv", "UA") not in found


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "The president left the summit in Lusaka early and returned to Harare, where he "
            "will receive Kenya's president for talks on Monday.",
            "Harare",
        ),
        (
            "The minister flew on to Accra, where she will host her Togolese counterpart for "
            "bilateral talks on Friday.",
            "Accra",
        ),
    ],
)
def test_talks_as_the_purpose_in_a_where_clause_are_in_its_place(sentence, city):
    meetings = [e for e in core_candidates(sentence, PUBLISHED) if e["event_type"] == "meeting"]
    assert meetings and all(e["place_name"] == city for e in meetings)


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The two leaders met for the first time in person in Tokyo on Monday.", "Tokyo"),
        ("They met for the second time on Monday in Oslo.", "Oslo"),
    ],
)
def test_met_for_the_first_time_is_a_meeting_in_its_place(sentence, city):
    assert [(e["event_type"], e["place_name"]) for e in core_candidates(sentence, PUBLISHED)] == [
        ("meeting", city)
    ]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The three leaders met in the Czech town of Slavkov u Brna on Friday.", "CZ"),
        ("The leaders met in the Austrian village of Hinterbruehl on Friday.", "AT"),
        ("The envoys met in the Slovenian spa town of Rogaska Slatina on Monday.", "SI"),
    ],
)
def test_an_unknown_town_described_by_its_country_is_in_that_country(sentence, code):
    assert [c for _, c in _where(sentence)] == [code]


def test_heads_of_state_and_government_in_a_city_is_a_venue():
    found = _where(
        "The bloc last held a summit of heads of state and government in Lusaka in May 2016."
    )
    assert found == [("Lusaka", "ZM")]


def test_a_trip_in_another_clause_does_not_place_a_meeting():
    text = (
        "Chile's president visited Lima in March 2012, and the two countries last met at "
        "leaders' level at the summit of the Pacific Alliance in Cali in June 2013."
    )
    meetings = [
        e for e in core_candidates(text, PUBLISHED) if e["event_type"] in ("meeting", "conference")
    ]
    assert meetings and all(e["place_name"] == "Cali" for e in meetings)


def test_the_host_country_before_a_city_says_which_city():
    found = _where("The ministers' next meeting will be hosted by Seychelles in Victoria in May.")
    assert ("Victoria", "SC") in found
