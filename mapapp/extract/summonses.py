"""An envoy summoned to the host's ministry: the two sides met.

"The foreign ministry summoned the Russian ambassador on Monday", "Berlin summoned Iran's envoy
over the executions", "The Dutch ambassador was summoned to the foreign ministry in Ankara on
Tuesday", "will summon the chargé d'affaires": a government calls a foreign envoy in to hear a
protest, and the envoy is received there, by an official of the ministry. Ministry releases,
wire copy and parliament answers tell it by this verb alone, and it is a meeting of the two
sides at the ministry, on the day told, like a reception.

Only an envoy summoned is read: the active verb needs an ambassador, envoy, chargé d'affaires,
diplomat or head of mission right after it, and the passive one such an envoy as its subject
(close before the verb) and the ministry, the day or a reason after it; "summoned the courage",
"summoned reporters", "summoned parliament", "was summoned to court" and "the cabinet was
summoned" stay none.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import MODAL_MEET

__all__ = ["SUMMONS_TRIGGERS"]

_ENVOY = (
    r"(?:ambassadors?|envoys?|charg[ée]s?\s+d['’]affaires|diplomats?|heads?\s+of\s+mission|"
    r"(?:deputy\s+)?chiefs?\s+of\s+mission)"
)
# the envoy summoned: "the Russian ambassador", "Iran's envoy", "the country's top diplomat"
_WHOM = rf"(?=\s+(?:(?:the|its|their|a)\s+)?(?:[\w.'’-]+\s+){{0,3}}?(?i:{_ENVOY})\b)"
# the envoy as the passive's subject, with a country or a name after it ("the Ambassador of
# Iran, Mr Reza Karimi, was")
_SUBJECT = (
    rf"(?<![\w-])(?i:{_ENVOY})(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w'’-]+)?"
    r"(?:,?\s+[A-Z][\w.'’-]+){0,3},?\s+"
)
# after the passive: where, when or why ("to the ministry", "on Monday", "over the remarks")
_AFTER = (
    r"(?=\s+(?:again\s+)?(?:to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?i:ministry|foreign\s+office|"
    r"department|quai|palace|office)\b|on\b|yesterday\b|today\b|this\s+\w+|last\s+\w+|over\b|"
    r"after\b|for\b|in\s+protest\b))"
)
SUMMONS_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("meeting", re.compile(rf"\b(?:summoned|called\s+in){_WHOM}"), "past"),
    ("meeting", re.compile(rf"\bsummons{_WHOM}"), "present"),
    ("meeting", re.compile(rf"(?:{MODAL_MEET})summon{_WHOM}"), "infinitive"),
    (
        "meeting",
        re.compile(rf"{_SUBJECT}(?:was|were|had\s+been|has\s+been)\s+summoned{_AFTER}"),
        "past",
    ),
]
