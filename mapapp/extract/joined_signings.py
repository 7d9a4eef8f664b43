"""A signing told as the second verb after another event's verb, joined by "and".

"12 May - Kenya's foreign minister visits Kampala and signs a memorandum on a pipeline" (a
chronology's present), "Togo's president visited Ghana last week, meeting its president and
signing an accord on power supply" (a participle after another, behind a comma): the signing is an
agreement of its own beside the visit or the talks, at their time and place, in their tense. A
past "visited Accra and signed a memorandum" is read by the main table already; these two forms
were not, so the sentence gave the visit or the talks only.

The verb before "and" must tell an event of the same form, in the same clause: a present
("visits", "meets", "holds talks", "receives") before "signs", a participle ("meeting",
"visiting", "holding talks") after a comma before "signing". Not read: "discussed trade and
signing a free trade agreement" (a topic: no event verb before it), "ruled out meeting the
rebels and signing a deal" (a gerund, not a participle clause), "supports and signs petitions"
(no document), "says it reads and signs every treaty" (no event verb of a meeting or a trip).
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import SIGNED_NOUN

__all__ = ["JOINED_SIGNING", "JOINED_SIGNINGS", "joined_to_event"]

# "and signs a memorandum on a railway", "and signing an agreement on medical cooperation"
JOINED_SIGNING = re.compile(
    rf"(?<=\band\s)(?:signs|signing)\s+(?:(?!and\b)\S+\s+){{0,5}}?(?:{SIGNED_NOUN})\b"
)
# the event verb the signing is joined to, by its form
_PRESENT_EVENT = re.compile(
    r"(?i)\b(?:visits|meets|receives|hosts|welcomes|tours|attends|co-chairs|chairs|"
    r"(?:holds|has)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|consultations)|"
    r"(?:travels|flies|goes|heads|returns)\s+(?:on\s+|back\s+)?to|arrives\s+in)\b"
)
# (after a comma: a participle clause, not a gerund's object as in "ruled out meeting X")
_PARTICIPLE_EVENT = re.compile(
    r"(?i),\s+(?:also\s+|then\s+|first\s+)?(?:visiting|meeting|receiving|hosting|welcoming|"
    r"touring|attending|co-chairing|chairing|calling\s+on|"
    r"(?:holding|having)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|consultations))\b"
)
_BACK = 140  # characters before "and" within which the first verb stands


def joined_to_event(masked: str, begin: int) -> bool:
    """Whether the signing verb at ``begin`` follows an event verb of its own form in its
    clause (see the module docstring)."""
    lo = max(0, begin - _BACK)
    for stop in (";", ":", ". "):
        cut = masked.rfind(stop, lo, begin)
        if cut >= 0:
            lo = cut + 1
    before = masked[lo:begin]
    verb = _PRESENT_EVENT if masked.startswith("signs", begin) else _PARTICIPLE_EVENT
    return verb.search(before) is not None


JOINED_SIGNINGS: list[tuple[str, re.Pattern[str], str]] = [
    ("agreement", JOINED_SIGNING, "past"),
]
