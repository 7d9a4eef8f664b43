"""Kinds of event wording that articles use beyond the first development set.

Institutions read as places, datelines that are no city, trip verbs, announced agreements,
a later round of talks, calls against meetings. Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.venues import institution_place
from tests.conftest import core_candidates

TUE = dt.date(2024, 9, 10)  # a Tuesday
URL = "https://example.org/report"


def core(text: str, published: dt.date = TUE) -> list[dict]:
    return core_candidates(text, published, url=URL)


def one(text: str, published: dt.date = TUE) -> dict:
    found = core(text, published)
    assert len(found) == 1, found
    return found[0]


# --- institutions and datelines that are no city ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("United Nations", "New York"),
        ("the Kenyan Mission to the United Nations", "New York"),
        ("White House", "Washington"),
        ("Kremlin", "Moscow"),
        ("Palais des Nations", "Geneva"),
    ],
)
def test_institutions_are_in_their_city(name, city):
    place = institution_place(name)
    assert place is not None and place.name == city


def test_an_unknown_name_is_no_institution():
    assert institution_place("Ministry of Silly Walks") is None
    assert institution_place("Geneva") is None


def test_a_mission_to_the_un_is_in_new_york_not_a_town_named_mission():
    event = one(
        "The envoy met Chile's foreign minister at the Peruvian Mission to the U.N. on Monday."
    )
    assert (event["place_name"], event["country_code"]) == (
        "Peruvian Mission to the U.N., New York",
        "US",
    )


def test_a_mission_in_another_city_takes_that_city():
    event = one(
        "The envoy met Chile's foreign minister at the Peruvian Mission to the United Nations "
        "in Geneva on Monday."
    )
    assert event["country_code"] == "CH"


def test_an_appeal_to_the_un_is_no_place():
    assert core("The minister appealed to the United Nations for aid on Monday.") == []


def test_united_nations_dateline_places_the_lead_event_in_new_york():
    text = (
        "Island states hold climate summit\n\nUNITED NATIONS (Example Wire) — Leaders of "
        "twelve island states held a summit on Monday on rising seas."
    )
    event = one(text)
    assert (event["event_type"], event["country_code"]) == ("conference", "US")
    assert event["place_name"] == "New York"


def test_a_multi_word_capital_dateline():
    text = (
        "Gulf envoys meet\n\nABU DHABI, Sept. 9 (Example Wire) — Envoys of Oman and Kuwait "
        "met on Monday to discuss shipping."
    )
    assert one(text)["place_name"] == "Abu Dhabi"


# --- trip verbs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "status"),
    [
        ("The minister began the trip in Lima on Monday.", "Lima", "occurred"),
        ("She ended her four-nation tour in Quito on Monday.", "Quito", "occurred"),
        ("He then travelled on to Bogotá on Monday.", "Bogotá", "occurred"),
        ("The delegation arrived in Caracas on Monday.", "Caracas", "occurred"),
        ("The envoy is due to fly to La Paz on Friday.", "La Paz", "announced"),
        ("The president will visit Asunción next week.", "Asunción", "announced"),
    ],
)
def test_trip_verbs_are_visits(sentence, place, status):
    event = one(sentence)
    assert (event["event_type"], event["place_name"], event["status"]) == (
        "visit",
        place,
        status,
    )


def test_a_trip_word_without_a_place_is_no_visit():
    assert core("The minister began the trip on a hopeful note.") == []


# --- announced agreements -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The two governments are expected to sign a fisheries agreement in Suva on Friday.",
        "Fiji and Tonga are due to sign a maritime treaty in Suva on Friday.",
    ],
)
def test_agreements_to_be_signed_are_announced(sentence):
    event = one(sentence)
    assert (event["event_type"], event["status"], event["place_name"]) == (
        "agreement",
        "announced",
        "Suva",
    )
    assert event["date_start"] == "2024-09-13"


# --- a later round, a digest of stories ---------------------------------------------------------


def test_a_second_round_is_announced_where_it_is_planned():
    text = (
        "Andean officials met in Lima on Monday to discuss river pollution. "
        "A second round is planned in La Paz next month, the ministry said."
    )
    rounds = [e for e in core(text) if "second round" in e["source_quote"]]
    assert len(rounds) == 1
    assert (rounds[0]["event_type"], rounds[0]["status"], rounds[0]["place_name"]) == (
        "meeting",
        "announced",
        "La Paz",
    )


def test_a_second_round_without_a_place_has_none_until_one_is_told():
    text = (
        "Andean officials met in Lima on Monday to discuss river pollution.\n\n"
        "A second round of talks is planned for next month, the ministry said."
    )
    later = [e for e in core(text) if "second round" in e["source_quote"]]
    assert len(later) == 1 and later[0]["status"] == "announced"
    assert later[0]["place_name"] is None and later[0]["date_start"] == "2024-10-01"


def test_a_second_dateline_starts_a_new_story_with_its_own_place():
    text = "\n\n".join(
        [
            "News in brief",
            "LIMA — Peru and Chile signed a fisheries accord on Monday.",
            "The signing followed two days of talks.",
            "QUITO — Ecuadorean and Colombian envoys began border talks on Monday.",
            "The talks were the first since March.",
        ]
    )
    found = core(text)
    talks = [e for e in found if "Ecuadorean" in e["source_quote"]]
    assert len(talks) == 1 and talks[0]["place_name"] == "Quito"
    assert "The talks were the first since March." in talks[0]["source_quotes"]
    accord = [e for e in found if e["event_type"] == "agreement"]
    assert len(accord) == 1 and accord[0]["place_name"] == "Lima"
    assert not any("The talks were" in q for e in accord for q in e["source_quotes"])


def test_a_date_in_a_later_clause_belongs_to_that_clauses_event():
    text = (
        "LIMA — Peru and Chile signed a fisheries accord on Monday.\n\n"
        "The Chilean minister held talks with her Peruvian counterpart before the signing "
        "ceremony and is due to fly to Quito on Thursday."
    )
    found = core(text)
    talks = next(e for e in found if e["event_type"] == "meeting")
    assert (talks["date_start"], talks["place_name"]) == ("2024-09-09", "Lima")
    trip = next(e for e in found if e["event_type"] == "visit")
    assert (trip["date_start"], trip["place_name"], trip["status"]) == (
        "2024-09-12",
        "Quito",
        "announced",
    )


# --- calls and meetings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministers of Peru and Chile spoke by phone on Monday.",
        "The foreign ministers of Peru and Chile held talks by video link on Monday.",
        "The foreign ministers of Peru and Chile held a video conference on Monday.",
    ],
)
def test_calls_by_phone_or_video_are_calls_without_a_place(sentence):
    event = one(sentence)
    assert (event["event_type"], event["place_name"]) == ("call", None)


def test_a_briefing_by_videoconference_is_no_call():
    sentence = "The envoy briefed the Security Council by videoconference on Monday."
    assert core(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The president received the Ambassador of Peru at the palace in Quito on Monday.",
        "The Peruvian ambassador paid a farewell call on the president in Quito on Monday.",
    ],
)
def test_calls_in_person_are_meetings(sentence):
    event = one(sentence)
    assert (event["event_type"], event["place_name"]) == ("meeting", "Quito")


def test_earlier_takes_the_day_of_the_event_before():
    text = (
        "The president held a phone call with Chile's leader this morning.\n\n"
        "Earlier, the president received the Ambassador of Peru in Quito."
    )
    meeting = next(e for e in core(text) if e["event_type"] == "meeting")
    assert meeting["date_start"] == "2024-09-10" and meeting["place_name"] == "Quito"


# --- parties and linked events ------------------------------------------------------------------


def test_a_meeting_on_the_margins_of_a_summit_is_an_event_of_its_own():
    text = (
        "QUITO — Leaders of nine Andean and Amazon states held a summit on Monday.\n\n"
        "On the margins of the summit, the Peruvian president met Chile's president for talks."
    )
    found = core(text)
    assert [e["event_type"] for e in found] == ["conference", "meeting"]
    assert found[1]["place_name"] == "Quito" and found[1]["date_start"] == "2024-09-09"


def test_a_trilateral_meeting_is_a_conference():
    # the annotation conventions: a "trilateral" meeting of three countries is a conference
    event = one(
        "The foreign ministers of Peru, Chile and Bolivia held a trilateral meeting in Lima "
        "on Monday."
    )
    assert event["event_type"] == "conference"


def test_a_session_of_a_named_body_to_meet_at_is_an_announced_conference():
    event = one(
        "The leaders agreed to meet in person at the Andean Council session in Lima in October."
    )
    assert (event["event_type"], event["status"], event["date_start"]) == (
        "conference",
        "announced",
        "2024-10-01",
    )


def test_a_speech_to_a_joint_session_is_no_meeting():
    sentence = "The president will address a joint session of the Congress in Lima on Friday."
    assert core(sentence) == []


def test_an_agreement_during_a_trip_is_part_of_it():
    sentence = (
        "The visit follows the minister's trip to Lima in March, during which the two "
        "countries agreed to expand trade."
    )
    assert [e["event_type"] for e in core(sentence)] == ["visit"]


def test_a_body_that_will_reconvene_is_an_announced_conference():
    event = one("The constitutional committee would reconvene in Lima on 24 September.")
    assert (event["event_type"], event["status"], event["place_name"]) == (
        "conference",
        "announced",
        "Lima",
    )


def test_leaders_of_many_states_that_will_gather_for_a_summit_are_one_announced_conference():
    text = (
        "The leaders of fourteen Andean and Amazon states will gather in Quito, Ecuador, "
        "on October 20 for their annual summit.\n\n"
        "The summit is expected to focus on river pollution."
    )
    event = one(text)
    assert (event["event_type"], event["status"], event["date_start"]) == (
        "conference",
        "announced",
        "2024-10-20",
    )
    assert len(event["source_quotes"]) == 2


def test_talks_on_a_visit_take_its_place_and_date():
    found = core("The envoy had visited Lima on 6 September for talks with Peruvian officials.")
    talks = next(e for e in found if e["event_type"] == "meeting")
    assert (talks["place_name"], talks["date_start"]) == ("Lima", "2024-09-06")


def test_also_carries_the_day_of_the_event_before_even_without_a_shared_name():
    text = (
        "The Secretary spoke by phone today with Peru's foreign minister.\n\n"
        "The minister also held a video call with Chile's foreign minister on trade."
    )
    calls = [e for e in core(text) if e["event_type"] == "call"]
    assert [c["date_start"] for c in calls] == ["2024-09-10", "2024-09-10"]


def test_also_before_another_clause_places_its_event_at_the_main_event():
    text = (
        "Leaders of twelve island states will gather in Apia on October 20 for a summit.\n\n"
        "Australia's foreign minister will also attend and is set to hold talks with Samoan "
        "officials on the first day."
    )
    talks = next(e for e in core(text) if e["event_type"] == "meeting")
    assert (talks["place_name"], talks["status"], talks["date_start"]) == (
        "Apia",
        "announced",
        "2024-10-20",
    )


def test_talks_summed_up_over_a_list_of_cities_are_no_single_meeting():
    sentence = (
        "The minister wrapped up a four-day tour on Monday, holding talks in Lima, Quito and "
        "Bogotá on trade."
    )
    assert core(sentence) == []


def test_a_trip_that_ends_in_a_later_clause_is_its_own_visit():
    sentence = (
        "He is due to travel on to Quito on Thursday for talks with Ecuador's foreign minister, "
        "before ending the tour in Bogotá on Saturday."
    )
    found = {
        (e["event_type"], e["place_name"], e["date_start"], e["status"]) for e in core(sentence)
    }
    assert found == {
        ("visit", "Quito", "2024-09-12", "announced"),
        ("meeting", "Quito", "2024-09-12", "announced"),
        ("visit", "Bogotá", "2024-09-14", "announced"),
    }


def test_meeting_a_ruler_is_a_meeting():
    event = one("The minister met the emirate's ruler in Dubai on Monday.")
    assert (event["event_type"], event["place_name"]) == ("meeting", "Dubai")


def test_hosting_a_leader_is_a_meeting():
    event = one("Peru's president hosted Chilean President Ana Soto in Lima on Friday.")
    assert (event["event_type"], event["place_name"], event["date_start"]) == (
        "meeting",
        "Lima",
        "2024-09-06",
    )


def test_a_call_held_without_a_named_partner_is_a_call():
    event = one("The two leaders held a call on Monday to discuss trade.")
    assert (event["event_type"], event["date_start"], event["place_name"]) == (
        "call",
        "2024-09-09",
        None,
    )


def test_a_courtesy_call_had_with_a_minister_is_a_meeting():
    event = one("The ambassador had a courtesy call with the minister in Lima on Monday.")
    assert (event["event_type"], event["place_name"]) == ("meeting", "Lima")


def test_a_month_day_to_day_range():
    event = one("Kenya will host talks between the two sides in Nairobi from October 20 to 22.")
    assert (event["date_start"], event["date_end"], event["status"]) == (
        "2024-10-20",
        "2024-10-22",
        "announced",
    )


def test_a_leader_who_will_host_another_is_an_announced_meeting():
    event = one("The president will host Chile's President Ana Soto at the White House on Friday.")
    assert (event["event_type"], event["status"], event["country_code"]) == (
        "meeting",
        "announced",
        "US",
    )


def test_a_meeting_on_the_sidelines_of_a_forum_is_not_swallowed_by_it():
    found = core(
        "The minister met his Peruvian counterpart on the sidelines of the Andean Forum "
        "on Saturday."
    )
    assert sorted(e["event_type"] for e in found) == ["conference", "meeting"]


def test_a_visit_under_way_reads_its_dates_forward():
    event = one("The minister is visiting Beijing from Sept. 12 to 14.")
    assert (event["event_type"], event["date_start"], event["date_end"]) == (
        "visit",
        "2024-09-12",
        "2024-09-14",
    )


def test_calling_on_a_minister_is_a_meeting_but_calling_on_one_to_act_is_not():
    event = one("The ambassador called on the Foreign Minister in Islamabad on Monday.")
    assert (event["event_type"], event["place_name"]) == ("meeting", "Islamabad")
    assert core("The minister called on President Soto to end the war on Monday.") == []


def test_a_bloc_s_ministers_gathering_is_a_conference():
    event = one("ASEAN foreign ministers gathered in Vientiane on Monday for an emergency meeting.")
    assert (event["event_type"], event["place_name"]) == ("conference", "Vientiane")


def test_leaving_for_a_capital_is_a_visit():
    event = one("The delegation left for Tehran on Monday.")
    assert (event["event_type"], event["place_name"]) == ("visit", "Tehran")


def test_a_meeting_before_heading_elsewhere_is_not_at_the_next_stop():
    text = (
        "LIMA (Example Wire) — Brazil's foreign minister held talks with Peruvian officials on "
        "Tuesday.\n\nShe is scheduled to meet President Soto on Wednesday before heading to Quito."
    )
    meetings = [e for e in core(text) if e["event_type"] == "meeting"]
    assert [(m["place_name"], m["date_start"]) for m in meetings] == [
        ("Lima", "2024-09-10"),
        ("Lima", "2024-09-11"),
    ]
    trip = next(e for e in core(text) if e["event_type"] == "visit")
    assert (trip["place_name"], trip["status"]) == ("Quito", "announced")


def test_a_meeting_agreed_to_be_held_is_announced():
    sentence = (
        "The ministers agreed to hold the next trilateral foreign ministers' meeting in Quito "
        "later this year."
    )
    event = one(sentence)
    assert (event["event_type"], event["status"], event["place_name"]) == (
        "conference",
        "announced",
        "Quito",
    )
