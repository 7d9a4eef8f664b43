"""Sentences that hold several events: guests met one by one, and a trip's further events.

Every sentence here is invented for the test (other names, places, dates and phrasing than the
articles the rules were read on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/multi"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL)


def of_type(text: str, kind: str, published: dt.date = WED) -> list[dict]:
    return [e for e in core(text, published) if e["event_type"] == kind]


# --- guests met one by one: one event each ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president held separate meetings with Peruvian President Ana Ruiz and "
        "Bolivia's foreign minister in Santiago on Monday.",
        "On Tuesday in Hanoi, the Thai premier held bilateral talks with the prime ministers of "
        "Laos and Cambodia.",
        "The Kenyan leader separately met the Ugandan president and the Tanzanian vice president "
        "at State House in Nairobi on Monday.",
    ],
)
def test_guests_met_one_by_one_are_two_meetings(text: str) -> None:
    meetings = of_type(text, "meeting")
    assert len(meetings) == 2, meetings
    assert len({m["date_start"] for m in meetings}) == 1
    assert len({m["place_name"] for m in meetings}) == 1
    assert meetings[0]["date_start"] is not None


def test_three_guests_one_by_one_are_three_meetings() -> None:
    text = (
        "In Oslo on Friday the Norwegian minister held separate talks with her counterparts "
        "from Sweden, Finland and Iceland."
    )
    assert len(of_type(text, "meeting")) == 3


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Emir received the two presidents at the palace in Doha on Sunday.", 1),
        ("The Sultan held a bilateral meeting with each of them in Muscat on Monday.", 2),
        ("The host held one-on-one talks with each of the three leaders in Rabat on Monday.", 3),
        ("The chancellor met both leaders in Berlin on Monday evening.", 1),
    ],
)
def test_each_of_them(text: str, count: int) -> None:
    assert len(of_type(text, "meeting")) == count


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president met the Argentine president and his foreign minister in "
        "Brasília on Monday.",
        "The foreign ministers of France, Germany and Poland held joint talks with the Moldovan "
        "president in Chisinau on Monday.",
        "She held talks with the president of Trinidad and Tobago in Port of Spain on Monday.",
    ],
)
def test_guests_met_together_stay_one_event(text: str) -> None:
    assert len([e for e in core(text) if e["event_type"] in ("meeting", "conference")]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish president spoke by phone with the Armenian leader and the Azerbaijani "
        "leader on Monday.",
        "On Tuesday the Qatari emir held telephone calls with the Israeli prime minister and "
        "the Egyptian president.",
    ],
)
def test_a_call_with_two_leaders_is_two_calls(text: str) -> None:
    calls = of_type(text, "call")
    assert len(calls) == 2, calls
    assert calls[0]["date_start"] == calls[1]["date_start"] is not None


@pytest.mark.parametrize(
    "text",
    [
        "The president held a joint call with the leaders of Ghana and Togo on Monday.",
        "The premier held a video call on Monday with the prime ministers of Fiji and Tonga.",
        "On Monday the chancellor held a video conference with the leaders of Austria, Czechia, "
        "Slovakia and Hungary.",
    ],
)
def test_a_call_of_several_leaders_stays_one(text: str) -> None:
    assert len(of_type(text, "call")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "In Lima on Monday the minister held a separate meeting with her Chilean counterpart, "
        "Ana Soto, the ministry said.",
        "On the margins, the envoy held separate talks with Nepal's special envoy, Raj Thapa, "
        "in Kathmandu on Friday.",
    ],
)
def test_a_guest_and_his_name_are_one_meeting(text: str) -> None:
    assert len(of_type(text, "meeting")) == 1


def test_talks_with_both_presidents_on_a_trip_to_two_capitals() -> None:
    text = (
        "Kenya's foreign minister travelled to Juba and Khartoum on Monday to prepare the "
        "summit, holding talks with both presidents."
    )
    meetings = of_type(text, "meeting")
    places = sorted(m["place_name"] for m in meetings)
    assert "Juba" in places and "Khartoum" in places, meetings


# --- a trip and its purpose: the talks are where and when the trip goes ------------------------


def _one(found: list[dict], kind: str) -> dict:
    [event] = [e for e in found if e["event_type"] == kind]
    return event


@pytest.mark.parametrize(
    ("text", "place", "day", "status"),
    [
        (
            "The Chilean minister, who arrived in Quito on Tuesday, was due to travel on Friday "
            "to Bogotá for talks with Colombia's foreign minister.",
            "Bogotá",
            "2024-09-13",
            "announced",
        ),
        (
            "Portugal's premier will fly to Rabat on Thursday for bilateral talks with the "
            "Moroccan king ahead of the Union for the Mediterranean forum in Barcelona in "
            "November.",
            "Rabat",
            "2024-09-12",
            "announced",
        ),
        (
            "The Greek minister flew to Nicosia on Monday for a meeting with the Cypriot "
            "president.",
            "Nicosia",
            "2024-09-09",
            "occurred",
        ),
    ],
)
def test_talks_a_trip_is_for_are_at_its_destination(
    text: str, place: str, day: str, status: str
) -> None:
    found = core(text)
    visits = [e for e in found if e["event_type"] == "visit" and e["place_name"] == place]
    meeting = _one(found, "meeting")
    assert len(visits) == 1, found
    assert (meeting["place_name"], meeting["date_start"], meeting["status"]) == (
        place,
        day,
        status,
    )


def test_a_purpose_with_its_own_place_and_day_keeps_them() -> None:
    text = (
        "Ghana's foreign minister flew to Paris on Monday for talks at the Quai d'Orsay on "
        "Friday, the ministry said."
    )
    meeting = _one(core(text), "meeting")
    assert meeting["date_start"] == "2024-09-13"


@pytest.mark.parametrize(
    "text",
    [
        "Next week the Kenyan president flies to Addis Ababa on Monday and on to Cairo on "
        "Tuesday for talks with the Egyptian president, his first visit to Egypt in office.",
        "The Dutch king will travel to Oslo on Monday and then to Stockholm on Thursday for "
        "talks with the Swedish king, his first trip to Sweden as monarch.",
    ],
)
def test_a_further_leg_and_its_talks(text: str) -> None:
    found = core(text)
    visits = sorted(e["place_name"] for e in found if e["event_type"] == "visit")
    assert len(visits) == 2, found
    meeting = _one(found, "meeting")
    [leg] = [
        e for e in found if e["event_type"] == "visit" and e["place_name"] == meeting["place_name"]
    ]
    assert meeting["place_name"] in ("Cairo", "Stockholm")
    assert meeting["date_start"] == leg["date_start"] is not None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The envoy will fly to Hanoi on Thursday to brief Vietnam's president.", "Hanoi"),
        ("Rossi flew to Tunis last week to brief the Tunisian president on the talks.", "Tunis"),
        (
            "The Indian minister will travel to Dhaka on Sunday to call on the Prime Minister "
            "before returning to Delhi.",
            "Dhaka",
        ),
    ],
)
def test_to_brief_or_call_on_a_leader_on_a_trip_is_a_meeting(text: str, place: str) -> None:
    found = core(text)
    assert _one(found, "meeting")["place_name"] == place
    assert _one(found, "visit")["place_name"] == place


def test_to_call_on_someone_to_act_is_no_meeting() -> None:
    text = "He will travel to Accra on Monday to call on the President to release the detainees."
    assert not of_type(text, "meeting")


@pytest.mark.parametrize(
    "text",
    [
        "The Thai leader will fly on Friday to Jakarta, where he will meet the president.",
        "The president travels on Thursday to Kumasi for the festival.",
    ],
)
def test_a_time_between_the_travel_verb_and_its_destination(text: str) -> None:
    visit = _one(core(text), "visit")
    assert visit["status"] == "announced"
    assert visit["date_start"] in ("2024-09-12", "2024-09-13")


# --- one verb, guests each with their own time; a meeting and a forum; the sidelines ----------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Before the summit, the Thai minister held separate talks with his Lao counterpart "
            "on Monday evening and with the Cambodian foreign minister on Tuesday morning.",
            ["2024-09-09", "2024-09-10"],
        ),
        (
            "The envoy held talks with the Qatari emir on Sunday and with Egypt's president on "
            "Monday.",
            ["2024-09-08", "2024-09-09"],
        ),
    ],
)
def test_held_talks_with_one_guest_then_another_each_on_their_day(
    text: str, days: list[str]
) -> None:
    assert sorted(e["date_start"] for e in of_type(text, "meeting")) == days


@pytest.mark.parametrize(
    "text",
    [
        "She is scheduled to meet Vietnam's foreign minister on Thursday in Hanoi and address "
        "a business forum.",
        "The premier will meet Chile's president on Friday and open an investment forum in "
        "Santiago.",
    ],
)
def test_meet_a_guest_and_address_a_forum_are_two_events(text: str) -> None:
    kinds = sorted(e["event_type"] for e in core(text))
    assert kinds == ["conference", "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders will meet in Quito on October 20 for their annual summit.",
        "The ministers are due to meet in Lima next week and hold the annual forum.",
    ],
)
def test_meeting_for_a_summit_stays_one_gathering(text: str) -> None:
    assert [e["event_type"] for e in core(text)] == ["conference"]


def test_talks_on_the_sidelines_are_at_the_summit_not_the_trip() -> None:
    text = (
        "The President returned home on Sunday after a six-day visit to Senegal.\n\n"
        "The Francophonie summit, held on Thursday and Friday in Dakar, gathered leaders of "
        "40 countries. A first such summit was held in Hanoi in 1997.\n\n"
        "On the sidelines, the President held bilateral talks with the presidents of Mali and "
        "Niger."
    )
    meetings = of_type(text, "meeting", dt.date(2024, 9, 10))
    assert len(meetings) == 2, meetings
    for m in meetings:
        assert (m["place_name"], m["date_start"], m["date_end"]) == (
            "Dakar",
            "2024-09-05",
            "2024-09-06",
        )


# --- events told without their verb or noun: a rank, a gap after "and", two travellers -------


SERIES = (
    "Leaders of Pacific island states gathered in Suva on Tuesday for their summit, the "
    "fifth of its kind. "
)


@pytest.mark.parametrize(
    ("text", "place", "status", "year"),
    [
        ("The first was held in Apia in 2012.", "Apia", "occurred", "2012"),
        ("The previous one took place in Port Vila in 2021.", "Port Vila", "occurred", "2021"),
        ("The next one will be held in Honiara in 2026.", "Honiara", "announced", "2026"),
    ],
)
def test_a_rank_stands_for_an_event_of_the_series(
    text: str, place: str, status: str, year: str
) -> None:
    found = core(SERIES + text)
    ranked = [e for e in found if (e["place_name"] or "").replace("-", " ") == place]
    assert len(ranked) == 1, found
    assert ranked[0]["event_type"] == "conference"
    assert ranked[0]["status"] == status
    assert ranked[0]["date_start"].startswith(year)


def test_a_rank_with_no_gathering_told_is_no_event() -> None:
    assert not core("The first was held in Apia in 2012, officials recalled.")


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The Ugandan minister had arrived in Nairobi on Monday, and the Tanzanian minister "
            "on Tuesday morning.",
            ("Nairobi", "2024-09-10"),
        ),
        (
            SERIES + "The second was held in Honiara in 2013, and the third in the Samoan capital "
            "in 2016.",
            ("Apia", "2016-01-01"),
        ),
        (
            "It was the fourth such summit after Lima in May 2019 and Quito in June 2021.",
            ("Quito", "2021-06-01"),
        ),
    ],
)
def test_a_second_event_told_without_its_verb(text: str, second: tuple[str, str]) -> None:
    found = core(text)
    assert second in {(e["place_name"], e["date_start"]) for e in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "The envoys arrived in Doha on Monday and held talks with Qatari officials.",
        "The ministers signed agreements on fisheries, and a programme of cultural exchanges "
        "for 2025-2027.",
        "She was in Lima on Monday, where she held talks with her counterpart on trade and on "
        "the review of the pact due next year.",
        "He called on the Minister of Foreign Affairs, Trade and Cooperation on June 10.",
    ],
)
def test_no_gap_where_the_part_has_a_verb_a_topic_or_the_same_date(text: str) -> None:
    found = core(text)
    kinds = [e["event_type"] for e in found]
    assert len(kinds) == len(set(kinds)), found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Egyptian president and Iraqi prime minister arrived in Amman on Monday.", 2),
        ("The presidents of Chad and Niger will arrive in Abuja on Friday.", 2),
        ("The French president and the German chancellor flew to Kyiv on Thursday.", 2),
        ("The president and his wife arrived in Rome on Monday.", 1),
    ],
)
def test_two_travellers_from_two_countries_make_two_visits(text: str, count: int) -> None:
    assert len(of_type(text, "visit")) == count


# --- a meeting before the summit is on its day; a date in a "who …" aside is the aside's -----


@pytest.mark.parametrize(
    "opening",
    [
        "Ahead of the plenary session, the Kenyan president held separate meetings with "
        "Ghana's president and Senegal's president.",
        "Before the summit opened, Kenya's president held a bilateral meeting with his Ghanaian "
        "counterpart.",
    ],
)
def test_a_meeting_before_the_summit_is_on_its_day(opening: str) -> None:
    text = (
        "NAIROBI (Agency) — African Union leaders held an extraordinary summit in Nairobi on "
        "Tuesday on the crisis in the Sahel.\n\n" + opening
    )
    meetings = of_type(text, "meeting")
    assert meetings, core(text)
    assert {m["date_start"] for m in meetings} == {"2024-09-10"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Iran's foreign minister, who arrived in the Omani capital on Monday, held talks "
            "with the U.S. envoy on the sidelines of the forum on Tuesday.",
            "2024-09-10",
        ),
        (
            "Chile's president, who landed in Lima on Sunday after a stop in Quito, sat down "
            "with Peru's president on Monday.",
            "2024-09-09",
        ),
    ],
)
def test_a_date_in_an_aside_belongs_to_the_aside(text: str, day: str) -> None:
    [meeting] = of_type(text, "meeting")
    assert meeting["date_start"] == day


# --- "From there he also called …": the day of the stop just told; "has arrived, having …" ---


@pytest.mark.parametrize("opener", ["From there he also", "While there, he also"])
def test_a_call_from_there_is_on_the_day_of_the_stop_before(opener: str) -> None:
    text = (
        "Ghana's president was received by his Togolese counterpart in Lomé on Friday, the first "
        "stop of a regional tour.\n\n"
        "On Saturday he flew on to Cotonou, where he held talks with Benin's president. "
        f"{opener} spoke by telephone with Nigeria's president."
    )
    [call] = of_type(text, "call", dt.date(2024, 9, 16))
    assert call["date_start"] == "2024-09-14"


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (Agency) — Ghana's president has arrived, having stopped in Kigali on Monday, "
        "where he met Rwanda's president.",
        "NAIROBI (Agency) — Ghana's foreign minister has arrived, having stopped over in Kigali "
        "on Monday, where he held talks with Rwanda's president.",
    ],
)
def test_has_arrived_having_stopped_elsewhere(text: str) -> None:
    found = core(text)
    here = [e for e in found if e["event_type"] == "visit" and e["place_name"] == "Nairobi"]
    assert [e["date_start"] for e in here] == ["2024-09-11"], found
    [meeting] = [e for e in found if e["event_type"] == "meeting"]
    assert (meeting["place_name"], meeting["date_start"]) == ("Kigali", "2024-09-09")


# --- several documents signed in one sentence: one agreement each -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders witnessed the signing of a memorandum on the Tazara rail corridor and of "
        "an agreement on Lake Tanganyika fisheries in Dar es Salaam on Monday.",
        "A protocol on schools and a memorandum on health were signed in Chisinau on Monday.",
        "In Hanoi on Monday the ministers signed a treaty on extradition and an agreement on "
        "consular relations, officials said.",
        "The two governments signed a memorandum on border crossings in Tirana on Monday, "
        "allowing residents to use each other's clinics, and an agreement on rail links.",
    ],
)
def test_two_documents_signed_are_two_agreements(text: str) -> None:
    found = of_type(text, "agreement")
    assert len(found) == 2, found
    assert found[0]["date_start"] == found[1]["date_start"] == "2024-09-09"
    assert found[0]["place_name"] == found[1]["place_name"] is not None


@pytest.mark.parametrize(
    "text",
    [
        "The ministers exchanged four memoranda in Rabat on Monday.",
        "The presidents signed agreements on trade and on health in Accra on Monday.",
        "The presidents witnessed the signing of four agreements in Accra on Monday, among them "
        "a memorandum on ports and a deal on fisheries.",
        "They signed an agreement on trade in Lima on Monday, and the treaty was ratified later.",
    ],
)
def test_a_number_of_documents_or_a_later_step_stays_one(text: str) -> None:
    assert len(of_type(text, "agreement")) == 1


def test_announced_signing_after_a_dated_meeting_shares_its_day() -> None:
    text = (
        "The ministers will hold talks in Luanda on 16 September, and will sign a memorandum on "
        "trade and an agreement on visas."
    )
    found = of_type(text, "agreement")
    assert [e["date_start"] for e in found] == ["2024-09-16", "2024-09-16"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "On the margins of the forum on Monday, she met the President of Chile, and "
            "separately the Prime Minister of Peru and the President of the Dominican Republic.",
            3,
        ),
        (
            "In Geneva on Monday the envoy met the Foreign Minister of Iran, and separately the "
            "Foreign Minister of Saudi Arabia.",
            2,
        ),
        ("He met the President of Rwanda and the First Lady in Kigali on Monday.", 1),
    ],
)
def test_a_list_of_people_met_separately(text: str, count: int) -> None:
    assert len(of_type(text, "meeting")) == count


# --- "While in X": the stop's place and days; "At the close of the session": that session ---


@pytest.mark.parametrize(
    "closing",
    [
        "While in Nairobi I will also meet the Executive Director of UNEP.",
        "While in Nairobi, she will also meet the Speaker of the National Assembly.",
    ],
)
def test_while_in_a_stop_is_at_that_stop_in_its_days(closing: str) -> None:
    text = (
        "Today I arrived in Kampala for talks with the Ugandan government. "
        "On Monday I will travel to Nairobi for two days. " + closing
    )
    found = core(text, dt.date(2024, 9, 14))
    [meeting] = [e for e in found if e["status"] == "announced" and e["event_type"] == "meeting"]
    [stay] = [e for e in found if e["event_type"] == "visit" and e["place_name"] == "Nairobi"]
    assert meeting["place_name"] == "Nairobi"
    assert meeting["date_start"] == stay["date_start"] == "2024-09-16"


def test_at_the_close_of_the_session_is_the_session_not_the_meeting_told_last() -> None:
    text = (
        "Leaders of the bloc met in Accra on Saturday for their annual ordinary session.\n\n"
        "The summit was preceded on Thursday by a meeting of the Council of Ministers.\n\n"
        "At the close of the session, the leaders signed a protocol on free movement."
    )
    [deal] = of_type(text, "agreement", dt.date(2024, 9, 15))
    assert (deal["date_start"], deal["place_name"]) == ("2024-09-14", "Accra")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The president, who visited Paris in June, met the German chancellor in Berlin on "
            "Monday.",
            "Berlin",
        ),
        (
            "Kenya's leader, who toured Kampala last month, held talks with Rwanda's president in "
            "Kigali on Tuesday.",
            "Kigali",
        ),
    ],
)
def test_a_place_in_an_aside_belongs_to_the_aside(text: str, place: str) -> None:
    [meeting] = of_type(text, "meeting")
    assert meeting["place_name"] == place


def test_the_place_of_a_gapped_event_is_no_actor() -> None:
    text = "The president arrived in Nairobi on Monday and in Kampala on Wednesday."
    second = [e for e in of_type(text, "visit") if e["place_name"] == "Kampala"]
    assert len(second) == 1 and "Kampala" not in second[0]["actors"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (SERIES + "The next one is due to be hosted by Tonga in 2026.", "TO"),
        (SERIES + "The sixth is to be held in Samoa in 2026.", "WS"),
    ],
)
def test_the_next_one_hosted_by_a_country(text: str, code: str) -> None:
    found = [e for e in core(text) if e["date_start"] == "2026-01-01"]
    assert len(found) == 1, core(text)
    assert (found[0]["event_type"], found[0]["status"], found[0]["country_code"]) == (
        "conference",
        "announced",
        code,
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "On Friday the envoy is due to meet Laos's prime minister and the General Secretary of "
            "the Party in Vientiane.",
            2,
        ),
        (
            "In Astana on Monday he also met with the Prime Minister of Kazakhstan and the "
            "Chairman of the Senate.",
            2,
        ),
        (
            "In Chisinau on Monday she held talks with the President of Moldova and with the "
            "Deputy Prime Minister.",
            1,
        ),
        (
            "The Brazilian president will meet the Argentine president and his foreign minister in "
            "Brasília on Monday.",
            1,
        ),
    ],
)
def test_two_holders_of_top_offices_met_are_two_meetings(text: str, count: int) -> None:
    assert len(of_type(text, "meeting")) == count
