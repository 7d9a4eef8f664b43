"""Everyday event verbs a wire uses, in the forms a plan takes as well as the past.

The main table (:mod:`mapapp.extract.trigger_table`) reads "signed", "met", "visited" in every
tense; these synonyms are read in every tense too: the past ("huddled with", "toured Hanoi"),
and the bare form after "to" or a modal ("will ink a deal", "is expected to confer with", "plans to
land in Lima", "are due to tour the capital"), whose status the words before it tell
(:mod:`mapapp.extract.status`). Each needs what makes it an event: a partner after "with", a
text signed, a place written with a capital, a person named by a title.
"""

from __future__ import annotations

import re

from mapapp.extract.see_officials import SAW_OFFICIAL, SEE_OFFICIAL
from mapapp.extract.trigger_words import MODAL_MEET, SIGNED_TEXTS, TITLES, WEEKDAY, WHOM

# after "to", "will", "would", … and after "and" of a verb of the same tense ("meet and sign")
_MODAL = rf"(?:{MODAL_MEET}|(?<=\band\s))"
# "to talk with reporters" is a briefing, "conferred with the press" too
_NOT_PRESS = r"(?!\s+(?:the\s+)?(?:journalists|reporters|press|media)\b)"
# when, where or how told between the verb and its partner: "exchanged views on Wednesday with",
# "conferred here yesterday with", "huddled in Nairobi on 4 May with", "negotiated separately with"
_DAY_WORD = (
    r"(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)?|\d{4}|morning|afternoon|evening|night|week|month)"
)
_ADJUNCT = (
    r"(?:\s+(?:here|there|today|yesterday|tonight|again|also|separately|briefly|privately|"
    r"jointly|personally|(?:on|last|this|next|earlier|later)(?:\s+" + _DAY_WORD + r"){1,3}|"
    r"in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|at\s+the\s+(?:[A-Z][\w'’-]*\s+){1,4}?"
    r"(?:[A-Z][\w'’-]*|palace|ministry|residence|office))|,){0,3}"
)
# a partner: "with X", or a plural subject's own meeting ("The two leaders conferred in Oslo")
_PARTNER = rf"(?={_ADJUNCT}\s+with\b{_NOT_PRESS})"
# a text made: "ink a trade deal", "seal an agreement on trade", "initial a memorandum"
_TEXT = rf"\s+(?=(?:\S+\s+){{0,4}}?{SIGNED_TEXTS}\b)"
# a place: "toured Hanoi", "tour the Kenyan capital", "land in Lima"
_PLACE = r"\s+(?=(?:the\s+)?[A-Z])"

# where or when right after the verb: "conferred in Oslo", "huddled at the ministry on Tuesday",
# "will sit down next week", "talked." (no topic or object: "talked about", "negotiated a deal")
_WHERE_WHEN = (
    r"(?=\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+)?[A-Z]|\s+at\s+the\b|"
    r"\s+(?:on|over|last|this|next|earlier|later|late|early|yesterday|for\s+(?:\w+\s+)?hours)\b|"
    r"\s*[.;]|\s*$)"
)
# Verbs of two sides meeting told with no partner: events only after a plural subject
# (:data:`SIDES_BEFORE`): "The two leaders huddled in Oslo", "Japan and Peru will talk next week"
ALONE = re.compile(
    r"(?:\b(?:conferred|huddled|sat\s+down|talked|negotiated|"
    r"(?:held|had)\s+(?:a\s+)?(?:working\s+|private\s+)?(?:lunch|luncheon|dinner|breakfast))|"
    rf"(?:{MODAL_MEET})(?:confer|huddle|sit\s+down|talk|negotiate)){_WHERE_WHEN}"
)
_SIDES = (
    r"(?i:leaders|ministers|officials|delegations|delegates|sides|counterparts?|envoys|"
    r"negotiators|diplomats|presidents|premiers|representatives|teams|parties)"
)
_AUX = (
    r"(?:(?:are|were|have|had|will|would|shall|could|plan|planned|expected|due|set|scheduled|"
    r"to|also|then|later|again|first|finally|briefly|privately|reportedly|both|all|once)\s+){0,4}"
)
_NAME = r"[A-Z][\w'’-]+"
# "The two leaders are expected to", "Officials from Canada and Peru", "Japan and Kenya"
SIDES_BEFORE = re.compile(
    rf"\b{_SIDES}(?:\s+(?:from|of)\s+{_NAME}(?:\s+and\s+{_NAME})?)?\s+{_AUX}$|"
    rf"\b{_NAME}\s+and\s+{_NAME}\s+{_AUX}$|"
    # "Minister X and Kenyan President Maria Lopez held a working lunch"
    rf"\band\s+(?:(?:his|her|their)\s+)?(?:[A-Z][\w.'’-]*\s+){{2,5}}{_AUX}$"
)
# "called President Ruto on Tuesday", "will call the Kenyan foreign minister to discuss": a person
# named by a title, then when or why ("called President X a liar" is no call)
_CALLED = (
    rf"(?:\b(?:called|rang|phoned|dial+ed)|(?:{MODAL_MEET})(?:call|ring|phone|dial))\s+"
    rf"(?=(?:his\s+|her\s+|their\s+|the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}{TITLES}"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}"
    r"(?:\s*[.;]|\s*$|,\s+(?!who\b)|\s+(?:on|to|last|this|next|earlier|later|late|early|over|"
    r"yesterday|today|tonight|tomorrow|and|after|before|ahead|from)\b))"
)

_TOUR = r"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?tour\s+of"
_TRIP_PAST = (
    r"touched\s+down\s+in|jetted\s+(?:off\s+)?to|made\s+(?:a|an)\s+(?:[\w-]+\s+)?stop\s+in|set\s+off\s+for|"
    rf"(?:kicked\s+off|embarked\s+on)\s+{_TOUR}"
)
_TRIP_BASE = (
    r"touch\s+down\s+in|jet\s+(?:off\s+)?to|make\s+(?:a|an)\s+(?:[\w-]+\s+)?stop\s+in|set\s+off\s+for|"
    rf"(?:kick\s+off|embark\s+on)\s+{_TOUR}"
)

_AHEAD = (
    rf"\b(?:on\s+{WEEKDAY}|tomorrow|tonight|"
    rf"next\s+(?:week|month|{WEEKDAY}))\b"
)

VERB_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    # "will ink a deal", "are due to seal a pact", "plan to conclude a memorandum"
    (
        "agreement",
        re.compile(
            rf"{_MODAL}(?:ink|seal|conclude|initial|clinch|finali[sz]e|sign|strike|exchange|"
            r"put\s+(?:their|his|her|its|our)\s+signatures?\s+(?:to|on)|"
            rf"enter\s+into|sign\s+off\s+on|put\s+pen\s+to\s+paper\s+on){_TEXT}"
        ),
        "infinitive",
    ),
    # "put pen to paper on a trade accord", "entered into an agreement", "exchanged memoranda"
    (
        "agreement",
        re.compile(
            r"\b(?:put\s+pen\s+to\s+paper\s+on|entered\s+into|signed\s+off\s+on|exchanged|"
            rf"(?<!\bto\s)(?<!\bwill\s)put\s+(?:their|his|her|its|our)\s+signatures?\s+(?:to|on)){_TEXT}"
        ),
        "past",
    ),
    # "A defence pact is due to be signed in Rabat", "The accord will be inked next week"
    (
        "agreement",
        re.compile(
            rf"\b{SIGNED_TEXTS}\s+(?:is|are|will)\s+(?:(?:due|set|expected|scheduled)\s+to\s+|"
            r"to\s+)?be\s+(?:signed|inked|initial+ed|concluded|sealed)\b"
        ),
        "infinitive",
    ),
    # "huddled with", "negotiated with", "will confer with", "plans to sit down with"
    (
        "meeting",
        re.compile(
            rf"\b(?:huddled|negotiated|parleyed|exchanged\s+views|sat\s+down|sits\s+down){_PARTNER}"
        ),
        "past",
    ),
    (
        "meeting",
        re.compile(
            rf"{_MODAL}(?:confer|huddle|negotiate|talk|sit\s+down|hold\s+talks|exchange\s+views)"
            rf"{_PARTNER}|"
            # "will welcome Kenya's president" (a guest by title; "will welcome leaders of the
            # G7" is the host of a summit, told by the summit)
            rf"{_MODAL}welcome\s+(?={WHOM}(?!['’]))"
        ),
        "infinitive",
    ),
    # translated agency copy: "had an interview on Tuesday with the Ambassador" (an "entretien"),
    # "held an exchange of views with", "discussed with his Turkish counterpart, in his office":
    # a meeting only with a person named by a title after "with"
    (
        "meeting",
        re.compile(
            r"\b(?:(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:interview|exchange|"
            r"t[eê]te-[aà]-t[eê]te)s?(?:\s+of\s+views)?|discussed)"
            rf"(?={_ADJUNCT}\s+with\s+{WHOM})"
        ),
        "past",
    ),
    ("meeting", ALONE, "past"),
    # "is meeting President X in Quito on Wednesday", "are hosting the Thai premier next week":
    # the present progressive with a day ahead is a plan (:mod:`mapapp.extract.status`)
    (
        "meeting",
        re.compile(
            r"\b(?:is|are)\s+(?:meeting|hosting|receiving)\s+(?=(?:with\s+|in\s+|at\s+)?(?:the\s+|his\s+|her\s+)?"
            rf"[A-Z][^.;]{{0,80}}?{_AHEAD})"
        ),
        "present",
    ),
    ("call", re.compile(_CALLED), "past"),
    # "toured Hanoi", "will tour the Peruvian capital", "is expected to land in Jakarta"
    # "jetted to Lima", "made a stop in Hanoi", "kicked off a tour of Peru", "set off for Dakar"
    ("visit", re.compile(rf"\b(?:toured|{_TRIP_PAST}){_PLACE}"), "past"),
    # "26-28 May - The minister tours Vilnius, Riga and Tallinn": a chronology's history; "tours
    # Lima on Friday" a schedule, "tours the region every spring" a habit (mapapp.extract.status)
    ("visit", re.compile(rf"\btours{_PLACE}"), "present"),
    (
        "visit",
        re.compile(
            rf"{_MODAL}(?:tour|land\s+in|stop\s+(?:over\s+)?in|fly\s+to|{_TRIP_BASE}){_PLACE}"
        ),
        "infinitive",
    ),
    # a trip's purpose: "is due in Skopje on Sunday to see the country's president"
    ("meeting", re.compile(SEE_OFFICIAL), "infinitive"),
    ("meeting", re.compile(SAW_OFFICIAL), "past"),  # "In Lima he saw Peru's foreign minister"
]
