"""A message or letter handed to an office holder in person: the bearer met the one it is for.

"In Accra on Tuesday she delivered a written message from the head of state to the President
of Ghana", "The envoy handed over a letter from the emir to Egypt's president", "will convey a
verbal message from the president to the Sultan", "delivers a personal message to the King":
ministry releases and agency copy tell an envoy's audience by what was handed over, and the
bearer is received by the one the message is for. It is a meeting of the two sides, where and
when the message was handed over, in the verb's tense.

Only a message handed to an office holder named right after "to" is read (a president, prime
minister, king, emir, sultan, minister, counterpart, secretary-general ...): "delivered a
message to voters", "delivered a speech", "a message to the nation", "sent a letter to the
president" (no one met) and a message passed on by telephone or video stay none of this.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import MODAL_MEET

__all__ = ["MESSAGE_TRIGGERS"]

_HANDED = r"(?:delivered|handed(?:\s+over)?|conveyed|presented|passed\s+on)"
_HANDS = r"(?:delivers|hands(?:\s+over)?|conveys|presents|passes\s+on)"
_HAND = r"(?:deliver|hand(?:\s+over)?|convey|present|pass\s+on)"
# what is handed over: "a written message", "a letter", "an invitation letter"
_MESSAGE = r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:message|letter)\b(?!\s+of\s+credence)"
# the one it is for, soon after: "... from the King to the President of Senegal"
_OFFICE = (
    r"(?:(?:vice-|deputy\s+)?president|prime\s+minister|premier|king|queen|emir|amir|sultan|"
    r"crown\s+prince|chancellor|(?:foreign\s+|defen[cs]e\s+)?minister|counterpart|"
    r"secretary-general|secretary\s+general|head\s+of\s+state|emperor|pope)"
)
_TO_WHOM = (
    r"(?=[^.;:]{0,80}?\bto\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.'’-]*(?:'s|’s)?\s+){0,3}"
    rf"(?:(?i:{_OFFICE})\b|(?i:His|Her)\s+(?:Majesty|Highness|Excellency)\b))"
    r"(?![^.;]{0,80}?\b(?:by\s+(?:tele)?phone|by\s+video|video\s+link|online)\b)"
)
MESSAGE_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("meeting", re.compile(rf"\b{_HANDED}{_MESSAGE}{_TO_WHOM}"), "past"),
    ("meeting", re.compile(rf"\b{_HANDS}{_MESSAGE}{_TO_WHOM}"), "present"),
    ("meeting", re.compile(rf"(?:{MODAL_MEET}){_HAND}{_MESSAGE}{_TO_WHOM}"), "infinitive"),
]
