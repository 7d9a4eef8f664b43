"""Places read from the wording around an event (round thirteen, places).

Each kind is tested on sentences invented for the test, in several outlet styles, beside
near-misses that must not take the place:

- an airport welcome placed at the city the airport serves, when the airport is named by a
  person or a district ("on arrival at Faleolo airport": Apia) or by a city whose name holds a
  small Arabic article ("Sharm el-Sheikh International Airport");
- talks whose follow-up sentence tells the "developments in" a country they reviewed: a topic,
  not where the talks were;
- a signed document whose long title names a place ("an agreement on the financing of the repair
  of schools in Cahul"): the place is what the document is about, and the signing is where the
  talks or the dateline put it.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

PUB = "2024-09-11"  # a Wednesday


# --- an airport named by a person or a district, or by a city with "el-" / "al" ---------------


def test_caption_welcome_at_an_airport_named_by_its_district() -> None:
    text = (
        "Photo 2: Kenya's foreign minister is greeted on arrival at Faleolo airport on Monday "
        "by Samoa's deputy prime minister."
    )
    assert core_told(text, PUB) == [
        ("meeting", "occurred", "2024-09-09", "Faleolo airport, Apia"),
        ("visit", "occurred", "2024-09-09", "Faleolo airport, Apia"),
    ]


def test_wire_welcome_at_an_airport_named_by_a_person() -> None:
    text = (
        "BUCHAREST (Reuters) - Moldova's foreign minister landed at Henri Coanda airport on "
        "Tuesday and was welcomed by Romania's secretary of state for European affairs."
    )
    told = core_told(text, PUB)
    assert ("visit", "occurred", "2024-09-10", "Henri Coanda airport, Bucharest") in told
    assert ("meeting", "occurred", "2024-09-10", "Henri Coanda airport, Bucharest") in told


def test_release_welcome_at_an_airport_of_a_city_with_an_article() -> None:
    text = (
        "Cyprus's president was welcomed by the Egyptian leader on arrival at the Sharm "
        "el-Sheikh International Airport on Monday, the presidency spokesman said."
    )
    assert core_told(text, PUB) == [
        (
            "meeting",
            "occurred",
            "2024-09-09",
            "Sharm el-Sheikh International Airport, Sharm el-Sheikh",
        ),
        (
            "visit",
            "occurred",
            "2024-09-09",
            "Sharm el-Sheikh International Airport, Sharm el-Sheikh",
        ),
    ]


def test_transcript_arrival_at_an_airport_named_by_a_person_in_the_americas() -> None:
    text = (
        "ANCHOR: Brazil's foreign minister touched down at Piarco International Airport "
        "this morning, where the Minister of Foreign Affairs greeted him."
    )
    places = {told[3] for told in core_told(text, PUB)}
    assert places == {"Piarco International Airport, Port of Spain"}


def test_a_surname_that_names_an_airport_is_no_airport_without_the_word() -> None:
    text = "Peru's foreign minister Ana Carrasco met her Chilean counterpart in Lima on Monday."
    assert core_told(text, PUB) == [("meeting", "occurred", "2024-09-09", "Lima")]


def test_a_lowercase_word_before_airport_is_no_city() -> None:
    text = (
        "The minister arrived on Monday at the new airport and was greeted by the mayor of "
        "Dakar, the ministry said."
    )
    assert all("airport" not in (told[3] or "") for told in core_told(text, PUB))


# --- "the developments in" a country is a topic of the talks ----------------------------------


def test_agency_follow_up_sentence_on_developments_in_a_country() -> None:
    text = (
        "RABAT, May 6 (MAP) - Morocco's foreign minister received his Senegalese counterpart "
        "on Monday. During the talks, the two ministers exchanged views on the developments "
        "in Sudan."
    )
    assert core_told(text, "2024-05-07") == [("meeting", "occurred", "2024-05-06", "Rabat")]


def test_readout_latest_developments_after_a_venue_told_before() -> None:
    text = (
        "Ministers of the two countries met in Muscat on Monday. During the meeting, they "
        "reviewed the latest developments in Yemen and Syria, the agency said."
    )
    assert [told[3] for told in core_told(text, PUB)] == ["Muscat"]


# --- a place inside a document's long title ---------------------------------------------------


def test_release_document_title_names_a_town_the_dateline_places_the_signing() -> None:
    text = (
        "CHISINAU, March 4 -- The two prime ministers held talks on Monday and then signed an "
        "agreement on the financing of the repair of rural schools in Cahul."
    )
    assert core_told(text, "2024-03-05") == [
        ("agreement", "occurred", "2024-03-04", "Chisinau"),
        ("meeting", "occurred", "2024-03-04", "Chisinau"),
    ]


def test_wire_document_title_names_a_site_the_talks_place_the_signing() -> None:
    text = (
        "The presidents met in Lisbon on Friday, and their ministers signed a memorandum on the "
        "construction of a new bridge over the Minho at Valença."
    )
    assert core_told(text, "2024-03-05") == [
        ("agreement", "occurred", "2024-03-01", "Lisbon"),
        ("meeting", "occurred", "2024-03-01", "Lisbon"),
    ]


def test_expected_signing_of_a_protocol_on_a_port_is_at_the_dateline() -> None:
    text = (
        "WINDHOEK (AFP) - The two governments are expected to sign a protocol on the management "
        "of the container terminal at Lobito during the visit on Thursday."
    )
    agreement = the_one_told(text, "2024-03-05", "agreement", "protocol")
    assert (agreement["status"], agreement["place_name"]) == ("announced", "Windhoek")


def test_a_place_followed_by_the_signing_day_is_the_venue() -> None:
    text = (
        "Kenya and Uganda signed a memorandum on the upkeep of the railway line in Nairobi on "
        "Tuesday, the ministry said."
    )
    assert core_told(text, "2024-03-07") == [("agreement", "occurred", "2024-03-05", "Nairobi")]


def test_a_short_topic_keeps_the_venue() -> None:
    text = "The ministers signed an agreement on cooperation in Geneva on Tuesday."
    assert core_told(text, "2024-03-07") == [("agreement", "occurred", "2024-03-05", "Geneva")]


def test_a_venue_inside_the_title_keeps_the_city_after_it() -> None:
    text = (
        "The two ministers signed a protocol on the exchange of diplomatic archives at the "
        "Ministry in Rabat."
    )
    assert [told[3] for told in core_told(text, "2024-03-07")] == ["Rabat"]
