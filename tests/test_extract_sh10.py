"""Second events of a sentence: the halves of an arrival told with its welcome.

Invented sentences in several outlet styles; each asserts the candidates' type, day, place and
status.
"""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates, core_told

PUBLISHED = "2024-05-15"  # a Wednesday


def _types_at(text: str, city: str) -> list[str]:
    found = article_candidates(text, PUBLISHED)
    return sorted(r["event_type"] for r in found if city in (r["place_name"] or ""))


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # wire: a landing and a welcome on the tarmac by an official named by office
        (
            "LUSAKA, May 14 (Wire) - Kenya's president landed in Lusaka on Tuesday and was "
            "greeted on the tarmac by Zambia's vice-president.",
            "Lusaka",
        ),
        # agency: the welcome told in a clause opened by "where"
        (
            "The foreign minister arrived at the airport in Accra on Monday night, where she was "
            "met by her Ghanaian counterpart.",
            "Accra",
        ),
        # readout: the official's title with several words before it
        (
            "The Deputy Secretary arrived in Hanoi on Monday and was welcomed at the airport by "
            "Vietnam's acting deputy foreign minister.",
            "Hanoi",
        ),
        # broadcaster: an airstrip, and the host named as such
        (
            "The prime minister flew into Port Moresby this afternoon and was received on the "
            "airstrip by his Papua New Guinean host.",
            "Port Moresby",
        ),
    ],
)
def test_arrival_with_welcome_is_a_visit_and_a_meeting(text: str, city: str) -> None:
    assert _types_at(text, city) == ["meeting", "visit"]


def test_welcome_at_the_airport_alone_implies_the_arrival() -> None:
    text = "On Tuesday the visiting king was met at Tashkent airport by Uzbekistan's president."
    assert core_told(text, PUBLISHED) == [
        ("meeting", "occurred", "2024-05-14", "Tashkent airport, Tashkent"),
        ("visit", "occurred", "2024-05-14", "Tashkent airport, Tashkent"),
    ]


def test_announced_arrival_and_welcome() -> None:
    text = "The emir will arrive in Rabat on Friday and will be received at the airport by the king"
    text += "."
    assert core_told(text, PUBLISHED) == [
        ("meeting", "announced", "2024-05-17", "Rabat"),
        ("visit", "announced", "2024-05-17", "Rabat"),
    ]


def test_arrival_at_an_unknown_airport_keeps_both_halves() -> None:
    text = (
        "The president arrived at Ngurah Rai International Airport yesterday afternoon, where "
        "he was welcomed by His Royal Highness the Crown Prince."
    )
    assert [t for t, *_ in core_told(text, PUBLISHED)] == ["meeting", "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "The president arrived in Kisumu on Monday and was welcomed by cheering crowds and "
        "traditional dancers.",
        "The minister arrived in Dakar on Monday and was met at the airport by officials of the "
        "foreign ministry.",
    ],
)
def test_welcome_by_crowds_or_staff_is_no_meeting(text: str) -> None:
    assert [t for t, *_ in core_told(text, PUBLISHED)] == ["visit"]


def test_reception_after_an_arrival_is_the_one_meeting() -> None:
    """A reception at a palace after the arrival is the talks, not a second welcome."""
    text = (
        "The chancellor arrived in Quito on Saturday morning and was received at the palace by "
        "the president of the republic. At the meeting the two discussed trade."
    )
    assert [t for t, *_ in core_told(text, "2024-05-19")] == ["meeting", "visit"]


def test_welcome_after_an_arrival_told_before_joins_that_arrival() -> None:
    text = (
        "The Indian prime minister arrived in Colombo on Monday for a two-day visit. He was "
        "received at Bandaranaike International Airport by Sri Lanka's president."
    )
    visits = [r for r in article_candidates(text, PUBLISHED) if r["event_type"] == "visit"]
    assert len(visits) == 1
    assert visits[0]["date_start"] == "2024-05-13"


def test_arrival_with_welcome_stays_apart_from_the_state_visit() -> None:
    text = (
        "The Turkish president began a three-day state visit to Azerbaijan on Monday.\n\n"
        "He arrived at Heydar Aliyev airport in Baku on Monday afternoon, where he was greeted "
        "by Azerbaijan's prime minister."
    )
    visits = [r for r in article_candidates(text, PUBLISHED) if r["event_type"] == "visit"]
    assert len(visits) == 2
    arrival = next(r for r in visits if "greeted" in r["source_quote"])
    assert arrival["date_start"] == arrival["date_end"] == "2024-05-13"
    assert "Baku" in arrival["place_name"]


# --- the talks of a trip to several places named together: a meeting at each stop -----------


def _meetings_at(text: str) -> list[str | None]:
    found = article_candidates(text, PUBLISHED)
    return sorted(r["place_name"] or "" for r in found if r["event_type"] == "meeting")


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # embassy news: a past trip with its days and its purpose
        (
            "The Assistant Secretary travelled to Mombasa and Nairobi from May 6 to 8 for talks "
            "with Kenyan county and national officials on port security.",
            ["Mombasa", "Nairobi"],
        ),
        # briefing: an announced trip, its week told between the stops and the talks
        (
            "The envoy will travel to Ashgabat and Baku later this week for consultations with "
            "Turkmen and Azerbaijani officials.",
            ["Ashgabat", "Baku"],
        ),
        # year in review: the talks told by a participle after the stops
        (
            "In February, the foreign minister travelled to Bangkok and Kuala Lumpur, holding "
            "talks in both capitals on river shipping.",
            ["Bangkok", "Kuala Lumpur"],
        ),
    ],
)
def test_talks_of_a_listed_trip_are_held_at_each_stop(text: str, cities: list[str]) -> None:
    assert _meetings_at(text) == cities
    meetings = [r for r in article_candidates(text, PUBLISHED) if r["event_type"] == "meeting"]
    visits = [r for r in article_candidates(text, PUBLISHED) if r["event_type"] == "visit"]
    assert {(r["date_start"], r["status"]) for r in meetings} == {
        (r["date_start"], r["status"]) for r in visits
    }


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # stops not named together: the talks are the last stop's
        (
            "The minister arrived in Dakar on Monday and will fly to Bamako on Wednesday for talks "
            "with the transitional authorities.",
            ["Bamako"],
        ),
        # talks with a place of their own after the stops
        (
            "The envoy will visit Accra and Lome and then hold talks in Cotonou on Friday.",
            ["Cotonou"],
        ),
    ],
)
def test_talks_not_of_every_stop_stay_one_meeting(text: str, cities: list[str]) -> None:
    assert _meetings_at(text) == cities
