"""Conference or meeting by the number and kind of parties, and which mentions join into one.

Invented sentences only (other names, places and wordings than the articles the rules were
developed on), at least two per rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/parties"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL, statuses=CORE_STATUSES)


def types(text: str) -> list[str]:
    return [e["event_type"] for e in core(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Caribbean foreign ministers met in Bridgetown on Monday.",
        "Norway's prime minister hosted his Baltic counterparts in Bergen on Monday.",
        "Trade ministers from across the region gathered in Nairobi on Monday.",
        "Defence ministers of the 31-member alliance opened a meeting in Vilnius on Monday.",
        "Commonwealth leaders will meet in Apia in October.",
        "SADC energy ministers met in Gaborone on Monday.",
        "Ministers of the Andean Community will meet in Quito in October.",
        "The envoy will convene an informal meeting in an expanded format in Vienna in May.",
    ],
)
def test_many_parties_make_a_conference(sentence):
    assert types(sentence) == ["conference"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers will attend the Chile–Peru Ministerial Meeting in Lima on 3 October.",
        "A meeting between the leaders of Armenia and Azerbaijan took place in Prague on Monday.",
        "Envoys from Iran and three European powers met in Oslo on Monday.",
        "The two countries' foreign ministers held a ministerial meeting in Seoul on Monday.",
    ],
)
def test_two_sides_stay_a_meeting(sentence):
    assert "conference" not in types(sentence)
    assert "meeting" in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels and the government resumed talks in Doha on Monday, with envoys from Qatar, "
        "Egypt and Turkey acting as mediators.",
        "The army and the militia held talks in Juba on Monday, observed by Kenya, Uganda and "
        "Ethiopia.",
    ],
)
def test_guarantors_and_mediators_are_no_sides(sentence):
    assert types(sentence) == ["meeting"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Council will hold consultations on Haiti this afternoon.",
        "At 10 a.m. the Security Council holds a meeting on Myanmar.",
    ],
)
def test_security_council_sessions_are_conferences(sentence):
    # the annotation conventions: the council's own session is a conference
    assert types(sentence) == ["conference"]


def test_the_african_unions_peace_and_security_council_summit_is_a_conference():
    assert types("The Peace and Security Council held a summit in Addis Ababa on Monday.") == [
        "conference"
    ]


# --- which mentions join ----------------------------------------------------------------------


def test_a_named_series_takes_the_type_of_the_series():
    text = (
        "LIMA — Peruvian and Chilean officials will meet in Lima on September 20 for the "
        "annual border dialogue.\n\n"
        "Ministers of five Andean countries will gather in Quito in October.\n\n"
        "The last round of the border dialogue was held in Santiago on May 4-5."
    )
    found = {e["place_name"]: e["event_type"] for e in core(text)}
    assert found["Santiago"] == "meeting"
    assert found["Quito"] == "conference"


@pytest.mark.parametrize(
    "second",
    [
        "Before the summit, Ghana's president received his Togolese counterpart at the palace.",
        "On the sidelines, Ghana's president met his Togolese counterpart at the palace.",
    ],
)
def test_a_bilateral_meeting_beside_a_summit_stays_apart(second):
    text = (
        "ACCRA — West African leaders met in an emergency summit in Accra on Tuesday.\n\n" + second
    )
    assert sorted(types(text)) == ["conference", "meeting"]


@pytest.mark.parametrize(
    "second",
    [
        "The mediator instead met the rebel commander in the afternoon.",
        "The mediator instead met the rebel commander on Tuesday in Goma.",
    ],
)
def test_instead_is_another_meeting_than_the_one_just_told(second):
    text = (
        "GOMA — A meeting between the presidents of Rwanda and Congo planned for Tuesday "
        "was called off, officials said.\n\n" + second
    )
    meetings = [e for e in core(text) if e["event_type"] == "meeting"]
    assert any(second in e["source_quotes"] for e in meetings)
    assert all(len(e["source_quotes"]) == 1 for e in meetings)


@pytest.mark.parametrize(
    ("lead", "second"),
    [
        (
            "BAMAKO — Drones struck a depot overnight, hours after the UN envoy met rebel "
            "leaders in the city.",
            "The envoy, Ana Ruiz, held talks with the group's chief on Tuesday, a UN statement "
            "said.",
        ),
        (
            "HARGEISA — Protests broke out after the mediator met clan elders in the city.",
            "Mediator Omar Diriye held talks with the elders' council on Tuesday, his office said.",
        ),
    ],
)
def test_the_paragraph_after_the_lead_tells_the_leads_undated_event(lead, second):
    meetings = [e for e in core(lead + "\n\n" + second) if e["event_type"] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0]["date_start"] == "2024-09-10"


def test_the_last_leaders_meeting_of_a_two_sided_series_is_a_meeting():
    text = (
        "VIENNA — A meeting between the leaders of Armenia and Azerbaijan planned for Monday "
        "was postponed, officials said.\n\n"
        "The last leaders' meeting took place in Prague in May and ended without a deal."
    )
    found = {e["place_name"]: e["event_type"] for e in core(text)}
    assert found.get("Prague") == "meeting"


@pytest.mark.parametrize(
    "second",
    [
        "The mediator instead met the rebel commander in the afternoon.",
        "The envoy instead held talks with the army chief at the barracks.",
    ],
)
def test_what_happened_instead_is_on_the_day_of_the_event_it_replaced(second):
    text = (
        "GOMA — A meeting of the presidents of Rwanda and Congo in Goma on Tuesday was called "
        "off, officials said.\n\n" + second
    )
    found = [e for e in core(text) if second in e["source_quotes"]]
    assert [e["date_start"] for e in found] == ["2024-09-10"]


# --- a signing told with the meeting it was part of --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Minister met today with Chile's Foreign Minister at the ministry in Canberra. "
        "They discussed trade. In the Minister's presence, officials of the two countries "
        "signed a memorandum on student exchanges.",
        "ROME — Italy's foreign minister received her Kenyan counterpart at the Farnesina on "
        "Tuesday for talks on migration, and the two ministers signed a joint declaration on "
        "seasonal work.",
        "LISBON — Portugal's prime minister received Angola's president in Lisbon on Tuesday.\n\n"
        "The two leaders discussed energy.\n\nBoth leaders witnessed the signing of an "
        "Arrangement on Port Services.",
    ],
)
def test_an_undated_signing_is_on_the_day_of_the_meeting_it_is_told_with(text):
    published = dt.date(2024, 9, 11)
    found = core(text, published)
    meeting = next(e for e in found if e["event_type"] == "meeting")
    agreement = next(e for e in found if e["event_type"] == "agreement")
    assert agreement["date_start"] == meeting["date_start"] is not None
    assert agreement["place_name"] == meeting["place_name"]


def test_a_signing_elsewhere_keeps_its_own_place():
    text = (
        "ROME — Italy's foreign minister met her Kenyan counterpart in Rome on Tuesday.\n\n"
        "The two countries signed a port agreement in Mombasa."
    )
    agreement = next(e for e in core(text) if e["event_type"] == "agreement")
    assert agreement["place_name"] == "Mombasa"
    assert agreement["date_start"] is None


# --- restatements inside one sentence, and events that only set the time ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "OSLO — The foreign ministers of Norway, Chile and Kenya signed a pact on Thursday, "
        "after three days of talks in Oslo.\n\nThe talks opened on Tuesday with a session of "
        "the three ministers.",
        "DOHA — Envoys of five countries signed a truce plan on Friday after two days of "
        "negotiations in Doha.\n\nThe negotiations opened on Thursday with a plenary of the "
        "envoys.",
    ],
)
def test_talks_that_opened_with_a_session_are_the_talks_already_told(text):
    found = core(text, dt.date(2024, 9, 14))  # a Saturday
    gatherings = [e for e in found if e["event_type"] in ("meeting", "conference")]
    assert len(gatherings) == 1, gatherings
    assert len(gatherings[0]["source_quotes"]) == 2


@pytest.mark.parametrize(
    "second",
    [
        "Prior to the meeting, on 9 September, Ms Ruiz paid a courtesy call on the Vice President.",
        "Ahead of the talks, on 9 September, Ms Ruiz called on the Speaker of Parliament.",
    ],
)
def test_an_event_before_the_meeting_keeps_its_own_date(second):
    text = (
        "Quito, 11 September 2024 – Ecuador's foreign minister received Peru's foreign "
        "minister, Ana Ruiz, at the ministry on 10 September 2024.\n\n" + second
    )
    found = [e for e in core(text) if e["event_type"] == "meeting"]
    assert sorted(e["date_start"] for e in found) == ["2024-09-09", "2024-09-10"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said he looks forward to attending the EU-Gulf Ministerial Meeting in Riyadh in "
        "October.",
        "She is looking forward to the Nordic-Baltic Eight Summit in Tallinn in October.",
    ],
)
def test_a_named_event_after_looking_forward_is_announced(sentence):
    found = core(sentence)
    assert [(e["event_type"], e["status"]) for e in found] == [("conference", "announced")]
    assert found[0]["date_start"] == "2024-10-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chile-Argentina summit took place in Mendoza on Monday.",
        "A summit between Ghana and Togo was held in Lomé on Monday.",
        "The two presidents held a bilateral summit in Hanoi on Monday.",
    ],
)
def test_a_summit_of_two_countries_is_a_meeting(sentence):
    assert types(sentence) == ["meeting"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ASEAN-Canada summit took place in Ottawa on Monday.",
        "A summit between Russia, Turkey and Iran was held in Tehran on Monday.",
        "The Africa-Korea summit took place in Seoul on Monday.",
    ],
)
def test_a_summit_with_a_bloc_or_many_countries_stays_a_conference(sentence):
    assert types(sentence) == ["conference"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance ministers of the G20 will gather in Durban in July.",
        "Leaders of the EU will meet in Brussels in June.",
    ],
)
def test_ministers_of_a_bloc_make_a_conference(sentence):
    assert types(sentence) == ["conference"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Representatives of the Taliban and exiled politicians began talks in Doha on Monday.",
        "The envoy met leaders of the Houthi movement in Sanaa on Monday.",
    ],
)
def test_an_armed_group_is_one_side(sentence):
    assert types(sentence) == ["meeting"]


# --- two sides by their subject, and the group an article is about ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru hold talks of foreign and defence ministers in Lima on Monday.",
        "The Kenyan president and Ethiopia's prime minister held a historic summit in Nairobi on "
        "Monday.",
        "The two leaders met a year after the inter-Korean summit at Panmunjom.",
        "The prime minister will fly to Brussels for a Norway-EU summit on October 3.",
    ],
)
def test_two_sides_named_as_the_subject_or_the_name_are_a_meeting(sentence):
    assert "conference" not in types(sentence)
    assert "meeting" in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum last met at leaders' level in Suva in August 2023.",
        "The bloc last met in Lusaka in May 2022.",
        "The three foreign ministers met in Rabat on Monday.",
    ],
)
def test_a_forum_or_three_people_meeting_is_a_conference(sentence):
    assert types(sentence) == ["conference"]


def test_the_leaders_of_a_summit_article_meet_as_a_conference():
    text = (
        "AMMAN — The leaders of Jordan, Iraq and Egypt held their fourth summit in Amman on "
        "Monday.\n\nThe leaders first met in Cairo in March 2019, and last gathered in Baghdad "
        "in June 2021."
    )
    found = {e["place_name"]: e["event_type"] for e in core(text)}
    assert found["Cairo"] == found["Baghdad"] == "conference"


def test_the_leaders_of_a_bilateral_article_meet_as_a_meeting():
    text = (
        "AMMAN — Jordan's king held talks with Iraq's prime minister in Amman on Monday.\n\n"
        "The leaders first met in Baghdad in June 2021."
    )
    found = {e["place_name"]: e["event_type"] for e in core(text)}
    assert found["Baghdad"] == "meeting"


@pytest.mark.parametrize(
    "sentence",
    [
        "The chancellor will host his Danish and Dutch counterparts in Hamburg next month.",
        "The premier hosted his Estonian, Latvian and Lithuanian counterparts in Oslo on Monday.",
    ],
)
def test_a_host_and_two_counterparts_are_a_conference(sentence):
    assert types(sentence) == ["conference"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council also met at the level of heads of state in Accra on Monday.",
        "The forum met at ministerial level in Apia on Monday.",
    ],
)
def test_met_at_a_level_is_a_gathering(sentence):
    assert types(sentence) == ["conference"]


def test_a_bloc_of_many_states_on_one_side_is_a_conference():
    assert types("The AU-EU ministerial meeting will take place in Brussels in May.") == [
        "conference"
    ]


def test_after_their_talks_the_signing_is_no_new_meeting():
    text = (
        "ACCRA — Ghana's president received his Togolese counterpart at Jubilee House on "
        "Monday.\n\nAfter their talks, the two leaders signed a memorandum on border security."
    )
    found = sorted(e["event_type"] for e in core(text))
    assert found == ["agreement", "meeting"]


def test_separate_talks_with_two_counterparts_are_no_conference():
    sentence = "The minister held separate talks with his Kenyan and Ugandan counterparts in Juba."
    assert "conference" not in types(sentence)
