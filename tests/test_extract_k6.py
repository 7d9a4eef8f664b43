"""Event kinds decided by the number and kind of parties, with invented sentences: a gathering
whose subject counts or names many states is a conference, a summit held online by many is one
too, and a session of two countries stays a meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(text: str) -> list[dict]:
    return extract_candidates(text, published=PUBLISHED, url="https://example.org/news")


def _kinds(text: str) -> list[str]:
    return [e["event_type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the five Central Asian republics will meet in Astana next week.",
        "The defence ministers of the six Andean and Caribbean states gathered in Lima on Tuesday.",
        "Trade ministers of the four Visegrad and Baltic countries are due to meet in Prague on "
        "20 March.",
        "Representatives of the countries bordering Afghanistan met in Tehran on Sunday.",
        "Kazakhstan has proposed a meeting of the riparian states in Atyrau in the spring.",
    ],
)
def test_a_subject_counting_many_states_meets_in_conference(text: str) -> None:
    assert _kinds(text) == ["conference"]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the envoy chaired a meeting of the Quartet with two ministers in Cairo.",
        "The minister will attend a session of the Organization of American States' Permanent "
        "Council in Washington next week.",
        "Norway will host Barents Euro-Arctic Council senior officials in Kirkenes in June.",
        "Ministers left for Brussels, where NATO defence ministers meet on Thursday.",
    ],
)
def test_a_many_state_bodys_meeting_is_a_conference(text: str) -> None:
    assert "conference" in _kinds(text)
    assert "meeting" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "SADC heads of state held a virtual summit on Monday.",
        "Mercosur presidents will hold an online summit on 20 March.",
        "Leaders of the Pacific Islands Forum held a video meeting on Wednesday.",
    ],
)
def test_a_summit_of_many_held_online_is_a_conference_without_a_place(text: str) -> None:
    events = _events(text)
    assert [e["event_type"] for e in events] == ["conference"]
    assert events[0]["place_name"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The president held a video call with the prime ministers of Latvia and Estonia on Monday.",
        "G7 leaders will hold a video conference on Monday.",
    ],
)
def test_a_video_call_or_conference_stays_a_call(text: str) -> None:
    assert _kinds(text) == ["call"]


def test_three_members_of_one_countrys_presidency_are_one_side() -> None:
    text = "The minister met the three members of Bosnia's Presidency in Sarajevo on Wednesday."
    assert _kinds(text) == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The president met the Tajik leader at a regional summit in Astana on Friday.",
        "Kenya's president sat down with his Ugandan counterpart on the sidelines of the AU "
        "summit in Addis Ababa on Sunday.",
        "She will meet Japan's prime minister during the G20 summit in Rio next week.",
        "The African Union Commission chairperson met Chad's president on the margins of the "
        "summit on Monday.",
    ],
)
def test_a_bilateral_at_a_summit_is_a_meeting_beside_the_summit(text: str) -> None:
    assert sorted(_kinds(text)) == ["conference", "meeting"]


def test_a_summit_attended_and_a_bilateral_there_are_both_told() -> None:
    text = (
        "The prime minister flew to Rio on Sunday to attend the G20 summit, where she will meet "
        "Japan's prime minister."
    )
    assert sorted(_kinds(text)) == ["conference", "meeting", "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met at the summit in Rio on Monday.",
    ],
)
def test_a_summit_with_no_bilateral_of_its_own_stays_a_conference(text: str) -> None:
    assert _kinds(text) == ["conference"]


def test_three_sides_on_the_sidelines_of_a_summit_and_the_summit_are_two_conferences() -> None:
    # the annotation conventions: the summit named as the setting is a conference of its own
    text = "The three leaders last met on the sidelines of the G7 summit in Hiroshima in May."
    assert _kinds(text) == ["conference", "conference"]


def test_an_officers_title_names_no_gathering() -> None:
    text = "The minister met the president of the World Economic Forum in Geneva on Monday."
    assert _kinds(text) == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Chile, Peru and Ecuador held a trilateral meeting in Quito on "
        "Monday.",
        "A tripartite meeting of Kenya, Uganda and the UN refugee agency will be held in Geneva "
        "next month.",
        "Officials agreed to hold the next trilateral ministers' meeting in Hanoi later this year.",
    ],
)
def test_a_trilateral_or_tripartite_meeting_is_a_conference(text: str) -> None:
    # the annotation conventions: a "trilateral" meeting of three countries is a conference
    assert _kinds(text) == ["conference"]


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers will also take part in the regular session of the GCC Ministerial "
        "Council, which opens in Riyadh on Tuesday.",
        "Both foreign ministers attended a session of the OSCE Permanent Council in Vienna on "
        "Thursday.",
        "The two envoys will join the meeting of the Arab League Council in Cairo next week.",
    ],
)
def test_a_blocs_own_session_is_a_conference_whoever_attends(text: str) -> None:
    assert "conference" in _kinds(text)
    assert "meeting" not in _kinds(text)


def test_a_bilateral_told_with_the_summit_it_was_held_at_is_both() -> None:
    text = (
        "The two prime ministers last met in Apia in May, when Fiji's prime minister attended a "
        "meeting of the Pacific Islands Forum's leaders."
    )
    events = _events(text)
    assert sorted(e["event_type"] for e in events) == ["conference", "meeting"]
    assert {e["place_name"] for e in events} == {"Apia"}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar hosted five days of talks among Lebanon's rival leaders in Doha in May.",
        "Negotiations among the Sudanese factions resumed in Jeddah on Monday.",
        "Consultations among the coastal states were held in Lima on Tuesday.",
    ],
)
def test_talks_among_many_are_a_conference(text: str) -> None:
    assert _kinds(text) == ["conference"]


def test_an_expanded_meeting_of_two_delegations_stays_two_sided() -> None:
    text = (
        "The two presidents held talks in Tashkent on Wednesday, followed by an expanded meeting "
        "with the participation of ministers."
    )
    assert "conference" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Council will next hold its quarterly debate on Haiti in September.", "announced"),
        ("The Foreign Affairs Council has begun in Brussels.", "occurred"),
        ("The Nordic Council will next hold its annual session in Oslo in October.", "announced"),
    ],
)
def test_a_councils_own_session_is_a_conference(text: str, status: str) -> None:
    events = [e for e in _events(text) if e["event_type"] == "conference"]
    assert [e["status"] for e in events] == [status]


def test_a_countrys_own_council_is_no_gathering_of_states() -> None:
    assert _kinds("The National Security Council has begun in Washington.") == []


@pytest.mark.parametrize(
    "text",
    [
        "RABAT, March 10 (Wire) - Morocco's foreign minister met Mauritania's president in "
        "Nouakchott on Sunday.\n\nThe foreign ministers of the five Arab Maghreb Union countries "
        "are due to meet in Rabat on April 18.\n\nThe ministers last met in Tripoli in 2010.",
        "LIMA, March 10 (Wire) - Peru's president received Chile's president in Lima on Monday."
        "\n\nLeaders of the eight Amazon countries will gather in Belem in August.\n\n"
        "The leaders last met in Leticia in 2023.",
        "DOHA, March 10 (Wire) - Qatar's foreign minister met Oman's foreign minister in Doha "
        "on Monday.\n\n"
        "Defence ministers of the six Gulf states will gather in Kuwait in May.\n\n"
        "The ministers are due to meet again in Manama in the autumn.",
    ],
)
def test_a_bare_group_meets_as_the_group_told_just_before(text: str) -> None:
    assert _kinds(text) == ["meeting", "conference", "conference"]


def test_a_bare_group_of_two_sides_stays_a_meeting() -> None:
    text = (
        "ACCRA, March 10 (Wire) - Ghana's president received Togo's president in Accra on "
        "Monday.\n\nThe foreign ministers of Ghana and Togo held talks in Accra on Sunday.\n\n"
        "The ministers last met in Lome in January."
    )
    assert _kinds(text) == ["meeting", "meeting", "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Also today, the Security Council is meeting in New York on a draft resolution on Yemen.",
        "Diplomats said the UN Security Council was expected to discuss the truce at a meeting in "
        "New York on 20 March.",
        "The Security Council met in New York on Tuesday to vote on the mission's mandate.",
    ],
)
def test_the_security_council_meeting_is_a_conference(text: str) -> None:
    assert _kinds(text) == ["conference"]


def test_security_council_consultations_are_a_conference() -> None:
    # the annotation conventions: the council's own session is a conference
    text = "On Tuesday, the Security Council will hold consultations on the Sudan."
    assert _kinds(text) == ["conference"]
