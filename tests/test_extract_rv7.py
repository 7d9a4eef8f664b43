"""Review fixes of this round's extraction rules: two-digit years, figures inside version
numbers, a guest test that reads only the words just before a name, and the Security Council
as the subject of a meeting word only when no preposition governs it."""

from __future__ import annotations

import datetime as dt

from mapapp.extract.host_seat import host_seat
from mapapp.extract.scoring import CORE_STATUSES
from mapapp.extract.text_dates import find_dates
from tests.conftest import core_candidates

P = dt.date(2025, 1, 2)


def _days(text: str) -> list[dt.date | None]:
    return [f.span.start for f in find_dates(text, P)]


def test_two_digit_year_of_the_last_century_is_in_the_1900s() -> None:
    assert _days("The accord was signed in Lome on 12.05.98.") == [dt.date(1998, 5, 12)]
    assert _days("Talks were held on 03/11/87 in Bamako.") == [dt.date(1987, 11, 3)]


def test_two_digit_year_near_the_publication_is_in_the_2000s() -> None:
    assert _days("The envoys met on 14.03.24 in Quito.") == [dt.date(2024, 3, 14)]
    assert _days("A summit is planned for 02/02/27 in Hanoi.") == [dt.date(2027, 2, 2)]


def test_figures_after_a_letter_are_no_date() -> None:
    assert _days("Release v1.2.24 of the tool came out as the envoys met.") == []
    assert _days("Item A12.05.2024 was filed.") == []


def test_guest_is_skipped_and_the_host_named_later_is_read() -> None:
    # "visiting" qualifies the Lao president only, not the Thai host named much later
    quote = (
        "With the visiting Lao delegation gone, "
        + "the talks went on, " * 20
        + "the Thai prime minister met officials at Government House on Monday."
    )
    seat = host_seat(quote, quote.index("met "))
    assert seat is not None and seat.country_code == "TH"


URL = "https://example.org/rv7"


def _kinds(text: str) -> list[str]:
    events = core_candidates(text, dt.date(2024, 5, 15), url=URL, statuses=CORE_STATUSES)
    return sorted(e["event_type"] for e in events)


def test_a_council_named_after_a_preposition_is_no_subject_of_the_meeting() -> None:
    # others meet around the Council's session: their talks stay a meeting
    assert _kinds(
        "Ahead of the Security Council vote the French and British foreign ministers met "
        "in New York on Monday."
    ) == ["meeting"]
    assert _kinds("Before the Security Council debate the two envoys met in Geneva on Friday.") == [
        "meeting"
    ]


def test_the_council_as_subject_still_meets_as_a_conference() -> None:
    assert _kinds("The UN Security Council is meeting in New York on Tuesday on Sudan.") == [
        "conference"
    ]
