"""Trips of several stops: onward legs told with "continue" or with a day between the verb and
the place (two days of one month, a range, a day in figures); a stay "in the country" told
by "last visited the country" after a trip to it; and a stop whose days the list gives, kept
beside a later, loosely dated gathering in its city.

Invented sentences in several outlet styles (wire, ministry release, readout, embassy page,
programme); near-misses that must not fire. Each asserts type, status, first day and place.
"""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates, core_told, the_one_told

PUBLISHED = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # ministry release: two days before two stops, each stop a visit of its own
        (
            "After Nairobi the foreign minister will continue on 21 and 22 May to Lusaka and "
            "Gaborone, the ministry said.",
            [
                ("visit", "announced", "2024-05-21", "Gaborone"),
                ("visit", "announced", "2024-05-21", "Lusaka"),
            ],
        ),
        # wire: an infinitive and the day after the place
        (
            "KAMPALA, May 15 (Wire) - The envoy is to continue to Kigali on Friday, aides said.",
            [("visit", "announced", "2024-05-17", "Kigali")],
        ),
        # programme in the present: the day between the verb and the place
        (
            "Programme: the delegation continues on Thursday to Windhoek.",
            [("visit", "announced", "2024-05-16", "Windhoek")],
        ),
        # readout in the past: the leg already made
        (
            "The Deputy Secretary continued on Monday to Maseru for talks with officials.",
            [
                ("meeting", "occurred", "2024-05-13", "Maseru"),
                ("visit", "occurred", "2024-05-13", "Maseru"),
            ],
        ),
        # embassy page: a day range written with the month first
        (
            "The Ambassador will then travel on May 27-28 to Mbabane.",
            [("visit", "announced", "2024-05-27", "Mbabane")],
        ),
        # agency: a day in figures between the verb and the place
        (
            "The delegation went on 09/05/2024 to Blantyre.",
            [("visit", "occurred", "2024-05-09", "Blantyre")],
        ),
    ],
)
def test_onward_leg_with_its_days(text: str, told: list) -> None:
    assert core_told(text, PUBLISHED) == told


def test_each_stop_of_the_pair_runs_over_both_days() -> None:
    text = "From Accra she will continue on 23 and 24 May to Lome and Cotonou."
    found = [r for r in article_candidates(text, PUBLISHED) if r["event_type"] == "visit"]
    assert sorted((r["place_name"], r["date_start"], r["date_end"]) for r in found) == [
        ("Cotonou", "2024-05-23", "2024-05-24"),
        ("Lomé", "2024-05-23", "2024-05-24"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The government will continue to work with Zambia on the border.",
        "The ministry said talks continued on Monday in a cordial atmosphere.",
        "Aid deliveries will continue on 21 and 22 May as planned.",
        "The ceasefire continues to hold along the border.",
    ],
)
def test_continue_without_a_place_is_no_trip(text: str) -> None:
    assert [t for t in core_told(text, PUBLISHED) if t[0] == "visit"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # digest: a trip ahead, then the last stay there
        (
            "The regional mediator will travel to Bamako next week to meet the transitional "
            "authorities. He last visited the country in February.",
            "ML",
        ),
        # readout: the trip to a country named as such
        (
            "The Special Envoy travelled to Chad on Monday. She had last visited the country "
            "in January.",
            "TD",
        ),
    ],
)
def test_last_visited_the_country_is_the_country_of_the_trip_before(text: str, code: str) -> None:
    found = the_one_told(text, PUBLISHED, "visit", "visited the country")
    assert found["status"] == "occurred"
    assert found["country_code"] == code
    assert found["date_start"][:4] == "2024"
    assert found["date_start"][5:7] in ("01", "02")


def test_the_country_s_capital_is_not_the_country() -> None:
    text = (
        "The mediator will travel to Bamako next week. He last visited the country's "
        "capital in February."
    )
    found = core_told(text, PUBLISHED)
    assert ("visit", "announced", "2024-05-20", "Bamako") in found
    assert all(t[2] != "2024-02-01" or t[0] != "visit" for t in found)


@pytest.mark.parametrize(
    ("text", "city", "first_day"),
    [
        # wire: two stops on two days, a council meeting at the second stop the week after
        (
            "The minister will travel on to Kigali and Nairobi on Friday and Saturday, an aide "
            "said. The bloc's council is to review the plan at a session in Nairobi next week.",
            "Nairobi",
            "2024-05-17",
        ),
        # ministry release: a stop with its days, a forum in that city the next month
        (
            "She will fly to Dakar and Banjul on 20 and 21 May. A regional forum on fisheries "
            "will be held in Banjul next month.",
            "Banjul",
            "2024-05-20",
        ),
    ],
)
def test_a_dated_stop_keeps_its_days_beside_a_later_gathering(
    text: str, city: str, first_day: str
) -> None:
    visits = [
        r
        for r in article_candidates(text, PUBLISHED)
        if r["event_type"] == "visit" and r["place_name"] == city
    ]
    assert [(r["status"], r["date_start"]) for r in visits] == [("announced", first_day)]


def test_a_stop_still_takes_its_own_sentence() -> None:
    text = (
        "The minister will travel on to Kigali and Nairobi on Friday and Saturday. In Nairobi "
        "on Saturday she is due to meet the president."
    )
    told = core_told(text, PUBLISHED)
    assert ("meeting", "announced", "2024-05-18", "Nairobi") in told
    assert ("visit", "announced", "2024-05-18", "Nairobi") in told
    assert ("visit", "announced", "2024-05-17", "Kigali") in told


@pytest.mark.parametrize(
    ("text", "city", "told"),
    [
        # UN press summary: a verbless leg after "and then", the trip dated by its week
        (
            "The envoy told the Council he had travelled last week to Juba for talks with the "
            "president, and then to Khartoum, where he met the foreign minister.",
            "Khartoum",
            ("visit", "occurred", "2024-05-06", "Khartoum"),
        ),
        # briefing transcript: "then" opening the next sentence
        (
            "The Secretary travelled to Amman last week, where he met the king. He then went on "
            "to Cyprus to thank the crews.",
            "Cyprus",
            ("visit", "occurred", "2024-05-06", "Cyprus"),
        ),
        # ministry release ahead: a month lends its days to the later leg
        (
            "The minister will visit Lima next month and will then fly to Quito for talks.",
            "Quito",
            ("visit", "announced", "2024-06-01", "Quito"),
        ),
    ],
)
def test_a_then_leg_takes_the_loose_days_of_its_trip(text: str, city: str, told: tuple) -> None:
    visits = [t for t in core_told(text, PUBLISHED) if t[0] == "visit" and t[3] == city]
    assert visits == [told]


def test_a_then_leg_after_a_single_day_keeps_no_day_of_its_own() -> None:
    text = "The Secretary flew to Amman on Monday. He then went on to Cyprus to thank the crews."
    cyprus = the_one_told(text, PUBLISHED, "visit", "went on to Cyprus")
    assert cyprus["country_code"] == "CY"
    assert cyprus["date_start"] is None


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # wire: the group named in the lead, "the leaders" and "their" in the next sentence
        (
            "The prime ministers of Latvia, Estonia and Finland held a video call on Monday "
            "on energy links. The leaders decided their defence ministers should meet in "
            "Tallinn next month.",
            ("conference", "announced", "2024-06-01", "Tallinn"),
        ),
        # ministry release: the group counted in the sentence itself
        (
            "The three governments said their envoys will meet again in Geneva on Friday.",
            ("conference", "announced", "2024-05-17", "Geneva"),
        ),
    ],
)
def test_their_ministers_of_a_group_of_three_meet_as_a_conference(text: str, told: tuple) -> None:
    assert told in core_told(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # two sides counted: a meeting
        (
            "The two sides decided that their trade ministers would convene in Tallinn next month.",
            ("meeting", "announced", "2024-06-01", "Tallinn"),
        ),
        # a group of two named before: a meeting
        (
            "The leaders of Chile and Peru met in Lima on Monday. They decided that their "
            "trade ministers will meet in Santiago next month.",
            ("meeting", "announced", "2024-06-01", "Santiago"),
        ),
    ],
)
def test_their_ministers_of_two_sides_still_meet(text: str, told: tuple) -> None:
    assert told in core_told(text, PUBLISHED)
