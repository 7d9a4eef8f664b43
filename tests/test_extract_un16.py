"""Events stated in wordings the extractor did not read as events (round sixteen, unquoted).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
ministry release, readout, parliament answer, profile, media note, photo caption, minister's
diary), with near-misses that must not fire:

* an envoy summoned ("Poland's foreign ministry summoned the Belarusian ambassador", "The
  Ambassador of Iran was summoned to the Ministry", "will summon the chargé d'affaires"): a
  meeting; not
  "summoned the courage", "summoned reporters", "was summoned to court";
* a message or letter handed to an office holder ("delivered a written message from the Head of
  State to the President of Ghana", "handed over a letter to the Emir of Qatar"): a meeting
  there; not a
  message to voters, a letter sent, or one passed on by telephone;
* "saw" an office holder ("in Lima he saw Peru's foreign minister"): a meeting; not seen
  on television, nor "saw the president's plan";
* a call promised ("The two agreed to speak again"): an announced call, not an agreement; and a
  call whose topic names a place ("spoke with the Greek Foreign Minister on Monday, mainly about
  the port authority in Thessaloniki") stays a call;
* a welcome and a reception in a caption's present ("Kenya's foreign minister welcomes the
  delegation at the airport", "receives the facilitator in Entebbe"): a meeting;
* a delegation led to a gathering named by its title ("led Chile's delegation to the OAS
  General Assembly in Paraguay", "will lead the U.S. delegation to the Ocean Forum"): a
  conference; not a delegation led to a country, to a bilateral dialogue, nor "led the talks";
* a diary line that tells the journey by a noun ("Monday: arrival in Vilnius.", "Early flight
  to Quito."): a visit on that day; not "Return to Tallinn." nor the noun inside prose.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "2024-09-25"  # a Wednesday


def _types(text: str, published: str = WED) -> list[str]:
    return [kind for kind, *_ in core_told(text, published)]


# --- an envoy summoned ----------------------------------------------------------------------------


def test_a_ministry_that_summoned_an_ambassador_in_a_wire_is_a_meeting_that_day() -> None:
    text = (
        "WARSAW, Sept 25 (Wire) - Poland's foreign ministry summoned the Belarusian "
        "ambassador on Monday over the detention of two journalists, a spokesman said."
    )
    event = the_one_told(text, WED, "meeting", "summoned the Belarusian")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-23")


def test_an_envoy_summoned_to_the_ministry_in_a_release_is_a_meeting() -> None:
    text = (
        "Press release. The Ambassador of Iran, Mr Reza Karimi, was summoned to the "
        "Ministry of Foreign Affairs on Tuesday 24 September and handed a note of protest."
    )
    event = the_one_told(text, WED, "meeting", "was summoned")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-24")


def test_a_summons_announced_in_a_parliament_answer_is_ahead() -> None:
    text = (
        "The Minister: I can tell the House that officials will summon the chargé "
        "d'affaires of Eritrea on Friday to explain the expulsions."
    )
    event = the_one_told(text, WED, "meeting", "summon the")
    assert (event["status"], event["date_start"]) == ("announced", "2024-09-27")


def test_summoning_courage_reporters_or_a_court_summons_is_no_meeting() -> None:
    text = (
        "The mayor summoned the courage to speak on Monday. The governor summoned reporters "
        "to his office on Tuesday. The former minister was summoned to court on Friday."
    )
    assert "meeting" not in _types(text)


# --- a message handed over ------------------------------------------------------------------------


def test_a_written_message_delivered_to_a_president_in_a_review_is_a_visit_and_meeting() -> None:
    text = (
        "WEEK IN REVIEW. On Monday the minister set off on a tour of the region. In Accra on "
        "Tuesday he delivered a written message from the Head of State to the President of "
        "Ghana."
    )
    told = core_told(text, WED)
    assert ("meeting", "occurred", "2024-09-24", "Accra") in told
    assert ("visit", "occurred", "2024-09-24", "Accra") in told


def test_a_letter_handed_over_to_an_emir_in_a_wire_is_a_meeting() -> None:
    text = (
        "DOHA, Sept 25 (Agency) - Egypt's foreign minister handed over a letter from his "
        "president to the Emir of Qatar in Doha on Wednesday, the state news agency said."
    )
    event = the_one_told(text, WED, "meeting", "handed over a letter")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-25",
        "Doha",
    )


def test_a_message_to_be_conveyed_to_a_king_is_an_announced_meeting() -> None:
    text = (
        "The envoy will convey a verbal message from the president to the King of Morocco "
        "in Rabat on Friday, the ministry announced."
    )
    event = the_one_told(text, WED, "meeting", "convey a verbal message")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2024-09-27",
        "Rabat",
    )


def test_a_message_to_voters_a_letter_sent_or_one_by_phone_is_no_meeting() -> None:
    text = (
        "The candidate delivered a message to voters in Lusaka on Monday. The minister sent a "
        "letter to the president on Tuesday. The envoy conveyed a message to the president "
        "by telephone on Friday."
    )
    assert "meeting" not in _types(text)


# --- "saw" an office holder -----------------------------------------------------------------------


def test_saw_a_foreign_minister_in_a_city_in_a_profile_is_a_meeting_there() -> None:
    text = (
        "Profile. The ambassador-at-large rarely stays home. On 12 September he was in Lima, "
        "and in Lima he saw Peru's foreign minister to discuss fishing rights."
    )
    event = the_one_told(text, WED, "meeting", "he saw")
    assert (event["status"], event["place_name"]) == ("occurred", "Lima")


def test_saw_the_president_on_a_day_in_a_wire_is_a_meeting() -> None:
    text = "NAIROBI (Wire) - The U.N. envoy saw the Kenyan president on Monday, aides said."
    event = the_one_told(text, WED, "meeting", "saw the Kenyan")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-23")


def test_saw_on_television_or_saw_a_plan_is_no_meeting() -> None:
    text = (
        "Voters saw the president on television on Monday. Analysts saw the prime minister's "
        "plan as a retreat on Tuesday."
    )
    assert "meeting" not in _types(text)


# --- calls promised, calls with a topic -----------------------------------------------------------


def test_agreed_to_speak_again_in_a_readout_is_an_announced_call_not_an_agreement() -> None:
    text = (
        "Readout. The Secretary spoke today with the Foreign Minister of Ghana. The two "
        "agreed to speak again before the end of the month."
    )
    kinds = core_told(text, WED)
    assert ("call", "announced") in [(kind, status) for kind, status, *_ in kinds]
    assert "agreement" not in [kind for kind, *_ in kinds]


def test_agreed_to_talk_again_in_a_city_is_no_call() -> None:
    text = "The negotiators agreed to talk again in Geneva next month."
    assert "call" not in _types(text)


def test_a_call_whose_topic_names_a_place_in_a_briefing_is_a_call() -> None:
    text = (
        "Spokesperson: The Minister spoke with the Greek Foreign Minister on Monday, mainly "
        "about the port authority in Thessaloniki."
    )
    event = the_one_told(text, WED, "call", "spoke with the Greek")
    assert (event["date_start"], event["place_name"]) == ("2024-09-23", None)


# --- a caption's welcome and reception ------------------------------------------------------------


def test_a_caption_that_welcomes_a_delegation_at_the_airport_is_a_meeting() -> None:
    text = (
        "IN PICTURES\n\n"
        "2. Kenya's foreign minister welcomes the delegation at the airport in Nairobi on "
        "Monday 23 September."
    )
    event = the_one_told(text, WED, "meeting", "welcomes the delegation")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-23",
        "Nairobi",
    )


def test_a_caption_that_receives_the_facilitator_is_a_meeting() -> None:
    text = (
        "Photo gallery\n\n"
        "4. Uganda's president receives the facilitator in Entebbe on Tuesday 24 September."
    )
    event = the_one_told(text, WED, "meeting", "receives the facilitator")
    assert (event["date_start"], event["place_name"]) == ("2024-09-24", "Entebbe")


def test_welcoming_a_decision_is_no_meeting() -> None:
    text = "The ministry welcomes the delegation's report and the envoys' proposals."
    assert "meeting" not in _types(text)


# --- a delegation led to a gathering --------------------------------------------------------------


def test_led_a_delegation_to_a_general_assembly_in_a_profile_is_a_conference() -> None:
    text = "In May she led Chile's delegation to the OAS General Assembly in Paraguay."
    event = the_one_told(text, WED, "conference", "OAS General Assembly")
    assert (event["status"], event["date_start"], event["country_code"]) == (
        "occurred",
        "2024-05-01",
        "PY",
    )


def test_will_lead_a_delegation_to_a_forum_in_a_media_note_is_announced() -> None:
    text = (
        "Media Note. On October 2, the Under Secretary will head the American delegation to "
        "the Pacific Islands Ocean Forum, which brings together ministers from twelve "
        "countries."
    )
    event = the_one_told(text, WED, "conference", "Ocean Forum")
    assert (event["status"], event["date_start"]) == ("announced", "2024-10-02")


def test_heads_our_delegation_at_a_forum_in_a_briefing_is_announced() -> None:
    text = (
        "A: The deputy minister heads our delegation at the Regional Security Forum in "
        "Manama on Friday."
    )
    event = the_one_told(text, WED, "conference", "Security Forum")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2024-09-27",
        "Manama",
    )


def test_a_delegation_led_to_a_country_a_bilateral_dialogue_or_talks_is_no_conference() -> None:
    text = (
        "He led the delegation to the United Arab Emirates on Monday. She led the talks on "
        "Tuesday. The deputy will lead our delegation to the Strategic Dialogue with India on "
        "Friday."
    )
    assert "conference" not in _types(text)


# --- a diary's journey told by a noun -------------------------------------------------------------


def test_arrival_in_a_city_below_a_diary_heading_is_a_visit_that_day() -> None:
    text = (
        "MINISTER'S DIARY\n\n"
        "Monday 23 September – Tuesday 24 September: visit to the Baltic states\n"
        "Monday: arrival in Vilnius. Talks with the Foreign Minister of Lithuania.\n"
    )
    event = the_one_told(text, WED, "visit", "arrival in Vilnius")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-23",
        "Vilnius",
    )


def test_an_early_flight_in_a_dated_diary_entry_is_a_visit() -> None:
    text = (
        "Diary of the week\n\n"
        "Mon 23.09.2024 — Early flight to Quito. Talks with the foreign minister.\n\n"
        "Tue 24.09.2024 — Quito. In the evening, flight to Bogota.\n"
    )
    told = core_told(text, WED)
    assert ("visit", "occurred", "2024-09-23", "Quito") in told
    assert ("visit", "occurred", "2024-09-24", "Bogotá") in told


def test_a_return_or_an_arrival_inside_prose_is_no_visit_of_this_rule() -> None:
    assert "visit" not in _types("Friday 27 September\nReturn to Tallinn.")
    assert "visit" not in _types("Flights to Lima resumed on Monday after the strike.")


# --- a gathering's closing text, a founding act, "meet again, this time in" ----------------------


def test_a_final_statement_issued_after_a_ministerial_in_a_digest_is_an_agreement() -> None:
    text = (
        "THE WEEK IN THE GULF. Arab League foreign ministers met in Cairo on Monday. They "
        "reviewed the crisis in Yemen and issued a final statement urging a truce."
    )
    event = the_one_told(text, WED, "agreement", "final statement")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-23",
        "Cairo",
    )


def test_a_council_that_adopted_a_presidential_statement_made_an_agreement() -> None:
    text = (
        "The Security Council this afternoon adopted a presidential statement on the "
        "protection of humanitarian workers."
    )
    event = the_one_told(text, WED, "agreement", "presidential statement")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-25")


def test_a_statement_of_one_ministry_or_a_final_warning_is_no_agreement() -> None:
    text = (
        "The foreign ministry issued a statement on Monday. The army issued a final warning "
        "to the rebels on Tuesday."
    )
    assert "agreement" not in _types(text)


def test_a_founding_act_signed_in_an_analysis_is_an_agreement() -> None:
    text = "Belarus signed the founding act of the new union in Minsk in March 1999."
    event = the_one_told(text, WED, "agreement", "founding act")
    assert (event["date_start"], event["place_name"]) == ("1999-03-01", "Minsk")


def test_leaders_who_meet_again_this_time_in_a_city_in_a_chronology_meet_there() -> None:
    text = (
        "TIMELINE: A year of summits\n\n"
        "3 March 2024 — The three presidents meet in Lusaka.\n\n"
        "14 June 2024 — The three presidents meet again, this time in Harare.\n"
    )
    event = the_one_told(text, WED, "conference", "this time in Harare")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-06-14",
        "Harare",
    )
