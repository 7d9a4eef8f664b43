"""Events told in wordings the extractor did not read as events (round seventeen, unquoted).

Each wording is tested on sentences invented for the test, in several outlet styles (wire,
parliament answer, profile, ministry release, readout, live blog, photo caption and joint
communiqué), with near-misses that must not fire:

* a stay told with its purpose as an infinitive ("was in Dakar to meet the foreign minister",
  "is in Geneva to attend the review conference"): a visit there; not "was in Paris to study";
* a stay in one place or several told with a part of a month ("was in Quito and Lima at the end
  of June", "were in Lusaka in early May"): a visit to each; not "is in the hands of";
* a stay after a time put at the start of the clause ("Last month she was in Hanoi, Vientiane and
  Phnom Penh", "Three days later the envoy was in Muscat."): a visit to each place; not "Last
  month the problem was in Lima", "Last week he was in hospital", nor the same stay with no
  time at all;
* an arrival told by the plane's steps ("steps off his plane at Entebbe airport", "stepped off a
  UN helicopter in Bukavu"): a visit; not "stepped off the podium"; and a welcome "at the foot
  of the gangway" by an office holder: a meeting; not by a troupe of dancers;
* the closing formula of a joint communiqué or statement ("Done at Livingstone, Republic of
  Zambia, on 24 September 2024", "Issued in two original copies in Spanish in Arica"): an
  agreement there and then; not a single ministry's release closing "Done at Abidjan", nor
  "work done at the ministerial level" in prose.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

WED = "2024-09-25"  # a Wednesday


def _visits(text: str, published: str = WED) -> list[tuple[str, str | None, str | None]]:
    return [
        (status, day, place)
        for kind, status, day, place in core_told(text, published)
        if kind == "visit"
    ]


# --- a stay told with its purpose -----------------------------------------------------------------


def test_a_stay_to_meet_a_minister_in_a_wire_is_a_visit_there() -> None:
    text = (
        "ABUJA, Sept 25 (Wire) - Ghana's foreign minister was in Dakar to meet his Senegalese "
        "counterpart about the fishing dispute, officials said."
    )
    event = the_one_told(text, WED, "visit", "was in Dakar")
    assert (event["status"], event["place_name"]) == ("occurred", "Dakar")


def test_a_stay_to_attend_a_conference_in_a_release_is_a_visit_there() -> None:
    text = (
        "Press release. The Minister of State is in Geneva to attend the review conference of "
        "the arms trade treaty, and will return to Dublin at the weekend."
    )
    event = the_one_told(text, WED, "visit", "is in Geneva")
    assert event["place_name"] == "Geneva"


def test_a_stay_with_an_errand_of_no_event_is_no_visit() -> None:
    text = "As a young man the future ambassador was in Paris to study law at the Sorbonne."
    assert _visits(text) == []


# --- a stay told with a part of a month -----------------------------------------------------------


def test_a_stay_in_two_capitals_at_the_end_of_a_month_is_a_visit_to_each() -> None:
    text = (
        "Mr Speaker, the Parliamentary Secretary was in Quito and Lima at the end of June "
        "together with a mission of our grain exporters."
    )
    visits = _visits(text)
    assert {place for _, _, place in visits} == {"Quito", "Lima"}
    assert all(status == "occurred" and day == "2024-06-01" for status, day, _ in visits)


def test_a_stay_in_early_month_in_a_readout_is_a_visit() -> None:
    text = (
        "Readout. The Deputy Secretary recalled that she was in Lusaka in early May with the "
        "trade mission, and thanked the minister for his hospitality."
    )
    event = the_one_told(text, WED, "visit", "was in Lusaka")
    assert (event["status"], event["place_name"]) == ("occurred", "Lusaka")
    assert event["date_start"] == "2024-05-01"


def test_a_matter_in_the_hands_of_a_body_is_no_stay() -> None:
    text = "The question is in the hands of the Security Council at the end of the month."
    assert _visits(text) == []


# --- a stay after a fronted time ------------------------------------------------------------------


def test_a_fronted_last_month_with_three_capitals_is_a_visit_to_each() -> None:
    text = (
        "She has become the region's busiest diplomat. Last month she was in Hanoi, Vientiane "
        "and Phnom Penh within eight days."
    )
    visits = _visits(text)
    assert {place for _, _, place in visits} == {"Hanoi", "Vientiane", "Phnom Penh"}
    assert all(status == "occurred" and day == "2024-08-01" for status, day, _ in visits)


def test_a_fronted_count_of_days_in_a_profile_is_a_visit() -> None:
    text = "He flew to Oman on a Sunday. Three days later the envoy was in Muscat."
    assert any(place == "Muscat" for _, _, place in _visits(text))


def test_a_fronted_weekday_with_company_in_a_wire_is_a_visit() -> None:
    text = (
        "On Monday the Kenyan president was in Kampala, with his ministers of trade and "
        "transport, a statement from State House said."
    )
    event = the_one_told(text, WED, "visit", "was in Kampala")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-23",
        "Kampala",
    )


def test_a_fronted_time_before_no_one_or_no_place_is_no_stay() -> None:
    assert _visits("Last month the problem was in Lima, the report said.") == []
    assert _visits("Last week he was in hospital for two days.") == []


def test_a_stay_with_no_time_and_no_errand_stays_no_visit() -> None:
    assert _visits("The old minister was in Harare, Mutare and Bulawayo.") == []


# --- an arrival told by the plane's steps ---------------------------------------------------------


def test_a_caption_stepping_off_a_plane_at_an_airport_is_a_visit() -> None:
    text = (
        "IN PICTURES: Kenya's president in Uganda\n\n"
        "1. Smiling, Kenya's president steps off his plane at Entebbe airport on Tuesday "
        "evening. (Photo: Staff)"
    )
    event = the_one_told(text, WED, "visit", "steps off his plane")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-24")
    assert event["place_name"].startswith("Entebbe")


def test_a_wire_stepping_off_a_helicopter_in_a_town_is_a_visit() -> None:
    text = (
        "BUKAVU, Sept 25 (Wire) - The envoy stepped off a UN helicopter in Bukavu on Monday "
        "for talks with provincial leaders."
    )
    event = the_one_told(text, WED, "visit", "stepped off")
    assert (event["date_start"], event["place_name"]) == ("2024-09-23", "Bukavu")


def test_stepping_off_a_podium_or_a_plane_with_no_place_is_no_visit() -> None:
    assert _visits("The minister stepped off the podium in Geneva to cheers.") == []


def test_a_welcome_at_the_foot_of_the_gangway_in_a_live_blog_is_a_meeting() -> None:
    text = (
        "09:10 Rwanda's president has landed. Our reporter says the guest was met at the foot "
        "of the gangway by Uganda's prime minister on Tuesday."
    )
    event = the_one_told(text, WED, "meeting", "foot of the gangway")
    assert (event["status"], event["date_start"]) == ("occurred", "2024-09-24")


def test_a_welcome_at_the_foot_of_the_steps_by_dancers_is_no_meeting() -> None:
    text = "On Tuesday the delegation were met at the foot of the steps by a troupe of dancers."
    assert [kind for kind, *_ in core_told(text, WED) if kind == "meeting"] == []


# --- the closing formula of a joint text ----------------------------------------------------------


def test_a_joint_communique_done_at_a_city_on_a_date_is_an_agreement() -> None:
    text = (
        "JOINT COMMUNIQUE ON THE OFFICIAL VISIT OF THE PRESIDENT OF MALAWI TO ZAMBIA\n\n"
        "1. The Presidents of Malawi and Zambia conferred at State House in Lusaka on "
        "23 September 2024.\n\n"
        "2. The Heads of State agreed to convene the Joint Permanent Commission in 2025.\n\n"
        "Done at Livingstone, Republic of Zambia, on 24 September 2024."
    )
    event = the_one_told(text, WED, "agreement", "Done at Livingstone")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2024-09-24",
        "Livingstone",
    )


def test_a_joint_statement_issued_in_copies_in_a_city_is_an_agreement() -> None:
    text = (
        "Joint Statement of the Foreign Ministers of Chile and Peru\n\n"
        "The Ministers met in Arica on 20 September 2024 and reviewed the border committee.\n\n"
        "Issued in two original copies in Spanish in Arica, Chile, on 20 September 2024."
    )
    event = the_one_told(text, WED, "agreement", "Issued in two")
    assert (event["date_start"], event["place_name"]) == ("2024-09-20", "Arica")


def test_a_ministry_release_done_at_its_city_is_no_agreement() -> None:
    text = (
        "PRESS RELEASE\n\n"
        "The Minister of Foreign Affairs received his Ghanaian counterpart at the Ministry on "
        "23 September 2024.\n\n"
        "Done at Abidjan, 24 September 2024"
    )
    assert [kind for kind, *_ in core_told(text, WED) if kind == "agreement"] == []


def test_a_formula_inside_prose_of_a_joint_text_is_no_agreement() -> None:
    text = (
        "JOINT DECLARATION OF THE PRESIDENTS OF BENIN AND TOGO\n\n"
        "The Presidents recalled the work done at the ministerial level since the last summit."
    )
    assert [kind for kind, *_ in core_told(text, WED) if kind == "agreement"] == []
