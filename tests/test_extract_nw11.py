"""Layouts of official pages: a week in review or a diary keeps its days apart (a day's place,
another day's gathering, "Next week" below them), and "left CITY in the morning for CITY" is a
trip."""

from __future__ import annotations

from conftest import article_candidates, the_one_told

_WEEK = (
    "Office of the Deputy Premier - Week in Review\n"
    "8 to 12 May 2023\n"
    "\n"
    "Monday 8 May\n"
    "The Deputy Premier left Wellington in the morning for Suva, where she held talks with the "
    "Fijian Prime Minister on ocean shipping.\n"
    "\n"
    "Wednesday 10 May\n"
    "The Deputy Premier welcomed Samoa's Foreign Minister in Auckland for the annual "
    "consultations between the two governments. The two ministers signed an arrangement on "
    "seasonal workers.\n"
    "\n"
    "Thursday 11 May\n"
    "The Trade Minister attended the meeting of the Pacific trade committee in Apia.\n"
    "\n"
    "Friday 12 May\n"
    "The Deputy Premier spoke by telephone with the Tongan Prime Minister about cyclone "
    "recovery.\n"
    "\n"
    "Next week\n"
    "The Deputy Premier will travel to Singapore for the regional shipping forum.\n"
)


def test_left_a_city_in_the_morning_for_another_is_a_trip() -> None:
    visit = the_one_told(_WEEK, "2023-05-12", "visit", "left Wellington in the morning")
    assert (visit["place_name"], str(visit["date_start"])[:10]) == ("Suva", "2023-05-08")
    talks = the_one_told(_WEEK, "2023-05-12", "meeting", "left Wellington in the morning")
    assert talks["place_name"] == "Suva"


def test_a_signing_below_a_day_heading_is_where_that_day_was_spent() -> None:
    signed = the_one_told(_WEEK, "2023-05-12", "agreement", "signed an arrangement")
    assert signed["place_name"] == "Auckland"
    assert str(signed["date_start"])[:10] == "2023-05-10"


def test_another_day_s_gathering_is_not_merged_into_the_first_day_s_talks() -> None:
    found = article_candidates(_WEEK, "2023-05-12")
    apia = [r for r in found if "Pacific trade committee" in r["source_quote"]]
    assert len(apia) == 1
    assert apia[0]["event_type"] in ("meeting", "conference")
    assert (apia[0]["place_name"], str(apia[0]["date_start"])[:10]) == ("Apia", "2023-05-11")
    suva = [r for r in found if r["place_name"] == "Suva" and r["event_type"] == "meeting"]
    assert all("Pacific trade committee" not in " ".join(r["source_quotes"]) for r in suva)


def test_next_week_below_a_diary_s_days_dates_its_plans() -> None:
    trip = the_one_told(_WEEK, "2023-05-12", "visit", "will travel to Singapore")
    assert trip["status"] == "announced"
    assert str(trip["date_start"])[:10] == "2023-05-15"
    assert str(trip["date_end"])[:10] == "2023-05-21"


def test_next_week_without_day_headings_above_dates_nothing() -> None:
    text = (
        "Notes from the Chancellery\n"
        "\n"
        "Next week\n"
        "The Chancellor will travel to Singapore for the regional shipping forum.\n"
    )
    trip = the_one_told(text, "2023-05-12", "visit", "will travel to Singapore")
    assert trip["date_start"] is None


_DIARY = (
    "OFFICE OF THE VICE-PRESIDENT\n"
    "DIARY: 13 - 15 November 2024\n"
    "\n"
    "Wednesday, 13.11.2024\n"
    "- 09:30 Chaired the weekly cabinet committee on roads.\n"
    "\n"
    "Thursday, 14.11.2024\n"
    "- 07:45 Flew to Lusaka for a one-day working visit to Zambia.\n"
    "- 11:00 Held talks with the Zambian Vice-President at Government House in Lusaka.\n"
    "- 13:30 Witnessed the signing of a memorandum on cross-border electricity trade.\n"
    "\n"
    "Friday, 15.11.2024\n"
    "- 10:00 Received the High Commissioner of Malawi.\n"
)


def test_the_next_item_of_a_day_s_list_is_where_that_day_was_spent() -> None:
    signed = the_one_told(_DIARY, "2024-11-15", "agreement", "Witnessed the signing")
    assert signed["place_name"].endswith("Lusaka") and signed["country_code"] == "ZM"
    assert str(signed["date_start"])[:10] == "2024-11-14"


def test_another_day_s_item_does_not_take_the_trip_s_place() -> None:
    received = the_one_told(_DIARY, "2024-11-15", "meeting", "High Commissioner of Malawi")
    assert received["place_name"] != "Lusaka"
