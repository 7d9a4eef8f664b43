"""A delegation led to a gathering named by its title: the gathering is a conference.

"In May she led Chile's delegation to the OAS General Assembly in Asuncion", "On 2 October the
under secretary will lead the U.S. delegation to the Pacific Ocean Forum", "The deputy minister
heads our delegation at the Regional Security Forum": media notes, profiles and briefings tell
that a minister took part in a gathering by saying who led the delegation to it. The gathering
is a conference of many sides, in the verb's tense, dated and placed by its sentence, as
"attended the General Assembly" would be (a past one, with no travel told, is the conference
only).

Only a gathering named by a capitalised title that ends in a word for one of many sides
(Assembly, Forum, Congress, Convention, Symposium, Ministerial) is read here; a delegation led
to a place ("led the delegation to Moscow", "to the United Arab Emirates"), to talks, to a
"Dialogue" (often two sides: "the Strategic Dialogue with the Philippines") or to a body's
headquarters is left to the other wordings, and "led the talks" or "led the country" is none.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import MODAL_MEET

__all__ = ["DELEGATION_TRIGGERS"]

# whose delegation: "the", "our", "Chile's", "the U.S."
_WHOSE = (
    r"\s+(?:(?:the|a|an|his|her|their|our|its)\s+|[A-Z][\w.'’-]*(?:'s|’s)\s+)"
    r"(?:[\w.'’-]+\s+){0,2}?delegations?\s+(?:to|at|for)\s+"
)
# the gathering's title: "the OAS General Assembly", "the Pacific Islands Ocean Forum"
_TITLE = (
    r"(?=(?:the|this\s+year['’]s)\s+(?:(?:[A-Z0-9][\w.'’&-]*|of|on|and|for|the)\s+){0,6}?"
    r"(?:Assembly|Forum|Congress|Convention|Symposium|Ministerial)\b(?![\w'’-])(?!\s+with\b))"
)
DELEGATION_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("conference", re.compile(rf"\b(?:led|headed){_WHOSE}{_TITLE}"), "past"),
    ("conference", re.compile(rf"\b(?:leads|heads){_WHOSE}{_TITLE}"), "present"),
    ("conference", re.compile(rf"(?:{MODAL_MEET})(?:lead|head){_WHOSE}{_TITLE}"), "infinitive"),
]
