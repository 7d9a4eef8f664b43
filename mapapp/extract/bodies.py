"""Bodies of two countries meet as two sides: a meeting, never a conference.

"The Joint Consultative Commission last met in New Delhi", "a binational cabinet", "the
Mongolia–Korea Joint Committee", "the 5th Joint Cabinet Retreat", "the U.S.–Morocco Strategic
Dialogue", "an intergovernmental commission": a commission, council or cabinet that a word
("joint", "binational", "bilateral", "intergovernmental") or a pair of countries names as the
two countries' own. Told again by a bare name ("The cooperation council last met in
Georgetown"), it is the body the article named before with its two countries ("the
Guyana–Suriname Cooperation Council").

A body of many states ("the Gulf Cooperation Council", "the Arctic Council") is no such body.
"""

from __future__ import annotations

import re

from mapapp.extract.discourse import Mention
from mapapp.extract.parties import BODY_HEAD, two_countries

# "The cooperation council last met": the body by its bare name (words before its head word)
_BARE_NAME = re.compile(
    rf"(?i)\bthe\s+(?P<name>(?:[\w-]+\s+){{0,3}}?{BODY_HEAD})\s+(?:\w+\s+){{0,2}}$"
)
# "the Guyana-Suriname Cooperation Council": the name after two countries joined by a dash
_PAIR_BEFORE = (
    r"\b[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?\s?[-–—/]\s?[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?\s+"
)


def _named_with_pair(name: str, told: list[str]) -> bool:
    """Whether a sentence of the article names the body ``name`` after two countries."""
    pattern = re.compile(rf"(?P<pair>{_PAIR_BEFORE}){re.escape(name)}\b", re.IGNORECASE)
    for quote in told:
        for m in pattern.finditer(quote):
            if two_countries(m.group("pair")):
                return True
    return False


def follow_bodies(events: list[Mention]) -> None:
    """Make a meeting again the conference that "the cooperation council last met" was read as,
    when the article names that council with its two countries."""
    told = [q for e in events for q in e.quotes]
    for e in events:
        if e.event_type == "conference" and e.trigger.event_type == "meeting":
            before = e.quote[max(0, e.trigger.begin - 80) : e.trigger.begin]
            bare = _BARE_NAME.search(before)
            if bare and _named_with_pair(" ".join(bare.group("name").split()), told):
                e.event_type, e.multilateral = "meeting", False
