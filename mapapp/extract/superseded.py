"""Paragraphs that repeat a superseded text: a write-through's earlier version, a correction.

A wire story updated during the day may keep its first lead at the foot ("Earlier version:
TASHKENT (AP) — Ministers opened talks …", "(Earlier version, 0915 GMT: … were expected to
adopt a declaration …)"), and a corrected page may say what it first got wrong ("Correction
(21.05, 18:05): An earlier version of this article said that the presidents would meet in
Helsinki."). The events of such a paragraph are the article's own events as first (or wrongly)
told: :func:`current` leaves the paragraph out, so it neither adds a second copy of an event
nor a stale date, place or status.
"""

from __future__ import annotations

import re

from mapapp.extract.layout import marker_end
from mapapp.extract.sentences import Sentence

_VERSION = r"(?:earlier|previous|prior|original|first)\s+(?:version|lead|story|item|write-?up)"
# "Earlier version:", "(Earlier version, 0915 GMT:", "[Previous version - 14:05]:"
_EARLIER = re.compile(rf"(?i)^[(\[]?\s*{_VERSION}\b[^:.]{{0,40}}:")
# "Correction (21.05.2013, 18:05): An earlier version of this article said …",
# "Clarification: A previous version of this story misstated …"
_CORRECTION = re.compile(
    rf"(?i)^[(\[]?\s*(?:corrections?|clarifications?|editor['’]s\s+note)\b[^:]{{0,60}}:\s*"
    rf"(?:an?|the)\s+{_VERSION}\b"
)


def superseded(paragraph: str) -> bool:
    """Whether ``paragraph`` opens as an earlier version of the story or a correction notice
    that retells one (``"Earlier version: …"``, ``"Correction: An earlier version of this
    article said …"``).

    Examples
    --------
    >>> superseded("(Earlier version, 0915 GMT: Ministers were expected to sign a pact.)")
    True
    >>> superseded("An earlier version of the treaty was signed in Paris in 1990.")
    False
    """
    text = paragraph[marker_end(paragraph) :]
    return bool(_EARLIER.match(text) or _CORRECTION.match(text))


def current(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` without those of a paragraph whose first sentence is :func:`superseded`."""
    stale = {
        s.paragraph for i, s in enumerate(sentences) if _opens(sentences, i) and superseded(s.text)
    }
    return [s for s in sentences if s.paragraph not in stale]


def _opens(sentences: list[Sentence], i: int) -> bool:
    return i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph
