"""Which date and status an extracted event gets: dates that belong to something else in its
sentence, dates counted from the event told before, and plans told in other words.

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mapapp.cli import main
from mapapp.extract.candidates import extract_candidates
from mapapp.extract.published import publication_date
from mapapp.extract.text_dates import find_dates


def events(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    records = extract_candidates(
        text, published=dt.date.fromisoformat(published), url="https://example.org/story"
    )
    return [(r["event_type"], r["status"], r["date_start"], r["date_end"]) for r in records]


def dates_of(text: str, published: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(s, e) for t, _, s, e in events(text, published) if t == kind]


# --- a year or date told about something else does not date the event ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers held a rare bilateral meeting in Skopje, discussing refugees from "
        "the 1990s conflicts.",
        "Officials of both countries met in Tirana to settle claims dating from the 1980s.",
        "The envoys met in Geneva to talk about the borders drawn in the 1920s.",
    ],
)
def test_a_decade_is_no_date(text):
    assert all(start is None or not start.startswith("19") for start in _starts(text))


def _starts(text: str) -> list[str | None]:
    return [s for _, _, s, _ in events(text, "2024-05-10")]


def test_find_dates_reads_no_year_in_a_decade():
    assert find_dates("the wars of the 1990s and the 2000s", dt.date(2024, 1, 1)) == []
    assert find_dates("in 1995", dt.date(2024, 1, 1))[0].span.start == dt.date(1995, 1, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Senior Chilean and Bolivian officials have held talks in La Paz, their first "
            "high-level meeting since the border dispute flared nearly four years ago.",
            "meeting",
        ),
        (
            "The prime ministers of Greece and Albania met in Athens, their first encounter "
            "since the 2019 election.",
            "meeting",
        ),
        (
            "Peru's president visited Quito, the first visit by a Peruvian leader since 2011.",
            "visit",
        ),
    ],
)
def test_what_an_event_is_the_first_since_does_not_date_it(text, kind):
    assert dates_of(text, "2024-05-10", kind) == [(None, None)]


def test_an_event_told_inside_a_since_phrase_keeps_its_own_date_and_tense():
    found = events(
        "In Apia she will attend a meeting of regional trade ministers, the first since the "
        "bloc's leaders gathered in Suva last October.",
        "2026-02-12",
    )
    assert ("conference", "occurred", "2025-10-01", "2025-10-31") in found
    assert all(status == "announced" for _, status, s, _ in found if s is None)


@pytest.mark.parametrize(
    "text",
    [
        "During the forum, the two delegations signed a memorandum on fisheries and reviewed the "
        "customs union, which entered into force in 2004.",
        "At the talks the ministers signed an accord on rail links and discussed the old "
        "treaty, which was ratified in March 2009.",
        "The two sides signed a protocol on water sharing and revived the river commission, "
        "talks on which broke off in 2015.",
    ],
)
def test_a_clause_about_another_thing_does_not_date_the_event(text):
    assert dates_of(text, "2025-06-12", "agreement") == [(None, None)]


def test_a_clause_right_after_the_event_word_is_its_own():
    assert dates_of(
        "The summit of Andean leaders, which opened in Lima in March 2025, ended in discord.",
        "2025-06-12",
        "conference",
    ) == [("2025-03-01", "2025-03-31")]


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Commission, launched in 2014, meets regularly to advance the partnership.",
        "The dialogue, established in 2009, held its ninth round in Rabat.",
        "The forum, founded in 1996, gathered again in Tunis.",
    ],
)
def test_when_a_series_was_founded_does_not_date_one_of_its_meetings(text):
    assert all(s is None or s >= "2024" for _, _, s, _ in events(text, "2025-06-12"))


@pytest.mark.parametrize(
    "text",
    [
        "The president opened the summit with a pledge to end deforestation by 2030.",
        "Leaders met in Nairobi and promised to double trade by 2035.",
    ],
)
def test_a_goal_years_ahead_does_not_date_the_event(text):
    assert all(s is None or s < "2026" for _, _, s, _ in events(text, "2025-06-12"))


# --- dates counted from another event -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The emir paid a state visit to Amman in June 2021, and the king returned the visit "
            "in Doha a year later.",
            "2025-03-01",
            ("2022-01-01", "2022-12-31"),
        ),
        (
            "Chile's president visited Lima in March 2019; Peru's president went to Santiago "
            "two years later.",
            "2025-03-01",
            ("2021-01-01", "2021-12-31"),
        ),
        (
            "The premier travelled to Hanoi on 3 May 2024 and, after a stop at home, flew to "
            "Vientiane two months later.",
            "2025-03-01",
            ("2024-07-01", "2024-07-31"),
        ),
    ],
)
def test_a_year_or_months_later_is_that_year_or_month(text, published, expected):
    assert expected in dates_of(text, published, "visit")


def test_a_parenthetical_years_later_does_not_date_the_clause_it_interrupts():
    found = events(
        "In May 2012 a few Norwegian diplomats went quietly to Havana to meet rebel envoys, a "
        "contact that led, three years later, to the accord signed in Oslo in June 2015.",
        "2025-03-01",
    )
    assert all(s != "2015-01-01" for _, _, s, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Sunday, on the eve of the summit, the Kenyan president spoke by telephone with "
            "his Ugandan counterpart.",
            "2024-06-09",
        ),
        (
            "On Sunday — the eve of the talks — the foreign minister spoke by phone with his "
            "Qatari counterpart.",
            "2024-06-09",
        ),
    ],
)
def test_a_day_named_beside_the_eve_of_an_event_is_the_day(text, expected):
    assert dates_of(text, "2024-06-11", "call") == [(expected, expected)]


def test_an_event_told_back_from_the_talks_does_not_become_what_they_count_from():
    text = (
        "MUSCAT — The two envoys held talks in a villa near Muscat last Saturday.\n"
        "The American envoy had stopped in Rome the day before for talks with Italian "
        "officials. The Iranian delegation flew in to Muscat on the morning of the talks."
    )
    found = events(text, "2025-04-18")
    assert ("visit", "occurred", "2025-04-12", "2025-04-12") in found
    assert ("visit", "occurred", "2025-04-11", "2025-04-11") in found


# --- plans read forward, and a programme's weekdays ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BERN — The president will welcome heads of government from across the continent to "
        "Lucerne, Switzerland, from July 8 to 10 for a summit on migration.",
        "The chancellor is to host the leaders of twenty nations in Hamburg, with officials "
        "from two dozen agencies, on July 8 and 9 for a conference on shipping.",
        "The minister will receive her counterparts from the Gulf in Kuwait City, Kuwait, on "
        "July 8 for a meeting on maritime security.",
    ],
)
def test_a_gathering_a_plan_brings_about_is_read_forward(text):
    found = [e for e in events(text, "2025-07-01") if e[0] in ("conference", "meeting")]
    assert found
    assert all(
        status == "announced" and start.startswith("2025-07") for _, status, start, _ in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "The minister was in Ottawa on Tuesday, where she held talks with her Canadian "
        "counterpart on lumber and on the renewal of the softwood deal due next year.",
        "The envoy held talks in Lagos on Tuesday about the oil accord due in the spring.",
    ],
)
def test_when_a_topic_of_talks_is_due_does_not_date_the_talks(text):
    assert ("meeting", "occurred", "2025-07-01", "2025-07-01") in events(text, "2025-07-03")


PROGRAMME = (
    "Rome, 2 May 2024 - The President of Italy will pay a state visit to Ghana from 13 to 16 "
    "May, the Quirinale said today.\n\n"
    "On Tuesday, he is due to meet the Ghanaian vice-president in Accra. "
    "The visit ends on Thursday in Kumasi, where the president will meet traditional leaders."
)


def test_a_weekday_of_a_programme_is_within_the_programme():
    found = events(PROGRAMME, "2024-05-02")
    assert ("meeting", "announced", "2024-05-14", "2024-05-14") in found  # Tuesday 14 May
    assert ("visit", "announced", "2024-05-16", "2024-05-16") in found  # Thursday 16 May


def test_a_weekday_after_a_single_dated_event_still_counts_from_publication():
    text = (
        "The envoy told reporters today that the committee would meet in Geneva on 13 May.\n\n"
        "She will travel to Doha on Monday to meet the mediators."
    )
    assert ("visit", "announced", "2024-05-06", "2024-05-06") in events(text, "2024-05-02")


def test_a_past_programme_keeps_its_weekdays_up_to_publication():
    text = (
        "The foreign minister toured three Baltic capitals from 6 to 9 May.\n\n"
        "On Tuesday she met the Latvian prime minister in Riga."
    )
    assert ("meeting", "occurred", "2024-05-07", "2024-05-07") in events(text, "2024-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "The envoys held talks in Lagos about the oil accord due in March.",
        "The two ministers met in Hanoi on the fisheries pact slated for 2027.",
    ],
)
def test_a_topic_due_date_leaves_the_talks_undated(text):
    assert [(s, e) for t, _, s, e in events(text, "2025-07-03") if t == "meeting"] == [(None, None)]


# --- an event put off to a new date -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's president, who was in Lima on Monday, postponed a trip to Bolivia that had "
            "been planned for Thursday until April 7.",
            ("visit", "announced", "2025-04-07", "2025-04-07"),
        ),
        (
            "The summit in Lusaka, planned for Friday, was postponed to next month.",
            ("conference", "announced", "2025-03-01", "2025-03-31"),
        ),
        (
            "Officials said the talks in Baku, scheduled for Thursday, had been pushed back to "
            "March 3.",
            ("meeting", "announced", "2025-03-03", "2025-03-03"),
        ),
    ],
)
def test_an_event_put_off_to_a_new_date_is_announced_for_that_date(text, expected):
    assert expected in events(text, "2025-02-18")


def test_an_event_put_off_without_a_new_date_stays_cancelled():
    found = events(
        "The prime minister postponed his trip to Oslo until further notice.", "2025-02-18"
    )
    assert [status for kind, status, _, _ in found if kind == "visit"] == ["cancelled"]


# --- parts of a year, "in two months", and plans told beside a past event ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the first quarter of 2026", (dt.date(2026, 1, 1), dt.date(2026, 3, 31))),
        ("during the second half of next year", (dt.date(2026, 7, 1), dt.date(2026, 12, 31))),
        ("in the last quarter of this year", (dt.date(2025, 10, 1), dt.date(2025, 12, 31))),
    ],
)
def test_a_part_of_a_year_is_its_months(text, expected):
    span = find_dates(text, dt.date(2025, 6, 10))[0].span
    assert (span.start, span.end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("will meet again in two months", (dt.date(2025, 8, 1), dt.date(2025, 8, 31))),
        ("is due back in three weeks' time", (dt.date(2025, 6, 30), dt.date(2025, 7, 6))),
        ("will sign it in ten days", (dt.date(2025, 6, 20), dt.date(2025, 6, 20))),
    ],
)
def test_in_so_many_days_weeks_or_months_is_read_forward(text, expected):
    span = find_dates(text, dt.date(2025, 6, 10), prefer_future=True)[0].span
    assert (span.start, span.end) == expected
    assert find_dates(text, dt.date(2025, 6, 10)) == []  # a past event: a duration, no date


@pytest.mark.parametrize(
    "text",
    ["a week of talks that runs until Friday", "in two days of talks", "in a year when"],
)
def test_in_a_week_of_talks_is_no_date(text):
    assert [d.span.kind for d in find_dates(text, dt.date(2025, 6, 10), prefer_future=True)] in (
        [],
        ["weekday"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The three foreign ministers, who met on Tuesday, will hold their next meeting in Rabat "
        "in two months.",
        "The envoys agreed in Vienna on Tuesday to meet again in Vienna in two months.",
    ],
)
def test_a_next_meeting_in_two_months_is_that_month(text):
    found = [e for e in events(text, "2025-06-12") if e[1] == "announced"]
    assert [(s, e) for _, _, s, e in found] == [("2025-08-01", "2025-08-31")]


def test_the_first_talks_in_two_years_are_not_dated_two_years_ahead():
    found = events("The ministers will hold their first talks in two years.", "2025-06-12")
    assert all(s is None for _, _, s, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The president left the summit early and returned to Lusaka, where he will receive "
        "Malawi's president for talks on Monday.",
        "The premier flew home to Accra, where she will host Togo's leader for talks on Monday.",
    ],
)
def test_a_host_receiving_a_guest_for_talks_takes_the_day_of_the_talks(text):
    meetings = [(s, st) for t, st, s, _ in events(text, "2025-06-12") if t == "meeting"]
    assert meetings and all(m == ("2025-06-16", "announced") for m in meetings)


def test_a_plan_told_beside_the_main_event_does_not_take_its_day():
    text = (
        "WINDHOEK — Leaders of the bloc met in Windhoek on Friday for an extraordinary summit.\n\n"
        "Zambia's president left before the closing session and returned to Lusaka, where he "
        "will receive visiting ministers."
    )
    found = [(s, st) for t, st, s, _ in events(text, "2025-06-14") if t == "meeting"]
    assert ("2025-06-13", "announced") not in found


# --- a day that names another thing; a plan agreed after the event ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister had previewed today's negotiations in a call with Peru's ambassador "
            "on Monday.",
            ("call", "2023-05-15"),
        ),
        (
            "Ahead of Friday's vote, the envoy spoke by phone with his Saudi counterpart on "
            "Tuesday.",
            ("call", "2023-05-16"),
        ),
    ],
)
def test_a_day_naming_another_thing_gives_way_to_the_events_own(text, expected):
    kind, day = expected
    assert dates_of(text, "2023-05-18", kind) == [(day, day)]


def test_a_day_naming_the_event_word_itself_is_its_date():
    assert dates_of("Yesterday's summit in Quito opened late.", "2023-05-18", "conference") == [
        ("2023-05-17", "2023-05-17")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers signed an accord on fisheries and agreed to meet again in Tunis in "
        "March.",
        "The presidents signed a trade protocol and decided to hold a summit in Quito in May.",
    ],
)
def test_a_plan_agreed_after_a_signing_does_not_date_or_place_the_signing(text):
    found = extract_candidates(
        text, published=dt.date(2025, 6, 12), url="https://example.org/story"
    )
    signing = [r for r in found if r["event_type"] == "agreement"]
    assert signing and all(r["date_start"] is None and r["place_name"] is None for r in signing)
    assert any(r["status"] == "announced" and r["date_start"] for r in found)


# --- the publication date an article states --------------------------------------------------

BODY = "The foreign ministers of Ghana and Togo met in Lomé on Monday to discuss border trade."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Ghana and Togo talk trade\n\nPosted on 4 June 2025\n\n{BODY}", dt.date(2025, 6, 4)),
        (
            f"Ghana and Togo talk trade\n\nBy Ama Mensah | Wednesday 4 June 2025, 09:10\n\n{BODY}",
            dt.date(2025, 6, 4),
        ),
        (f"Border trade\n\nAccra, 04/06/2025\n\n{BODY}", dt.date(2025, 6, 4)),
        (f"Border trade\n\nAccra, 06/24/2025\n\n{BODY}", dt.date(2025, 6, 24)),
        (f"Border trade\n2025-06-04\n\n{BODY}", dt.date(2025, 6, 4)),
        (
            f"Border trade\n\nUpdated 5 June 2025\nPublished 4 June 2025\n\n{BODY}",
            dt.date(2025, 6, 4),
        ),
        (
            f"Border trade\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nThis story was first published "
            "June 4, 2025.",
            dt.date(2025, 6, 4),
        ),
        (f"ACCRA, 4 June 2025 (West Africa Wire) – {BODY}", dt.date(2025, 6, 4)),
    ],
)
def test_the_publication_date_is_read_from_a_header_byline_or_dateline(text, expected):
    assert publication_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Border trade\n\n{BODY}",
        f"Border trade\n\n{BODY} The two countries signed a trade protocol on 12 March 2019 "
        "in Accra and have met every year since then to review it, most recently last week.",
        "ACCRA, June 4 (West Africa Wire) – " + BODY,
    ],
)
def test_no_publication_date_without_a_full_date_in_a_header(text):
    assert publication_date(text) is None


def test_cli_extract_uses_the_stated_publication_date(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(f"Border trade\n\nPublished 4 June 2025\n\n{BODY}\n", encoding="utf-8")
    assert main(["extract", str(article), "--url", "https://example.org/story"]) == 0
    out = capsys.readouterr()
    assert "publication date 2025-06-04 read from the article" in out.err
    props = json.loads(out.out)["features"][0]["properties"]
    assert props["date_start"].startswith("2025-06-02")  # the Monday before publication
    assert props["source_published"].startswith("2025-06-04")


# --- the telling's day, the trip ahead, "the same afternoon" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister today announced that she will travel to Peru and Chile from "
        "June 18 to 22, 2018, to promote trade.",
        "The ministry on Sunday confirmed that the minister will visit Peru from June 18 to 22.",
    ],
)
def test_the_day_of_an_announcement_is_not_the_trip(text):
    found = [(s, e) for t, _, s, e in events(text, "2018-06-17") if t == "visit"]
    assert found and all(f == ("2018-06-18", "2018-06-22") for f in found)


def test_a_day_before_a_comma_and_said_is_the_events():
    text = "Chile's president, who was in Quito on Monday, said the talks would go on."
    assert ("visit", "occurred", "2025-02-17", "2025-02-17") in events(text, "2025-02-18")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy arrived in Amman on Wednesday, and is due to travel to Baghdad on Sunday for "
        "talks with the Iraqi premier.",
        "The minister landed in Hanoi on Wednesday from Bangkok, where she had met Thai "
        "officials on Tuesday, and is due to fly to Vientiane on Sunday for talks.",
    ],
)
def test_a_trip_ahead_after_an_arrival_is_read_forward_with_its_purpose(text):
    found = events(text, "2019-10-05")
    assert ("visit", "announced", "2019-10-06", "2019-10-06") in found
    assert ("meeting", "announced", "2019-10-06", "2019-10-06") in found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The minister will arrive in Suva next Monday, 4 September, for a two-day stay. He "
            "will hold talks with the Prime Minister the same afternoon.",
            "2017-08-29",
            ("meeting", "announced", "2017-09-04", "2017-09-04"),
        ),
        (
            "The envoy arrived in Muscat on Monday and met the sultan that evening.",
            "2025-02-18",
            ("meeting", "occurred", "2025-02-17", "2025-02-17"),
        ),
    ],
)
def test_the_same_afternoon_or_that_evening_is_the_day_told_before(text, published, expected):
    assert expected in events(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council will meet on May 12 and 13 at the secretariat in Georgetown. On the "
            "second day, the chair will meet Cuba's foreign minister.",
            "2016-05-13",
        ),
        (
            "Leaders will gather in Lima from May 10 to 12 for the summit. On the final day of "
            "the summit, the host will meet the Chilean president.",
            "2016-05-12",
        ),
    ],
)
def test_the_second_or_final_day_is_that_day_of_the_event_told_before(text, expected):
    assert ("meeting", "announced", expected, expected) in events(text, "2016-04-28")


def test_following_the_consultations_counts_from_the_consultations_not_a_later_told_meeting():
    text = (
        "MOSCOW, October 20. Consultations on Syria opened on Wednesday in a Moscow hotel with "
        "envoys of nine states.\n\n"
        "On the eve, on Tuesday, the Russian envoy met the envoys of Iran and Turkey.\n\n"
        "Following the consultations, the participants adopted a joint statement."
    )
    found = events(text, "2021-10-20")
    assert ("agreement", "occurred", "2021-10-20", "2021-10-20") in found


@pytest.mark.parametrize("later", ["Hours later", "A few hours later", "Minutes later"])
def test_hours_later_is_the_day_of_the_event_before(later):
    text = (
        "The emir landed in Jeddah on Tuesday and was greeted by the crown prince.\n\n"
        f"{later}, the two leaders signed a declaration ending the dispute."
    )
    assert ("agreement", "occurred", "2021-01-05", "2021-01-05") in events(text, "2021-01-10")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy will hold a video call with the EU's foreign policy chief on Monday to "
        "prepare the EU-ASEAN ministerial meeting, which is due to take place in Bangkok in May.",
        "She spoke by phone with her Swedish counterpart on Monday about the Nordic summit, "
        "which will be held in Oslo in May.",
    ],
)
def test_a_which_clause_right_after_a_gathering_gives_its_date(text):
    found = [(st, s) for t, st, s, _ in events(text, "2024-02-17") if t == "conference"]
    assert ("announced", "2024-05-01") in found


@pytest.mark.parametrize(
    "text",
    [
        "The premier said he expected to see his counterpart before then at the Pacific Islands "
        "Forum leaders' meeting in Suva in September.",
        "She expected to meet the king at the annual Gulf Cooperation Council summit in Doha in "
        "December.",
    ],
)
def test_expected_to_meet_at_a_gathering_makes_it_a_plan(text):
    found = [(st, s) for t, st, s, _ in events(text, "2025-07-29") if t == "conference"]
    assert found and all(st == "announced" and s >= "2025-07-29" for st, s in found)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the defence minister and I will join our Philippine counterparts for the "
        "fourth Japan-Philippines Foreign and Defence Ministers' Meeting.",
        "On Tuesday the premier will co-chair the ninth annual Nordic-Baltic Eight Foreign "
        "Ministers' Meeting.",
    ],
)
def test_will_join_a_meeting_on_a_weekday_is_the_next_such_day(text):
    found = [
        (st, s) for t, st, s, _ in events(text, "2023-08-12") if t in ("meeting", "conference")
    ]
    assert found and all(f == ("announced", "2023-08-15") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An agreement on visas will be signed in Lima on Friday.", "announced"),
        ("A protocol on fisheries is due to be signed in Dakar on Friday.", "announced"),
        ("A treaty on the border is expected to be initialled in Baku on Friday.", "announced"),
        ("An agreement on visas was signed in Lima on Friday.", "occurred"),
    ],
)
def test_a_text_that_will_be_signed_is_announced_and_read_forward(text, expected):
    found = [(st, s) for t, st, s, _ in events(text, "2021-10-04") if t == "agreement"]
    day = "2021-10-08" if expected == "announced" else "2021-10-01"
    assert found == [(expected, day)]


@pytest.mark.parametrize(
    "text",
    [
        "SUVA, July 7 - Pacific leaders met in Suva on Thursday.\n\nFiji's prime minister flew "
        "to Canberra after the meeting for talks at Parliament House on Monday.",
        "SUVA, July 7 - Pacific leaders met in Suva on Thursday.\n\nAfter the summit, Tonga's "
        "king flew to Wellington to meet the governor-general on Monday.",
    ],
)
def test_the_purpose_of_a_trip_is_not_before_the_trip(text):
    found = [(st, s) for t, st, s, _ in events(text, "2023-07-07") if t == "meeting"]
    assert ("announced", "2023-07-10") in found
    assert all(s != "2023-07-03" for _, s in found)


def test_a_meeting_told_after_a_trip_without_purpose_keeps_its_past_day():
    text = "The envoy flew to Oslo on Thursday, having met the Danish minister on Monday."
    found = [(st, s) for t, st, s, _ in events(text, "2023-07-07") if t == "meeting"]
    assert found == [("occurred", "2023-07-03")]


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders met in Riyadh to discuss Vision 2030 investments.",
        "Ministers met in Addis Ababa to review progress on the 2030 Agenda.",
        "Saudi Arabia and Oman signed an accord at the Expo 2020 site in Dubai.",
    ],
)
def test_a_year_inside_a_name_does_not_date_the_event(text):
    assert all(s is None for _, _, s, _ in events(text, "2025-06-10"))


def test_a_year_after_a_preposition_still_dates_the_event():
    assert dates_of("The two leaders met in Riyadh in 2019.", "2025-06-10", "meeting") == [
        ("2019-01-01", "2019-12-31")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Catch-up: last night the Kenyan and Ugandan presidents met in Kampala.",
        "The two foreign ministers held talks in Lisbon last night.",
    ],
)
def test_last_night_is_the_day_before_publication(text):
    assert dates_of(text, "2022-06-24", "meeting") == [("2022-06-23", "2022-06-23")]
