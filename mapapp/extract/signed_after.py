"""Signings told with the text before its verb, or the place between verb and text.

* A relative clause or participle on the text: "the joint communiqué the two prime ministers
  signed here in January", "the memorandum of cooperation on ports signed by the two
  governments in Lima in May", "the accord that both leaders initialled at the summit".
* The place first: "signed in the port of Ilo the agreements that …", "signed at the palace
  a memorandum on trade".
* A live blog's or a headline's present: "The two sign a declaration on energy".

A text not signed ("the treaty the Senate refused to sign", "the accord they have yet to
sign", "the memorandum to be signed by the ministers") is none: the words between the text
and the verb hold no modal, infinitive or negation.
"""

from __future__ import annotations

from mapapp.extract.trigger_words import SIGNED_NOUN

__all__ = ["SIGNED_PLACE_FIRST", "SIGN_NOW", "TEXT_THEN_SIGNED"]

_PLAIN_WORD = (
    r"(?:(?!(?:to|not|never|yet|be|been|being|was|were|is|are|will|would|could|should|may|"
    r"might|must|shall|can|cannot|refused|failed)\b)[\w'’-]+\s+)"
)
TEXT_THEN_SIGNED = (
    rf"\b(?:{SIGNED_NOUN})\s+{_PLAIN_WORD}{{1,8}}?(?:signed|initial+ed|inked|concluded)\b"
    r"(?=\s+(?:by|here|there|in|at|on|last|earlier|this|that|yesterday|today|during|when|"
    r"after|before|between|with)\b|\s*[,.;)])"
)
SIGNED_PLACE_FIRST = (
    r"\b(?:signed|initial+ed|inked)\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[A-Z][\w'’-]*\s+"
    rf"(?:the|an?|two|three|four|five|several)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{SIGNED_NOUN})\b"
)
SIGN_NOW = (
    r"(?:(?<=\btwo\s)|(?<=\bthey\s)|(?<=\bleaders\s)|(?<=\bministers\s)|(?<=\bpresidents\s)|"
    r"(?<=\bsides\s)|(?<=\bcountries\s)|(?<=\bgovernments\s)|(?<=\bofficials\s)|"
    r"(?<=\bstates\s)|(?<=\bnations\s)|(?<=\bdelegations\s)|(?<=\bneighbours\s)|"
    r"(?<=\bneighbors\s)|(?<=\bparties\s)|(?<=\bpartners\s)|(?<=\ballies\s))"
    rf"sign\s+(?:\S+\s+){{0,4}}?(?:{SIGNED_NOUN})\b"
)
