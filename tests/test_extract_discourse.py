"""The article as a whole: datelines, one event over several sentences, background, parties.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates, extract_events, split_event
from mapapp.extract.sentences import find_dateline, split_sentences

TUE = dt.date(2024, 9, 10)  # a Tuesday
URL = "https://example.org/report"


def events(text: str, published: dt.date = TUE, **kw) -> list[dict]:
    return extract_candidates(text, published=published, url=URL, **kw)


def core(text: str, published: dt.date = TUE, **kw) -> list[dict]:
    kinds = {"meeting", "visit", "conference", "call", "agreement"}
    return [e for e in events(text, published, **kw) if e["event_type"] in kinds]


GENEVA = "\n".join(
    [
        "Rivals hold first direct talks",
        "",
        "GENEVA (Example Wire) — Envoys of the two rival camps began talks on a ceasefire, "
        "the host government said.",
        "",
        "The two-day talks opened on Monday under Swiss mediation.",
        "",
        "Further sessions are expected on Wednesday, an official said.",
        "",
        "The rebel group has for years kept an office in Istanbul.",
    ]
)


# --- dateline -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "city", "region"),
    [
        ("GENEVA (Example Wire) — Talks began.", "GENEVA", None),
        ("ASTANA, Kazakhstan, May 21 (Example) - Ministers met.", "ASTANA", "Kazakhstan"),
        ("NEW YORK —", "NEW YORK", None),
    ],
)
def test_find_dateline_reads_wire_and_broadcaster_forms(line, city, region):
    found = find_dateline("A headline of some words\n\n" + line)
    assert (found.city, found.region) == (city, region)


def test_find_dateline_is_not_a_photo_caption():
    assert find_dateline("FILE - A minister speaks in Doha, Sept. 16, 2022.") is None


def test_dateline_places_the_lead_event_and_is_no_actor():
    lead = core(GENEVA)[0]
    assert (lead["place_name"], lead["country_code"]) == ("Geneva", "CH")
    assert "GENEVA" not in lead["actors"] and "Example Wire" not in lead["actors"]


def test_dateline_does_not_replace_the_place_the_lead_names():
    text = "WASHINGTON — The envoy traveled to Doha on Monday for talks with Qatari officials."
    assert {e["place_name"] for e in core(text)} == {"Doha"}


def test_dateline_gives_no_place_to_a_call():
    text = "ANKARA — The two ministers discussed the crisis in a phone call on Monday."
    (call,) = core(text)
    assert call["event_type"] == "call" and call["place_name"] is None


# --- one event over several sentences ------------------------------------------------------------


def test_references_merge_into_one_candidate_with_all_sentences():
    talks = [e for e in core(GENEVA) if e["status"] == "occurred"]
    assert len(talks) == 1
    (event,) = talks
    assert len(event["source_quotes"]) == 2
    assert all(q in GENEVA for q in event["source_quotes"])
    assert event["source_quote"] in event["source_quotes"]


def test_two_day_talks_opened_on_monday_is_a_two_day_range():
    (event,) = [e for e in core(GENEVA) if e["status"] == "occurred"]
    assert (event["date_start"], event["date_end"]) == ("2024-09-09", "2024-09-10")
    assert event["date_precision"] == "range"


def test_expected_after_publication_is_announced_at_the_scene():
    (later,) = [e for e in core(GENEVA) if e["status"] == "announced"]
    assert later["date_start"] == "2024-09-11"
    assert later["place_name"] == "Geneva"


def test_reference_to_the_meeting_merges_with_the_verb_that_states_it():
    text = (
        "The envoy met the Qatari foreign minister in Doha on Monday. "
        "The meeting focused on a prisoner exchange, officials said."
    )
    (meeting,) = core(text)
    assert len(meeting["source_quotes"]) == 2
    assert meeting["source_quote"].startswith("The envoy met")


def test_talks_and_the_meeting_that_holds_them_merge_when_they_share_a_party():
    text = (
        "The envoy traveled to Doha this week for talks with Qatari officials. "
        "Envoy Paul Ward met with Qatar's deputy minister on Tuesday."
    )
    meetings = [e for e in core(text) if e["event_type"] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0]["date_start"] == "2024-09-10"  # the narrower date of the two


def test_several_meetings_are_not_merged_by_proximity():
    text = (
        "Officials regularly met rebel envoys in Qatar in 2019-2020. "
        "In March 2020, the minister held several meetings with rebel envoys."
    )
    assert len([e for e in core(text) if e["event_type"] == "meeting"]) == 2


def test_a_reference_keeps_no_date_or_place_of_another_event():
    text = (
        "ASTANA — Foreign ministers of five Central Asian states met on Wednesday. "
        "The meeting was the first of its kind since a 2021 gathering in Ashgabat."
    )
    found = core(text, dt.date(2025, 5, 21))
    assert len(found) == 2
    latest, earlier = found
    assert len(latest["source_quotes"]) == 2
    assert (earlier["place_name"], earlier["date_start"]) == ("Ashgabat", "2021-01-01")


def test_the_event_is_too_vague_to_merge():
    text = (
        "The leader told an online Example Institute event on September 3. "
        "He later traveled to Vienna to attend a political gathering. "
        "The leader told the event at the Example Institute that he was hopeful."
    )
    assert len([e for e in core(text) if e["event_type"] == "conference"]) == 3


def test_split_event_gives_each_sentence_its_own_reading():
    gdf = extract_events(GENEVA, published=TUE, url=URL)
    merged = int(gdf.index[gdf["source_quotes"].map(len) > 1][0])
    parts = split_event(gdf, merged)
    assert len(parts) == len(gdf) + 1
    assert parts["event_id"].is_unique
    assert all(len(q) == 1 for q in parts["source_quotes"].iloc[merged : merged + 2])
    assert split_event(parts, merged) is parts  # one sentence: nothing to split


# --- not every sentence with a verb is an event --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebel group has for years kept an office in Istanbul and held talks there.",
        "The Council has met on the crisis every three months since 2021.",
        "Norway has hosted several rounds of informal talks since 2022.",
        "The two governments have long held consultations on water.",
    ],
)
def test_background_and_habitual_statements_are_not_events(sentence):
    assert core(sentence) == []


def test_habitual_with_a_bounded_date_is_an_event():
    (meeting,) = core("Officials regularly met rebel envoys in Qatar in 2019-2020.")
    assert (meeting["date_start"], meeting["date_end"]) == ("2019-01-01", "2020-12-31")


def test_a_topic_without_date_or_place_is_not_an_event():
    text = "The envoy briefed the Council this afternoon on a new round of negotiations."
    assert [e["event_type"] for e in events(text)] == ["briefing"]


def test_an_agreement_needs_its_own_date():
    assert [
        e["event_type"] for e in core("The parties had agreed in April to swap prisoners.")
    ] == ["agreement"]
    text = "The ministers agreed during a phone call to set up a committee."
    assert {e["event_type"] for e in core(text)} == {"call"}


# --- event type by number and kind of parties ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign ministers of five Central Asian states met in Astana on Monday.",
        "Envoys from eight countries met in Tashkent on Monday.",
        "Turkey will host a regional meeting on the crisis in Istanbul in December.",
        "They prepared for the foreign ministers' meeting to be held in New York in October.",
        "Ministers of Kazakhstan, Kyrgyzstan and Tajikistan met in Almaty on Monday.",
    ],
)
def test_multilateral_meetings_are_conferences(sentence):
    assert [e["event_type"] for e in core(sentence)] == ["conference"]


def test_bilateral_meeting_stays_a_meeting():
    assert [e["event_type"] for e in core("The minister met Ann Lee in Ankara on Monday.")] == [
        "meeting"
    ]


def test_the_next_meeting_of_a_conference_is_a_conference_announced():
    text = (
        "ASTANA — Foreign ministers of five Central Asian states met on Wednesday. "
        "The host said the next meeting would take place in Bishkek in the autumn."
    )
    later = core(text, dt.date(2025, 5, 21))[-1]
    assert (later["event_type"], later["status"], later["place_name"]) == (
        "conference",
        "announced",
        "Bishkek",
    )
    assert (later["date_start"], later["date_end"]) == ("2025-09-01", "2025-11-30")


def test_call_by_the_headline():
    headline = "Minister's Call with the Foreign Minister of Peru"
    text = headline + "\n\nThe Minister spoke today with Ana Ruiz."
    (call,) = core(text)
    assert call["event_type"] == "call" and call["date_start"] == "2024-09-10"
    assert core("The Minister spoke today with Ana Ruiz.") == []


def test_capital_named_by_its_country():
    (conference,) = core("Envoys from eight countries met in the Uzbek capital on Monday.")
    assert conference["place_name"] == "Tashkent"


def test_split_sentences_still_verbatim_with_a_dateline():
    assert split_sentences(GENEVA)[0].startswith("GENEVA (Example Wire) —")
