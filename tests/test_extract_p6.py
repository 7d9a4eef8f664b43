"""Dates and places of events found but placed or dated wrong, and plans told with loose
periods ("before the end of the year", "in the coming weeks", "next year's summit … in July").

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.text_dates import find_dates
from tests.conftest import article_candidates as candidates
from tests.conftest import the_one_told as told

_LEAD = (
    "NAIROBI, April 17 (Wire) - Kenya's foreign minister met his Ugandan counterpart on Wednesday. "
)


# --- plans told with a loose period: announced, from publication to the period's end --------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "The first round of political consultations will be held in Kampala before the end "
            "of the year.",
            "2024-04-17",
            "2024-12-31",
        ),
        (
            "The ministers plan to meet again in Kampala by the end of the year.",
            "2024-04-17",
            "2024-12-31",
        ),
        (
            "The joint commission is to meet in Kampala within this year.",
            "2024-04-17",
            "2024-12-31",
        ),
        (
            "Uganda's president is expected to visit Nairobi in the coming days.",
            "2024-04-17",
            "2024-05-01",
        ),
        (
            "The ministers will meet again in Kampala at the end of the year.",
            "2024-12-01",
            "2024-12-31",
        ),
        (
            "They agreed that the commission would meet in Kampala in the first half of the year.",
            "2024-04-17",
            "2024-06-30",
        ),
        ("Kenya's president will travel to Kampala in the spring.", "2024-04-17", "2024-05-31"),
    ],
)
def test_a_plan_for_a_loose_period_runs_from_publication_to_its_end(
    sentence: str, start: str, end: str
) -> None:
    records = [
        r for r in candidates(_LEAD + sentence, "2024-04-17") if r["source_quote"] == sentence
    ]
    assert records, candidates(_LEAD + sentence, "2024-04-17")
    assert {(r["status"], r["date_start"], r["date_end"]) for r in records} == {
        ("announced", start, end)
    }


def test_a_loose_period_read_back_names_no_date() -> None:
    # "before the end of the year" of a past act is no date the rules can give
    assert find_dates("had signed it before the end of the year", dt.date(2024, 4, 17)) == []
    found = find_dates(
        "will sign it before the end of next year", dt.date(2024, 4, 17), prefer_future=True
    )
    assert [(d.span.start, d.span.end) for d in found] == [
        (dt.date(2024, 4, 17), dt.date(2025, 12, 31))
    ]


def test_a_proposal_to_hold_a_meeting_is_announced_and_ahead() -> None:
    event = told(
        _LEAD + "Kenya proposes holding a meeting of the two countries' ministers in Mombasa "
        "in the autumn.",
        "2024-04-17",
        "meeting",
        "proposes holding",
    )
    assert (event["status"], event["date_start"], event["date_end"]) == (
        "announced",
        "2024-09-01",
        "2024-11-30",
    )


# --- "next year's summit … in July": the month is next year's -------------------------------


@pytest.mark.parametrize(
    ("text", "words", "start"),
    [
        (
            "BANGKOK, July 24 (Wire) - The host confirmed that next year's ministerial meeting "
            "will be held in Hanoi in July.",
            "next year's",
            "2010-07-01",
        ),
        (
            "LIMA, Nov 20 (Wire) - Next year's summit of the bloc's leaders is due to take place "
            "in Santiago in March.",
            "Next year's",
            "2010-03-01",
        ),
        (
            "LIMA, Nov 20 (Wire) - Officials said next year's round of talks would open in "
            "Santiago on 4 February.",
            "next year's",
            "2010-02-04",
        ),
    ],
)
def test_next_years_event_in_a_month_is_in_that_month_next_year(
    text: str, words: str, start: str
) -> None:
    published = "2009-07-24" if text.startswith("BANGKOK") else "2009-11-20"
    records = [r for r in candidates(text, published) if words in r["source_quote"]]
    assert records
    assert {r["date_start"] for r in records} == {start}


# --- live blogs: every entry on the blog's day, at its host city ----------------------------

_BLOG_TITLE_CITY = """LIVE: Pacific Islands Forum leaders meet in Nuku'alofa

Tonga Today live team

18:05  Leaders have adopted a communique on climate finance at the closing session.

16:20  New Zealand's prime minister is holding talks with Fiji's prime minister.

14:45  At the Oceanview hotel, Australia's foreign minister met Samoa's prime minister.

09:10  Good morning. Yesterday the forum's foreign ministers met to prepare the leaders' talks.
"""

_BLOG_GREETING_CITY = """Ministers gather: as it happened

21:40
That's all for tonight.

19:15
Japan and South Korea have signed a memorandum on youth exchanges.

17:00
Kenya's foreign minister is meeting his Ethiopian counterpart in a side room.

08:00
Good morning from Geneva, where foreign ministers from 40 countries open talks on Ukraine today.
"""

_BLOG_ZONED = """LIVE | Arab League summit in Jeddah

10:15 GMT — Saudi Arabia's crown prince has welcomed Syria's president at the summit venue.

09:40 GMT — The Tunisian president held talks with Egypt's president before the opening.

08:55 GMT — Delegations are arriving; the Iraqi prime minister landed overnight in Riyadh.
"""


@pytest.mark.parametrize(
    ("text", "published", "kind", "words", "expected"),
    [
        (
            _BLOG_TITLE_CITY,
            "2024-08-28",
            "meeting",
            "Oceanview hotel",
            ("2024-08-28", "Nukuʻalofa"),
        ),
        (_BLOG_TITLE_CITY, "2024-08-28", "meeting", "holding talks", ("2024-08-28", "Nukuʻalofa")),
        (_BLOG_TITLE_CITY, "2024-08-28", "conference", "Yesterday", ("2024-08-27", "Nukuʻalofa")),
        (_BLOG_GREETING_CITY, "2023-03-15", "agreement", "memorandum", ("2023-03-15", "Geneva")),
        (_BLOG_GREETING_CITY, "2023-03-15", "meeting", "side room", ("2023-03-15", "Geneva")),
        (_BLOG_ZONED, "2023-05-19", "meeting", "Tunisian president", ("2023-05-19", "Jeddah")),
        (_BLOG_ZONED, "2023-05-19", "meeting", "crown prince", ("2023-05-19", "Jeddah")),
    ],
)
def test_a_live_blogs_entries_are_on_its_day_at_its_host_city(
    text: str, published: str, kind: str, words: str, expected: tuple[str, str]
) -> None:
    event = told(text, published, kind, words)
    assert (event["date_start"], event["place_name"]) == expected
    assert event["status"] == "occurred"  # "is holding talks": as the entry is written


def test_a_place_named_in_one_entry_does_not_leak_into_the_next() -> None:
    text = _BLOG_ZONED.replace(
        "09:40 GMT — The Tunisian",
        "09:40 GMT — The Tunisian president landed in Medina. The Tunisian",
    )
    assert told(text, "2023-05-19", "meeting", "crown prince")["place_name"] == "Jeddah"


# --- dates carried across sentences: an arrival's day, "Following the negotiations" ---------


@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        (
            "ACCRA, May 8 (Wire) - Nigeria's foreign minister held talks with Ghana's president "
            "in Accra on Wednesday. The minister arrived on Tuesday evening and was met at the "
            "airport by his Ghanaian counterpart. The two ministers signed a memorandum on trade "
            "after a meeting at the foreign ministry.",
            "2024-05-08",
            "memorandum on trade",
            "2024-05-08",
        ),
        (
            "BAKU, 3 October - Kazakhstan's president held talks with Azerbaijan's president in "
            "Baku today. The guest had landed in Baku yesterday afternoon. The two presidents "
            "signed a declaration on strategic partnership at the presidential palace.",
            "2024-10-03",
            "declaration on strategic partnership",
            "2024-10-03",
        ),
        (
            "HANOI, June 12 (Agency) - Laos' prime minister met Vietnam's prime minister in Hanoi "
            "on Thursday. He arrived in the capital on Wednesday night. The two leaders witnessed "
            "the signing of five agreements at the Government Office.",
            "2025-06-12",
            "five agreements",
            "2025-06-12",
        ),
    ],
)
def test_a_signing_told_after_an_arrival_is_on_the_storys_day(
    text: str, published: str, words: str, day: str
) -> None:
    assert told(text, published, "agreement", words)["date_start"] == day


def test_an_airport_welcome_told_with_the_arrival_keeps_its_day() -> None:
    text = (
        "ACCRA, May 8 (Wire) - Nigeria's foreign minister held talks with Ghana's president in "
        "Accra on Wednesday. The minister arrived on Tuesday evening and was met at the airport "
        "by his Ghanaian counterpart."
    )
    assert told(text, "2024-05-08", "meeting", "airport")["date_start"] == "2024-05-07"


@pytest.mark.parametrize(
    "opening",
    [
        "On the eve, the two prime ministers held negotiations",
        "A day earlier the two sides held talks",
    ],
)
def test_a_signing_after_talks_told_back_is_on_their_day(opening: str) -> None:
    noun = "negotiations" if "negotiations" in opening else "talks"
    text = (
        "Minsk, 14 May (Agency). -- The President of Belarus today received the Prime Minister "
        f"of Armenia at the Palace of Independence. {opening} at the House of Government. "
        f"Following the {noun}, an agreement on road transport was signed."
    )
    assert told(text, "2024-05-14", "agreement", "road transport")["date_start"] == "2024-05-13"


# --- places: a dateline's town named like a bigger one; dates of events told later ----------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "ST JOHN'S - Antigua and Barbuda and Ghana yesterday signed an agreement on visas "
            "during a visit by Ghana's foreign minister.",
            "AG",
        ),
        (
            "SAINT JOHN'S - The foreign ministers of Antigua and Barbuda and Mexico held talks "
            "on Tuesday on direct flights.",
            "AG",
        ),
        (
            "LONDON - Canada's foreign minister held talks with her British counterpart on "
            "Tuesday.",
            "GB",
        ),
    ],
)
def test_a_datelines_town_is_the_one_in_the_country_the_lead_names(text: str, country: str) -> None:
    records = candidates(text, "2024-05-16")
    assert records
    assert {r["country_code"] for r in records} == {country}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "BEIRUT: Qatar's foreign minister met Lebanon's president on Tuesday. The minister, "
            "who arrived in Beirut on Sunday with a delegation, later held talks with the "
            "Speaker at his residence.",
            "later held talks",
        ),
        (
            "AMMAN, May 27 (Wire) - Iraq's prime minister met Jordan's king on Tuesday. The two "
            "leaders, whose governments signed a water accord in Baghdad on 3 March last year, "
            "discussed trade. The Iraqi leader later met the prime minister at his office.",
            "later met the prime minister",
        ),
        (
            "RIGA, April 13 (Wire) - Finland's president held talks with Latvia's president on "
            "Wednesday. The guest also met Latvia's prime minister at the Cabinet of Ministers "
            "building, where the two discussed energy, and will address parliament on Thursday.",
            "also met Latvia's prime minister",
        ),
    ],
)
def test_an_event_told_later_takes_the_storys_day_not_an_aside(text: str, words: str) -> None:
    published = (
        "2008-05-27" if "BEIRUT" in text else "2025-05-27" if "AMMAN" in text else "2016-04-13"
    )
    main = candidates(text, published)[0]["date_start"]
    assert told(text, published, "meeting", words)["date_start"] == main


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("On the eve of the New Year", "2008-12-31"),
        ("On New Year's Eve", "2008-12-31"),
        ("On New Year's Day", "2009-01-01"),
    ],
)
def test_a_holiday_is_that_day_of_the_calendar(phrase: str, day: str) -> None:
    text = f"{phrase}, the president had spoken by telephone with the president of Madagascar."
    assert told(text, "2009-01-05", "call", "telephone")["date_start"] == day


def test_later_in_the_day_is_the_day_of_the_event_before_it() -> None:
    text = (
        "HUE, July 14 (Wire) - Cambodia's prime minister held talks with Vietnam's prime "
        "minister in Hanoi on Thursday. On Friday morning he was received by the president at "
        "the Presidential Palace. Later in the day he flew to Hue, where he was to visit the "
        "citadel, before returning to Phnom Penh on Saturday."
    )
    assert told(text, "2000-07-14", "visit", "flew to Hue")["date_start"] == "2000-07-14"


@pytest.mark.parametrize(
    "plan",
    [
        "The trade ministers of the two countries will meet before the end of the month.",
        "They agreed that their foreign ministers would hold talks within this year.",
        "The defence ministers of both countries will meet later this year.",
    ],
)
def test_a_loose_plan_with_no_place_does_not_take_the_main_events(plan: str) -> None:
    text = (
        "DAKAR, June 10 (Wire) - Senegal's president and Mali's president held talks in Dakar "
        f"yesterday. {plan}"
    )
    records = [r for r in candidates(text, "2017-06-10") if r["source_quote"] == plan]
    assert records and all(r["place_name"] is None for r in records)
    assert all(r["status"] == "announced" for r in records)


def test_a_live_blogs_far_off_plan_is_not_at_its_host_city() -> None:
    text = _BLOG_ZONED.replace(
        "09:40 GMT — The Tunisian",
        "09:40 GMT — Organisers say the next summit will be held in 2025. The Tunisian",
    )
    event = told(text, "2023-05-19", "conference", "next summit")
    assert (event["status"], event["place_name"]) == ("announced", None)
