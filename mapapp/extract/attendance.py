"""A conference abroad someone will attend: a visit by each attendee beside the conference.

"The Canadian prime minister will attend the NATO summit in The Hague next week", "Both presidents
are expected to attend the Ibero-American summit in Cadiz", "is to take part in the ministerial
in Vientiane", "the European Council, which the Spanish prime minister will attend in Brussels":
the attendees travel there, so each is a visit at the conference's place and dates (two for
"both" or "the two leaders", one per country named). An attendee of the host country ("Ghana's
president will attend the ECOWAS summit in Accra") makes no visit, and a past "attended the
summit in X" with no travel told is the conference only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp import gazetteer
from mapapp.extract.discourse import Mention
from mapapp.extract.trigger_words import PERSON_NOUNS
from mapapp.extract.venues import Venue

# "will attend", "is expected to take part in", "are due at", "is expected at"
# (or "will join the Prime Minister in New York for the high-level week": a trip to it)
_VERB = (
    r"(?:attend|join|take\s+part\s+in|participate\s+in|be\s+present\s+at)|"
    r"(?<=\bexpected\s)at|(?<=\bdue\s)at"
)
_AHEAD = r"(?:will|would|shall|is\s+to|are\s+to|(?:expected|due|set|scheduled|plans?)\s+to)"
# the verb right before the gathering's name: "will attend the 35th ASEAN Summit"
_BEFORE = re.compile(
    rf"(?i)\b{_AHEAD}\s+(?:also\s+|both\s+)?(?:{_VERB})\s+(?:[^.;,]{{0,70}}?\s)?$|"
    r"\b(?:are|is)\s+(?:also\s+|both\s+)?(?:expected|due)\s+at\s+(?:[^.;,]{0,70}?\s)?$"
)
# "…, which the Spanish prime minister will attend in Brussels on Sunday"
_WHICH = re.compile(
    rf"(?i)^[^.;]{{0,60}}?,\s+which\s+(?P<who>[^.;,]{{1,60}}?)\s+{_AHEAD}\s+(?:also\s+)?(?:{_VERB})\b"
)
# someone who travels: "the prime minister", "He", "Both"; not "A decision is expected at"
_PERSON = re.compile(
    rf"(?i)\b(?:{PERSON_NOUNS}|chancellor|he|she|they|both|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))\b"
)
_TWO = re.compile(r"(?i)\b(?:both|the\s+two)\b")
# "Ministers from both countries", "officials of the two states": attendees not named
_UNNAMED = re.compile(
    r"(?i)\b(?:ministers|officials|delegations|delegates|representatives|experts|envoys|"
    r"diplomats)\s+(?:from|of)\b"
)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|as)\s|\.\s")
_NAMES = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _subject(masked: str, m: Mention) -> str | None:
    """The words naming who will attend the gathering ``m``, or None when no one is told
    attending it ahead."""
    before = _BEFORE.search(masked, max(0, m.trigger.begin - 200), m.trigger.begin)
    if before is not None:
        lo = max(0, before.start() - 120)
        cut = [c.end() for c in _CLAUSE_END.finditer(masked, lo, before.start())]
        return masked[cut[-1] if cut else lo : before.start()]
    which = _WHICH.match(masked, m.trigger.end)
    return which.group("who") if which is not None else None


def _attendee_countries(subject: str) -> list[str]:
    """Countries the subject names its attendees by ("Paraguay's president", "the Spanish
    prime minister", "the presidents of Chile and Argentina")."""
    codes = []
    for run in _NAMES.findall(subject):
        name = run.removesuffix("'s").removesuffix("’s")
        found = [gazetteer.country_code_for(name)]
        if found[0] is None:  # "The Canadian", "Both Kenyan"
            found = [gazetteer.country_code_for(w.removesuffix("'s")) for w in name.split()]
        codes += [c for c in found if c is not None and c not in codes]
    return codes


def with_attendees(masked: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a visit per attendee of a conference abroad told ahead (see the
    module docstring); only where the sentence states no visit to the conference's country
    itself ("will fly to Oslo on Monday and go on to Helsinki, where she will take part in the
    council's session": the trip to Oslo is another stop)."""
    visits = [m for m in mentions if m.event_type == "visit"]
    if any(v.venue is None for v in visits):
        return mentions
    for m in mentions:
        if m.event_type != "conference" or m.status != "announced" or m.venue is None or m.online:
            continue
        if any(v.venue is not None and _same_country(v.venue, m.venue) for v in visits):
            continue
        subject = _subject(masked, m)
        if subject is None or _UNNAMED.search(subject):
            continue
        if subject.strip() and not _PERSON.search(subject):
            continue  # (none: "X spoke by phone …, and is to attend": the sentence's subject)
        codes = _attendee_countries(subject)
        count = max(len(codes), 2 if _TWO.search(subject) else 1)
        count -= sum(code == m.venue.place.country_code for code in codes)
        visits += [_visit(m, n, n > 0 or bool(visits)) for n in range(count)]
        mentions = [*mentions, *visits[-count:]] if count > 0 else mentions
    return mentions


def _same_country(one: Venue, other: Venue) -> bool:
    return one.place.country_code == other.place.country_code


def _visit(m: Mention, n: int, repeat: bool) -> Mention:
    """The ``n``-th attendee's visit, told as a reference (it joins a trip there told before);
    ``repeat`` when the sentence tells another visit before it (a record of its own)."""
    begin = m.trigger.begin + n
    trigger = replace(
        m.trigger,
        event_type="visit",
        begin=begin,
        end=begin + 1,
        kind="noun",
        definite=True,
        repeat=repeat,
    )
    return replace(
        m, trigger=trigger, event_type="visit", multilateral=False, date_near=False, quotes=[]
    )
