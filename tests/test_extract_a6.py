"""Agreements and dated history in wordings the rules did not read: passive signings with any
subject, documents an event produced, documents named with their date or after a city, trips to
a world region, a host named as the subject. Invented sentences, not taken from the development
articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

PUBLISHED = dt.date(2021, 6, 9)  # a Wednesday


def _events(text: str, published: dt.date = PUBLISHED) -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["date_start"], e["date_end"], e["place_name"])
        for e in core_candidates(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An extradition treaty between the two countries was signed in Rabat on 4 May.",
            ("agreement", "occurred", "2021-05-04", "2021-05-04", "Rabat"),
        ),
        (
            "A protocol allowing observers to cross the line was finally signed in March 2019.",
            ("agreement", "occurred", "2019-03-01", "2019-03-31", None),
        ),
        (
            "The accord settling the maritime boundary had been initialled in Nairobi last week.",
            ("agreement", "occurred", "2021-05-31", "2021-06-06", "Nairobi"),
        ),
    ],
)
def test_a_document_signed_in_the_passive_whatever_its_subject(text, expected):
    assert expected in _events(text)


def test_documents_listed_before_a_passive_verb_and_one_told_with_a_verb_of_its_own():
    listed = _events(
        "A protocol on the border commission and an agreement on visas were signed in Minsk "
        "on Monday."
    )
    signed = [e for e in listed if e[0] == "agreement"]
    monday = ("agreement", "occurred", "2021-06-07", "2021-06-07", "Minsk")
    assert signed and set(signed) == {monday}
    lone = _events(
        "A truce signed in Goma in July 2019 collapsed within weeks, and a draft deal to be "
        "signed in the city in December was abandoned."
    )
    assert [e for e in lone if e[0] == "agreement"] == [
        ("agreement", "occurred", "2019-07-01", "2019-07-31", "Goma")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, June 8 (Wire) - The presidents of Ghana and Togo held talks in Accra on "
        "Tuesday. The meeting also yielded agreements on energy and border trade.",
        "ACCRA, June 8 (Wire) - The presidents of Ghana and Togo held talks in Accra on "
        "Tuesday. The visit resulted in three memoranda on health, roads and schools.",
        "ACCRA, June 8 (Wire) - The presidents of Ghana and Togo met in Accra on Tuesday and "
        "signed a cooperation programme worth 40 million dollars for 2022-2025.",
    ],
)
def test_a_document_an_event_produced_is_an_agreement_at_its_time_and_place(text):
    assert ("agreement", "occurred", "2021-06-08", "2021-06-08", "Accra") in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks produced no agreement, officials said.",
        "Farmers signed up to the programme in large numbers.",
        "No memorandum was signed during the visit.",
        "Both governments pledged to honour the 1998 Lusaka accords.",
    ],
)
def test_no_document_signed(text):
    assert [e for e in _events(text) if e[0] == "agreement"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy will discuss the implementation of the March 3 Arusha Memorandum of "
            "Understanding that ended the fighting.",
            ("agreement", "occurred", "2021-03-03", "2021-03-03", "Arusha"),
        ),
        (
            "On June 14 the minister will be in Kyiv for talks on the 12 February Minsk agreement.",
            ("agreement", "occurred", "2021-02-12", "2021-02-12", "Minsk"),
        ),
        (
            "Officials reviewed progress under the October 2019 Dakar protocol on fisheries.",
            ("agreement", "occurred", "2019-10-01", "2019-10-31", "Dakar"),
        ),
        (
            "The new prime minister said he would fully respect the Algiers agreement signed in "
            "December 2000.",
            ("agreement", "occurred", "2000-12-01", "2000-12-31", "Algiers"),
        ),
    ],
)
def test_a_document_named_with_its_date_is_history_placed_by_its_name(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister last visited the South Caucasus in October 2017.",
            ("visit", "occurred", "2017-10-01", "2017-10-31", None),
        ),
        (
            "The president travelled to the Horn of Africa in May 2019.",
            ("visit", "occurred", "2019-05-01", "2019-05-31", None),
        ),
        (
            "In March, Almaty hosted the regional conference on water.",
            ("conference", "occurred", "2021-03-01", "2021-03-31", "Almaty"),
        ),
        (
            "Qatar will host the next round of talks in September.",
            ("meeting", "announced", "2021-09-01", "2021-09-30", "Qatar"),
        ),
        (
            "Germany, which hosted the conference in January, pledged more aid.",
            ("conference", "occurred", "2021-01-01", "2021-01-31", "Germany"),
        ),
    ],
)
def test_dated_history_of_trips_to_a_region_and_of_a_host(text, expected):
    assert expected in _events(text)


def test_a_document_to_be_signed_during_the_visit_is_of_the_leg_ahead():
    text = (
        "Press release\n\n"
        "Vilnius, 9 June. On 8-10 June, the Minister is paying a working visit to Armenia and "
        "Georgia.\n\n"
        "On 10 June the Minister will travel to Tbilisi, where talks with the Prime Minister "
        "are planned. A memorandum on education is to be signed during the visit."
    )
    assert ("agreement", "announced", "2021-06-10", "2021-06-10", "Tbilisi") in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, June 9 (Wire) - The presidents of Peru and Chile held their bilateral summit "
            "in Lima on Wednesday. The previous summit was held in Santiago in May 2019.",
            ("meeting", "occurred", "2019-05-01", "2019-05-31", "Santiago"),
        ),
        (
            "HANOI, June 9 (Wire) - The prime ministers of Vietnam and Laos opened their annual "
            "meeting in Hanoi on Wednesday. The last meeting took place in Vientiane in 2020.",
            ("meeting", "occurred", "2020-01-01", "2020-12-31", "Vientiane"),
        ),
    ],
)
def test_an_earlier_session_of_a_two_sided_series_is_a_meeting(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both countries belong to the Mercosur trade bloc, whose presidents last met in "
            "Ouro Preto, Brazil, in December 2019.",
            ("conference", "occurred", "2019-12-01", "2019-12-31", "Ouro Preto"),
        ),
        (
            "Both countries belong to the Arab League, whose foreign ministers met in Cairo in "
            "March.",
            ("conference", "occurred", "2021-03-01", "2021-03-31", "Cairo"),
        ),
        (
            "Ministers from ASEAN, whose leaders gathered in Jakarta in January, attended.",
            ("conference", "occurred", "2021-01-01", "2021-01-31", "Jakarta"),
        ),
    ],
)
def test_a_blocs_members_meeting_is_a_conference(text, expected):
    assert expected in _events(text)


def test_a_country_whose_leaders_met_stays_a_meeting():
    found = _events("The talks were hosted by Kenya, whose leaders met in Nairobi in January.")
    assert ("meeting", "occurred", "2021-01-01", "2021-01-31", "Nairobi") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last visit of a Kenyan foreign minister to Japan took place in May 2015.",
            ("visit", "occurred", "2015-05-01", "2015-05-31", "Japan"),
        ),
        (
            "The two leaders recalled the state visit of the President of Ghana to Accra in "
            "October 2017.",
            ("visit", "occurred", "2017-10-01", "2017-10-31", "Accra"),
        ),
        (
            "He thanked the envoy for the informal bilateral meetings held in Geneva in March "
            "2018.",
            ("meeting", "occurred", "2018-03-01", "2018-03-31", "Geneva"),
        ),
        (
            "The deputy prime minister visited Kabul in February, and last month Chile and Peru "
            "signed a framework agreement on fisheries in Arica.",
            ("agreement", "occurred", "2021-05-01", "2021-05-31", "Arica"),
        ),
    ],
)
def test_dated_history_told_with_its_traveller_or_in_a_clause_of_its_own(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, June 9 (Wire) - The two presidents met in Lima on Wednesday and watched their "
            "foreign ministers sign an agreement updating the 1998 border accords.",
            ("agreement", "occurred", "2021-06-09", "2021-06-09", "Lima"),
        ),
        (
            "APIA, June 9 (Wire) - Pacific leaders ended their annual forum in Apia on Monday by "
            "signing a declaration on ocean health.",
            ("agreement", "occurred", "2021-06-07", "2021-06-07", "Apia"),
        ),
        (
            "The leaders will end the summit in Apia on Friday by signing a declaration on ocean "
            "health.",
            ("agreement", "announced", "2021-06-11", "2021-06-11", "Apia"),
        ),
    ],
)
def test_a_signing_told_inside_another_verb(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HAVANA, June 9 (Wire) - The foreign ministers held talks on Tuesday at the ministry "
            "in Havana, after which a memorandum on migration was subscribed by both.",
            ("agreement", "occurred", "2021-06-08", "2021-06-08", "Havana"),
        ),
        (
            "PUTRAJAYA, June 9 (Wire) - The two leaders held talks in Putrajaya on Wednesday. Four "
            "memoranda, on tourism, youth and health, were exchanged.",
            ("agreement", "occurred", "2021-06-09", "2021-06-09", "Putrajaya"),
        ),
        (
            "DHAKA, June 9 (Wire) - The two ministers held talks in Dhaka on Wednesday and signed "
            "agreed minutes on reopening two border posts.",
            ("agreement", "occurred", "2021-06-09", "2021-06-09", "Dhaka"),
        ),
        (
            "MAJURO, June 9 (Wire) - The three presidents ended their summit in Majuro on Monday "
            "by adopting a joint communique on fisheries.",
            ("agreement", "occurred", "2021-06-07", "2021-06-07", "Majuro"),
        ),
    ],
)
def test_other_verbs_of_signing(text, expected):
    assert expected in _events(text)


def test_documents_listed_after_a_long_subject_or_with_together_with():
    found = _events(
        "GITEGA, June 9 (Wire) - The presidents held talks in Gitega on Wednesday. An agreement "
        "on the financing of the railway, which would link the mines and the port, was signed "
        "by the two finance ministers, together with a memorandum on driving licences."
    )
    signed = [e for e in found if e[0] == "agreement"]
    assert signed == [("agreement", "occurred", "2021-06-09", "2021-06-09", "Gitega")] * 2


def test_a_documents_name_in_apposition_is_the_same_document():
    found = _events(
        "The two sides concluded the first agreement on normalising relations, the so-called "
        "Brussels Agreement, in April 2019."
    )
    assert [e for e in found if e[0] == "agreement"] == [
        ("agreement", "occurred", "2019-04-01", "2019-04-30", None)
    ]


def test_at_the_close_of_the_session_is_the_day_of_the_event_called_a_session():
    found = _events(
        "ABUJA, June 6 (Wire) - West African leaders met in Abuja on Saturday for the bloc's "
        "ordinary session. The summit was preceded on Thursday by a meeting of the Council of "
        "Ministers. At the close of the session, the leaders signed a supplementary act on "
        "residence permits.",
        dt.date(2021, 6, 6),
    )
    assert ("agreement", "occurred", "2021-06-05", "2021-06-05", "Abuja") in found


def test_a_year_after_and_with_a_verb_of_its_own_is_no_second_signing():
    found = _events(
        "The administration was set up under the agreement signed in Bonn on December 5, 2020, "
        "and took office on December 22."
    )
    assert [e for e in found if e[0] == "agreement"] == [
        ("agreement", "occurred", "2020-12-05", "2020-12-05", "Bonn")
    ]


def test_a_signing_told_with_its_place_and_day_before_the_document():
    found = _events(
        "The two countries had signed in Antananarivo, on 14 November 2019, a memorandum on the "
        "circulation of persons."
    )
    assert [e for e in found if e[0] == "agreement"] == [
        ("agreement", "occurred", "2019-11-14", "2019-11-14", "Antananarivo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A free trade agreement could be signed next year if talks go well.",
        "Officials said sanctions would be eased if the negotiations succeed.",
        "A ceasefire may follow unless the talks fail.",
    ],
)
def test_talks_told_as_a_condition_are_no_event(text):
    assert _events(text) == []
