"""Bodies of two countries meet as two sides: a meeting, never a conference.

"The Joint Consultative Commission last met in New Delhi", "a binational cabinet", "the
Mongolia–Korea Joint Committee", "the 5th Joint Cabinet Retreat", "the U.S.–Morocco Strategic
Dialogue", "an intergovernmental commission": a commission, council or cabinet that a word
("joint", "binational", "bilateral", "intergovernmental") or a pair of countries names as the
two countries' own. Told again by a bare name ("The cooperation council last met in
Georgetown"), it is the body the article named before with its two countries ("the
Guyana–Suriname Cooperation Council", "the Chile-Peru Border and Integration Committee") or by
a word for two sides ("the two countries' joint boundary commission", "their joint technical
committee"): "The commission last met in Bangkok in 1970", "the committee would reconvene in
Baghdad" are the two sides' meeting.

A body of many states ("the Gulf Cooperation Council", "the Arctic Council") is no such body.
"""

from __future__ import annotations

import re

from mapapp.extract.discourse import Mention
from mapapp.extract.parties import BODY_HEAD, TWO_SIDED_BODY, two_countries

# "The cooperation council last met": the body by its bare name (words before its head word)
_BARE_NAME = re.compile(
    rf"(?i)\bthe\s+(?P<name>(?:[\w-]+\s+){{0,3}}?{BODY_HEAD})\s+(?:\w+\s+){{0,2}}$"
)
# "the Guyana-Suriname Cooperation Council", "the Chile-Peru Border and Integration Committee":
# a body named after two countries joined by a dash (its other words capitalised)
_PAIR_NAMED = re.compile(
    r"\b(?P<pair>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?\s?[-–—/]\s?[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)"
    rf"\s+(?P<name>(?:(?:[A-Z][\w'’-]*|and)\s+){{0,4}}(?i:{BODY_HEAD}))\b"
)


def _two_sided_names(told: list[str]) -> list[str]:
    """The names (in lower case) of the bodies of two countries the article's sentences name:
    "joint boundary commission", "border and integration committee"."""
    names = []
    for quote in told:
        names += [m.group(0).lower() for m in TWO_SIDED_BODY.finditer(quote)]
        for m in _PAIR_NAMED.finditer(quote):
            if two_countries(m.group("pair")):
                names.append(m.group(0).lower())
    return names


def _named_before(name: str, names: list[str]) -> bool:
    """Whether the bare name ("the cooperation council", "the commission") is a body of two
    countries the article named: its head word and every other word of it in one such name."""
    words = name.lower().split()
    head = words[-1].rstrip("s")
    for named in names:
        told = named.split()
        if told[-1].rstrip("s") == head and all(w in told for w in words[:-1]):
            return True
    return False


def follow_bodies(events: list[Mention]) -> None:
    """Make a meeting again the conference that "the cooperation council last met" was read as,
    when the article names that council as a body of two countries."""
    names = _two_sided_names([q for e in events for q in e.quotes])
    if not names:
        return
    for e in events:
        if e.event_type == "conference" and e.trigger.event_type == "meeting":
            before = e.quote[max(0, e.trigger.begin - 80) : e.trigger.begin]
            bare = _BARE_NAME.search(before)
            if bare and _named_before(" ".join(bare.group("name").split()), names):
                e.event_type, e.multilateral = "meeting", False
