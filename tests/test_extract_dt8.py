"""Dates told without a year, undotted month abbreviations and a factbox's or diary's date
headings that name their item. Invented sentences, not taken from the development articles."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.layout import Layout, _date_heading
from mapapp.extract.text_dates import find_dates
from tests.conftest import article_candidates, core_candidates


def _one(text: str, published: str, kind: str) -> dict:
    found = [
        e
        for e in core_candidates(text, dt.date.fromisoformat(published))
        if e["event_type"] == kind
    ]
    assert len(found) == 1, found
    return found[0]


# A yearless month or day whose backward reading lies most of a year ago, told without a past
# tense: the nearer, coming one.
@pytest.mark.parametrize(
    ("published", "text", "kind", "start", "end", "status"),
    [
        (  # readout: congratulations on a summit days ahead
            "2021-04-20",
            "The Secretary congratulated her guest on the Gulf summit in Riyadh on April 28.",
            "conference",
            "2021-04-28",
            "2021-04-28",
            "announced",
        ),
        (  # wire: a session that "opens"
            "2017-05-10",
            "The minister will head the delegation to the World Health Assembly in Geneva, which "
            "opens on May 22.",
            "visit",
            "2017-05-22",
            "2017-05-22",
            "announced",
        ),
        (  # ministry release: a meeting that "should take place"
            "2012-02-14",
            "The ministers agreed that a meeting of the two cabinets should take place in "
            "Lisbon in June.",
            "meeting",
            "2012-06-01",
            "2012-06-30",
            "announced",
        ),
        (  # communiqué: the next one "will be hosted"
            "2022-08-02",
            "The next summit is to be hosted by Ghana in Accra in December, the statement said.",
            "conference",
            "2022-12-01",
            "2022-12-31",
            "announced",
        ),
        (  # parliamentary news: a briefing after a council of ministers
            "2016-01-28",
            "Members asked the minister to report back after the meeting of EU ministers in "
            "Brussels on 15 February.",
            "conference",
            "2016-02-15",
            "2016-02-15",
            "announced",
        ),
        (  # broadcaster: preparations for a summit
            "2015-05-20",
            "The two foreign ministers discussed preparations for the summit in Riga in September.",
            "conference",
            "2015-09-01",
            "2015-09-30",
            "announced",
        ),
        (  # regional daily: a position for a conference ahead
            "2023-06-30",
            "Both leaders want a common position at the ocean conference in Lisbon in October.",
            "conference",
            "2023-10-01",
            "2023-10-31",
            "announced",
        ),
    ],
)
def test_a_yearless_date_not_told_as_past_is_the_nearer_one(
    published: str, text: str, kind: str, start: str, end: str, status: str
) -> None:
    event = _one(text, published, kind)
    assert (event["date_start"], event["date_end"], event["status"]) == (start, end, status)


# Told as done: the latest one before publication, however far back.
@pytest.mark.parametrize(
    ("published", "text", "kind", "start"),
    [
        ("2014-06-20", "The foreign ministers met in Warsaw in November.", "meeting", "2013-11-01"),
        (
            "2014-06-20",
            "The summit held in Warsaw in November ended without a declaration.",
            "conference",
            "2013-11-01",
        ),
        (
            "2014-06-20",
            "The fourth meeting of the envoys was held in Almaty in December.",
            "conference",
            "2013-12-01",
        ),
        (
            "2021-11-16",
            "At an emergency summit in Kigali on May 9, the leaders approved a joint force.",
            "conference",
            "2021-05-09",
        ),
        (
            "2020-02-12",
            "The two presidents met in Lima in December and signed a fisheries accord.",
            "agreement",
            "2019-12-01",
        ),
        (
            "2020-02-12",
            "The fisheries accord signed in Lima in December enters into force next month.",
            "agreement",
            "2019-12-01",
        ),
        (
            "2006-11-03",
            "The envoy will discuss the implementation of the March 8 Kinshasa Accord that ended "
            "the fighting.",
            "agreement",
            "2006-03-08",
        ),
    ],
)
def test_a_yearless_date_told_as_past_stays_in_the_past(
    published: str, text: str, kind: str, start: str
) -> None:
    event = _one(text, published, kind)
    assert event["date_start"] == start
    assert event["status"] == "occurred"


def test_a_date_that_follows_another_past_verb_is_that_verb_s() -> None:
    text = "The talks come ten months after world leaders met in Paris in January."
    found = core_candidates(text, dt.date(2018, 10, 5))
    assert [(e["date_start"], e["status"]) for e in found if e["place_name"] == "Paris"] == [
        ("2018-01-01", "occurred")
    ]


def test_a_date_of_last_year_told_in_the_present_tense_of_a_visit_paid() -> None:
    text = "Chile's president pays a state visit to Argentina from Nov 4 to 6."
    assert _one(text, "2023-10-27", "visit")["date_start"] == "2023-11-04"
    text = "Chile's president paid a state visit to Argentina from Nov 4 to 6."
    assert _one(text, "2023-10-27", "visit")["date_start"] == "2022-11-04"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("met in Hanoi on Oct 15-16", "2024-10-15", "2024-10-16"),
        ("from Sept 3 to 5", "2024-09-03", "2024-09-05"),
        ("on 3 Oct and", "2024-10-03", "2024-10-03"),
        ("on Dec 30-Jan 2", "2023-12-30", "2024-01-02"),
        ("signed on Feb 9, 2021", "2021-02-09", "2021-02-09"),
    ],
)
def test_undotted_month_abbreviations_next_to_a_day(text: str, start: str, end: str) -> None:
    found = find_dates(text, dt.date(2024, 10, 18))
    assert [(str(d.span.start), str(d.span.end)) for d in found] == [(start, end)]


@pytest.mark.parametrize(
    "text", ["in Oct the talks", "Dec said", "the Mar talks", "Jun and Jul", "an Aug visitor"]
)
def test_an_undotted_abbreviation_without_a_day_is_no_date(text: str) -> None:
    assert find_dates(text, dt.date(2024, 10, 18)) == []


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("OCT 22-24 - BRICS SUMMIT, KAZAN", "Oct 22-24"),
        ("NOV 3 – EU-CHINA SUMMIT, BRUSSELS", "Nov 3"),
        ("12 March: ASEAN foreign ministers, Jakarta", "12 March"),
        ("Monday 10 September — Oslo", "Monday 10 September"),
        ("MONDAY 2 MARCH", "Monday 2 March"),
    ],
)
def test_a_date_heading_may_name_its_item(line: str, date: str) -> None:
    assert _date_heading(line) == date


@pytest.mark.parametrize("line", ["2 - Background", "1 – The talks", "Summit in Lima - Nov"])
def test_a_numbered_or_titled_heading_is_no_date(line: str) -> None:
    assert _date_heading(line) is None


def test_a_diary_heading_s_city_places_its_items() -> None:
    layout = Layout()
    layout.heading("Tuesday 4 June — Helsinki")
    block = layout.text("The Minister received the Estonian foreign minister at the ministry.")
    assert block.date == "Tuesday 4 June"
    assert block.place is not None and block.place.name == "Helsinki"


FACTBOX = """FACTBOX-Europe's diplomatic calendar

Mar 1, 2025

(Agency) - The main meetings scheduled for the coming weeks.

MAR 6-7 - EU SUMMIT, BRUSSELS
European Union leaders gather for a special summit on defence spending.

MAR 12-13 - G7 FOREIGN MINISTERS, CHARLEVOIX
Foreign ministers of the Group of Seven meet in the Canadian resort of Charlevoix.

DATE TO BE SET - NORDIC-BALTIC TALKS, VILNIUS
Lithuania has said it will host the Nordic-Baltic ministers, but no firm date has been fixed.

ALREADY HELD - OSCE MINISTERS, MALTA
Foreign ministers of the OSCE met in Valletta on Dec 5-6.
"""


def test_a_factbox_s_date_headings_date_the_items_below() -> None:
    found = {
        (e["event_type"], e["date_start"], e["date_end"], e["status"])
        for e in article_candidates(FACTBOX, "2025-03-01")
        if e["event_type"] == "conference"
    }
    assert ("conference", "2025-03-06", "2025-03-07", "announced") in found
    assert ("conference", "2025-03-12", "2025-03-13", "announced") in found
    assert ("conference", "2024-12-05", "2024-12-06", "occurred") in found
    nordic = [
        e for e in article_candidates(FACTBOX, "2025-03-01") if "Nordic-Baltic" in e["source_quote"]
    ]
    assert all(e["date_start"] is None for e in nordic)


DIARY = """The Minister's week, 3-9 June

A round-up of the Minister's engagements, published each Monday.

Tuesday 4 June — Helsinki
The Minister received the Estonian foreign minister at the ministry for talks on energy links.

Thursday 6 June — Stockholm
The Minister travelled to Stockholm for the spring meeting of the Baltic Sea ministers.
"""


def test_a_diary_s_days_and_cities_from_its_headings() -> None:
    found = {
        (e["event_type"], e["date_start"], e["place_name"])
        for e in article_candidates(DIARY, "2024-06-10")
    }
    assert ("meeting", "2024-06-04", "Helsinki") in found
    assert ("visit", "2024-06-06", "Stockholm") in found


# A reference keeps the date told in its own phrase when another event word lies nearer.
@pytest.mark.parametrize(
    ("published", "text", "kind", "start", "end"),
    [
        (  # media note: a meeting, then a call beyond ", and"
            "2022-05-06",
            "The visit follows the Minister's meeting with Chile's foreign minister in Santiago "
            "on April 21, and the Deputy Minister's phone call with Bolivia's foreign minister "
            "last week.",
            "meeting",
            "2022-04-21",
            "2022-04-21",
        ),
        (  # UN summary: a participle of the same noun between it and the date
            "2021-07-14",
            "Recalling the meeting of regional envoys convened by the Special Envoy in Muscat on "
            "3 and 4 June, he said the participants had endorsed a common road map.",
            "conference",
            "2021-06-03",
            "2021-06-04",
        ),
        (  # agency: a plan scheduled to open on a day
            "2019-02-11",
            "The envoy held consultations in Amman this week ahead of the peace talks scheduled "
            "to open in Geneva on 25 February.",
            "meeting",
            "2019-02-25",
            "2019-02-25",
        ),
    ],
)
def test_a_reference_keeps_the_date_of_its_own_phrase(
    published: str, text: str, kind: str, start: str, end: str
) -> None:
    found = [
        (e["date_start"], e["date_end"])
        for e in core_candidates(text, dt.date.fromisoformat(published))
        if e["event_type"] == kind
    ]
    assert (start, end) in found


def test_a_later_clause_keeps_its_own_date() -> None:
    text = (
        "The visit follows the Minister's meeting with Chile's foreign minister in Santiago on "
        "April 21, and the Deputy Minister's phone call with Bolivia's foreign minister last week."
    )
    calls = [e for e in core_candidates(text, dt.date(2022, 5, 6)) if e["event_type"] == "call"]
    assert [(e["date_start"], e["date_end"]) for e in calls] == [("2022-04-25", "2022-05-01")]


def test_a_plan_in_a_that_clause_is_not_told_as_past() -> None:
    text = "The two premiers agreed that a joint cabinet session should be held in Porto in May."
    event = _one(text, "2011-01-19", "meeting")
    assert (event["date_start"], event["status"]) == ("2011-05-01", "announced")
    text = "The two premiers agreed that a joint cabinet session in Porto in May had gone well."
    assert _one(text, "2011-01-19", "meeting")["date_start"] == "2010-05-01"


def test_a_summit_to_be_hosted_is_dated_by_its_own_phrase() -> None:
    text = (
        "The visit follows the Minister's video call with Andean ministers on February 2, at "
        "which they reviewed preparations for the Summit of the Pacific to be hosted by Chile "
        "in Valparaiso in September."
    )
    found = [
        (e["event_type"], e["date_start"], e["status"])
        for e in core_candidates(text, dt.date(2017, 4, 3))
        if e["place_name"] and "Valpara" in e["place_name"]
    ]
    assert found == [("conference", "2017-09-01", "announced")]


@pytest.mark.parametrize(
    "text",
    [
        "Austria, which chairs the regional council until the end of June, will host the "
        "leaders' summit in Vienna on May 22.",
        "The Secretary-General, whose term runs until December, will convene a summit in Nairobi "
        "on May 22.",
    ],
)
def test_a_date_describing_the_subject_does_not_date_the_event(text: str) -> None:
    found = [
        (e["date_start"], e["date_end"])
        for e in core_candidates(text, dt.date(2019, 4, 10))
        if e["event_type"] == "conference"
    ]
    assert found == [("2019-05-22", "2019-05-22")]


def test_an_aside_that_tells_an_event_keeps_its_date() -> None:
    text = "The ministers, who met in Lima on Monday, will sign an accord in Quito on Friday."
    found = {
        (e["event_type"], e["date_start"]) for e in core_candidates(text, dt.date(2018, 2, 22))
    }
    assert found == {("meeting", "2018-02-19"), ("agreement", "2018-02-23")}
