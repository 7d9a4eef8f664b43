"""The office a page is issued by, read from its header: where "at the Ministry" is.

Ministry, presidency and embassy pages print their issuer above the text and no dateline
("Ministry of Foreign Affairs of the Republic of Bulgaria", "PRESIDENCY OF THE DOMINICAN
REPUBLIC", "Ministry of Foreign Affairs, Islamabad", "DEPARTMENT OF STATE DAILY PRESS
BRIEFING"). Their items then say only "was received at the Ministry", "met the ambassador at the
Foreign Office", "They met here at the Department": the issuer's own building, in its capital. An
embassy's page ("Embassy of Georgia to the Republic of Armenia", "Embassy of Japan in Ethiopia")
tells of the country it is posted to: its ministry is in that country's capital.

Only the first :data:`_LINES` non-empty lines are read, each up to :data:`_LOOK` characters; a
line that ends a sentence is text, not a header.
"""

from __future__ import annotations

import itertools
import re

from mapapp import gazetteer
from mapapp.extract.landmarks import capital_place
from mapapp.extract.place_names import cached_lookup

_LINES = 3
_LOOK = 100
# "Embassy of Georgia to the Republic of Armenia", "Embassy of Japan in Ethiopia": the host
_EMBASSY = re.compile(
    r"(?i)^(?:the\s+)?(?:embassy|high\s+commission|consulate(?:\s+general)?)\s+of\s+.{2,40}?"
    r"\s+(?:to|in)\s+(?P<host>.{2,50}?)\s*$"
)
_STATE = re.compile(r"(?i)^(?:(?:the\s+)?U\.?S\.?\s+)?Department\s+of\s+State\b")
# "Ministry of Foreign Affairs of the Republic of Bulgaria", "Presidency of the Dominican
# Republic", "Ministry of Foreign Affairs, Islamabad": a country after an "of", or a city
_OFFICE = re.compile(
    r"(?i)(?:^|,\s+|\|\s*)(?:the\s+)?(?:ministry|presidency|office|government|cabinet|"
    r"chancellery)\s+of\s+"
)
_OF = re.compile(r"(?i)\bof\s+(?:the\s+)?(?=\S)")
_CITY = re.compile(r",\s+(?P<city>[A-Z][^,|]{1,30}?)\s*$")


def page_issuer(text: str) -> gazetteer.Place | None:
    """The capital (or named city) of the office whose header opens ``text``, else None.

    Examples
    --------
    >>> page_issuer("Ministry of Foreign Affairs of Kenya\\nBriefing\\nQ: …").name
    'Nairobi'
    >>> page_issuer("The minister met the envoy at the Ministry.") is None
    True
    """
    lines = (line.strip() for line in text.splitlines())
    for line in [x for x in itertools.islice(lines, 50) if x][:_LINES]:
        line = line[:_LOOK]
        if line.endswith((".", "?", "!", ":")):
            return None
        place = _issuer_place(line)
        if place is not None:
            return place
    return None


def _issuer_place(line: str) -> gazetteer.Place | None:
    if _STATE.match(line):
        return cached_lookup("Washington", "US").place
    if embassy := _EMBASSY.match(line):
        return _place(embassy.group("host"))
    if (office := _OFFICE.search(line)) is None:
        return None
    line = line[office.start() :]
    if city := _CITY.search(line):
        return _place(city.group("city"))
    for m in _OF.finditer(line):
        code = gazetteer.country_code_for(line[m.end() :], demonyms=False)
        if code is not None:
            return capital_place(code)
    return None


def _place(name: str) -> gazetteer.Place | None:
    """A country's capital ("the Republic of Armenia") or a city ("Lima", "Islamabad")."""
    code = gazetteer.country_code_for(name, demonyms=False)
    if code is not None:
        return capital_place(code)
    place = cached_lookup(name, None).place
    return place if place is not None and place.precision == "city" else None
