"""Photo captions: a numbered caption tells in the present what the photo shows, which is past.

A gallery of a visit numbers its captions ("Photo 3: The two ministers sign a memorandum in
Apia, 30 April.", "2 of 6: The presidents hold talks at the palace on Thursday.", "Picture 4 -
The minister is received by the King."). Their present is not a schedule nor a habit: each is
history, and the day it names is read back from publication, as a chronology's entry is. A
caption's own plan ("Next stop - the minister will return in June") keeps its modal and stays
ahead.

A number may carry a label ("Photo 7 (archive):"). Only a paragraph opening with such a
number is a caption; the work is one match at the start of the sentence.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger

__all__ = ["caption_end", "caption_status", "is_caption"]

_CAPTION = re.compile(
    r"\s*(?:(?i:photo|picture|image|pic\.?)\s*\d{1,2}(?:\s+of\s+\d{1,2})?|"
    r"\d{1,2}\s+of\s+\d{1,2})(?:\s*\([^()\n]{1,20}\))?\s*[:.–—-]\s+(?=[A-Z\"“‘(])"
)


def caption_end(line: str) -> int:
    """Where a caption's text begins after its number ("Photo 4. ", "Photo 7 (archive). "),
    0 for a line that is no caption. A caption that opens with its own dateline ("Photo 4.
    LUSAKA, 20 August — …") is placed and dated by it as a digest's item is.

    Examples
    --------
    >>> line = "Photo 2 (file). LIMA, 3 May — The ministers sign a memorandum."
    >>> line[caption_end(line):]
    'LIMA, 3 May — The ministers sign a memorandum.'
    >>> caption_end("Photos were taken by the ministry.")
    0
    """
    m = _CAPTION.match(line[:60])
    return m.end() if m else 0


def is_caption(masked: str) -> bool:
    """Whether the sentence opens with a caption's number ("Photo 3:", "2 of 6:").

    Examples
    --------
    >>> is_caption("Photo 3: The two ministers sign a memorandum.")
    True
    >>> is_caption("The ministers sign a memorandum in photo 3.")
    False
    """
    return _CAPTION.match(masked[:40]) is not None


def caption_status(
    masked: str, trigger: Trigger, status: tuple[str | None, str]
) -> tuple[str | None, str]:
    """The status of an event told in a caption's present: history ("occurred"); any other
    status (a modal's plan, a negation) is kept."""
    told, cue = status
    present = trigger.kind == "present" and cue.startswith("present tense")
    if present and told in (None, "announced") and is_caption(masked):
        return "occurred", "a photo caption's present"
    return status
