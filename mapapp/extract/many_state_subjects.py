"""The subject of a meeting verb that is many states' people, or a many-state body told with an
aside, meets as many parties (a conference).

- The people of a set of countries named by a plural: "The foreign ministers of the Islamic
  countries met in Doha", "Leaders of the Central Asian states will gather in Astana", "defence
  ministers from the member nations are due to meet". One government's ministers do not meet
  one another as such, and "the countries" are more than one; "of the two countries" or "of
  both countries" is a pair, two sides, and is left to :mod:`mapapp.extract.parties`.
- A body named before its verb, with an aside or a schedule word between them: "The International
  Follow-up Committee on Libya, established under the Berlin Process, would meet", "The Ministerial
  Council, the Organization's governing body, will meet", "The summit's preparatory group is
  expected to meet". A body right before its verb is read by :mod:`mapapp.extract.parties` already;
  a body of two countries ("the Joint Commission", "the Kazakhstan-Mongolia Intergovernmental
  Commission") stays a meeting, and so does the officer a body names ("The Chairman of the
  African Union Commission met the president": one person).

Only the subject right before the event word is read (a bounded window), so the work per event
word is constant.
"""

from __future__ import annotations

import re

from mapapp.extract import parties
from mapapp.extract.triggers import Trigger

_LOOK = 200  # characters before the event word where its subject is read
_VERB = re.compile(
    r"(?i)(?:met|meet|meets|meeting|gather|gathered|gathers|convene|convened|convenes)\b"
)
# "will", "would", "are expected to", "is due to", "have also": between the subject and its verb
_AUX = (
    r"(?:(?:will|would|shall|is|are|was|were|has|have|had|also|again|then|later|last|first|next|"
    r"now|due|set|expected|scheduled|planned|to|been)\s+){0,4}"
)
_STATES = r"(?:countries|states|nations|governments|members|neighbou?rs|allies)"
# "The foreign ministers of the Islamic countries", "Leaders from the Gulf states"
_PEOPLE_OF_STATES = re.compile(
    r"(?:^\W*|[;:]\s+|,\s+|\s[-–—]\s+|\b(?i:and|that|after|before|when|while|as|since|where|once)\s+)"
    rf"(?i:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{parties.GROUP}\s+(?:of|from)\s+the\s+)"
    rf"(?!(?i:two|both|either)\b)(?:[\w'’-]+\s+){{0,3}}?(?i:{_STATES})\s+{_AUX}$"
)
# "The International Follow-up Committee on Libya, established under …, would": a named body
_HEAD = (
    r"(?:Committee|Council|Group|Commission|Conference|Assembly|Forum|Board|"
    r"(?:preparatory|working|steering|contact|core)\s+group)"
)
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|of|on|for|the|and)"
_BODY_ASIDE = re.compile(
    rf"(?:^\W*|[;:]\s+|\s[-–—]\s+)(?:[Tt]he\s+)?(?P<name>(?:{_NAME_WORD}\s+){{0,8}}?{_HEAD}"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?)"
    rf"(?P<aside>,\s+[^,;:.]{{3,100}}?,)?\s+{_AUX}$"
)


# "the Premier of the State Council", "The Chairman of the Commission": an office holder named
# by the body they head, who meets as one person
_OFFICE_OF = re.compile(
    r"(?i)\b(?:premier|president|chair(?:man|woman|person)?|speaker|head|secretary(?:-general)?|"
    r"director(?:-general)?|governor|minister|commissioner|envoy)\s+of\s+"
)


def many_states_meet(masked: str, trigger: Trigger) -> bool:
    """Whether the subject of the event word is many states' people, or a many-state body with
    an aside or a schedule word before its verb (see the module's rules)."""
    if trigger.event_type != "meeting" or trigger.kind == "noun":
        return False
    if not _VERB.match(masked, trigger.begin):
        return False
    lo = max(0, trigger.begin - _LOOK)
    if _PEOPLE_OF_STATES.search(masked, lo, trigger.begin):
        return True
    body = _BODY_ASIDE.search(masked, lo, trigger.begin)
    if body is None:
        return False
    name = body.group("name")
    if parties.TWO_SIDED_BODY.search(name) or parties.two_countries(name):
        return False  # "the Joint Commission", "the Kazakhstan-Mongolia Intergovernmental …"
    if _OFFICE_OF.search(name):
        return False  # "The Chairman of the African Union Commission met": one person
    return re.search(r"\bNational\b", name) is None  # "the National Security Council"
