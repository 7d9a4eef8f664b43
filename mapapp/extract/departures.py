"""A place told for a later leg or an earlier stop is not the venue of the event before it.

Two wordings of one sentence put a place after an event word that is not that event's venue:

* a departure told after the event: "held talks with the president on Tuesday and left for
  Lusaka that evening", "met the king, then headed to Gaborone", "signed the accord and
  departed for Windhoek": the talks, meeting and signing were where the traveller was before
  leaving (the dateline's city, or a place told elsewhere), not the leg's destination;
* an arrival told with where the traveller came from: "flew in on Tuesday after talks in
  Nairobi on Monday", "arrived on Sunday following a meeting in Addis Ababa": the talks were in
  Nairobi, the arrival somewhere else (the dateline's city, or "here");
* an invitation told after the event: "received the envoy on Monday and invited him to attend
  the summit in Lima", "… and invited him to Lima for talks": the summit and the talks are in
  Lima, the reception where the host was.

:func:`later_leg` says whether a place after an event word is such a place, and
:func:`own_places` leaves out the places that are not its own, for the venue reader
(:func:`mapapp.extract.venues.venue_for`). Each test
reads only the text between the event word and the place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp.extract.triggers import Trigger

if TYPE_CHECKING:
    from mapapp.extract.venues import Venue

# the event word of a leg that starts where the traveller is: "left for", "headed to"
_DEPARTURE = re.compile(
    r"(?:left|leaves?|leaving|depart(?:ed|s|ing)?|head(?:ed|s|ing)?|set(?:s|ting)?\s+off|"
    r"flew\s+on|fl(?:y|ies|ying)\s+on|went\s+on|travel(?:l)?(?:ed|ing|s)?\s+on)\b",
    re.IGNORECASE,
)
# "and left for", "then headed to", ", before leaving for": a later step of the same traveller
_THEN = re.compile(r"(?:\band|\bthen|\bbefore|\bafter\s+which|,)\s+(?:\w+\s+){0,2}$")
# "inviting him to meet …", "invited her to attend the": the event of an invitation, ahead
_INVITED = re.compile(r"\binvit(?:ed|es|ing|ation)\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+){0,4}$")
# "received the envoy and invited him to Lima": the invitation's destination, right before it
_INVITED_TO = re.compile(r"\binvit(?:e|es|ed|ing)\s+[^.;:—]{1,80}?\bto\s+(?:the\s+)?$")
# an arrival ("flew in", "arrived", "landed") with no place of its own told right after it
_ARRIVAL = re.compile(r"(?:flew|flies|flying|fly)\s+in|arriv|land", re.IGNORECASE)
# "after talks in", "following a meeting in": the event before the arrival, told with its place
_EARLIER = re.compile(r"\b(?:after|following)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def later_leg(masked: str, trigger: Trigger, triggers: list[Trigger], begin: int) -> bool:
    """Whether the place at ``begin`` (after ``trigger``) belongs to another event of the
    sentence told between them: a departure after ``trigger`` or, for an arrival, the event it
    followed ("flew in after talks in Nairobi")."""
    if _INVITED_TO.search(masked, trigger.end, begin):
        return True  # "received the envoy and invited him to Lima for talks"
    between = [t for t in triggers if trigger.end <= t.begin and t.end <= begin]
    for other in between:
        start = max(trigger.end, other.begin - 40)
        if (
            other.event_type == "visit"
            and _DEPARTURE.match(masked, other.begin)
            and _THEN.search(masked[start : other.begin])
        ):
            return True  # "held talks … and left for Lusaka"
        if (
            trigger.event_type == "visit"
            and other.event_type != "visit"
            and _ARRIVAL.match(masked, trigger.begin)
            and _EARLIER.search(masked[start : other.begin])
        ):
            return True  # "flew in on Tuesday after talks in Nairobi"
        if _INVITED.search(masked[start : other.begin]):
            return True  # "received the envoy and invited him to a summit in Lima"
    return False


def own_places(
    masked: str, trigger: Trigger, triggers: list[Trigger], venues: list[Venue]
) -> list[Venue]:
    """The sentence's places less those after ``trigger`` that are another event's
    (:func:`later_leg`)."""
    return [
        v
        for v in venues
        if v.begin < trigger.end or not later_leg(masked, trigger, triggers, v.begin)
    ]
