"""Layouts (round seventeen): the year of a diary's day headings that name a weekday.

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a minister's diary or a week in review whose day headings give a weekday, a day and a month
  ("Thursday 9 February - …", "Saturday, 11 February: …"), read as history: the heading's
  year is the one in which that day is the weekday it names, so that an item told as done after
  publication ("has been called off") does not drag the heading, nor the items above it, into
  the year before; a heading without a weekday, or whose weekday fits no year near, keeps the
  year read before;
* captions and live-blog entries of an arrival: an airport named by its city's possessive
  ("has landed at Astana's airport", "landed at Dushanbe's international airport") places the
  visit in that city, and a welcome whose guest is a pronoun for the arrival told just before
  ("Japan's foreign minister greeted him on the tarmac", "welcomed her at the airport") is a
  meeting there on the arrival's day, while crowds, supporters or protocol officials greeting
  the guest are the arrival's ceremony only.
"""

from __future__ import annotations

from tests.conftest import article_candidates, core_told, the_one_told

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


def test_live_blog_landing_at_a_possessive_airport_is_a_visit_there() -> None:
    text = (
        "LIVE: Central Asian leaders gather\n\n"
        "09:40 Kyrgyzstan's president has landed at Tashkent's airport, the first guest to "
        "arrive.\n\n"
        "10:15 The Tajik president landed at Tashkent's international airport a few "
        "minutes later.\n"
    )
    told = core_told(text, "2024-09-14")
    visits = [t for t in told if t[0] == "visit"]
    assert len(visits) >= 2, told
    assert all(v[3] is not None and "Tashkent" in v[3] for v in visits), told


def test_caption_welcome_of_a_pronoun_guest_is_a_meeting_on_the_arrival_day() -> None:
    text = (
        "LISBON, March 13 (Agency) - Brazil's president arrived at Lisbon airport on Tuesday "
        "evening for a three-day state visit. Portugal's prime minister greeted him on the "
        "tarmac.\n"
    )
    told = core_told(text, "2025-03-13")  # a Thursday
    assert any(t[0] == "visit" and t[2] == "2025-03-11" for t in told), told
    meeting = the_one_told(text, "2025-03-13", "meeting", "greeted him on the tarmac")
    assert meeting["date_start"] == "2025-03-11"
    assert "Lisbon" in meeting["place_name"]


def test_wire_welcome_at_the_airport_by_a_minister_after_a_landing() -> None:
    text = (
        "KAMPALA, Sept 9 (Agency) - Kenya's foreign minister landed in Kampala on Monday for "
        "talks on the border. Uganda's prime minister welcomed her at the airport."
    )
    meeting = the_one_told(text, "2024-09-10", "meeting", "welcomed her at the airport")
    assert meeting["date_start"] == "2024-09-09"
    assert meeting["place_name"] is not None and "Kampala" in meeting["place_name"]


def test_crowds_or_protocol_greeting_the_guest_are_no_meeting() -> None:
    for greeters in ("Cheering crowds", "Thousands of supporters", "Protocol officials"):
        text = (
            "The Ghanaian president landed in Lome on Friday for a one-day visit. "
            f"{greeters} welcomed him at the airport."
        )
        found = [r for r in article_candidates(text, "2024-05-12") if r["event_type"] == "meeting"]
        assert not any("welcomed him" in r["source_quote"] for r in found), (greeters, found)
