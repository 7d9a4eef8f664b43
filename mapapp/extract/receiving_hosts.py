"""A reception with no place is at the capital of the country whose official received the guest.

"Qatar's foreign minister received the envoy on Sunday evening", "the Bolivian president
received his Chilean counterpart", "the envoy was received by the president of Ecuador": the
host receives at home, so a reception that its sentence does not place, and that no rule has
placed from the sentences around it, is in the host's capital, not at the last stop of the guest's
trip told before it. A host named as a guest ("the visiting Lao president received") or a
reception on the sidelines of a gathering abroad gives no place, nor does a call; the lead of a
report with a dateline is placed by the dateline.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.discourse import Mention
from mapapp.extract.landmarks import capital_place
from mapapp.extract.venues import Venue

_COUNTRY = r"[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}"
# a word that starts another clause or names another subject: "…, where he received"
_CLAUSE = r"(?:he|she|they|it|who|whom|where|which|that|and|but|when|while|after|before)\b"
_RECEIVED = r"(?:received|receives|hosted|hosts|welcomed|welcomes)"
# "Qatar's foreign minister received", "The Bolivian president, Hugo Banzer, received"
_ACTIVE = re.compile(
    rf"(?<![\w'’-])(?P<country>{_COUNTRY})(?:['’]s?)?\s+(?:(?!{_CLAUSE})[\w.'’-]+,?\s+){{1,5}}?"
    rf"{_RECEIVED}\s*$"
)
# "was received by the president of Ecuador", "received by Bolivia's president"
_PASSIVE = re.compile(
    r"\breceived\s+by\s+(?:the\s+)?(?:(?P<owner>"
    + _COUNTRY
    + r")(?:['’]s?)?\s+|(?:[\w-]+\s+){1,4}?of\s+(?:the\s+)?(?P<of>"
    + _COUNTRY
    + r"))"
)
_GUEST = re.compile(r"\b(?:visiting|guest|sidelines|margins)\b", re.IGNORECASE)
# "was also received", "will be received": the one named before is the guest
_BEING = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+){0,2}\w+\s*$")
_REACH = 80  # characters read before the event word for the host


def host_capital(quote: str, begin: int, end: int) -> gazetteer.Place | None:
    """The capital of the country whose official receives at the event word ``begin``-``end``
    of ``quote``, or None."""
    lo = max(0, begin - _REACH)
    if _GUEST.search(quote, lo, min(len(quote), end + _REACH)):
        return None
    names = []
    passive = _PASSIVE.search(quote, max(0, begin - 12), min(len(quote), end + _REACH))
    if passive is not None and passive.start() <= end:
        names.append(passive.group("owner") or passive.group("of"))
    active = _ACTIVE.search(quote[lo:end].rstrip())
    if passive is None and active is not None and not _BEING.search(active.group(0)):
        names.append(active.group("country"))
    for name in names:
        for part in (name, name.split()[-1], name.split()[0]):
            code = gazetteer.country_code_for(part)
            if code is not None:
                return capital_place(code)
    return None


def follow_receiving_host(events: list[Mention], dateline: gazetteer.Place | None) -> list[Mention]:
    """``events``, a reception among them that no rule has placed at the host's capital (module
    docstring); the lead of a report with a dateline is left to the dateline."""
    lead = min((e.paragraph for e in events), default=0)
    for e in events:
        if e.event_type != "meeting" or e.venue is not None or e.online or e.here:
            continue
        if dateline is not None and e.paragraph == lead:
            continue
        seat = host_capital(e.quote, e.trigger.begin, e.trigger.end)
        if seat is not None:
            e.venue, e.venues = Venue(0, 0, seat.name, seat), []
            e.place_note = f"Place from the host's country ({seat.name})."
    return events
