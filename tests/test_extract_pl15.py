"""Places of events told beside a later leg or an earlier stop (round fifteen, places).

Each wording is tested on sentences invented for the test, in several outlet styles, with
near-misses that must keep the place they name:

* a departure told after an event in the same sentence ("held talks … and left for Lusaka",
  "met the king, then headed to Gaborone"): the leg's destination is not where the event before
  it was; the dateline's city is;
* an arrival told with the event the traveller came from ("flew in on Tuesday after talks in
  Nairobi"): the arrival is at the dateline's city, the talks keep their own place;
* an invitation told after a reception ("received the envoy and invited him to attend the summit
  in Lima"): the summit is in Lima, the reception at the dateline's city;
* a diary's city told on its own before the day's items ("Brussels. Attends the Council",
  "Wednesday: Vilnius. Talks with …") or closing a timed item ("…for talks, Foreign Ministry,
  Stockholm."): the items of that paragraph that name no place are there;
* a reception by a host named with its country ("Qatar's foreign minister received the envoy",
  "was received by the president of Ecuador") that nothing else places: the host's capital, not
  the last stop of the guest's trip told before it;
* an arrival with no place told right after another guest's arrival in a city ("… arrived in
  Baghdad on Saturday. Egypt's president flew in on Sunday"): that city, even when the report
  was filed elsewhere.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "2024-03-06"  # a Wednesday


# --- a departure after the event: the leg's destination is not the event's place ----------------

_WIRE_LEFT = (
    "HARARE, March 6 (Wire) - Zambia's foreign minister, who flew in on Monday, held talks with "
    "the president on Tuesday and left for Lusaka that evening."
)
_RELEASE_DEPARTED = (
    "MASERU, 6 March 2024 - The Minister of International Relations held talks with His Majesty "
    "the King on Tuesday and departed for Gaborone on the same day."
)
_BRIEF_HEADED = (
    "WINDHOEK (Southern News) - The special envoy met the prime minister on Tuesday, then headed "
    "to Luanda for the next leg of her tour."
)


def test_talks_before_leaving_for_a_city_are_at_the_dateline() -> None:
    talks = the_one_told(_WIRE_LEFT, WED, "meeting", "held talks")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "occurred",
        "2024-03-05",
        "Harare",
    )
    arrival = [v for v in core_told(_WIRE_LEFT, WED) if v[0] == "visit" and v[2] == "2024-03-04"]
    assert arrival == [("visit", "occurred", "2024-03-04", "Harare")]


def test_talks_before_departing_for_a_city_are_at_the_dateline() -> None:
    talks = the_one_told(_RELEASE_DEPARTED, WED, "meeting", "held talks")
    assert (talks["date_start"], talks["place_name"]) == ("2024-03-05", "Maseru")


def test_meeting_before_heading_to_a_city_is_at_the_dateline() -> None:
    met = the_one_told(_BRIEF_HEADED, WED, "meeting", "met the prime minister")
    assert (met["date_start"], met["place_name"]) == ("2024-03-05", "Windhoek")
    legs = [v for v in core_told(_BRIEF_HEADED, WED) if v[0] == "visit"]
    assert legs and all(place == "Luanda" for _, _, _, place in legs), legs


# near-misses: a place of the event's own, and a leg told before the event, are kept

_OWN_PLACE = (
    "ACCRA, March 6 (Wire) - The envoy met the president in Kumasi on Tuesday and left for Lome "
    "in the evening."
)
_LEG_FIRST = "The minister flew to Lusaka on Tuesday and held talks with the president there."
_DURING = "The foreign minister held talks during a visit to Lusaka on Tuesday."


def test_a_place_told_before_the_departure_is_kept() -> None:
    met = the_one_told(_OWN_PLACE, WED, "meeting", "met the president")
    assert (met["date_start"], met["place_name"]) == ("2024-03-05", "Kumasi")


def test_talks_after_the_leg_are_at_its_end() -> None:
    talks = the_one_told(_LEG_FIRST, WED, "meeting", "held talks")
    assert (talks["date_start"], talks["place_name"]) == ("2024-03-05", "Lusaka")


def test_talks_during_a_visit_are_where_the_visit_was() -> None:
    talks = the_one_told(_DURING, WED, "meeting", "held talks")
    assert (talks["date_start"], talks["place_name"]) == ("2024-03-05", "Lusaka")


# --- an arrival after an event elsewhere: the arrival is at the dateline ------------------------

_WIRE_ARRIVED = (
    "KAMPALA, March 6 (Wire) - The envoy flew in on Tuesday after talks in Nairobi on Monday "
    "with Kenyan officials."
)
_AGENCY_ARRIVED = (
    "DODOMA, 6 March (East Africa Agency) - Burundi's foreign minister arrived on Tuesday "
    "following a meeting in Kigali with the Rwandan president."
)


def test_flying_in_after_talks_elsewhere_is_at_the_dateline() -> None:
    told = core_told(_WIRE_ARRIVED, WED)
    assert ("visit", "occurred", "2024-03-05", "Kampala") in told, told
    talks = the_one_told(_WIRE_ARRIVED, WED, "meeting", "after talks")
    assert (talks["status"], talks["place_name"]) == ("occurred", "Nairobi")


def test_arriving_after_a_meeting_elsewhere_is_at_the_dateline() -> None:
    arrival = the_one_told(_AGENCY_ARRIVED, WED, "visit", "arrived")
    assert (arrival["date_start"], arrival["place_name"]) == ("2024-03-05", "Dodoma")
    met = the_one_told(_AGENCY_ARRIVED, WED, "meeting", "following a meeting")
    assert met["place_name"] == "Kigali"


# near-miss: an arrival that names its own city keeps it

_ARRIVED_IN = (
    "The minister arrived in Harare on Tuesday following a meeting in Lusaka with the president."
)


def test_an_arrival_in_a_named_city_keeps_it() -> None:
    arrival = the_one_told(_ARRIVED_IN, WED, "visit", "arrived")
    assert (arrival["date_start"], arrival["place_name"]) == ("2024-03-05", "Harare")


# --- an invitation after the event: the invited event's place is its own -----------------------

_WIRE_INVITED = (
    "QUITO, 6 March (Andean Wire) - On Tuesday the envoy was received by the president of "
    "Ecuador, to whom he handed a letter inviting him to hold talks at the margins of the "
    "regional summit in Cartagena on April 20."
)
_RELEASE_INVITED = (
    "The President received the Special Envoy at State House, Nairobi, on Tuesday and invited "
    "him to attend the investment forum in Mombasa next month."
)
_TRANSCRIPT_INVITED = (
    "SPOKESPERSON: The Foreign Minister received her counterpart on Tuesday, who extended an "
    "invitation to visit Dakar later this year."
)


def test_a_reception_before_an_invitation_is_at_the_dateline() -> None:
    told = core_told(_WIRE_INVITED, WED)
    assert ("meeting", "occurred", "2024-03-05", "Quito") in told, told
    summit = [v for v in told if v[0] == "conference"]
    assert summit == [("conference", "announced", "2024-04-20", "Cartagena")]


def test_a_reception_with_its_own_place_keeps_it() -> None:
    received = the_one_told(_RELEASE_INVITED, WED, "meeting", "received")
    assert received["place_name"] is not None and "Nairobi" in received["place_name"]


def test_a_reception_before_an_invitation_to_visit_is_not_at_the_visit() -> None:
    told = core_told(_TRANSCRIPT_INVITED, WED)
    assert ("meeting", "occurred", "2024-03-05", None) in told, told


# --- a diary's city told on its own ---------------------------------------------------------------

MON = "2025-06-02"  # a Monday

_DIARY = """Ministry of Foreign Affairs, Copenhagen
The Minister's diary - week 23

Published Monday 2 June 2025. Times are local.

Monday 2 June
10.00 Receives the Foreign Minister of Moldova for talks, Eigtveds Pakhus, Copenhagen.
15.00 Telephone call with the Foreign Minister of Canada.

Tuesday 3 June
Luxembourg. Attends the EU General Affairs Council, which will discuss enlargement.

Wednesday 4 June
Wednesday: Tallinn. Talks with the Foreign Minister of Estonia.

Thursday 5 June
Helsinki. Meeting of the Nordic-Baltic foreign ministers, hosted by the Finnish Foreign Minister.
"""


def test_a_diary_item_closing_with_its_city_is_there() -> None:
    talks = the_one_told(_DIARY, MON, "meeting", "Moldova")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "announced",
        "2025-06-02",
        "Copenhagen",
    )


def test_a_call_below_a_placed_item_keeps_no_place() -> None:
    call = the_one_told(_DIARY, MON, "call", "Canada")
    assert call["place_name"] is None


def test_a_city_alone_before_the_day_s_items_places_them() -> None:
    council = the_one_told(_DIARY, MON, "conference", "General Affairs Council")
    assert (council["date_start"], council["place_name"]) == ("2025-06-03", "Luxembourg")
    talks = the_one_told(_DIARY, MON, "meeting", "Estonia")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "announced",
        "2025-06-04",
        "Tallinn",
    )
    nordic = the_one_told(_DIARY, MON, "conference", "Nordic-Baltic")
    assert (nordic["date_start"], nordic["place_name"]) == ("2025-06-05", "Helsinki")


_PROGRAMME = """PROGRAMME OF THE STATE SECRETARY, 9-10 October 2025

Thursday 9 October
- Vienna. Meeting with the Secretary General of the OSCE.

Friday 10 October
- Bratislava. Talks with the State Secretary of Slovakia.
- Lunch with the ambassadors of the Visegrad countries, Hotel Devin.
"""


def test_a_programme_s_city_places_its_listed_items() -> None:
    osce = the_one_told(_PROGRAMME, "2025-10-08", "meeting", "OSCE")
    assert (osce["status"], osce["date_start"], osce["place_name"]) == (
        "announced",
        "2025-10-09",
        "Vienna",
    )
    talks = the_one_told(_PROGRAMME, "2025-10-08", "meeting", "Slovakia")
    assert (talks["date_start"], talks["place_name"]) == ("2025-10-10", "Bratislava")


# near-misses: a line that is no city, and a city alone in another paragraph, place nothing

_NOTE = """The Minister's week ahead

Monday 2 June
Note. Talks with the Foreign Minister of Ghana.

Tuesday 3 June
Accra.

Talks with the Foreign Minister of Togo.
"""


def test_a_line_that_is_no_city_places_nothing() -> None:
    talks = the_one_told(_NOTE, MON, "meeting", "Ghana")
    assert (talks["date_start"], talks["place_name"]) == ("2025-06-02", None)


def test_a_city_alone_does_not_place_the_next_paragraph() -> None:
    talks = the_one_told(_NOTE, MON, "meeting", "Togo")
    assert (talks["date_start"], talks["place_name"]) == ("2025-06-03", None)


# --- a reception by a host of a named country: the host's capital ------------------------------

_WIRE_RECEIVED = """Envoy opens new round of talks

By Staff Writers

MUSCAT, Oman (Wire) - A new round of talks between the two delegations opened on Wednesday at a \
government guesthouse in Muscat.

The envoy had flown to Riyadh on Monday for talks with Saudi officials on the ceasefire.

Oman's foreign minister received the envoy on Tuesday evening, hours before the round began.
"""
_AGENCY_RECEIVED = """Minister ends regional tour

QUITO, 6 March (Andean Agency) - The foreign minister ended a three-day regional tour on \
Wednesday.

She flew to Lima on Monday to open a trade fair with Peruvian business leaders.

On Tuesday she was received by the president of Colombia, who thanked her for the support.
"""
_RELEASE_RECEIVED = """Press release - Ministry of Foreign Affairs

The Minister travelled to Kigali on Monday for the meeting of the joint commission.

The Ugandan president received the Minister on Tuesday to discuss regional security.
"""


def test_a_reception_by_a_named_host_is_at_its_capital() -> None:
    received = the_one_told(_WIRE_RECEIVED, WED, "meeting", "received the envoy")
    assert (received["status"], received["date_start"], received["place_name"]) == (
        "occurred",
        "2024-03-05",
        "Muscat",
    )


def test_a_reception_by_the_president_of_a_country_is_at_its_capital() -> None:
    received = the_one_told(_AGENCY_RECEIVED, WED, "meeting", "was received by")
    assert (received["date_start"], received["place_name"]) == ("2024-03-05", "Bogotá")


def test_a_reception_by_a_host_named_by_its_adjective_is_at_its_capital() -> None:
    received = the_one_told(_RELEASE_RECEIVED, WED, "meeting", "Ugandan president")
    assert (received["date_start"], received["place_name"]) == ("2024-03-05", "Kampala")


# near-misses: a guest named by its country, a reception with its own place, a visiting host

_GUEST_RECEIVED = """Talks in the capital

The Kenyan foreign minister flew to Kampala on Monday.

The Kenyan minister was also received by the Rwandan president on Tuesday.
"""
_WHERE_RECEIVED = """Minister ends visit

AMMAN, March 6 (Wire) - The French foreign minister ended a two-day visit on Wednesday.

The minister met the king on Tuesday at the palace, where he also received a group of \
opposition deputies after dinner.
"""
_OWN_PLACE_RECEIVED = "Tanzania's president received the envoy in Arusha on Tuesday."
_VISITING_HOST = """Leaders meet

The summit opened in Addis Ababa on Monday.

The visiting Ghanaian president received the envoy on Tuesday on the sidelines of the summit.
"""


def test_a_guest_named_by_its_country_is_not_the_host() -> None:
    received = the_one_told(_GUEST_RECEIVED, WED, "meeting", "was also received")
    assert (received["date_start"], received["place_name"]) == ("2024-03-05", "Kigali")


def test_a_guest_receiving_in_a_clause_of_its_own_is_not_at_home() -> None:
    told = core_told(_WHERE_RECEIVED, WED)
    assert not any(place == "Paris" for _, _, _, place in told), told


def test_a_host_s_reception_with_its_own_place_keeps_it() -> None:
    received = the_one_told(_OWN_PLACE_RECEIVED, WED, "meeting", "received")
    assert (received["date_start"], received["place_name"]) == ("2024-03-05", "Arusha")


def test_a_visiting_host_on_the_sidelines_is_not_at_home() -> None:
    received = the_one_told(_VISITING_HOST, WED, "meeting", "received the envoy")
    assert received["place_name"] != "Accra", received


# --- an arrival right after another guest's arrival in a city: that city -------------------------

_VOA_ARRIVALS = """Leaders of three states meet in Arusha

WASHINGTON - The leaders of Kenya, Uganda and Tanzania held a three-way summit in Arusha on \
Tuesday.

The Kenyan president arrived in Arusha on Monday evening and was welcomed by the Tanzanian \
president. Uganda's president flew in on Tuesday morning.
"""
_WIRE_ARRIVALS = """Ministers gather for talks

By Staff Writer

The Iraqi foreign minister landed in Amman on Sunday. The Egyptian foreign minister arrived on \
Monday, a day before the talks.
"""


def test_flying_in_after_another_arrival_is_at_its_city() -> None:
    flew = the_one_told(_VOA_ARRIVALS, WED, "visit", "flew in")
    assert (flew["status"], flew["date_start"], flew["place_name"]) == (
        "occurred",
        "2024-03-05",
        "Arusha",
    )


def test_arriving_after_another_landing_is_at_its_city() -> None:
    came = the_one_told(_WIRE_ARRIVALS, WED, "visit", "arrived on")
    assert (came["date_start"], came["place_name"]) == ("2024-03-04", "Amman")


# near-misses: an arrival "here", and one in another paragraph, are not at the other's city

_HERE_ARRIVALS = """GENEVA (Wire) - Talks opened on Tuesday.

The Iranian delegation landed in Vienna on Monday. The Russian envoy arrived here on Tuesday.
"""
_ONLY_A_VISIT = """Talks resume

The Iraqi foreign minister visited Amman on Sunday. The Egyptian foreign minister arrived on \
Monday for talks with the Saudi crown prince in Riyadh.
"""


def test_an_arrival_here_is_at_the_dateline() -> None:
    came = the_one_told(_HERE_ARRIVALS, WED, "visit", "arrived here")
    assert (came["date_start"], came["place_name"]) == ("2024-03-05", "Geneva")


def test_an_arrival_with_its_own_place_is_not_at_the_other_s_city() -> None:
    told = core_told(_ONLY_A_VISIT, WED)
    assert ("visit", "occurred", "2024-03-04", "Riyadh") in told, told


_ONWARD_ARRIVALS = """Leaders gather at the lodge

The three leaders held talks at the lakeside lodge on Friday.

The Kenyan president arrived in Kampala on Thursday and was driven to Jinja on Friday. The \
Tanzanian president flew in on Friday and was taken to the lodge by helicopter.
"""


def test_an_arrival_after_a_sentence_going_on_elsewhere_is_not_at_its_first_city() -> None:
    flew = the_one_told(_ONWARD_ARRIVALS, WED, "visit", "flew in")
    assert flew["date_start"] == "2024-03-01"
    assert flew["place_name"] != "Kampala", flew
