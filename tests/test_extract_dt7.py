"""Dates passed between sentences and from datelines, date lines and headings (invented texts)."""

from __future__ import annotations

import datetime as dt

from mapapp.extract import extract_events
from mapapp.extract.filing import filing_day

URL = "https://example.org/news"


def _spans(text: str, published: dt.date) -> list[tuple[str, str, str, str]]:
    found = extract_events(text, published=published, url=URL)
    return [
        (r.event_type, str(r.date_start)[:10], str(r.date_end)[:10], r.source_quote[:30])
        for r in found.itertuples()
    ]


def test_agency_copy_filed_the_day_before_counts_today_from_its_dateline() -> None:
    text = (
        "Muscat, 2 December (Agency) -- The Sultan received at Al Alam Palace today the Emir of "
        "Kuwait, who arrived in the Sultanate on a two-day state visit. The Emir will leave the "
        "Sultanate tomorrow, heading to Doha."
    )
    found = extract_events(text, published=dt.date(2025, 12, 3), url=URL)
    meeting = found[found.event_type == "meeting"].iloc[0]
    assert str(meeting.date_start)[:10] == "2025-12-02"
    assert str(meeting.source_published)[:10] == "2025-12-03"  # the page's date is kept
    doha = found[found.place_name == "Doha"].iloc[0]
    assert (str(doha.date_start)[:10], doha.status) == ("2025-12-03", "announced")


def test_readout_date_line_above_the_text_dates_its_today() -> None:
    text = (
        "Readout of the Secretary's Meeting with the Foreign Minister of Chile\n"
        "Office of the Spokesperson\n"
        "May 3, 2024\n"
        "The Secretary met today with Chilean Foreign Minister Ana Soto in Washington."
    )
    spans = [s[:3] for s in _spans(text, dt.date(2024, 5, 4))]
    assert ("meeting", "2024-05-03", "2024-05-03") in spans


def test_wire_dateline_a_day_early_dates_yesterday_and_this_morning() -> None:
    text = (
        "KINSHASA, Congo, June 11 (Agency) - Angola's foreign minister arrived in Kinshasa "
        "yesterday evening. He held talks with President Felix Tshisekedi this morning."
    )
    spans = [s[:3] for s in _spans(text, dt.date(2024, 6, 12))]
    assert ("visit", "2024-06-10", "2024-06-10") in spans
    assert ("meeting", "2024-06-11", "2024-06-11") in spans


def test_filing_day_only_from_a_date_line_a_few_days_early() -> None:
    day = dt.date(2023, 10, 19)
    # a timeline's entry is a sentence, not the report's date line
    assert filing_day("Timeline\nOct 18, 2023 - The envoy holds talks in Pristina.", day) == day
    assert filing_day("PARIS — The ministers met today.", day) == day
    assert filing_day("Published 14:32, 18 October 2023\nThe ministers met today.", day) == (
        dt.date(2023, 10, 18)
    )
    # a week-old dateline is not the day the page counts from
    assert filing_day("HANOI, Oct. 9 (Agency) -- Talks opened today.", day) == day


def test_timeline_entries_in_the_present_are_dated_history() -> None:
    text = (
        "Key dates in the talks\n"
        "14 September 2021 - The two foreign ministers meet in Tashkent.\n"
        "May 2019: Leaders of Peru and Ecuador hold talks in Tumbes.\n"
        "March 2031 - The presidents meet again in Lima."
    )
    found = extract_events(text, published=dt.date(2023, 10, 19), url=URL)
    got = {
        (r.place_name, r.status, str(r.date_start)[:10], str(r.date_end)[:10])
        for r in found.itertuples()
    }
    assert ("Tashkent", "occurred", "2021-09-14", "2021-09-14") in got
    assert ("Tumbes", "occurred", "2019-05-01", "2019-05-31") in got
    assert ("Lima", "announced", "2031-03-01", "2031-03-31") in got


def test_habitual_present_without_a_dated_head_stays_no_event() -> None:
    text = "The two foreign ministers meet in Tashkent. Leaders hold talks in Lima every year."
    found = extract_events(text, published=dt.date(2023, 10, 19), url=URL)
    assert found.empty


def test_undated_plans_after_a_trip_ahead_fall_within_its_days() -> None:
    text = (
        "HANOI, Sept. 7 (Agency) - Chile's president will pay a four-day state visit to Vietnam "
        "starting Monday. He will hold talks with Prime Minister Pham Minh Chinh and open a "
        "business forum. The two sides are expected to sign a trade pact."
    )
    spans = [s[:3] for s in _spans(text, dt.date(2024, 9, 7))]
    assert ("visit", "2024-09-09", "2024-09-12") in spans
    assert ("meeting", "2024-09-09", "2024-09-12") in spans
    assert ("agreement", "2024-09-09", "2024-09-12") in spans


def test_bare_weekday_headings_over_past_deeds_are_the_last_such_days() -> None:
    text = (
        "The week in diplomacy\n"
        "Monday\n"
        "The Ghanaian president received his Togolese counterpart at Jubilee House in Accra.\n"
        "Wednesday\n"
        "Foreign ministers of Peru and Bolivia signed a memorandum on lithium in La Paz.\n"
    )
    spans = [s[:3] for s in _spans(text, dt.date(2025, 6, 29))]  # a Sunday
    assert ("meeting", "2025-06-23", "2025-06-23") in spans
    assert ("agreement", "2025-06-25", "2025-06-25") in spans


def test_a_signing_after_an_aside_told_back_returns_to_the_story() -> None:
    text = (
        "ANKARA, May 14 (Agency) - Turkey's foreign minister held talks today with his Iraqi "
        "counterpart at the ministry. A day earlier, the Iraqi minister met the speaker of "
        "parliament. The two ministers signed a memorandum on water management."
    )
    spans = [s[:3] for s in _spans(text, dt.date(2024, 5, 14))]
    assert ("agreement", "2024-05-14", "2024-05-14") in spans
    assert ("meeting", "2024-05-13", "2024-05-13") in spans


def test_a_when_clause_keeps_the_time_of_the_clause_it_hangs_on() -> None:
    text = (
        "NAIROBI, March 6 (Agency) - Brazil's president will begin a state visit to Kenya on "
        "Monday. He will hold talks with President William Ruto on Tuesday. He last came to "
        "Africa in 2023, when he attended the BRICS summit in Johannesburg."
    )
    found = extract_events(text, published=dt.date(2025, 3, 6), url=URL)
    got = {(r.event_type, r.status, str(r.date_start)[:10]) for r in found.itertuples()}
    assert ("meeting", "announced", "2025-03-11") in got  # not merged into the 2023 summit
    assert ("conference", "occurred", "2023-01-01") in got
