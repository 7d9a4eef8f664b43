"""Layouts (round seventeen): the year of a diary's day headings that name a weekday.

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a minister's diary or a week in review whose day headings give a weekday, a day and a month
  ("Thursday 9 February - …", "Saturday, 11 February: …"), read as history: the heading's
  year is the one in which that day is the weekday it names, so that an item told as done after
  publication ("has been called off") does not drag the heading, nor the items above it, into
  the year before; a heading without a weekday, or whose weekday fits no year near, keeps the
  year read before.
"""

from __future__ import annotations

from tests.conftest import core_told

WED = "2023-02-08"  # a Wednesday


def test_diary_days_keep_the_year_of_their_weekdays() -> None:
    text = (
        "FOREIGN MINISTER'S WEEK\n"
        "Ministry of Foreign Affairs, Vientiane. Issued Wednesday, 8 February 2023.\n\n"
        "PAST DAYS\n\n"
        "Thursday 2 February - Talks in Hanoi with the Vietnamese Foreign Minister.\n\n"
        "Saturday 4 February - Telephone conversation with the Foreign Minister of Thailand.\n\n"
        "Monday 6 February - Received the ambassador of Japan at the ministry.\n\n"
        "COMING DAYS\n\n"
        "Friday 10 February - A planned meeting with the Cambodian Foreign Minister in "
        "Phnom Penh has been called off.\n"
    )
    told = core_told(text, WED)
    assert ("meeting", "occurred", "2023-02-02", "Hanoi") in told
    assert ("call", "occurred", "2023-02-04", None) in told
    assert ("meeting", "cancelled", "2023-02-10", "Phnom Penh") in told
    assert all(day is None or day.startswith("2023") for _, _, day, _ in told)


def test_readout_digest_with_comma_and_colon_headings() -> None:
    text = (
        "Weekly digest of the Deputy Foreign Minister\n\n"
        "Tuesday, 7 February: Met the Chilean ambassador in Santiago to discuss lithium.\n\n"
        "Sunday, 12 February: The visit to Lima, set for this day, has been postponed.\n\n"
        "Monday, 13 February: Bilateral talks with the Peruvian Foreign Minister in Lima.\n"
    )
    told = core_told(text, WED)
    assert ("meeting", "occurred", "2023-02-07", "Santiago") in told
    assert any(t[0] == "visit" and t[2] == "2023-02-12" for t in told), told
    assert ("meeting", "announced", "2023-02-13", "Lima") in told


def test_heading_without_weekday_keeps_its_year() -> None:
    text = (
        "Chronology of the talks\n\n"
        "2 February - Talks in Hanoi with the Vietnamese Foreign Minister.\n\n"
        "4 February - The two foreign ministers met in Bangkok.\n\n"
        "6 February - Talks in Vientiane between the two delegations.\n"
    )
    told = core_told(text, WED)
    assert [t[2] for t in told] == ["2023-02-02", "2023-02-04", "2023-02-06"] or all(
        t[2] is not None and t[2].startswith("2023") for t in told
    ), told


def test_weekday_year_moves_only_to_a_year_that_fits() -> None:
    import datetime as dt

    from mapapp.extract.date_spans import DateSpan, weekday_year

    day = DateSpan(dt.date(2022, 2, 10), dt.date(2022, 2, 10), "day", "10 February", "heading")
    moved = weekday_year(day, "Friday 10 February")
    assert moved.start == dt.date(2023, 2, 10)
    assert weekday_year(day, "10 February") is day  # no weekday named
    assert weekday_year(day, "Thursday 10 February") is day  # it fits already
    assert weekday_year(day, "Monday 10 February") is day  # no year next to it fits
    span = DateSpan(dt.date(2022, 1, 27), dt.date(2022, 1, 28), "range", "x", "heading")
    assert weekday_year(span, "Friday 27 - Saturday 28 January").end == dt.date(2023, 1, 28)
