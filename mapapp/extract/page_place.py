"""A page's place line: the header a transcript, fact sheet or release prints under its title
("Ministry of Foreign Affairs, Addis Ababa, 12 February 2019", "State House | Accra | Monday,
3 June 2024"): its city is where the page was written, read as a dateline when the page has
none, so that "held talks here" is there. A page with neither is placed by the first city it
says it is "here in" (a correspondent's "a meeting here in Abuja").

Only the first :data:`_LINES` non-empty lines are read, each up to :data:`_LOOK` characters.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from mapapp.extract.datelines import Dateline, _known_city, dateline_place, find_dateline
from mapapp.extract.item_datelines import item_dateline
from mapapp.extract.signoff_place import signoff_dateline
from mapapp.extract.text_dates import find_dates

__all__ = ["header_dateline", "page_dateline"]

_LINES = 6
_LOOK = 120
_PARTS = re.compile(r"\s*(?:,|\||•|·|—|–|\s-\s)\s*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_ZERO = dt.date(2000, 1, 1)  # any day: only whether the part is a date is asked


def page_dateline(text: str) -> Dateline | None:
    """The page's dateline (:func:`mapapp.extract.datelines.find_dateline`), or its header
    line's city (else its closing "Done at …" line's) when the dateline names no place
    ("QUESTION:" read as one) or there is none. A digest that opens with numbered items has
    its first item's (:func:`mapapp.extract.item_datelines.item_dateline`)."""
    line = find_dateline(text)
    if line is not None and dateline_place(line) is not None:
        return line
    item = item_dateline(text)
    if item is not None and dateline_place(item) is not None:
        return item
    return header_dateline(text) or signoff_dateline(text) or said_here(text) or line


def header_dateline(text: str) -> Dateline | None:
    """The city of a header line that ends with a full date and names a city among its other
    parts, as a dateline (None when no such line opens the page).

    Examples
    --------
    >>> header_dateline("TRANSCRIPT\\nMinistry of Foreign Affairs, Nairobi, 3 May 2024\\nQ: …")
    Dateline(city='Nairobi', region=None, date='3 May 2024')
    >>> header_dateline("The ministers met in Nairobi on 3 May 2024.") is None
    True
    """
    lines = (line.strip() for line in text.splitlines())
    for line in [x for x in itertools.islice(lines, 100) if x][:_LINES]:
        line = line[:_LOOK]
        if line.endswith((".", "?", "!", ":")) or not _YEAR.search(line):
            continue
        parts = [p for p in _PARTS.split(line) if p]
        date = next((p for p in parts if _YEAR.search(p) and find_dates(p, _DAY_ZERO)), None)
        if date is None:
            continue
        city = next((p for p in parts if p != date and _place_part(p)), None)
        if city is not None:
            return Dateline(city, None, date)
    return None


# "They met here in Abuja on Friday": a correspondent's or speaker's own city
_HERE_IN = re.compile(r"\bhere\s+in\s+(?P<city>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)")


def said_here(text: str) -> Dateline | None:
    """The city the page's first "here in CITY" names, as a dateline, when nothing else places
    the page (a transcript whose correspondent reports "a meeting here in Abuja")."""
    m = _HERE_IN.search(text)
    if m is None:
        return None
    words = m.group("city").split()
    for size in range(len(words), 0, -1):
        if _known_city(" ".join(words[:size])):
            return Dateline(" ".join(words[:size]), None, None)
    return None


def _place_part(part: str) -> bool:
    """A part of a header line that is only a known city's name ("Addis Ababa")."""
    words = part.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and _known_city(part)
