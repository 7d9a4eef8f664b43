"""Dates and places of events found but placed or dated wrong, and plans told with loose
periods ("before the end of the year", "in the coming weeks", "next year's summit … in July").

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates
from mapapp.extract.text_dates import find_dates


def candidates(text: str, published: str) -> list[dict]:
    return extract_candidates(
        text, published=dt.date.fromisoformat(published), url="https://example.org/story"
    )


def told(text: str, published: str, kind: str, words: str) -> dict:
    """The one candidate of ``kind`` whose quote holds ``words``."""
    found = [r for r in candidates(text, published) if r["event_type"] == kind]
    hits = [r for r in found if words in r["source_quote"]]
    assert len(hits) == 1, found
    return hits[0]


_LEAD = (
    "NAIROBI, April 17 (Wire) - Kenya's foreign minister met his Ugandan counterpart on Wednesday. "
)


# --- plans told with a loose period: announced, from publication to the period's end --------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "The first round of political consultations will be held in Kampala before the end "
            "of the year.",
            "2024-04-17",
            "2024-12-31",
        ),
        (
            "The ministers plan to meet again in Kampala by the end of the year.",
            "2024-04-17",
            "2024-12-31",
        ),
        (
            "The joint commission is to meet in Kampala within this year.",
            "2024-04-17",
            "2024-12-31",
        ),
        (
            "Uganda's president is expected to visit Nairobi in the coming days.",
            "2024-04-17",
            "2024-05-01",
        ),
        (
            "The ministers will meet again in Kampala at the end of the year.",
            "2024-12-01",
            "2024-12-31",
        ),
        (
            "They agreed that the commission would meet in Kampala in the first half of the year.",
            "2024-04-17",
            "2024-06-30",
        ),
        ("Kenya's president will travel to Kampala in the spring.", "2024-04-17", "2024-05-31"),
    ],
)
def test_a_plan_for_a_loose_period_runs_from_publication_to_its_end(
    sentence: str, start: str, end: str
) -> None:
    records = [
        r for r in candidates(_LEAD + sentence, "2024-04-17") if r["source_quote"] == sentence
    ]
    assert records, candidates(_LEAD + sentence, "2024-04-17")
    assert {(r["status"], r["date_start"], r["date_end"]) for r in records} == {
        ("announced", start, end)
    }


def test_a_loose_period_read_back_names_no_date() -> None:
    # "before the end of the year" of a past act is no date the rules can give
    assert find_dates("had signed it before the end of the year", dt.date(2024, 4, 17)) == []
    found = find_dates(
        "will sign it before the end of next year", dt.date(2024, 4, 17), prefer_future=True
    )
    assert [(d.span.start, d.span.end) for d in found] == [
        (dt.date(2024, 4, 17), dt.date(2025, 12, 31))
    ]


def test_a_proposal_to_hold_a_meeting_is_announced_and_ahead() -> None:
    event = told(
        _LEAD + "Kenya proposes holding a meeting of the two countries' ministers in Mombasa "
        "in the autumn.",
        "2024-04-17",
        "meeting",
        "proposes holding",
    )
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2024-09-01",
        "2024-11-30",
    )


# --- "next year's summit … in July": the month is next year's -------------------------------


@pytest.mark.parametrize(
    ("text", "words", "start"),
    [
        (
            "BANGKOK, July 24 (Wire) - The host confirmed that next year's ministerial meeting "
            "will be held in Hanoi in July.",
            "next year's",
            "2010-07-01",
        ),
        (
            "LIMA, Nov 20 (Wire) - Next year's summit of the bloc's leaders is due to take place "
            "in Santiago in March.",
            "Next year's",
            "2010-03-01",
        ),
        (
            "LIMA, Nov 20 (Wire) - Officials said next year's round of talks would open in "
            "Santiago on 4 February.",
            "next year's",
            "2010-02-04",
        ),
    ],
)
def test_next_years_event_in_a_month_is_in_that_month_next_year(
    text: str, words: str, start: str
) -> None:
    published = "2009-07-24" if text.startswith("BANGKOK") else "2009-11-20"
    records = [r for r in candidates(text, published) if words in r["source_quote"]]
    assert records
    assert {r["date_start"] for r in records} == {start}
