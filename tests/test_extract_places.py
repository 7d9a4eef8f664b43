"""Where events happened: datelines of every form, "here", venues named by buildings and
institutions, places named by description. Sentences are invented, in many outlets' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp import gazetteer
from mapapp.extract.datelines import dateline_place, find_dateline
from tests.conftest import core_candidates

PUBLISHED = dt.date(2025, 5, 8)  # a Thursday


def core(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return core_candidates(text, published, url="https://example.org/a")


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
            "Oct. 2",
            "New York",
        ),
        ("Kabul, 14 August 2021: Officials met.", "Kabul", None, "14 August 2021", "Kabul"),
        ("QUITO, Ecuador (Andean Desk) — Ministers met.", "QUITO", "Ecuador", None, "Quito"),
        ("BOGOTÁ, Sept. 9 (Llanos Wire) - Envoys met.", "BOGOTÁ", None, "Sept. 9", "Bogotá"),
        (
            "Colombo, Feb 11 (LNS) The minister met his counterpart.",
            "Colombo",
            None,
            "Feb. 11",
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
    assert [e["place_name"] for e in events] == ["UN headquarters, New York"]


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


# --- places by description ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "code"),
    [
        ("The summit was held on Monday in the northern Spanish region of Navarre.", None, "ES"),
        ("The ministers met on Monday in the northeastern Indian state of Assam.", "India", "IN"),
        ("The envoys held talks on the outskirts of Nairobi on Monday.", "Nairobi", "KE"),
        ("The foreign ministers last met at a manor house outside Vienna in May.", "Vienna", "AT"),
        ("The two sides met on Friday in the Spanish province of Girona.", "Girona", "ES"),
    ],
)
def test_places_named_by_description(sentence, place, code):
    events = core(sentence)
    assert events and all(e["country_code"] == code for e in events)
    if place is not None:
        assert all(e["place_name"] == place for e in events)


def test_a_villa_or_palace_is_never_the_country_in_its_name():
    events = core("The two presidents held talks at Casa Nicaragua on Monday.")
    assert all(e["country_code"] != "NI" for e in events)
    events = core("The two leaders held talks at Villa Somalia on Tuesday.")
    assert [e["place_name"] for e in events] == ["Villa Somalia, Mogadishu"]


# --- the article's default place ---------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "In the presence of the two ministers, officials signed a memorandum on water sharing.",
        "Both ministers witnessed the signing of an arrangement on border crossings.",
        "In the minister's presence, the two sides signed a protocol on fisheries.",
    ],
)
def test_a_signing_witnessed_at_the_main_event_shares_its_place_and_day(second):
    text = (
        "LIMA, March 5 (Andes Desk) — Peru's foreign minister held talks with her Chilean "
        f"counterpart on Tuesday. {second}"
    )
    agreement = next(e for e in core(text, dt.date(2025, 3, 5)) if e["event_type"] == "agreement")
    assert (agreement["place_name"], agreement["date_start"]) == ("Lima", "2025-03-04")


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, Ecuador (Andes Desk) — Ecuador's foreign minister received his Peruvian "
        "counterpart at the Carondelet Palace on Tuesday, and the two ministers signed a "
        "declaration on border trade.",
        "Quito, 6 March 2025 – The foreign minister held talks with her Colombian counterpart on "
        "Tuesday, and the two delegations signed a memorandum on energy.",
    ],
)
def test_an_event_told_with_the_main_event_takes_its_day(text):
    events = core(text, dt.date(2025, 3, 6))
    assert {(e["event_type"], e["date_start"]) for e in events} == {
        ("meeting", "2025-03-04"),
        ("agreement", "2025-03-04"),
    }
    assert {e["country_code"] for e in events} == {"EC"}


def test_an_undated_signing_continuing_the_lead_story_is_at_its_place():
    text = (
        "MAPUTO — Mozambique and Malawi signed an agreement on Wednesday on a rail link.\n\n"
        "The deal was signed by the two transport ministers at the Joaquim Chissano "
        "Conference Centre, in the presence of both presidents."
    )
    assert {e["place_name"] for e in core(text, dt.date(2025, 10, 30))} == {"Maputo"}


def test_a_call_or_an_event_elsewhere_does_not_take_the_default_place():
    text = (
        "ACCRA, May 6 (Example) — Ghana's president received Togo's foreign minister on Monday. "
        "He also spoke by phone with Nigeria's president. The minister will travel to Abuja "
        "next week."
    )
    places = {e["event_type"]: e["place_name"] for e in core(text)}
    assert places["call"] is None and places["visit"] == "Abuja"


# --- more forms, read the same way ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "code"),
    [
        ("MOSCOW, March 3. /TASS/. Russia and Laos signed an accord.", "Moscow", "RU"),
        ("SAN JOSE, Calif. (Example) — The ministers met.", "San Jose", "US"),
        ("SAN JOSE, Costa Rica (Example) — The ministers met.", "San José", "CR"),
        ("ATLANTA, Georgia (Example) — The ministers met.", "Atlanta", "US"),
    ],
)
def test_dateline_region_narrows_the_city(line, place, code):
    found = dateline_place(find_dateline(line))
    assert (found.name, found.country_code) == (place, code)


@pytest.mark.parametrize(
    "line", ["Lavrov (pictured) — Russia's minister met.", "Ms Osei (left) - the envoy met."]
)
def test_a_caption_in_title_case_is_no_dateline(line):
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met in Africa on Monday.",
        "Leaders met in Southeast Asia last week.",
        "The envoys met in Latin America last week.",
        "The president held talks during a tour of the Horn of Africa on Monday.",
    ],
)
def test_continents_and_world_regions_are_no_towns(sentence):
    assert all(e["place_name"] is None for e in core(sentence))


@pytest.mark.parametrize("name", ["Africa", "Asia", "the Horn of Africa", "Latin America"])
def test_gazetteer_knows_world_regions_are_no_place(name):
    match = gazetteer.lookup(name)
    assert match.place is None and "world region" in match.warning


@pytest.mark.parametrize(
    ("sentence", "place", "code"),
    [
        ("They met in the Black Sea city of Odesa on Monday.", "Odesa", "UA"),
        ("The envoys met in the Red Sea port of Port Sudan on Monday.", "Port Sudan", "SD"),
        (
            "Talks were held in the Red Sea resort of Sharm el-Sheikh on Monday.",
            "Sharm el-Sheikh",
            "EG",
        ),
        ("The ministers met in Somalia's capital on Monday.", "Mogadishu", "SO"),
        ("Talks took place on Monday in the capital of Chad.", "N'Djamena", "TD"),
        ("The ministers met in the U.S. capital on Monday.", "Washington", "US"),
        ("The envoys met in the South Korean capital on Monday.", "Seoul", "KR"),
        ("The envoys met in the Emirati capital on Monday.", "Abu Dhabi", "AE"),
    ],
)
def test_cities_named_by_description(sentence, place, code):
    assert [(e["place_name"], e["country_code"]) for e in core(sentence)] == [(place, code)]


@pytest.mark.parametrize(
    ("sentence", "place", "code"),
    [
        (
            "The prime minister met the king in the Himalayan kingdom of Bhutan on Monday.",
            "Bhutan",
            "BT",
        ),
        ("The minister visited the Ukrainian capital on Monday.", "Kyiv", "UA"),
        ("The envoy traveled to the port city of Aden on Monday.", "Aden", "YE"),
        ("The minister will travel to the Gulf state of Qatar next week.", "Qatar", "QA"),
        (
            "The president held talks with the emir at his Mar-a-Lago resort in Florida on Friday.",
            "Mar-a-Lago, West Palm Beach",
            "US",
        ),
        ("The two leaders met in Texas on Friday.", "Texas", "US"),
        (
            "The prime minister held talks with the Irish leader at 10 Downing Street on Tuesday.",
            "10 Downing Street, London",
            "GB",
        ),
        ("The envoys met at UN headquarters in Geneva on Monday.", "UN headquarters, Geneva", "CH"),
    ],
)
def test_more_venues(sentence, place, code):
    events = core(sentence)
    assert events and all((e["place_name"], e["country_code"]) == (place, code) for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister held talks with Chinese officials during a visit to Beijing last week.",
        "The president met the premier on a two-day visit to Beijing on Monday.",
    ],
)
def test_talks_during_a_visit_are_where_the_visit_went(sentence):
    assert {e["place_name"] for e in core(sentence)} == {"Beijing"}


@pytest.mark.parametrize("state", ["Florida", "Maine", "Virginia", "Montana", "Arizona"])
def test_us_states_are_regions_of_the_us_not_foreign_towns(state):
    place = gazetteer.lookup(state).place
    assert (place.country_code, place.precision) == ("US", "region")


# --- commercial capitals, bodies named before, bylines, the same city ---------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "code"),
    [
        (
            "He ended the tour on Sunday in the Tanzanian commercial capital, where he met the "
            "president.",
            "Dar es Salaam",
            "TZ",
        ),
        ("The ministers met in Nigeria's commercial capital on Monday.", "Lagos", "NG"),
        ("The ministers met in Nigeria's capital on Monday.", "Abuja", "NG"),
    ],
)
def test_a_commercial_capital_is_the_largest_city(sentence, place, code):
    assert {(e["place_name"], e["country_code"]) for e in core(sentence)} == {(place, code)}


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("ASEAN foreign ministers met at the bloc's secretariat on Monday.", "Jakarta"),
        (
            "Leaders of the African Union opened their summit at the bloc's headquarters on "
            "Saturday.",
            "Addis Ababa",
        ),
        (
            "Gulf Cooperation Council ministers met at the organisation's headquarters on Monday.",
            "Riyadh",
        ),
    ],
)
def test_the_blocs_headquarters_is_the_seat_of_the_body_named_before(sentence, city):
    events = core(sentence)
    assert events and all(e["place_name"].endswith(city) for e in events)


def test_a_body_headquarters_with_no_body_named_is_no_place():
    assert all(
        e["place_name"] is None
        for e in core("The ministers met at the bloc's headquarters on Monday.")
    )


@pytest.mark.parametrize(
    ("line", "city", "date"),
    [
        ("By Jane Roe | Nairobi — Monday, May 5, 2025", "Nairobi", "May 5, 2025"),
        ("By Ana Silva, Lisbon - 12 March 2025", "Lisbon", "12 March 2025"),
        ("Kigali — 3 May 2025", "Kigali", "3 May 2025"),
    ],
)
def test_a_byline_naming_the_city_is_a_dateline(line, city, date):
    found = find_dateline(f"A headline of words\n{line}\nThe ministers met on Monday.")
    assert (found.city, found.date) == (city, date)


@pytest.mark.parametrize(
    "line", ["By Anna Keller | Politics — Monday, May 5, 2025", "Southern Africa Today | Politics"]
)
def test_a_byline_without_a_city_is_no_dateline(line):
    assert find_dateline(f"A headline of words\n{line}\nThe ministers met on Monday.") is None


@pytest.mark.parametrize(
    "text",
    [
        "HARARE (Example) — The two presidents met on Monday in the capital.",
        "Harare, 5 May 2025 – The foreign ministers held talks at the foreign ministry in the "
        "afternoon on Monday.",
    ],
)
def test_the_capital_and_generic_seats_in_the_dateline_city(text):
    assert {e["place_name"] for e in core(text)} == {"Harare"}


def test_in_the_same_city_is_where_the_event_told_before_was():
    text = (
        "Foreign ministers of the bloc met in the Kenyan capital on Monday. Their defence "
        "ministers held talks in the same city on Tuesday."
    )
    assert {e["place_name"] for e in core(text)} == {"Nairobi"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "HANOI — Indonesia's president began a three-day state visit to Viet Nam on Tuesday.",
            "Hanoi",
        ),
        ("LIMA (Example) — Chile's president arrived on Monday for a state visit to Peru.", "Lima"),
        ("BEIJING — Vietnam's president will visit Laos next week.", "Laos"),
    ],
)
def test_a_country_of_the_dateline_is_the_dateline_city(text, place):
    assert {e["place_name"] for e in core(text) if e["event_type"] == "visit"} == {place}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The prime minister visited Udon Thani Province on Monday.", "Udon Thani"),
        ("The ministers held talks in Kandahar Province on Monday.", "Kandahar"),
    ],
)
def test_a_province_named_after_its_city_is_that_city(sentence, place):
    assert {e["place_name"] for e in core(sentence)} == {place}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "The president welcomed the Kenyan leader to Washington on Monday for talks.",
            "Washington",
        ),
        (
            "The chancellor will welcome Nordic leaders to Hamburg next week for a summit.",
            "Hamburg",
        ),
    ],
)
def test_welcoming_someone_to_a_place_puts_the_event_there(sentence, place):
    assert {e["place_name"] for e in core(sentence)} == {place}


@pytest.mark.parametrize("link", ["After their talks", "After the talks"])
def test_a_signing_after_their_talks_is_on_the_main_events_day(link):
    text = (
        "LUSAKA (Example) — Zambia's president received his Malawian counterpart on Friday. "
        f"{link}, the two leaders signed a memorandum on border security."
    )
    agreement = next(e for e in core(text, dt.date(2025, 5, 12)) if e["event_type"] == "agreement")
    assert (agreement["place_name"], agreement["date_start"]) == ("Lusaka", "2025-05-09")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Kingdom of Thailand", "TH"),
        ("the Sultanate of Oman", "OM"),
        ("Islamic Republic of Iran", "IR"),
        ("the Republic of the Philippines", "PH"),
        ("Hashemite Kingdom of Jordan", "JO"),
        ("Democratic Republic of the Congo", "CD"),
        ("Republic of the Congo", "CG"),
    ],
)
def test_formal_state_names_are_their_country(name, code):
    assert gazetteer.lookup(name).place.country_code == code
    assert gazetteer.country_code_for(name) == code


def test_a_visit_to_a_kingdom_by_its_formal_name():
    events = core("The prime minister paid an official visit to the Kingdom of Thailand on Monday.")
    assert [(e["event_type"], e["country_code"]) for e in events] == [("visit", "TH")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chancellor flies to Kyiv on Monday and on to Moscow on Tuesday for talks with the "
        "Russian president.",
        "The envoy will stop in Amman on Sunday and travel on to Baghdad on Monday for talks "
        "with Iraqi leaders.",
    ],
)
def test_talks_after_an_onward_leg_are_at_its_destination(sentence):
    meeting = next(e for e in core(sentence) if e["event_type"] == "meeting")
    assert meeting["place_name"] in ("Moscow", "Baghdad")


@pytest.mark.parametrize(
    ("line", "city", "date"),
    [
        ("Baku, October 3, AZERTAC. Azerbaijan's minister met his guest.", "Baku", "October 3"),
        ("Tehran, Oct 3, IRNA -- Iran's minister met his guest.", "Tehran", "Oct. 3"),
        ("WASHINGTON/BEIJING (Example) - The two sides met.", "WASHINGTON", None),
        (
            "ABU DHABI, 3rd October 2025 (Example) -- The two sides met.",
            "ABU DHABI",
            "3rd October 2025",
        ),
        ("Abuja – Nigeria's president received his guest on Monday.", "Abuja", None),
        ("HANOI, Jan 20 (Example) — The two sides met.", "HANOI", "Jan. 20"),
    ],
)
def test_more_dateline_forms(line, city, date):
    found = find_dateline(f"A headline of words\n\n{line}")
    assert (found.city, found.date) == (city, date)


def test_an_abbreviated_dateline_date_dates_the_lead():
    text = "TEHRAN, Oct 3 (Example) — Iran's foreign minister met his Omani counterpart."
    assert [e["date_start"] for e in core(text, dt.date(2025, 10, 4))] == ["2025-10-03"]


def test_a_title_case_city_and_a_dash_is_a_dateline_only_in_the_lead():
    text = "Abuja – Nigeria's president received Ghana's president on Monday.\n\nMeanwhile — no."
    assert find_dateline(text).city == "Abuja"
    assert find_dateline("Meanwhile — the talks went on.") is None


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The two leaders met at the Turkish presidential palace on Tuesday.", "Ankara"),
        ("The envoy held talks at the Qatari foreign ministry on Monday.", "Doha"),
        ("The ministers met at the Kenyan State House on Friday.", "Nairobi"),
        ("The two met at the Saudi foreign ministry in Jeddah on Monday.", "Jeddah"),
    ],
)
def test_a_seat_named_by_its_country_is_in_its_capital(sentence, city):
    assert {e["place_name"].split(", ")[-1] for e in core(sentence)} == {city}


def test_an_embassy_is_where_it_stands_not_in_its_country():
    text = "WASHINGTON (Example) — The minister met Chinese officials at the Chinese embassy."
    assert {e["country_code"] for e in core(text)} == {"US"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The ministers met in Kyiv's Mariinsky Palace on Monday.", "Kyiv"),
        ("The foreign ministers met in Brussels' Egmont Palace on Monday.", "Brussels"),
        ("The two sides met in Tehran's northern district on Monday.", "Tehran"),
        (
            "The two leaders held talks at a hotel on Singapore's Sentosa island on Tuesday.",
            "Singapore",
        ),
        ("The ministers met on the Greek island of Crete on Monday.", "Crete"),
        (
            "The prime ministers held talks in Japan's ancient capital of Kyoto on Saturday.",
            "Kyoto",
        ),
    ],
)
def test_a_place_owning_a_site_or_a_part_is_the_venue(sentence, place):
    assert {e["place_name"] for e in core(sentence)} == {place}


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy praised Washington's support in talks on Monday.",
        "The envoy criticised Beijing's position during talks on Monday.",
    ],
)
def test_a_possessive_metonym_is_still_no_venue(sentence):
    assert all(e["place_name"] is None for e in core(sentence))


@pytest.mark.parametrize(
    "text",
    [
        "The leaders met at Camp David on Friday. The Japanese premier flew in from Tokyo "
        "overnight and was taken to the retreat by helicopter.",
        "The two presidents held talks at Chequers on Sunday. The Irish leader was driven to the "
        "retreat in the morning.",
    ],
)
def test_the_retreat_is_the_named_site_told_before(text):
    assert len({e["place_name"] for e in core(text)}) == 1


def test_an_announced_place_is_not_the_place_of_an_occurred_event():
    text = (
        "The bloc will hold its next summit at a resort near Miami in December. The two "
        "ministers signed a partnership at the venue on Saturday."
    )
    signing = next(e for e in core(text) if e["event_type"] == "agreement")
    assert signing["place_name"] != "Miami"


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister visited Udon Thani Province, where he met representatives of the "
        "Vietnamese community in Thailand.",
        "The president visited Lyon, where he met members of the Algerian diaspora in France.",
    ],
)
def test_a_community_in_a_country_is_no_venue(sentence):
    assert {e["place_name"] for e in core(sentence)} <= {"Udon Thani", "Lyon"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("SHANGHAI (Example) — The two foreign ministers met on Monday in the capital.", "Beijing"),
        ("ISTANBUL (Example) — The ministers held talks in the capital on Friday.", "Ankara"),
        ("ISLAMABAD (Example) — The two ministers met in the capital on Friday.", "Islamabad"),
    ],
)
def test_in_the_capital_is_the_capital_of_the_datelines_country(text, city):
    assert {e["place_name"] for e in core(text)} == {city}
