"""Places of events told at a building, at the office that issued the page, before a "where"
clause, before a departure or after an invitation (round sixteen, places).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep the place they name (or name none):

* a site and then its city, the city's name of several words joined by small words ("at State
  House, Dar es Salaam", "at Government House, Port of Spain", "at the Palace of the Nation,
  Buenos Aires"): that city, not a town called "Dar" or "Port";
* a site sharing its name with some town, told with "at" and then "in" or "near" a city ("at
  Whitehall in Port of Spain", "at the Petersberg guesthouse near Bonn"): the city;
* a page whose header names the office that issued it ("Ministry of Foreign Affairs of the
  Republic of Kenya", "EMBASSY OF PERU TO THE REPUBLIC OF CHILE", "DEPARTMENT OF STATE DAILY
  PRESS BRIEFING") and no dateline: an event "at the Ministry", "here at the Department" that
  nothing else places is in the issuer's city (an embassy's: the capital it is posted to);
* a place named only to open a "where" clause ("all eyes are now on Geneva, where …", "attention
  turns to Vienna, where …"): the clause's event is there (not an origin: "from Sofia, where");
* an event told after a departure from a place ("left Islamabad … after talks", "departed
  Nairobi following a meeting"): the place left, unless the event names its own;
* an invitation to a place ("has invited a delegation to Turku for talks", "invited his
  counterpart to Washington for talks"): the talks are there, a reception told before the
  invitation is not.
"""

from __future__ import annotations

from mapapp.extract.page_issuer import page_issuer
from tests.conftest import core_told, the_one_told

WED = "2024-03-06"  # a Wednesday


# --- a site, then its city of several words ------------------------------------------------------

_COMMUNIQUE = (
    "On 5 March 2024, the two Heads of State held bilateral talks at State House, Dar es Salaam, "
    "and then opened the trade fair together."
)
_RELEASE = (
    "The Prime Minister received the Guyanese envoy at Government House, Port of Spain, on Tuesday."
)
_AGENCY = (
    "MONTEVIDEO, March 6 (Southern Agency) - The Uruguayan foreign minister held talks with the "
    "vice-president on Tuesday at the Palace of the Nation, Buenos Aires."
)


def test_state_house_then_a_city_of_three_words() -> None:
    talks = the_one_told(_COMMUNIQUE, WED, "meeting", "held bilateral talks")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2024-03-05",
        "Dar es Salaam",
    )
    assert talks["country_code"] == "TZ"


def test_government_house_then_port_of_spain() -> None:
    met = the_one_told(_RELEASE, WED, "meeting", "received the Guyanese envoy")
    assert (met["date_start"], met["place_name"], met["country_code"]) == (
        "2024-03-05",
        "Port of Spain",
        "TT",
    )


def test_a_palace_named_by_its_kind_first_then_its_city() -> None:
    told = core_told(_AGENCY, WED)
    assert ("meeting", "occurred", "2024-03-05", "Buenos Aires") in told, told


# near-misses: no city after the comma, and a country after "in"

_NO_CITY = "The president and the visiting premier had talks at State House on Tuesday, aides said."
_COUNTRY_AFTER = "The leaders met at Davos in Switzerland on Tuesday."


def test_state_house_with_no_city_and_no_dateline_has_no_place() -> None:
    assert core_told(_NO_CITY, WED) == [("meeting", "occurred", "2024-03-05", None)]


def test_a_town_then_its_country_keeps_the_town() -> None:
    assert core_told(_COUNTRY_AFTER, WED) == [("meeting", "occurred", "2024-03-05", "Davos")]


# --- a site named like a town, then "in" or "near" a city ----------------------------------------

_TRANSCRIPT = (
    "PRESENTER: On Tuesday the Prime Minister received the Cuban ambassador at Whitehall in Port "
    "of Spain, and they spoke for an hour."
)
_CHRONOLOGY = (
    "5 March - Talks between the rival factions open at the Petersberg guesthouse near Bonn."
)
_WIRE_LONDON = "LONDON, March 6 (Wire) - The two ministers met at Whitehall in London on Tuesday."


def test_a_site_named_like_a_town_is_in_the_city_after_it() -> None:
    met = the_one_told(_TRANSCRIPT, WED, "meeting", "received the Cuban ambassador")
    assert (met["date_start"], met["country_code"]) == ("2024-03-05", "TT")
    assert met["place_name"].endswith("Port of Spain"), met["place_name"]


def test_a_guesthouse_near_a_city_is_at_that_city() -> None:
    told = core_told(_CHRONOLOGY, WED)
    assert len(told) == 1 and told[0][:3] == ("meeting", "occurred", "2024-03-05"), told
    assert told[0][3].endswith("Bonn"), told


def test_a_site_in_the_city_of_the_dateline_stays_there() -> None:
    met = the_one_told(_WIRE_LONDON, WED, "meeting", "met at Whitehall")
    assert (met["date_start"], met["country_code"]) == ("2024-03-05", "GB")
    assert met["place_name"].endswith("London"), met["place_name"]


# --- the office that issued the page -------------------------------------------------------------

_MINISTRY_PAGE = (
    "Ministry of Foreign Affairs of the Republic of Kenya\n"
    "Weekly briefing, 6 March 2024\n\n"
    "Spokesperson: The Cabinet Secretary received the Ugandan ambassador at the Ministry on "
    "Monday and discussed the border markets."
)
_EMBASSY_PAGE = (
    "EMBASSY OF PERU TO THE REPUBLIC OF CHILE\n"
    "News\n\n"
    "On 4 March, the Ambassador met the Undersecretary of Foreign Affairs of Chile at the "
    "Ministry of Foreign Affairs to prepare the joint commission."
)
_DEPARTMENT_PAGE = (
    "DEPARTMENT OF STATE DAILY PRESS BRIEFING\n"
    "Wednesday, March 6, 2024\n\n"
    "MR. LANE: The Secretary and the Kenyan foreign minister met here at the Department for an "
    "hour yesterday afternoon."
)
_CITY_HEADER = (
    "Record of the Weekly Media Briefing | Ministry of Foreign Affairs, Islamabad\n"
    "Wednesday, 6 March 2024\n\n"
    "Spokesperson: The Foreign Secretary met the Turkish ambassador at the Foreign Office on "
    "Monday."
)


def test_at_the_ministry_on_a_ministry_page_is_in_its_capital() -> None:
    met = the_one_told(_MINISTRY_PAGE, WED, "meeting", "received the Ugandan ambassador")
    assert (met["status"], met["date_start"], met["place_name"]) == (
        "occurred",
        "2024-03-04",
        "Nairobi",
    )


def test_at_the_ministry_on_an_embassy_page_is_in_the_host_capital() -> None:
    met = the_one_told(_EMBASSY_PAGE, WED, "meeting", "met the Undersecretary")
    assert (met["date_start"], met["place_name"], met["country_code"]) == (
        "2024-03-04",
        "Santiago",
        "CL",
    )


def test_here_at_the_department_is_washington() -> None:
    met = the_one_told(_DEPARTMENT_PAGE, WED, "meeting", "met here at the Department")
    assert (met["date_start"], met["place_name"]) == ("2024-03-05", "Washington")


def test_a_header_naming_the_ministrys_city() -> None:
    met = the_one_told(_CITY_HEADER, WED, "meeting", "met the Turkish ambassador")
    assert (met["date_start"], met["place_name"]) == ("2024-03-04", "Islamabad")


# near-misses: a trip told before, a call, a header naming no country, a sentence for a header

_TRIP_FIRST = (
    "Ministry of Foreign Affairs of the Republic of Kenya\n"
    "Press release, 6 March 2024\n\n"
    "The Cabinet Secretary travelled to Kampala on Monday. He was received at the Ministry of "
    "Foreign Affairs by his Ugandan counterpart."
)
_CALL = (
    "Ministry of Foreign Affairs of the Republic of Kenya\n"
    "Press release, 6 March 2024\n\n"
    "The Cabinet Secretary spoke by telephone with the Ugandan foreign minister on Monday."
)
_NO_COUNTRY = (
    "Office of the Spokesperson\n"
    "March 6, 2024\n\n"
    "The Secretary met the Kenyan foreign minister at the Ministry on Tuesday."
)


def test_a_trip_told_before_keeps_its_city() -> None:
    told = core_told(_TRIP_FIRST, WED)
    assert ("meeting", "occurred", "2024-03-04", "Kampala") in told, told
    assert all(place != "Nairobi" for *_, place in told), told


def test_a_call_on_a_ministry_page_has_no_place() -> None:
    assert core_told(_CALL, WED) == [("call", "occurred", "2024-03-04", None)]


def test_a_header_naming_no_country_gives_no_place() -> None:
    assert core_told(_NO_COUNTRY, WED) == [("meeting", "occurred", "2024-03-05", None)]


def test_page_issuer_reads_only_a_header() -> None:
    assert page_issuer("The minister met the envoy at the Ministry of Kenya.\nMore text") is None
    assert page_issuer("Government of Canada\nNews release") is not None
    assert page_issuer("Embassy of the United States in Lima\nNews").name == "Lima"
    assert page_issuer("Office of the President\nWeek in review") is None


# --- a place named only to open a "where" clause -------------------------------------------------

_PREVIEW = (
    "GENEVA TALKS PREVIEW - With the ceasefire holding, all eyes are now on Geneva, where a new "
    "round of talks between the two governments is due to open on Monday."
)
_RADIO = (
    "HOST: And attention now turns to Vienna, where the foreign ministers of the five states will "
    "meet next week."
)
_ANALYSIS = (
    "After the summit, the focus shifts to Doha, where negotiators are expected to resume their "
    "talks on Thursday."
)


def test_all_eyes_on_a_city_where_talks_open() -> None:
    talks = the_one_told(_PREVIEW, WED, "meeting", "round of talks")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "announced",
        "2024-03-11",
        "Geneva",
    )


def test_attention_turns_to_a_city_where_ministers_meet() -> None:
    told = core_told(_RADIO, WED)
    assert len(told) == 1 and told[0][1] == "announced" and told[0][3] == "Vienna", told


def test_the_focus_shifts_to_a_city_where_talks_resume() -> None:
    talks = the_one_told(_ANALYSIS, WED, "meeting", "resume their")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "announced",
        "2024-03-07",
        "Doha",
    )


# near-misses: an origin before "where", and a place of the event's own in the clause

_FROM_WHERE = (
    "The minister arrived in Varna on Tuesday from Sofia, where he had met the president in the "
    "morning."
)
_OWN_VENUE = "Eyes are on Bosnia, where the peace accord was signed in Dayton in 1995."


def test_an_origin_before_where_is_not_the_arrival() -> None:
    told = core_told(_FROM_WHERE, WED)
    assert ("visit", "occurred", "2024-03-05", "Varna") in told, told
    assert ("meeting", "occurred", "2024-03-05", "Sofia") in told, told


def test_a_venue_inside_the_clause_wins() -> None:
    signed = the_one_told(_OWN_VENUE, WED, "agreement", "signed")
    assert (signed["date_start"], signed["place_name"]) == ("1995-01-01", "Dayton")


# --- an event told after a departure from a place ------------------------------------------------

_WIRE_LEFT = (
    "KABUL, March 6 (Wire) - The U.N. envoy flew to Kandahar on Wednesday. He had left Islamabad "
    "at dawn in a U.N. aircraft after talks on Tuesday with Pakistan's foreign minister."
)
_AGENCY_DEPARTED = (
    "The Chinese foreign minister departed Nairobi on Tuesday following a meeting with the Kenyan "
    "president on trade."
)
_RELEASE_SIGNED = (
    "The Minister left Maputo on 5 March after signing an agreement on fisheries with her "
    "Mozambican counterpart."
)


def test_talks_before_leaving_a_city_are_in_that_city() -> None:
    talks = the_one_told(_WIRE_LEFT, WED, "meeting", "after talks")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2024-03-05",
        "Islamabad",
    )
    trip = the_one_told(_WIRE_LEFT, WED, "visit", "flew to Kandahar")
    assert (trip["date_start"], trip["place_name"]) == ("2024-03-06", "Kandahar")


def test_a_meeting_before_departing_a_city_is_in_that_city() -> None:
    met = the_one_told(_AGENCY_DEPARTED, WED, "meeting", "following a meeting")
    assert (met["date_start"], met["place_name"]) == ("2024-03-05", "Nairobi")


def test_a_signing_before_leaving_a_city_is_in_that_city() -> None:
    signed = the_one_told(_RELEASE_SIGNED, WED, "agreement", "signing an agreement")
    assert (signed["date_start"], signed["place_name"]) == ("2024-03-05", "Maputo")


# near-misses: a place of the event's own, and a destination after "left for"

_OWN_AFTER = "The envoy left Kabul on Wednesday after talks in Herat with the governor."
_LEFT_FOR = "The minister left Nairobi on Tuesday for talks in Beijing with the Chinese premier."


def test_a_place_of_the_events_own_wins() -> None:
    talks = the_one_told(_OWN_AFTER, WED, "meeting", "after talks")
    assert talks["country_code"] == "AF" and talks["place_name"] != "Kabul", talks


def test_talks_the_traveller_left_for_are_at_the_destination() -> None:
    talks = the_one_told(_LEFT_FOR, WED, "meeting", "for talks")
    assert (talks["date_start"], talks["place_name"]) == ("2024-03-05", "Beijing")


# --- an invitation to a place, for talks or a summit ---------------------------------------------

_WIRE_INVITED = (
    "HELSINKI, March 6 (Wire) - Finland has invited Taliban representatives to Turku for talks "
    "with European envoys in April."
)
_READOUT_INVITED = (
    "The President invited his Kenyan counterpart to Washington for talks next month on trade "
    "and security."
)
_RECEIVED_INVITED = (
    "QUITO, March 6 (Wire) - The president received the Peruvian envoy on Monday and invited him "
    "to Lima for talks next month."
)


def test_talks_a_delegation_is_invited_to_are_in_that_city() -> None:
    told = core_told(_WIRE_INVITED, WED)  # talks of several sides: a meeting or a conference
    assert [v[1:] for v in told] == [("announced", "2024-04-01", "Turku")], told


def test_talks_a_counterpart_is_invited_to_are_in_that_city() -> None:
    talks = the_one_told(_READOUT_INVITED, WED, "meeting", "for talks")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "announced",
        "2024-04-01",
        "Washington",
    )


def test_a_reception_before_the_invitation_keeps_the_hosts_city() -> None:
    told = core_told(_RECEIVED_INVITED, WED)
    assert ("meeting", "occurred", "2024-03-04", "Quito") in told, told
    assert ("meeting", "announced", "2024-04-01", "Lima") in told, told
