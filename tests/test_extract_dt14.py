"""Dates of a page's items read through the page's own order and headings (round fourteen, dates).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own dates:

* a chronology or photo gallery whose items run in order except one told with a year long past
  (an archive photo, a reminder of a treaty signed years before): the items before it keep the
  year they are read in, not a year back;
* a week in review or a diary whose heading names two weekdays ("Tuesday and Wednesday",
  "Thursday-Friday"): the events told below it as done are on the last such days, those told as
  planned below the same heading on a calendar of the week ahead on the next ones.
"""

from __future__ import annotations

from tests.conftest import article_candidates, core_told, the_one_told

SAT = "2024-09-28"  # a Saturday


# --- an item with a year long past in a list that runs in order ---------------------------------

_GALLERY = """IN PICTURES: The Foreign Minister's Andean tour
Ministry Press Office — published Saturday, 28 September 2024

Photo 1. QUITO, 23 September — The foreign minister holds talks with her Ecuadorian counterpart \
at the start of a four-day tour.

Photo 2. BOGOTA, 25 September — Colombia's president receives the minister at the Casa de \
Nariño for talks on migration.

Photo 3 (archive). LIMA, March 2009 — Delegates applaud after the signing of the river \
navigation treaty, which the two governments concluded in the Peruvian capital in March 2009.

Photo 4. BOGOTA, 26 September — The minister holds talks with the Colombian foreign minister \
on the last day of the tour.
"""


def test_gallery_items_before_an_archive_photo_keep_this_year() -> None:
    told = core_told(_GALLERY, SAT)
    first = the_one_told(_GALLERY, SAT, "meeting", "Ecuadorian counterpart")
    assert (first["status"], first["date_start"]) == ("occurred", "2024-09-23")
    received = the_one_told(_GALLERY, SAT, "meeting", "receives the minister")
    assert (received["status"], received["date_start"]) == ("occurred", "2024-09-25")
    assert not any(day and day.startswith("2023") for _, _, day, _ in told), told


def test_archive_photo_keeps_its_own_year() -> None:
    found = [
        c
        for c in article_candidates(_GALLERY, SAT)
        if c["event_type"] == "agreement" and "river navigation" in c["source_quote"]
    ]
    assert found and all(c["date_start"] == "2009-03-01" for c in found), found


_TIMELINE = """Timeline: the border talks so far

Jan. 16 - Negotiators of the two countries meet in Geneva for a first round of talks.

Feb. 20 - The foreign ministers hold talks in Vienna and agree on a road map.

April 2 - The two presidents speak by telephone about the road map.

Nov. 1987 - The two countries sign the border protocol that the talks now seek to revise.

May 14 - The envoys meet in Oslo for a third round.
"""


def test_timeline_items_before_a_dated_reminder_keep_this_year() -> None:
    told = core_told(_TIMELINE, "2024-05-20")
    assert ("meeting", "occurred", "2024-02-20", "Vienna") in told, told
    assert ("call", "occurred", "2024-04-02", None) in told, told
    assert not any(day and day.startswith("2023") for _, _, day, _ in told), told


def test_chronology_across_new_year_still_reads_its_december_back() -> None:
    text = """Key dates

Dec. 4 - The foreign ministers of the three states meet in Dakar.

Dec. 18 - The leaders hold a summit in Banjul and adopt a joint declaration.

Jan. 9 - The Gambian president pays a state visit to Guinea-Bissau.
"""
    told = core_told(text, "2025-01-14")
    assert ("meeting", "occurred", "2024-12-04", "Dakar") in told or (
        "conference",
        "occurred",
        "2024-12-04",
        "Dakar",
    ) in told, told
    assert ("visit", "occurred", "2025-01-09", None) in told or any(
        kind == "visit" and day == "2025-01-09" for kind, _, day, _ in told
    ), told


# --- a heading of two weekdays ------------------------------------------------------------------

_REVIEW = """THE WEEK AT THE PRESIDENCY

Monday
The President received the ambassador of Chile at the palace.

Tuesday and Wednesday
The President made a state visit to Uruguay. In Montevideo on Tuesday the two heads of state \
held talks, and the two leaders signed a joint declaration on energy.

Thursday
The President spoke by telephone with the Prime Minister of Spain.
"""


def test_week_in_review_two_weekday_heading_dates_the_visit_below() -> None:
    visit = the_one_told(_REVIEW, SAT, "visit", "a state visit to Uruguay")
    assert (visit["status"], visit["date_start"], visit["date_end"]) == (
        "occurred",
        "2024-09-24",
        "2024-09-25",
    )
    assert visit["country_code"] == "UY"


def test_weekday_below_a_two_weekday_heading_of_the_week_past() -> None:
    talks = the_one_told(_REVIEW, SAT, "meeting", "held talks")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2024-09-24",
        "Montevideo",
    )
    signed = the_one_told(_REVIEW, SAT, "agreement", "joint declaration")
    assert signed["status"] == "occurred"
    assert "2024-09-24" <= signed["date_start"] <= "2024-09-25"


def test_ministry_diary_with_a_dashed_weekday_pair() -> None:
    text = """Minister's diary, week of 23 September

Monday
The Minister met the Ambassador of Japan at the Ministry.

Thursday-Friday
The Minister travelled to Brussels for talks with the EU High Representative.
"""
    visit = the_one_told(text, SAT, "visit", "travelled to Brussels")
    assert (visit["status"], visit["date_start"], visit["place_name"]) == (
        "occurred",
        "2024-09-26",
        "Brussels",
    )


def test_calendar_of_the_week_ahead_keeps_the_next_weekdays() -> None:
    text = """THE WEEK AHEAD

Monday
The Foreign Minister receives the Ambassador of Kenya.

Tuesday and Wednesday
The Foreign Minister pays an official visit to Tanzania. In Dodoma on Tuesday she holds talks \
with her Tanzanian counterpart.
"""
    visit = the_one_told(text, SAT, "visit", "official visit to Tanzania")
    assert (visit["status"], visit["date_start"], visit["date_end"]) == (
        "announced",
        "2024-10-01",
        "2024-10-02",
    )
    talks = the_one_told(text, SAT, "meeting", "holds talks")
    assert (talks["status"], talks["date_start"]) == ("announced", "2024-10-01")


def test_a_weekday_pair_in_a_sentence_is_no_heading() -> None:
    text = (
        "BRASILIA (Wire) - Brazil's foreign minister held talks with his Argentine counterpart "
        "in Brasilia on Tuesday and Wednesday, officials said."
    )
    talks = the_one_told(text, SAT, "meeting", "held talks")
    assert (talks["status"], talks["date_start"], talks["date_end"]) == (
        "occurred",
        "2024-09-24",
        "2024-09-25",
    )


def test_stay_opening_the_sentence_below_a_weekday_pair_is_done() -> None:
    text = """Government Press Service - the week in review

Monday
The Prime Minister received the Ambassador of Canada at the Chancellery.

Wednesday-Thursday
In Oslo on Wednesday, the Prime Minister held talks with her Norwegian counterpart.
"""
    told = [c for c in core_told(text, SAT) if c[3] == "Oslo"]
    assert told and all(c[1:3] == ("occurred", "2024-09-25") for c in told), told
