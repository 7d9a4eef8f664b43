"""A stay ("was in Hanoi") told by what follows the place or by a time put before it.

A stay is a visit when the sentence says when it was or what it was for
(:data:`mapapp.extract.trigger_words.STAY` for one place, :mod:`mapapp.extract.listed_stays`
for a list). Outlets also tell it in ways those tails did not read:

* its purpose as an infinitive: "was in Shanghai to see the vice-minister again", "is in Geneva
  to attend the conference" (:data:`STAY_TAILS`; not "was in Paris to study", a verb of no
  event);
* a part of a month: "was in Managua and San José at the end of March", "were in Lusaka in
  early May" (:data:`STAY_TAILS`; not "is in the hands of", nor "in 2019" with no month);
* a time put before the clause: "Last month he was in Male, Colombo and Chennai", "Five days
  later she was in Oslo." (:data:`FRONTED_STAY`, checked by :func:`time_fronted`; not "Last month
  the problem was in Lima", whose subject is no one, nor a time not at the clause's start).

The subject must be someone who can travel (:data:`mapapp.extract.trigger_words.STAY_SUBJECT`,
checked by :mod:`mapapp.extract.triggers` for every "in" it reads as a stay).
"""

from __future__ import annotations

import re

from mapapp.extract.calendar_words import WEEKDAY as _WEEKDAY

__all__ = ["FRONTED_STAY", "STAY_TAILS", "STAY_TAIL_TRIGGERS", "time_fronted"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
# the verbs of an event a stay is for ("to study", "to rest" tell none)
_FOR_EVENT = (
    r"to\s+(?:(?:also|then|personally)\s+)?(?:see|meet|attend|sign|hold|address|join|open|chair|"
    r"co-chair|represent|negotiate|discuss|lead|take\s+part|participate|receive|inaugurate|"
    r"launch|deliver)\b"
)
# "at the end of March", "at the start of the week", "in early May", "in mid-June", "in June"
_MONTH_PART = (
    r"at\s+the\s+(?:start|end|beginning|close|turn)\s+of\s+(?:the\s+(?:week|month)\b|"
    rf"(?:last|this)\s+(?:week|month)\b|{_MONTH})|"
    rf"in\s+(?:early\s+|late\s+|mid-?\s*|the\s+middle\s+of\s+)?{_MONTH}"
)
# what may follow a stay's place besides its date: read by STAY and by the listed stays
STAY_TAILS = rf"(?:{_FOR_EVENT}|{_MONTH_PART})"

_NAME = r"(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
_PLACES = rf"{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME}){{0,4}}"

# a time before the clause: "Last month", "Earlier this week", "Five days later", "On Monday",
# "Yesterday", "In early May", "The next day", "That evening"
_FRONT_TIME = (
    r"(?:(?:Last|Earlier\s+this|Later\s+that|This|That)\s+(?:week|month|weekend|year|spring|"
    r"summer|autumn|winter|morning|afternoon|evening)|"
    r"(?:A|One|Two|Three|Four|Five|Six|Seven|Ten|\d{1,2})\s+(?:days?|weeks?|months?)\s+"
    r"(?:later|earlier|before|after\s+that)|"
    rf"On\s+{_WEEKDAY}|On\s+\d{{1,2}}\s+{_MONTH}|On\s+{_MONTH}\s+\d{{1,2}}|Yesterday|"
    rf"In\s+(?:early\s+|late\s+|mid-?)?{_MONTH}|"
    r"(?:The|That)\s+(?:next|following|same)\s+(?:day|morning|week|month))"
)
_FRONTED = re.compile(
    rf"(?:^|[;:]\s+|\bbut\s+)\W*{_FRONT_TIME},?\s+(?:(?!was\b|were\b)[\w'’.-]+\s+){{1,6}}?"
    r"(?:was|were|is|are|will\s+be|would\s+be)\s+(?:(?:also|again|already|then)\s+)?$"
)

# "Last month he was in Male, Colombo and Chennai.": a stay told after a fronted time; the
# places end the clause or are followed by its company or its length
FRONTED_STAY = re.compile(
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbe\s))in"
    rf"(?=\s+{_PLACES}(?:\s*[.;]|,\s|\s+(?:with|in\s+the\s+space\s+of|for\s+(?:two|three|four|"
    r"five|a|\d))\b))"
)


def time_fronted(masked: str, pos: int) -> bool:
    """Whether the stay's verb at ``pos`` follows a time put at the start of its clause."""
    return pos <= 160 and _FRONTED.search(masked[:pos]) is not None


STAY_TAIL_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", FRONTED_STAY, "past"),
]
