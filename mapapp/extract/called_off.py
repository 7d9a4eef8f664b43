"""A planned event whose sentence goes on to say it was called off: "A meeting between the two
ministers that had been floated for Brasilia this week was called off on Friday", "A trip to
Islamabad by the deputy secretary, scheduled for early September, was postponed", "A planned
summit of the three presidents in Lublin has been postponed", "An AES summit once pencilled in
for this week in Bamako will not take place".

A news report, a readout or a calendar's "off the calendar" line names the event with the plan
it was ("planned for", "that had been scheduled for", "a planned …") before saying that it was
dropped; the plan is what the event was, the verb at the end what became of it. The cancelling
verb can stand far from the event's word when the plan and the parties are told between them,
so it is looked for up to the sentence's end (at most :data:`_REACH` characters), but only when
a plan is told around the event's word and no other clause (", but", "after", "while", a new
sentence part after ";") comes between: "The summit went ahead, but a visit that had been planned
for Friday was postponed" leaves the summit as told.
"""

from __future__ import annotations

import re

__all__ = ["called_off_after"]

_REACH = 180  # characters after the event's word in which its cancelling verb is looked for
_BEFORE = 24  # characters before the event's word in which "a planned" is looked for
# "planned for", "that had been scheduled", "once pencilled in", "that Georgia had planned to host"
_PLAN = re.compile(
    r"(?i)\b(?:planned|scheduled|slated|floated|mooted|pencil+ed\s+in|envisaged|proposed|"
    r"set\s+(?:for|to)|due\s+(?:for|to|on|in)|expected\s+(?:for|on|in))\b"
)
# the event's own verb at the end: a passive of calling off, or a future that will not be
_CALLED_OFF = re.compile(
    r"(?i)\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:now|since|also|abruptly|indefinitely|quietly|reportedly)\s+)?"
    r"(?P<verb>cancell?ed|called\s+off|postponed|put\s+off|scrapped|shelved|abandoned|dropped|"
    r"put\s+on\s+hold)|(?:will|would)\s+not\s+(?:now\s+)?(?:take\s+place|go\s+ahead|be\s+held)|"
    r"won't\s+(?:take\s+place|go\s+ahead|be\s+held))\b"
)
# another clause between the event and the verb: the verb may be another event's
_OTHER_CLAUSE = re.compile(
    r"(?i)[;:]|,\s*(?:but|and|while|whereas|although|though)\b|"
    r"\b(?:but|while|whereas|after|before|because|when|since|although)\b|"
    r"\b(?:went\s+ahead|took\s+place|was\s+held|were\s+held|met|held|signed)\b"
)


def called_off_after(masked: str, begin: int, end: int) -> str | None:
    """The cancelling words of the event whose word spans ``begin``-``end`` in the
    quote-masked sentence, when its plan is told around it and the sentence then says it was
    called off (see the module docstring); else None.

    >>> s = "A meeting that had been floated for Brasilia this week was called off on Friday."
    >>> called_off_after(s, 2, 9)
    'was called off'
    >>> called_off_after("The summit went ahead, but a visit planned for May was postponed.", 4, 10)
    """
    stop = min(len(masked), end + _REACH)
    m = _CALLED_OFF.search(masked, end, stop)
    if m is None:
        return None
    between = masked[end : m.start()]
    if _OTHER_CLAUSE.search(between):
        return None
    if not (_PLAN.search(between) or _PLAN.search(masked, max(0, begin - _BEFORE), begin)):
        return None
    return m.group(0)
