"""Places read from a page's head and from buildings, and names read again in a story's countries.

* an outlet's initials spelled out on the first line ("PANA — Pan-African News Agency") are a
  masthead, not a dateline, so the real dateline below is the one read;
* a city in capitals before a bar ("NAIROBI | THE WEEK IN REVIEW") is a page's dateline;
* "the Government Palace", like "the presidential palace", is a seat of the dateline's city;
* a building many capitals name alike ("the Palace of Independence") is the dateline's;
* a town is read again in another country the article names only when that country's town bears
  the name itself, not as one of its other names ("Quebec" is never a Connecticut town).

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import pytest

from mapapp.extract.datelines import find_dateline, masthead
from tests.conftest import core_told
from tests.conftest import the_one_told as told

# --- mastheads: an agency's initials spelled out are no dateline ---------------------------


@pytest.mark.parametrize(
    ("head", "city"),
    [
        (
            "PANA — Pan-African News Agency\n\nDAKAR — Ministers of the bloc met here on Monday.",
            "DAKAR",
        ),
        ("BNS – Baltic News Service\nRIGA – Talks opened on Friday.", "RIGA"),
        ("APS - Algerie Presse Service\nAlgiers - The minister received his guest.", "Algiers"),
    ],
)
def test_an_outlets_spelled_out_initials_are_no_dateline(head: str, city: str) -> None:
    found = find_dateline(head)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    ("city", "rest"),
    [
        ("PARIS", "Foreign ministers met on Monday"),  # a dateline, not initials
        ("ACCRA", "Africa News Agency reported the talks"),  # an outlet, not spelled out
        ("TOGO", "Talks Open Gently Overnight"),  # initials, but no outlet named
    ],
)
def test_a_city_before_a_dash_is_no_masthead(city: str, rest: str) -> None:
    assert not masthead(city, rest)


def test_the_summit_here_is_in_the_city_after_the_masthead() -> None:
    text = (
        "ZNA — Zambezi News Agency\nWeekend service, Saturday 9 March 2019\n\n"
        "Lilongwe — Ministers of the regional bloc closed an emergency summit here on Saturday "
        "with a call for a ceasefire."
    )
    event = told(text, "2019-03-09", "conference", "closed an emergency summit")
    assert (event["status"], event["date_end"]) == ("occurred", "2019-03-09")
    assert event["place_name"].endswith("Lilongwe")


# --- a city in capitals before a bar heads the page ----------------------------------------


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("NAIROBI | THE WEEK IN REVIEW\nOffice of the President\n\n", "Nairobi"),
        ("LIMA | Government news\n\n", "Lima"),
    ],
)
def test_a_city_before_a_bar_is_the_pages_dateline(head: str, place: str) -> None:
    text = head + "The President received the visiting foreign minister at State House on Monday."
    event = told(text, "2021-05-08", "meeting", "received the visiting")
    assert (event["status"], event["date_start"]) == ("occurred", "2021-05-03")
    assert event["place_name"].endswith(place)


@pytest.mark.parametrize("head", ["Politics | Europe\n\n", "ANALYSIS | The long road\n\n"])
def test_a_heading_before_a_bar_is_no_dateline(head: str) -> None:
    assert find_dateline(head + "The minister flew home.") is None


# --- the Government Palace is a seat of the dateline's city --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister hosted Chile's foreign minister at the Government Palace on Sunday.",
        "On Sunday the president received the Bolivian envoy at the government palace.",
    ],
)
def test_the_government_palace_is_in_the_datelines_city(sentence: str) -> None:
    text = f"QUITO, May 9 (Wire) - {sentence}"
    event = told(text, "2022-05-09", "meeting", sentence[20:45])
    assert (event["status"], event["date_start"]) == ("occurred", "2022-05-08")
    assert event["place_name"].endswith("Quito")


# --- a building many capitals name alike is the dateline's ---------------------------------


def test_a_common_building_name_is_in_the_datelines_city() -> None:
    text = (
        "ASTANA, June 3 (Wire) — The leaders of Kyrgyzstan and Tajikistan opened their talks "
        "on Monday at the Palace of Independence."
    )
    event = told(text, "2024-06-03", "meeting", "opened their talks")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-06-03")
    assert event["place_name"].endswith("Astana")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # the table's country is named: its building
            "MOSCOW, June 3 (Wire) — The Belarusian president received the Armenian premier "
            "at the Palace of Independence on Monday.",
            "Minsk",
        ),
        (  # a building with a name of its own stays where it is
            "ASTANA, June 3 (Wire) — Kazakhstan's president held talks at the Kremlin on Monday.",
            "Moscow",
        ),
    ],
)
def test_a_named_building_keeps_its_city(text: str, place: str) -> None:
    (event,) = [e for e in core_told(text, "2024-06-03") if e[0] == "meeting"]
    assert event[:3] == ("meeting", "occurred", "2024-06-03")
    assert event[3] is not None and event[3].endswith(place)


# --- a namesake must bear the name ---------------------------------------------------------


def test_a_town_is_not_moved_to_a_country_that_lists_it_only_as_another_name() -> None:
    text = (
        "Regional leaders are expected in Quebec City on Friday for a two-day summit. "
        "The prime minister discussed the agenda with the American president by phone on Tuesday."
    )
    event = told(text, "2001-04-18", "conference", "two-day summit")
    assert (event["status"], event["date_start"]) == ("announced", "2001-04-20")
    assert event["place_name"] == "Québec"


def test_a_namesake_in_a_named_country_still_wins() -> None:
    text = (
        "BEIRUT, March 2 (Wire) — Lebanon's prime minister held talks in Tripoli on Monday "
        "with local leaders and the visiting Qatari envoy."
    )
    event = told(text, "2020-03-02", "meeting", "held talks in Tripoli")
    assert (event["status"], event["date_start"]) == ("occurred", "2020-03-02")
    assert event["place_name"] == "Tripoli" and event["country_code"] == "LB"


# --- a page with no dateline is placed by the first city it says it is "here in" -----------


@pytest.mark.parametrize(
    "lines",
    [
        "REPORTER: The ministers talked late into the night here in Nairobi on Monday. "
        "They will hold a summit here next Friday.",
        "ANCHOR: What is the mood here in Nairobi tonight? CORRESPONDENT: Tense. The "
        "leaders will hold a summit here next Friday.",
    ],
)
def test_here_in_a_city_places_a_transcript_without_dateline(lines: str) -> None:
    text = f"MORNING REPORT — Radio Lakeside\nTranscript, Wednesday 6 March 2024\n\n{lines}"
    event = told(text, "2024-03-06", "conference", "a summit here next Friday")
    assert (event["status"], event["date_start"]) == ("announced", "2024-03-08")
    assert event["place_name"].endswith("Nairobi")


def test_here_in_a_city_does_not_outrank_a_dateline() -> None:
    text = (
        "KAMPALA, March 6 (Wire) — Regional leaders will hold a summit here next Friday, "
        "a minister said, speaking by phone from here in Nairobi."
    )
    event = told(text, "2024-03-06", "conference", "a summit here next Friday")
    assert (event["status"], event["date_start"]) == ("announced", "2024-03-08")
    assert event["place_name"].endswith("Kampala")


# --- an agency's name closed by ".-", as Spanish and Italian agencies write it ---------------


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("Tegucigalpa, 14 Feb. (AHN).- ", "Tegucigalpa"),
        ("LIMA, 3 Mar. (Agencia Andina).- ", "LIMA"),
        ("Rome, 9 May (ITN).-", "Rome"),
    ],
)
def test_an_agency_closed_by_a_dot_and_dash_is_a_dateline(head: str, city: str) -> None:
    found = find_dateline(f"{head} The minister received his guest.")
    assert found is not None and found.city == city


def test_an_unplaced_arrival_after_a_dotted_dateline_is_in_its_city() -> None:
    text = (
        "Managua, 20 Jan. (NAP).- The Foreign Minister of Honduras, who arrived on Monday, "
        "held talks with the President of Nicaragua on Tuesday on the shared river border."
    )
    event = told(text, "2004-01-20", "meeting", "held talks with the President")
    assert (event["status"], event["date_start"]) == ("occurred", "2004-01-20")
    assert event["place_name"].endswith("Managua")


def test_a_name_in_brackets_before_a_full_stop_is_no_dateline() -> None:
    assert find_dateline("Lavrov (pictured). The minister spoke.") is None
