"""A reception or a meal beside talks with someone else, told by two verbs: two meetings.

"will be received by the President and hold talks with the Foreign Minister", "met the speaker of
the assembly and held a working dinner with the foreign minister", "was received by the king and
held talks with the prime minister at the palace", "will hold talks with his counterpart, pay a
courtesy call on the President and …", "will hold talks with the Prime Minister and be received
in audience by the King": one traveller, two verbs joined by "and" or in a list, one
of them a reception, an audience, a courtesy call or a meal, and two different people met, so two
meetings (the annotation conventions count guests met one by one as an event each). One verb
with two partners ("met the president and the foreign minister") stays one meeting, and so do
two verbs with the same partner ("met the president and held talks with him") and a plain "will
meet the President and hold talks with the Foreign Minister" (one round of talks, as told in a
programme).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

# "… and hold", "…, and later held", "and was also received", "…, pay a courtesy call on" (a
# list of verbs): the second verb's coordination
_JOINED = re.compile(
    r"(?:(?:,\s*|\s+)and|,)\s+(?:(?:then|later|also|afterwards|subsequently)\s+)?"
    r"(?:(?:was|were|will|would|is|are|to)\s+(?:(?:then|later|also)\s+)?(?:be\s+)?)?"
    r"(?:[a-z]+\s+){0,3}$"  # "and hold official talks": the verb before the event's noun
)
# the partner right after the verb ("met the speaker", "received by the king", "with the
# minister", "received in audience by the king"), up to a place, a time, a purpose, a clause or
# the next verb
_PARTNER = re.compile(
    r"\s*(?:(?:in\s+(?:an?\s+)?(?:private\s+)?audience\s+)?(?:by|with)\s+)?"
    r"(?P<who>(?:the|his|her|their|a|an|[A-Z][\w'’.-]*)\b[^,;:.]{0,80}?)"
    r"(?=\s+(?:and|at|in|on|during|before|after|to|for|about|over|while|where|who|which|"
    r"this|last|next|earlier|later|yesterday|today|tomorrow)\b|[,;:.]|$)"
)
# a person met: an office or a title
_PERSON = re.compile(
    r"(?i)\b(?:president|vice-president|minister|premier|king|queen|emir|sultan|prince|"
    r"chancellor|speaker|secretary|counterpart|leader|chairman|chairwoman|chair|head|governor|"
    r"mayor|ambassador|envoy|commissioner|monarch|pope|director|delegation)s?\b"
)
# a reception, an audience, a courtesy call or a meal: an occasion of its own beside talks
_OCCASION = re.compile(
    r"(?i)\b(?:received|receive|receives|audience|called\s+on|call\s+on|calls\s+on|courtesy|"
    r"lunch|luncheon|dinner|breakfast|banquet)\b"
)
_FILLER = re.compile(r"(?i)\b(?:the|his|her|their|a|an|of|s)\b|['’]")
_NO_PARTNER = re.compile(r"(?i)^\s*(?:him|her|them|each\s+other|one\s+another)\b")


def partner(quote: str, end: int) -> str | None:
    """The person met by the verb ending at ``end`` ("the president of Serbia"), if named."""
    if _NO_PARTNER.match(quote, end):
        return None
    found = _PARTNER.match(quote, end)
    if found is None or not _PERSON.search(found.group("who")):
        return None
    return " ".join(_FILLER.sub(" ", found.group("who").casefold()).split())


def second_partner(one: Mention, m: Mention) -> bool:
    """Whether ``m`` is a second meeting verb joined to ``one`` by "and", each with a partner
    of its own (see the module docstring)."""
    if one.event_type != "meeting" or m.event_type != "meeting" or m.trigger.definite:
        return False
    if m.trigger.begin <= one.trigger.end or not one.quote or one.quote != m.quote:
        return False
    if m.trigger.begin - one.trigger.end > 160:
        return False
    between = m.quote[one.trigger.end : m.trigger.begin]
    if not _JOINED.search(between):
        return False
    words = [x.quote[x.trigger.begin : x.trigger.end] for x in (one, m)]
    if not any(_OCCASION.search(w) for w in words):
        return False  # "will meet the President and hold talks with the Foreign Minister": one
    first = partner(m.quote, one.trigger.end)
    second = partner(m.quote, m.trigger.end)
    if first is None or second is None:
        return False
    return first not in second and second not in first


def share_setting(one: Mention, m: Mention) -> None:
    """The second verb's meeting, with no day or place of its own, is when and where the first
    was ("in Muscat on Monday, where he was received by … and held talks with …")."""
    if m.span.start is None and one.span.start is not None:
        m.span, m.date_near = one.span, one.date_near
    if m.venue is None and one.venue is not None:
        m.venue, m.venues = one.venue, one.venues
