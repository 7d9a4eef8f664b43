"""Events placed and dated by a page's layout (round fifteen, layouts).

Each layout is tested on pages invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a diary's line below a day's heading that opens with its city as a sentence of its own
  ("Brussels. Attends the Foreign Affairs Council."), or with one day of a heading of several
  days ("Wednesday: Vilnius. Talks with …"): the line's events are in that city, on that day;
* a diary's or schedule's line that ends with its venue and city after a comma ("14.00
  Receives the foreign minister of Chile for talks, Foreign Ministry, Copenhagen."): the
  line's events are in that city.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

# --- a diary line that opens with its city -------------------------------------------------------

DIARY = (
    "Ministry for Foreign Affairs, Copenhagen\n"
    "The Foreign Minister's week\n\n"
    "Published Monday 3 March 2025.\n\n"
    "Monday 3 March\n"
    "10.00 Meets the Foreign Minister of Chile for talks, Eigtveds Pakhus, Copenhagen.\n\n"
    "Tuesday 4 March\n"
    "Brussels. Attends the General Affairs Council of the EU.\n\n"
    "Wednesday 5 March - Thursday 6 March\n"
    "Official visit to Estonia and Finland.\n"
    "Wednesday: Tallinn. Talks with the Foreign Minister of Estonia.\n"
    "Thursday: Helsinki. Talks with the Foreign Minister of Finland.\n"
)


def test_a_diary_line_opening_with_its_city_is_in_that_city() -> None:
    event = the_one_told(DIARY, "2025-03-03", "conference", "General Affairs Council")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2025-03-04",
        "Brussels",
    )


def test_a_diary_line_opening_with_a_day_and_city_is_on_that_day_there() -> None:
    talks = the_one_told(DIARY, "2025-03-03", "meeting", "Foreign Minister of Estonia")
    assert (talks["status"], talks["date_start"], talks["date_end"], talks["place_name"]) == (
        "announced",
        "2025-03-05",
        "2025-03-05",
        "Tallinn",
    )
    talks = the_one_told(DIARY, "2025-03-03", "meeting", "Foreign Minister of Finland")
    assert (talks["date_start"], talks["country_code"], talks["place_name"]) == (
        "2025-03-06",
        "FI",
        "Helsinki",
    )


def test_a_schedule_line_ending_with_venue_and_city_is_in_that_city() -> None:
    event = the_one_told(DIARY, "2025-03-03", "meeting", "Foreign Minister of Chile")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2025-03-03",
        "Copenhagen",
    )


def test_a_government_week_ahead_in_capitals_reads_its_city_lines() -> None:
    text = (
        "GOVERNMENT DIARY: THE WEEK AHEAD\n"
        "Issued Sunday 14 September 2025\n\n"
        "MONDAY 15 SEPTEMBER\n"
        "Nairobi. The President receives the Prime Minister of Ethiopia at State House.\n\n"
        "TUESDAY 16 SEPTEMBER\n"
        "Kampala. The President attends the summit of the East African Community.\n"
    )
    told = core_told(text, "2025-09-14")
    assert ("meeting", "announced", "2025-09-15", "Nairobi") in told
    assert ("conference", "announced", "2025-09-16", "Kampala") in told


def test_a_weekly_review_of_past_days_reads_its_city_lines_as_done() -> None:
    text = (
        "The Deputy Minister's week in review\n\n"
        "Monday 7 April\n"
        "Santiago. Held talks with the Foreign Minister of Chile.\n\n"
        "Tuesday 8 April - Wednesday 9 April\n"
        "Wednesday – Montevideo. Met the Foreign Minister of Uruguay.\n"
    )
    told = core_told(text, "2025-04-11")
    assert ("meeting", "occurred", "2025-04-07", "Santiago") in told
    assert ("meeting", "occurred", "2025-04-09", "Montevideo") in told


# --- near-misses -------------------------------------------------------------------------------


def test_a_line_opening_with_a_country_is_not_placed_by_it() -> None:
    text = (
        "The Minister's diary\n\n"
        "Monday 3 March\n"
        "Estonia. Talks with the Foreign Minister of Latvia.\n\n"
        "Tuesday 4 March\n"
        "Receives the Foreign Minister of Chile.\n"
    )
    talks = the_one_told(text, "2025-03-03", "meeting", "Latvia")
    assert talks["place_name"] in (None, "Estonia")


def test_a_line_ending_with_a_person_after_a_comma_is_not_placed_by_it() -> None:
    text = (
        "Daily schedule\n\n"
        "Friday 7 March\n"
        "09.30 Holds talks with the President of the Commission, Ursula Hansen.\n"
        "11.00 Receives the Foreign Minister of Norway.\n"
    )
    event = the_one_told(text, "2025-03-07", "meeting", "Ursula Hansen")
    assert (event["date_start"], event["place_name"]) == ("2025-03-07", None)


def test_a_prose_paragraph_without_a_date_heading_keeps_its_own_place() -> None:
    text = (
        "COPENHAGEN, March 3 (Wire) - Denmark's foreign minister met his Chilean counterpart "
        "on Monday.\n\n"
        "Berlin. The two ministers will meet again in Berlin in May, officials said.\n"
    )
    event = the_one_told(text, "2025-03-03", "meeting", "Chilean counterpart")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2025-03-03",
        "Copenhagen",
    )


def test_a_line_of_two_sentences_is_not_placed_by_its_last_words() -> None:
    text = (
        "The Minister's diary\n\n"
        "Monday 3 March\n"
        "Talks with the Foreign Minister of Peru. Dinner with students, Oslo.\n\n"
        "Tuesday 4 March\n"
        "Receives the Foreign Minister of Chile.\n"
    )
    event = the_one_told(text, "2025-03-03", "meeting", "Peru")
    assert (event["date_start"], event["place_name"]) == ("2025-03-03", None)


# --- a live blog told oldest entry first ---------------------------------------------------------


def test_a_live_blog_in_the_order_it_happened_dates_and_places_its_entries() -> None:
    text = (
        "LIVE: Gulf ministers meet in Muscat\n"
        "Tuesday 9 September 2025. All times local.\n\n"
        "08:50 Welcome to our coverage of the ministerial meeting.\n\n"
        "10:05 Kuwait's foreign minister has landed at the airport and was welcomed by "
        "Oman's foreign minister.\n\n"
        "12:30 The two ministers have just held talks in a side room, a diplomat says.\n\n"
        "15:45 The ministers have signed a memorandum on maritime security.\n"
    )
    told = core_told(text, "2025-09-09")
    assert ("visit", "occurred", "2025-09-09", "Muscat") in told
    talks = the_one_told(text, "2025-09-09", "meeting", "held talks in a side room")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2025-09-09",
        "Muscat",
    )
    signed = the_one_told(text, "2025-09-09", "agreement", "memorandum")
    assert (signed["status"], signed["date_start"], signed["place_name"]) == (
        "occurred",
        "2025-09-09",
        "Muscat",
    )


def test_an_as_it_happened_blog_with_dashed_stamps_is_read_as_live() -> None:
    text = (
        "Pacific leaders gather in Suva - as it happened\n"
        "Friday 14 March 2025\n\n"
        "09:10 - Leaders are arriving at the conference centre.\n\n"
        "11:40 - New Zealand's prime minister has met Fiji's prime minister on the sidelines.\n\n"
        "16:05 - That is all from us today.\n"
    )
    talks = the_one_told(text, "2025-03-14", "meeting", "has met Fiji")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2025-03-14",
        "Suva",
    )


def test_a_timed_schedule_without_a_live_title_stays_a_plan() -> None:
    text = (
        "Public Schedule for Friday, March 14, 2025\n\n"
        "09:10 The Secretary meets with the Foreign Minister of Fiji.\n\n"
        "11:40 The Secretary meets with the Prime Minister of Samoa.\n\n"
        "16:05 The Secretary departs for Honolulu.\n"
    )
    talks = the_one_told(text, "2025-03-13", "meeting", "Fiji")
    assert (talks["status"], talks["date_start"]) == ("announced", "2025-03-14")


def test_a_live_title_with_times_out_of_order_is_not_reordered_or_misread() -> None:
    text = (
        "LIVE: Leaders meet in Suva\n"
        "Friday 14 March 2025\n\n"
        "09:10 - Leaders are arriving.\n\n"
        "16:05 - New Zealand's prime minister has met Fiji's prime minister.\n\n"
        "11:40 - Samoa's prime minister arrives at the venue.\n"
    )
    talks = the_one_told(text, "2025-03-14", "meeting", "has met Fiji")
    assert talks["status"] == "occurred"
