"""How mentions of several sentences join into one event, and when they stay apart.

Invented articles only (other names, places and wordings than the articles the rules were
developed on): two events of one kind stay apart, restatements of the main event join it and
complete its day and place, background with a definite article stays its own dated event, and
announced follow-ups are events of their own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

FRI = dt.date(2025, 3, 14)  # a Friday
URL = "https://example.org/mg7"


def core(text: str, published: dt.date = FRI) -> list[dict]:
    return core_candidates(text, published, url=URL, statuses=CORE_STATUSES)


def told(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e["event_type"], e["status"], e["date_start"], e["place_name"]) for e in core(text)]


# --- a reference to an announced event restates it, on the days its weekdays name ahead ------


@pytest.mark.parametrize(
    ("text", "days", "place"),
    [
        (
            "Turkish President Erdogan will pay an official visit to Pakistan next week, his "
            "office said.\nThe visit to Islamabad on Wednesday and Thursday is his first since "
            "2020.\n",
            ("2025-03-19", "2025-03-20"),
            "Islamabad",
        ),
        (
            "Indonesia's president will visit Australia, officials said on Friday.\n"
            "The visit to Canberra is scheduled for 2 and 3 April.\n",
            ("2025-04-02", "2025-04-03"),
            "Canberra",
        ),
        (
            "Senegal's president is to visit France soon, the presidency said.\n"
            "The visit, in Paris on Thursday, comes after tensions over troops.\n",
            ("2025-03-20", "2025-03-20"),
            "Paris",
        ),
    ],
)
def test_a_bare_reference_completes_the_announced_event(text, days, place):
    visits = [e for e in core(text) if e["event_type"] == "visit"]
    assert len(visits) == 1, visits
    (visit,) = visits
    assert visit["status"] == "announced"
    assert (visit["date_start"], visit["date_end"]) == days
    assert visit["place_name"] == place
    assert len(visit["source_quotes"]) == 2


# --- two events of one kind stay apart; the main one's restatements join it ------------------


def test_two_meetings_with_other_guests_on_other_days_stay_apart():
    text = (
        "Australian Foreign Minister Penny Wong met Fiji's President in Suva on Monday.\n"
        "She met Prime Minister Sitiveni Rabuka on Tuesday.\n"
        "The meeting with Rabuka focused on climate finance.\n"
    )
    assert told(text) == [
        ("meeting", "occurred", "2025-03-10", "Suva"),
        ("meeting", "occurred", "2025-03-11", "Suva"),
    ]


def test_two_calls_with_different_leaders_stay_apart():
    text = (
        "French President Emmanuel Macron spoke by telephone with Brazilian President Lula on "
        "Wednesday.\nHe also called Argentine President Javier Milei on Thursday to discuss "
        "trade.\n"
    )
    assert [(t, d) for t, _, d, _ in told(text)] == [
        ("call", "2025-03-12"),
        ("call", "2025-03-13"),
    ]


def test_restatements_of_the_main_talks_join_them():
    text = (
        "Chinese Foreign Minister Wang Yi held talks with his Brazilian counterpart Mauro Vieira "
        "in Beijing on Tuesday.\nThe talks, the first since 2019, focused on trade and "
        "climate.\nDuring the meeting, the two sides agreed to deepen cooperation.\n"
    )
    (meeting,) = core(text)
    assert (meeting["date_start"], meeting["place_name"]) == ("2025-03-11", "Beijing")
    assert len(meeting["source_quotes"]) == 3


def test_a_restatement_gives_the_undated_lead_its_day_and_place():
    text = (
        "The Chilean and Argentine foreign ministers held talks on Thursday, a statement said.\n"
        "The meeting, in Santiago, focused on energy.\n"
    )
    assert told(text) == [("meeting", "occurred", "2025-03-13", "Santiago")]


def test_the_summit_after_a_bilateral_keeps_it_a_meeting():
    text = (
        "Vietnam's Prime Minister held a bilateral meeting with Indonesian President Prabowo "
        "Subianto in Jakarta on Wednesday.\nThe summit focused on maritime cooperation.\n"
    )
    assert told(text) == [("meeting", "occurred", "2025-03-12", "Jakarta")]


# --- background with a definite article, and announced follow-ups, are events of their own ---


def test_the_last_meeting_is_dated_history_not_the_current_one():
    text = (
        "Moroccan and Spanish ministers met in Rabat on Thursday to discuss migration.\n"
        "The last meeting, in March 2023, took place in Madrid.\n"
    )
    assert told(text) == [
        ("meeting", "occurred", "2025-03-13", "Rabat"),
        ("meeting", "occurred", "2023-03-01", "Madrid"),
    ]


@pytest.mark.parametrize(
    ("follow_up", "day", "place"),
    [
        ("The two will meet again in Geneva next month.", "2025-04-01", "Geneva"),
        ("A follow-up meeting is scheduled for April in Bogota.", "2025-04-01", "Bogotá"),
        ("They agreed to meet again in Washington next month.", "2025-04-01", "Washington"),
    ],
)
def test_an_announced_follow_up_is_an_event_of_its_own(follow_up, day, place):
    text = f"The foreign ministers of the two countries met in Caracas on Monday.\n{follow_up}\n"
    assert told(text) == [
        ("meeting", "occurred", "2025-03-10", "Caracas"),
        ("meeting", "announced", day, place),
    ]


# --- "The visit is the first by …" with no visit told: the guest's visit to the main event ---


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Ethiopian Prime Minister Abiy Ahmed held talks with Somali President Hassan Sheikh "
            "Mohamud in Addis Ababa on Monday.\nThe visit is the first by a Somali leader since "
            "the Ankara declaration.\n",
            "2025-03-10",
            "Addis Ababa",
        ),
        (
            "Peru's foreign minister met Bolivian President Luis Arce in La Paz on Wednesday.\n"
            "The visit was the first by a Peruvian foreign minister since 2015.\n",
            "2025-03-12",
            "La Paz",
        ),
        (
            "Mongolia's president held talks with the Kazakh president in Astana on Tuesday.\n"
            "This state visit is the first by a Mongolian head of state since 2019.\n",
            "2025-03-11",
            "Astana",
        ),
    ],
)
def test_the_visit_the_text_names_is_the_guests(text, day, place):
    visits = [e for e in core(text) if e["event_type"] == "visit"]
    assert [(v["date_start"], v["place_name"]) for v in visits] == [(day, place)]
