"""Events told in wordings the rules did not read, or that a filter dropped: a host named with
a form of address ("by His Majesty the Sultan"), a schedule in the present after ", who" or
with only a month, a visit "also expected" somewhere, a body's session by what it last did, a
series' round or a ministerial told held, a gathering "for a second day", the debate of a
meetings summary, and terse idioms for meetings, trips and signings.

Invented sentences only, in the styles of wires, readouts, ministry releases, meetings
summaries, broadcasters, live blogs and diaries.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

FRI = dt.date(2025, 3, 14)  # a Friday
URL = "https://example.org/terse"

Told = tuple[str, str, str | None, str | None, str | None]


def told(text: str, published: dt.date = FRI) -> list[Told]:
    """(type, status, first day, last day, place) of each core candidate of ``text``."""
    return [
        (e["event_type"], e["status"], e["date_start"], e["date_end"], e["place_name"])
        for e in core_candidates(text, published, url=URL, statuses=CORE_STATUSES)
    ]


def kinds(text: str) -> set[str]:
    return {t[0] for t in told(text)}


# --- a host named with a form of address ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Qatari envoy was received in the evening by His Majesty the Sultan in Muscat.",
        "The delegation was received later in the day by Her Excellency the President in Accra.",
        "The minister was afterwards received by His Royal Highness the Crown Prince in Manama.",
        "The guest was also received by His Highness the Emir at the palace in Kuwait City.",
    ],
)
def test_a_host_named_with_a_form_of_address_receives_a_guest(text):
    found = told(text)
    assert [(t[0], t[1]) for t in found] == [("meeting", "occurred")], found


# --- a schedule told in the present ------------------------------------------------------


def test_a_schedule_in_a_relative_clause_is_announced():
    text = "Nordic defence ministers, who meet in Oslo next Monday, will review the plan."
    assert told(text) == [("conference", "announced", "2025-03-17", "2025-03-17", "Oslo")]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Caribbean leaders meet in Bridgetown in July, where trade tops the agenda.", "07"),
        ("Forum ministers meet in Suva in late October to agree the communique.", "10"),
    ],
)
def test_a_schedule_dated_only_by_its_month_is_announced(text, month):
    found = told(text)
    assert len(found) == 1 and found[0][:2] == ("conference", "announced"), found
    assert found[0][2] == f"2025-{month}-01"


def test_a_habit_told_in_the_present_stays_no_event():
    assert told("Forum ministers meet in Suva in October every year.") == []


def test_a_visitor_also_expected_somewhere_visits():
    text = "The Ghanaian president is also expected in Lome in May, aides said."
    assert ("visit", "announced", "2025-05-01", "2025-05-31", "Lomé") in told(text)


# --- a body's session, a series' round, a ministerial ----------------------------------------


def test_a_council_told_by_what_it_last_did_sat_then():
    found = told("The Council last considered the situation in Haiti in January.")
    assert [(t[0], t[1], t[2]) for t in found] == [("conference", "occurred", "2025-01-01")]


def test_a_round_of_a_format_told_held_is_a_meeting_of_the_series():
    found = told("The second round of the format was held in Tashkent in 2019.")
    assert [(t[1], t[2], t[4]) for t in found] == [("occurred", "2019-01-01", "Tashkent")]


def test_a_ministerial_told_held_is_a_conference():
    found = told("The last ministerial held in Oslo took place in June 2022.")
    assert ("conference", "occurred", "2022-06-01", "2022-06-30", "Oslo") in found


def test_a_gathering_for_a_second_day_is_under_way():
    text = "Foreign ministers of the bloc met for a second day in Jakarta on Thursday."
    assert told(text) == [("conference", "occurred", "2025-03-13", "2025-03-13", "Jakarta")]


# --- the debate of a meetings summary ------------------------------------------------------

SUMMARY = """Security Council
Meetings Coverage
12 March 2025

The Special Envoy told the Security Council that fighting had spread to three provinces.

In the ensuing debate, speakers urged the parties to return to the table.
"""


def test_the_debate_after_the_briefings_is_the_days_session_in_new_york():
    found = told(SUMMARY, dt.date(2025, 3, 12))
    assert ("conference", "occurred", "2025-03-12", "2025-03-12", "New York") in found


def test_a_public_debate_is_no_session():
    text = "In the ensuing debate over the budget, the opposition accused the government."
    assert told(text) == []


# --- terse idioms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("PRESENTER: In Gaborone today the two presidents sat together for two hours.", "meeting"),
        ("The two leaders held a face-to-face in Sochi on Tuesday.", "meeting"),
        ("Envoys of the two sides resumed indirect contacts in Muscat on Saturday.", "meeting"),
        ("The premier will pay a courtesy call on the Emir on Wednesday.", "meeting"),
        (
            "The leaders of Chile, Peru and Bolivia held a trilateral in Arica on Friday.",
            "conference",
        ),
        ("The premier wrapped up a swing through the Gulf in Doha on Sunday.", "visit"),
        ("The ministers affixed their signatures to a protocol on consular matters.", "agreement"),
        ("A memorandum on fisheries was also put to paper during the talks.", "agreement"),
    ],
)
def test_a_terse_idiom_tells_its_event(text, kind):
    assert kind in kinds(text), told(text)


def test_sitting_together_with_no_occasion_is_no_meeting():
    assert told("The children sat together.") == []


# --- a caption's, a chronology's and a programme's present ---------------------------------


def test_a_body_that_met_this_morning_sat_that_day():
    found = told("The Security Council met this afternoon to discuss the situation in Yemen.")
    assert [(t[0], t[1], t[2]) for t in found] == [("conference", "occurred", "2025-03-14")]


def test_a_captions_signing_in_the_present_is_an_agreement():
    text = "Photo 2 of 5: Benin and Niger sign a memorandum on transit at the palace on Monday."
    assert "agreement" in kinds(text)


def test_a_chronologys_entry_by_its_day_alone_has_occurred():
    text = "Chronology\n\nMarch 3 - Omani and Yemeni officials sign a border agreement in Muscat."
    found = told(text)
    assert [(t[0], t[1], t[4]) for t in found] == [("agreement", "occurred", "Muscat")]


def test_a_call_told_in_the_present_of_a_chronology():
    found = told("Feb. 2 - The Kazakh foreign minister telephones his Kyrgyz counterpart.")
    assert [(t[0], t[1], t[2]) for t in found] == [("call", "occurred", "2025-02-02")]


def test_a_round_named_by_its_place_is_the_next_meeting():
    found = told("The next Vienna round is scheduled for June 3.")
    assert [(t[0], t[1], t[2]) for t in found] == [("meeting", "announced", "2025-06-03")]


def test_a_departure_told_today_in_the_present_is_announced():
    found = told(
        "Today the delegation departs for Kumasi, where talks with the chiefs are planned."
    )
    assert ("visit", "announced", "2025-03-14", "2025-03-14", "Kumasi") in found


def test_a_stay_told_after_then_is_a_visit():
    found = told("The envoy will then be in Hanoi on March 20 and 21.")
    assert ("visit", "announced", "2025-03-20", "2025-03-21", "Hanoi") in found


# --- an attendance told with its gathering left out ----------------------------------------


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Ministers of the region will meet in Tashkent on 9 and 10 April. "
            "Mongolia's foreign minister will attend, his ministry said.",
            1,
        ),
        (
            "Leaders of the group meet in Durban on May 12. "
            "Brazil's president and India's prime minister are both expected; no bilateral is set.",
            2,
        ),
        (
            "The Weimar ministers will meet in Paris on Friday. "
            "The Minister will take part in person.",
            1,
        ),
        (
            "Foreign ministers meet in Accra next Tuesday. "
            "We will both be there, and so will our deputy.",
            2,
        ),
        (
            "The President will fly to Geneva on Monday for the conference. "
            "The Minister will accompany him.",
            2,
        ),
    ],
)
def test_an_attendee_of_a_gathering_told_before_visits_it(text, visits):
    found = told(text)
    assert len([t for t in found if t[0] == "visit"]) == visits, found


def test_an_attendee_from_the_host_country_makes_no_visit():
    text = "The summit opens in Lusaka on 3 May. Zambia's president will attend."
    assert "visit" not in kinds(text)


def test_no_gathering_ahead_means_no_attendance():
    text = "The talks ended in Geneva on Tuesday. The minister will attend."
    assert "visit" not in kinds(text)
