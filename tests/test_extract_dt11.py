"""Dates of plans and references read from the text around them (round eleven, dates).

Each kind is tested on sentences invented for the test: a plan's bare weekday told after the
plans before it.
"""

from __future__ import annotations

import datetime as dt

from tests.conftest import core_candidates

TUE = dt.date(2024, 9, 10)  # a Tuesday
WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/dt11"


def core(text: str, published: dt.date = TUE) -> list[dict]:
    return core_candidates(text, published, url=URL)


def dated(text: str, kind: str, place: str, published: dt.date = TUE) -> tuple[str, str]:
    found = [
        c for c in core(text, published) if c["event_type"] == kind and c["place_name"] == place
    ]
    assert found, core(text, published)
    return found[0]["date_start"], found[0]["date_end"]


# --- a plan's bare weekday after the plans told before it ------------------------------------


def test_then_weekday_follows_the_plan_told_before() -> None:
    text = (
        "The envoy Tomas Hallberg will visit Amman and Cairo next week. "
        "In Amman on Monday, he will meet Jordan's foreign minister. "
        "He will then be in Cairo on Wednesday and Thursday for talks with Egyptian officials."
    )
    assert dated(text, "visit", "Cairo") == ("2024-09-18", "2024-09-19")


def test_then_weekday_after_a_plan_dated_next_monday() -> None:
    text = (
        "The deputy minister Ilse Brandt is due in Warsaw next Monday for talks with "
        "Polish officials. She will then fly to Vilnius for a meeting with the Lithuanian "
        "foreign minister on Wednesday."
    )
    assert dated(text, "visit", "Vilnius", WED) == ("2024-09-18", "2024-09-18")


def test_weekday_of_a_stop_inside_a_trip_to_that_country() -> None:
    text = (
        "Ghana's president will pay a three-day state visit to Nigeria from Monday next week, "
        "his office said. On Wednesday the visiting president will fly to Kano, where he will "
        "tour a refinery."
    )
    assert dated(text, "visit", "Kano", WED) == ("2024-09-18", "2024-09-18")


def test_weekday_without_then_after_a_plan_of_someone_else_stays() -> None:
    text = (
        "Border police chiefs are to confer in Korhogo next week. "
        "The minister is due to fly on Thursday to Bouaké, where he will see farmers."
    )
    assert dated(text, "visit", "Bouaké") == ("2024-09-12", "2024-09-12")


def test_weekday_after_a_plan_in_another_country_stays() -> None:
    text = (
        "The committee would reconvene in Geneva on 24 September, the envoy said. "
        "Next she flies on Monday to Muscat for talks with Omani diplomats."
    )
    assert dated(text, "visit", "Muscat") == ("2024-09-16", "2024-09-16")


def test_then_weekday_already_after_the_plan_stays() -> None:
    text = (
        "The minister will be in Lima on Wednesday for talks with Peruvian officials. "
        "He will then travel to Quito on Friday."
    )
    assert dated(text, "visit", "Quito") == ("2024-09-13", "2024-09-13")


def test_past_weekday_after_a_plan_stays() -> None:
    text = (
        "The minister will travel to Oslo next week for talks with Norwegian officials. "
        "He then flew to Helsinki on Monday for a meeting with the Finnish president."
    )
    assert dated(text, "visit", "Helsinki") == ("2024-09-09", "2024-09-09")


# --- a bare day of the month in the month told before it --------------------------------------

DEC = dt.date(2025, 12, 30)


def test_bare_day_takes_the_month_told_earlier_in_the_paragraph() -> None:
    text = (
        "JUNE. On 3 June the foreign minister received her Kenyan counterpart in Kampala. "
        "Later, Uganda and Rwanda initialled a fisheries protocol in Kigali on the 21st."
    )
    assert dated(text, "agreement", "Kigali", DEC) == ("2025-06-21", "2025-06-21")


def test_bare_day_below_a_date_heading_is_in_its_month() -> None:
    text = (
        "Diary of the coming days, posted on Sunday.\n\n"
        "THURSDAY 12 JUNE\n"
        "Andean trade ministers convene in Quito on the 12th to review tariffs.\n\n"
        "FRIDAY 13 JUNE\n"
        "Peru's president receives the Bolivian president in Lima."
    )
    found = dated(text, "conference", "Quito", dt.date(2025, 6, 8))
    assert found == ("2025-06-12", "2025-06-12")


def test_bare_day_after_a_history_in_another_paragraph_stays() -> None:
    text = (
        "Two years ago, in March 2023, the envoys met in Vienna for a round of talks.\n\n"
        "This month the envoy went further. She flew to Kabul, where on the 9th she met the "
        "acting foreign minister."
    )
    assert dated(text, "meeting", "Kabul", dt.date(2025, 11, 20)) == ("2025-11-09", "2025-11-09")


def test_bare_day_of_this_month_keeps_its_reading() -> None:
    text = (
        "The ministers met in Hanoi on 2 May. They will meet again in Vientiane on the 28th inst."
    )
    assert dated(text, "meeting", "Vientiane", dt.date(2025, 6, 5)) == ("2025-06-28", "2025-06-28")


def test_plan_on_a_bare_day_is_not_put_before_publication() -> None:
    text = (
        "The two presidents spoke by telephone on 2 June. "
        "Their foreign ministers will meet in Tbilisi on the 20th."
    )
    assert dated(text, "meeting", "Tbilisi", dt.date(2025, 7, 4)) == ("2025-07-20", "2025-07-20")
