"""The second event of a sentence (round thirteen): a stay told by where a trip began, a
gathering joined abroad, and documents signed in a clause hanging on a visit or talks.

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
readout, ministry release, transcript), with near misses that must not fire:

* "arrived in X on Friday from Y, where earlier that day / on Wednesday she met …": a visit to Y
  dated by what was done there, beside the arrival and the meeting;
* "is to join allied defence ministers in Oslo next month": a conference, and the visit of the
  one who joins it; "continue to Z, where he will take part in the council's session": a
  visit to Z though the sentence tells a trip elsewhere first;
* "wrapped up a visit after signing a memorandum and a programme", "initialled a set of
  de-escalation measures": an agreement per document.
"""

from __future__ import annotations

from tests.conftest import core_told

FRI = "2024-05-17"  # a Friday


# --- a stay told by where the trip began ---------------------------------------------------


def test_stay_left_earlier_that_day_is_a_visit_there() -> None:
    text = (
        "OSLO (Wire) - Denmark's foreign minister arrived in Oslo on Thursday evening from "
        "Stockholm, where earlier that day she met Sweden's prime minister."
    )
    assert core_told(text, FRI) == [
        ("meeting", "occurred", "2024-05-16", "Stockholm"),
        ("visit", "occurred", "2024-05-16", "Oslo"),
        ("visit", "occurred", "2024-05-16", "Stockholm"),
    ]


def test_stay_dated_by_a_weekday_after_where() -> None:
    text = (
        "The Special Envoy flew to Cairo on Friday from Amman, where on Wednesday he held talks "
        "with Jordan's foreign minister on the crossings."
    )
    visits = [v for v in core_told(text, FRI) if v[0] == "visit"]
    assert visits == [
        ("visit", "occurred", "2024-05-15", "Amman"),
        ("visit", "occurred", "2024-05-17", "Cairo"),
    ]


def test_stay_dated_the_day_before_a_signing() -> None:
    text = (
        "The Minister reached Accra on 3 May from Lomé, where the day before she had signed a "
        "transit agreement with her Togolese counterpart."
    )
    assert ("visit", "occurred", "2024-05-02", "Lomé") in core_told(text, FRI)
    assert ("agreement", "occurred", "2024-05-02", "Lomé") in core_told(text, FRI)


def test_from_a_place_where_nothing_was_done_is_no_stay() -> None:
    text = (
        "The minister arrived in Oslo on Thursday from Stockholm, where on Wednesday the "
        "weather had closed the airport."
    )
    assert [v for v in core_told(text, FRI) if v[0] == "visit"] == [
        ("visit", "occurred", "2024-05-16", "Oslo")
    ]


# --- a gathering joined abroad --------------------------------------------------------------


def test_joining_allied_ministers_ahead_is_a_conference_and_a_visit() -> None:
    text = (
        "Ms Lind: The Home Secretary is to join allied interior ministers in Prague on "
        "Thursday to prepare the summit."
    )
    assert core_told(text, "2024-05-14") == [
        ("conference", "announced", "2024-05-16", "Prague"),
        ("visit", "announced", "2024-05-16", "Prague"),
    ]


def test_joining_counterparts_at_a_named_place() -> None:
    text = (
        "Tokyo, 14 May (Agency) - The prime minister is due to join his G7 counterparts in "
        "Hiroshima next week."
    )
    told = core_told(text, "2024-05-14")
    assert ("conference", "announced", "2024-05-20", "Hiroshima") in told
    assert ("visit", "announced", "2024-05-20", "Hiroshima") in told


def test_having_joined_peers_is_the_conference_only() -> None:
    text = "The chancellor joined fellow EU leaders in Brussels on Thursday for the budget talks."
    told = core_told(text, FRI)
    assert ("conference", "occurred", "2024-05-16", "Brussels") in told
    assert not [t for t in told if t[0] == "visit"]


def test_joining_one_person_or_a_cause_is_no_gathering() -> None:
    for text in (
        "The trade minister is to join the President in Geneva next week.",
        "The president joined other leaders in condemning the shelling on Monday.",
        "She joined G7 leaders by video link on Tuesday.",
    ):
        assert not [t for t in core_told(text, FRI) if t[0] == "conference"], text


def test_second_leg_to_a_session_is_a_visit_of_its_own() -> None:
    text = (
        "Next week / The Foreign Minister will travel to Oslo on Monday for talks with Norway's "
        "prime minister, and continue to Helsinki, where she will take part in the Arctic "
        "Council session from Tuesday to Thursday."
    )
    told = core_told(text, FRI)
    assert ("visit", "announced", "2024-05-20", "Oslo") in told
    assert ("visit", "announced", "2024-05-21", "Helsinki") in told
    assert ("conference", "announced", "2024-05-21", "Helsinki") in told


def test_two_attendances_in_one_sentence_are_two_visits() -> None:
    text = (
        "The president will attend the AU summit in Addis Ababa on 7 July, and the foreign "
        "minister will join allied foreign ministers in Brussels on 4 June."
    )
    visits = [t for t in core_told(text, FRI) if t[0] == "visit"]
    assert visits == [
        ("visit", "announced", "2024-06-04", "Brussels"),
        ("visit", "announced", "2024-07-07", "Addis Ababa"),
    ]


def test_trip_to_the_gathering_itself_makes_no_second_visit() -> None:
    text = "The president will fly to Brussels on Monday, where she will attend the NATO summit."
    assert [t for t in core_told(text, FRI) if t[0] == "visit"] == [
        ("visit", "announced", "2024-05-20", "Brussels")
    ]


# --- documents signed in a clause hanging on a visit or talks ----------------------------------


def test_signing_after_a_visit_is_one_agreement_per_document() -> None:
    text = (
        "Lima, 17 May (Agency) - Chile's foreign minister wrapped up a two-day visit to Lima on "
        "Friday after signing a fisheries memorandum and a youth exchange programme with her "
        "Peruvian counterpart, the ministry said."
    )
    assert core_told(text, FRI) == [
        ("agreement", "occurred", "2024-05-16", "Lima"),
        ("agreement", "occurred", "2024-05-16", "Lima"),
        ("visit", "occurred", "2024-05-16", "Lima"),
    ]


def test_initialled_set_of_measures_is_an_agreement() -> None:
    text = (
        "GUATEMALA CITY (AP) - When the round closed Wednesday, the chief negotiators "
        "initialled a package of de-escalation measures for the frontier districts."
    )
    assert ("agreement", "occurred", "2024-05-15", "Guatemala City") in core_told(text, FRI)


def test_measures_agreed_or_signing_up_is_no_agreement() -> None:
    for text in (
        "The two sides agreed a set of measures to calm the border on Tuesday in Quito.",
        "The delegates met in Quito on Tuesday after signing up for a follow-up round.",
        "A set of measures was announced in Quito on Tuesday.",
    ):
        assert not [t for t in core_told(text, FRI) if t[0] == "agreement"], text


def test_a_counted_kind_after_a_first_document_is_one_more_agreement() -> None:
    text = (
        "In Kabul on Friday the delegations put their signatures to nothing new; instead the "
        "envoys signed an accord on a joint customs post, and three memoranda of "
        "understanding on fisheries and on health research."
    )
    deals = [t for t in core_told(text, FRI) if t[0] == "agreement"]
    assert len(deals) == 2


def test_a_count_of_one_kind_alone_stays_one_agreement() -> None:
    text = "In Male on Friday the two ministers signed two agreements and three memoranda."
    assert len([t for t in core_told(text, FRI) if t[0] == "agreement"]) == 1
