"""Dates of events told relative to another, or by a schedule in the present (round fifteen, dates).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own dates:

* "The next day the two leaders signed …", "the following day the talks resumed": a sentence
  opening with the day after the event told before, with no comma after it, is that next day
  (and "the day after the summit" still names no day counted from the event before);
* "The minister leaves on Saturday for a five-day tour, with stops in …": a departure
  in the present with a day ahead is an announced trip on the next such day, not a past one
  (while "left on Friday for a tour" stays past);
* a weekday told after a programme of several days ("a summit on 16 and 17 May … the day before,
  on 15 May … will continue on Friday to Bogota") is counted from publication once an event
  told between them has moved the story to a day outside the programme;
* "MONDAY, MARCH 11 / … meeting with the president on Tuesday" on a calendar or a programme of
  days ahead: a weekday inside an item is counted forward from its heading's day, not back from a
  Sunday's publication (a heading of a day gone by, or a meeting told as done, keeps its reading);
* "09:20 - The president flew in overnight from Addis Ababa, where he chaired a meeting on
  Friday" in a live blog: the stay where the trip began is on the day of what was done there,
  not the entry's day (a stay whose clause names no day keeps the entry's).
"""

from __future__ import annotations

from tests.conftest import article_candidates, core_told, the_one_told

# --- "The next day the two leaders signed …" ------------------------------------------------------


def test_next_day_without_comma_in_an_analysis() -> None:
    text = (
        "The thaw came in the spring. On 12 April, Armenia's prime minister flew to Tbilisi for "
        "talks with Georgia's president. The next day the two leaders signed a declaration on "
        "transit and energy."
    )
    signed = the_one_told(text, "2019-12-30", "agreement", "The next day the two")
    assert (signed["status"], signed["date_start"]) == ("occurred", "2019-04-13")


def test_following_day_without_comma_in_wire_copy() -> None:
    text = (
        "BAKU, June 22 (Reuters) - Azerbaijan's foreign minister arrived in Ashgabat on Tuesday "
        "evening. The following day the two ministers held talks on Caspian shipping, "
        "officials said."
    )
    talks = the_one_told(text, "2023-06-22", "meeting", "The following day the two")
    assert (talks["status"], talks["date_start"]) == ("occurred", "2023-06-21")


def test_previous_day_without_comma_in_a_ministry_release() -> None:
    text = (
        "The Minister received the Ambassador of Chile in audience on 14 March 2022. The "
        "previous day the Minister had held talks with the visiting Foreign Minister of Peru."
    )
    talks = the_one_told(text, "2022-03-15", "meeting", "previous day the Minister")
    assert talks["date_start"] == "2022-03-13"


def test_day_after_a_named_event_is_no_day_counted_from_the_sentence_before() -> None:
    text = (
        "On 4 May, the president met the Danish prime minister in Copenhagen. The foreign "
        "ministers will meet the day after the summit in Brussels."
    )
    told = core_told(text, "2024-04-20")
    assert not any(day == "2024-05-05" for _, _, day, _ in told), told


# --- "leaves on Friday for a five-day tour" -------------------------------------------------------


def test_present_departure_tomorrow_in_a_ministry_release() -> None:
    text = (
        "Press release. The Minister of Foreign Affairs departs tomorrow for a working visit "
        "to Lima, where she will meet her Peruvian counterpart."
    )
    told = core_told(text, "2021-09-14")
    assert ("visit", "announced", "2021-09-15", "Lima") in told, told


def test_past_departure_stays_past() -> None:
    text = (
        "The trade minister left on Friday for a three-day Middle East tour that included "
        "stops in Doha and Muscat."
    )
    told = core_told(text, "2020-03-04")
    assert ("visit", "occurred", "2020-02-28", "Doha") in told, told


def test_departure_whose_day_is_the_report_s_is_not_made_a_schedule() -> None:
    text = "The trade minister leaves for a two-day visit to Oman, the ministry said on Monday."
    told = core_told(text, "2020-03-04")
    assert not any(day == "2020-03-09" for _, _, day, _ in told), told


# --- a weekday after a programme the story has moved on from --------------------------------------

_SUMMIT = """QUITO, 9 May (Agency) - The Andean Community's presidents are to hold their annual \
summit in the Ecuadorian capital on 16 and 17 May, the foreign minister announced today.

The bloc's foreign ministers are to gather the day before the summit opens, on 15 May, to draft \
its closing declaration.

The Peruvian minister will continue on Friday to Bogota, where he will hold talks with his \
Colombian counterpart, diplomatic sources said.
"""


def test_weekday_after_a_programme_left_behind_counts_from_publication() -> None:
    leg = the_one_told(_SUMMIT, "1996-05-09", "visit", "continue on Friday")  # a Thursday
    assert (leg["status"], leg["date_start"], leg["place_name"]) == (
        "announced",
        "1996-05-10",
        "Bogotá",
    )


def test_weekday_right_after_a_programme_stays_within_it() -> None:
    text = (
        "The President will pay a state visit to Kenya from 24 to 27 April, the Presidency "
        "said. On Thursday, he is due to meet the Kenyan president in Nairobi."
    )
    talks = the_one_told(text, "2023-04-17", "meeting", "On Thursday")  # a Monday
    assert talks["date_start"] == "2023-04-27"


# --- a weekday inside an item below a dated heading still ahead ---------------------------------

_CALENDAR = """EAST AFRICA DIPLOMATIC DIARY: THE COMING WEEK
Sunday, March 10, 2024

MONDAY, MARCH 11
KAMPALA - Rwanda's foreign minister starts a two-day visit to Uganda; meeting with President \
Museveni on Tuesday.

WEDNESDAY, MARCH 13
ARUSHA - Trade ministers of the East African Community hold their regular session (to Friday).
"""


def test_weekday_in_a_calendar_item_is_later_that_week() -> None:
    meeting = the_one_told(_CALENDAR, "2024-03-10", "meeting", "meeting with President")
    assert (meeting["status"], meeting["date_start"], meeting["place_name"]) == (
        "announced",
        "2024-03-12",
        "Kampala",
    )


def test_until_a_weekday_in_a_calendar_item_runs_forward() -> None:
    told = core_told(_CALENDAR, "2024-03-10")
    session = [t for t in told if t[3] == "Arusha"]
    assert session and all(t[1] == "announced" and t[2] >= "2024-03-13" for t in session), told


_PROGRAMME = """Programme of the Minister for Foreign Affairs, week of 10 June 2019

Monday 10 June 2019
The Minister opens the conference of ambassadors in Bern. She travels to Vienna on Tuesday for \
the OSCE ministerial troika.

Wednesday 12 June 2019
The Minister receives the Foreign Minister of Chile in Bern.
"""


def test_weekday_in_a_ministry_programme_a_week_off_follows_its_day() -> None:
    told = core_told(_PROGRAMME, "2019-06-02")  # a Sunday, eight days before the first heading
    assert ("visit", "announced", "2019-06-11", "Vienna") in told, told
    assert ("meeting", "announced", "2019-06-12", "Bern") in told, told


def test_weekday_below_a_heading_of_a_day_gone_by_keeps_its_reading() -> None:
    text = """Week in review

Tuesday 4 June 2019
The foreign minister held talks in Riga with his Latvian counterpart, whom he had also met in \
Tallinn on Monday.
"""
    told = core_told(text, "2019-06-08")
    assert not any(day == "2019-06-10" for _, _, day, _ in told), told


# --- a stay told by where a trip began, in an entry of a live blog ------------------------------

_BLOG = """African Union summit: live updates
Sunday 12 May 2019 (all times local)

11:40 - Ghana's foreign minister met her Nigerian counterpart at the conference centre this \
morning.

09:20 - Kenya's president flew in overnight from Addis Ababa, where he chaired a meeting of the \
IGAD heads of state on Friday.

08:05 - Senegal's president arrived at dawn from Nouakchott, where he met the Mauritanian \
president.
"""


def _visits(text: str, published: str, place: str) -> list[tuple[str, str]]:
    return [
        (c["status"], c["date_start"])
        for c in article_candidates(text, published)
        if c["event_type"] == "visit" and c["place_name"] == place
    ]


def test_stay_in_a_live_blog_entry_takes_the_day_of_what_was_done_there() -> None:
    assert _visits(_BLOG, "2019-05-12", "Addis Ababa") == [("occurred", "2019-05-10")]


def test_stay_whose_clause_gives_no_day_keeps_the_entry_s_day() -> None:
    assert _visits(_BLOG, "2019-05-12", "Nouakchott") == [("occurred", "2019-05-12")]
