"""Second events of one sentence that are told apart: documents signed one by one.

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

WED = dt.date(2025, 6, 25)  # a Wednesday; "on Monday" is 23 June


def agreements(text: str, published: dt.date = WED) -> list[tuple]:
    return sorted(
        (e["status"], str(e["date_start"]), e["place_name"])
        for e in core_candidates(text, published)
        if e["event_type"] == "agreement"
    )


# --- documents named one by one are one agreement each ---------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "place"),
    [
        # a list told before its verb: the list's first document is one too
        (
            "A customs agreement, a memorandum on tourism and a protocol on fisheries were "
            "signed in Windhoek on Monday in the presence of both presidents.",
            3,
            "Windhoek",
        ),
        (
            "An extradition treaty and a memorandum of understanding on education were "
            "initialled in Quito on Monday by the two foreign ministers.",
            2,
            "Quito",
        ),
        (
            "On Monday, in the presence of the heads of government, an accord on shipping, an "
            "accord on power lines and a memorandum on sport were signed in Riga.",
            3,
            "Riga",
        ),
        # a count followed by its documents after a colon
        (
            "The ministers signed two documents in Dakar on Monday: an agreement on air "
            "services and a memorandum on vocational training.",
            2,
            "Dakar",
        ),
        (
            "After talks in Hanoi on Monday, the leaders witnessed the signing of three "
            "texts: a treaty on extradition, a memorandum on rice, and a protocol on ports.",
            3,
            "Hanoi",
        ),
        # kinds of document and ways of joining them
        (
            "On Monday in Hanoi, the leaders witnessed the signing of a memorandum on rice as "
            "well as a protocol on plant quarantine.",
            2,
            "Hanoi",
        ),
        (
            "The foreign ministers signed a joint statement in Astana on Monday, along with a "
            "work plan for 2025-2026.",
            2,
            "Astana",
        ),
        (
            "In Apia on Monday, the two sides signed a plan of action on climate resilience and "
            "a declaration of intent on labour mobility.",
            2,
            "Apia",
        ),
        (
            "In Nairobi on Monday the envoys signed a memorandum on cobalt and a statement of "
            "intent on cyber security.",
            2,
            "Nairobi",
        ),
        (
            "On Monday in Canberra the minister also signed the railway agreement and a further "
            "document on port security.",
            2,
            "Canberra",
        ),
        (
            "In Suva on Monday the ministers signed an arrangement on policing and an exchange "
            "of letters on fisheries.",
            2,
            "Suva",
        ),
        (
            "The delegations signed the minutes of the session in Bamako on Monday as well as an "
            "agreement on border zones and a youth exchange programme for 2025-2027.",
            3,
            "Bamako",
        ),
    ],
)
def test_documents_named_one_by_one_are_an_agreement_each(text, count, place):
    assert agreements(text) == [("occurred", "2025-06-23", place)] * count


@pytest.mark.parametrize(
    "text",
    [
        # a number of one kind, with examples or topics, stays one
        "In Tbilisi on Monday the two governments signed five agreements, including a treaty on "
        "double taxation and a memorandum on wine exports.",
        "The two ministers signed agreements on trade and on health in Lusaka on Monday.",
        "Four memoranda, among them one on ports and a protocol on fishing, were signed in "
        "Lusaka on Monday.",
    ],
)
def test_a_number_of_documents_stays_one_agreement(text):
    assert len(agreements(text)) == 1


# --- a gathering named as the setting of a meeting is a conference of its own ---------------


def kinds(text: str, published: dt.date = WED) -> list[tuple]:
    return sorted(
        (e["event_type"], e["status"], str(e["date_start"]), str(e["date_end"]), e["place_name"])
        for e in core_candidates(text, published)
    )


@pytest.mark.parametrize(
    ("text", "status", "start", "end", "place"),
    [
        (
            "The Secretary met with Foreign Minister Ana Ruiz on the margins of the OAS General "
            "Assembly in Asunción on June 23.",
            "occurred",
            "2025-06-23",
            "2025-06-23",
            "Asunción",
        ),
        # the gathering with no date or place of its own is where and when the meeting was
        (
            "The two presidents last met in Luanda in March, on the sidelines of a regional "
            "summit on the Great Lakes.",
            "occurred",
            "2025-03-01",
            "2025-03-31",
            "Luanda",
        ),
        (
            "The foreign ministers of Peru and Chile met on Tuesday on the margins of a meeting "
            "of Andean foreign ministers in Quito.",
            "occurred",
            "2025-06-24",
            "2025-06-24",
            "Quito",
        ),
        # the gathering's words ("leaders' meeting") do not make the talks many-sided
        (
            "The prime ministers will hold talks on the sidelines of the Pacific Islands Forum "
            "leaders' meeting in Nuku'alofa next month.",
            "announced",
            "2025-07-01",
            "2025-07-31",
            "Nukuʻalofa",
        ),
        (
            "The two sides held a bilateral meeting on the sidelines of the Commonwealth heads "
            "of government meeting in Apia last October.",
            "occurred",
            "2024-10-01",
            "2024-10-31",
            "Apia",
        ),
        # a body's session named after "during"
        (
            "Both leaders met briefly in Brussels in February during the European Council "
            "summit, officials said.",
            "occurred",
            "2025-02-01",
            "2025-02-28",
            "Brussels",
        ),
    ],
)
def test_a_gathering_named_as_the_setting_is_a_conference_beside_the_meeting(
    text, status, start, end, place
):
    assert kinds(text) == [
        ("conference", status, start, end, place),
        ("meeting", status, start, end, place),
    ]


def test_three_sides_on_the_margins_of_a_session_and_the_session_are_two_conferences():
    text = (
        "The foreign ministers of Chile, Peru and Ecuador held a trilateral meeting on the "
        "fringes of the UN General Assembly in New York in September 2024."
    )
    assert [k[0] for k in kinds(text)] == ["conference", "conference"]


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own after the frame: the gathering is no word of the talks
        "On the margins of the assembly she held talks with Norway's foreign minister on Monday "
        "in Tromsø.",
        "The two ministers met on Monday in Lima during the visit.",
    ],
)
def test_talks_told_beside_a_gathering_not_named_stay_a_meeting_alone(text):
    found = [k[0] for k in kinds(text)]
    assert found.count("meeting") == 1 and "conference" not in found, found


# --- a welcome on arrival is a meeting of its own ---------------------------------------------


def test_a_welcome_at_an_airport_told_with_the_arrival_is_in_the_city_arrived_in():
    text = (
        "The Uzbek president arrived in the Tajik capital on Monday evening and was met at "
        "Dushanbe airport by his Tajik counterpart."
    )
    assert [k[:3] for k in kinds(text)] == [
        ("meeting", "occurred", "2025-06-23"),
        ("visit", "occurred", "2025-06-23"),
    ]
    assert {e["country_code"] for e in core_candidates(text, WED)} == {"TJ"}


def test_a_welcome_named_by_a_town_is_placed_where_the_guest_arrived():
    # "Manas" is also a town far from the capital; the guest arrived in the capital
    text = (
        "The Kazakh premier flew into the Kyrgyz capital on Monday night and was met at Manas "
        "airport by the Kyrgyz prime minister."
    )
    assert sorted(e["place_name"] for e in core_candidates(text, WED)) == ["Bishkek", "Bishkek"]


@pytest.mark.parametrize(
    "text",
    [
        # a lead's talks, then the welcome the day before: two meetings, whoever welcomed
        "LUSAKA, June 25 (Agency) — Zambia's president held talks with the Angolan president in "
        "Lusaka on Tuesday. The Angolan leader, who arrived on Monday afternoon with a large "
        "party of officials and traders, was met at the airport by Zambia's president.",
        "HARARE, June 25 (Agency) — The presidents of Zimbabwe and Botswana held talks at State "
        "House on Tuesday. The Botswana president arrived in Harare on Monday and was welcomed "
        "at Robert Gabriel Mugabe International Airport by Zimbabwe's president.",
    ],
)
def test_a_welcome_is_not_merged_into_the_talks_told_before(text):
    found = kinds(text)
    meetings = sorted(k[2] for k in found if k[0] == "meeting")
    assert meetings == ["2025-06-23", "2025-06-24"], found
    assert [k[2] for k in found if k[0] == "visit"] == ["2025-06-23"], found


def test_a_gathering_told_after_a_welcome_is_not_the_welcome():
    text = (
        "MANILA, June 25 (Agency) — The Thai prime minister held talks with the Philippine "
        "president in Manila on Tuesday. The Thai leader, who arrived on Monday, was met at the "
        "airport by the Philippine vice-president. Both leaders attended the forum that Manila "
        "hosted in April."
    )
    found = kinds(text)
    assert [k[:4] for k in found if k[0] == "conference"] == [
        ("conference", "occurred", "2025-04-01", "2025-04-30")
    ], found
    assert sorted(k[2] for k in found if k[0] == "meeting") == ["2025-06-23", "2025-06-24"]


# --- a reception or a meal beside talks with someone else: two meetings ----------------------


@pytest.mark.parametrize(
    ("text", "status", "day", "place"),
    [
        (
            "In Nairobi on Monday the minister was received by the Kenyan president and held "
            "talks with the foreign minister.",
            "occurred",
            "2025-06-23",
            "Nairobi",
        ),
        (
            "The envoy will be received by the King of Jordan and hold talks with the Jordanian "
            "foreign minister in Amman on Tuesday.",
            "announced",
            "2025-07-01",
            "Amman",
        ),
        (
            "She also met the speaker of the national assembly and held a working dinner with "
            "Senegal's foreign minister in Dakar on Monday.",
            "occurred",
            "2025-06-23",
            "Dakar",
        ),
        # the second verb of a "where" clause is there and then too
        (
            "He travelled to Doha on Monday, where he was received by the emir and held talks "
            "with the prime minister.",
            "occurred",
            "2025-06-23",
            "Doha",
        ),
    ],
)
def test_a_reception_and_talks_with_another_person_are_two_meetings(text, status, day, place):
    meetings = [k for k in kinds(text) if k[0] == "meeting"]
    assert meetings == [("meeting", status, day, day, place)] * 2


@pytest.mark.parametrize(
    "text",
    [
        "The president met his counterpart in Accra on Monday and held talks with him on trade.",
        "On Monday in Lima, she will meet the President and hold talks with the Foreign Minister.",
        "The minister was received by the president in Lima on Monday and held talks with the "
        "president on trade.",
        "The minister met the president and the foreign minister in Lima on Monday.",
    ],
)
def test_talks_with_one_partner_or_a_plain_programme_stay_one_meeting(text):
    assert [k[0] for k in kinds(text)].count("meeting") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The minister held separate talks with his Kenyan and Ugandan counterparts in Nairobi "
        "on Monday.",
        "The envoy met the Chilean and Peruvian foreign ministers separately in Lima on Monday.",
        "On the sidelines, the acting minister also held separate meetings with his Uzbek and "
        "Kazakh counterparts in Tashkent on Monday.",
    ],
)
def test_guests_told_by_adjectives_sharing_a_title_are_met_one_by_one(text):
    assert [k[:3] for k in kinds(text)] == [("meeting", "occurred", "2025-06-23")] * 2


# --- a joint statement cited as a source is an agreement --------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The foreign ministers met for three hours at the ministry in Rabat on Monday, after "
            "which they announced in a joint statement a plan for a commission.",
            "Rabat",
        ),
        (
            "The two leaders held talks at the palace in Muscat on Monday, according to a joint "
            "declaration issued by both governments.",
            "Muscat",
        ),
        (
            "The negotiators signed the road map in Geneva on Monday evening, the joint "
            "communique said.",
            "Geneva",
        ),
    ],
)
def test_a_joint_statement_cited_is_an_agreement_of_the_talks(text, place):
    found = [k for k in kinds(text) if k[0] == "agreement"]
    assert ("agreement", "occurred", "2025-06-23", "2025-06-23", place) in found
    assert len(found) == (2 if "signed" in text else 1)


def test_a_joint_statement_already_told_is_not_told_again():
    text = (
        "The leaders adopted a joint communiqué in Tunis on Monday. They agreed to hold the next "
        "summit in Rabat, the joint communiqué said."
    )
    assert [k[0] for k in kinds(text)].count("agreement") == 1


def test_talks_in_a_clause_of_their_own_on_the_sidelines_are_at_the_gathering():
    text = (
        "A border committee is to meet in Windhoek in August, and the two foreign ministers will "
        "hold talks on the sidelines of the SADC ministerial meeting in Gaborone next month."
    )
    found = kinds(text)
    assert [k[2:] for k in found if k[2] == "2025-08-01"] == [
        ("2025-08-01", "2025-08-31", "Windhoek")
    ]
    assert ("meeting", "announced", "2025-07-01", "2025-07-31", "Gaborone") in found, found
    assert ("conference", "announced", "2025-07-01", "2025-07-31", "Gaborone") in found, found
