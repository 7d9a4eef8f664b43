"""Event types of gatherings told by a body's bare name, a council's session and a bloc's people.

Every article is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import pytest

from tests.conftest import article_candidates as candidates
from tests.conftest import the_one_told as told

# --- a body of two countries told again by its bare name -------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "KIGALI, May 4 (Agency) - Rwandan and Burundian officials opened the first session "
            "of the two countries' joint border commission in Kigali on Monday. The commission "
            "last met in Bujumbura in 2009, before relations soured.",
            "last met in Bujumbura",
        ),
        (
            "KIGALI, May 4 (Agency) - Rwanda and Burundi signed a fisheries accord in Kigali on "
            "Monday at a meeting of their joint technical committee. Officials said the "
            "committee would reconvene in Bujumbura in July.",
            "would reconvene in Bujumbura",
        ),
        (
            "KIGALI, May 4 (Agency) - The Rwanda-Burundi Lake Kivu Development Council met in "
            "Gisenyi on Monday for its ninth session. The council had last met in Bujumbura in "
            "March 2023, when it set up a fund for fishermen.",
            "had last met in Bujumbura",
        ),
    ],
)
def test_a_bare_body_named_before_as_two_countries_meets_as_two_sides(text: str, words: str):
    event = told(text, "2025-05-04", "meeting", words)
    assert event["country_code"] == "BI"
    assert not [r for r in candidates(text, "2025-05-04") if r["event_type"] == "conference"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # another body of the same head word: many states
            "KIGALI, May 4 (Agency) - The Rwanda-Burundi Joint Permanent Commission met in "
            "Kigali on Monday. The African Union commission would meet again in Addis Ababa in "
            "June.",
            "African Union commission",
        ),
        (  # no body of two countries named: the bare council is many states'
            "TROMSO, May 4 (Agency) - Foreign ministers of the eight Arctic states met in Tromso "
            "on Monday. The council last met in Reykjavik in 2023.",
            "last met in Reykjavik",
        ),
        (  # a body of two countries of another head word
            "KIGALI, May 4 (Agency) - The Rwanda-Burundi Joint Permanent Commission met in "
            "Kigali on Monday. The regional committee last met in Goma in 2023, when it "
            "adopted a plan.",
            "regional committee",
        ),
    ],
)
def test_a_bare_body_of_many_states_stays_a_conference(text: str, words: str):
    assert told(text, "2025-05-04", "conference", words)["status"] in ("occurred", "announced")


# --- a bloc's people and a bloc's council holding its session -----------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Foreign ministers of the Central Asian grouping CSTO are due to discuss border "
            "security at a meeting in Bishkek on May 21.",
            "discuss border security",
        ),
        (
            "ACCRA, May 4 (Agency) - Leaders of the West African bloc ECOWAS held a closed-door "
            "meeting at their hotel in Accra on Saturday night.",
            "closed-door meeting",
        ),
        (
            "According to the envoy, the OAS Permanent Council is to hold an emergency session on "
            "Venezuela in Washington on 12 May.",
            "emergency session",
        ),
        (
            "The envoy said the SADC Council of Ministers will hold its annual meeting in "
            "Gaborone on 12 May.",
            "annual meeting",
        ),
        (
            "Speakers noted that African Union (AU) heads of government, meeting in Kigali last "
            "week, had endorsed the plan.",
            "meeting in Kigali",
        ),
        (
            "The foreign minister will lead Ghana's delegation to a session of the OAU Council "
            "of Ministers in Addis Ababa next month.",
            "OAU Council of Ministers",
        ),
    ],
)
def test_a_blocs_people_or_council_meeting_is_a_conference(text: str, words: str):
    assert told(text, "2025-05-04", "conference", words)["status"] in ("occurred", "announced")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # a country's own coalition is one side
            "NAIROBI, May 4 (Agency) - The prime minister met leaders of the main opposition "
            "alliance in Nairobi on Wednesday.",
            "main opposition alliance",
        ),
        (  # the head of a bloc's commission meets one country: two sides
            "The ECOWAS Commission president will hold talks with Ghana's president in Accra on "
            "Friday.",
            "ECOWAS Commission president",
        ),
        (  # a bloc's ambassador, its acronym in brackets, meets one minister
            "The European Union (EU) ambassador met the Kenyan foreign minister in Nairobi on "
            "Thursday.",
            "European Union (EU) ambassador",
        ),
    ],
)
def test_one_side_of_a_bloc_or_a_country_stays_a_meeting(text: str, words: str):
    assert told(text, "2025-05-04", "meeting", words)["country_code"] in ("KE", "GH")


# --- "the two leaders" in an article about a summit: still two sides ---------------------------

_SUMMIT_LEAD = (
    "KATHMANDU, May 4 (Agency) - Leaders of the eight South Asian countries opened their summit "
    "in Kathmandu on Sunday. On the sidelines, Nepal's prime minister met Bhutan's prime "
    "minister for an hour. "
)


def test_the_two_leaders_last_met_is_a_meeting_beside_a_summit():
    text = (
        _SUMMIT_LEAD
        + "The two leaders last met in Thimphu in March, at a lunch hosted by the king."
    )
    event = told(text, "2025-05-04", "meeting", "last met in Thimphu")
    assert event["country_code"] == "BT"


def test_the_leaders_last_met_is_the_summit_group():
    text = _SUMMIT_LEAD + "The leaders last met in Colombo in 2023, when they adopted a charter."
    assert told(text, "2025-05-04", "conference", "last met in Colombo")["country_code"] == "LK"
