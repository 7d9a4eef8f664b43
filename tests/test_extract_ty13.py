"""Event types by the number and kind of sides: a later round of talks told as "a follow-up
round", talks a host holds "between" two groups of people, and a council of many states that
takes up a matter at its session (or holds a "high-level" one). Near misses that keep their
type are tested beside each wording.

All sentences are invented for the test, in several outlet styles.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

TUE = "2025-03-11"  # a Tuesday


def gatherings(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, status, first day, place) of the meetings and conferences told in ``text``."""
    return [e for e in core_told(text, TUE) if e[0] in ("meeting", "conference")]


# --- a follow-up round takes the sides of the talks it follows ------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "GENEVA, March 11 (Wire) - Envoys of Sudan and South Sudan held talks in Geneva on "
            "Monday. A follow-up round is planned in Addis Ababa next month, a mediator said.",
            "meeting",
        ),
        (
            "Press release. The delegations of Serbia and Kosovo met in Brussels on Monday "
            "under EU auspices. A follow-on round will take place in Brussels on 2 April.",
            "meeting",
        ),
        (
            "Foreign ministers of Chad, Niger, Mali and Libya met in Niamey on Monday. A "
            "follow-up round is planned in Bamako next month, officials said.",
            "conference",
        ),
    ],
)
def test_a_follow_up_round_is_the_next_session_of_the_talks_it_follows(text, kind) -> None:
    found = gatherings(text)
    assert len(found) == 2, found
    assert {e[0] for e in found} == {kind}
    later = [e for e in found if e[1] == "announced"]
    assert len(later) == 1, found
    assert later[0][2] >= "2025-04-01"
    assert later[0][3] in ("Addis Ababa", "Brussels", "Bamako")


def test_a_follow_up_round_of_voting_or_of_strikes_is_no_meeting() -> None:
    text = "Fighting resumed near the border on Monday. A fresh round of strikes hit Kharkiv."
    assert gatherings(text) == []


# --- a host's talks between two groups of people -----------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "status", "place"),
    [
        (
            "Looking ahead: Iceland is to host a round of talks in Reykjavik from 24 March between "
            "Western diplomats and a rebel delegation, its ministry says.",
            "2025-03-24",
            "announced",
            "Reykjavík",
        ),
        (
            "GENEVA (Agency) - Switzerland hosted talks in Geneva on Monday between EU "
            "diplomats and Iranian negotiators, the Swiss foreign ministry said.",
            "2025-03-10",
            "occurred",
            "Geneva",
        ),
        (
            "SPOKESPERSON: Qatar will host talks next week in Doha between Arab envoys and the "
            "Sudanese army delegation.",
            "2025-03-17",
            "announced",
            "Doha",
        ),
    ],
)
def test_talks_between_two_groups_are_a_meeting_of_two_sides(text, day, status, place) -> None:
    assert gatherings(text) == [("meeting", status, day, place)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Western envoys, Pakistani officials and a rebel delegation opened in "
        "Doha on Monday.",
        "Arab foreign ministers met in Cairo on Monday, between sessions of the League.",
    ],
)
def test_three_groups_or_a_region_meeting_alone_stay_a_conference(text) -> None:
    found = gatherings(text)
    assert [e[0] for e in found] == ["conference"], found


# --- a council of many states at its own session ----------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "ADDIS ABABA, March 11 (Wire) - The border quarrel is on the agenda: the AU Peace and "
            "Security Council is set to take it up at a session in Addis Ababa on the 27th.",
            "2025-03-27",
            "Addis Ababa",
        ),
        (
            "Diplomats said the African Union's Peace and Security Council would examine the "
            "troop mandate at an emergency meeting in Addis Ababa on Friday.",
            "2025-03-14",
            "Addis Ababa",
        ),
        (
            "Ministry release: The OAS Permanent Council will discuss the electoral crisis at a "
            "special meeting in Washington on Friday.",
            "2025-03-14",
            "Washington",
        ),
        (
            "UNITED NATIONS, March 11 (Wire) - The Security Council will hold a ministerial-level "
            "meeting on maritime security on Thursday, chaired by Denmark.",
            "2025-03-13",
            "New York",
        ),
    ],
)
def test_a_council_taking_up_a_matter_at_its_session_is_a_conference(text, day, place) -> None:
    assert gatherings(text) == [("conference", "announced", day, place)]


@pytest.mark.parametrize(
    "text",
    [
        # no council of many states: a city's, or a body of two sides
        "The city council will review the plan at a meeting in Mombasa on Friday.",
        "The EU-China Joint Committee will review progress at its meeting in Brussels on Friday.",
    ],
)
def test_a_council_of_one_city_or_two_sides_is_no_conference(text) -> None:
    assert all(e[0] != "conference" for e in gatherings(text)), gatherings(text)


# --- a trip for further talks: with the hosts, unless back where the series met -----------


def test_a_trip_for_further_talks_to_the_hosts_capital_is_a_visit_and_a_meeting() -> None:
    text = (
        "TUNIS, March 11 (Agency) - Maghreb Union foreign ministers opened their yearly session "
        "in Tunis on Monday. Mauritania's foreign minister flies to Bamako on Thursday for "
        "further talks, his spokesman said."
    )
    found = core_told(text, TUE)
    assert ("visit", "announced", "2025-03-13", "Bamako") in found
    assert ("meeting", "announced", "2025-03-13", "Bamako") in found
    assert ("conference", "announced", "2025-03-13", "Bamako") not in found


def test_a_trip_back_to_where_a_gathering_of_many_met_keeps_its_kind() -> None:
    text = (
        "Envoys of Chad, Niger, Mali and Libya met in Niamey on Monday under a regional "
        "mediation. The Chadian envoy will fly back to Niamey next week for further talks."
    )
    later = [e for e in gatherings(text) if e[1] == "announced"]
    assert [e[0] for e in later] == ["conference"], later


# --- groups of states named as blocs -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "A Tajik spokesman says ministers of the six-plus-two group will gather in Dushanbe "
            "on 2 April.",
            "2025-04-02",
            "Dushanbe",
        ),
        (
            "The Polish minister said the Lublin Triangle ministers would confer in Vilnius "
            "on Friday.",
            "2025-03-14",
            "Vilnius",
        ),
    ],
)
def test_a_group_named_by_its_bloc_or_count_meets_as_a_conference(text, day, place) -> None:
    assert ("conference", "announced", day, place) in gatherings(text)
    assert all(e[0] != "meeting" for e in gatherings(text)), gatherings(text)
