"""Everyday event verbs a wire uses, in the forms a plan takes as well as the past.

The main table (:mod:`mapapp.extract.triggers`) reads "signed", "met", "visited" in every tense;
these synonyms are read in every tense too: the past ("huddled with", "toured Hanoi"), and the
bare form after "to" or a modal ("will ink a deal", "is expected to confer with", "plans to
land in Lima", "are due to tour the capital"), whose status the words before it tell
(:mod:`mapapp.extract.status`). Each needs what makes it an event: a partner after "with", a
text signed, a place written with a capital, a person named by a title.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import MODAL_MEET, SIGNED_TEXTS, WHOM

# after "to", "will", "would", … and after "and" of a verb of the same tense ("meet and sign")
_MODAL = rf"(?:{MODAL_MEET}|(?<=\band\s))"
# "to talk with reporters" is a briefing, "conferred with the press" too
_NOT_PRESS = r"(?!\s+(?:the\s+)?(?:journalists|reporters|press|media)\b)"
# a partner: "with X", or a plural subject's own meeting ("The two leaders conferred in Oslo")
_PARTNER = rf"\s+(?=with\b{_NOT_PRESS})"
# a text made: "ink a trade deal", "seal an agreement on trade", "initial a memorandum"
_TEXT = rf"\s+(?=(?:\S+\s+){{0,4}}?{SIGNED_TEXTS}\b)"
# a place: "toured Hanoi", "tour the Kenyan capital", "land in Lima"
_PLACE = r"\s+(?=(?:the\s+)?[A-Z])"

VERB_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    # "will ink a deal", "are due to seal a pact", "plan to conclude a memorandum"
    (
        "agreement",
        re.compile(
            rf"{_MODAL}(?:ink|seal|conclude|initial|clinch|finali[sz]e|sign){_TEXT}"
            # "agreed on and signed", "to agree on and sign": one act
        ),
        "infinitive",
    ),
    # "huddled with", "negotiated with", "will confer with", "plans to sit down with"
    (
        "meeting",
        re.compile(rf"\b(?:huddled|negotiated|parleyed){_PARTNER}"),
        "past",
    ),
    (
        "meeting",
        re.compile(
            rf"{_MODAL}(?:confer|huddle|negotiate|talk|sit\s+down|hold\s+talks){_PARTNER}|"
            # "will welcome Kenya's president" (a guest by title; "will welcome leaders of the
            # G7" is the host of a summit, told by the summit)
            rf"{_MODAL}welcome\s+(?={WHOM}(?!['’]))"
        ),
        "infinitive",
    ),
    # "toured Hanoi", "will tour the Peruvian capital", "is expected to land in Jakarta"
    ("visit", re.compile(rf"\btoured{_PLACE}"), "past"),
    (
        "visit",
        re.compile(rf"{_MODAL}(?:tour|land\s+in|stop\s+(?:over\s+)?in|fly\s+to){_PLACE}"),
        "infinitive",
    ),
]
