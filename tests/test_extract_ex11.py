"""Speculation told after the event word: 'a summit could be held', 'a visit could follow'.

Sentences are invented for the test. The event word as the subject of "could (may, might)
follow / be held / be considered", a modal before "host … talks", and a visit "not on the
agenda" give no candidate; the event beside them and events of other clauses still do.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/ex11"


def core(text: str) -> list[dict]:
    return core_candidates(text, WED, url=URL)


@pytest.mark.parametrize(
    "sentence",
    [
        "An adviser to the cabinet said a summit of the two leaders could be held in 2025.",
        "Aides said a visit by the Peruvian president to Quito could follow within weeks.",
        "A visit to Kisumu may be considered once the roads reopen, the envoy replied.",
        "Observers said a regional conference on fisheries might take place in Suva next year.",
        "Some diplomats believe Valletta could host fresh talks on the dispute.",
        "Officials in Rabat said a visit to Nouakchott was not on the agenda.",
    ],
)
def test_speculated_event_gives_no_candidate(sentence: str) -> None:
    assert core(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the modal belongs to a second clause, not to the event word
        (
            "The ministers met in Lisbon on Monday, and officials said progress could follow.",
            "meeting",
        ),
        ("The president visited Quito on Tuesday, which may be considered a first step.", "visit"),
        ("The two leaders held talks in Accra on Monday; a statement may follow.", "meeting"),
    ],
)
def test_event_beside_a_modal_stays(sentence: str, kind: str) -> None:
    found = core(sentence)
    assert [c["event_type"] for c in found] == [kind], found
    assert found[0]["status"] == "occurred"


def test_announced_visit_before_a_speculated_summit_stays() -> None:
    text = (
        "The foreign minister will visit Lima on Thursday. "
        "A summit of the two presidents could be held later in the year, an aide said."
    )
    found = core(text)
    assert [(c["event_type"], c["status"]) for c in found] == [("visit", "announced")], found
