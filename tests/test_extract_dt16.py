"""Dates of calendars that name their days by weekday and number, and of the weeks a preview of
the week ahead speaks from (round sixteen, dates).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own dates:

* "MONDAY 17 / The envoy begins a tour in Accra": a date heading of a weekday and a day of the
  month without the month (and "WEDNESDAY 26 – THURSDAY 27", "Tue 18th") dates the items below
  to the day of that number, near the publication day, that falls on that weekday; a number
  that falls on no such weekday near it dates nothing;
* "THE WEEK AHEAD … / Last week's ministerial in Cartagena …" on a calendar published on a
  Saturday or a Sunday: "last week" is the week now ending and "this week" the week ahead,
  while a report of the day (or a calendar published midweek) keeps the week before, and
  "earlier this week" still looks back;
* "Last week I travelled to Samoa and Tonga. In Apia on Tuesday I met …": a weekday alone at a
  stop of a trip told in last week (or next week) just before is that weekday of the week
  named, while a weekday at another place, or "last Tuesday", keeps its own reading;
* "In April he spent a week in Islamabad" in a review published in January: "spent" tells the
  stay as done, so the month is the past one (not the April ahead), while "will spend" is ahead;
* "sat in on a meeting of the contact group in June": attending the meeting, not a topic, so
  the month of its sentence dates it.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

# --- "MONDAY 17": a weekday and a day of the month below a title naming the month ---------------


def test_weekday_number_headings_of_a_newsletter_calendar() -> None:
    text = (
        "THE DIPLOMATIC WEEK AHEAD: East Africa, 3-9 March\n\n"
        "Horn Desk | Sunday 2 March 2025\n\n"
        "MONDAY 3\n"
        "Kenya's foreign minister begins a three-day visit to Addis Ababa for talks with "
        "Ethiopia's prime minister.\n\n"
        "WEDNESDAY 5\n"
        "Uganda's president hosts Tanzania's president in Entebbe for talks on the pipeline.\n"
    )
    told = core_told(text, "2025-03-02")
    assert ("visit", "announced", "2025-03-03", "Addis Ababa") in told, told
    assert ("meeting", "announced", "2025-03-05", "Entebbe") in told, told


def test_weekday_number_range_heading_of_a_ministry_programme() -> None:
    text = (
        "Programme of the Minister for the coming week\n\n"
        "Tuesday 11\n"
        "The Minister receives the Ambassador of Chile at the Ministry.\n\n"
        "Thursday 13 – Friday 14\n"
        "The Minister holds talks in Reykjavik with the Foreign Minister of Iceland on Arctic "
        "fisheries.\n"
    )
    talks = the_one_told(text, "2024-06-09", "meeting", "Foreign Minister of Iceland")
    assert (talks["status"], talks["date_start"], talks["date_end"]) == (
        "announced",
        "2024-06-13",
        "2024-06-14",
    )
    received = the_one_told(text, "2024-06-09", "meeting", "receives the Ambassador")
    assert (received["status"], received["date_start"]) == ("announced", "2024-06-11")


def test_weekday_number_headings_with_ordinals_in_a_diary_of_the_week_past() -> None:
    text = (
        "Diary of the Foreign Secretary: the week in review\n\n"
        "Mon 14th\n"
        "The Foreign Secretary met the Polish foreign minister in Warsaw.\n\n"
        "Thu 17th\n"
        "The Foreign Secretary held talks with the Lithuanian foreign minister in Vilnius.\n"
    )
    told = core_told(text, "2022-11-19")
    assert ("meeting", "occurred", "2022-11-14", "Warsaw") in told, told
    assert ("meeting", "occurred", "2022-11-17", "Vilnius") in told, told


def test_a_number_that_falls_on_no_such_weekday_dates_nothing() -> None:
    text = (
        "THE WEEK AHEAD: Gulf diplomacy\n\n"
        "Issued Sunday 2 March 2025\n\n"
        "MONDAY 4\n"
        "Oman's foreign minister holds talks in Tehran with Iran's foreign minister.\n\n"
        "FRIDAY 8\n"
        "Qatar's emir receives Kuwait's crown prince in Doha.\n"
    )
    told = core_told(text, "2025-03-02")
    # neither 4 March nor 8 March 2025 is that weekday (nor is any 4th a Monday, or 8th a
    # Friday, near it): the items keep no day from their headings
    assert not any(day in ("2025-03-04", "2025-03-08") for _, _, day, _ in told), told


def test_a_month_named_in_the_heading_keeps_its_own_reading() -> None:
    text = (
        "The week ahead in diplomacy\n\n"
        "MONDAY 10 MARCH\n"
        "Brazil's foreign minister begins a visit to Lima for talks with Peru's president.\n\n"
        "WEDNESDAY 12 MARCH\n"
        "Chile's president receives Argentina's president in Santiago.\n"
    )
    told = core_told(text, "2025-03-09")
    assert ("visit", "announced", "2025-03-10", "Lima") in told, told
    assert ("meeting", "announced", "2025-03-12", "Santiago") in told, told


# --- "last week" and "this week" on a preview of the week ahead -----------------------------------


def test_last_week_on_a_sunday_calendar_of_the_week_ahead() -> None:
    text = (
        "THE WEEK AHEAD: Southern Africa, 17-23 March\n\n"
        "Compiled Sunday 16 March 2025\n\n"
        "MONDAY 17 MARCH\n"
        "Zambia's president begins a state visit to Botswana.\n\n"
        "LOOKING BACK\n"
        "Last week's SADC ministerial meeting in Windhoek ended with a communique on the "
        "eastern Congo.\n"
    )
    met = the_one_told(text, "2025-03-16", "conference", "Last week's SADC")
    assert (met["status"], met["date_start"], met["date_end"]) == (
        "occurred",
        "2025-03-10",
        "2025-03-16",
    )


def test_last_week_in_a_saturday_week_ahead_newsletter() -> None:
    text = (
        "Week ahead in Asia-Pacific diplomacy\n\n"
        "Published Saturday 8 June 2024\n\n"
        "Japan and South Korea signed a defence exchange memorandum in Seoul last week. "
        "Vietnam's prime minister travels to Canberra on Tuesday for talks with Australia's "
        "prime minister.\n"
    )
    signed = the_one_told(text, "2024-06-08", "agreement", "signed a defence exchange")
    assert (signed["date_start"], signed["date_end"]) == ("2024-06-03", "2024-06-09")


def test_this_week_on_a_sunday_week_ahead_is_the_coming_week() -> None:
    text = (
        "THE COMING WEEK IN EUROPEAN DIPLOMACY\n\n"
        "Sunday 6 October 2024\n\n"
        "EU foreign ministers will meet in Luxembourg this week to discuss sanctions.\n"
    )
    told = core_told(text, "2024-10-06")
    assert ("conference", "announced", "2024-10-07", "Luxembourg") in told, told


def test_last_week_in_a_sunday_wire_report_keeps_the_week_before() -> None:
    text = (
        "ANKARA, Oct 6 (Reuters) - Turkey's foreign minister visited Baghdad last week for "
        "talks on water sharing, officials said on Sunday."
    )
    visit = the_one_told(text, "2024-10-06", "visit", "visited Baghdad last week")
    assert (visit["date_start"], visit["date_end"]) == ("2024-09-23", "2024-09-29")


def test_last_week_on_a_midweek_calendar_keeps_the_week_before() -> None:
    text = (
        "THE WEEK AHEAD: Andean diplomacy\n\n"
        "Posted Wednesday 9 October 2024\n\n"
        "Peru and Ecuador signed a border memorandum in Tumbes last week.\n"
    )
    signed = the_one_told(text, "2024-10-09", "agreement", "signed a border memorandum")
    assert (signed["date_start"], signed["date_end"]) == ("2024-09-30", "2024-10-06")


def test_earlier_this_week_on_a_sunday_preview_still_looks_back() -> None:
    text = (
        "The week ahead: Balkan diplomacy\n\n"
        "Sunday 13 April 2025\n\n"
        "Serbia's foreign minister held talks in Skopje earlier this week with North "
        "Macedonia's foreign minister.\n"
    )
    talks = the_one_told(text, "2025-04-13", "meeting", "earlier this week")
    assert (talks["status"], talks["date_start"]) == ("occurred", "2025-04-07")


# --- "Last week I travelled to … In Apia on Tuesday I met …": the week of the trip -------------


def test_weekday_at_a_stop_of_last_weeks_trip_in_a_parliament_answer() -> None:
    text = (
        "Hon MINISTER: Last week I travelled to Samoa and Tonga. In Apia on Tuesday I met "
        "the Prime Minister of Samoa on fisheries. On Thursday and Friday I was in "
        "Nuku'alofa, where I held talks with Tonga's foreign minister."
    )
    told = core_told(text, "2019-05-15")  # a Wednesday
    assert ("meeting", "occurred", "2019-05-07", "Apia") in told, told
    talks = the_one_told(text, "2019-05-15", "meeting", "held talks with Tonga's")
    assert (talks["date_start"], talks["date_end"]) == ("2019-05-09", "2019-05-10")


def test_weekday_at_a_stop_of_next_weeks_trip_in_a_briefing() -> None:
    text = (
        "The envoy will travel to Egypt and Jordan next week for consultations on the ceasefire. "
        "In Amman on Friday, she will meet Jordan's foreign minister."
    )
    told = core_told(text, "2024-03-04")  # a Monday: Friday alone would be 8 March
    assert ("meeting", "announced", "2024-03-15", "Amman") in told, told


def test_weekday_in_a_wire_story_after_last_weeks_tour() -> None:
    text = (
        "NAIROBI, Sept 11 (Reuters) - Kenya's president toured Ghana and Nigeria last week. "
        "In Abuja on Monday he held talks with Nigeria's president on trade, officials said."
    )
    told = core_told(text, "2024-09-11")  # a Wednesday: Monday alone would be 9 September
    assert ("meeting", "occurred", "2024-09-02", "Abuja") in told, told


def test_weekday_at_another_place_keeps_its_own_reading() -> None:
    text = (
        "Last week the Kazakh president travelled to Beijing for talks with China's leader. "
        "On Tuesday the Russian foreign minister was in Astana, where he met his Kazakh "
        "counterpart."
    )
    told = core_told(text, "2023-06-08")  # a Thursday
    assert ("meeting", "occurred", "2023-06-06", "Astana") in told, told


def test_weekday_with_its_own_week_word_keeps_its_reading() -> None:
    text = (
        "The Dutch prime minister visited Latvia and Estonia last week. He arrived in Riga "
        "last Tuesday and met Latvia's prime minister."
    )
    told = core_told(text, "2021-04-21")  # a Wednesday
    assert ("visit", "occurred", "2021-04-20", "Riga") in told, told  # "last Tuesday": the 20th


# --- "In April he spent a week in Islamabad": the past month of a year in review ------------


def test_month_of_a_stay_told_as_spent_is_the_past_one() -> None:
    text = (
        "PROFILE. It has been a busy year for the envoy, who last March spent four days "
        "talking to Pakistan's foreign secretary. In April the envoy's deputy spent a week "
        "in Islamabad for consultations with the army."
    )
    told = core_told(text, "2010-01-03")
    assert ("visit", "occurred", "2009-04-01", "Islamabad") in told, told
    assert not any(s == "announced" for _, s, _, _ in told), told


def test_month_of_a_stay_still_to_be_spent_is_ahead() -> None:
    text = "The envoy will spend four days in Islamabad in March for talks with officials."
    told = core_told(text, "2010-01-03")
    assert ("visit", "announced", "2010-03-01", "Islamabad") in told, told


def test_sat_in_on_a_meeting_keeps_the_month_of_its_sentence() -> None:
    text = (
        "In June the ambassador sat in on a meeting of the contact group on Sudan in Addis Ababa."
    )
    told = core_told(text, "2012-12-28")
    assert ("conference", "occurred", "2012-06-01", "Addis Ababa") in told, told


# --- "her third journey to Central Asia this year: in February she toured …" ---------------------


def test_month_in_a_sentence_of_this_year_is_the_publications_year() -> None:
    text = (
        "It is the foreign minister's third journey to Central Asia this year: in February "
        "she toured Astana and Tashkent."
    )
    told = core_told(text, "2022-11-08")
    assert ("visit", "occurred", "2022-02-01", "Astana") in told, told
    assert not any(day and day.startswith("2023") for _, _, day, _ in told), told


def test_month_of_a_plan_this_year_is_still_read_forward() -> None:
    text = (
        "The envoy will return to the region later this year and is expected in Tashkent in "
        "February for talks with Uzbek officials."
    )
    told = core_told(text, "2022-11-08")
    assert ("visit", "announced", "2023-02-01", "Tashkent") in told, told


# --- "met the premier to discuss the elections planned for November" -----------------------------


def test_date_of_a_discussed_topic_does_not_date_the_talks() -> None:
    text = (
        "Hon MINISTER: I was in Port Moresby on 3 and 4 May. In Port Moresby I met the Prime "
        "Minister of Papua New Guinea to discuss the referendum planned for October."
    )
    told = core_told(text, "2019-05-15")
    assert not any(day == "2018-10-01" for _, _, day, _ in told), told
    talks = the_one_told(text, "2019-05-15", "meeting", "to discuss the referendum")
    assert talks["date_start"] in ("2019-05-03", "2019-05-04", None), talks


def test_talks_scheduled_for_a_day_keep_it() -> None:
    text = "The two foreign ministers will discuss trade at talks scheduled for 12 June in Lima."
    told = core_told(text, "2023-06-01")
    assert ("meeting", "announced", "2023-06-12", "Lima") in told, told


# --- "flies to A on Thursday and on to B on Friday, where he will sign …" -------------------------


def test_signing_at_the_last_leg_takes_its_day_in_a_broadcaster_piece() -> None:
    text = (
        "The minister flies to Nairobi on Monday and on to Kampala on Wednesday, where she is "
        "expected to sign a trade protocol."
    )
    signed = the_one_told(text, "2024-05-05", "agreement", "expected to sign a trade")
    assert (signed["status"], signed["date_start"], signed["place_name"]) == (
        "announced",
        "2024-05-08",
        "Kampala",
    )


def test_purpose_told_with_its_own_weekday_after_the_trip_keeps_it() -> None:
    text = "The minister flew to Nairobi on Monday for talks with Kenya's president on Tuesday."
    talks = the_one_told(text, "2024-05-05", "meeting", "for talks with Kenya")
    assert talks["date_start"] == "2024-04-30"
