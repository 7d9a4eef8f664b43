"""Places a sentence gives an event without a preposition.

* A document named after a city: "the Luena Memorandum", "the Algiers agreement signed in
  December 2000", "signed the Minsk Protocol" (with no place of its own in the sentence, a
  document takes the city its name gives; a country, a people or a small town sharing a word
  never counts: "the Iran deal", "the Japanese agreement", "the Good Friday Agreement").
* A visit's destination after its traveller: "the last visit of a Kenyan minister to Japan".
* A host named as the subject: "In July, Tashkent hosted the international conference", "Qatar
  will host the next round of talks" (the city or country that hosts is the venue).
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.agreement_phrases import DATED_NAME
from mapapp.extract.place_names import cached_lookup
from mapapp.extract.trigger_words import GATHERING_NOUN, SIGNED_NOUN
from mapapp.extract.triggers import Trigger
from mapapp.extract.venues import Venue

_NAMED = re.compile(  # "the Luena Memorandum", "the Treaty of Lisbon"
    rf"\b(?P<name>[A-Z][\w'’-]{{2,30}})\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{SIGNED_NOUN})\b|"
    rf"\b(?=[A-Z])(?:{SIGNED_NOUN})\s+of\s+(?P<after>[A-Z][\w'’-]{{2,30}})\b(?!\s+[A-Z])"
)
_DATED_NAME = re.compile(DATED_NAME)
_REACH = 40  # characters before the event word where the document's name may start
_SMALL_TOWN = 100_000  # fewer people: a word shared with a small town names no document


def named_document(masked: str, trigger: Trigger, venue: Venue | None) -> Venue | None:
    """The city an agreement's document is named after, when the sentence gives it no venue
    (a document named with its date is history: the sentence's venue is never its own)."""
    if trigger.event_type != "agreement":
        return venue
    if _DATED_NAME.match(masked, trigger.begin):
        venue = None  # "will be in Luanda … on the April 4 Luena Memorandum": history, not here
    if venue is not None:
        return venue
    pos, hi = max(0, trigger.begin - _REACH), trigger.end + _REACH
    while (m := _NAMED.search(masked, pos, hi)) is not None:
        group = "name" if m.group("name") else "after"
        pos = m.start(group) + 1  # "the 12 February Minsk agreement": try "Minsk" next
        if m.end() < trigger.begin or m.start() > trigger.end:
            continue  # a document told apart from this signing
        name = m.group(group)
        place = cached_lookup(name, None).place
        if place is None or place.precision != "city" or gazetteer.is_demonym(name):
            continue
        if place.population >= _SMALL_TOWN:
            return Venue(m.start(group), m.end(group), name, place)
    return None


# "Tashkent hosted the conference", "Doha has hosted several rounds of talks", "Qatar will host
# the next round": a place as the subject of "host"
_HOST_SUBJECT = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]{2,30}(?:\s+[A-Z][\w'’-]{2,30})?)(?:,\s+which)?\s+"
    r"(?:(?:has|had|have|will|also|again|is|was|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+){0,2}"
    r"(?:hosted|hosts|host|hosting)\b[^.;:,]{0,80}$"
)


def host_subject(masked: str, trigger: Trigger, venue: Venue | None) -> Venue | None:
    """The city or country named as the host of a meeting or conference with no venue; never
    the host of another gathering told after the event word ("met the Chairperson to discuss
    the summit that Dakar is to host")."""
    if venue is not None and _hosts_another(masked, trigger, venue):
        venue = None
    if venue is not None or trigger.event_type not in ("meeting", "conference"):
        return venue
    m = _HOST_SUBJECT.search(masked, max(0, trigger.begin - 120), trigger.begin)
    if m is None or gazetteer.is_demonym(m.group("name")):
        return None
    place = cached_lookup(m.group("name"), None).place
    if place is None or place.precision not in ("city", "country"):
        return None
    return Venue(m.start("name"), m.end("name"), m.group("name"), place)


_RELATIVE_HOST = re.compile(r"\b(?:which|that)\s+$")
_GATHERING = re.compile(GATHERING_NOUN)


def _hosts_another(masked: str, trigger: Trigger, venue: Venue) -> bool:
    """Whether the venue is the host in a relative clause ("that Dakar is to host") of a
    gathering named between the event word and it."""
    if venue.begin <= trigger.end or not _RELATIVE_HOST.search(masked, 0, venue.begin):
        return False
    return _GATHERING.search(masked, trigger.end, venue.begin) is not None


# "The last visit of a Kenyan foreign minister to Japan", "the state visit from Norway to
# Chile", "a visit by the president to Accra": the destination after the traveller
_VISIT_TO = re.compile(
    r"\s+(?:of|by|from)\s+[^.;:,()]{1,80}?\bto\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def with_destinations(masked: str, triggers: list[Trigger], venues: list[Venue]) -> list[Venue]:
    """``venues`` and the destination of each visit told as a noun with its traveller first."""
    found = list(venues)
    for t in triggers:
        if t.event_type != "visit" or not masked[t.begin : t.end].lower().startswith("visit"):
            continue
        m = _VISIT_TO.match(masked, t.end)
        if m is None or any(v.begin <= m.start("name") < v.end for v in found):
            continue
        place = cached_lookup(m.group("name"), None).place
        if place is not None and place.precision in ("city", "country"):
            found.append(Venue(m.start("name"), m.end("name"), m.group("name"), place))
    return sorted(found, key=lambda v: v.begin)
