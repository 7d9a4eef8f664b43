"""Sentences → candidate events: sentence splitting, places, actors, status, the typed frame."""

from __future__ import annotations

import datetime as dt

import pytest
import shapely

from mapapp.errors import UsageError
from mapapp.extract.candidates import (
    extract_candidates,
    extract_events,
    find_actors,
    guess_title,
    load_actors,
    split_sentences,
)
from mapapp.model import EVENT_COLUMNS

TUE = dt.date(2022, 12, 20)
URL = "https://example.org/report"


def events(text: str, published: dt.date = TUE, **kw) -> list[dict]:
    return extract_candidates(text, published=published, url=URL, **kw)


def one(text: str, published: dt.date = TUE, **kw) -> dict:
    found = events(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


# --- sentences ----------------------------------------------------------------------------------

PAGE = "\n".join(
    [
        "Accessibility links",
        "",
        "Breaking News",
        "",
        "Envoys Meet in Doha",
        "",
        "FILE - The envoy speaks to reporters in Doha, Qatar, Sept. 16, 2022.",
        "FILE - The envoy speaks to reporters in Doha, Qatar, Sept. 16, 2022.",
        "",
        "The U.S. envoy met Mr. Smith on Monday. “We talked. It went well,” he said. "
        "Talks resume in Jan. 2023.",
        "",
        "Meeting anti-Taliban",
    ]
)


def test_split_sentences_drops_furniture_headings_and_repeated_caption():
    assert split_sentences(PAGE) == [
        "FILE - The envoy speaks to reporters in Doha, Qatar, Sept. 16, 2022.",
        "The U.S. envoy met Mr. Smith on Monday.",
        "“We talked.",
        "It went well,” he said.",
        "Talks resume in Jan. 2023.",
    ]


def test_split_sentences_are_verbatim_substrings():
    assert all(s in PAGE for s in split_sentences(PAGE))


@pytest.mark.parametrize(
    "title",
    ["the Rt. Hon. Ama Osei", "Maj. Gen. Tomas Reyes", "Adm. Lena Ortiz", "Brig. Omar Said"],
)
def test_split_sentences_keeps_a_title_abbreviation_inside_its_sentence(title: str) -> None:
    """A dotted title before a name ("the Rt. Hon.", "Maj. Gen.") does not end the sentence."""
    text = f"During the visit, {title} met the foreign minister in Kathmandu. Talks went well."
    assert split_sentences(text) == [
        f"During the visit, {title} met the foreign minister in Kathmandu.",
        "Talks went well.",
    ]


def test_split_sentences_splits_after_acronym_before_a_new_sentence():
    assert split_sentences("He flew to the U.S. The talks began.") == [
        "He flew to the U.S.",
        "The talks began.",
    ]


def test_guess_title_is_first_heading_line():
    assert guess_title(PAGE) == "Envoys Meet in Doha"


def test_extract_quoted_speech_is_not_searched_for_events():
    text = "“We are seeing officials traveling to Doha and meeting the Taliban,” Smith told VOA."
    found = one(text)
    assert (found["event_type"], found["place_name"]) == ("statement", None)


def test_extract_quote_spanning_sentences_is_masked_in_each():
    text = "Smith told VOA on Monday. “As we said, we met in Doha. We will visit Kabul.”"
    assert [e["event_type"] for e in events(text)] == ["statement"]


# --- places: venues, not any place in the sentence ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("The envoy met Taliban officials in Doha on Monday.", "Doha", "QA"),
        ("West traveled to Tajikistan to attend a meeting.", "Tajikistan", "TJ"),
        ("A drone strike killed him at a house in Kabul in August.", "Kabul", "AF"),
        (
            "They spoke to journalists at Concordia Press Club in Vienna, Austria, Sept. 16, 2022.",
            "Concordia Press Club, Vienna",
            "AT",
        ),
        (
            "The ministers met at the Grand Palace Hotel in Doha on Monday.",
            "Grand Palace Hotel, Doha",
            "QA",
        ),
        (
            "Massoud traveled to Austria from his base in Tajikistan to attend a gathering.",
            "Austria",
            "AT",
        ),
        ("The NRF carried out attacks in some parts of Afghanistan.", "Afghanistan", "AF"),
    ],
)
def test_extract_place_is_the_venue(text, place, country):
    found = events(text)
    assert found and all((e["place_name"], e["country_code"]) == (place, country) for e in found)
    assert all(e["location_basis"] == "stated" for e in found)


def test_extract_topic_place_is_not_a_venue():
    found = one("The two sides signed an agreement for peace in Afghanistan in February 2020.")
    assert (found["event_type"], found["place_name"], found["country_code"]) == (
        "agreement",
        None,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lindsey Graham met Taliban representatives on Monday.",  # Graham, Washington
        "Graham met the envoy on Monday.",
        "Massoud told an online Hudson Institute event on December 7.",
        "Massoud told the event at the Hudson Institute.",
        "U.S. officials met Afghan elders on Monday.",
        "The envoy met Afghan leaders, in line with Washington’s support for Afghans, on Monday.",
    ],
)
def test_extract_names_and_nationalities_are_not_places(text):
    """Graham and Hudson are towns, U.S. a country, Afghan a nationality, Washington a metonym."""
    found = events(text)
    assert found
    assert all(e["place_name"] is None and e["country_code"] is None for e in found)
    assert all(e["location_precision"] == "unknown" for e in found)


def test_extract_names_are_not_places_without_an_actors_table():
    empty = load_actors("/nonexistent/actors.csv")
    found = one("Lindsey Graham met the envoy at the Hudson Institute on Monday.", actors=empty)
    assert found["place_name"] is None
    assert "Lindsey Graham" in found["actors"] and "Hudson Institute" in found["actors"]


def test_extract_phone_call_has_no_place():
    text = "In March 2020, Trump spoke with a Taliban leader in Doha over the phone."
    found = one(text)
    assert (found["event_type"], found["place_name"]) == ("call", None)


def test_extract_online_event_has_no_place():
    found = one("Massoud addressed a virtual summit in Doha on Monday.")
    assert (found["event_type"], found["place_name"]) == ("conference", None)


def test_extract_washington_as_venue_is_a_place():
    """Only the possessive metonym is refused; "in Washington" is a venue."""
    found = one("The envoy met Taliban officials in Washington on Monday.")
    assert found["country_code"] == "US"


# --- status: negation and modality ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        (
            "In July, Amiri opted not to sit in a meeting with the Taliban’s foreign minister.",
            "meeting",
            "declined",
        ),
        ("He declined to attend the summit in Doha.", "conference", "declined"),
        ("The talks did not happen.", "meeting", "cancelled"),
        ("The visit to Moscow was postponed.", "visit", "cancelled"),
        ("He has indicated interest to travel to the U.S.", "visit", "announced"),
        ("The minister will visit Doha next week.", "visit", "announced"),
        ("Officials met Taliban representatives in Qatar in 2019.", "meeting", "occurred"),
    ],
)
def test_extract_status_from_negation_and_modality(text, event_type, status):
    found = one(text)
    assert (found["event_type"], found["status"]) == (event_type, status)


@pytest.mark.parametrize(
    "text",
    [
        "No U.S. diplomat has traveled to Afghanistan since the Taliban seized power.",
        "Since August, there had been no official confirmation of a meeting between them.",
        "The NRF leaders have been able to travel and participate in political events.",
        "The U.S. has maintained its capabilities to strike targets in Afghanistan.",
        "The 2020 agreement had envisioned a government formed through intra-Afghan talks.",
        "Mujahid’s group had met “all the requirements” for recognition.",
        "U.S. officials say they meet with Afghans from a broad range of the spectrum.",
        "U.S. officials have said that engagement with the Taliban is necessary.",
        "Tajikistan has called for the formation of an inclusive government in Kabul.",
    ],
)
def test_extract_non_events_give_no_candidate(text):
    assert events(text) == []


def test_extract_announced_event_resolves_dates_forward():
    found = one("The minister will travel to Doha on Thursday.")
    assert (found["status"], found["date_start"]) == ("announced", "2022-12-22")


def test_extract_future_date_makes_an_event_announced():
    found = one("Talks are due in Doha on December 28, 2022.")
    assert found["status"] == "announced"


# --- dates and actors on events -----------------------------------------------------------------


def test_extract_undated_event_has_unknown_date_not_publication_date():
    found = one("Massoud told the event at the Hudson Institute.")
    assert (found["date_start"], found["date_end"], found["date_precision"]) == (
        None,
        None,
        "unknown",
    )
    assert "No date stated" in found["summary"]


def test_extract_summary_says_how_the_date_was_resolved():
    found = one("“We will not,” Ned Price said at Monday’s briefing.")
    assert found["date_start"] == "2022-12-19"
    assert "Date resolved from 'Monday’s' against publication 2022-12-20." in found["summary"]


def test_extract_visit_and_meeting_from_one_sentence():
    text = (
        "But earlier this month, Thomas West traveled to the United Arab Emirates, where he "
        "met with the Taliban’s acting defense minister."
    )
    found = {e["event_type"]: e for e in events(text)}
    assert set(found) == {"visit", "meeting"}
    for e in found.values():
        assert (e["country_code"], e["date_start"], e["date_end"], e["date_precision"]) == (
            "AE",
            "2022-12-01",
            "2022-12-20",
            "month",
        )


def test_extract_clauses_keep_their_own_actors_and_types():
    text = (
        "In March 2020, Secretary of State Mike Pompeo held several meetings with Taliban "
        "officials, and President Donald Trump directly spoke with a Taliban leader over the "
        "phone."
    )
    found = {e["event_type"]: e for e in events(text)}
    assert "Mike Pompeo" in found["meeting"]["actors"]
    assert "Donald Trump" not in found["meeting"]["actors"]
    assert "Donald Trump" in found["call"]["actors"]


def test_find_actors_uses_table_aliases(tmp_path):
    table_file = tmp_path / "actors.csv"
    table_file.write_text(
        "name,aliases,affiliation,role,note\n"
        "Ahmad Massoud,Massoud; NRF leader Ahmad Massoud,x,y,\n",
        encoding="utf-8",
    )
    table = load_actors(table_file)
    assert [n for _, n in find_actors("NRF leader Ahmad Massoud told them.", table)] == [
        "Ahmad Massoud"
    ]
    assert [n for _, n in find_actors("Massoud left.", table)] == ["Ahmad Massoud"]


def test_find_actors_fallback_skips_titles_months_and_nationalities():
    empty = load_actors("/nonexistent/actors.csv")
    names = [
        n
        for _, n in find_actors(
            "In June, Saudi Foreign Minister Prince Faisal bin Farhan and Afghan activist "
            "Aliya Yilmaz met Iranian officials.",
            empty,
        )
    ]
    assert names == ["Faisal bin Farhan", "Aliya Yilmaz", "Iran"]


# --- the frame ----------------------------------------------------------------------------------


def test_extract_events_returns_typed_frame_with_contract_columns():
    gdf = extract_events(
        "The envoy met Taliban officials in Doha on Monday. The talks did not happen.",
        published=TUE,
        url=URL,
        title="T",
        publisher="P",
    )
    assert list(gdf.columns[: len(EVENT_COLUMNS)]) == list(EVENT_COLUMNS)
    assert gdf.crs.to_epsg() == 4326
    doha = gdf[gdf["place_name"] == "Doha"].iloc[0]
    assert isinstance(doha.geometry, shapely.Point) and 25 < doha.geometry.y < 26
    assert str(doha["date_start"].date()) == "2022-12-19"
    assert str(doha["source_published"].date()) == "2022-12-20"
    assert (doha["source_title"], doha["source_publisher"]) == ("T", "P")
    assert gdf[gdf["place_name"].isna()].geometry.isna().all()


def test_extract_events_ids_are_deterministic_and_depend_on_url():
    text = "The envoy met Taliban officials in Doha on Monday."
    first = extract_events(text, published=TUE, url=URL)["event_id"].tolist()
    again = extract_events(text, published=TUE, url=URL)["event_id"].tolist()
    other = extract_events(text, published=TUE, url=URL + "2")["event_id"].tolist()
    assert first == again and first != other
    assert first[0].startswith("extract-") and len(first[0]) == len("extract-") + 10


def test_extract_events_empty_text_gives_empty_frame():
    gdf = extract_events("Breaking News\n", published=TUE, url=URL)
    assert len(gdf) == 0 and list(gdf.columns[: len(EVENT_COLUMNS)]) == list(EVENT_COLUMNS)


@pytest.mark.parametrize("url", ["notes.txt", "file:///tmp/a.txt", ""])
def test_extract_events_rejects_a_non_web_url_with_one_clear_error(url):
    with pytest.raises(UsageError, match="is not an http"):
        extract_events("The envoy met Taliban officials in Doha.", published=TUE, url=url)
