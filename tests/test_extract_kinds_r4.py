"""Which kind an event is, and whether a sentence tells one at all (fourth round).

Two named sides make a meeting whatever gathering surrounds it; a gathering named in a later
sentence ("on the sidelines of the summit", "the G7 summit") is the gathering, not the bilateral
meeting told before it. Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

FRI = dt.date(2025, 5, 16)  # a Friday
URL = "https://example.org/kinds"


def core(text: str, published: dt.date = FRI) -> list[dict]:
    return core_candidates(text, published, url=URL)


def kinds_of(text: str, published: dt.date = FRI) -> list[tuple[str, str]]:
    """(event type, first words of the quote) of every core candidate."""
    return sorted((c["event_type"], c["source_quote"][:30]) for c in core(text, published))


# --- a bilateral meeting inside a summit stays a meeting ----------------------------------------


@pytest.mark.parametrize(
    ("lead", "side", "after"),
    [
        (
            "The President will on Sunday depart for Nairobi to attend the Africa-Nordic Summit "
            "on 20 and 21 May.",
            "On the sidelines of the Summit, the President is expected to hold bilateral talks "
            "with the President of Kenya.",
            "The foreign minister yesterday held a virtual meeting with her Kenyan counterpart "
            "to finalise preparations for the Summit.",
        ),
        (
            "Leaders of the Andean Community met in Lima on Thursday for an extraordinary summit.",
            "Ahead of the summit, Bolivia's president held a bilateral meeting with his Chilean "
            "counterpart.",
            "The summit ended with a declaration on Friday.",
        ),
        (
            "Leaders of the 21 economies gathered in Cusco on Tuesday for the Pacific Rim summit.",
            "The prime ministers of Japan and Chile hold a bilateral meeting on the sidelines.",
            "The summit runs over two days.",
        ),
    ],
)
def test_a_bilateral_meeting_told_beside_a_summit_stays_a_meeting(lead, side, after):
    found = core(" ".join([lead, side, after]))
    mine = [c for c in found if side in c["source_quotes"] and c["event_type"] == "meeting"]
    assert mine, found
    summits = [c for c in found if c["event_type"] == "conference"]
    assert summits and not any(side == c["source_quote"] for c in summits), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president held separate bilateral talks with the leaders of Ghana and Togo in "
        "Accra. The three leaders last met on the sidelines of the AU summit in Addis Ababa in "
        "February.",
        "The chancellor held a bilateral meeting with his Polish counterpart on Monday. The "
        "leaders of the nine states last gathered on the margins of the NATO summit in Vilnius "
        "in July 2023.",
    ],
)
def test_a_named_gathering_is_not_the_bilateral_meeting_told_before(text):
    """ "the AU summit in Addis Ababa in February" is its own gathering: the earlier bilateral
    meeting stays a meeting, and the summit is a conference beside the leaders' own talks of
    three or more sides there (a conference too, as the annotation conventions count them)."""
    types = [c["event_type"] for c in core(text)]
    assert "meeting" in types, types
    assert types.count("conference") == 2, types


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Chile and Argentina met on Tuesday at La Moneda in Santiago ahead "
        "of the Mercosur summit.",
        "The prime ministers of Spain and Portugal met in Porto on Tuesday before the EU summit.",
    ],
)
def test_two_named_sides_meeting_before_a_summit_is_one_meeting(text):
    found = core(text)
    assert [c["event_type"] for c in found if c["status"] == "occurred"] == ["meeting"], found


@pytest.mark.parametrize(
    "follow",
    [
        "The first such summit took place in Lusaka two years ago.",
        "A previous such gathering was held in Dakar in 2023.",
    ],
)
def test_a_such_summit_is_another_of_the_series_not_the_bilateral(follow):
    text = (
        "The President held bilateral talks with the presidents of Malawi and Zambia on the "
        f"sidelines of the summit in Harare on Friday. {follow}"
    )
    found = core(text)
    meeting = [c for c in found if c["event_type"] == "meeting"]
    assert meeting and all(follow not in c["source_quotes"] for c in meeting), found


@pytest.mark.parametrize(
    "text",
    [
        "Next week the minister travels to Hanoi and Vientiane to prepare the summit.",
        "The envoy flew to Dakar on Monday in preparation for the ECOWAS summit.",
        "The two ministers spoke by phone on Wednesday ahead of the regional conference.",
    ],
)
def test_a_gathering_named_only_as_a_purpose_is_no_event(text):
    """ "to prepare the summit" with no summit told before: the summit is no event of its own."""
    assert "conference" not in [c["event_type"] for c in core(text)], core(text)


# --- event words that tell no diplomatic event ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the minister traveled to Porto, where she met with Portuguese business leaders "
        "and representatives of Brazilian companies.",
        "The envoy spent Wednesday in Osaka meeting investors.",
        "The president will move on to Kumasi on Friday to meet students and visit a cocoa farm.",
    ],
)
def test_a_meeting_with_people_who_speak_for_no_state_is_no_meeting(text):
    assert "meeting" not in [c["event_type"] for c in core(text)], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the premier held talks with the governor of Bavaria and business leaders in "
        "Munich.",
        "The minister met the emir and business leaders in Doha on Sunday.",
    ],
)
def test_an_official_named_beside_business_leaders_is_still_met(text):
    assert "meeting" in [c["event_type"] for c in core(text)], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "We were treated fairly, the mayor told the Gazette by phone from Ottawa on Thursday.",
        "The ambassador said in a telephone interview on Monday that talks would resume.",
        "A senior official told reporters on a conference call on Tuesday that the deal was near.",
    ],
)
def test_a_telephone_that_carries_an_interview_is_no_call(text):
    assert "call" not in [c["event_type"] for c in core(text)], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from six countries met in Skopje on Thursday. The UN envoy joined the "
        "ministers by video link.",
        "Leaders of the bloc gathered in Lima on Friday. Canada's prime minister addressed the "
        "summit by video link.",
    ],
)
def test_joining_a_gathering_by_video_link_is_no_call_of_its_own(text):
    types = [c["event_type"] for c in core(text)]
    assert "call" not in types and "conference" in types, types


def test_a_call_by_phone_between_two_parties_is_still_a_call():
    found = core("Chile's foreign minister spoke by phone with her Peruvian counterpart on Monday.")
    assert [c["event_type"] for c in found] == ["call"], found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president left Kampala before the closing session and returned to Nairobi on "
        "Friday.",
        "The Prime Minister flew back to Canberra on Saturday afternoon.",
        "The foreign minister returned home on Sunday night.",
    ],
)
def test_the_end_of_a_trip_is_no_visit(text):
    assert "visit" not in [c["event_type"] for c in core(text)], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy returned to Khartoum on Monday for talks with the army chief.",
        "The minister returned to Kyiv on Tuesday on a two-day visit.",
    ],
)
def test_a_return_for_talks_is_a_visit(text):
    assert "visit" in [c["event_type"] for c in core(text)], core(text)


def test_the_trip_a_return_ends_takes_its_days_backwards():
    """ "returned on Sunday night after a five-day visit to Ghana": Wednesday to Sunday."""
    found = core(
        "The prime minister returned to the island on Sunday night after a five-day visit to "
        "Kenya.",
        dt.date(2025, 9, 8),
    )
    visits = [c for c in found if c["event_type"] == "visit"]
    assert [(v["date_start"], v["date_end"], v["place_name"]) for v in visits] == [
        ("2025-09-03", "2025-09-07", "Kenya")
    ], found


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the venue on Saturday, as they do at every summit.",
        "Interpreters work in shifts at each meeting of the council.",
        "Officials in Muscat rarely comment and decline to confirm meetings.",
        "The foreign minister travels to Geneva on Friday for meetings at the United Nations.",
        "He will also hold bilateral meetings with Asian leaders on the margins.",
    ],
)
def test_a_kind_of_event_named_in_general_is_no_meeting(text):
    types = [c["event_type"] for c in core(text)]
    assert "meeting" not in types and "conference" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The minister held separate meetings with his counterparts from Chile and Peru in Lima "
        "on Monday.",
        "Earlier this week he was in Accra for meetings with the Ghanaian president.",
    ],
)
def test_meetings_with_someone_named_stay_meetings(text):
    assert "meeting" in [c["event_type"] for c in core(text)], core(text)


def test_speaking_by_phone_with_someone_is_a_call():
    found = core(
        "The king received the envoy on Friday, two days after speaking by phone with the emir."
    )
    assert sorted(c["event_type"] for c in found) == ["call", "meeting"], found


# --- bodies of two countries -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Economic Commission last met in Nairobi in March 2023.",
        "The intergovernmental commission met in Almaty on Monday.",
        "The binational committee will meet again in Arica in June.",
        "The joint border committee last met in Tucson in April 2024.",
    ],
)
def test_a_body_of_two_countries_meets_as_a_meeting(text):
    assert [c["event_type"] for c in core(text)] == ["meeting"], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "The previous binational cabinet was held in Lima in November 2021.",
        "Both governments agreed that the 3rd Joint Cabinet Retreat will be held in Laos in "
        "the second half of 2026.",
        "The ministers recalled the 7th Joint Working Group held in Dhaka in May 2024.",
    ],
)
def test_a_body_of_two_countries_held_somewhere_is_a_meeting(text):
    assert [c["event_type"] for c in core(text)] == ["meeting"], core(text)


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("the Chile-Argentina Integration Council", "The integration council"),
        ("the Kenya–Uganda Border Commission", "The border commission"),
    ],
)
def test_a_body_told_again_by_its_bare_name_is_of_the_two_countries(name, bare):
    text = (
        f"The two presidents will chair the third meeting of {name} on Monday. "
        f"{bare} last met in Mendoza in May 2023, when the leaders agreed to open a crossing."
    )
    found = core(text)
    last = [c for c in found if c["date_start"] == "2023-05-01"]
    assert [c["event_type"] for c in last] == ["meeting"], found


def test_a_council_of_many_states_still_meets_as_a_conference():
    text = "The Gulf Cooperation Council met in Riyadh on Monday."
    assert [c["event_type"] for c in core(text)] == ["conference"], core(text)


# --- a named group's or body's own session; the day's event told before -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS — The Syria Contact Group convenes on the margins on Wednesday.",
        "The Lima Group met in Bogotá on Tuesday.",
    ],
)
def test_a_named_group_meets_as_a_conference(text):
    assert [c["event_type"] for c in core(text)] == ["conference"], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA — The UN Human Rights Council opens its 58th regular session at the Palais des "
        "Nations on Monday.",
        "NEW YORK — The World Health Assembly began its annual session on Tuesday.",
    ],
)
def test_a_body_opening_its_own_session_is_one_conference(text):
    assert [c["event_type"] for c in core(text)] == ["conference"], core(text)


@pytest.mark.parametrize("day", ["Thursday's", "yesterday's"])
def test_the_days_meeting_is_the_meeting_told_before(day):
    text = (
        "India's foreign minister held talks with Nepal's foreign minister in Kathmandu on "
        f"Thursday. At {day} meeting at the foreign ministry, the two sides signed two "
        "memoranda of understanding."
    )
    found = core(text, dt.date(2025, 5, 16))
    meetings = [c for c in found if c["event_type"] == "meeting"]
    assert len(meetings) == 1, found


# --- how many sides: blocs, heads of government, two sides from two blocs ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the regional bloc ECOWAS are due to meet in Abuja in July.",
        "Ministers of the alliance will meet in Vilnius on Thursday.",
        "The next regular meeting of the heads of government will be held in Nassau in March.",
        "The next Quad meeting will be held in Tokyo.",
        "Italy last hosted the G7 in Apulia in June 2024, a meeting dominated by Ukraine.",
    ],
)
def test_a_bloc_or_its_heads_meet_as_a_conference(text):
    types = [c["event_type"] for c in core(text)]
    assert types == ["conference"], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two prime ministers last saw each other at the ASEAN summit in Vientiane in "
        "October 2024.",
        "The two presidents met most recently at the SADC heads of state meeting in Harare in "
        "August 2024.",
    ],
)
def test_a_gathering_a_bloc_names_stays_a_conference_beside_two_leaders(text):
    assert "conference" in [c["event_type"] for c in core(text)], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trade negotiators from the European Union and the ASEAN bloc meet at a hotel in Bali on "
        "Monday.",
        "Officials from Chile and the Pacific Alliance met in Santiago on Monday.",
    ],
)
def test_negotiators_from_two_sides_meet_as_a_meeting(text):
    assert [c["event_type"] for c in core(text)] == ["meeting"], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is due to be presented to the two heads of state at a summit in Nairobi later "
        "this month.",
        "The text will be put to the two presidents at a summit in Maputo next week.",
    ],
)
def test_the_two_heads_of_state_at_a_summit_is_a_meeting(text):
    assert [c["event_type"] for c in core(text)] == ["meeting"], core(text)


def test_two_leaders_attending_a_summit_is_the_summit():
    # the annotation conventions: attending a conference ahead is also a visit per attendee
    text = "The two presidents will attend a summit in Nairobi later this month."
    kinds = [c["event_type"] for c in core(text)]
    assert [k for k in kinds if k != "visit"] == ["conference"], core(text)


# --- a series' session typed by its own sentence ------------------------------------------------


@pytest.mark.parametrize(
    "last",
    [
        "The second session of the joint commission was held in Canberra in May 2019.",
        "The previous meeting of the binational commission took place in Lima in 2020.",
    ],
)
def test_a_past_session_of_a_two_country_body_is_a_meeting(last):
    text = (
        "Leaders from 20 countries met in Bangkok on Monday for a regional summit. "
        "On Tuesday, the Thai and Australian foreign ministers held talks in Bangkok. " + last
    )
    found = core(text, dt.date(2025, 5, 14))
    old = [c for c in found if c["source_quote"] == last]
    assert [c["event_type"] for c in old] == ["meeting"], found


@pytest.mark.parametrize(
    ("series", "kind"),
    [
        ("The next ordinary session will be held in Accra in June.", "conference"),
        ("The last Iberian summit took place in Porto in May 2023.", "meeting"),
        ("The last Franco-German summit took place in Toulouse in 2023.", "meeting"),
    ],
)
def test_a_series_session_keeps_the_sides_its_sentence_tells(series, kind):
    text = "Kenya's president received Uganda's president in Nairobi on Monday for talks. " + series
    found = core(text, dt.date(2025, 5, 14))
    told = [c for c in found if c["source_quote"] == series]
    assert [c["event_type"] for c in told] == [kind], found


@pytest.mark.parametrize(
    "text",
    [
        "Fiji's prime minister attended the ninth Pacific Islands Leaders Meeting in Tokyo in "
        "May 2021.",
        "The president attended the last Pacific Island leaders meeting in Apia in 2022.",
    ],
)
def test_a_meeting_of_pacific_islands_leaders_is_a_conference(text):
    assert [c["event_type"] for c in core(text)] == ["conference"], core(text)


def test_following_the_meeting_is_no_later_meeting_of_a_series():
    text = (
        "The foreign ministers of Ghana and Togo met in Lomé on Monday. Following the meeting, "
        "the two ministers signed a memorandum on border trade."
    )
    types = sorted(c["event_type"] for c in core(text, dt.date(2025, 5, 14)))
    assert types == ["agreement", "meeting"], core(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Asked about the Davos forum, she said the minister would not attend.", "conference"),
        ("When asked about the summit in Lima, he declined to comment.", "conference"),
        ("The rebels said they remained ready to sign the accord reached in Doha.", "agreement"),
        ("Officials in Caracas said they were willing to meet the envoy in Havana.", "meeting"),
        ("More than 250,000 Indian tourists visited Bhutan last year.", "visit"),
        ("Thousands of pilgrims travelled to Mecca on Friday.", "visit"),
    ],
)
def test_a_question_a_disposition_or_a_crowd_is_no_event(text, kind):
    assert kind not in [c["event_type"] for c in core(text)], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president will on Monday, 19 May, 2025 depart for Kigali for a state visit.",
        "In June 2017 the emir flew to Riyadh for talks with the king.",
    ],
)
def test_a_year_before_a_trip_is_no_crowd(text):
    assert "visit" in [c["event_type"] for c in core(text)], core(text)


def test_those_meetings_told_before_are_no_new_meeting():
    text = (
        "In Addis Ababa yesterday he met the President of Kenya and, separately, the Prime "
        "Minister of Somalia. Summaries of those meetings are posted online."
    )
    found = core(text)
    assert all("Summaries" not in c["source_quote"] for c in found), found


@pytest.mark.parametrize(
    ("meet", "summit"),
    [
        (
            "On the second day, the chair will meet Chile's foreign minister.",
            "Ministers will also review preparations for the EU-CELAC summit in Brussels in July.",
        ),
        (
            "On the first evening, the secretary-general will receive Norway's foreign minister.",
            "Delegates will also prepare the Africa-Nordic summit in Oslo in October.",
        ),
    ],
)
def test_a_gathering_told_in_full_is_not_the_meeting_told_before(meet, summit):
    """ "the EU-CELAC summit in Brussels in July": a place and a month of its own, so not the
    meeting just told, which stays a meeting."""
    text = f"Foreign ministers of the bloc will meet in Georgetown next month. {meet} {summit}"
    found = core(text, dt.date(2025, 6, 11))
    assert any(meet in c["source_quotes"] and c["event_type"] == "meeting" for c in found), found
    assert all(meet not in c["source_quotes"] for c in found if summit in c["source_quotes"]), found


@pytest.mark.parametrize(
    "text",
    [
        "The Russian envoy met the special envoys of Iran and Turkey in a trilateral format in "
        "Astana on Monday.",
        "The foreign ministers held three-way talks in Busan on Saturday.",
        "World leaders met in Paris in June to pledge money for the fund.",
    ],
)
def test_three_ways_and_world_leaders_are_a_conference(text):
    assert "conference" in [c["event_type"] for c in core(text)], core(text)


def test_a_trilateral_ministers_meeting_is_one_conference():
    # the annotation conventions: a "trilateral" meeting of three countries is a conference
    text = "The ministers agreed to hold the next trilateral foreign ministers' meeting in Lima."
    assert [c["event_type"] for c in core(text)] == ["conference"], core(text)


@pytest.mark.parametrize(
    "text",
    [
        "The summits have no fixed timetable.",
        "The meetings are usually held in Geneva.",
        "The visits rarely last more than a day.",
    ],
)
def test_a_kind_of_gathering_described_is_no_event(text):
    assert core(text) == [], core(text)


def test_the_summits_told_with_a_place_and_year_are_still_read():
    text = "The summits took place in Ashgabat in 2002 and in Baku in 2010."
    assert core(text), core(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Authority's next ordinary meeting will be held in Apia in June.",
        "The minister held a working breakfast with the region's foreign ministers in Suva on "
        "Thursday.",
        "On Monday she travels to Nassau for a meeting with the bloc's trade ministers.",
    ],
)
def test_a_regional_bodys_people_or_ordinary_meeting_is_a_conference(text):
    assert "conference" in [c["event_type"] for c in core(text)], core(text)
