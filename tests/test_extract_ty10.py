"""How many sides a gathering has, told by its construction: talks with one counterpart are a
meeting, a body of many states meeting is a conference, an online meeting with others is a call."""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates

_DAY = "2024-05-15"


def _kinds(text: str) -> list[str]:
    return [e["event_type"] for e in article_candidates(text, _DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "The premier is to hold a summit with her Japanese counterpart in Osaka next week.",
        "A summit with Japan's prime minister is set for June 3 in Tokyo, officials said.",
        "Kenya's president is to travel to Kampala next month for a summit with his Ugandan "
        "counterpart, diplomats said.",
        "The Thai premier flies on Friday to Hanoi, where she is due to hold her annual "
        "leaders' meeting with the Vietnamese prime minister.",
        "The next intergovernmental summit will be held in Madrid in 2025.",
    ],
)
def test_a_summit_with_one_counterpart_is_a_meeting(text: str) -> None:
    kinds = _kinds(text)
    assert "meeting" in kinds and "conference" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The Mekong Council of Ministers is scheduled to meet in Vientiane next month.",
        "The Contact Group for Libya will convene in Rome on 12 June, the envoy said.",
        "The East African Community's council of trade ministers will meet in Kigali next month.",
        "The Economic Community of West African States' council of ministers will meet in "
        "Abuja next week.",
        "Envoys from Sudan and its neighbours met in Cairo on Saturday.",
        "Egypt's president joined the two leaders in Cairo on Monday for a three-way summit.",
    ],
)
def test_a_body_of_many_states_meeting_is_a_conference(text: str) -> None:
    assert _kinds(text) == ["conference"]


def test_a_joint_commission_of_two_countries_stays_a_meeting() -> None:
    text = "The joint commission of the two countries is due to meet in Accra on June 14."
    assert _kinds(text) == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister held a virtual meeting with ASEAN foreign ministers on Monday.",
        "On April 2 the foreign minister held a video teleconference meeting with the Foreign "
        "Minister of Chile.",
        "The two leaders held a teleconference on Friday.",
    ],
)
def test_an_online_meeting_with_others_is_a_call(text: str) -> None:
    assert _kinds(text) == ["call"]


def test_a_named_online_gathering_stays_a_conference() -> None:
    text = "Leaders of the Pacific Islands Forum held a video meeting on Wednesday."
    assert _kinds(text) == ["conference"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The Under Secretary met on Tuesday in Hanoi with Vietnam's Deputy Foreign Minister. "
            "They discussed preparations for the ASEAN Regional Forum that Laos will host.",
            "The Under Secretary met",
        ),
        (
            "ACCRA, 3 May (Agency) - Ghanaian and Togolese officials began talks in Accra on "
            "Thursday on the maritime border. The two-day talks bring together surveyors and "
            "naval officers from both sides.",
            "Ghanaian and Togolese",
        ),
        (
            "In Nairobi on June 3, the Special Envoy will hold talks with the President of Kenya. "
            "The trip follows the Envoy's virtual meeting with foreign ministers of the East "
            "African Community on May 2.",
            "will hold talks",
        ),
    ],
)
def test_talks_with_one_counterpart_stay_a_meeting_beside_a_gathering_named_later(
    text: str, first: str
) -> None:
    told = [e for e in article_candidates(text, _DAY) if first in e["source_quote"]]
    assert "meeting" in [e["event_type"] for e in told]
    assert "conference" not in [e["event_type"] for e in told]


def test_talks_with_two_countries_people_are_no_one_counterpart() -> None:
    text = (
        "The chancellor will meet with senior Qatari officials and representatives of the Arab "
        "League in Doha on Sunday."
    )
    assert _kinds(text) == ["conference"]


def test_a_summit_named_by_its_group_stays_a_conference() -> None:
    text = (
        "The two presidents agreed by telephone to coordinate before next month's Group of 20 "
        "summit in Rome."
    )
    assert "conference" in _kinds(text)
    text = "After the talks, the premier will fly on to Brussels for a Canada-EU summit."
    assert "conference" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Donors will meet in Lisbon on 14 June to review pledges.",
        "A follow-up donors' meeting is now scheduled for Oslo next month, officials said.",
        "Both ministers agreed to convene the trilateral Kenya-Ethiopia-Somalia working group in "
        "Nairobi next month.",
        "Leaders of the Prosur bloc of South American states will hold a virtual summit next week.",
    ],
)
def test_donors_a_trilateral_body_and_a_group_summit_online_are_conferences(text: str) -> None:
    assert _kinds(text) == ["conference"]


@pytest.mark.parametrize(
    "text",
    [
        "Georgian and Abkhaz delegations met on Monday in Geneva under United Nations auspices.",
        "PNG and Bougainville leaders met in Cairns last August to discuss a ceasefire.",
        "A donor country delegation met the minister on Monday in Kabul.",
    ],
)
def test_two_parties_named_before_their_people_meet_as_two_sides(text: str) -> None:
    assert _kinds(text) == ["meeting"]


def test_regions_named_before_their_people_stay_many() -> None:
    assert _kinds("Nordic and Baltic ministers met in Riga on Monday.") == ["conference"]


def test_an_online_ministerial_is_a_call() -> None:
    text = (
        "The Secretary and France's foreign minister jointly hosted a virtual ministerial "
        "on Afghanistan on Wednesday."
    )
    assert _kinds(text) == ["call"]


def test_a_guest_received_stays_a_meeting_beside_a_cabinet_session() -> None:
    text = (
        "- 10:30 Received the visiting Deputy Prime Minister of Vietnam at the palace.\n"
        "- 15:00 Chaired a meeting of the Council of Ministers."
    )
    told = article_candidates(text, _DAY)
    guest = [e for e in told if "Deputy Prime Minister" in e["source_quote"]]
    assert [e["event_type"] for e in guest] == ["meeting"]
