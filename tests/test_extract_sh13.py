"""Trips of several stops told in one sentence: a visit per stop, with its own day where the
sentence gives one, and the talks at each stop that the trip is for.

Covers a tour told by its list ("tours A, B and C", "a week-long tour of A, B and C"), a list of
stops after a trip word with a place of its own, further stops each with its day ("to A on
Friday and to B on Saturday", "to A, and on Tuesday to B"), talks with one side per stop, and a
stop told ahead of a tour already begun. Invented sentences in several outlet styles, with
near-misses that must not fire; each asserts the candidates' type, day, place and status.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

PUBLISHED = "2024-05-15"  # a Wednesday


def _of(core: list[tuple[str, str, str | None, str | None]], kind: str) -> list[tuple]:
    return sorted((s, d, p) for t, s, d, p in core if t == kind)


@pytest.mark.parametrize(
    ("text", "status", "day"),
    [
        # a chronology's entry: a present verb of touring with the entry's days
        (
            "TIMELINE\n\n3-5 March - Kenya's foreign minister tours Kampala, Kigali and Dodoma to "
            "prepare the regional summit.\n\n9 March - The regional summit opens in Arusha.",
            "occurred",
            "2024-03-03",
        ),
        # wire: a past verb with the time after the list
        (
            "ACCRA (Coastwire) - Ghana's president toured Kampala, Kigali and Dodoma last "
            "month, aides said.",
            "occurred",
            "2024-04-01",
        ),
        # radio bulletin: leaving for a tour of the list, ahead
        (
            "Our foreign minister leaves on Friday for a week-long tour of Kampala, Kigali and "
            "Dodoma.",
            "announced",
            "2024-05-17",
        ),
    ],
)
def test_a_tour_told_by_its_list_is_a_visit_to_each(text: str, status: str, day: str) -> None:
    visits = _of(core_told(text, PUBLISHED), "visit")
    assert visits == [(status, day, p) for p in ("Dodoma", "Kampala", "Kigali")]


@pytest.mark.parametrize(
    "text",
    [
        # a tour of one place's sights, not a trip of several stops
        "The delegation toured the factory and the port on Monday.",
        # a tour named by its region only
        "The minister is on a tour of the region this week.",
        # a recent tour told without its days, as a call's topic
        "The two ministers spoke by telephone on Monday about his recent tour of Kampala, "
        "Kigali and Dodoma.",
    ],
)
def test_no_visit_for_a_tour_that_is_no_trip(text: str) -> None:
    assert not _of(core_told(text, PUBLISHED), "visit")


def test_a_list_after_a_first_stop_of_its_own_is_a_visit_to_each() -> None:
    text = (
        "The UN envoy flew to Amman on Monday, opening a Middle East trip that is also set to "
        "take him to Beirut, Damascus and Baghdad next week."
    )
    visits = _of(core_told(text, PUBLISHED), "visit")
    assert ("occurred", "2024-05-13", "Amman") in visits
    ahead = [(s, d, p) for s, d, p in visits if p != "Amman"]
    assert ahead == [("announced", "2024-05-20", p) for p in ("Baghdad", "Beirut", "Damascus")]


def test_plural_visits_after_a_first_trip_are_a_visit_to_each() -> None:
    text = (
        "The prime minister leaves on Friday for Brussels, where he will attend the EU summit, "
        "before official visits to Portugal and Spain next week."
    )
    visits = _of(core_told(text, PUBLISHED), "visit")
    assert [p for _, _, p in visits] == ["Brussels", "Portugal", "Spain"]
    assert all(s == "announced" for s, _, _ in visits)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # live blog: each further stop with its day after it
        (
            "14:05 - Her spokesman says the foreign minister goes on to Santiago on Friday and "
            "to Lima on Saturday.",
            {"Santiago": "2024-05-17", "Lima": "2024-05-18"},
        ),
        # spokesperson's briefing: the second stop's day before it
        (
            "SPOKESPERSON: Next Monday our Minister flies to Tallinn, and on Tuesday to Helsinki.",
            {"Tallinn": "2024-05-20", "Helsinki": "2024-05-21"},
        ),
        # ministry release: past, two stops joined by "and to"
        (
            "The Minister travelled to Oslo on Monday and to Copenhagen on Tuesday.",
            {"Oslo": "2024-05-13", "Copenhagen": "2024-05-14"},
        ),
    ],
)
def test_further_stops_each_take_their_own_day(text: str, days: dict[str, str]) -> None:
    visits = _of(core_told(text, PUBLISHED), "visit")
    assert sorted((d, p) for _, d, p in visits) == sorted((d, p) for p, d in days.items())


def test_further_stops_with_talks_get_a_meeting_each_on_its_day() -> None:
    text = (
        "The premier is to fly to Canberra on Friday and to Wellington on Saturday for talks on "
        "fisheries."
    )
    meetings = _of(core_told(text, PUBLISHED), "meeting")
    assert meetings == [
        ("announced", "2024-05-17", "Canberra"),
        ("announced", "2024-05-18", "Wellington"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # readout: the stops' countries named one by one after the talks' word
        "The Secretary goes to Vilnius on Monday, and on Tuesday to Riga, for consultations "
        "with the Lithuanian and Latvian foreign ministers.",
        # radio: "where" after the list, with as many governments as stops
        "The minister leaves on Monday for a tour of Vilnius and Riga, where he is to discuss "
        "energy security with the two governments.",
    ],
)
def test_talks_with_one_side_per_stop_are_a_meeting_at_each(text: str) -> None:
    core = core_told(text, PUBLISHED)
    assert sorted(p for t, _, _, p in core if t == "meeting") == ["Riga", "Vilnius"]
    assert not [c for c in core if c[0] == "conference"]


@pytest.mark.parametrize(
    "text",
    [
        # the sides are a bloc's ministers, not the stops' own
        "The minister will travel to Brussels and Luxembourg next week for talks with EU "
        "foreign ministers.",
        # more governments than stops
        "The envoy will travel to Accra and Lome next week for talks with the four governments "
        "of the region.",
    ],
)
def test_talks_of_many_sides_are_not_split_over_the_stops(text: str) -> None:
    core = core_told(text, PUBLISHED)
    assert len([c for c in core if c[0] in ("meeting", "conference")]) <= 1


def test_a_stop_told_ahead_of_a_tour_already_begun_is_that_stop() -> None:
    text = (
        "SUVA (Pacific Radio) - New Zealand's foreign minister began a week-long tour of Fiji, "
        "Tonga and Samoa on Sunday.\n"
        "The minister flies to Apia on Thursday and is due to meet Samoa's prime minister on "
        "Friday."
    )
    samoa = [c for c in core_told(text, PUBLISHED) if c[0] == "visit" and c[3] in ("Apia", "Samoa")]
    assert samoa == [("visit", "announced", "2024-05-16", "Apia")]


def test_talks_with_one_stops_side_stay_at_that_stop() -> None:
    text = (
        "The Belgian king will fly to Lisbon on Thursday and then to Madrid on Friday for talks "
        "with the Spanish prime minister."
    )
    meetings = _of(core_told(text, PUBLISHED), "meeting")
    assert meetings == [("announced", "2024-05-17", "Madrid")]


@pytest.mark.parametrize(
    ("text", "status", "day"),
    [
        # parliament answer: a first-person stay in two capitals, then the talks there
        (
            "Minister: I was in Tallinn and Helsinki last week, where I met the defence "
            "ministers of Estonia and of Finland.",
            "occurred",
            "2024-05-06",
        ),
        # wire: three capitals over a weekend
        (
            "The OSCE envoy was in Baku, Yerevan and Tbilisi over the weekend for talks on the "
            "ceasefire, diplomats said.",
            "occurred",
            "2024-05-11",
        ),
    ],
)
def test_a_stay_in_listed_places_is_a_visit_to_each(text: str, status: str, day: str) -> None:
    visits = _of(core_told(text, PUBLISHED), "visit")
    assert len(visits) >= 2
    assert all(s == status and d == day for s, d, _ in visits)


def test_a_stay_in_two_capitals_with_their_ministers_is_a_meeting_in_each() -> None:
    text = (
        "Minister: I was in Tallinn and Helsinki last week, where I met the defence ministers of "
        "Estonia and of Finland."
    )
    meetings = _of(core_told(text, PUBLISHED), "meeting")
    assert [p for _, _, p in meetings] == ["Helsinki", "Tallinn"]


@pytest.mark.parametrize(
    "text",
    [
        "Our main interest was in Paris and Berlin, the minister said.",
        "The difference is in France and Germany, where prices fell.",
    ],
)
def test_in_a_list_without_a_stay_is_no_visit(text: str) -> None:
    assert not _of(core_told(text, PUBLISHED), "visit")
