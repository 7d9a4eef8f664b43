"""Dates of a diary's weekday headings, of "the next morning" and of a welcome at the airport
below a page's date heading (round seventeen, dates).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own dates:

* "Wednesday 11 March - The round of talks … has been called off" in a minister's diary of the
  week past and the week ahead: a heading that names its weekday, day and month but no year is
  in the year in which that day falls on that weekday, however its item is told, while a
  heading that names its year keeps it;
* "had dinner with the president late on Thursday. The next morning the envoy flew to Herat": "the
  next (following) morning, afternoon or evening" is the day after the event told before, as
  "the next day" is, while "the previous evening" is the day before;
* "12 June 2024 / … arrived in Pretoria on Sunday … / He was welcomed at the airport by …": a
  welcome on arrival below a page's date heading is on the day of the arrival told before, not
  on the heading's day, while a welcome below another day's heading keeps that day;
* "In October the foreign minister will host a conference in Linz, on the 14th": a bare day of
  the month is in the month named last before it in its own sentence (forward for a plan, back
  for what is done), while a day after a full date ("On 3 May … on the 21st") or after a month
  of another clause ("in Hanoi in March, and the two delegations will meet again … on the
  18th") keeps its own.
"""

from __future__ import annotations

from tests.conftest import article_candidates, core_told, the_one_told

# --- "Wednesday 11 March - …": the weekday settles the year of a diary's heading ------------------


def test_diary_of_the_week_past_and_ahead_keeps_the_year_its_weekdays_name() -> None:
    text = (
        "THE SECRETARY OF STATE'S WEEK\n"
        "Ministry of Foreign Affairs, Lima\n"
        "Published Monday, 9 March 2026.\n\n"
        "LAST WEEK\n\n"
        "Tuesday 3 March - Received the Foreign Minister of Chile at the ministry.\n\n"
        "Friday 6 March - Day trip to Quito: talks with the President of Ecuador on the border.\n\n"
        "THIS WEEK\n\n"
        "Wednesday 11 March - The round of talks with Bolivia, planned for this day in Lima, has "
        "been called off.\n\n"
        "Thursday 12 March - Santiago. Meeting with the Foreign Minister of Chile.\n"
    )
    told = core_told(text, "2026-03-09")
    assert ("visit", "occurred", "2026-03-06", "Quito") in told, told
    assert ("meeting", "occurred", "2026-03-03", "Lima") in told, told
    assert ("meeting", "cancelled", "2026-03-11", "Lima") in told, told
    assert ("meeting", "announced", "2026-03-12", "Santiago") in told, told


def test_weekly_schedule_with_month_first_headings() -> None:
    text = (
        "Office of the Foreign Minister - Weekly Schedule\n"
        "Released Sunday, March 15, 2026\n\n"
        "PAST WEEK\n\n"
        "Monday, March 9 - Hosted the Foreign Minister of Ghana for talks at the ministry in "
        "Abuja.\n\n"
        "Thursday, March 12 - Telephone conversation with the Foreign Minister of Senegal.\n\n"
        "THIS WEEK\n\n"
        "Wednesday, March 18 - Lome. Talks with the President of Togo.\n"
    )
    told = core_told(text, "2026-03-15")
    assert ("meeting", "occurred", "2026-03-09", "Abuja") in told, told
    assert ("call", "occurred", "2026-03-12", None) in told, told
    assert ("meeting", "announced", "2026-03-18", "Lomé") in told, told


def test_heading_that_names_its_year_keeps_it() -> None:
    text = (
        "Minister's diary\n"
        "Issued 9 March 2026\n\n"
        "Wednesday 11 March 2025 - Hosted the Foreign Minister of Chile in Lima.\n\n"
        "Tuesday 3 March - Received the Foreign Minister of Peru at the ministry in Quito.\n\n"
        "Friday 6 March - Talks with the President of Colombia in Bogota.\n"
    )
    told = core_told(text, "2026-03-09")
    assert ("meeting", "occurred", "2025-03-11", "Lima") in told, told
    assert ("meeting", "occurred", "2026-03-03", "Quito") in told, told
    assert ("meeting", "occurred", "2026-03-06", "Bogotá") in told, told


# --- "The next morning …": the day after the event told before ----------------------------------


def test_next_morning_in_a_wire_story() -> None:
    text = (
        "KABUL, March 14 (Wire) - The envoy had dinner with Afghanistan's leader in Kabul late on "
        "Thursday. The next morning the envoy flew to Herat for talks with the governor.\n"
    )
    told = core_told(text, "2026-03-14")
    assert ("visit", "occurred", "2026-03-13", "Herāt") in told, told
    assert ("meeting", "occurred", "2026-03-12", "Kabul") in told, told


def test_following_afternoon_in_a_ministry_release() -> None:
    text = (
        "The Minister arrived in Lusaka on 3 May for a working visit. The following afternoon "
        "the ministers signed a trade memorandum in Lusaka.\n"
    )
    signed = the_one_told(text, "2025-05-10", "agreement", "memorandum")
    assert (signed["status"], signed["date_start"], signed["place_name"]) == (
        "occurred",
        "2025-05-04",
        "Lusaka",
    )


def test_next_mornings_session_with_its_own_day_keeps_that_day() -> None:
    text = (
        "The ministers met in Geneva on 3 March. At the next morning's session on 9 March the "
        "delegates signed a protocol on water in Geneva.\n"
    )
    signed = the_one_told(text, "2026-03-20", "agreement", "protocol")
    assert (signed["status"], signed["date_start"]) == ("occurred", "2026-03-09")


def test_previous_evening_is_the_day_before() -> None:
    text = (
        "The foreign ministers signed the border treaty in Dili on Friday 7 June. The previous "
        "evening they had held talks over dinner in Dili.\n"
    )
    talks = the_one_told(text, "2024-06-10", "meeting", "previous evening")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2024-06-06",
        "Dili",
    )


# --- a welcome at the airport below a page's date heading -----------------------------------------


def test_welcome_below_an_embassy_news_heading_is_on_the_arrival_day() -> None:
    text = (
        "Embassy of Kenya in Pretoria\nNews\n\n"
        "12 June 2024\n"
        "Cabinet Secretary on working visit to South Africa\n\n"
        "The Cabinet Secretary for Foreign Affairs arrived in Pretoria on Sunday for a three-day "
        "working visit to South Africa.\n\n"
        "He was welcomed at O.R. Tambo International Airport by South Africa's Deputy Minister "
        "of International Relations.\n\n"
        "5 June 2024\n"
        "Ambassador presents credentials\n\n"
        "The new Ambassador presented credentials to the Head of State at the Union Buildings.\n"
    )
    welcome = the_one_told(text, "2024-06-12", "meeting", "welcomed")
    assert (welcome["status"], welcome["date_start"]) == ("occurred", "2024-06-09")
    assert ("visit", "occurred", "2024-06-09", "Pretoria") in core_told(text, "2024-06-12")


def test_diary_welcome_below_another_days_heading_keeps_that_day() -> None:
    text = (
        "Minister's diary\n"
        "Issued Friday, 8 May 2026\n\n"
        "Monday 4 May - Day trip to Gaborone: talks with the President of Botswana.\n\n"
        "Tuesday 5 May - Welcomed the President of Zambia at the airport; talks at the ministry "
        "in Windhoek followed.\n"
    )
    trip = the_one_told(text, "2026-05-08", "visit", "Gaborone")
    assert (trip["status"], trip["date_start"], trip["place_name"]) == (
        "occurred",
        "2026-05-04",
        "Gaborone",
    )
    zambia = [r for r in article_candidates(text, "2026-05-08") if "Zambia" in r["source_quote"]]
    assert zambia, zambia
    assert {(r["event_type"], r["status"], r["date_start"]) for r in zambia} == {
        ("meeting", "occurred", "2026-05-05")
    }


# --- "In October … on the 14th": the month named before a bare day in its sentence -------------


def test_month_then_bare_day_in_a_wire_plan() -> None:
    text = (
        "VIENNA, July 2 (Wire) - In October the foreign minister will host a regional "
        "conference on the Danube in Linz, on the 14th.\n"
    )
    told = core_told(text, "2018-07-02")
    assert ("conference", "announced", "2018-10-14", "Linz") in told, told


def test_month_then_bare_day_in_a_ministry_announcement() -> None:
    text = (
        "The Ministry announces that in November, probably on the 5th, the Minister will travel "
        "to Accra for talks with her Ghanaian counterpart.\n"
    )
    trip = the_one_told(text, "2024-08-20", "visit", "Accra")
    assert (trip["status"], trip["date_start"], trip["place_name"]) == (
        "announced",
        "2024-11-05",
        "Accra",
    )


def test_month_then_bare_day_told_as_done_in_a_review() -> None:
    text = (
        "Published 10 December 2023. In March the two presidents met in Windhoek on the 9th "
        "and agreed to share the river's water.\n"
    )
    told = core_told(text, "2023-12-10")
    assert ("meeting", "occurred", "2023-03-09", "Windhoek") in told, told


def test_bare_day_after_a_full_date_keeps_that_month() -> None:
    text = (
        "On 3 May the Minister met the envoy in Rome. In a speech on the 20th he defended the "
        "accord, and on the 21st he travelled to Paris for talks.\n"
    )
    trip = the_one_told(text, "2024-05-28", "visit", "Paris")
    assert (trip["status"], trip["date_start"]) == ("occurred", "2024-05-21")


def test_month_of_another_clause_does_not_date_the_bare_day() -> None:
    text = (
        "SPOKESPERSON: The previous round with Vietnam took place in Hanoi in March, and the "
        "two delegations will meet again in Bangkok on the 18th.\n"
    )
    told = core_told(text, "2023-06-05")
    assert ("meeting", "announced", "2023-06-18", "Bangkok") in told, told
