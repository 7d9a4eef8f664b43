"""Events read with the wrong type (round seventeen, type).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
newsletter digest, calendar, ministry release, UN press summary, readout), with near-misses
that must keep their type:

* a body or bloc that meets by a call's means ("The Foreign Affairs Council met by video
  conference", "Eurogroup finance ministers, meeting by videoconference", "the OSCE Permanent
  Council convened via video link"): a conference with no place; people who meet that way ("The
  two presidents met by video link", "The 27 leaders will hold another video conference", three
  ministers named by country) stay a call;
* a bloc's council or its members told as a group holding a session ("the AU Peace and Security
  Council held an emergency meeting", "the League's ambassadors convened an extraordinary
  session", "the SADC Organ troika will hold a virtual meeting"): a conference; one
  ambassador holding a meeting stays a meeting;
* three countries joined by dashes ("trilateral consultations Kazakhstan - Turkmenistan -
  Iran"): three sides, a conference, where two joined ("the India-Pakistan talks") stay a
  meeting;
* a troika or quartet told by name as the subject of a meeting with no object ("The Quartet will
  meet in Moscow", "the EAC troika is to meet again"): a conference; a troika meeting a minister
  stays a meeting;
* a later session told by the words that qualify the series' event word ("the next consultative
  meeting" after "the consultative meeting of Central Asian leaders opened"): the series' type;
* "the intergovernmental conference" on a treaty: a conference (an intergovernmental summit of
  two governments stays a meeting);
* an officer named by the body they head, as the subject of a meeting ("the Premier of the State
  Council will meet him", "The Chairman of the African Union Commission met the president"):
  one person, a meeting; the body itself meeting stays a conference.
"""

from __future__ import annotations

from tests.conftest import core_told

SAT = "2020-04-18"  # a Saturday


# --- a body that meets by a call's means ---------------------------------------------------------


def test_a_council_that_met_by_video_conference_in_a_digest_is_a_conference() -> None:
    text = (
        "EU WEEK — Saturday 18 April 2020\n\n"
        "• Ministers: The General Affairs Council met by video conference on Wednesday to "
        "prepare the next summit of leaders."
    )
    assert core_told(text, SAT) == [("conference", "occurred", "2020-04-15", None)]


def test_bloc_ministers_meeting_by_videoconference_in_a_wire_are_a_conference() -> None:
    text = (
        "BRUSSELS, April 18 (Wire) - NATO defence ministers, meeting by videoconference on "
        "Thursday, agreed to step up support for allies hit hardest by the outbreak."
    )
    assert core_told(text, SAT) == [("conference", "occurred", "2020-04-16", None)]


def test_a_permanent_council_convened_via_video_link_in_a_release_is_a_conference() -> None:
    text = (
        "The OSCE Permanent Council convened via video link on Friday, the chairmanship said "
        "in a statement issued in Vienna."
    )
    assert core_told(text, SAT)[0][:3] == ("conference", "occurred", "2020-04-17")


def test_eurogroup_ministers_meeting_online_are_a_conference() -> None:
    text = (
        "Eurogroup finance ministers met by videoconference on Monday for a third time since "
        "the outbreak, officials in Brussels said."
    )
    assert core_told(text, SAT)[0][:3] == ("conference", "occurred", "2020-04-13")


def test_two_presidents_who_met_by_video_link_stay_a_call() -> None:
    text = "The two presidents met by video link on Monday to discuss border crossings."
    assert core_told(text, SAT) == [("call", "occurred", "2020-04-13", None)]


def test_leaders_holding_another_video_conference_stay_a_call() -> None:
    text = "The 27 leaders will hold another video conference next Thursday on the recovery plan."
    assert [kind for kind, *_ in core_told(text, SAT)] == ["call"]


def test_three_ministers_named_by_country_who_met_online_stay_a_call() -> None:
    text = (
        "The foreign ministers of France, Germany and Italy met via videoconference on Friday "
        "to compare their plans for repatriating citizens."
    )
    assert core_told(text, SAT) == [("call", "occurred", "2020-04-17", None)]


# --- a bloc's council or members holding a session -----------------------------------------------

MON = "2026-01-05"  # a Monday


def test_a_peace_and_security_council_holding_an_emergency_meeting_is_a_conference() -> None:
    text = (
        "ADDIS ABABA, Jan 5 (Agency) - The AU Peace and Security Council held an emergency "
        "meeting on Sudan on Monday, diplomats said."
    )
    assert core_told(text, MON) == [("conference", "occurred", "2026-01-05", "Addis Ababa")]


def test_a_leagues_permanent_representatives_in_session_are_a_conference() -> None:
    text = (
        "The Arab League's ambassadors convened an extraordinary session on Yemen in Cairo on "
        "Sunday, the league's deputy secretary-general said."
    )
    assert core_told(text, MON) == [("conference", "occurred", "2026-01-04", "Cairo")]


def test_bloc_foreign_ministers_to_hold_a_special_meeting_are_an_announced_conference() -> None:
    text = "ASEAN foreign ministers will hold a special meeting in Jakarta on Thursday."
    assert core_told(text, MON) == [("conference", "announced", "2026-01-08", "Jakarta")]


def test_an_organ_troika_holding_a_virtual_meeting_in_a_calendar_is_a_conference() -> None:
    text = "Friday 9 January — The SADC Organ troika will hold a virtual meeting on Lesotho."
    assert [kind for kind, *_ in core_told(text, MON)] == ["conference"]


def test_one_ambassador_of_a_bloc_holding_a_meeting_stays_a_meeting() -> None:
    text = "The EU's ambassador held a meeting with the foreign minister in Kabul on Monday."
    assert core_told(text, MON) == [("meeting", "occurred", "2026-01-05", "Kabul")]


# --- three countries joined by dashes ------------------------------------------------------------


def test_trilateral_consultations_of_three_dashed_countries_are_a_conference() -> None:
    text = (
        "ASHGABAT, 02.10.2019 - The sides will hold a further round of trilateral "
        "consultations Kazakhstan - Turkmenistan - Iran in Ashgabat in December 2019."
    )
    assert core_told(text, "2019-10-02") == [("conference", "announced", "2019-12-01", "Ashgabat")]


def test_two_dashed_countries_stay_a_meeting() -> None:
    text = "The India-Pakistan talks will be held in New Delhi in March, officials said."
    assert [kind for kind, *_ in core_told(text, "2019-10-02")] == ["meeting"]


# --- a troika or quartet that meets --------------------------------------------------------------

SAT08 = "2008-06-28"  # a Saturday


def test_a_troika_to_meet_again_in_agency_copy_is_an_announced_conference() -> None:
    text = (
        "ARUSHA (Agency) - The EAC troika is to meet again in Kampala on July 15 to review the "
        "ceasefire, officials said."
    )
    assert core_told(text, SAT08) == [("conference", "announced", "2008-07-15", "Kampala")]


def test_a_quartet_that_met_in_a_wire_is_a_conference() -> None:
    text = "MOSCOW, June 28 (Wire) - The Middle East Quartet met in Moscow on Tuesday."
    assert core_told(text, SAT08) == [("conference", "occurred", "2008-06-24", "Moscow")]


def test_a_troika_meeting_a_foreign_minister_stays_a_meeting() -> None:
    text = "The EU troika met the Iranian foreign minister in Tehran on Tuesday."
    assert core_told(text, SAT08) == [("meeting", "occurred", "2008-06-24", "Tehran")]


# --- a later session told by its qualified event word --------------------------------------------


def test_the_next_consultative_meeting_in_a_live_blog_is_a_conference() -> None:
    text = (
        "LIVE: leaders gather in Bishkek\n\n"
        "11:00 The consultative meeting of Central Asian leaders opened in Bishkek.\n\n"
        "12:30 Tajikistan's president and Turkmenistan's president held a bilateral meeting.\n\n"
        "16:10 The next consultative meeting will be held in Dushanbe in 2027, the hosts said."
    )
    told = core_told(text, "2026-08-05")
    assert ("conference", "announced", "2027-01-01", "Dushanbe") in told


# --- the intergovernmental conference ------------------------------------------------------------


def test_an_intergovernmental_conference_on_a_treaty_is_a_conference() -> None:
    text = (
        "ROME, Jan 1 (Wire) - The intergovernmental conference on reforming the treaty will open "
        "in Turin on March 29, officials said."
    )
    assert core_told(text, "1996-01-01") == [("conference", "announced", "1996-03-29", "Turin")]


def test_an_intergovernmental_summit_of_two_governments_stays_a_meeting() -> None:
    text = "The next intergovernmental summit of Spain and Portugal opens in Lisbon in March."
    assert [kind for kind, *_ in core_told(text, "1996-01-01")] == ["meeting"]


# --- an officer named by the body they head ------------------------------------------------------


def test_a_premier_of_a_state_council_meeting_a_guest_in_a_briefing_is_a_meeting() -> None:
    text = (
        "Q: Can you give details of the visit?\n"
        "A: Laos's foreign minister will visit China from October 10 to 12. The foreign "
        "ministers are to hold talks in Beijing, where the Premier of the State Council is also "
        "to meet with him."
    )
    told = core_told(text, "2016-10-07")
    assert [kind for kind, *_ in told].count("conference") == 0
    assert ("meeting", "announced", "2016-10-10", "Beijing") in told


def test_a_commission_chairman_who_met_a_president_in_a_wire_is_a_meeting() -> None:
    text = (
        "KHARTOUM, Sept 9 (Wire) - The Chairman of the African Union Commission met the "
        "Sudanese president in Khartoum on Monday."
    )
    assert core_told(text, "2016-09-09") == [("meeting", "occurred", "2016-09-05", "Khartoum")]


def test_a_committee_of_representatives_that_meets_stays_a_conference() -> None:
    text = "The Committee of Permanent Representatives will meet in Brussels on Monday."
    assert core_told(text, "2016-09-09") == [("conference", "announced", "2016-09-12", "Brussels")]
