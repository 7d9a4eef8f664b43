"""More wordings that state an agreement made: the passive with any subject, a document an
event produced, and a document named with the day it was signed.

"An extradition treaty between the two countries was signed in Rabat", "A protocol allowing
the votes to be held apart was signed in May 2015", "an agreement on roads and a protocol on the
border were signed" (the subject's head noun starts the event word, however long the subject);
"The summit also produced agreements on health and fisheries", "the talks yielded a road map"
(what an event produced); "the April 4 Luena Memorandum of Understanding", "the 12 February
Minsk agreement" (dated history: a document named with the day or month it was signed; a year
alone, "the 1992 accords", names the document and tells no signing).
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import SIGNED_NOUN, SIGNED_TEXTS

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# The subject of a passive signing, up to its verb: no clause or second document in between
# ("a protocol on X and an agreement on Y were signed": the second starts its own event word).
_SUBJECT_TAIL = (
    r"(?:(?!,\s+(?:and|but|while)\b|\b(?:said|says|told)\b|"
    rf"\s+and\s+(?:a|an|the|another)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{SIGNED_NOUN})\b)"
    r"[^.;:!?]){1,220}?"
)
PASSIVE_SIGNED = (
    rf"\b(?:{SIGNED_NOUN})\b{_SUBJECT_TAIL}\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:also\s+|formally\s+|officially\s+|finally\s+|then\s+)?"
    r"(?:signed|initial+ed|inked|subscribed|exchanged|adopted)\b"
)
# "The summit also produced agreements on health", "the talks yielded a road map", "the visit
# resulted in three memoranda": a document an event produced ("produced no agreement": none)
PRODUCED = (
    r"\b(?:produced|yielded|resulted\s+in|culminated\s+in)\s+(?!no\b|any\b)"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:{SIGNED_TEXTS})\b"
)
# "signed a new strategic cooperation programme worth 95 million euros", "inked a programme of
# cultural exchanges": a programme signed is a document ("signed up to the programme": none)
SIGNED_PROGRAMME = r"\b(?:signed|inked)\s+(?!up\b)(?:[\w'’-]+\s+){0,5}?(?:programmes?|programs?)\b"
# "watched their foreign ministers sign an agreement", "looked on as the ministers signed a
# memorandum", "ended the council by signing (adopting) a regional agreement": a signing told
# inside another verb; and other verbs of signing ("subscribed", "signed agreed minutes")
WATCHED_SIGN = (
    r"\b(?:watched|saw|witnessed|looked\s+on\s+as|oversaw)\s+(?:[\w'’-]+\s+){1,5}?"
    rf"sign(?:ed)?\s+(?:\S+\s+){{0,4}}?(?:{SIGNED_TEXTS})\b|"
    rf"(?<=\bby\s)(?:signing|adopting|initial+ing)\s+(?:\S+\s+){{0,5}}?(?:{SIGNED_NOUN})\b|"
    # "subscribed a memorandum", "signed agreed minutes", "signed the minutes of the session"
    rf"\bsubscribed\s+(?:\S+\s+){{0,5}}?(?:{SIGNED_NOUN})\b|"
    r"\bsigned\s+(?:the\s+)?(?:agreed\s+)?minutes\b|"
    # "had signed in Antananarivo, on 14 November 2007, a memorandum": place and day first
    rf"\bsigned(?=\s+(?:in|at|on)\s+[^.;:]{{1,60}}?,\s+(?:an?|the|two|three|several)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{SIGNED_NOUN})\b)"
)
# "the April 4 Luena Memorandum of Understanding", "the 12 February Minsk agreement", "the
# March 2019 Dakar protocol": a document named with the day or month it was signed
DATED_NAME = (
    rf"(?<=\bthe\s)(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH}|"
    rf"{_MONTH}\s+\d{{4}})\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}(?:{SIGNED_NOUN})\b"
)
# A signing told as history whatever the clause around it says: a dated name ("will discuss
# the April 4 Luena Memorandum") or a participle ("would accept the Algiers agreement signed in
# December 2000")
SIGNED_BEFORE = (
    rf"{DATED_NAME}|(?:{SIGNED_NOUN})(?:,\s+(?:which\s+was\s+|first\s+)?|\s+)"
    r"(?:signed|concluded|inked)\s+(?=in\b|at\b|on\b)"
)
_SIGNED_BEFORE = re.compile(SIGNED_BEFORE)


def told_as_history(masked: str, event_type: str, begin: int) -> bool:
    """Whether the agreement whose event word starts at ``begin`` is told as signed before:
    its status is "occurred" and its date is read in the past, whatever the clause says."""
    return event_type == "agreement" and _SIGNED_BEFORE.match(masked, begin) is not None
