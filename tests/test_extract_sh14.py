"""Sentences that tell two events, of which only one was read before.

Covers a signing joined by "and" to another event's verb in the present or as a participle
("visits Lomé and signs a memorandum", "meeting its president and signing an accord"), and the
talks a trip is for told by "to see", a bare "to consult" or "for meetings with" people named by
their office ("flies to Nairobi to see Kenya's president", "for more meetings with government
officials"), and talks beside a courtesy call or an audience with someone else told in a list
of verbs ("will hold talks with X, pay a courtesy call on Y") or by "received in audience by".
Invented sentences in several outlet styles, with near-misses that must not fire; each asserts
the candidates' type, status, day and place.
"""

from __future__ import annotations

import pytest

from tests.conftest import core_told

PUBLISHED = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "status", "day", "place"),
    [
        # a chronology's entry in the present
        (
            "TIMELINE\n\n4 March - Togo's president visits Accra and signs a memorandum on "
            "cross-border power supply.\n\n9 March - West African leaders meet in Abuja.",
            "occurred",
            "2024-03-04",
            "Accra",
        ),
        # wire: a participle clause after the visit
        (
            "LOME (Coastwire) - Ghana's president visited Lomé on Monday, meeting Togo's "
            "president and signing an agreement on shared electricity grids.",
            "occurred",
            "2024-05-13",
            "Lomé",
        ),
        # a digest's paragraph, the visit told by its country
        (
            "ACCRA - Togo's president visited Ghana last week, holding talks with its "
            "president and signing an accord on fisheries patrols.",
            "occurred",
            "2024-05-06",
            "Accra",
        ),
        # a ministry's release about a visit ahead
        (
            "The Minister will visit Accra on Friday, meeting the Foreign Minister of Ghana "
            "and signing a protocol on consular cooperation.",
            "announced",
            "2024-05-17",
            "Accra",
        ),
    ],
)
def test_a_signing_joined_to_another_event_verb_is_an_agreement_beside_it(
    text: str, status: str, day: str, place: str
) -> None:
    core = core_told(text, PUBLISHED)
    assert ("agreement", status, day, place) in core
    assert ("visit", status, day, place) in core


@pytest.mark.parametrize(
    "text",
    [
        # a topic of talks, no event verb before the signing
        "The two ministers discussed trade and signing a free trade agreement.",
        # a gerund after a verb, not a participle clause
        "He ruled out meeting the rebel commander and signing a peace deal.",
        # no document signed
        "The mayor, meeting residents, said he supports and signs petitions on the road.",
    ],
)
def test_a_signing_with_no_event_verb_of_its_form_before_is_no_agreement(text: str) -> None:
    assert [c for c in core_told(text, PUBLISHED) if c[0] == "agreement"] == []


@pytest.mark.parametrize(
    ("text", "status", "day", "place"),
    [
        # wire: "to see" a head of state
        (
            "NAIROBI (Eastwire) - Uganda's foreign minister flew to Nairobi on Monday to see "
            "Kenya's president and foreign minister about the rail line.",
            "occurred",
            "2024-05-13",
            "Nairobi",
        ),
        # an agency's report of what an envoy said: "to consult" officials, no "with"
        (
            "The envoy told reporters he would travel to Kigali on Saturday to consult Rwandan "
            "officials, and then to Bujumbura.",
            "announced",
            "2024-05-18",
            "Kigali",
        ),
        # a return for more meetings with officials named by their office only
        (
            "She will return to Lusaka on Thursday for further meetings with ministry "
            "officials, her office said.",
            "announced",
            "2024-05-16",
            "Lusaka",
        ),
        # a council summary: a trip told in reported speech, for meetings with figures
        (
            "The Special Representative said she had flown to Gulu last week for "
            "meetings with top figures in the district administration.",
            "occurred",
            "2024-05-06",
            "Gulu",
        ),
    ],
)
def test_the_talks_a_trip_is_for_are_a_meeting_at_its_destination(
    text: str, status: str, day: str, place: str
) -> None:
    core = core_told(text, PUBLISHED)
    assert ("meeting", status, day, place) in core
    assert ("visit", status, day, place) in core


@pytest.mark.parametrize(
    "text",
    [
        # no one seen
        "The delegation went to Geneva on Monday to see the exhibition on the lake shore.",
        # no trip before the errand
        "The president hopes to see the prime minister again before the summer.",
        "Opposition parties pressed for meetings with the rebel leaders last month.",
        # no other side's officials
        "The minister flew to Lagos on Monday for meetings with investors in the port.",
        "The historian flew to Lagos on Monday to consult the archives of the old port.",
    ],
)
def test_an_errand_with_no_trip_or_no_one_met_is_no_meeting(text: str) -> None:
    assert [c for c in core_told(text, PUBLISHED) if c[0] == "meeting"] == []


@pytest.mark.parametrize(
    ("text", "status", "day", "place"),
    [
        # a ministry's programme: a list of verbs, one of them a courtesy call
        (
            "On Friday, the Prime Minister will hold talks with his Malian counterpart, pay a "
            "courtesy call on the Malian President and visit the national museum in Bamako.",
            "announced",
            "2024-05-17",
            "Bamako",
        ),
        # an agency's advance: talks, and an audience told by its own verb
        (
            "The Prime Minister will then fly to Mbabane, where on Friday he will hold talks with "
            "his Eswatini counterpart and will be received in audience by King Mswati.",
            "announced",
            "2024-05-17",
            "Mbabane",
        ),
        # a wire's past, the audience after a comma
        (
            "MASERU (Southwire) - Namibia's president met Lesotho's premier in Maseru on "
            "Monday, paid a courtesy call on the King and toured a dam site.",
            "occurred",
            "2024-05-13",
            "Maseru",
        ),
    ],
)
def test_talks_and_a_courtesy_call_on_someone_else_are_two_meetings(
    text: str, status: str, day: str, place: str
) -> None:
    meetings = [c for c in core_told(text, PUBLISHED) if c[0] == "meeting"]
    assert meetings == [("meeting", status, day, place)] * 2


@pytest.mark.parametrize(
    "text",
    [
        # one verb with several partners
        "The minister held talks in Bamako on Monday with the Malian foreign minister, the "
        "defence minister and the President.",
        # the same partner, a meal after the talks
        "The minister held talks with the Malian President in Bamako on Monday, followed by a "
        "working lunch with him.",
        # a plain list of verbs with no occasion of its own
        "The minister will meet the Malian President in Bamako on Friday, hold talks with the "
        "foreign minister and open a trade fair.",
    ],
)
def test_one_round_of_talks_told_with_a_list_stays_one_meeting(text: str) -> None:
    assert len([c for c in core_told(text, PUBLISHED) if c[0] == "meeting"]) == 1
