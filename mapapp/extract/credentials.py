"""An ambassador presenting credentials to an office holder: a meeting with that office holder.

"The new ambassador presented her credentials to the King at the Royal Palace", "presented
copies of credentials to the Minister of Foreign Affairs in Yerevan", "will present his letters
of credence to the President on Friday": the envoy is received by the head of state or the
foreign minister, as "received the credentials of the ambassador" is read
(:data:`mapapp.extract.trigger_words.RECEIVED`). The text goes to someone named after "to";
"presented a report to parliament" or "presented credentials of the company" are none.
"""

from __future__ import annotations

import re

__all__ = ["CREDENTIAL_TRIGGERS"]

# "copies of his credentials", "her letters of credence", "the letter of credentials"
_TEXT = (
    r"(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:(?:his|her|their|the)\s+)?"
    r"(?:credentials|letters?\s+of\s+(?:credence|credentials?))\s+to\b"
    # to an office holder or a named person, not "to the press" or "to the ministry's staff"
    r"(?=\s+(?:the\s+|His\s+|Her\s+)?[A-Z])"
)
CREDENTIAL_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("meeting", re.compile(rf"\b(?:presented|presents|handed(?:\s+over)?)\s+{_TEXT}"), "past"),
    (
        "meeting",
        re.compile(
            rf"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s))(?:present|hand\s+over)\s+{_TEXT}"
        ),
        "infinitive",
    ),
]
