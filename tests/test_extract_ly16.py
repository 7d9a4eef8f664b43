"""Events dated by a page's layout (round sixteen, layouts).

Each layout is tested on pages invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a calendar's or diary's day heading that names a weekday and a day of the month but no month
  ("TUESDAY 9", "Thursday 11 – Friday 12"): the items below are on that day of the week the
  page is about, not on the weekday read back from a Sunday's publication day.
"""

from __future__ import annotations

import datetime as dt

from mapapp.extract.heading_month_days import month_days
from tests.conftest import core_told, the_one_told

# --- a day heading with a weekday and a day of the month -----------------------------------------

CALENDAR = (
    "DIPLOMATIC WEEK AHEAD: Central Asia, 8-14 September\n"
    "Regional desk | Sunday 7 September 2025\n\n"
    "MONDAY 8\n"
    "Kazakhstan's foreign minister begins a two-day visit to Tashkent.\n\n"
    "TUESDAY 9\n"
    "Kyrgyzstan's president hosts Tajikistan's president in Bishkek for talks on water sharing.\n\n"
    "THURSDAY 11 – FRIDAY 12\n"
    "Foreign ministers of the five states meet in Ashgabat.\n"
)


def test_a_calendar_day_heading_without_its_month_dates_the_item() -> None:
    visit = the_one_told(CALENDAR, "2025-09-07", "visit", "two-day visit to Tashkent")
    assert (visit["status"], visit["date_start"], visit["place_name"]) == (
        "announced",
        "2025-09-08",
        "Tashkent",
    )
    talks = the_one_told(CALENDAR, "2025-09-07", "meeting", "hosts Tajikistan")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "announced",
        "2025-09-09",
        "Bishkek",
    )


def test_a_calendar_heading_of_two_days_without_its_month_spans_both() -> None:
    meeting = the_one_told(CALENDAR, "2025-09-07", "conference", "meet in Ashgabat")
    assert (meeting["status"], meeting["date_start"], meeting["date_end"]) == (
        "announced",
        "2025-09-11",
        "2025-09-12",
    )
    assert meeting["place_name"] == "Ashgabat"


DIARY = (
    "The Minister's Week\n"
    "Ministry of Foreign Affairs newsletter, Friday 14 March 2025\n\n"
    "Mon. 10th\n"
    "Received the ambassador of Ghana at the ministry in Lisbon.\n\n"
    "Wed. 12th\n"
    "Held talks in Madrid with the Spanish foreign minister.\n"
)


def test_a_diary_of_the_week_past_reads_abbreviated_day_headings() -> None:
    talks = the_one_told(DIARY, "2025-03-14", "meeting", "Spanish foreign minister")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2025-03-12",
        "Madrid",
    )


def test_a_heading_whose_weekday_and_day_disagree_is_not_read_so() -> None:
    assert month_days("MONDAY 9", dt.date(2025, 9, 7)) is None  # 9 September is a Tuesday
    assert month_days("Monday 8 September", dt.date(2025, 9, 7)) is None  # has its month
    assert month_days("Monday 8 delegations arrive", dt.date(2025, 9, 7)) is None
    assert month_days("MONDAY 8", dt.date(2025, 3, 1)) is None  # too far from publication


def test_a_sentence_with_a_weekday_and_number_keeps_its_own_reading() -> None:
    told = core_told(
        "ASTANA, Sept 7 (Wire) - Kazakhstan's foreign minister met his Uzbek counterpart on "
        "Friday 5 and will travel to Tashkent next week.",
        "2025-09-07",
    )
    assert ("meeting", "occurred", "2025-09-05", "Astana") in told


# --- a dated entry that names its city ------------------------------------------------------------

RETURN = (
    "Ministerial diary: Minister for Trade, March 2024\n\n"
    "Published 10 April 2024\n\n"
    "The diary lists the Minister's meetings with foreign governments in March 2024.\n\n"
    "5 March — Meeting with the Ghanaian Trade Minister, Manchester. Purpose: market access.\n\n"
    "12-14 March — Visit to Ghana and Nigeria. Purpose: trade missions.\n"
    "  12 March, Accra: meeting with the Ghanaian Foreign Minister.\n"
    "  14 March, Lagos: talks with the Nigerian Trade Minister.\n\n"
    "20 March — Telephone call with the Kenyan Trade Secretary. Purpose: tariffs.\n\n"
    "26 March — Meeting with the Ambassador of Peru. Purpose: wine exports, Lima.\n"
)


def test_a_dated_entry_closing_with_its_city_is_in_that_city() -> None:
    meeting = the_one_told(RETURN, "2024-04-10", "meeting", "Ghanaian Trade Minister")
    assert (meeting["status"], meeting["date_start"], meeting["place_name"]) == (
        "occurred",
        "2024-03-05",
        "Manchester",
    )


def test_a_dated_entry_naming_its_city_after_the_date_is_there() -> None:
    accra = the_one_told(RETURN, "2024-04-10", "meeting", "Ghanaian Foreign Minister")
    assert (accra["status"], accra["date_start"], accra["place_name"]) == (
        "occurred",
        "2024-03-12",
        "Accra",
    )
    lagos = the_one_told(RETURN, "2024-04-10", "meeting", "Nigerian Trade Minister")
    assert (lagos["date_start"], lagos["place_name"]) == ("2024-03-14", "Lagos")


def test_a_city_closing_a_later_sentence_of_the_entry_does_not_place_it() -> None:
    meeting = the_one_told(RETURN, "2024-04-10", "meeting", "Ambassador of Peru")
    assert (meeting["date_start"], meeting["place_name"]) == ("2024-03-26", None)
    call = the_one_told(RETURN, "2024-04-10", "call", "Kenyan Trade Secretary")
    assert (call["date_start"], call["place_name"]) == ("2024-03-20", None)


def test_a_chronology_entry_in_wire_style_reads_its_city_after_the_date() -> None:
    told = core_told(
        "KEY DATES\n\n"
        "Jan. 9, Geneva: The two foreign ministers meet for a first round of talks.\n\n"
        "Feb. 20, Vienna: Negotiators sign a framework agreement.\n\n"
        "March 3: Talks stall over sequencing.\n",
        "2025-03-10",
    )
    assert ("meeting", "occurred", "2025-01-09", "Geneva") in told
    assert ("agreement", "occurred", "2025-02-20", "Vienna") in told
