"""Talks a trip is for, told by verbs and nouns the main table reads only elsewhere.

"will fly to Nairobi on Monday to see Kenya's president and foreign minister", "would travel to
Kigali on Saturday to consult Rwandan officials", "had travelled to Gulu last week for meetings
with senior figures of the local authorities", "plans to return to Lusaka for more meetings with
government officials": the errand is a meeting with those people, at the trip's destination and
on its day (:mod:`mapapp.extract.purposes` gives it those), beside the trip's visit. Before, the
sentence gave the visit only: "to see" and a bare "to consult" were no event words, and
"meetings with" people named by their office alone was read as meetings in general.

The errand is an event only after a trip told earlier in its sentence, and only when people are
named after it. Not read: "went to Geneva to see the exhibition" (no one seen), "hopes to see
the president soon" (no trip), "to consult the public" or "to consult the archives", "pressed
for meetings with the rebels" (an appeal: no trip), "flew to Lagos for meetings with investors"
(no other side's officials).
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import PERSON_NOUNS

__all__ = ["ERRAND", "ERRAND_TRIGGERS", "after_trip"]

# a word before the person noun that is no function word ("how the president", "what the
# leaders", "the results of the foreign …" name no one seen)
_MODIFIER = (
    r"(?!(?:of|the|a|an|and|or|for|to|in|on|at|with|how|what|whether|if|that|this|these|those|"
    r"its|their|his|her|our|new|old)\b)[a-z][a-z-]{2,20}"
)
# the people the errand is with: "Kenya's president", "the king", "Iranian officials", "senior
# figures of the authorities", "government officials"
_WHOM = (
    r"(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:[A-Z][\w.'’-]*|senior|top|local|government|"
    r"regional|provincial|state|federal|military|ministry|party|city|opposition|security|"
    # "the northern commander", "the army chief": any other modifier but a function word
    rf"tribal|community|{_MODIFIER})\s+){{0,3}}(?:{PERSON_NOUNS}|kings?|queens?|"
    r"authorities|chancellors?|emirs?|popes?)\b(?!\s+of\s+(?:business|industry|commerce)\b))"
)
# "to see Jordan's king", "to consult Iranian officials" (with "with", read by the table)
_TO_VERB = rf"(?<=\bto\s)(?:see|consult)\b{_WHOM}"
# "for meetings with", "for more meetings with", "for further meetings with"
_FOR_MEETINGS = (
    r"(?:(?<=\bfor\s)|(?<=\bfor\smore\s)|(?<=\bfor\sfurther\s)|(?<=\bfor\snew\s))meetings\s+"
    rf"with\b(?!\s+(?:the\s+)?(?:investors|business|traders|students|journalists|reporters|"
    rf"press|media|diaspora)\b){_WHOM}"
)
ERRAND = re.compile(rf"{_TO_VERB}|{_FOR_MEETINGS}")

# a trip told before the errand in its sentence: "fly to", "travelled to", "return to",
# "visit", "leaves for", "is in"
_TRIP = re.compile(
    r"(?i)\b(?:travel+(?:ed|s|ing)?|fl(?:ew|y|ies|ying|own)|went|go(?:es|ing)?|"
    r"head(?:ed|s|ing)?|return(?:ed|s|ing)?|c(?:ame|ome|omes|oming)|arriv(?:ed|es|ing|e)|"
    r"visit(?:ed|s|ing)?|(?:left|leave|leaves|leaving|depart(?:ed|s|ing)?)\s+for|"
    # "is in Kabul", "is due in Sarajevo on Saturday", "was expected in Kigali"
    r"(?:is|was|are|were|be)\s+(?:due\s+|expected\s+)?in)\b"
)
_BACK = 160  # characters before the errand within which its trip is told


def after_trip(masked: str, begin: int) -> bool:
    """Whether a trip is told before the errand at ``begin`` in its sentence's clause."""
    lo = max(0, begin - _BACK)
    cut = max(masked.rfind(";", lo, begin), masked.rfind(":", lo, begin))
    return _TRIP.search(masked, cut + 1 if cut >= 0 else lo, begin) is not None


ERRAND_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("meeting", ERRAND, "infinitive"),
]
