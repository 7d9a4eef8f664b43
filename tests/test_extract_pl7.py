"""Places of events across an article: the dateline, the countries the article names, and the
stops of a trip that later sentences tell.

Every article is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import pytest

from mapapp.extract.homonyms import countries_named
from tests.conftest import article_candidates as candidates
from tests.conftest import the_one_told as told

# --- towns that share a name: the article's countries decide ---------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "words", "code"),
    [
        (
            "BEIRUT, June 8 - Lebanon's prime minister travelled on Monday to Tripoli, where he "
            "received the Qatari envoy.",
            "visit",
            "Tripoli",
            "LB",
        ),
        (
            "PARIS (AFP) - The French president met the Russian president at the Kremlin on "
            "Thursday. On Friday he will travel to St Petersburg for an economic forum.",
            "visit",
            "St Petersburg",
            "RU",
        ),
        (
            "MADRID, May 2 (EFE) - Spain's foreign minister held talks with his Portuguese "
            "counterpart in Valencia on Thursday.",
            "meeting",
            "Valencia",
            "ES",
        ),
        (
            "The President of Seychelles received India's external affairs minister in Victoria "
            "on Thursday, the State House said.",
            "meeting",
            "Victoria",
            "SC",
        ),
        (
            "KUALA LUMPUR, May 2 (Bernama) - Malaysia's prime minister hosted the Thai prime "
            "minister in Georgetown on Thursday.",
            "meeting",
            "Georgetown",
            "MY",
        ),
        (
            "LA PAZ, May 2 (ABI) - Bolivia's president met Brazil's president in Santa Cruz on "
            "Thursday.",
            "meeting",
            "Santa Cruz",
            "BO",
        ),
    ],
)
def test_a_shared_town_name_is_read_in_the_articles_country(
    text: str, kind: str, words: str, code: str
) -> None:
    assert told(text, "2024-05-02", kind, words)["country_code"] == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        # a capital stays a capital beside a much smaller namesake of the article's country
        (
            "OTTAWA (CP) - Canada's prime minister will travel to London next week for talks.",
            "London",
            "GB",
        ),
        # a town of a few thousand people never wins over a city known by the name
        (
            "UNITED NATIONS (AP) - The US envoy will travel to Geneva next week for talks.",
            "Geneva",
            "CH",
        ),
        # a reading the gazetteer file fixes is not moved to an old name of a town in India
        (
            "NEW DELHI, May 2 (PTI) - India's prime minister held talks in Islamabad on Thursday "
            "on the sidelines of the regional summit.",
            "Islamabad",
            "PK",
        ),
        # the dateline's own country named: the plain reading stands
        (
            "TRIPOLI, May 2 (AFP) - Libya's prime minister met the Italian foreign minister here "
            "on Thursday.",
            "Libya",
            "LY",
        ),
    ],
)
def test_a_well_known_city_keeps_its_first_reading(text: str, words: str, code: str) -> None:
    assert told(text, "2024-05-02", "meeting", words)["country_code"] == code


def test_countries_named_by_name_and_nationality_in_order() -> None:
    assert countries_named("Lebanon's prime minister met the Qatari envoy.") == ["LB", "QA"]


# --- a stop told by the place its sentence opens with, after a time phrase --------------------


@pytest.mark.parametrize(
    ("text", "published", "city", "day"),
    [
        (
            "NAIROBI, March 14 (Wire) - Ghana's president met Kenya's president at State House "
            "on Thursday. On Tuesday the Ghanaian leader travelled to Mombasa, where he toured "
            "the port. The next day, in Kisumu, he held talks with the regional commissioner.",
            "2024-03-14",
            "Kisumu",
            "2024-03-13",
        ),
        (
            "ACCRA (GNA) - Togo's foreign minister arrived in Accra on Monday for a working "
            "visit. Later, in Kumasi, she held talks with the Ashanti regional minister.",
            "2019-11-20",
            "Kumasi",
            "2019-11-18",
        ),
        (
            "QUITO (EFE) - Peru's president arrived in Quito on Sunday. On Monday, in Guayaquil, "
            "he signed a border agreement with Ecuador's president.",
            "2019-11-20",
            "Guayaquil",
            "2019-11-18",
        ),
    ],
)
def test_a_stop_opening_its_sentence_after_a_time_phrase_is_a_visit_there(
    text: str, published: str, city: str, day: str
) -> None:
    visit = told(text, published, "visit", city)
    assert (visit["place_name"], visit["date_start"]) == (city, day)


def test_the_host_convening_a_meeting_in_a_city_is_no_visit_there() -> None:
    text = (
        "The Special Envoy briefed the Council on Tuesday. On 3 May, in Nairobi, she convened a "
        "meeting of the joint committee of the two parties."
    )
    found = candidates(text, "2024-05-10")
    assert not [r for r in found if r["event_type"] == "visit"], found


# --- events told later without a place: the stop of that day, the town named before ----------


def test_an_unplaced_meeting_on_the_day_of_a_stop_is_at_that_stop() -> None:
    text = (
        "HANOI (VNA) - Laos' prime minister arrived in Hanoi on Tuesday. On Wednesday he "
        "travelled to Hai Phong, where he toured the port. He met the city's party chief the "
        "same day. On Thursday he held talks with Vietnam's prime minister."
    )
    stop = told(text, "2024-04-11", "meeting", "party chief")
    back = told(text, "2024-04-11", "meeting", "On Thursday")
    assert (stop["place_name"], stop["date_start"]) == ("Haiphong", "2024-04-10")
    assert back["place_name"] == "Hanoi"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "CAIRO, Sept 20 (MENA) - Egypt's president received the Greek prime minister in "
            "Alexandria on Tuesday. The Greek prime minister arrived in the coastal city on "
            "Monday evening.",
            "Alexandria",
        ),
        (
            "NAIROBI (Wire) - Kenya's president hosted Tanzania's president in Mombasa on "
            "Friday. The visitor had flown to the port city on Thursday.",
            "Mombasa",
        ),
        (
            "LIMA (Andina) - Chile's foreign minister met her Peruvian counterpart in Tacna on "
            "Monday. She arrived in the border town on Sunday night.",
            "Tacna",
        ),
    ],
)
def test_an_arrival_in_the_town_described_is_in_the_town_named_before(text: str, city: str) -> None:
    found = candidates(text, "2016-09-20")
    visits = [r for r in found if r["event_type"] == "visit"]
    assert [v["place_name"] for v in visits] == [city], found


# --- where the traveller is: events after a leg of a trip -----------------------------------

_LEAD = (
    "NAIROBI, March 14 (KNA) - Ghana's president held talks with Kenya's president in Nairobi "
    "on Monday. "
)


@pytest.mark.parametrize(
    ("rest", "words", "city", "day"),
    [
        (
            "On Tuesday he flew to Mombasa. On Wednesday he met the county governor.",
            "county governor",
            "Mombasa",
            "2024-03-13",
        ),
        (
            "He travelled to Kisumu on Tuesday. There he met the governor.",
            "There",
            "Kisumu",
            "2024-03-12",
        ),
        (
            "He left for Kampala on Wednesday. On arrival he was received by Uganda's president.",
            "On arrival",
            "Kampala",
            "2024-03-13",
        ),
        (
            "On Wednesday he flew to Kampala for a one-day visit. He held talks with Uganda's "
            "president.",
            "He held talks",
            "Kampala",
            "2024-03-13",
        ),
    ],
)
def test_an_event_told_after_a_leg_is_where_the_trip_has_reached(
    rest: str, words: str, city: str, day: str
) -> None:
    meeting = told(_LEAD + rest, "2024-03-14", "meeting", words)
    assert (meeting["place_name"], meeting["date_start"]) == (city, day)


def test_an_arrival_at_the_main_scene_is_no_leg_away() -> None:
    text = (
        "LUSAKA, June 6 (ZNBC) - Zambia's president received Malawi's president at State House "
        "on Thursday. The guest arrived in Lusaka on Wednesday evening after a stop in Ndola. "
        "The two leaders' ministers met separately on Thursday morning."
    )
    meeting = told(text, "2024-06-06", "meeting", "ministers met")
    assert meeting["place_name"] == "Lusaka"


def test_the_pair_of_the_meeting_told_before_restates_it() -> None:
    text = (
        "PRETORIA, Feb 9 (SAnews) - The President of Angola was received at the Union Buildings "
        "on Thursday by the South African President. The two heads of state held bilateral "
        "talks and signed a cooperation agreement on energy."
    )
    meetings = [r for r in candidates(text, "2023-02-09") if r["event_type"] == "meeting"]
    assert len(meetings) == 1, meetings
    assert meetings[0]["date_start"] == "2023-02-09"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("TRIPOLI, June 8 - Lebanon's prime minister met the Qatari envoy here on Monday.", "LB"),
        ("SANTIAGO (AFP) - The Dominican Republic's president met Haiti's president here.", "DO"),
        ("GEORGETOWN (Bernama) - Malaysia's prime minister met Thailand's premier here.", "MY"),
        ("TRIPOLI, June 8 - Libya's prime minister met the Italian minister here on Monday.", "LY"),
        ("LONDON (CP) - Canada's prime minister met the British prime minister here.", "GB"),
    ],
)
def test_a_dateline_capital_yields_to_a_namesake_of_its_size_in_the_country_named(
    text: str, code: str
) -> None:
    (meeting,) = [r for r in candidates(text, "2024-06-11") if r["event_type"] == "meeting"]
    assert meeting["country_code"] == code
