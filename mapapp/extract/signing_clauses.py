"""Documents signed in a clause that hangs on another event (rows of
:mod:`mapapp.extract.trigger_table`).

* "wrapped up a two-day visit on Thursday after signing a fisheries memorandum", "left Lima
  before signing the …", "marked the day by signing a treaty": a signing told by a gerund after a
  preposition, beside the visit or talks of its sentence (a signing told by a bare gerund after a
  comma is read by :data:`mapapp.extract.trigger_words.SIGNED`).
* "visits Kampala and signs a memorandum", "meeting its president and signing an accord": a
  signing joined to another event's verb (:mod:`mapapp.extract.joined_signings`).
* "the negotiators initialled a set of de-escalation measures", "signed a package of border
  rules": a set of measures signed or initialled is a document made, though no
  document noun names it.

Each further document named after the first ("… and a youth exchange programme") is an agreement
of its own (:mod:`mapapp.extract.documents`). Not read: "after signing up for", "after signing
autographs" (no document follows), "a set of measures was announced" or "agreed a set of
measures" (nothing signed: a decision of the talks).
"""

from __future__ import annotations

import re

from mapapp.extract.joined_signings import JOINED_SIGNINGS
from mapapp.extract.trigger_words import SIGNED_NOUN

_GERUND = r"(?:(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bby\s)|(?<=\bupon\s)|(?<=\bon\s))signing"
# "after signing a migration memorandum", "after signing with her counterpart an accord on …"
SIGNING_AFTER = rf"{_GERUND}\s+(?:[\S]+\s+){{0,5}}?{SIGNED_NOUN}\b"
# "initialled a set of de-escalation measures", "signed a package of measures"
_SET = r"(?:set|package|series|list|catalogue)\s+of\s+(?:[\w'’-]+\s+){0,3}?"
_TERMS = r"(?:measures|principles|rules|commitments|guidelines|understandings|steps|points)"
SIGNED_SET = (
    r"\b(?:signed|initial+ed|concluded)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+)?"
    rf"{_SET}{_TERMS}\b"
)

SIGNING_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("agreement", re.compile(SIGNING_AFTER), "past"),
    ("agreement", re.compile(SIGNED_SET), "past"),
    *JOINED_SIGNINGS,
]
