"""A meeting of "their ministers", told after a subject that refers back to a group.

"The presidents of Latvia, Estonia and Finland held a video call. The leaders agreed that their
foreign ministers would meet in Riga next month", "The three governments said their envoys will
meet again in Geneva": the ministers are those of each party of the group the sentence's subject
refers back to, so they meet as many sides as that group has — a conference when the group (in
the sentence, or in one of the few events told just before it) counts three countries or more.
"The two sides agreed that their ministers would meet" counts two, and is left a meeting.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.discourse import Mention
from mapapp.extract.parties import GROUP

__all__ = ["follow_their_group"]

# the sentence's subject: a bare group ("The leaders", "The three presidents", "They")
_SUBJECT = (
    rf"^\W*(?:the\s+(?!two\s|both\s)(?:\w+\s+)?(?:{GROUP}|presidents|prime\s+ministers|premiers|"
    r"governments|countries|heads\s+of\s+state)|they)\s+"
)
# "… agreed that their foreign ministers would meet", "… said their envoys will meet again"
_THEIR_GROUP_MEETS = re.compile(
    rf"(?i){_SUBJECT}(?:[\w-]+\s+){{1,3}}?(?:that\s+)?their\s+(?:[\w-]+\s+){{0,2}}?{GROUP}\s+"
    r"(?:(?:will|would|should|are\s+to|were\s+to)\s+)?(?:again\s+)?(?:meet|gather|convene)\b"
)
# "the three countries", "five governments": a group counted as three or more
_COUNTED = re.compile(
    r"(?i)\b(?:three|four|five|six|seven|eight|nine|ten|[3-9])\s+(?:\w+\s+)?"
    r"(?:countries|nations|states|governments|leaders|presidents|prime\s+ministers|"
    r"foreign\s+ministers|ministers)\b"
)
# "of Latvia, Estonia and Finland": names listed with commas and a last "and"
_LISTED = re.compile(
    r"\b(?:of|from)\s+(?:the\s+)?(?P<names>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:,\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){1,8},?\s+and\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_RECENT = 4  # earlier events the subject may refer back to


def _many(quote: str) -> bool:
    """Whether a sentence counts a group of three countries or more, or lists three."""
    if _COUNTED.search(quote):
        return True
    for m in _LISTED.finditer(quote):
        names = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", m.group("names"))
        codes = {gazetteer.country_code_for(re.sub(r"^the\s+", "", n)) for n in names}
        if len(codes - {None}) >= 3:
            return True
    return False


def follow_their_group(events: list[Mention]) -> None:
    """Make "The leaders agreed that their ministers would meet" a conference when the group
    it refers back to has three countries or more (see the module docstring)."""
    for i, e in enumerate(events):
        if e.event_type != "meeting" or _THEIR_GROUP_MEETS.match(e.quote) is None:
            continue
        earlier = [x.quote for x in events[max(0, i - _RECENT) : i] if x.index < e.index]
        if _many(e.quote) or any(_many(q) for q in earlier):
            e.event_type, e.multilateral = "conference", True
