"""Dates told through another part of the sentence or page (round thirteen, dates).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own dates:

* a gathering told by its opening day and how long it runs ("opened on Tuesday and runs until
  next Monday", "opens on 8 October and closes on 11 October"): one event over those days;
* an event whose own day is told before it, with "ahead of" / "before the summit" after it
  ("On Thursday, the envoy held a video call … ahead of the talks"), or below a dated heading of
  a diary or week in review: that day, not one counted from the summit.
"""

from __future__ import annotations

import datetime as dt

from tests.conftest import core_told, the_one_told

WED = "2024-09-25"  # a Wednesday


# --- opened on one day and runs until another ---------------------------------------------------


def test_opened_and_runs_until_next_weekday_is_one_event_over_the_days() -> None:
    text = (
        "NEW YORK (Wire) - World leaders' annual debate at the United Nations got under way in "
        "New York on Tuesday and lasts until next Monday."
    )
    assert core_told(text, WED) == [("conference", "occurred", "2024-09-24", "New York")]
    event = the_one_told(text, WED, "conference", "under way in New York")
    assert event["date_end"] == "2024-09-30"


def test_summit_opened_and_closes_on_a_weekday_in_an_agency_report() -> None:
    text = (
        "Addis Ababa, 25 September (Agency) - The extraordinary summit of the regional bloc "
        "opened in Addis Ababa on Monday and closes on Thursday, officials said."
    )
    event = the_one_told(text, WED, "conference", "opened in Addis Ababa")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "occurred",
        "2024-09-23",
        "2024-09-26",
    )
    assert event["place_name"] == "Addis Ababa"
    assert len([c for c in core_told(text, WED) if c[0] == "conference"]) == 1


def test_talks_open_ahead_and_are_due_to_run_until_a_weekday() -> None:
    text = (
        "The ministry said in a release that the next round of talks on the border opens in "
        "Geneva on Monday and is expected to last until Friday."
    )
    event = the_one_told(text, WED, "meeting", "opens in Geneva")
    assert (event["status"], event["date_start"], event["date_end"], event["place_name"]) == (
        "announced",
        "2024-09-30",
        "2024-10-04",
        "Geneva",
    )


def test_session_opened_on_a_date_and_will_run_until_a_date_weeks_later() -> None:
    text = (
        "Q: And the Council? A: The session of the Human Rights Council opened in Geneva on "
        "9 September and will run until 11 October, as you know."
    )
    event = the_one_told(text, WED, "conference", "opened in Geneva")
    assert (event["date_start"], event["date_end"]) == ("2024-09-09", "2024-10-11")


def test_two_meetings_on_two_days_are_not_one_opening() -> None:
    text = "The ministers met in Rome on Tuesday and will meet again in Paris on Friday."
    assert core_told(text, WED) == [
        ("meeting", "announced", "2024-09-27", "Paris"),
        ("meeting", "occurred", "2024-09-24", "Rome"),
    ]


def test_an_opening_then_another_event_keeps_both_days() -> None:
    text = "The conference opened on Tuesday, and the minister will meet his counterpart on Friday."
    told = core_told(text, WED)
    assert ("conference", "occurred", "2024-09-24", None) in told
    assert ("meeting", "announced", "2024-09-27", None) in told


# --- a day told first, "ahead of the summit" after ----------------------------------------------


def test_day_told_first_stays_with_a_call_ahead_of_the_talks() -> None:
    text = (
        "Vienna, 25 September (Agency) - Talks on the nuclear file resumed in Vienna on Monday. "
        "On Saturday, Austria's foreign minister had a video call with Slovak and Hungarian "
        "colleagues to align positions ahead of the talks, the ministry said."
    )
    call = the_one_told(text, WED, "call", "video call")
    assert (call["date_start"], call["place_name"]) == ("2024-09-21", None)


def test_readout_call_on_a_date_before_the_summit() -> None:
    text = (
        "Readout. On September 20, the Secretary spoke by phone with the Foreign Minister of "
        "Brazil before the summit to discuss climate finance."
    )
    call = the_one_told(text, WED, "call", "spoke by phone")
    assert (call["status"], call["date_start"]) == ("occurred", "2024-09-20")


def test_call_below_a_day_heading_ahead_of_a_summit_takes_the_heading_day() -> None:
    text = (
        "Presidency of the Republic\n"
        "The week in review: 16-20 September 2024\n\n"
        "Tuesday, 17 September\n"
        "The President held a video call with the Prime Minister of Portugal ahead of the "
        "European Council summit.\n\n"
        "Thursday, 19 September\n"
        "The President received the Ambassador of Japan at the Presidential Palace in Chisinau.\n"
    )
    call = the_one_told(text, "2024-09-21", "call", "video call")
    assert (call["status"], call["date_start"], call["place_name"]) == (
        "occurred",
        "2024-09-17",
        None,
    )


def test_date_of_a_guest_arrival_aside_is_not_the_meeting_before_the_summit() -> None:
    text = (
        "LUSAKA (Wire) - Leaders of the regional bloc met in Lusaka on Friday for a one-day "
        "summit.\n\nBefore the summit opened, the host president held a bilateral meeting with "
        "his Malawian counterpart, who had flown in on Wednesday night."
    )
    told = [c for c in core_told(text, WED) if c[0] == "meeting"]
    assert told and all(c[2] != "2024-09-18" for c in told)


# --- two days of one month in figures -----------------------------------------------------------


def test_chronology_entries_with_a_range_of_days_in_figures() -> None:
    text = (
        "TIMELINE: A year of lake talks\n\n"
        "Compiled by the regional desk, 20 August 2019\n\n"
        "11/02/2019 - Uganda's foreign minister travels to Kigali and is received by "
        "Rwanda's president.\n\n"
        "07-09/05/2019 - Tanzania hosts a ministerial meeting with Uganda and Kenya in Arusha.\n\n"
        "COMING UP\n\n"
        "27-29/08/2019 - Kenya's president is due in Kampala for a three-day state visit."
    )
    told = core_told(text, "2019-08-20")
    assert ("conference", "occurred", "2019-05-07", "Arusha") in told
    assert ("visit", "announced", "2019-08-27", "Kampala") in told
    visit = the_one_told(text, "2019-08-20", "visit", "due in Kampala")
    assert visit["date_end"] == "2019-08-29"


def test_agenda_range_of_days_with_dots_and_an_en_dash() -> None:
    text = "The ministry said the forum of foreign ministers will be held in Almaty on 3–5.06.2025."
    event = the_one_told(text, "2025-05-20", "conference", "forum")
    assert (event["status"], event["date_start"], event["date_end"], event["place_name"]) == (
        "announced",
        "2025-06-03",
        "2025-06-05",
        "Almaty",
    )


def test_figures_that_are_no_range_of_days() -> None:
    from mapapp.extract.text_dates import find_dates

    published = dt.date(2024, 5, 1)
    assert [d.span.start for d in find_dates("a vote of 15-14/03/2024", published)] == []
    assert [d.span.kind for d in find_dates("on pages 3-4/5/6", published)] == []
    assert [d.span.kind for d in find_dates("on 3-4/14/2024", published)] == []


# --- a season set by the verb that schedules it -------------------------------------------------


def test_commission_session_scheduled_for_the_spring_in_a_week_in_review() -> None:
    text = (
        "Government of the Republic\nThe week in review: 9-13 March 2026\n\n"
        "Looking ahead\n"
        "The Prime Minister will travel to Tbilisi on 18 March. A session of the "
        "intergovernmental commission with Armenia is planned for the autumn."
    )
    event = the_one_told(text, "2026-03-14", "meeting", "intergovernmental commission")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2026-09-01",
        "2026-11-30",
    )
    assert event["place_name"] != "Tbilisi"


def test_wire_talks_set_for_spring_with_a_year() -> None:
    text = "The next round of talks between the two ministers is slated for spring 2027, they said."
    event = the_one_told(text, "2026-10-02", "meeting", "round of talks")
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2027-03-01",
        "2027-05-31",
    )


def test_a_season_of_needs_is_no_date() -> None:
    from mapapp.extract.text_dates import find_dates

    published = dt.date(2026, 2, 14)
    for text in ("The ministers discussed preparations for the winter.", "Gas for the summer."):
        assert find_dates(text, published, prefer_future=True) == []


# --- a weekday below a heading of a few dated days ----------------------------------------------


def test_weekday_below_a_two_day_heading_of_a_week_ahead_calendar() -> None:
    text = (
        "DIPLOMATIC DIARY: the week of 14-20 April\n"
        "Published Sunday, 13 April 2025\n\n"
        "TUESDAY 15 - WEDNESDAY 16 APRIL\n"
        "Kenya's president pays a state visit to Ghana. He and Ghana's president hold talks "
        "in Accra on Wednesday.\n\n"
        "THURSDAY 17 APRIL\n"
        "EU foreign ministers meet in Luxembourg."
    )
    event = the_one_told(text, "2025-04-13", "meeting", "hold talks")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2025-04-16",
        "Accra",
    )


def test_weekday_below_a_heading_of_days_past_in_a_presidency_review() -> None:
    text = (
        "Office of the President\nWeek in review\n\n"
        "Monday 7 - Wednesday 9 April 2025\n"
        "The President was on an official visit to Austria. She met the Federal Chancellor in "
        "Vienna on Tuesday.\n\n"
        "Thursday 10 April 2025\n"
        "The President received the Ambassador of Chile."
    )
    event = the_one_told(text, "2025-04-12", "meeting", "Federal Chancellor")
    assert (event["status"], event["date_start"]) == ("occurred", "2025-04-08")


def test_weekday_the_heading_days_do_not_hold_keeps_its_own_reading() -> None:
    from mapapp.extract.date_spans import DateSpan
    from mapapp.extract.heading_weekdays import in_heading_days

    friday = DateSpan(dt.date(2025, 4, 11), dt.date(2025, 4, 11), "day", "on Friday", "weekday")
    heading = DateSpan(dt.date(2025, 4, 15), dt.date(2025, 4, 16), "range", "15-16 April")
    assert in_heading_days(friday, heading) is friday
    month = DateSpan(dt.date(2025, 4, 1), dt.date(2025, 4, 30), "month", "April")
    assert in_heading_days(friday, month) is friday
