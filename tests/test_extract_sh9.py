"""Second events of one sentence told apart: a document beside talks, a visit or a summit.

Every sentence is invented (other names, places and wordings than the development articles),
in the styles of wires, readouts, ministry releases, broadcasters and UN summaries.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import core_candidates

THU = dt.date(2024, 10, 17)  # a Thursday; "on Tuesday" is 15 October


def found(text: str, published: dt.date = THU) -> list[tuple]:
    return sorted(
        (e["event_type"], e["status"], str(e["date_start"]), e["place_name"])
        for e in core_candidates(text, published)
    )


def agreements(text: str, published: dt.date = THU) -> list[tuple]:
    return [k[1:] for k in found(text, published) if k[0] == "agreement"]


# --- an exchange of notes, the instrument of a grant or a loan --------------------------------


@pytest.mark.parametrize(
    ("text", "status", "day", "place"),
    [
        (
            "In Apia on Tuesday the minister held talks with Samoa's prime minister on "
            "fisheries, and the two cabinets exchanged notes on funding for a new wharf.",
            "occurred",
            "2024-10-15",
            "Apia",
        ),
        (
            "DILI, Oct 15 (Agency) - After their meeting at the Government Palace, the two "
            "ministers signed a memorandum on training and exchanged notes concerning aid for "
            "rural clinics.",
            "occurred",
            "2024-10-15",
            "Dili",
        ),
        (
            "The ambassador will exchange notes on a yen loan for the metro with the finance "
            "minister in Dhaka on Monday.",
            "announced",
            "2024-10-21",
            "Dhaka",
        ),
        (
            "Both sides exchanged diplomatic notes relating to the debt relief package at the "
            "ministry in Accra on Tuesday, the ministry said in a release.",
            "occurred",
            "2024-10-15",
            "Accra",
        ),
    ],
)
def test_notes_exchanged_on_a_grant_are_an_agreement(text, status, day, place):
    assert any(a[0] == status and a[1] == day and place in str(a[2]) for a in agreements(text))


def test_a_memorandum_and_notes_exchanged_are_two_agreements():
    text = (
        "Following the talks in Tashkent on Tuesday, the two ministers signed a memorandum on "
        "disaster relief and exchanged notes concerning a grant for water pipes."
    )
    assert len(agreements(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The two envoys exchanged notes with each other on the crisis in Darfur.",
        "Reporters exchanged notes after the briefing in Geneva on Tuesday.",
        "Over dinner in Vienna on Tuesday the two leaders exchanged notes on the war in Sudan.",
    ],
)
def test_notes_compared_are_no_agreement(text):
    assert agreements(text) == []


# --- a document and the clause that tells its signing after it --------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "The Secretary recalled his trip to Hanoi on March 4 and the memorandum on port "
            "security the two signed there.",
            "2024-03-04",
            "Hanoi",
        ),
        (
            "The Minister welcomed the protocol on fisheries that the two governments signed in "
            "Nouakchott on September 9.",
            "2024-09-09",
            "Nouakchott",
        ),
        (
            "Officials praised the accord which both leaders initialled in Rome on Tuesday.",
            "2024-10-15",
            "Rome",
        ),
        (
            "They also reviewed the work plan on tourism the ministers concluded in Lima in "
            "August.",
            "2024-08-01",
            "Lima",
        ),
    ],
)
def test_a_document_the_sides_signed_is_an_agreement(text, day, place):
    assert any(a[1] == day and place in str(a[2]) for a in agreements(text)), agreements(text)


# --- a document told with its participle and who adopted it -----------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "The two ministers discussed the Quito Declaration on Water adopted by leaders at "
            "the Andean summit in Quito on May 8, 2023.",
            "2023-05-08",
            "Quito",
        ),
        (
            "The council reviewed the code of conduct signed by the ministers in Manila in July.",
            "2024-07-01",
            "Manila",
        ),
    ],
)
def test_a_document_adopted_by_leaders_at_a_summit_is_an_agreement(text, day, place):
    assert any(a[1] == day and place in str(a[2]) for a in agreements(text)), agreements(text)


# --- a text adopted that is named by what it sets out -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the bloc, meeting in Suva on Tuesday, adopted an outlook on ocean security "
        "drafted by Fiji.",
        "The foreign ministers adopted a common vision for the Sahel at their meeting in "
        "Niamey on Tuesday.",
        "At the close of the session in Astana on Tuesday, the ministers adopted a code of "
        "conduct for the Caspian.",
    ],
)
def test_an_outlook_or_vision_adopted_is_an_agreement(text):
    assert [a[1] for a in agreements(text)] == ["2024-10-15"]


# --- a count told one by one -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two premiers held talks in Kathmandu on Tuesday, after which their ministers "
        "signed two agreements, one on power trade and another on cross-border railways.",
        "BRASILIA, Oct 15 (Agency) - The ministers signed two accords, one on biofuels and "
        "another on satellite data, at the Itamaraty Palace on Tuesday.",
    ],
)
def test_two_documents_one_on_x_and_another_on_y_are_two_agreements(text):
    assert len(agreements(text)) == 2


def test_documents_counted_without_being_told_one_by_one_stay_one():
    text = "The ministers signed two agreements in Brasilia on Tuesday."
    assert len(agreements(text)) == 1


def test_a_communique_signed_along_with_a_memorandum_is_two_agreements():
    text = (
        "The two presidents held talks at the palace in Bamako on Tuesday; the ministers "
        "initialled a joint communique, along with an MoU on solar power."
    )
    assert len(agreements(text)) == 2


# --- a joint statement cited by a sentence that tells no talks ---------------------------------


def test_a_statement_cited_beside_a_plan_is_the_statement_of_the_talks():
    text = (
        "LILONGWE, Oct 15 (Agency) - Malawi's president held talks with Zambia's president at "
        "the State House in Lilongwe on Tuesday.\n\n"
        "The two leaders discussed rail links and maize exports.\n\n"
        "The joint commission will meet in Lusaka in December, the joint communique said."
    )
    assert ("occurred", "2024-10-15", "Lilongwe") in [
        (a[0], a[1], str(a[2]).split(", ")[-1]) for a in agreements(text)
    ]


@pytest.mark.parametrize(
    "cited",
    [
        "According to the joint statement, the ministers will meet again in Tunis in March.",
        "The presidents accepted an invitation to visit Rabat next year, the two governments "
        "said in a joint declaration.",
    ],
)
def test_a_statement_cited_anywhere_in_the_story_is_one_agreement(cited):
    text = (
        "ALGIERS, Oct 15 (Agency) - Algeria's foreign minister received his Moroccan "
        "counterpart at the ministry in Algiers on Tuesday.\n\n" + cited
    )
    assert agreements(text) == [("occurred", "2024-10-15", "Algiers")]


def test_a_statement_cited_after_one_signed_is_the_same_text():
    text = (
        "DAKAR, Oct 15 (Agency) - The two presidents held talks in Dakar on Tuesday and signed "
        "a joint declaration on fisheries.\n\n"
        "A joint committee will meet in Banjul in March, the joint declaration said."
    )
    assert len(agreements(text)) == 1


# --- a trip and the talks it is for, in one sentence -------------------------------------------


def meetings(text: str, published: dt.date = THU) -> list[tuple]:
    return [k[1:] for k in found(text, published) if k[0] == "meeting"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fiji's prime minister said he would fly to Apia next week to thank the Samoan "
            "people and to discuss fishing licences.",
            "Apia",
        ),
        (
            "The deputy minister is expected to travel to Tbilisi on Monday to negotiate the "
            "terms of a transit deal, the ministry said in a statement.",
            "Tbilisi",
        ),
        (
            "According to the presidency, the vice-president will travel to Accra on Monday to "
            "call on the President before returning to Lomé.",
            "Accra",
        ),
        (
            "On Saturday the guest is to travel to Mombasa, where he will be joined by the "
            "Kenyan President for a working lunch before flying home on Sunday.",
            "Mombasa",
        ),
        (
            "Later on Monday she flies to Kandy, where she is to tour a tea estate and meet "
            "provincial officials before returning to Colombo on Tuesday.",
            "Kandy",
        ),
    ],
)
def test_the_talks_a_trip_is_for_are_a_meeting_at_its_destination(text, place):
    assert any(place in str(m[2]) and m[0] == "announced" for m in meetings(text)), found(text)
    assert any(k[0] == "visit" and place in str(k[3]) for k in found(text))


@pytest.mark.parametrize(
    "text",
    [
        # the discussion is the purpose of a meeting told before it, or of a gathering
        "The envoy flew on to Lima on Monday and is due to meet Peru's president on Tuesday "
        "to discuss the border.",
        "The minister travelled to Brussels to discuss the budget at the EU summit.",
        "The foreign minister visited Chisinau on Monday to discuss the settlement process.",
    ],
)
def test_a_discussion_told_as_the_purpose_of_another_event_adds_no_meeting(text):
    assert len(meetings(text)) <= 1, found(text)


def test_a_discussion_with_no_trip_is_no_event():
    assert meetings("The two ministers agreed to discuss fishing quotas.") == []


def test_an_appeal_is_still_no_meeting():
    assert meetings("The opposition leader called on the President to resign.") == []


# --- stops told one after another ----------------------------------------------------------------


def test_stops_told_with_then_are_a_visit_each():
    text = (
        "The envoy will be in Amman from Sunday to Tuesday, then in Cairo on October 23 and 24, "
        "and in Ankara at the end of the month, his office said."
    )
    places = sorted(str(k[3]) for k in found(text) if k[0] == "visit")
    assert places == ["Amman", "Ankara", "Cairo"], found(text)


# --- a gathering named beside a meeting or a call ------------------------------------------------


def conferences(text: str, published: dt.date = THU) -> list[tuple]:
    return [k[1:] for k in found(text, published) if k[0] == "conference"]


def test_a_body_named_by_what_it_belongs_to_is_the_setting_of_a_bilateral():
    text = (
        "The two ministers had talked on the sidelines of the Council of the Arab Maghreb Union "
        "in Rabat on 3 March, the ministry recalled."
    )
    assert ("occurred", "2024-03-03", "Rabat") in conferences(text)
    assert any(m[0] == "occurred" for m in meetings(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Tuesday the minister held a telephone conversation with her Latvian counterpart "
            "on preparations for the Nordic-Baltic dialogue, which Estonia will host in Tallinn "
            "in the autumn.",
            "Tallinn",
        ),
        (
            "In a telephone call on Tuesday the two ministers reviewed plans for the Pacific "
            "trade forum, which Samoa will host in Apia next year.",
            "Apia",
        ),
    ],
)
def test_a_gathering_a_call_prepared_is_a_conference_where_its_host_holds_it(text, place):
    assert any(c[0] == "announced" and place in str(c[2]) for c in conferences(text)), found(text)


# --- two visits to one country at other dates ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trade minister visited Qatar in May 2024, while the premier made a trip to "
        "Qatar in September 2024, the first by a Malaysian premier in a decade.",
        "MUSCAT, Oct 15 (Agency) - Oman's foreign minister visited Iran in January, and the "
        "sultan made a state visit to Iran in June.",
    ],
)
def test_visits_to_one_country_at_other_dates_are_two_visits(text):
    visits = [k for k in found(text) if k[0] == "visit"]
    assert len({k[2] for k in visits}) == 2, found(text)


def test_a_visit_to_a_country_restating_the_stop_in_its_capital_stays_one():
    text = (
        "The president arrived in Hanoi on Tuesday for a three-day official visit to Vietnam, "
        "his first since 2019."
    )
    assert len([k for k in found(text) if k[0] == "visit"]) == 1, found(text)


def test_what_the_parties_agreed_in_a_signed_text_is_no_second_document():
    text = (
        "When the two governments signed a border accord in May 2019, they agreed to “respect "
        "each other’s sovereignty.”"
    )
    found = core_candidates(text, dt.date(2022, 12, 20))
    assert [str(r["date_start"]) for r in found if r["event_type"] == "agreement"] == ["2019-05-01"]
