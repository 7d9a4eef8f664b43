"""Events stated in wordings the extractor did not read as events (round fourteen, unquoted).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
readout, ministry release, transcript), with near-misses that must not fire:

* a call told by the line it went over ("the two ministers spoke on the phone"), dated by a day
  told before it; "briefed reporters on the phone call" keeps the call a topic;
* a conversation with an office holder whose day opens the sentence ("Yesterday he spoke with
  the president of Turkey", "On Monday, the minister talked to his Qatari counterpart"): a
  call; not with a place named, nor to reporters, nor after a meeting told in the same clause;
* an envoy received by the title of the post ("received the EU Special Representative",
  "received the High Representative"): a meeting; not "representatives of the business
  community" nor a representative's report;
* an ambassador presenting credentials to an office holder ("presented her letters of credence
  to the King at the palace", "will present copies of his credentials to the Foreign Minister"):
  a meeting there, done or ahead; not a company's credentials nor a report to parliament.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "2024-09-25"  # a Wednesday


# --- spoke on the phone ---------------------------------------------------------------------------


def test_spoke_on_the_phone_after_a_fronted_day_is_a_call_in_a_briefing_transcript() -> None:
    text = (
        "Q: Can you confirm contacts with Jakarta? A: On Monday, both foreign ministers spoke "
        "on the phone and compared notes on the maritime dispute."
    )
    assert core_told(text, WED) == [("call", "occurred", "2024-09-23", None)]


def test_talked_on_the_telephone_in_a_wire_is_a_call_on_its_day() -> None:
    text = (
        "SANTIAGO, Sept 25 (Wire) - Late on Tuesday the Chilean and Argentine presidents spoke "
        "on the telephone about the wildfires, officials said."
    )
    event = the_one_told(text, WED, "call", "on the telephone")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-24",
        None,
    )


def test_briefing_on_the_phone_call_keeps_the_call_a_topic() -> None:
    text = "The spokesman briefed reporters on the phone call between the two leaders."
    assert core_told(text, WED) == []


# --- a day, then spoke with an office holder ------------------------------------------------------


def test_yesterday_he_spoke_with_the_president_in_a_radio_transcript_is_a_call() -> None:
    text = (
        "HOST: The new chancellor has been busy. Yesterday she spoke with the president of "
        "Kazakhstan about grain exports."
    )
    assert core_told(text, WED) == [("call", "occurred", "2024-09-24", None)]


def test_a_place_after_a_comma_clause_does_not_place_the_fronted_day_call() -> None:
    text = (
        "Yesterday the emir spoke with the president of Chile, a conversation diplomats in "
        "Santiago described as warm."
    )
    assert core_told(text, WED) == [("call", "occurred", "2024-09-24", None)]


def test_on_a_weekday_the_minister_talked_to_a_counterpart_in_a_readout_is_a_call() -> None:
    text = (
        "On Monday, the Foreign Minister talked to his Omani counterpart about shipping lanes "
        "and thanked him for Muscat's help."
    )
    event = the_one_told(text, WED, "call", "talked to his Omani counterpart")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-23",
        None,
    )


def test_earlier_today_the_prime_minister_spoke_with_a_chancellor_in_a_release() -> None:
    text = "Earlier today the Prime Minister spoke with the Chancellor of Austria on energy prices."
    assert core_told(text, WED) == [("call", "occurred", "2024-09-25", None)]


def test_an_office_holder_named_in_capitals_after_spoke_with_and_a_day_is_a_call() -> None:
    text = "The minister spoke with the Prime Minister of Norway this afternoon about fisheries."
    assert core_told(text, WED) == [("call", "occurred", "2024-09-25", None)]


def test_spoke_with_the_president_in_a_named_city_is_no_call() -> None:
    text = "Yesterday she spoke with the president in Geneva about the refugee fund."
    assert [c for c in core_told(text, WED) if c[0] == "call"] == []


def test_spoke_to_reporters_after_a_day_is_no_call() -> None:
    text = "On Tuesday the foreign minister spoke to reporters outside the ministry."
    assert core_told(text, WED) == []


def test_spoke_with_a_prime_minister_after_meeting_a_king_is_no_call() -> None:
    text = "On Monday the envoy met the king and spoke with the prime minister."
    assert [c for c in core_told(text, WED) if c[0] == "call"] == []


def test_spoke_with_a_president_with_no_day_is_no_call() -> None:
    text = "He spoke with the president of Ghana about cocoa prices."
    assert core_told(text, WED) == []


# --- received the Special Representative ----------------------------------------------------------


def test_received_the_special_representative_at_a_palace_is_a_meeting_there() -> None:
    text = (
        "On Tuesday the head of state received the European Union Special Representative for "
        "the South Caucasus at the Presidential Palace in Yerevan."
    )
    event = the_one_told(text, WED, "meeting", "Special Representative")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-24")
    assert "Yerevan" in event["place_name"]


def test_received_the_high_representative_in_a_ministry_release_is_a_meeting() -> None:
    text = (
        "Sarajevo, 25 September - The Chairman of the Presidency today received the High "
        "Representative, with whom he discussed the electoral law."
    )
    event = the_one_told(text, WED, "meeting", "High Representative")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-25")


def test_received_representatives_of_business_or_a_report_is_no_meeting() -> None:
    for text in (
        "The Foreign Minister received representatives of the business community on Tuesday.",
        "The ministry received the special representative's report on Tuesday.",
    ):
        assert core_told(text, WED) == [], text


# --- presented credentials ------------------------------------------------------------------------


def test_presented_letters_of_credence_to_the_king_in_an_embassy_news_item() -> None:
    text = (
        "On Tuesday, Ambassador Ana Lopes presented her letters of credence to His Majesty the "
        "King at the Royal Palace in Amman."
    )
    event = the_one_told(text, WED, "meeting", "letters of credence")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-24")
    assert "Amman" in event["place_name"]


def test_presented_copies_of_credentials_to_a_foreign_minister_in_a_city() -> None:
    text = (
        "The newly appointed Ambassador of Peru presented copies of his credentials to the "
        "Foreign Minister of Kenya in Nairobi on 23 September."
    )
    assert core_told(text, WED) == [("meeting", "occurred", "2024-09-23", "Nairobi")]


def test_will_present_credentials_to_a_governor_general_is_announced() -> None:
    text = (
        "WELLINGTON (Wire) - The ambassador-designate will present his credentials to the "
        "Governor-General in Wellington on Friday, the ministry said."
    )
    assert core_told(text, WED) == [("meeting", "announced", "2024-09-27", "Wellington")]


def test_credentials_of_a_firm_or_a_report_to_parliament_are_no_meeting() -> None:
    for text in (
        "The consortium presented its credentials to investors in London on Monday.",
        "The minister presented a report to parliament on Monday.",
        "The ambassador presented his credentials to the press as a veteran negotiator.",
    ):
        assert core_told(text, WED) == [], text
