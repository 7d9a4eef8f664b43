"""Near-misses of this round's bare wordings: other senses of their words give no event.

Invented sentences in several outlet styles; each asserts the core candidates' type, status,
day and place (an empty list where the wording must not fire).
"""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates, core_told

PUBLISHED = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        # parliament report: a stance told after "spoke on <day>" is a speech, not a call
        "The ministers spoke on Wednesday in favour of the bill.",
        "The deputies spoke on Monday against the new fishing quotas.",
        # radio: speakers taking turns on a panel
        "The leaders spoke on Friday in turn, each for ten minutes.",
        # local paper: a museum's "interactive dialogue" with its visitors
        "The museum will hold an interactive dialogue with visitors on Saturday.",
        # a national assembly debating a bill, a commission discussing its own budget
        "The Assembly will debate the school funding bill on Tuesday.",
        "The Commission is expected to discuss the budget cuts internally.",
        # sports desk: a round of a series that is played
        "The first round of the current series was played in Doha.",
        # explainer: a text adopted in a year long past is background
        "The Universal Declaration, adopted in 1948, is a founding text.",
    ],
)
def test_near_misses_give_no_event(text: str) -> None:
    assert core_told(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readout: two sides that spoke on a day, no place or audience
        ("The two ministers last spoke on July 12.", [("call", "occurred", "2023-07-12", None)]),
        # UN summary: the body takes up a question ahead
        (
            "The Assembly will hold an interactive dialogue on water scarcity on Thursday.",
            [("conference", "announced", "2024-05-16", None)],
        ),
        # wire: a named text adopted on a day told
        (
            "The Bishkek Declaration, adopted by consensus on Tuesday, sets out a five-year plan.",
            [("agreement", "occurred", "2024-05-14", "Bishkek")],
        ),
        # a round of a series of talks, held
        (
            "The fourth round of the current series was held in Muscat last week.",
            [("meeting", "occurred", "2024-05-06", "Muscat")],
        ),
    ],
)
def test_bare_wordings_still_read(text: str, expected: list[tuple[str, ...]]) -> None:
    assert core_told(text, PUBLISHED) == expected


def test_council_members_meeting_a_host_abroad_stay_there() -> None:
    # wire: the Council's members met a president on their trip, not in a session at the seat
    text = (
        "BAMAKO, May 14 - A Security Council delegation arrived in Mali on Sunday. Council "
        "members met the transitional president on Monday during their visit."
    )
    places = {r["place_name"] for r in article_candidates(text, PUBLISHED)}
    assert places == {"Bamako"}


def test_council_session_without_a_city_is_at_its_seat() -> None:
    # UN summary: the Council meets with no city of its own, in New York
    text = "The Security Council met this morning to discuss the situation in Burundi."
    assert core_told(text, PUBLISHED) == [("conference", "occurred", PUBLISHED, "New York")]
