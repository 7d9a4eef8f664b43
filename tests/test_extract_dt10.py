"""Dates read by the clause that tells them: a plan told of an event noun inside a report, the
past told inside a plan, and a relative day told a little after its verb.

Every sentence is invented for the test, in the styles users paste (readouts, wire copy,
ministry releases, UN summaries).
"""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates


def dated(text: str, published: str, kind: str | None) -> list[tuple[str, str, str]]:
    """The (start, end, status) of the candidates of ``kind`` (of any kind for None)."""
    return [
        (str(c["date_start"]), str(c["date_end"]), c["status"])
        for c in article_candidates(text, published)
        if kind is None or c["event_type"] == kind
    ]


# --- a plan told of the noun inside a report: read forward -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "kind", "start", "end"),
    [
        (
            "They discussed the meeting of envoys that Jordan will host in Amman on the 24th.",
            "2022-05-18",
            "conference",
            "2022-05-24",
            "2022-05-24",
        ),
        (
            "The Secretary and the Minister discussed the ministerial conference that Ghana is "
            "to host in Accra on 9 March.",
            "2025-02-20",
            "conference",
            "2025-03-09",
            "2025-03-09",
        ),
        (
            "Ministers also talked about the climate summit that Brazil will host in Belem in "
            "November.",
            "2026-01-15",
            "conference",
            "2026-11-01",
            "2026-11-30",
        ),
        (
            "The two foreign ministers compared notes on the Pacific Islands Foreign Ministers' "
            "Meeting, to be convened by video conference in October.",
            "2024-01-26",
            None,
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "Council members welcomed the donors' conference that Norway is due to host in Oslo "
            "on 3 June.",
            "2025-05-28",
            "conference",
            "2025-06-03",
            "2025-06-03",
        ),
    ],
)
def test_plan_told_of_the_noun_is_read_forward(sentence, published, kind, start, end):
    found = dated(sentence, published, kind)
    assert (start, end, "announced") in found, found


def test_a_noun_told_as_done_in_a_report_stays_in_the_past():
    found = dated(
        "The two ministers recalled the summit held in Lima in November.",
        "2026-01-15",
        "conference",
    )
    assert [(s, e) for s, e, _ in found] == [("2025-11-01", "2025-11-30")]


# --- the past told inside a plan: read backward ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "kind", "start"),
    [
        (
            "The ministers agreed to resume the negotiations when they met in Brunei in July.",
            "2025-09-15",
            "meeting",
            "2025-07-01",
        ),
        (
            "The two presidents will meet again in Quito, months after they met on the sidelines "
            "of the Andean summit in Lima in August.",
            "2025-10-20",
            "conference",
            "2025-08-01",
        ),
        (
            "The envoy will return to Geneva next week, after earlier talks in Geneva in May.",
            "2025-09-10",
            "meeting",
            "2025-05-01",
        ),
    ],
)
def test_past_told_inside_a_plan_is_read_backward(sentence, published, kind, start):
    starts = [s for s, _, _ in dated(sentence, published, kind)]
    assert start in starts, starts


def test_a_plan_about_a_summit_talked_of_is_still_ahead():
    found = dated(
        "The ministers talked about preparations for a regional meeting that Kenya plans to "
        "host in Nairobi in December.",
        "2024-11-29",
        "conference",
    )
    assert [s for s, _, _ in found] == ["2024-12-01"]


# --- a relative day told a little after its verb ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "kind", "start"),
    [
        (
            "The envoy landed in Lusaka on Tuesday and met Zambia's minister of foreign affairs "
            "the next day.",
            "2025-04-11",
            "meeting",
            "2025-04-09",
        ),
        (
            "The delegation reached Hanoi on 3 May and signed a memorandum with the Vietnamese "
            "planning ministry two days later.",
            "2025-05-20",
            "agreement",
            "2025-05-05",
        ),
        (
            "The president flew into Nairobi on Monday and held lengthy talks with his Kenyan "
            "host the day after.",
            "2025-04-11",
            "meeting",
            "2025-04-08",
        ),
    ],
)
def test_relative_day_after_the_verb_counts_from_the_date_before(sentence, published, kind, start):
    starts = [s for s, _, _ in dated(sentence, published, kind)]
    assert starts == [start], starts


def test_arrival_keeps_its_own_day():
    found = dated(
        "The envoy landed in Lusaka on Tuesday and met Zambia's minister of foreign affairs "
        "the next day.",
        "2025-04-11",
        "visit",
    )
    assert [s for s, _, _ in found] == ["2025-04-08"]


# --- a weekday told by a past verb inside a plan, or a plan inside a report ------------------


@pytest.mark.parametrize(
    ("sentence", "published", "kind", "start"),
    [
        (
            "Before flying out of Apia, the premier spoke by phone on Wednesday with Australia's "
            "prime minister, who is due to visit Samoa in October.",
            "2023-08-18",
            "call",
            "2023-08-16",
        ),
        (
            "Chile's foreign minister, attending as an observer, held a working lunch with the "
            "bloc's trade ministers on Thursday to draft the final text.",
            "2024-03-09",
            "conference",
            "2024-03-07",
        ),
        (
            "They discussed the talks that Oman will host in Muscat on Friday.",
            "2024-03-13",
            "meeting",
            "2024-03-15",
        ),
        (
            "The minister held preparatory talks in Lusaka on March 2 and spoke by telephone "
            "with Malawi's foreign minister on Monday.",
            "2024-03-13",
            "call",
            "2024-03-11",
        ),
    ],
)
def test_weekday_read_by_its_own_clause(sentence, published, kind, start):
    starts = [s for s, _, _ in dated(sentence, published, kind)]
    assert starts == [start], starts


def test_a_plan_of_the_past_stays_in_the_past():
    found = dated(
        "A summit that Ghana had planned to host in Accra on Thursday was called off, and the "
        "envoy instead met the Togolese minister.",
        "2024-03-16",
        "conference",
    )
    assert all(s <= "2024-03-16" for s, _, _ in found), found


# --- date headings: a diary's numeric dates, "today" below a readout's date line -------------

DIARY = """OFFICE OF THE PRESIDENT
WEEKLY DIARY

Monday, 11.03.2024
- 09:00 Telephone conversation with the President of Kenya on regional security.

Tuesday, 12.03.2024
- 11:00 Received the Ambassador of Japan at State House.
"""

READOUTS = """Office of the Spokesperson

Minister's Call with Chilean Foreign Minister
May 20, 2024

The Minister spoke today with the Chilean Foreign Minister about trade.

Minister's Call with Peruvian Foreign Minister
May 17, 2024

The Minister held a telephone call today with the Peruvian Foreign Minister on fisheries.
"""


def test_numeric_date_headings_date_a_diary():
    assert dated(DIARY, "2024-03-13", "call") == [("2024-03-11", "2024-03-11", "occurred")]
    assert [s for s, _, _ in dated(DIARY, "2024-03-13", "meeting")] == ["2024-03-12"]


def test_today_below_a_date_line_is_that_line_s_day():
    found = sorted(s for s, _, _ in dated(READOUTS, "2024-05-20", "call"))
    assert found == ["2024-05-17", "2024-05-20"]


# --- a chronology's items told in the present run in order ----------------------------------

CHRONOLOGY = """THE YEAR IN REVIEW: Sahel diplomacy

Key dates of the year:

Jan. 14 - Sahel foreign ministers meet in Niamey and adopt a roadmap on border security.

April 3 - The Malian president pays a state visit to Senegal.

Sept. 9 - The Nigerien prime minister flies to Algiers for talks with the Algerian president.

Dec. 2 - Leaders of the three states gather in Bamako for a summit on the joint force.

Coming up:

Jan. 20 - Burkina Faso is to host the bloc's defence ministers in Ouagadougou.
"""


def test_chronology_items_fall_in_the_year_reviewed():
    found = {
        (c["event_type"], c["date_start"], c["status"])
        for c in article_candidates(CHRONOLOGY, "2024-12-27")
    }
    assert ("visit", "2024-04-03", "occurred") in found, found
    assert ("visit", "2024-09-09", "occurred") in found, found
    assert not any(s and s.startswith("2025-0") and s != "2025-01-20" for _, s, _ in found), found


def test_chronology_keeps_the_days_ahead():
    starts = [
        c["date_start"]
        for c in article_candidates(CHRONOLOGY, "2024-12-27")
        if "Ouagadougou" in c["source_quote"]
    ]
    assert starts and all(s == "2025-01-20" for s in starts), starts


def test_newest_first_list_is_left_alone():
    text = """LATEST

Dec. 2 - Leaders of the three states gather in Bamako for a summit on the joint force.

Sept. 9 - The Nigerien prime minister flies to Algiers for talks with the Algerian president.

April 3 - The Malian president pays a state visit to Senegal.

Jan. 14 - Sahel foreign ministers meet in Niamey and adopt a roadmap on border security.
"""
    plain = {c["date_start"] for c in article_candidates(text, "2024-12-27")}
    assert "2024-12-02" in plain, plain
