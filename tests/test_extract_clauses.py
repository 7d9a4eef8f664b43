"""Several events in one sentence, each with its own date, place and status; dates of kinds met
on the fourth held-out set.

Every sentence here is invented for the test (other names, places, dates and phrasing than
the articles the rules were read on): clauses opened by "where" that take the place and date
of the event they hang on, a time between a travel verb and its destination, stays ("was in
Lima on Monday"), stops and onward legs of announced trips, relative dates in announced
sentences, durations that belong to one event only, and day-month ranges across two months.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.text_dates import find_dates
from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/clauses"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL)


def by_type(text: str, published: dt.date = WED) -> dict[str, dict]:
    found = core(text, published)
    out = {e["event_type"]: e for e in found}
    assert len(out) == len(found), found
    return out


def summary(e: dict) -> tuple:
    return (e["status"], e["date_start"], e["date_end"], e["place_name"])


# --- "where": the clause takes the place and date of the event it hangs on ------------------


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        (
            "The envoy flew on Monday to Lima, where she held talks with Peru's foreign minister.",
            "Lima",
            "2024-09-09",
        ),
        (
            "Ms Okafor travelled on Tuesday to Accra, where she met Ghana's president.",
            "Accra",
            "2024-09-10",
        ),
        (
            "The minister stopped in Windhoek on Monday, where he held talks with the "
            "Namibian foreign minister.",
            "Windhoek",
            "2024-09-09",
        ),
    ],
)
def test_where_clause_takes_the_trip_place_and_day(sentence, place, day):
    events = by_type(sentence)
    assert summary(events["visit"]) == ("occurred", day, day, place)
    assert summary(events["meeting"]) == ("occurred", day, day, place)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president travels to Lusaka on Thursday and will end his tour in Harare two days "
        "later, where he is due to meet Zimbabwe's president.",
        "The premier flies to Lusaka on Thursday and will end the trip in Harare two days "
        "later, where she is expected to meet the Zimbabwean president.",
    ],
)
def test_announced_where_clause_and_relative_day_read_forward(sentence):
    found = core(sentence, published=dt.date(2024, 9, 10))  # a Tuesday
    visits = {e["place_name"]: e for e in found if e["event_type"] == "visit"}
    meetings = [e for e in found if e["event_type"] == "meeting"]
    assert summary(visits["Lusaka"]) == ("announced", "2024-09-12", "2024-09-12", "Lusaka")
    assert summary(visits["Harare"]) == ("announced", "2024-09-14", "2024-09-14", "Harare")
    assert [summary(m) for m in meetings] == [("announced", "2024-09-14", "2024-09-14", "Harare")]


def test_where_clause_keeps_its_own_date_and_place():
    events = by_type(
        "The minister arrived in Dakar on Monday, where she held talks with officials in "
        "Thies on Tuesday."
    )
    assert summary(events["meeting"]) == ("occurred", "2024-09-10", "2024-09-10", "Thiès")


# --- trips: a time before the destination, stays, stops and onward legs -----------------------


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        ("The foreign minister flew on Sunday to Oslo.", "Oslo", "2024-09-08"),
        ("The delegation travelled last Monday to Nairobi.", "Nairobi", "2024-09-09"),
        ("The envoy arrived early on Tuesday in Amman.", "Amman", "2024-09-10"),
    ],
)
def test_time_between_travel_verb_and_destination(sentence, place, day):
    assert summary(by_type(sentence)["visit"]) == ("occurred", day, day, place)


@pytest.mark.parametrize(
    ("sentence", "place", "start", "end"),
    [
        ("The Chilean delegation was in Quito on Monday.", "Quito", "2024-09-09", "2024-09-09"),
        ("Their envoy, Ana Ruiz, was in Baku on Monday.", "Baku", "2024-09-09", "2024-09-09"),
        ("A Kenyan trade mission was in Seoul last week.", "Seoul", "2024-09-02", "2024-09-08"),
        ("Mr Tanaka is in Peru from Sept. 9 to 12.", "Peru", "2024-09-09", "2024-09-12"),
    ],
)
def test_a_stay_is_a_visit(sentence, place, start, end):
    assert summary(by_type(sentence)["visit"]) == ("occurred", start, end, place)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were in Quito on Monday.",
        "The organisation's headquarters is in Geneva from Monday.",
        "The problem was in Lima on Monday, officials said.",
    ],
)
def test_a_thing_in_a_place_is_no_visit(sentence):
    assert not [e for e in core(sentence) if e["event_type"] == "visit"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The deputy minister is expected to stop in Colombo on his way home.", "Colombo"),
        ("The envoy will stop over in Tashkent before returning to Baku.", "Tashkent"),
        ("After Ankara, the minister will go on to Tbilisi.", "Tbilisi"),
    ],
)
def test_announced_stops_and_onward_legs(sentence, place):
    visits = [e for e in core(sentence) if e["event_type"] == "visit"]
    assert (visits[0]["status"], visits[0]["place_name"]) == ("announced", place)


# --- durations belong to the event they qualify ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Ruiz, who arrived in Lima on Monday on a three-day visit, also called on the "
        "Vice President on Tuesday evening.",
        "Ms Banda, who landed in Lima on Monday for a three-day visit, also called on the "
        "Foreign Minister on Tuesday.",
    ],
)
def test_a_trip_duration_is_the_trip_own(sentence):
    events = by_type(sentence)
    assert (events["visit"]["date_start"], events["visit"]["date_end"]) == (
        "2024-09-09",
        "2024-09-11",
    )
    assert (events["meeting"]["date_start"], events["meeting"]["date_end"]) == (
        "2024-09-10",
        "2024-09-10",
    )


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("on 30 September and 1 October 2023", "2023-09-30", "2023-10-01"),
        ("from 31 December to 2 January 2020", "2019-12-31", "2020-01-02"),
        ("the day before yesterday", "2024-09-09", "2024-09-09"),
        ("the day after tomorrow", "2024-09-13", "2024-09-13"),
    ],
)
def test_dates_across_months_and_two_days_off(text, start, end):
    span = find_dates(text, WED)[0].span
    assert (str(span.start), str(span.end)) == (start, end)


def test_two_far_dates_joined_by_and_stay_two_dates():
    found = find_dates("on 3 March and 5 April 2024", WED)
    assert [str(d.span.start) for d in found] == ["2024-03-03", "2024-04-05"]


# --- two parties, each with its own time; coordinated clauses with other parties -------------


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "The mediator met Armenia's foreign minister in the morning and Azerbaijan's "
            "president in the afternoon in Tbilisi on Monday.",
            None,
        ),
        (
            "Ms Haddad met Chile's president on Monday and the Peruvian foreign minister on "
            "Tuesday in Lima.",
            ["2024-09-09", "2024-09-10"],
        ),
    ],
)
def test_one_verb_two_parties_two_times_are_two_meetings(sentence, days):
    meetings = [e for e in core(sentence) if e["event_type"] == "meeting"]
    assert len(meetings) == 2
    if days:
        assert [m["date_start"] for m in meetings] == days


def test_and_with_a_verb_of_its_own_is_not_a_second_party():
    found = core("He is due to meet Peru's president on Friday and will travel to Cusco on Monday.")
    assert sorted(e["event_type"] for e in found) == ["meeting", "visit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the summit, Chile's foreign minister met his Bolivian counterpart on Monday, and "
        "Peru's president held talks with Ecuador's president.",
        "On the margins, Ghana's minister met her Togolese counterpart on Monday, and Kenya's "
        "president held talks with Uganda's president.",
    ],
)
def test_coordinated_clause_with_other_parties_is_another_meeting(sentence):
    assert len([e for e in core(sentence) if e["event_type"] == "meeting"]) == 2


def test_instead_is_another_event_on_the_day_of_the_one_called_off():
    found = core(
        "LIMA, Sept 11 (Andes Wire) - A meeting of the leaders of Peru and Chile on Monday "
        "was called off.\n"
        "The mediator, Ana Ruiz, instead met Peru's president in the morning and Chile's "
        "foreign minister in the afternoon."
    )
    instead = [e for e in found if e["source_quote"].startswith("The mediator")]
    assert [e["date_start"] for e in instead] == ["2024-09-09", "2024-09-09"]


# --- status: a meeting that is the setting of an intended act -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The two governments plan to review the accord at a meeting in Tallinn in November.",
        "The ministers hope to settle the dispute during talks in Oslo in October.",
        "The envoys intend to discuss the ceasefire on the sidelines of a summit in Doha in "
        "December.",
    ],
)
def test_meeting_as_setting_of_an_intended_act_is_announced(sentence):
    found = [e for e in core(sentence) if e["event_type"] in ("meeting", "conference")]
    assert [e["status"] for e in found] == ["announced"]
    assert found[0]["date_start"] > WED.isoformat()  # the next such month, not last year's


# --- dates told through other events ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Trade officials will meet in Lisbon on Sept. 30, the ministry said on Wednesday, "
            "a week after the two prime ministers spoke by phone.",
            "2024-09-01",
            "2024-09-07",
        ),
        (
            "The ministry announced the visit on Tuesday, two days after the two foreign "
            "ministers spoke by telephone.",
            "2024-09-08",
            "2024-09-08",
        ),
    ],
)
def test_an_event_that_anchors_a_later_one_is_dated_back(sentence, start, end):
    call = next(e for e in core(sentence) if e["event_type"] == "call")
    assert (call["date_start"], call["date_end"]) == (start, end)


def test_the_day_of_the_telling_is_not_the_event_day():
    found = core(
        "The two sides hope to sign a charter in Lima, the chief negotiator told reporters on "
        "Monday."
    )
    assert [(e["event_type"], e["date_start"]) for e in found] == [("agreement", None)]


def test_by_then_is_the_last_day_and_place_of_the_event_before():
    found = core(
        "The talks opened in Nairobi on Monday and are due to end on Wednesday.\n"
        "By then the delegations hope to sign a protocol on aid."
    )
    deal = next(e for e in found if e["event_type"] == "agreement")
    assert (deal["status"], deal["place_name"]) == ("announced", "Nairobi")


@pytest.mark.parametrize(
    "sentence",
    [
        "She said she looks forward to taking part in the EU-U.S. Trade Ministerial Meeting in "
        "Oslo in October.",
        "He looks forward to attending the ASEAN-U.K. Dialogue Meeting in Hanoi in October.",
    ],
)
def test_looking_forward_to_a_meeting_is_announced(sentence):
    found = [e for e in core(sentence) if e["event_type"] in ("meeting", "conference")]
    assert [(e["status"], e["date_start"]) for e in found] == [("announced", "2024-10-01")]


def test_a_stop_within_a_stay_in_a_country_takes_the_days_ahead():
    found = core(
        "Mr Sato is in Brazil from Sept. 9 to 13 at the invitation of his counterpart.\n"
        "Mr Sato will also travel to Recife, where he is scheduled to visit a port."
    )
    recife = next(e for e in found if e["place_name"] == "Recife")
    assert (recife["status"], recife["date_start"], recife["date_end"]) == (
        "announced",
        "2024-09-11",
        "2024-09-13",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president has arrived in the Peruvian capital, Lima, at the start of a tour.\n"
        "He met Peru's president at the palace on Monday.",
        "Ghana's foreign minister has arrived in Abuja for a two-nation trip.\n"
        "She held talks with Nigeria's foreign minister in the capital on Monday.",
    ],
)
def test_an_undated_lead_takes_the_day_of_the_next_sentence(text):
    visit = next(e for e in core(text) if e["event_type"] == "visit")
    assert visit["date_start"] == "2024-09-09"


# --- more clauses of one sentence ----------------------------------------------------------------


def test_onward_leg_without_a_verb_is_a_visit_of_its_own_day():
    found = core(
        "The envoy will fly to Amman on Thursday to meet Jordanian officials and then to "
        "Beirut on Saturday."
    )
    visits = {e["place_name"]: e for e in found if e["event_type"] == "visit"}
    assert summary(visits["Beirut"]) == ("announced", "2024-09-14", "2024-09-14", "Beirut")
    assert visits["Amman"]["date_start"] == "2024-09-12"


def test_second_party_keeps_its_own_place():
    found = core(
        "She met her Kenyan counterpart in Nairobi on Monday and Uganda's president in "
        "Kampala on Tuesday."
    )
    meetings = [(e["place_name"], e["date_start"]) for e in found if e["event_type"] == "meeting"]
    assert meetings == [("Nairobi", "2024-09-09"), ("Kampala", "2024-09-10")]


def test_talks_on_a_later_leg_are_at_that_leg():
    found = core(
        "He visited Accra on Monday, where he signed a trade pact, before flying to Lome on "
        "Tuesday for talks with Togo's president."
    )
    got = {(e["event_type"], e["place_name"], e["date_start"]) for e in found}
    assert ("visit", "Lomé", "2024-09-10") in got
    assert ("meeting", "Lomé", "2024-09-10") in got
    assert ("agreement", "Accra", "2024-09-09") in got


def test_during_which_takes_the_trip_days():
    found = core(
        "The minister arrived in Rabat on Tuesday for a three-day visit during which she will "
        "meet the Moroccan prime minister."
    )
    meeting = next(e for e in found if e["event_type"] == "meeting")
    assert (meeting["date_start"], meeting["date_end"], meeting["place_name"]) == (
        "2024-09-10",
        "2024-09-12",
        "Rabat",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The premier is slated to visit Hanoi in March.",
        "The chancellor is poised to visit Hanoi in March.",
    ],
)
def test_slated_and_poised_announce(sentence):
    visit = next(e for e in core(sentence) if e["event_type"] == "visit")
    assert (visit["status"], visit["date_start"]) == ("announced", "2025-03-01")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("met on Monday and Tuesday", "2024-09-09", "2024-09-10"),
        ("talks from Tuesday to Thursday", "2024-09-10", "2024-09-12"),
        ("held talks over the weekend", "2024-09-07", "2024-09-08"),
        ("talks at the weekend", "2024-09-07", "2024-09-08"),
        ("this weekend", "2024-09-14", "2024-09-15"),
        ("will travel at the end of the month", "2024-09-21", "2024-09-30"),
        ("is due at the start of next month", "2024-10-01", "2024-10-10"),
    ],
)
def test_weekday_pairs_and_weekends(text, start, end):
    span = find_dates(text, WED)[0].span
    assert (str(span.start), str(span.end)) == (start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy will be in Juba early next week for talks with the government.",
        "The minister is to be in Dili next week for consultations.",
    ],
)
def test_will_be_in_a_place_is_an_announced_visit(sentence):
    visit = next(e for e in core(sentence) if e["event_type"] == "visit")
    assert (visit["status"], visit["date_start"]) == ("announced", "2024-09-16")


def test_gathering_for_a_summit_gives_the_summit_its_place_and_days():
    summit = one_of(core("Leaders will gather in Suva later this month for the regional summit."))
    assert (summit["status"], summit["place_name"], summit["date_end"]) == (
        "announced",
        "Suva",
        "2024-09-30",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister toured Lusaka and Harare last week, signing a power accord in Harare on "
        "Friday.",
        "The delegation visited Lima and Quito last week, signing a trade deal in Quito on Friday.",
    ],
)
def test_signing_participle_is_an_agreement_at_its_own_place(sentence):
    deal = next(e for e in core(sentence) if e["event_type"] == "agreement")
    assert deal["date_start"] == "2024-09-06"
    assert deal["place_name"] in ("Harare", "Quito")


def test_received_a_guest_a_day_after_a_call_is_both():
    found = core(
        "The emir received the Omani foreign minister on Monday, a day after speaking by phone "
        "with the sultan."
    )
    got = sorted((e["event_type"], e["date_start"]) for e in found)
    assert got == [("call", "2024-09-08"), ("meeting", "2024-09-09")]


def one_of(found: list[dict]) -> dict:
    assert len(found) == 1, found
    return found[0]


# --- lists with semicolons, legs "and on to", adverbs, "flew into", the antecedent of "where" ---


def test_semicolon_list_of_cities_with_countries_is_one_trip_with_its_days():
    found = core(
        "The envoy will travel to Lima, Peru; Quito, Ecuador; and Bogota, Colombia from "
        "Sept. 16 to 20, 2024, to discuss trade."
    )
    visits = sorted((e["place_name"], e["date_start"]) for e in found if e["event_type"] == "visit")
    assert visits == [("Bogotá", "2024-09-16"), ("Lima", "2024-09-16"), ("Quito", "2024-09-16")]


def test_and_on_to_is_a_further_leg():
    found = core("The chancellor flies to Riga on Monday and on to Tallinn on Tuesday.")
    visits = sorted((e["place_name"], e["date_start"]) for e in found if e["event_type"] == "visit")
    assert visits == [("Riga", "2024-09-16"), ("Tallinn", "2024-09-17")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("In March a small team of officials travelled secretly to Oslo.", "Oslo"),
        ("The prime minister flew into the Fijian capital, Suva, on Sunday.", "Suva"),
        ("China's special envoy for Pacific affairs was in Apia last week.", "Apia"),
    ],
)
def test_more_ways_of_going_and_being_somewhere(sentence, place):
    visit = next(e for e in core(sentence) if e["event_type"] == "visit")
    assert visit["place_name"] == place


def test_where_follows_the_place_named_just_before_it():
    found = core(
        "The president arrived in Madrid on Wednesday from Lisbon, where he had held talks "
        "with the Portuguese prime minister on Tuesday."
    )
    meeting = next(e for e in found if e["event_type"] == "meeting")
    assert (meeting["place_name"], meeting["date_start"]) == ("Lisbon", "2024-09-10")


# --- schedules in the present, dated openers and events told relative to others ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pacific and Caribbean leaders meet in Nassau on Thursday and Friday for a trade summit.",
        "The Oslo Forum runs from Friday to Sunday.",
        "The prime minister meets Kenya's president on Friday.",
    ],
)
def test_present_tense_with_a_day_is_a_schedule(sentence):
    found = core(sentence)
    assert found and all(e["status"] == "announced" for e in found), found
    assert all(e["date_start"] >= "2024-09-12" for e in found)


def test_habit_in_the_present_is_no_event():
    assert core("The prime minister meets Kenya's president regularly.") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("will visit from Sunday, Sept. 15 to Tuesday, Sept. 17", "2024-09-15", "2024-09-17"),
        ("met on Monday, Sept. 9, in Oslo", "2024-09-09", "2024-09-09"),
    ],
)
def test_weekday_before_a_date_is_part_of_it(text, start, end):
    found = find_dates(text, WED, prefer_future="will" in text)
    assert len(found) == 1
    assert (str(found[0].span.start), str(found[0].span.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The premier met Ghana's president in Accra on Monday.\n"
            "In the afternoon the premier met the speaker of parliament.",
            "2024-09-09",
        ),
        (
            "The envoy held talks with the foreign minister in Baku on Monday.\n"
            "The envoy then met the head of the election commission.",
            "2024-09-09",
        ),
        (
            "The presidents held talks in Hanoi on Monday.\n"
            "After the talks, the two governments signed a memorandum on fisheries.",
            "2024-09-09",
        ),
    ],
)
def test_same_day_as_the_event_told_before(text, day):
    found = core(text)
    assert [e["date_start"] for e in found] == [day, day], found


def test_on_the_eve_of_the_summit_is_the_day_before():
    found = core(
        "Leaders opened the regional summit in Kigali on Tuesday.\n"
        "On the eve of the summit, the envoy held talks with Rwanda's foreign minister."
    )
    meeting = next(e for e in found if e["event_type"] == "meeting")
    assert meeting["date_start"] == "2024-09-09"


# --- arriving at the place of the report -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, Sept 11 (East Wire) — Uganda's president flew in from Kampala on Monday "
        "morning for the talks.",
        "NAIROBI, Sept 11 (East Wire) — Uganda's president arrived on Monday night and met "
        "Kenya's president.",
    ],
)
def test_coming_in_from_elsewhere_is_a_visit_to_the_scene(text):
    visit = next(e for e in core(text) if e["event_type"] == "visit")
    assert (visit["place_name"], visit["date_start"]) == ("Nairobi", "2024-09-09")


def test_arriving_before_an_event_is_no_visit_of_its_own():
    found = core("Hours before the leaders arrived, protesters marched in Lima.")
    assert not [e for e in found if e["event_type"] == "visit"]


def test_on_the_morning_of_the_talks_is_the_day_of_the_talks():
    found = core(
        "The two delegations held talks in Geneva on Monday.\n"
        "The Iranian delegation flew in from Tehran on the morning of the talks."
    )
    visit = next(e for e in found if e["event_type"] == "visit")
    assert visit["date_start"] == "2024-09-09"


def test_later_that_evening_is_the_day_of_the_event_before():
    found = core(
        "The Chilean president flew into Lima on Sunday.\n"
        "The Peruvian president, who arrived later that evening from Quito, met him on Monday."
    )
    visits = sorted(e["date_start"] for e in found if e["event_type"] == "visit")
    assert visits == ["2024-09-08", "2024-09-08"]


# --- departures, stays told by "who", trips under way with stops of their own days -------------


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        (
            "The President will on Friday, 13th September, 2024 depart for Nairobi.",
            "Nairobi",
            "2024-09-13",
        ),
        (
            "The minister will then proceed to Accra for a working visit on Sept. 20.",
            "Accra",
            "2024-09-20",
        ),
    ],
)
def test_departing_and_proceeding_are_trips(sentence, place, day):
    visit = next(e for e in core(sentence) if e["event_type"] == "visit")
    assert (visit["status"], visit["place_name"], visit["date_start"]) == ("announced", place, day)


def test_who_was_in_a_place_is_a_stay():
    found = core("Kenya's president, who was in Kigali on Monday, said the talks would go on.")
    visit = next(e for e in found if e["event_type"] == "visit")
    assert (visit["place_name"], visit["date_start"]) == ("Kigali", "2024-09-09")


def test_trip_under_way_with_stops_of_their_own_days():
    found = core(
        "Deputy Secretary Ruiz is on travel to Lima, Peru, September 10-11, and Quito, Ecuador, "
        "September 12-13, 2024."
    )
    visits = {e["place_name"]: e for e in found if e["event_type"] == "visit"}
    assert summary(visits["Lima"]) == ("occurred", "2024-09-10", "2024-09-11", "Lima")
    assert summary(visits["Quito"]) == ("announced", "2024-09-12", "2024-09-13", "Quito")


# --- tours of a region, "the minister will visit", "holding talks … on Monday", "which began" ---


def test_tour_of_a_region_starting_in_a_city_is_a_visit_there():
    found = core(
        "The foreign minister began a three-nation tour of West Africa in Dakar on Monday."
    )
    visit = next(e for e in found if e["event_type"] == "visit")
    assert (visit["place_name"], visit["date_start"]) == ("Dakar", "2024-09-09")


def test_the_subject_before_will_visit_does_not_make_the_visit_a_reference():
    found = core(
        "The minister will visit Ottawa and Washington next week, holding talks with her "
        "Canadian counterpart on Monday."
    )
    visits = sorted((e["place_name"], e["date_start"]) for e in found if e["event_type"] == "visit")
    assert visits == [("Ottawa", "2024-09-16"), ("Washington", "2024-09-16")]
    meeting = next(e for e in found if e["event_type"] == "meeting")
    assert meeting["date_start"] == "2024-09-16"


def test_talks_which_began_are_under_way_not_announced():
    found = core("The talks, which began in Doha on Sunday, are expected to last three days.")
    assert [(e["status"], e["date_start"]) for e in found] == [("occurred", "2024-09-08")]


@pytest.mark.parametrize(
    ("sentence", "place", "day"),
    [
        (
            "The delegation will arrive in Lome on Sunday and leave for Cotonou two days later.",
            "Cotonou",
            "2024-09-17",
        ),
        (
            "The team will reach Lima on Sunday and fly to Quito three days later.",
            "Quito",
            "2024-09-18",
        ),
    ],
)
def test_relative_day_after_a_later_leg_is_its_own(sentence, place, day):
    visit = next(e for e in core(sentence) if e["place_name"] == place)
    assert visit["date_start"] == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister, who had arrived in Seoul the previous day, met the president on Wednesday.",
        "The envoy, who had landed in Baku two days earlier, met the president on Friday, "
        "Sept. 13.",
    ],
)
def test_previous_day_counts_back_from_the_date_of_the_sentence(sentence):
    found = core(sentence)
    visit = next(e for e in found if e["event_type"] == "visit")
    meeting = next(e for e in found if e["event_type"] == "meeting")
    gap = dt.date.fromisoformat(meeting["date_start"]) - dt.date.fromisoformat(visit["date_start"])
    assert gap.days in (1, 2)
