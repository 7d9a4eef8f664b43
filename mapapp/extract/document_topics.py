"""A place inside the title of a signed document is its subject, not where it was signed.

"signed an agreement on the financing of the rehabilitation of kindergartens in Moldova",
"a protocol on the operation of the free zone in the port of Ilo", "are expected to sign a
memorandum on the management of the dry port at Walvis Bay": the place after "in" / "at" belongs
to the document's long title (what it is about), and the signing is where the talks or the
dateline put it. A short topic is not read ("signed an agreement on trade in Geneva": Geneva may
be the venue), nor a topic that tells a time, a verb, who signed or a venue of its own ("an
agreement on Monday in Geneva", "the accord on fisheries signed by the ministers in Rabat", "a
memorandum on youth mobility at the Ministry of Youth in Dakar"), nor a place the signing's day
follows ("a memorandum on the upkeep of border markers in Kuwait City on Sunday": the day tells
the signing, so the place does too).
"""

from __future__ import annotations

import re

# the document and the word that opens its title ("an agreement on", "a memorandum concerning")
_DOC_ON = re.compile(
    r"\b(?i:agreements?|accords?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|protocols?|"
    r"treat(?:y|ies)|conventions?|programmes?|programs?|contracts?|deals?|"
    r"letters?\s+of\s+intent)\s+(?:on|concerning|regarding|about|for)\s+"
)
# a title word that is no part of a title: times, verbs, agents, clause words
_NOT_TITLE = re.compile(
    r"(?i:signed|initial(?:l)?ed|concluded|adopted|reached|exchanged|was|were|is|are|will|would|"
    r"by|during|yesterday|today|tomorrow|last|next|this|that|which|who|where|when|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
)
_DAYS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December"
)
# a day told right after the place: "… in Kuwait City on Sunday", "… in Rabat yesterday"
_TIMED = re.compile(
    rf",?\s+(?:on\s+(?:the\s+)?(?:\d|{_DAYS})|(?:yesterday|today|tomorrow|earlier|later)\b|"
    rf"(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|{_DAYS})\b|in\s+(?:{_DAYS}))"
)
# a venue inside the title: "on youth mobility at the Ministry of Youth" (not "in camps")
_OWN_VENUE = re.compile(r"\b(?:at|in|inside)\s+(?:the\s+)?[A-Z]")
_TITLE_WORDS = 3  # fewer words is a short topic the place may still be the venue of
_TITLE_MAX = 16  # words read back from the place


def in_document_title(before: str, after: str) -> bool:
    """Whether the text ``before`` a venue preposition ends inside a document's long title that
    names what it is about with "of" ("an agreement on the financing of the rehabilitation of
    kindergartens" + "in Moldova"), and the text ``after`` the place tells no day."""
    opened = [*_DOC_ON.finditer(before)]
    if not opened or _TIMED.match(after):
        return False
    title = before[opened[-1].end() :]
    words = title.split()
    if (
        _OWN_VENUE.search(title)
        or not (_TITLE_WORDS <= len(words) <= _TITLE_MAX)
        or "of" not in words
    ):
        return False
    return all(w.isalpha() or "-" in w for w in words) and not any(
        _NOT_TITLE.fullmatch(w) for w in words
    )
