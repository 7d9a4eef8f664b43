"""Chronologies: paragraphs that open with their own date ("Feb. 8 - …") date what they tell,
and their present tense is history unless the entry is below a heading of the days ahead."""

from __future__ import annotations

from conftest import article_candidates, the_one_told
from mapapp.extract.dated_entries import entry_end, is_upcoming

_YEAR_IN_REVIEW = (
    "TIMELINE: Twelve months of Baltic diplomacy\n"
    "Compiled by the foreign desk\n"
    "The main moments of the year:\n"
    "Feb. 3 - The Estonian and Finnish prime ministers meet in Tallinn and sign a memorandum "
    "on ferry links.\n"
    "April 21-22 - Latvia's president pays a state visit to Poland. On the second day, the two "
    "presidents hold talks in Krakow on air defence.\n"
    "Sept. 9 - The Lithuanian foreign minister flies to Oslo for talks with his Norwegian "
    "counterpart.\n"
    "Nov. 30 - The Estonian foreign minister telephones his Swedish counterpart about cable "
    "damage.\n"
    "Coming up:\n"
    "Jan. 14 - Riga is to host Nordic and Baltic foreign ministers for talks on energy.\n"
)


def _dates(row: dict) -> tuple[str, str, str]:
    return row["status"], str(row["date_start"])[:10], str(row["date_end"])[:10]


def test_entry_dates_are_read_back_to_the_year_under_review() -> None:
    meeting = the_one_told(_YEAR_IN_REVIEW, "2025-12-29", "meeting", "prime ministers meet")
    assert _dates(meeting) == ("occurred", "2025-02-03", "2025-02-03")
    assert meeting["place_name"] == "Tallinn"
    signed = the_one_told(_YEAR_IN_REVIEW, "2025-12-29", "agreement", "sign a memorandum")
    assert _dates(signed) == ("occurred", "2025-02-03", "2025-02-03")


def test_a_bare_present_of_motion_in_an_entry_is_history() -> None:
    visit = the_one_told(_YEAR_IN_REVIEW, "2025-12-29", "visit", "flies to Oslo")
    assert _dates(visit) == ("occurred", "2025-09-09", "2025-09-09")
    call = the_one_told(_YEAR_IN_REVIEW, "2025-12-29", "call", "telephones his Swedish")
    assert _dates(call) == ("occurred", "2025-11-30", "2025-11-30")


def test_a_later_sentence_of_an_entry_takes_its_date() -> None:
    talks = the_one_told(_YEAR_IN_REVIEW, "2025-12-29", "meeting", "hold talks in Krakow")
    assert talks["status"] == "occurred"
    assert str(talks["date_start"])[:4] == "2025"


def test_an_entry_below_coming_up_is_a_plan_read_forward() -> None:
    plan = the_one_told(_YEAR_IN_REVIEW, "2025-12-29", "conference", "is to host")
    assert _dates(plan) == ("announced", "2026-01-14", "2026-01-14")


def test_day_first_entries_with_colons_and_officials_who_sign() -> None:
    text = (
        "KEY DATES\n"
        "14 March: Kenyan and Ugandan officials sign a transit agreement in Kampala.\n"
        "2-3 June: Ministers of the three countries gather in Arusha for a regional conference "
        "on rail.\n"
        "19 October: The Tanzanian president travels to Lusaka for talks with the Zambian "
        "president.\n"
    )
    signed = the_one_told(text, "2024-11-20", "agreement", "officials sign")
    assert _dates(signed) == ("occurred", "2024-03-14", "2024-03-14")
    gathered = the_one_told(text, "2024-11-20", "conference", "gather in Arusha")
    assert _dates(gathered) == ("occurred", "2024-06-02", "2024-06-03")
    trip = the_one_told(text, "2024-11-20", "visit", "travels to Lusaka")
    assert _dates(trip) == ("occurred", "2024-10-19", "2024-10-19")


def test_entries_of_a_week_ahead_stay_plans() -> None:
    text = (
        "THE WEEK AHEAD IN DIPLOMACY\n"
        "Oct. 7 - The Japanese foreign minister flies to Manila for talks with her Philippine "
        "counterpart.\n"
        "Oct. 9 - Leaders of the Mekong countries gather in Vientiane for their annual summit.\n"
    )
    trip = the_one_told(text, "2024-10-05", "visit", "flies to Manila")
    assert _dates(trip) == ("announced", "2024-10-07", "2024-10-07")


def test_a_single_dated_paragraph_is_not_a_chronology() -> None:
    text = (
        "Oct. 7 - The Japanese foreign minister flies to Manila for talks with her Philippine "
        "counterpart, the ministry said on Saturday."
    )
    found = [r for r in article_candidates(text, "2024-10-05") if r["event_type"] == "visit"]
    assert [_dates(r) for r in found] == [("announced", "2024-10-07", "2024-10-07")]


def test_entry_openings_and_upcoming_headings() -> None:
    assert entry_end("March 30 - April 2 - The envoy tours the Gulf.") is not None
    assert entry_end("Sat., Nov. 4, 2023 | Leaders meet in Apia.") is not None
    assert entry_end("1994 – Leaders hold talks in Moscow.") is not None
    assert entry_end("On March 3 - a Monday - the ministers met.") is None
    assert entry_end("3 - Background to the talks") is None
    assert is_upcoming("LOOKING AHEAD") and is_upcoming("Still to come:")
    assert not is_upcoming("KEY DATES")


_OUTCOMES = (
    "OUTCOMES OF THE OFFICIAL VISIT\n"
    "The Prime Minister of Malaysia paid an official visit to Viet Nam on 3 and 4 June 2024.\n"
    "Instruments signed in Hanoi on 3 June\n"
    "• A Memorandum of Understanding on halal food standards;\n"
    "• An agreement on the mutual recognition of driving licences;\n"
    "• Programme of Cooperation in culture for 2024-2027.\n"
    "Next steps\n"
    "• Both sides look forward to stronger trade ties.\n"
)


def test_each_document_listed_below_a_signed_heading_is_an_agreement() -> None:
    found = [
        r for r in article_candidates(_OUTCOMES, "2024-06-05") if r["event_type"] == "agreement"
    ]
    quotes = sorted(r["source_quote"] for r in found)
    assert len(quotes) == 3, quotes
    for r in found:
        assert _dates(r) == ("occurred", "2024-06-03", "2024-06-03")
        assert r["place_name"] == "Hanoi"


def test_documents_to_be_signed_after_a_lead_line_are_announced() -> None:
    text = (
        "Media advisory\n"
        "The foreign ministers of Chile and Peru meet in Arica on Friday, 14 March 2025.\n"
        "The following documents are to be signed at the close of the talks on 14 March 2025:\n"
        "1. A treaty on the delimitation of the continental shelf.\n"
        "2. Letter of intent on a joint fisheries patrol.\n"
    )
    found = [
        r for r in article_candidates(text, "2025-03-10") if "A treaty on" in r["source_quote"]
    ]
    assert [r["event_type"] for r in found] == ["agreement"]
    assert _dates(found[0]) == ("announced", "2025-03-14", "2025-03-14")


def test_a_list_that_was_not_signed_gives_no_agreements() -> None:
    text = (
        "The ministers held talks in Nairobi on 3 May 2024.\n"
        "Topics discussed\n"
        "- A trade agreement the two sides hope to reach next year.\n"
        "- Road links across the border.\n"
    )
    found = [r for r in article_candidates(text, "2024-05-04") if r["event_type"] == "agreement"]
    assert found == []


def test_here_in_a_transcript_is_the_city_of_its_header_line() -> None:
    text = (
        "TRANSCRIPT: Joint press availability of the foreign ministers of Chile and Bolivia\n"
        "Palacio de La Moneda, Santiago, 21 August 2023\n"
        "CHILEAN MINISTER: We held two hours of talks here this morning on water resources.\n"
        "QUESTION (Radio Cooperativa): Will you meet again?\n"
        "BOLIVIAN MINISTER: We will meet in La Paz in October.\n"
    )
    talks = the_one_told(text, "2023-08-21", "meeting", "held two hours of talks")
    assert talks["place_name"] == "Santiago"
    assert _dates(talks) == ("occurred", "2023-08-21", "2023-08-21")


def test_a_header_line_without_a_city_gives_no_place() -> None:
    text = (
        "PRESS BRIEFING\n"
        "Office of the Spokesperson | Tuesday, 4 June 2024\n"
        "SPOKESPERSON: The minister held talks here with the Kenyan envoy on Monday.\n"
        "QUESTION: Any plans for a visit?\n"
    )
    talks = the_one_told(text, "2024-06-04", "meeting", "held talks here")
    assert talks["place_name"] in (None, "")
