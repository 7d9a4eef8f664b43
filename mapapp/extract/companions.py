"""A second event told by the same words as another one of the sentence.

"met the Turkish president in Istanbul on June 20, a visit his critics called premature", "was
received by his counterpart at State House on Friday, the first stop of a regional tour": a noun
in apposition names the trip the meeting (the conference attended, the signing: "signed a treaty
here on Tuesday, capping a two-day state visit") was part of. It gives a visit with the place
and date of that event, unless the sentence tells a visit of its own.

"In Rabat on 31 October, the envoy met the foreign minister", "On 7 April in Tbilisi the Minister
met …": a stop of a trip told by the place the sentence opens with is a visit there too, on the
meeting's days (a readout of a tour), joined to a visit to that country told before.

"The envoy, who had flown in from Paris, met the minister in Rome on Monday": an arrival that
names only where the trip began took the traveller to the meeting of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.attendance import with_attendees
from mapapp.extract.departures import later_leg
from mapapp.extract.discourse import Mention
from mapapp.extract.triggers import Trigger

_TRIP = r"(?:visit|trip|journey|tour)"
# "…, a visit his critics called premature", "…, his first trip abroad since the war", "…, the
# first stop (leg) of a three-day regional tour", "…, capping a two-day state visit": the trip
# the clause before it was part of
_APPOSED_TRIP = re.compile(
    r",\s+(?:(?:capping|concluding|crowning|closing|ending|wrapping\s+up|rounding\s+off|during|"
    r"on|as\s+part\s+of)\s+)?"
    rf"(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{_TRIP}\b(?!\s+(?:to|of|by)\b)|"
    r"(?:the|his|her|their)\s+(?:first|second|third|last|final|next|only|opening)\s+"
    rf"(?:stop|leg|stage)\s+(?:of|on)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){{0,3}}?{_TRIP}\b)"
)
# "In Tunis, she convened a meeting of the commission": the host of a gathering, no guest
_HOSTS = re.compile(r"\b(?:convened?|hosted|hosts|chaired|chairs|presided)\b")
_ARRIVED = re.compile(
    r"(?:flew|flown|jetted)\s+in|arrived|landed|travell?ed|travell?ing|flew|flown|drove|journeyed"
)
_PLACE_AFTER = re.compile(r"\s+(?:back\s+)?(?:in|to|into|at)\s+(?:the\s+)?[A-Z]")
# "flew in from Wellington via Singapore, where he had breakfast with …": a stop on the way
_A_STOP = re.compile(r"\b(?:where|via|stopp(?:ed|ing)|after|before|having)\b")
_WITH_TRIP = ("meeting", "conference", "agreement")
# "Upon arrival at Dushanbe airport, … was received by", "was greeted on arrival in Muscat by",
# "Arriving in Bamako, … was met at the airport by": a welcome told with the arrival, which is a
# visit beside the welcome ("was received at the airport by" alone tells the welcome only)
_ON_ARRIVAL = re.compile(
    r"(?i)\b(?:up)?on\s+(?:(?:his|her|their|its)\s+)?arrival\b|\barriving\s+(?:in|at|here)\b|"
    r"\bafter\s+(?:landing|arriving)\b|\b(?:landing|touching\s+down)\s+(?:in|at)\b"
)
_LOOK = 160  # characters between the meeting word and the noun in apposition
# "In Rabat on 31 October and 1 November, …", "On 7 April in Tbilisi …", "In Warsaw today, …",
# "On 25 February, in Valparaiso, …", "The next day, in Kisumu, …", "Later, in Kumasi, …"
_OPENS_IN = re.compile(
    r"^\W*(?:(?:On|Today|Yesterday|Tomorrow|Later|Earlier|Then|Next|Afterwards|While|"
    r"The\s+(?:next|following|previous)\s+(?:day|morning|afternoon|evening)|"
    r"(?:That|This)\s+(?:day|morning|afternoon|evening))\b[^,;]{0,40}?,?\s)?[Ii]n\s+(?=[A-Z])"
)


def came_to_scene(masked: str, trigger: Trigger) -> bool:
    """ "flew in from Bangkok on Monday", "arrived on Sunday night", "has arrived,", "after
    travelling from Kyiv": a trip to the place of the report, which names no other destination."""
    if trigger.event_type != "visit" or not _ARRIVED.fullmatch(masked, trigger.begin, trigger.end):
        return False
    return _PLACE_AFTER.match(masked, trigger.end) is None


def _visit_of(m: Mention, begin: int) -> Mention:
    """The visit, told as a reference: it joins a visit to that country told before (the
    arrival a day earlier), whatever its day, and stands alone when none was."""
    trigger = replace(
        m.trigger, event_type="visit", begin=begin, end=begin + 1, kind="noun", definite=True
    )
    return replace(
        m, trigger=trigger, event_type="visit", multilateral=False, date_near=False, quotes=[]
    )


def _to_the_meeting(masked: str, mentions: list[Mention]) -> None:
    """An arrival with no place of its own is at the place of its sentence's meeting."""
    met = [m for m in mentions if m.event_type in _WITH_TRIP and m.venue is not None]
    for m in (m for m in mentions if met and m.venue is None and m.status == met[0].status):
        between = masked[min(m.trigger.end, met[0].trigger.begin) : met[0].trigger.begin]
        earlier = later_leg(masked, m.trigger, [met[0].trigger], met[0].trigger.end)
        if came_to_scene(masked, m.trigger) and not _A_STOP.search(between) and not earlier:
            m.venue, m.venues = met[0].venue, met[0].venues  # not "after talks in Kigali"


def with_companions(masked: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the visit a meeting's trip named in apposition implies (see the module
    docstring); only where the sentence states no visit itself."""
    mentions = with_attendees(masked, mentions)  # "will attend the summit in Cadiz"
    if any(m.event_type == "visit" for m in mentions):
        _to_the_meeting(masked, mentions)
        return mentions
    for m in mentions:
        placed = m.venue is not None or m.here  # ("signed a treaty here": the dateline's city)
        if m.event_type not in _WITH_TRIP or not placed or m.online or m.trigger.definite:
            continue
        found = _APPOSED_TRIP.search(masked, m.trigger.end, m.trigger.end + _LOOK)
        if found is not None:
            return [*mentions, _visit_of(m, found.start())]
        welcome = _ON_ARRIVAL.search(masked)
        if welcome is not None and m.event_type == "meeting" and m.venue is not None:
            return [*mentions, _visit_of(m, welcome.start())]
        opens = _OPENS_IN.match(masked)
        if m.venue is None or opens is None or m.trigger.begin < m.venue.end:
            continue
        if m.venue.begin == opens.end() and not _HOSTS.search(masked, opens.end(), m.trigger.end):
            return [*mentions, _visit_of(m, m.venue.begin)]
    return mentions
