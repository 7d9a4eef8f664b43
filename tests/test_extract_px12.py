"""Extras that match no event: a write-through's earlier version kept at the foot of a wire
story and a correction notice that retells what a page first said. Invented sentences, not
taken from the development articles."""

from __future__ import annotations

import datetime as dt

from mapapp.extract.superseded import superseded
from tests.conftest import core_candidates

PUBLISHED = dt.date(2021, 6, 10)  # a Thursday

_UPDATED = (
    "UPDATE 1-Kenya, Tanzania sign fisheries pact\n\n"
    "NAIROBI, June 10 (Lakeside Wire) - Kenya and Tanzania signed a fisheries pact in Nairobi on "
    "Thursday after talks between their foreign ministers.\n\n"
)


def _events(text: str) -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["date_start"], e["place_name"])
        for e in core_candidates(text, PUBLISHED)
    ]


def test_an_earlier_version_at_the_foot_of_a_write_through_adds_no_event():
    text = _UPDATED + (
        "Earlier version: NAIROBI, June 10 (Lakeside Wire) - Kenyan and Tanzanian ministers "
        "opened talks in Nairobi on Thursday, with a fisheries pact expected to be signed later.\n"
    )
    assert _events(text) == _events(_UPDATED)
    assert ("agreement", "occurred", "2021-06-10", "Nairobi") in _events(text)


def test_an_earlier_version_in_brackets_with_its_time_adds_no_event():
    text = _UPDATED + (
        "(Earlier version, 0730 GMT: The Tanzanian foreign minister was due to fly to Nairobi "
        "on Thursday for talks on a fisheries pact.)\n"
    )
    assert _events(text) == _events(_UPDATED)


def test_a_correction_that_retells_the_first_text_adds_no_event():
    text = _UPDATED + (
        "Correction (10.06.2021): An earlier version of this article said the ministers would "
        "meet again in Mombasa in July. They will meet in Arusha.\n"
    )
    places = {e[3] for e in _events(text)}
    assert "Mombasa" not in places
    assert _events(text) == _events(_UPDATED)


def test_an_earlier_text_or_a_correction_told_as_news_is_still_read():
    # an earlier version of a treaty, an earlier visit and a correction of the record are news
    for line in (
        "An earlier version of the treaty was signed in Dodoma on Tuesday.",
        "Earlier, the minister met his Ugandan counterpart in Kampala on Tuesday.",
        "Correction of the border line: the two ministers met in Arusha on Tuesday to settle it.",
        "Previous talks: the two ministers met in Arusha on Tuesday.",
    ):
        assert not superseded(line), line
        assert _events(line), line


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["status"]) for e in core_candidates(text, PUBLISHED)]


def test_finalising_texts_or_a_meetings_purpose_is_no_agreement():
    for text in (
        "The two trade ministers met in Lusaka on Tuesday to finalise the texts.",
        "Senior officials will gather in Maputo next week to finalise the text of the charter.",
        "A committee of experts, which finalised the documents on Monday, met in Harare.",
        "The energy ministers will meet in Luanda next month to finalise a power supply deal.",
    ):
        kinds = _kinds(text)
        assert kinds, text
        assert all(kind != "agreement" for kind, _ in kinds), text


def test_a_deal_to_be_finalised_or_finalised_is_still_an_agreement():
    assert ("agreement", "announced") in _kinds(
        "The two governments are expected to finalise the fisheries accord on Friday."
    )
    assert ("agreement", "announced") in _kinds(
        "Both sides plan to finalise the border treaty in Windhoek next month."
    )
    assert ("agreement", "occurred") in _kinds(
        "The ministers finalised a free trade agreement in Gaborone on Tuesday."
    )


def test_an_event_named_only_as_what_a_meeting_or_call_prepares_is_no_event_of_its_own():
    for text in (
        "The two foreign ministers had met in Lusaka on 3 June to prepare the visit.",
        "The minister spoke by telephone with his Zambian counterpart on Monday about the talks.",
        "On the eve of the visit, on Monday, the president spoke by phone with the king.",
        "The envoys met in Maseru on Tuesday, paving the way for the talks.",
    ):
        # one event: the meeting or the call, not a second one for "the visit" or "the talks"
        assert len(_kinds(text)) == 1, (text, _kinds(text))


def test_a_prepared_event_with_details_of_its_own_is_still_read():
    assert ("visit", "announced") in _kinds(
        "Officials met in Lusaka on Monday to prepare the visit to Harare next week."
    )
    assert ("meeting", "occurred") in _kinds(
        "The minister spoke on Wednesday about the talks in Gaborone on Tuesday."
    )


def test_a_meal_with_business_people_is_no_diplomatic_meeting():
    for text in (
        "On Tuesday evening the guest dined with business leaders at a hotel in Lusaka.",
        "The minister had breakfast with Zambian investors in Lusaka on Tuesday.",
        "The ambassador hosted a dinner for local business leaders in Lusaka on Tuesday.",
    ):
        assert [k for k, _ in _kinds(text) if k == "meeting"] == [], text


def test_a_meal_with_a_head_of_state_or_minister_is_still_a_meeting():
    for text in (
        "The president dined with the king of Eswatini in Mbabane on Tuesday.",
        "The minister had lunch with the governor and business leaders in Ndola on Tuesday.",
    ):
        assert ("meeting", "occurred") in _kinds(text), text


def test_a_condition_a_mooted_summit_or_a_modal_verbs_object_is_no_event():
    for text in (
        "If a border treaty were signed, donors could recommend opening talks on a new loan.",
        "A summit of the two presidents is talked about in Maputo, but nothing is fixed.",
        "A visit by the queen to Windhoek has been mooted for the spring.",
    ):
        assert _kinds(text) == [], (text, _kinds(text))


def test_a_signing_or_a_meeting_told_as_fact_beside_a_modal_is_still_read():
    assert ("agreement", "occurred") in _kinds(
        "The border treaty was signed in Maputo on Tuesday, which may lead to more trade."
    )
    assert ("meeting", "occurred") in _kinds(
        "The two presidents met in Maputo on Tuesday; donors said aid could follow."
    )
