"""Documents that are not running prose: diaries, schedules, digests, transcripts.

Every document here is invented for the test (other names, cities and dates than the articles
the rules were developed on), two variants or more per format: the layout's headings, item
starts, bullets, numbers, time stamps and speakers give each item its date and place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.layout import Layout, forward, marker_end, subjectless
from mapapp.extract.sentences import sentences_of
from tests.conftest import core_candidates

URL = "https://example.org/formats"


def core(text: str, published: dt.date) -> list[dict]:
    return core_candidates(text, published, url=URL)


def having(events: list[dict], words: str) -> dict:
    hits = [e for e in events if words in e["source_quote"]]
    assert len(hits) >= 1, [e["source_quote"] for e in events]
    return hits[0]


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("• Trade: The two ministers met in Lima.", "Trade: The two ministers met in Lima."),
        ("- The envoy flew to Quito.", "The envoy flew to Quito."),
        ("3. The parties signed the accord.", "The parties signed the accord."),
        ("(2) Visit of the Minister to Chile.", "Visit of the Minister to Chile."),
        ("9:30 a.m. Minister Okoro meets with the envoy.", "Minister Okoro meets with the envoy."),
        ("16:45 — Leaders arrive at the venue.", "Leaders arrive at the venue."),
        ("Updated 11:05 am The talks resume.", "The talks resume."),
        ("7:00 a.m. LOCAL Minister Sato visits a port.", "Minister Sato visits a port."),
        ("SPOKESPERSON LINDGREN: Good morning.", "Good morning."),
        ("Q: Will the minister go to Rome?", "Will the minister go to Rome?"),
        ("QUESTION (Daily Post, Mr. Abe): Is it true?", "Is it true?"),
    ],
)
def test_markers_opening_a_line_are_not_its_text(line: str, rest: str) -> None:
    assert line[marker_end(line) :] == rest


@pytest.mark.parametrize(
    "line",
    [
        "The minister met Ann in Lima.",
        "3.5 million people voted in Ghana.",
        "NAIROBI — Kenya and Uganda signed a deal.",
        "WASHINGTON: The talks began.",
        "2024 was a year of summits.",
    ],
)
def test_prose_and_datelines_have_no_marker(line: str) -> None:
    assert marker_end(line) == 0


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        ("TUESDAY 10 JUNE", "Tuesday 10 June"),
        ("Thursday, April 3, 2025", "Thursday, April 3, 2025"),
        ("FRIDAY 13 – SATURDAY 14 JUNE", "Friday 13 – Saturday 14 June"),
        ("Sunday, 8th June, 2025", "Sunday, 8th June, 2025"),
    ],
)
def test_date_headings(heading: str, date: str) -> None:
    layout = Layout()
    layout.heading(heading)
    assert layout.date == date


def test_other_time_frames_end_a_date_heading() -> None:
    layout = Layout()
    layout.heading("TUESDAY 10 JUNE")
    layout.heading("LOOKING FURTHER AHEAD")
    assert layout.date is None
    layout.heading("FINANCE DIVISION")  # a section of the page, not a time frame
    assert layout.date is None


DIARY_A = """DIPLOMATIC WEEK AHEAD
Compiled on Sunday 8 June 2025

All times local.

MONDAY 9 JUNE
LIMA — Peru's foreign minister receives his Chilean counterpart at Torre Tagle Palace.

TUESDAY 10 JUNE
SEOUL — The Mongolian president begins a two-day state visit to South Korea.

WEDNESDAY 11 JUNE
ACCRA — Ghana and Togo to sign a maritime boundary agreement, officials say.
"""

DIARY_B = """The week in diplomacy
Issued Monday 13 October 2025

Tuesday 14 October
Brasília — Brazil's president holds talks with the Angolan president at the Planalto Palace.

Thursday 16 October
Jakarta — ASEAN foreign ministers meet for a special session on the Myanmar crisis.
"""


def test_a_diary_dates_and_places_each_item_by_its_heading_and_city() -> None:
    events = core(DIARY_A, dt.date(2025, 6, 8))
    visit = having(events, "state visit to South Korea")
    assert (visit["event_type"], visit["status"]) == ("visit", "announced")
    assert visit["date_start"] == "2025-06-10"
    assert visit["place_name"] == "Seoul"  # the item's city, not only the country
    deal = having(events, "maritime boundary agreement")
    assert (deal["event_type"], deal["status"], deal["date_start"]) == (
        "agreement",
        "announced",
        "2025-06-11",
    )
    assert deal["place_name"] == "Accra"


def test_a_second_diary_in_title_case() -> None:
    events = core(DIARY_B, dt.date(2025, 10, 13))
    talks = having(events, "holds talks with the Angolan president")
    assert (talks["status"], talks["date_start"]) == ("announced", "2025-10-14")
    assert "Brasília" in talks["place_name"]
    session = having(events, "special session on the Myanmar crisis")
    assert (session["status"], session["date_start"]) == ("announced", "2025-10-16")
    assert session["place_name"] == "Jakarta"


def test_a_single_date_line_under_a_title_is_the_publication_not_the_items_date() -> None:
    text = (
        "Envoy ends Gulf tour\n\nMarch 4, 2025\n\n"
        "The envoy met the Omani foreign minister in Muscat, officials said.\n"
        "She will travel to Kuwait later this month.\n"
    )
    events = core(text, dt.date(2025, 3, 4))
    meeting = having(events, "met the Omani foreign minister")
    assert meeting["date_start"] is None  # no date stated: the byline date is not used
    assert meeting["status"] == "occurred"


SCHEDULE_A = """DAILY SCHEDULE
TUESDAY, APRIL 8, 2025

MINISTER VALDÉS

9:00 a.m. Minister Valdés meets with Kenyan Foreign Minister Grace Wanjiru, at the Ministry.
(PHOTO SPRAY)

11:00 a.m. Minister Valdés attends a cabinet meeting.
(CLOSED PRESS)

VICE MINISTER

Vice Minister Ortega meets with the Ambassador of Norway, at the Ministry.
"""

SCHEDULE_B = """Public Schedule for Friday, November 21, 2025

FRIDAY, NOVEMBER 21, 2025

8:15 a.m. Secretary Hale holds a bilateral meeting with Polish Foreign Minister Nowak.
LOCATION: Benjamin Franklin Room
10:30 a.m. Secretary Hale meets with the Prime Minister of Fiji.
"""


def test_a_schedule_of_the_day_is_announced_on_that_day() -> None:
    events = core(SCHEDULE_A, dt.date(2025, 4, 8))
    meeting = having(events, "meets with Kenyan Foreign Minister")
    assert (meeting["event_type"], meeting["status"], meeting["date_start"]) == (
        "meeting",
        "announced",
        "2025-04-08",
    )
    assert not any(
        e["actors"] and "Valdés" in e["actors"][0] and "9:00" in e["actors"][0] for e in events
    )
    other = having(events, "meets with the Ambassador of Norway")
    assert (other["status"], other["date_start"]) == ("announced", "2025-04-08")


def test_a_second_schedule() -> None:
    events = core(SCHEDULE_B, dt.date(2025, 11, 21))
    fiji = having(events, "meets with the Prime Minister of Fiji")
    assert (fiji["status"], fiji["date_start"]) == ("announced", "2025-11-21")


TRANSCRIPT = """Press Briefing by the Spokesperson, OKONKWO Ada

Thursday, 5 June 2025, 3:00 p.m.

SPOKESPERSON OKONKWO: Good afternoon. Yesterday, the Minister held talks with the Foreign \
Minister of Peru in Lima.

Q (Andes Daily, Ms. Rojas): Will the Minister meet the President of Bolivia in La Paz next week?

SPOKESPERSON OKONKWO: Nothing has been decided.

QUESTION: The Minister visited Quito on Monday. What came of it?

REPORTER (Radio Sur, Mr. Paz): There are reports that the Minister will travel to Santiago \
next month. Can you confirm this?

SPOKESPERSON OKONKWO: Tomorrow the Minister will hold a telephone talk with the Hon. Rosa \
Vidal, Foreign Minister of Uruguay.
"""


def test_a_reporters_question_states_no_event_but_the_spokespersons_answer_does() -> None:
    events = core(TRANSCRIPT, dt.date(2025, 6, 5))
    talks = having(events, "held talks with the Foreign Minister of Peru")
    assert talks["date_start"] == "2025-06-04"
    assert not [e for e in events if "La Paz" in e["source_quote"]]
    quito = having(events, "visited Quito on Monday")  # stated as fact before the question
    assert quito["event_type"] == "visit"
    assert not [e for e in events if "Santiago" in e["source_quote"]]  # a report to confirm
    call = having(events, "telephone talk with the Hon. Rosa Vidal")  # one sentence
    assert (call["event_type"], call["status"]) == ("call", "announced")


def test_bullets_and_numbers_are_not_part_of_the_sentence() -> None:
    text = (
        "THE BRIEFING\n\n"
        "• Andes: Chile's president met his Peruvian counterpart in Arica on Monday.\n"
        "2. The two foreign ministers signed a memorandum in Windhoek on 3 June 2025.\n"
    )
    masked = [s.masked for s in sentences_of(text)]
    assert masked[0].startswith(" " * 2)
    assert not any(m.lstrip().startswith("2.") for m in masked)
    events = core(text, dt.date(2025, 6, 10))
    assert having(events, "met his Peruvian counterpart")["place_name"] == "Arica"
    assert having(events, "signed a memorandum")["date_start"] == "2025-06-03"


def test_a_weekday_in_a_date_heading_does_not_pull_the_date_back() -> None:
    text = (
        "ENVOYS' DIARY\n\nTHURSDAY 12 JUNE\nOSLO — The Colombian foreign minister visits Norway.\n"
        "\nFRIDAY 13 JUNE\nBERN — The Swiss president receives the Kenyan president.\n"
    )
    events = core(text, dt.date(2025, 6, 8))  # a Sunday: the Thursday before is 5 June
    visit = having(events, "visits Norway")
    assert (visit["date_start"], visit["date_end"]) == ("2025-06-12", "2025-06-12")
    assert (visit["status"], visit["place_name"]) == ("announced", "Oslo")


LIVE_A = """LIVE: Andean summit in Cusco

By our regional desk

17:20
Peru's president and the Chilean president held talks on the sidelines of the summit.

15:05
Leaders adopted a joint declaration on water security.

9:40
Welcome to our coverage. Andean leaders are gathering in Cusco today for their annual summit.
"""

LIVE_B = """Nordic ministers meet: as it happened

Updated 4:50 pm — The ministers met the Icelandic premier on the sidelines of the meeting.
Updated 2:15 pm — The talks on Arctic shipping ran late.
Updated 10:30 am — Nordic foreign ministers are meeting in Reykjavik today for their spring session.
"""


def test_a_live_blog_is_read_oldest_entry_first() -> None:
    sentences = [s.text for s in sentences_of(LIVE_A)]
    assert sentences.index(
        "Andean leaders are gathering in Cusco today for their annual summit."
    ) < sentences.index(
        "Peru's president and the Chilean president held talks on the sidelines of the summit."
    )
    events = core(LIVE_A, dt.date(2025, 7, 4))
    talks = having(events, "held talks on the sidelines")
    assert (talks["place_name"], talks["date_start"]) == ("Cusco", "2025-07-04")


def test_a_second_live_blog_with_updated_stamps() -> None:
    events = core(LIVE_B, dt.date(2025, 4, 10))
    side = having(events, "met the Icelandic premier")
    assert side["place_name"].startswith("Reykjav")


def test_a_text_whose_times_run_forward_is_left_as_it_is() -> None:
    text = "Schedule\n9:00 — Arrival.\n11:00 — Talks.\n15:00 — Departure.\n"
    assert forward(text) == text


SCHEDULE_TRAVEL = """PUBLIC SCHEDULE
THURSDAY, MARCH 5, 2026

FOREIGN MINISTER

9:00 a.m. Foreign Minister Adeyemi meets with the Ambassador of Chile, at the Ministry.
11:00 a.m. Foreign Minister Adeyemi hosts the Italian foreign minister for lunch.

DEPUTY MINISTER

Deputy Minister Ruiz is on travel to Lima, Peru, March 3-4, and Quito, Ecuador, March 5-6, 2026.

10:00 a.m. LOCAL Deputy Minister Ruiz meets with Ecuadorian Foreign Minister Paula Mejía.
(POOL SPRAY)

STATE SECRETARY

2:00 p.m. State Secretary Lind meets with the Ambassador of Japan, at the Ministry.
"""


def test_a_schedule_section_abroad_places_its_items_at_the_days_stop() -> None:
    events = core(SCHEDULE_TRAVEL, dt.date(2026, 3, 5))
    abroad = having(events, "meets with Ecuadorian Foreign Minister")
    assert (abroad["status"], abroad["date_start"]) == ("announced", "2026-03-05")
    assert abroad["place_name"] == "Quito"
    home = having(events, "meets with the Ambassador of Japan")  # a new section: not abroad
    assert home["place_name"] != "Quito"


def test_a_trip_whose_stops_are_other_days_places_nothing() -> None:
    layout = Layout()
    layout.heading("FRIDAY, MAY 8, 2026")
    layout.text("Minister Boateng is on travel to Nairobi, Kenya, May 11-12, 2026.")
    block = layout.text("9:00 a.m. LOCAL Minister Boateng meets with the Speaker.")
    assert block.stops and block.stops[0][0].name == "Nairobi"
    events = core(
        "PUBLIC SCHEDULE\nFRIDAY, MAY 8, 2026\n\n8:00 a.m. Staff meeting.\n"
        "Minister Boateng is on travel to Nairobi, Kenya, May 11-12, 2026.\n"
        "9:00 a.m. Minister Boateng meets with the Speaker of Parliament.\n",
        dt.date(2026, 5, 8),
    )
    speaker = having(events, "meets with the Speaker")
    assert speaker["place_name"] != "Nairobi"


@pytest.mark.parametrize(
    ("sentence", "status", "place"),
    [
        (
            "The President will on Monday, 9th March, 2026 depart for Hanoi, Viet Nam.",
            "announced",
            "Hanoi",
        ),
        ("The foreign minister departed for Nairobi on Tuesday.", "occurred", "Nairobi"),
        (
            "After Dakar, the Prime Minister will proceed to Abidjan for a working visit.",
            "announced",
            "Abidjan",
        ),
        ("The delegation then proceeded to Santiago, Chile.", "occurred", "Santiago"),
        (
            "Under Secretary Moreau is on travel to Oslo, Norway, March 9-10, 2026.",
            "announced",
            "Oslo",
        ),
    ],
)
def test_departures_and_onward_legs_of_official_notes_are_visits(
    sentence: str, status: str, place: str
) -> None:
    events = core(sentence, dt.date(2026, 3, 5))
    visit = having(events, sentence[:30])
    assert (visit["event_type"], visit["status"], visit["place_name"]) == ("visit", status, place)


def test_proceeding_to_do_something_is_no_trip() -> None:
    events = core("The envoy then proceeded to brief reporters.", dt.date(2026, 3, 5))
    assert not [e for e in events if e["event_type"] == "visit"]


def test_two_date_lines_of_a_byline_do_not_make_a_diary() -> None:
    text = (
        "Ministers end talks in Doha\n\nMarch 4, 2025\nUpdated March 5, 2025\n\nMarch 5, 2025\n\n"
        "Talks between the two foreign ministers in Doha focused on trade, officials said.\n"
    )
    layout = Layout()
    for line in ("March 4, 2025", "March 5, 2025"):
        layout.heading(line)
    assert not layout.dated
    events = core(text, dt.date(2025, 3, 5))
    talks = having(events, "Talks between the two foreign ministers")
    assert talks["status"] == "occurred"


def test_a_verbless_item_of_a_later_day_is_announced_but_not_one_of_the_day_in_prose() -> None:
    text = (
        "WEEK AHEAD\n\nMONDAY 9 JUNE\nPANAMA CITY — Talks between Panama and Colombia on the "
        "border.\n\nTUESDAY 10 JUNE\nQUITO — The Ecuadorian president receives the Peruvian "
        "president.\n"
    )
    events = core(text, dt.date(2025, 6, 8))
    talks = having(events, "Talks between Panama and Colombia")
    assert (talks["status"], talks["date_start"]) == ("announced", "2025-06-09")


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Public Schedule for Thursday, October 9, 2025", "2025-10-09"),
        ("DAILY AGENDA — 9 October 2025", "2025-10-09"),
        ("Schedule of the Foreign Minister for Thursday, 9th October 2025", "2025-10-09"),
    ],
)
def test_a_schedule_dated_in_its_title(title: str, day: str) -> None:
    text = (
        f"{title}\n\n8:30 a.m. The Foreign Minister meets with the Ambassador of Ghana.\n"
        "(CLOSED PRESS)\n3:00 p.m. The Foreign Minister meets with the President of Senegal.\n"
    )
    events = core(text, dt.date(2025, 10, 9))
    senegal = having(events, "meets with the President of Senegal")
    assert (senegal["status"], senegal["date_start"]) == ("announced", day)


MEDIA_NOTE_A = """MEDIA NOTE

Minister Varga's Travel to Peru and Chile

Minister of Foreign Affairs Ilona Varga will travel to Lima, Peru, and Santiago, Chile, from \
October 12 to 16, 2025.

In Lima, the Minister will sign a cultural cooperation agreement. She will also meet with \
Peru's Minister of Foreign Affairs to discuss trade.

In Santiago, Minister Varga will open an honorary consulate. She will hold talks with the \
Chilean Minister of Foreign Affairs on critical minerals.
"""

MEDIA_NOTE_B = """Secretary Holm to Visit Southeast Asia

Secretary Holm will travel to Hanoi, Viet Nam; Vientiane, Laos; and Phnom Penh, Cambodia from \
May 4 to 9, 2026.

In Vientiane, Laos, the Secretary will co-chair a ministerial meeting. He will also meet with \
the Lao Prime Minister.
"""


def test_a_paragraph_opening_in_city_places_its_further_sentences() -> None:
    events = core(MEDIA_NOTE_A, dt.date(2025, 10, 6))
    lima = having(events, "meet with Peru's Minister of Foreign Affairs")
    assert (lima["event_type"], lima["status"], lima["place_name"]) == (
        "meeting",
        "announced",
        "Lima",
    )
    santiago = having(events, "hold talks with the Chilean Minister")
    assert santiago["place_name"] == "Santiago"


def test_a_second_media_note_with_a_country_after_the_city() -> None:
    events = core(MEDIA_NOTE_B, dt.date(2026, 4, 30))
    lao = having(events, "meet with the Lao Prime Minister")
    assert (lao["status"], lao["place_name"]) == ("announced", "Vientiane")
    stops = {e["place_name"] for e in events if e["event_type"] == "visit"}
    assert {"Hanoi", "Vientiane", "Phnom Penh"} <= stops


LIVE_INLINE = """Live: Caribbean leaders' summit in Bridgetown

Friday 4 July 2025

16:40 — Talks between the Jamaican and Haitian prime ministers on the sidelines of the summit.
14:10 — The leaders signed a declaration on climate finance.
9:15 — Caribbean leaders are gathering in Bridgetown today for their annual summit.
"""


def test_a_live_blogs_timed_notes_are_not_a_schedules_plans() -> None:
    events = core(LIVE_INLINE, dt.date(2025, 7, 4))
    talks = having(events, "Talks between the Jamaican and Haitian prime ministers")
    assert talks["status"] == "occurred"
    assert talks["place_name"] == "Bridgetown"


ENGAGEMENTS = """Foreign Minister's engagements: week of 9 June 2025

Monday 9 June
• Attends the G7 foreign ministers' videoconference.

Wednesday 11 June
• Travels to Warsaw for talks with the Polish foreign minister.
"""

LAST_WEEK = """THE MINISTER LAST WEEK

• Held talks with the Omani foreign minister in Muscat on Monday.
- Signed a trade agreement with Qatar in Doha on Thursday.
"""


def test_items_without_a_subject_read_their_opening_verb() -> None:
    ahead = core(ENGAGEMENTS, dt.date(2025, 6, 6))
    trip = [e for e in ahead if e["event_type"] == "visit"]
    assert [(e["place_name"], e["date_start"], e["status"]) for e in trip] == [
        ("Warsaw", "2025-06-11", "announced")
    ]
    past = core(LAST_WEEK, dt.date(2025, 6, 8))
    deal = having(past, "Signed a trade agreement with Qatar")
    assert (deal["event_type"], deal["place_name"], deal["date_start"]) == (
        "agreement",
        "Doha",
        "2025-06-05",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya met Uganda.",
        "Calls by the envoy went unanswered.",
        "Visits of envoys.",
        "Met Office forecasts show rain in London.",
    ],
)
def test_a_sentence_with_its_subject_is_left_as_it_is(sentence: str) -> None:
    assert subjectless(sentence) == sentence


def test_a_question_of_a_transcript_states_no_event_whoever_asks_it() -> None:
    text = (
        "Regular Press Conference, 12 March 2026\n\n"
        "Spokesperson LIN: The Premier held talks with the Prime Minister of Laos in Beijing "
        "yesterday.\n\n"
        "Global Wire: Will the Premier travel to Jakarta for the summit next month?\n\n"
        "Spokesperson LIN: We will release information in due course.\n"
    )
    events = core(text, dt.date(2026, 3, 12))
    assert having(events, "held talks with the Prime Minister of Laos")["place_name"] == "Beijing"
    assert not [e for e in events if "Jakarta" in e["source_quote"]]


UNPUNCTUATED = """WEEK AHEAD

MONDAY 9 JUNE
• LIMA — Peru's foreign minister receives his Chilean counterpart
QUITO — Ecuador's president begins a state visit to Colombia

TUESDAY 10 JUNE
10:00 Brazil's president holds talks with the Angolan president in Brasília
"""


def test_items_without_closing_punctuation_are_still_read() -> None:
    events = core(UNPUNCTUATED, dt.date(2025, 6, 8))
    lima = having(events, "receives his Chilean counterpart")
    assert (lima["place_name"], lima["date_start"], lima["status"]) == (
        "Lima",
        "2025-06-09",
        "announced",
    )
    talks = having(events, "holds talks with the Angolan president")
    assert (talks["date_start"], talks["status"]) == ("2025-06-10", "announced")
    assert having(events, "begins a state visit to Colombia")["event_type"] == "visit"


@pytest.mark.parametrize(
    "heading", ["(1) Visit of the Foreign Minister to the Republic of Chile", "18:42", "WEEK AHEAD"]
)
def test_numbered_headings_and_bare_times_stay_headings(heading: str) -> None:
    assert not Layout().is_item(heading)


def test_a_week_ahead_reads_a_bare_weekday_as_the_next_one() -> None:
    text = (
        "THE WEEK AHEAD\n\nMONDAY\nOSLO — The Kenyan president begins a state visit to Norway.\n"
        "\nTUESDAY\nBERN — The Swiss president receives the Chilean president.\n"
    )
    events = core(text, dt.date(2025, 6, 11))  # a Wednesday: last Monday is two days back
    visit = having(events, "begins a state visit to Norway")
    assert (visit["date_start"], visit["status"]) == ("2025-06-16", "announced")


@pytest.mark.parametrize(
    ("location", "city"),
    [("Venue: Kempinski Hotel, Kumasi", "Kumasi"), ("LOCATION: Government House, Suva", "Suva")],
)
def test_a_schedules_location_line_places_the_item_above(location: str, city: str) -> None:
    text = (
        "DAILY PROGRAMME\nTuesday, 14 October 2025\n\n"
        "09:30 The President receives the Ambassador of Brazil.\n\n"
        f"11:00 The President holds talks with the Prime Minister of Mauritius.\n{location}\n"
    )
    events = core(text, dt.date(2025, 10, 14))
    assert having(events, "the Prime Minister of Mauritius")["place_name"] == city
