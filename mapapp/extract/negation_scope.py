"""How far a negation or a missing date reaches in a sentence (:mod:`mapapp.extract.status`).

* A negation inside an aside set off by commas is the aside's: "A joint commission, which has
  not met since 1994, will convene in May" plans a session; "The envoy, who never visited Kabul
  before, flew there on Monday" tells a trip.
* A habit told in a relative clause is its noun's: "signed the protocol, which has been under
  negotiation since 2016" and "set up a commission, which will meet once a year" tell a signing;
  "The council, which meets every year, met in Apia on Monday" tells a session.
* "No date has been set" after a firm plan leaves the plan an event with no date: "The leaders
  are expected to meet in Nicosia, though no date has been set" is an announced meeting; "the
  next summit, for which no date has been fixed" (no plan told) and "has proposed hosting the
  summit, though no date has been fixed" (a proposal) stay no event.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import LOOK, Clauses, Trigger

# ", which has not met since 1994,": a relative clause closed before the event word
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\s+[^,;()]{3,160}?,")
NO_DATE_AFTER = re.compile(
    r"(?i)[^.;]{0,60}?\bno\s+(?:firm\s+|exact\s+|specific\s+)?date\s+(?:has|had)\s+(?:yet\s+)?"
    r"been\s+(?:set|fixed|agreed|announced)\b"
)

# A plan told firmly (not a proposal or an offer: "has proposed hosting the next summit")
FIRM_PLAN = re.compile(
    r"(?i)\b(?:will|shall|expected\s+to|due\s+to|set\s+to|scheduled\s+to|planned\s+to|"
    r"(?:is|are)\s+to|agreed\s+to|plans?\s+to)\b|'ll\b"
)


def beyond_asides(masked: str, trigger: Trigger, clauses: Clauses, words: int = 6) -> str:
    """The last ``words`` words of the trigger's clause before it, with the asides set off by
    commas left out (the window :func:`mapapp.extract.triggers.window` reads, minus asides)."""
    lo = max(clauses.start(trigger.begin), trigger.begin - LOOK)
    told = _ASIDE.sub(",", masked[lo : trigger.begin]).split()
    name = len(told)
    while name > 0 and told[name - 1][:1].isupper() and len(told) - name < 5:
        name -= 1  # the words of an event's name before it
    return " ".join(told[max(0, name - words) :])


# ", which has been under negotiation since 2016.": a relative clause up to its end
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\s+[^,;()]{3,160}?(?=,|;|\.(?:\s|$)|$)")


def without_asides(masked: str, lo: int, hi: int, trigger: Trigger) -> str:
    """``masked`` with the relative clauses between ``lo`` and ``hi`` that do not hold the
    trigger blanked out (same length, so positions still hold)."""
    parts: list[str] = []
    at = 0
    for m in _RELATIVE.finditer(masked, lo, hi):
        if m.start() <= trigger.begin < m.end():
            continue
        parts += [masked[at : m.start()], " " * (m.end() - m.start())]
        at = m.end()
    return "".join([*parts, masked[at:]]) if parts else masked
