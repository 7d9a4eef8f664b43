"""A release's closing place line ("Done at Dakar, 9 May 1996") is its dateline when it has none.

Releases written in the French manner end with where and when they were issued ("Done at
Abidjan, 14 February 2019", "Made in Bamako, 3 June 2001"): the city is where the page was
written, so "received his counterpart in his office at the Ministry" is there. Only a line of
its own among the last :data:`_LINES` non-empty lines, naming a known city and a full date, is
read.
"""

from __future__ import annotations

import re

from mapapp.extract.datelines import Dateline, _known_city

__all__ = ["signoff_dateline"]

_LINES = 4
_SIGNOFF = re.compile(
    r"(?:Done|Made|Issued|Given)\s+(?:at|in)\s+"
    r"(?P<city>[A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+){0,2}),?\s+(?:on\s+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d|"
    r"[A-Z][a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d)\.?"
)


def signoff_dateline(text: str) -> Dateline | None:
    """The city and date of a closing "Done at <city>, <date>" line, as a dateline.

    Examples
    --------
    >>> signoff_dateline("The ministers met.\\n\\nDone at Dakar, 9 May 1996\\nThe Press Service")
    Dateline(city='Dakar', region=None, date='9 May 1996')
    >>> signoff_dateline("Done at Dakar, the ministers said, on 9 May 1996 they met.") is None
    True
    """
    lines = [line.strip() for line in text[-2000:].splitlines() if line.strip()]
    for line in lines[-_LINES:]:
        m = _SIGNOFF.fullmatch(line)
        if m is not None and _known_city(m.group("city")):
            return Dateline(m.group("city"), None, m.group("date"))
    return None
