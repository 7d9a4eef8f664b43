"""Which kind of event a sentence states, and which sentences state none.

Every case is an invented sentence (other names, places, dates and wordings than the articles
the rules were developed on), at least two per rule: hosting a group, being received by a
host, "met at" a place, "and meet", "stop in", signed and adopted texts of any name, a section
heading that says "call", and events that did not happen (counterfactual, denied, only talked
of, fell through) or are a time frame ("Before arriving in X").
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.scoring import CORE_STATUSES
from tests.conftest import core_candidates

WED = dt.date(2024, 9, 11)  # a Wednesday
URL = "https://example.org/kinds"


def core(text: str, published: dt.date = WED) -> list[dict]:
    return core_candidates(text, published, url=URL, statuses=CORE_STATUSES)


def kinds(text: str) -> list[tuple[str, str]]:
    return sorted((e["event_type"], e["status"]) for e in core(text))


# --- who is hosted or received --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya will host the region's trade ministers in Mombasa in October.",
        "The king hosted the visiting Gulf delegations in Amman on Monday.",
    ],
)
def test_hosting_a_group_is_an_event(sentence):
    assert {e["event_type"] for e in core(sentence)} & {"meeting", "conference"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Okafor was received on Monday at the Presidential Palace by President Mensah.",
        "The delegation was warmly welcomed in Hanoi on Monday by the Vietnamese prime minister.",
    ],
)
def test_being_received_by_a_host_is_a_meeting(sentence):
    assert kinds(sentence) == [("meeting", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan was welcomed by Norway on Monday.",
        "She was received at the airport on Monday by officials and a military band.",
    ],
)
def test_things_welcomed_and_airport_welcomes_are_no_meeting(sentence):
    # the annotation conventions: only a welcome by a named official is a meeting
    assert [e for e in core(sentence) if e["event_type"] == "meeting"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The two envoys last met at a lakeside villa near Geneva in March.",
        "The negotiators met in a hotel outside Doha on Monday.",
    ],
)
def test_met_at_a_place_is_a_meeting(sentence):
    assert "meeting" in {e["event_type"] for e in core(sentence)}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The premier is set to tour a port in Gdansk and meet the mayor on Friday.", "meeting"),
        (
            "She will lead the delegation and is expected to stop in Nairobi on her way home.",
            "visit",
        ),
        ("The envoy will fly to Lima and then stop over in Quito on Friday.", "visit"),
    ],
)
def test_second_verbs_of_an_announced_trip(sentence, kind):
    assert (kind, "announced") in kinds(sentence)


def test_travelled_with_a_day_before_the_destination_is_a_visit():
    found = core("The minister instead travelled on Monday to Oslo, where she held talks.")
    assert ("visit", "Oslo") in {(e["event_type"], e["place_name"]) for e in found}


# --- texts signed or adopted ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The founders set up the council when they signed the Lima Charter in 1998.",
        "The five states adopted the Ushuaia Declaration at a meeting in May 2009.",
        "Both leaders witnessed the signing of an Arrangement on Seasonal Workers on Monday.",
        "The two sides signed a protocol on prisoner exchanges in Doha on Monday.",
        "The minister signed a maritime partnership with Fiji's government on Monday.",
    ],
)
def test_signed_and_adopted_texts_of_any_name_are_agreements(sentence):
    assert ("agreement", "occurred") in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegates will adopt a resolution on Haiti on Friday.",
        "The assembly adopted a resolution on the budget on Monday.",
    ],
)
def test_resolutions_are_no_agreements(sentence):
    assert "agreement" not in {e["event_type"] for e in core(sentence)}


def test_the_text_already_told_is_the_same_agreement():
    text = (
        "OSLO — Norway and Iceland signed a fisheries agreement on Tuesday.\n\n"
        "The deal was signed by the two fisheries ministers at the city hall in Oslo."
    )
    agreements = [e for e in core(text, dt.date(2024, 9, 11)) if e["event_type"] == "agreement"]
    assert len(agreements) == 1
    assert len(agreements[0]["source_quotes"]) == 2


# --- calls by the heading of their section --------------------------------------------------


def test_a_section_headed_call_makes_spoke_with_a_call():
    text = (
        "READOUTS\n\n"
        "Minister's Meeting with the Chilean Ambassador\n\n"
        "The Minister met today with the Chilean Ambassador at the ministry in Canberra.\n\n"
        "Deputy Minister's Call with Fijian Counterpart\n\n"
        "The Deputy Minister spoke yesterday with Fiji's deputy foreign minister.\n\n"
        "Minister's Call with Samoan Prime Minister\n\n"
        "The Minister spoke to the Prime Minister of Samoa this morning."
    )
    found = kinds(text)
    assert found.count(("call", "occurred")) == 2
    assert ("meeting", "occurred") in found


def test_spoke_with_under_a_meeting_heading_is_no_call():
    text = (
        "Minister's Meeting with Business Leaders\n\n"
        "The Minister spoke with business leaders about exports."
    )
    assert "call" not in {e["event_type"] for e in core(text)}


# --- events that did not happen -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Had the talks gone ahead, the ministers would have signed a water treaty.",
        "Without the storm, the two leaders could have met in Apia on Monday.",
        "Officials denied reports that the envoy had met rebel leaders in Goma last week.",
        "The ministry dismissed claims that the two presidents had held talks in Minsk.",
        "There is talk of a regional summit in Dakar, but nothing has been scheduled.",
        "Talk of a meeting between the two rivals has grown, but nothing has been set.",
    ],
)
def test_counterfactual_denied_and_speculative_events_are_none(sentence):
    assert core(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A planned meeting of the two ministers in Tunis fell through last week.",
        "The last attempt at talks collapsed in 2017 after a bombing in Kabul.",
        "The negotiations broke down in 2019 over the status of the port.",
        "Talks in Nairobi broke down last year after a dispute over prisoners.",
    ],
)
def test_events_that_fell_through_are_not_core(sentence):
    assert core(sentence) == []


def test_before_arriving_is_when_the_event_happened_not_a_visit():
    found = core("Before arriving in Suva, the minister stopped in Apia on Monday.")
    assert [(e["event_type"], e["place_name"], e["status"]) for e in found] == [
        ("visit", "Apia", "occurred")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They will meet at the EU-U.S. Trade and Technology Council in May. It was agreed.",
        "He hosted the Gulf-U.K. Investment Forum in Doha. It ended well.",
    ],
)
def test_an_acronym_after_a_hyphen_ends_no_sentence(text):
    from mapapp.extract.sentences import split_sentences

    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "There has been speculation about a meeting of the two presidents in Baku.",
        "Rumours of a summit in Lusaka have circulated for weeks.",
        "Reports that the two leaders would meet in Vienna were denied by officials on Monday.",
        "Claims that the envoy had held talks in Kabul were firmly rejected by the ministry.",
    ],
)
def test_speculation_and_denied_reports_are_no_events(sentence):
    assert core(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders met on the sidelines of the G20 summit in Rio on Monday.",
        "The ministers met privately on the margins of the forum in Davos on Monday.",
    ],
)
def test_met_on_the_sidelines_is_a_meeting_beside_the_gathering(sentence):
    assert sorted(e["event_type"] for e in core(sentence)) == ["conference", "meeting"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The king granted an audience to the visiting Chilean foreign minister in Rabat on Monday.",
        "The minister was received in audience by the Emir at the palace in Doha on Monday.",
    ],
)
def test_an_audience_is_a_meeting(sentence):
    assert kinds(sentence) == [("meeting", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The accord, signed in Lomé in 2019, has never been applied.",
        "The pact, first signed in Oslo in 1993, set up the council.",
    ],
)
def test_a_text_signed_in_a_participle_clause_is_an_agreement(sentence):
    assert ("agreement", "occurred") in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both states are parties to the 1979 Convention on Migratory Species.",
        "The ministers discussed the convention against torture on Monday.",
    ],
)
def test_a_convention_on_a_subject_is_a_treaty_not_a_gathering(sentence):
    assert "conference" not in {e["event_type"] for e in core(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no plans for the two presidents to meet, a spokesman said.",
        "The ministry said there were no current plans for the minister to travel to Minsk.",
    ],
)
def test_no_plans_for_an_event_is_no_event(sentence):
    assert core(sentence) == []


# --- wider vocabulary: in person, online, texts signed ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister co-chaired the joint commission with her Peruvian counterpart in Lima on "
        "Monday.",
        "The president dined with Ghana's president at the palace in Accra on Monday.",
        "The two ministers had a working lunch with the Dutch envoy in The Hague on Monday.",
        "Kenya's and Japan's leaders sat down on the sidelines of the forum in Nairobi on Monday.",
        "The premier also held a bilateral with Fiji's prime minister in Suva on Monday.",
    ],
)
def test_more_ways_of_meeting_in_person(sentence):
    assert "meeting" in {e["event_type"] for e in core(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister held a virtual meeting with the Foreign Minister of Chile on Monday.",
        "The two leaders met virtually on Monday to discuss trade.",
    ],
)
def test_virtual_meetings_are_calls(sentence):
    assert kinds(sentence) == [("call", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders signed a joint statement on the truce in Kuala Lumpur on Monday.",
        "The ministers witnessed the exchange of four cooperation documents in Hanoi on Monday.",
        "The negotiators initialled the text in Geneva on Monday.",
        "A first version of the pact was concluded in Lima in May 2019.",
        "The leaders adopted a set of principles on maritime safety in Manila on Monday.",
    ],
)
def test_more_texts_signed_or_adopted_are_agreements(sentence):
    assert "agreement" in {e["event_type"] for e in core(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy will travel to Lima on Monday to advance the commitments made at the Americas "
        "Summit.",
        "She will build on the progress achieved at the ministerial conference.",
    ],
)
def test_a_gathering_named_as_a_source_is_no_event(sentence):
    assert "conference" not in {e["event_type"] for e in core(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "No date has been set for a meeting of the two presidents, officials said.",
        "The ministry denied reports in the local press that the envoys had met in Minsk.",
    ],
)
def test_no_date_set_and_denied_press_reports_are_no_events(sentence):
    assert core(sentence) == []


def test_a_call_to_discuss_the_talks_is_no_meeting():
    text = "He held a phone conversation with the Italian premier on Monday to discuss the talks."
    assert kinds(text) == [("call", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents conferred in Maputo on Monday.",
        "The envoy paid a call on President Mensah at Jubilee House on Monday.",
        "The two kings held a tête-à-tête at the palace in Amman on Monday.",
    ],
)
def test_conferring_calls_in_person_and_tete_a_tetes_are_meetings(sentence):
    assert kinds(sentence) == [("meeting", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two governments sealed a power deal in Tbilisi on Monday.",
        "The sides struck a deal on grain exports in Ankara on Monday.",
        "The parties agreed a truce in Addis Ababa on Monday.",
    ],
)
def test_deals_sealed_struck_or_agreed_are_agreements(sentence):
    assert kinds(sentence) == [("agreement", "occurred")]


def test_a_framework_agreed_at_a_meeting_is_part_of_it():
    found = kinds("Ministers of five states met in Bishkek on Monday and agreed a water framework.")
    assert found == [("conference", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Plans for a summit in Dakar were shelved last month.",
        "A planned meeting of the envoys in Oslo has been put on hold.",
        "The two presidents are unlikely to meet before the vote.",
    ],
)
def test_shelved_and_unlikely_events_are_none(sentence):
    assert core(sentence) == []


def test_a_video_meeting_of_two_is_a_call():
    assert kinds("The two ministers held a video meeting on Monday.") == [("call", "occurred")]


def test_a_video_summit_of_three_states_is_a_conference():
    # the annotation conventions: a summit of many held online is a conference without a place
    found = kinds("The leaders of Chile, Peru and Colombia held a video summit on Monday.")
    assert found == [("conference", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Sall will receive Chancellor Weber in Dakar next week.",
        "The king is due to receive the visiting Peruvian prime minister in Rabat next week.",
    ],
)
def test_will_receive_a_guest_is_an_announced_meeting(sentence):
    assert kinds(sentence) == [("meeting", "announced")]
