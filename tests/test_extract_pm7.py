"""Meetings, calls, conferences, agreements and their places told in wordings the rules were not
written against: a day or a place between a verb and its partner ("exchanged views on Wednesday
with"), an agency's own state by its form ("a working visit to the Kingdom"), and more.

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates


def candidates(text: str, published: str) -> list[dict]:
    return extract_candidates(
        text, published=dt.date.fromisoformat(published), url="https://example.org/story"
    )


def rows(text: str, published: str) -> list[tuple]:
    return sorted(
        (
            r["event_type"],
            r["status"],
            r["date_start"],
            r["date_end"],
            r["place_name"],
            r["country_code"],
        )
        for r in candidates(text, published)
    )


# --- a day, a place or "here" between the verb and "with" ------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place", "code"),
    [
        (
            "RABAT, Oct. 9 (Agency) - The foreign minister exchanged views on Wednesday with his "
            "Mauritanian counterpart.",
            "2025-10-08",
            "Rabat",
            "MA",
        ),
        (
            "The Kenyan foreign minister huddled on Wednesday in Nairobi with his Tanzanian "
            "counterpart.",
            "2025-10-08",
            "Nairobi",
            "KE",
        ),
        (
            "KAMPALA, Oct 9 (Agency) - The Ugandan defence minister sat down here yesterday with "
            "his Rwandan counterpart.",
            "2025-10-08",
            "Kampala",
            "UG",
        ),
    ],
)
def test_a_partner_after_a_day_or_a_place(text: str, day: str, place: str, code: str) -> None:
    assert rows(text, "2025-10-09") == [("meeting", "occurred", day, day, place, code)]


def test_a_partner_is_still_needed() -> None:
    assert rows("The Kenyan minister negotiated on Wednesday in Nairobi.", "2025-10-09") == []


# --- an agency's own state by its form: the dateline's country --------------------------------


@pytest.mark.parametrize(
    ("text", "kinds", "place", "code"),
    [
        (
            "MUSCAT, Oct. 9 (Agency) - The Iranian foreign minister arrived in the Sultanate on "
            "Wednesday.",
            ["visit"],
            "Muscat",
            "OM",
        ),
        (
            "RIYADH, Oct. 9 (Agency) - The Crown Prince received the Prime Minister of Pakistan, "
            "who is visiting the Kingdom.",
            ["meeting", "visit"],
            "Riyadh",
            "SA",
        ),
        (
            "AMMAN, Oct. 9 (Agency) - The Iraqi prime minister will pay an official visit to the "
            "Kingdom next week.",
            ["visit"],
            "Amman",
            "JO",
        ),
    ],
)
def test_the_kingdom_is_the_datelines_country(
    text: str, kinds: list[str], place: str, code: str
) -> None:
    found = rows(text, "2025-10-09")
    assert [r[0] for r in found] == kinds
    assert {(r[4], r[5]) for r in found} == {(place, code)}


def test_the_kingdom_of_another_state_is_not_the_datelines() -> None:
    found = rows(
        "AMMAN, Oct. 9 (Agency) - The Jordanian prime minister will pay an official visit to the "
        "Kingdom of Bahrain next week.",
        "2025-10-09",
    )
    assert [(r[0], r[5]) for r in found] == [("visit", "BH")]


# --- calls: the means, the noun it qualifies, and a topic ----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "BEIJING, Jan. 8 (Agency) -- The Chinese premier held phone talks with the Pakistani "
            "prime minister on Wednesday.",
            "2025-01-08",
            "2025-01-08",
        ),
        (
            "The Indonesian president spoke via video link with the Malaysian prime minister on "
            "14 May.",
            "2025-05-20",
            "2025-05-14",
        ),
        (
            "By telephone on Friday, the Emir of Qatar and the US president discussed the hostage "
            "talks.",
            "2025-06-14",
            "2025-06-13",
        ),
        (
            "HANOI, March 6 (Agency) - The two foreign ministers held telephone consultations on "
            "Tuesday.",
            "2025-03-06",
            "2025-03-04",
        ),
    ],
)
def test_a_call_is_one_event_with_no_place(text: str, published: str, day: str) -> None:
    assert rows(text, published) == [("call", "occurred", day, day, None, None)]


def test_talks_after_on_with_a_day_between_stay_an_event() -> None:
    found = rows(
        "OSLO, June 3 (Agency) - Officials said on Saturday talks would resume in Geneva.",
        "2025-06-03",
    )
    assert [(r[0], r[4]) for r in found] == [("meeting", "Geneva")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The G20 virtual summit took place on Monday.", "conference"),
        ("The virtual G20 summit took place on Monday.", "conference"),
        ("The two leaders held a virtual summit on Monday.", "call"),
    ],
)
def test_a_named_summit_held_online_stays_a_conference(text: str, kind: str) -> None:
    assert [r[0] for r in rows(text, "2025-06-14")] == [kind]


# --- conferences: formats of many parties, and a plan's own "scheduled for" -------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "VIENNA, Jan 14 (Agency) - The 5+1 talks with Iran resumed in the Austrian capital on "
            "Monday.",
            "conference",
        ),
        ("Envoys of the P5+1 met in Geneva on Monday.", "conference"),
        ("The Normandy format talks will resume in Paris next week.", "conference"),
        ("Japan and the US held 2+2 talks in Tokyo on Monday.", "meeting"),
    ],
)
def test_a_format_of_many_parties_is_a_conference(text: str, kind: str) -> None:
    assert [r[0] for r in rows(text, "2025-01-14")] == [kind]


def test_talks_on_a_topic_scheduled_for_a_day_take_that_day() -> None:
    assert rows(
        "The talks on Syria are scheduled for 11-12 November in the Kazakh capital.", "2025-10-28"
    ) == [("meeting", "announced", "2025-11-11", "2025-11-12", "Astana", "KZ")]


def test_a_topic_due_on_a_day_still_does_not_date_the_talks() -> None:
    found = rows(
        "The ministers held talks in Lima on the review of the pact due next year.", "2025-10-28"
    )
    assert [(r[0], r[2]) for r in found] == [("meeting", None)]


# --- agreements: texts adopted or endorsed, signatures put to a text, a plan that is a text ----


@pytest.mark.parametrize(
    ("text", "start", "place"),
    [
        (
            "The ministers put their signatures to a protocol on consular affairs at the Foreign "
            "Office in London on Monday.",
            "2025-09-22",
            "London",
        ),
        (
            "The ministers adopted a plan of action for 2025-2027 in Lusaka on Friday.",
            "2025-09-19",
            "Lusaka",
        ),
    ],
)
def test_other_verbs_of_a_text_made(text: str, start: str, place: str) -> None:
    found = rows(text, "2025-09-24")
    assert [(r[0], r[1], r[2]) for r in found] == [("agreement", "occurred", start)]
    assert place in found[0][4]


def test_an_action_plan_endorsed_during_talks_is_no_plan_of_an_event() -> None:
    found = rows(
        "The leaders endorsed a joint action plan during their talks in Ulaanbaatar on Monday.",
        "2025-06-11",
    )
    assert [(r[0], r[1], r[2], r[5]) for r in found] == [
        ("agreement", "occurred", "2025-06-09", "MN"),
        ("meeting", "occurred", "2025-06-09", "MN"),
    ]


def test_plans_as_a_verb_still_announce() -> None:
    found = rows("Peru plans talks with Chile in Lima next week.", "2025-06-11")
    assert [(r[0], r[1], r[4]) for r in found] == [("meeting", "announced", "Lima")]


def test_an_agenda_adopted_is_no_agreement() -> None:
    found = rows("The two sides adopted the agenda of the meeting in Lima.", "2025-06-11")
    assert "agreement" not in [r[0] for r in found]


# --- an office with no city and no dateline: the host's capital ------------------------------


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        (
            "The Thai prime minister met the visiting Lao president at Government House on Monday.",
            "Bangkok",
            "TH",
        ),
        (
            "The Mexican president met the US secretary of state at the National Palace on Monday.",
            "Mexico City",
            "MX",
        ),
        (
            "The Ghanaian foreign minister was received by the Nigerian president at State House "
            "on Monday.",
            "Abuja",
            "NG",
        ),
    ],
)
def test_an_office_is_in_the_hosts_capital(text: str, place: str, code: str) -> None:
    found = rows(text, "2025-03-13")
    assert [(r[0], r[2], r[4], r[5]) for r in found] == [("meeting", "2025-03-10", place, code)]


@pytest.mark.parametrize(
    "text",
    [
        "The president met the visiting Lao president at Government House on Monday.",
        "The Finnish guest met the prime minister at Government House on Monday.",
    ],
)
def test_no_host_named_no_place(text: str) -> None:
    assert [(r[0], r[4]) for r in rows(text, "2025-03-13")] == [("meeting", None)]


# --- translated agency copy: an interview, an exchange, "discussed with", a palace first ------


@pytest.mark.parametrize(
    ("text", "published", "day", "place", "code"),
    [
        (
            "DAKAR, 5 March (Agency) - The Minister of Foreign Affairs had an interview on Tuesday "
            "with the Ambassador of Japan, who came to present a cooperation programme.",
            "2025-03-05",
            "2025-03-04",
            "Dakar",
            "SN",
        ),
        (
            "BAGHDAD, Jan 7 (Agency) - The Minister of Foreign Affairs discussed with his Turkish "
            "counterpart, in his office in Baghdad on Tuesday, bilateral relations.",
            "2025-01-07",
            "2025-01-07",
            "Baghdad",
            "IQ",
        ),
        (
            "The Minister held an exchange of views with the Ambassador of Germany on Thursday 6 "
            "March in Tunis.",
            "2025-03-08",
            "2025-03-06",
            "Tunis",
            "TN",
        ),
        (
            "The Emir of Kuwait received at Bayan Palace on Sunday the Jordanian prime minister "
            "and his accompanying delegation.",
            "2025-03-13",
            "2025-03-09",
            "Kuwait",
            "KW",
        ),
    ],
)
def test_translated_meeting_wordings(
    text: str, published: str, day: str, place: str, code: str
) -> None:
    found = rows(text, published)
    assert [(r[0], r[1], r[2], r[5]) for r in found] == [("meeting", "occurred", day, code)]
    assert place in found[0][4]


@pytest.mark.parametrize(
    "text",
    [
        "The minister had an interview with CNN on Tuesday.",
        "The minister discussed with reporters the outcome of the vote on Tuesday.",
    ],
)
def test_an_interview_with_the_press_is_no_meeting(text: str) -> None:
    assert rows(text, "2025-03-13") == []


# --- an apposition closed before the event's verb keeps the place after it ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday's meeting between the two presidents, the first in three years, took place at "
        "the Miraflores Palace in Caracas.",
        "The talks, the first since 2019, were held in Caracas on Tuesday.",
    ],
)
def test_a_place_after_a_closed_apposition(text: str) -> None:
    found = rows(text, "2025-04-24")
    assert [(r[0], r[2], r[5]) for r in found] == [("meeting", "2025-04-22", "VE")]
    assert "Caracas" in found[0][4]
