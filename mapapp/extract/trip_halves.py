"""Both halves of a trip told in one sentence: the trip and what it was for.

"travelled to Buenos Aires on Tuesday to discuss trade with his Argentine counterpart", "flew to
Kampala to consult with the president", "went to Vilnius for discussions with Lithuania's
leaders", "will fly to Apia to discuss fisheries" (a topic with no partner named, not at a
gathering the trip is for): the purpose is a meeting, at the trip's destination and on its day
(:mod:`mapapp.extract.purposes` gives it those). Without a trip before it in the sentence the
wording is no event ("agreed to discuss trade with Peru", "called for discussions with the
rebels").
"""

from __future__ import annotations

import re

from mapapp.extract.purpose_partners import PARTNER_PURPOSE, partner_purpose

# a partner who is another side, not the press or a crowd
_PARTNER = (
    r"\bwith\s+(?!(?:the\s+)?(?:journalists|reporters|press|media|students|the\s+public|"
    r"business|investors|diaspora)\b)"
)
# "to discuss trade with", "to consult with", "for discussions with"
PURPOSE_WITH = (
    rf"{PARTNER_PURPOSE}|"  # "to finalise the programme with Nigerian officials"
    rf"(?<=\bto\s)(?:discuss|consult)\b(?=[^.;]{{0,100}}?{_PARTNER})|"
    rf"\bdiscussions\b(?=\s+{_PARTNER})|"
    # "would travel to Georgetown next week to discuss supplies of lumber": talks on a topic,
    # with no partner named (not with the press, nor at a gathering the trip is for)
    r"(?<=\bto\s)(?:discuss|negotiate)\b(?![^.;]{0,100}?\bwith\s+(?:the\s+)?(?:journalists|"
    r"reporters|press|media|students|business|investors|diaspora)\b)"
    r"(?![^.;]{0,100}?\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:summit|conference|forum|assembly|council|meeting|session)\b)"
)
# a trip told before the purpose, in the same sentence
_TRIP_BEFORE = re.compile(
    r"(?i)\b(?:travel+(?:ed|s|ing)?|fl(?:ew|y|ies|ying|own)|went(?!\s+on\s+to\b)|go(?:es)?\b|going(?!\s+to\s+(?:discuss|consult)\b)|"
    r"head(?:ed|s|ing)?\s+(?:for|to|into|back|off)|arriv(?:ed|es|ing|e)|c(?:ame|ome|omes|oming)|jet(?:ted|s)|"
    r"visit(?:ed|s|ing)?|(?:left|leave|leaves|leaving|depart(?:ed|s|ing)?|set\s+off|bound)\s+"
    r"(?:[^.;]{0,40}?\s)?for|(?:due|expected)\s+in|(?:is|was|are|were|be)\s+in\s+(?-i:[A-Z]))\b"
)
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+(?:[\w-]+\s+){0,2}$")
_WITH_PARTNER = re.compile(rf"(?:discuss|consult)\b[^.;]{{0,100}}?{_PARTNER}|discussions\b")
# a meeting told between the trip and its purpose: the purpose is that meeting's
_MET_BEFORE = re.compile(
    r"(?i)\b(?:met|meet|meets|meeting|talks|received|receive|call\s+on|called\s+on|hold|held)\b"
)


def purpose_without_trip(masked: str, begin: int, before: str) -> bool:
    """Whether the purpose wording at ``begin`` tells no trip's purpose (then it is no event)."""
    if masked.startswith("discussions", begin) and not _FOR_BEFORE.search(before):
        return True  # "held discussions with": the table's own wording, not a purpose
    trips = list(_TRIP_BEFORE.finditer(before))
    if not trips:
        return True
    if _WITH_PARTNER.match(masked, begin) or partner_purpose(masked, begin):
        return False
    # "travelled to Kabul to discuss border attacks": a topic alone is the trip's own talks,
    # unless a visit or a meeting told before it is what the discussion was for ("visited
    # Moldova to discuss …", "flew to Lima and is due to meet X to discuss …")
    trip = trips[-1]
    if trip.group(0).lower().startswith("visit"):
        return True
    return _MET_BEFORE.search(before, trip.end()) is not None
