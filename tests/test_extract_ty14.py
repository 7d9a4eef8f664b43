"""Event types by the number of sides: the people of a set of countries named by a plural ("the
foreign ministers of the Gulf states met"), and a many-state body whose verb comes after an aside
or a schedule word ("The Contact Committee, set up in 2019, will meet"), meet as many parties (a
conference); pairs and two-country bodies told the same way stay meetings. Each test asserts
type, status, first day and place.

All sentences are invented for the test, in several outlet styles.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

TUE = "2025-03-11"  # a Tuesday


def gatherings(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, status, first day, place) of the meetings and conferences told in ``text``."""
    return [e for e in core_told(text, TUE) if e[0] in ("meeting", "conference")]


# --- the people of a set of countries named by a plural -------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "RABAT, March 11 (Wire) - The foreign ministers of the Arab Maghreb countries met "
            "in Rabat on Sunday to discuss migration, a diplomat said.",
            ("conference", "occurred", "2025-03-09", "Rabat"),
        ),
        (
            "Q: Was the matter raised with the neighbours? A: The interior ministers of the "
            "neighbouring states met in Tashkent on 4 March, and our view was made clear.",
            ("conference", "occurred", "2025-03-04", "Tashkent"),
        ),
        (
            "Ministry release. Defence ministers from the member nations are due to meet in "
            "Vilnius on 14 April to review the exercise calendar.",
            ("conference", "announced", "2025-04-14", "Vilnius"),
        ),
        (
            "In a statement, the presidency said that leaders of the Central Asian states "
            "will gather in Astana on 20 May to discuss water sharing.",
            ("conference", "announced", "2025-05-20", "Astana"),
        ),
    ],
)
def test_the_people_of_countries_named_by_a_plural_meet_as_a_conference(text, told) -> None:
    assert told in gatherings(text)
    assert not [e for e in gatherings(text) if e[0] == "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "RABAT, March 11 (Wire) - The foreign ministers of the two neighbouring countries met in "
        "Rabat on Sunday to discuss migration, a diplomat said.",
        "Ministry release. The trade ministers of both countries are due to meet in Vilnius on "
        "14 April to review the customs accord.",
    ],
)
def test_the_people_of_two_countries_meet_as_a_meeting(text) -> None:
    found = gatherings(text)
    assert len(found) == 1, found
    assert found[0][0] == "meeting"
    assert found[0][3] in ("Rabat", "Vilnius")


# --- a many-state body told with an aside or a schedule word before its verb ----------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "NEW YORK, March 11 - The International Contact Committee on Sudan, created under "
            "the Jeddah track, would meet at the level of envoys in Cairo in April, the envoy "
            "told the Council.",
            ("conference", "announced", "2025-04-01", "Cairo"),
        ),
        (
            "Press release - The Permanent Council, the Organization's regular decision-making "
            "body, will meet in Vienna on 3 April.",
            ("conference", "announced", "2025-04-03", "Vienna"),
        ),
        (
            "COMING UP: The Amazon Cooperation working group is expected to meet in Madrid on "
            "22 April to agree the agenda.",
            ("conference", "announced", "2025-04-22", "Madrid"),
        ),
    ],
)
def test_a_many_state_body_told_with_an_aside_meets_as_a_conference(text, told) -> None:
    assert told in gatherings(text)
    assert not [e for e in gatherings(text) if e[0] == "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, March 11 - The Joint Commission, co-chaired by the two foreign ministers, will "
        "meet in Accra in May, officials said.",
        "The Ghana-Togo Permanent Commission is expected to meet in Accra in May, the ministry "
        "said.",
    ],
)
def test_a_two_country_body_told_with_an_aside_stays_a_meeting(text) -> None:
    found = gatherings(text)
    assert found == [("meeting", "announced", "2025-05-01", "Accra")], found
