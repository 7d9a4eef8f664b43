"""Talks a trip of several stops is for, told with one side at each stop.

"will travel to Vilnius and Riga for consultations with his Lithuanian and Latvian
counterparts", "a tour of Kigali, Bujumbura and Kinshasa, where he is to discuss refugees with
the three governments", "will visit Accra and Lome for talks with both presidents": the sides
named after the talks' word are the stops' own (their countries, or as many governments or
leaders as there are stops), so the talks are two-sided at each stop, not one gathering of all
of them, and "where" after the list does not tie them to the last stop alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp import gazetteer

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

_SIDES_AFTER = 100  # characters after the talks' word where their sides are named
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "with the three governments", "with both presidents", "with the leaders of each country", and
# right after the word ("meeting both presidents")
_COUNTED = re.compile(
    r"(?:\bwith\s+|^\s*)(?:the\s+|their\s+)?(?P<n>two|both|three|four|five|six)\s+(?:[\w-]+\s+)?"
    r"(?:governments|leaders|presidents|prime\s+ministers|foreign\s+ministers|ministers|"
    r"counterparts|authorities|capitals|heads\s+of\s+state)\b|"
    r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?each\s+(?:country|government|state|capital)\b"
)
_STOP_AT = re.compile(r"[.;:]")


def one_side_per_stop(masked: str, talks: Mention, stops: list[Mention]) -> bool:
    """Whether the sides of ``talks`` named after its word are the ``stops``' own: the stops'
    countries, each named ("with his Lithuanian and Latvian counterparts"), or a count of sides
    equal to the number of stops ("with the three governments", "with each government")."""
    codes = [s.venue.place.country_code for s in stops if s.venue is not None]
    return sides_of_stops(masked, talks.trigger.end, codes)


def sides_of_stops(masked: str, after: int, codes: list[str | None]) -> bool:
    """Whether the sides named after ``after`` (the talks' word) are those of the stops whose
    countries are ``codes``, one a stop (see :func:`one_side_per_stop`)."""
    end = _STOP_AT.search(masked, after, after + _SIDES_AFTER)
    window = masked[after : end.start() if end else after + _SIDES_AFTER]
    counted = _COUNTED.search(window)
    if counted is not None:
        n = counted.group("n")
        return n is None or _NUMBERS[n.lower()] == len(codes)
    named = sides_named(masked, after)
    return len(set(codes)) > 1 and None not in codes and named == set(codes)


def sides_named(masked: str, after: int) -> set[str]:
    """The countries named after ``after`` (the talks' word), by name or adjective: "with the
    Swedish king" is Sweden's side."""
    end = _STOP_AT.search(masked, after, after + _SIDES_AFTER)
    named: set[str] = set()
    for m in _NAME.finditer(masked, after, end.start() if end else after + _SIDES_AFTER):
        code = gazetteer.country_code_for(m.group(0))
        if code is None and " " in m.group(0):
            code = gazetteer.country_code_for(m.group(0).split()[0])
        if code is not None:
            named.add(code)
    return named
