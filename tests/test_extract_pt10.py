"""Places of trips told by their time, by the trip's own leg, or by the stay where they began.

Sentences are invented for the tests: a time between "leaves" and its destination ("leaves on
Thursday for Kinshasa"), a leg that "took him to" a country, an arrival "from the northern city
of X, where he had met …" (a stay in X, dated by what was done there), and the event of a
"where" clause placed in the city named before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/legs"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL)


def day_(n: int) -> str:
    """The ISO day ``n`` of the test's month."""
    return f"2024-09-{n:02d}"


def of_type(found: list[dict], kind: str) -> list[dict]:
    return [e for e in found if e["event_type"] == kind]


# --- a time between the verb of leaving and the destination ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "status", "day"),
    [
        ("The trade delegation leaves on Thursday for Maputo.", "Maputo", "announced", 12),
        ("The foreign minister left on Monday for Kigali.", "Kigali", "occurred", 9),
        ("Mr Osei will depart tomorrow morning for Lomé.", "Lomé", "announced", 12),
        ("The envoy departs on Friday for Tbilisi, officials said.", "Tbilisi", "announced", 13),
        ("The premier left yesterday for Hanoi on a working visit.", "Hanoi", "occurred", 10),
        ("Our minister set off on Monday for Canberra.", "Canberra", "occurred", 9),
    ],
)
def test_a_time_between_leaving_and_the_destination(
    sentence: str, place: str, status: str, day: int
) -> None:
    visits = of_type(core(sentence), "visit")
    assert len(visits) == 1, visits
    visit = visits[0]
    assert visit["place_name"] == place
    assert visit["status"] == status
    assert visit["date_start"] == day_(day)


def test_the_talks_where_the_departure_leads_are_there() -> None:
    text = (
        "The Malawian delegation leaves on Thursday for Lusaka, where the trade minister is to "
        "hold talks with Zambian officials on the border market."
    )
    found = core(text)
    [visit] = of_type(found, "visit")
    [meeting] = of_type(found, "meeting")
    for event in (visit, meeting):
        assert event["place_name"] == "Lusaka"
        assert event["status"] == "announced"
        assert event["date_start"] == day_(12)


# --- a leg of a tour that took the traveller somewhere -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The last leg of the tour took her to Nepal on Monday.", "NP"),
        ("The final leg took the foreign secretary to Bhutan on Tuesday.", "BT"),
        ("His trip then brought him to Laos on Monday.", "LA"),
        ("The journey next took the delegation to Malawi on Tuesday.", "MW"),
    ],
)
def test_a_leg_that_took_the_traveller_to_a_country(sentence: str, code: str) -> None:
    [visit] = of_type(core(sentence), "visit")
    assert visit["country_code"] == code
    assert visit["status"] == "occurred"
    assert visit["date_start"] is not None


def test_the_reception_at_the_end_of_the_leg_is_in_that_country() -> None:
    text = (
        "The second leg took the minister to Bhutan on Monday, where she was received by the king."
    )
    found = core(text)
    [visit] = of_type(found, "visit")
    [meeting] = of_type(found, "meeting")
    assert visit["country_code"] == meeting["country_code"] == "BT"
    assert meeting["date_start"] == day_(9)


def test_a_leg_that_took_him_to_a_city_places_the_where_clause() -> None:
    text = "The tour then took the envoy to Nairobi on Monday, where she met the foreign minister."
    found = core(text)
    [visit] = of_type(found, "visit")
    [meeting] = of_type(found, "meeting")
    assert visit["place_name"] == meeting["place_name"] == "Nairobi"


def test_a_summing_up_of_stops_is_not_read_as_a_leg() -> None:
    text = "His week of talks, which took him to Rabat and Algiers, ended quietly."
    assert of_type(core(text), "visit") == []


# --- a stay revealed by where an arrival came from ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "code"),
    [
        (
            "The envoy arrived in Kabul on Tuesday from the western city of Herat, where he "
            "had met the provincial governor on Monday.",
            "Herāt",
            "AF",
        ),
        (
            "The mediator reached Islamabad on Tuesday, having flown in from Kandahar, where "
            "she had held talks with tribal elders on Monday.",
            "Kandahar",
            "AF",
        ),
        (
            "Our correspondent says the minister arrived in Rome on Tuesday evening from Madrid, "
            "where he had signed a fisheries accord on Monday.",
            "Madrid",
            "ES",
        ),
    ],
)
def test_an_arrival_from_a_city_where_something_was_done(
    sentence: str, place: str, code: str
) -> None:
    found = core(sentence)
    stays = [e for e in of_type(found, "visit") if e["place_name"] == place]
    assert len(stays) == 1, found
    assert stays[0]["country_code"] == code
    assert stays[0]["date_start"] == day_(9)
    done = [e for e in found if e["event_type"] != "visit" and e["place_name"] == place]
    assert done and done[0]["date_start"] == day_(9)


def test_a_thing_from_a_city_is_no_stay() -> None:
    text = "The minister received a letter from Geneva, where the talks are based, on Tuesday."
    assert not [e for e in core(text) if e["event_type"] == "visit"]


def test_the_where_clause_after_a_city_of_is_in_that_city() -> None:
    text = (
        "The envoy flew back to Kabul on Friday after a stop in the northern city of Kunduz, "
        "where he had met local commanders."
    )
    meetings = of_type(core(text), "meeting")
    assert meetings and meetings[0]["place_name"] == "Kunduz"


# --- what follows an arrival happened where the traveller arrived ----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ghana and Togo signed a customs pact on Wednesday. The Ghanaian foreign minister "
            "had arrived in Lomé on Tuesday evening. On Wednesday she held talks with her "
            "Togolese counterpart at the foreign ministry.",
            "Lomé",
        ),
        (
            "Fiji's prime minister has signed a maritime pact with Samoa on the first stop of a "
            "tour that will take him to Tonga next week. The prime minister landed in Apia on "
            "Tuesday afternoon. This morning he held talks with Samoa's head of state at the "
            "Government Building.",
            "Apia",
        ),
        (
            "Minister's diary. Monday: arrived in Bujumbura late in the evening. Tuesday: "
            "working session with the Burundian minister of external relations.",
            "Bujumbura",
        ),
        (
            "The UN envoy landed in Juba on Monday. He was received by the president the "
            "same afternoon.",
            "Juba",
        ),
    ],
)
def test_talks_told_after_an_arrival_are_where_the_traveller_arrived(text: str, place: str) -> None:
    found = core(text)
    meetings = of_type(found, "meeting")
    assert meetings, found
    assert all(m["place_name"] == place for m in meetings), meetings


def test_a_call_after_an_arrival_stays_without_a_place() -> None:
    text = (
        "The delegation arrived in Kinshasa on Monday. Separately, the foreign minister held a "
        "long video call with his Rwandan counterpart on Tuesday."
    )
    [call] = of_type(core(text), "call")
    assert call["place_name"] is None


@pytest.mark.parametrize(
    "second",
    [
        "She will meet the Ghanaian president next month.",
        "The two ministers met on Tuesday at the ministry.",  # a week after the arrival
    ],
)
def test_talks_far_from_the_arrival_day_are_not_placed_by_it(second: str) -> None:
    found = core(f"The minister arrived in Accra on 2 September. {second}")
    [meeting] = of_type(found, "meeting")
    assert meeting["place_name"] is None


def test_a_correspondent_here_names_the_city_after_it() -> None:
    text = (
        "CORRESPONDENT: The Liberian president flew in here to Conakry this morning for a "
        "working visit. He was greeted at the airport by Guinea's prime minister."
    )
    found = core(text)
    [visit] = of_type(found, "visit")
    [meeting] = of_type(found, "meeting")
    assert visit["place_name"] == meeting["place_name"] == "Conakry"


# --- a round ahead is not placed by the earlier round ------------------------------------------


@pytest.mark.parametrize(
    "ahead",
    [
        "The parties agreed to hold the next round in the spring; the venue is to be decided.",
        "A third round is planned for next month.",
        "The envoys will hold their next meeting in October.",
    ],
)
def test_a_round_ahead_has_no_place_until_one_is_told(ahead: str) -> None:
    text = (
        "Envoys of Russia, China, Iran and Pakistan met in Tashkent on Tuesday for talks on "
        f"regional security. {ahead}"
    )
    later = [e for e in core(text) if e["status"] == "announced"]
    assert later, core(text)
    assert all(e["place_name"] is None for e in later), later


def test_a_round_ahead_keeps_the_place_it_names() -> None:
    text = (
        "Envoys of Russia, China, Iran and Pakistan met in Tashkent on Tuesday for talks on "
        "regional security. A third round is planned in Almaty next month."
    )
    later = [e for e in core(text) if e["status"] == "announced"]
    assert [e["place_name"] for e in later] == ["Almaty"]


# --- a city told as the host ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nov. 16 - Doha hosts deputy foreign ministers from Qatar, Oman and Kuwait.", "Doha"),
        (
            "On 12 March, Nairobi received the Ugandan foreign minister for a session of the "
            "border commission, and both ministers signed two agreements.",
            "Nairobi",
        ),
        ("In June, Lisbon welcomed the Angolan president for talks on trade.", "Lisbon"),
    ],
)
def test_a_city_told_as_the_host_is_the_venue(text: str, place: str) -> None:
    found = [e for e in core(text) if e["event_type"] != "visit"]
    assert found and all(e["place_name"] == place for e in found), found


def test_a_country_told_as_the_host_is_left_to_its_own_rules() -> None:
    [meeting] = of_type(core("Qatar hosted the talks between the two sides on Monday."), "meeting")
    assert meeting["country_code"] == "QA"
