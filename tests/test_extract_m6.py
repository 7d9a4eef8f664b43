"""Meetings told in word orders and wordings the rules missed: a host who "received at the X
residence the Prime Minister of …", an audience granted "on Monday to", a leader's welcome at
the airport, "On the eve," of the event told. Invented sentences, other names and wordings than
the development articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

PUBLISHED = dt.date(2026, 5, 12)  # a Tuesday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["event_type"], e["place_name"], e["date_start"] and str(e["date_start"])[:10])
        for e in core_candidates(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "BISHKEK, May 11 – The head of state today received at the Ala-Archa residence "
            "the Prime Minister of Malaysia.",
            "Bishkek",
        ),
        (
            "DUSHANBE – On Monday the president received in the Palace of the Nation the "
            "Foreign Minister of Iran.",
            "Dushanbe",
        ),
        (
            "The Emir received on Sunday evening at the Amiri Diwan in Doha the visiting "
            "Chancellor of Austria.",
            "Doha",
        ),
        (
            "The king granted an audience on Monday to the Prime Minister of Jordan in Rabat.",
            "Rabat",
        ),
    ],
)
def test_a_host_receiving_with_the_place_or_day_before_the_guest_is_a_meeting(text, place):
    found = [e for e in _events(text) if e[0] == "meeting"]
    assert len(found) == 1
    assert place in (found[0][1] or "")


@pytest.mark.parametrize(
    "text",
    [
        "NOUAKCHOTT, May 10 (Wire) - The Moroccan minister arrived late on Saturday and was "
        "received at the airport by Mauritania's foreign minister.",
        "The president landed in Harare on Monday and was welcomed at the airport by his "
        "Zimbabwean counterpart.",
        "The emir landed in Riyadh on Monday and was embraced on the tarmac by the crown prince.",
    ],
)
def test_an_arrival_welcomed_by_a_leader_is_a_visit_and_a_meeting(text):
    kinds = [e[0] for e in _events(text)]
    assert sorted(kinds) == ["meeting", "visit"]


def test_a_welcome_by_unnamed_officials_is_only_the_arrival():
    text = (
        "The delegation arrived in Lusaka on Sunday and was received at the airport by "
        "officials of the ministry."
    )
    assert [e[0] for e in _events(text)] == ["visit"]


def test_a_welcome_followed_by_talks_in_the_sentence_is_two_meetings():
    # the annotation conventions: the welcome is a meeting beside the talks that follow it
    text = (
        "The premier was received at the airport on Monday by Ghana's president, and the two "
        "leaders then held talks at Jubilee House."
    )
    assert [e[0] for e in _events(text)].count("meeting") == 2


def test_a_welcome_with_no_day_is_on_the_day_of_the_arrival():
    text = (
        "The president of Chile arrived in Lima on Sunday for a two-day state visit.\n\n"
        "Peru's president greeted his guest at the airport with a military band."
    )
    meetings = [e for e in _events(text) if e[0] == "meeting"]
    assert meetings == [("meeting", "Lima", "2026-05-10")]


def test_on_the_eve_alone_is_the_day_before_the_event_told():
    text = (
        "ASTANA, 12 May – The President today received the Prime Minister of Kyrgyzstan.\n\n"
        "On the eve, the two prime ministers held negotiations in the Government House."
    )
    dates = sorted(e[2] for e in _events(text) if e[0] == "meeting")
    assert dates == ["2026-05-11", "2026-05-12"]


@pytest.mark.parametrize(
    "text",
    [
        "LOME, May 11 (Wire) - Ghana's president held talks with his Togolese counterpart in "
        "Lome on Monday.\n\nThe two presidents met for nearly three hours at the palace, "
        "officials said.",
        "QUITO - Ecuador's foreign minister received her Peruvian counterpart on Friday.\n\n"
        "The two ministers met privately for about 90 minutes before a working lunch.",
        "NAIROBI, May 11 - Kenya's president held talks with Ethiopia's prime minister on "
        "Monday.\n\nThe two leaders met for two hours at State House before addressing reporters.",
    ],
)
def test_how_long_they_met_restates_the_meeting_told(text):
    meetings = [e for e in core_candidates(text, PUBLISHED) if e["event_type"] == "meeting"]
    assert len(meetings) == 1
    assert len(meetings[0]["source_quotes"]) == 2


def test_met_for_hours_with_a_day_of_its_own_is_a_meeting():
    text = "The Kenyan and Ugandan leaders met for two hours at State House in Nairobi on Monday."
    assert _events(text) == [("meeting", "State House, Nairobi", "2026-05-11")]


@pytest.mark.parametrize(
    "text",
    [
        "The Greek minister held talks with his Albanian counterpart at the foreign ministry on "
        "Friday, and later met with Albania's prime minister.",
        "The envoy met the foreign minister in Muscat on Monday and then called on the Sultan.",
        "ACCRA, May 11 (Wire) - The governments of Ghana and Togo held a joint cabinet meeting in "
        "Accra on Monday.\n\nTogo's prime minister also called on Ghana's president at Jubilee "
        "House in the afternoon.",
        "NAIROBI, May 11 - Kenya's president held talks with Ethiopia's prime minister on Monday."
        "\n\nThe Ethiopian leader later met the speaker of parliament.",
    ],
)
def test_a_meeting_told_with_later_then_or_also_is_one_more(text):
    assert [e[0] for e in _events(text)] == ["meeting", "meeting"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The Minister for Foreign Affairs of Kenya is visiting Japan from May 10 to 14.\n\n"
            "On May 11, the Minister held a meeting with the Minister for Foreign Affairs of "
            "Japan at the guest house of the government.",
            "held a meeting",
        ),
        (
            "The Prime Minister of Fiji is on an official visit to Chile from May 3 to 8.\n\n"
            "On May 5, the Prime Minister paid a courtesy call on the President of the Senate.",
            "courtesy call",
        ),
        (
            "The Emir of Qatar is paying a state visit to Kenya from May 9 to 11.\n\n"
            "On May 10 the Emir held talks with the Speaker of the National Assembly.",
            "held talks",
        ),
    ],
)
def test_an_unplaced_meeting_during_a_visit_to_a_country_is_in_its_capital(text, quote):
    found = [e for e in core_candidates(text, PUBLISHED) if e["event_type"] == "meeting"]
    capital = {"Japan": "Tokyo", "Chile": "Santiago", "Kenya": "Nairobi"}
    country = next(c for c in capital if c in text)
    assert [e["place_name"] for e in found if quote in e["source_quote"]] == [capital[country]]


def test_a_meeting_outside_the_days_of_the_visit_gets_no_place_from_it():
    text = (
        "The Prime Minister of Fiji is on an official visit to Chile from May 3 to 8.\n\n"
        "On May 11, the Prime Minister paid a courtesy call on the President of the Senate."
    )
    found = [e for e in core_candidates(text, PUBLISHED) if e["event_type"] == "meeting"]
    assert [e["place_name"] for e in found if e["place_name"] == "Santiago"] == []


def test_the_days_of_a_week_summary_share_its_place():
    text = (
        "NEW YORK - The following is a summary of the Secretary-General's meetings at "
        "Headquarters in the past week.\n\n"
        "On Monday, 4 May, the Secretary-General met with the President of Ghana.\n\n"
        "On Friday he met the Prime Minister of Fiji, who briefed him on the elections."
    )
    found = [e for e in _events(text) if e[0] == "meeting"]
    assert ("meeting", "New York", "2026-05-08") in found


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, the Secretary-General had a telephone conversation with the President "
        "of Mali about the transition following the 4 May coup.",
        "On Thursday, the minister met the President of Mali in Bamako to discuss the 4 May coup.",
        "The minister met the President of Mali in Bamako on Thursday to discuss the aftermath "
        "of the 4 May elections.",
    ],
)
def test_a_day_that_names_a_thing_is_not_the_events_date(text):
    assert [e[2] for e in _events(text)] == ["2026-05-07"]


@pytest.mark.parametrize(
    "text",
    [
        "The Comorian foreign minister was received this Monday morning at the Beit-Salam "
        "palace by the President.",
        "The minister was received on Monday afternoon at the presidential palace by the head "
        "of state.",
        "The two ministers held official conversations on Wednesday at the seat of the Ministry.",
        "The two foreign secretaries co-chaired the 10th Joint Commission at the Department of "
        "Foreign Affairs on 22 April.",
        "The prime minister had dinner last night with the Japanese ambassador.",
        "The president was joined for dinner on Sunday by the Emir of Qatar.",
    ],
)
def test_protocol_wordings_of_a_meeting_in_person(text):
    assert [(e[0], e[2] is not None) for e in _events(text)] == [("meeting", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy is scheduled to have an audience with the King at the palace on Thursday.",
        "The minister will hold official conversations with her Cuban counterpart tomorrow.",
    ],
)
def test_a_planned_audience_or_conversation_is_an_announced_meeting(text):
    found = core_candidates(text, PUBLISHED)
    assert [(e["event_type"], e["status"]) for e in found] == [("meeting", "announced")]


def test_a_telephone_conversation_stays_a_call():
    text = "The two presidents held a long telephone conversation on Monday."
    assert [e[0] for e in _events(text)] == ["call"]


def test_at_the_issue_of_the_audience_is_the_day_of_the_audience():
    text = (
        "MORONI, 11 May 2026 (Agency) - The Prime Minister of Madagascar, arrived yesterday "
        "evening in Moroni, was received this Monday morning at the palace by the President.\n\n"
        "At the issue of the audience, the two parties proceeded to the signature of an accord "
        "on air services."
    )
    deals = [
        e for e in core_candidates(text, dt.date(2026, 5, 11)) if e["event_type"] == "agreement"
    ]
    assert [str(e["date_start"])[:10] for e in deals] == ["2026-05-11"]


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD - The Minister of Foreign Affairs received today, Thursday, in his office at the "
        "Ministry in Baghdad, the Deputy Prime Minister of Kuwait.",
        "BANJUL - The Senegalese leader, who flew into Banjul on Thursday afternoon, had been "
        "received the same evening at State House for a private dinner with his host.",
        "ACCRA - The visiting premier was received on Monday for a working lunch at Jubilee House.",
    ],
)
def test_a_guest_received_in_an_office_or_for_a_meal_is_a_meeting(text):
    assert "meeting" in [e[0] for e in _events(text)]
