"""Announced and planned events (round sixteen): the days of a calendar headed by weekday and
number, and plans that are called off or put off.

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a calendar or diary whose day headings give a weekday and a day of the month only ("MONDAY 3",
  "Tue 4th", "WEDNESDAY 5 – THURSDAY 6"): each item is on the day of that name and number
  nearest publication, and what it tells in the present is planned when that day is ahead, while
  a week in review's past keeps its days before publication, and a heading with its month is
  read as before;
* a planned event whose sentence goes on to say it was dropped, however much is told between
  ("a meeting that had been floated for Brasilia this week was called off", "a visit …,
  originally scheduled for Thursday 20 March, has been postponed", "a summit once pencilled in
  for this week will not take place", "a planned meeting … in Geneva was called off"):
  cancelled, while a verb of another clause ("The summit went ahead, but a visit planned for
  Friday was postponed"; "after the talks were held") leaves the first event as told.
"""

from __future__ import annotations

from tests.conftest import core_told

SUN = "2025-03-02"  # a Sunday
MID = "2025-03-16"  # a Sunday


# --- day headings of a weekday and a number ---------------------------------------------------


def test_week_ahead_calendar_headed_by_weekday_and_number() -> None:
    text = (
        "THE WEEK AHEAD: Gulf and Iran, 3-9 March\n\n"
        "MONDAY 3\n"
        "Oman's foreign minister hosts his Iranian counterpart in Muscat for talks on shipping.\n\n"
        "FRIDAY 7\n"
        "The envoy is in Doha for talks with Qatari officials."
    )
    assert core_told(text, SUN) == [
        ("meeting", "announced", "2025-03-03", "Muscat"),
        ("meeting", "announced", "2025-03-07", "Doha"),
        ("visit", "announced", "2025-03-07", "Doha"),
    ]


def test_calendar_heading_of_two_days_in_a_newsletter() -> None:
    text = (
        "Coming up in the region\n\n"
        "MONDAY 3\n"
        "Kuwait's emir receives the Jordanian king in Kuwait City.\n\n"
        "WEDNESDAY 5 – THURSDAY 6\n"
        "GCC foreign ministers meet in Riyadh for their regular ministerial."
    )
    told = core_told(text, SUN)
    assert ("conference", "announced", "2025-03-05", "Riyadh") in told
    assert ("meeting", "announced", "2025-03-03", "Kuwait City") in told


def test_minister_diary_with_abbreviated_weekdays_and_ordinals() -> None:
    text = (
        "Minister's diary\n\n"
        "Tue 4th\n"
        "Meeting with the Kenyan High Commissioner, London.\n\n"
        "Thu 6th\n"
        "The minister travels to Nairobi for talks with the foreign secretary."
    )
    assert core_told(text, SUN) == [
        ("meeting", "announced", "2025-03-04", "London"),
        ("meeting", "announced", "2025-03-06", "Nairobi"),
        ("visit", "announced", "2025-03-06", "Nairobi"),
    ]


def test_week_in_review_headed_by_weekday_and_number_stays_in_the_past() -> None:
    text = (
        "WEEK IN REVIEW\n\n"
        "MONDAY 24\n"
        "The foreign minister met his Omani counterpart in Muscat.\n\n"
        "TUESDAY 25\n"
        "The president received the Qatari emir in Tehran."
    )
    assert core_told(text, "2025-03-01") == [
        ("meeting", "occurred", "2025-02-24", "Muscat"),
        ("meeting", "occurred", "2025-02-25", "Tehran"),
    ]


def test_heading_with_its_month_is_read_as_a_date() -> None:
    text = (
        "THE WEEK AHEAD\n\n"
        "MONDAY 3 MARCH\n"
        "Oman's foreign minister hosts his Iranian counterpart in Muscat for talks.\n\n"
        "TUESDAY 4 MARCH\n"
        "The envoy holds talks in Doha with Qatari officials."
    )
    told = core_told(text, SUN)
    assert ("meeting", "announced", "2025-03-03", "Muscat") in told
    assert ("meeting", "announced", "2025-03-04", "Doha") in told


# --- a plan told before the verb that drops it -------------------------------------------------


def test_meeting_floated_for_this_week_called_off_in_a_calendar() -> None:
    text = (
        "OFF THE CALENDAR\n"
        "A meeting between the two ministers that had been floated for Brasilia this week was "
        "called off on Friday, diplomats said."
    )
    assert [(e, s) for e, s, _, _ in core_told(text, MID)] == [("meeting", "cancelled")]


def test_planned_meeting_called_off_in_a_wire_write_through() -> None:
    text = (
        "GENEVA, March 15 (Wire) - A planned meeting between the foreign ministers of the two "
        "countries in Geneva was called off on Friday, a spokesman said."
    )
    assert core_told(text, MID) == [("meeting", "cancelled", "2025-03-14", "Geneva")]


def test_visit_originally_scheduled_postponed_in_a_diary_note() -> None:
    text = (
        "Note: The minister's visit to Tallinn, originally scheduled for Thursday 20 March, has "
        "been postponed at the request of the Estonian side."
    )
    assert core_told(text, MID) == [("visit", "cancelled", "2025-03-20", "Tallinn")]


def test_trip_that_had_been_scheduled_postponed_in_a_readout() -> None:
    text = "The Deputy Secretary's trip to Vilnius, set for early March, was postponed."
    assert core_told(text, MID) == [("visit", "cancelled", "2025-03-01", "Vilnius")]


def test_summit_pencilled_in_will_not_take_place_in_a_week_ahead() -> None:
    text = (
        "WEEKEND\nNo major engagements. A regional summit once pencilled in for this week in "
        "Niamey will not take place, officials said."
    )
    told = core_told(text, MID)
    assert [(e, s, p) for e, s, _, p in told] == [("conference", "cancelled", "Niamey")]


def test_summit_went_ahead_before_another_plan_was_dropped() -> None:
    text = (
        "The summit in Riga went ahead on Monday as planned, but a visit to Vilnius planned for "
        "Friday was postponed."
    )
    summit = [r for r in core_told(text, MID) if r[0] == "conference"]
    assert summit == [("conference", "occurred", "2025-03-10", "Riga")]


def test_planned_visit_that_went_ahead_is_not_called_off() -> None:
    text = (
        "The visit to Oslo, planned for next week, will go ahead as scheduled, the ministry said."
    )
    assert core_told(text, MID) == [("visit", "announced", "2025-03-17", "Oslo")]
