"""An office with no city and no dateline: the capital of the host the sentence names.

"The Thai prime minister met the visiting Lao president at Government House on Monday" has no
dateline to place "Government House" in; the host is the subject's country (Thai: Bangkok), or
the one after "received by" / "hosted by" ("was received by the Mexican president at the
National Palace": Mexico City). A guest ("the visiting Lao president") is never the host, and a
sentence without a country before its event word gives no place.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.discourse import Mention
from mapapp.extract.landmarks import at_generic_seat, capital_place
from mapapp.extract.venues import Venue

_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?")
_GUEST = re.compile(r"(?i)\b(?:visiting|guest|counterpart)\s+$")
_GUEST_REACH = 40  # characters read back for "visiting", "guest", "counterpart"
_GUEST_AFTER = re.compile(r"(?i)\s+(?:guest|visitor|delegation)s?\b")
_BY = re.compile(r"\b(?:received|hosted|welcomed|greeted)\s+(?:\S+\s+){0,3}?by\s+")
# "here", "the capital", "the city": the report's own city, which only a dateline tells
_HERE = re.compile(r"\bhere\b|\b(?:city|capital|city-state)\b")
# "met the ambassador at the Department": a ministry's own name for its building
_DEPARTMENT = re.compile(r"\b(?:at|in)\s+the\s+Department\b(?!\s+of\b)")


def _first_country(text: str) -> str | None:
    for m in _NAME.finditer(text):
        before = text[max(0, m.start() - _GUEST_REACH) : m.start()]  # not all: linear
        if _GUEST.search(before) or _GUEST_AFTER.match(text, m.end()):
            continue
        name = re.sub(r"['’]s$", "", m.group(0))
        code = gazetteer.country_code_for(name) or gazetteer.country_code_for(name.split()[0])
        if code is not None:
            return code
    return None


def host_seat(quote: str, begin: int) -> gazetteer.Place | None:
    """The capital of the host of the event whose word starts at ``begin`` in ``quote``, when
    the sentence puts it at an office with no city ("at Government House"), else None."""
    if _HERE.search(quote) or not at_generic_seat(quote, 0, len(quote)):
        return None
    by = _BY.search(quote, begin)
    code = _first_country(quote[by.end() : by.end() + 60]) if by else None
    code = code or _first_country(quote[:begin])
    return capital_place(code) if code else None


def _at_office(quote: str) -> bool:
    """ "at the Ministry of Foreign Affairs", "at the Department", anywhere in the sentence."""
    return _DEPARTMENT.search(quote) is not None or at_generic_seat(quote, 0, len(quote))


def follow_host_seat(
    events: list[Mention],
    dateline: gazetteer.Place | None,
    issuer: gazetteer.Place | None = None,
) -> None:
    """Place at the host's capital an event at an office with no city, in an article with no
    dateline, that no other rule placed; else, on a page whose header names its ``issuer``
    (:mod:`mapapp.extract.page_issuer`), an event "at the Ministry", "here" or "at the
    Department" at the issuer's city."""
    if dateline is not None:
        return
    for e in events:
        if e.venue is not None or e.online:
            continue
        seat = host_seat(e.quote, e.trigger.begin) if e.here else None
        if seat is not None:
            e.venue, e.venues = Venue(0, 0, seat.name, seat), []
            e.place_note = f"Place from the host's country ({seat.name})."
        elif issuer is not None and (e.here or _at_office(e.quote)):
            e.venue, e.venues = Venue(0, 0, issuer.name, issuer), []
            e.place_note = f"Place of the office that issued the page ({issuer.name})."
