"""Where a diary's line is: the city it holds alone, opens with, or closes with.

A minister's published diary or a government's week ahead gives each day a heading ("Tuesday
13 May", "WEDNESDAY 14 - THURSDAY 15 MAY") and then lines in a terse style of their own:

* a line that is only a city ("Brussels.", "Wednesday: Vilnius."), naming where the items
  after it are;
* a line that opens with the city alone, as a sentence of its own ("Brussels. Attends the
  Foreign Affairs Council.", "Oslo. Meeting of the Nordic ministers."), or with the day of a
  heading of several days before it ("Wednesday: Vilnius. Talks with the foreign minister.",
  "Thursday – Riga. Talks with …"): the events the line tells are in that city (and on that
  day of the heading's days);
* a line that ends with where the engagement is, after a comma ("14.00 Receives the foreign
  minister of Georgia for talks, Foreign Ministry, Stockholm."), as a schedule prints its
  venue: the line's events are in that city.

The patterns of those lines are kept here, for the two readers of them: the layout's heading
reader (:mod:`mapapp.extract.layout`, through :func:`diary_place`) and the sentence-by-sentence
reader of a diary without headings (:mod:`mapapp.extract.place_lines`). The cities are resolved
by the caller, so a person's or a ministry's name that closes a line does not place it. Each rule
reads at most :data:`_LOOK` characters of one line, so the work is linear.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from mapapp import gazetteer
from mapapp.extract.date_spans import DateSpan
from mapapp.extract.heading_cities import heading_city
from mapapp.extract.heading_weekdays import in_heading_days
from mapapp.extract.text_dates import find_dates
from mapapp.extract.trigger_words import WEEKDAY

__all__ = [
    "alone_match",
    "closing_city",
    "closing_match",
    "day_within",
    "diary_place",
    "opening_city",
]

_LOOK = 200
_ALONE_LOOK = 60
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:de\s+|es\s+|of\s+|el\s+)?[A-Z][\w’'-]*){0,2}"
# "Wednesday: Vilnius. …", "Thursday – Riga. …", "Brussels. Attends …"
_OPENING = re.compile(
    rf"(?:(?P<day>{WEEKDAY})\s*(?::|[—–-])\s*)?"
    rf"(?P<city>{_NAME})\s*\.\s+(?=[A-Z])"
)
# "Brussels.", "Wednesday: Vilnius.", "Thursday - Riga": a line that is only a city
_ALONE = re.compile(rf"\s*(?:(?P<day>{WEEKDAY})\s*(?::|[—–-])\s*)?(?P<city>{_NAME})\s*\.?\s*")
# "… for talks, Arvfurstens palats, Stockholm." : a line's last comma part
_CLOSING = re.compile(rf",\s+(?P<city>{_NAME})\s*\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def opening_city(
    text: str, city: Callable[[str], gazetteer.Place | None]
) -> tuple[str | None, gazetteer.Place] | None:
    """The weekday (or None) and the city a diary line's ``text`` opens with, as ``city``
    resolves the name, or None.

    Examples
    --------
    >>> opening_city("Brussels. Attends the council.", lambda n: n)
    (None, 'Brussels')
    >>> opening_city("Wednesday: Vilnius. Talks with the minister.", lambda n: n)
    ('Wednesday', 'Vilnius')
    >>> opening_city("Talks with the minister in Riga.", lambda n: n) is None
    True
    """
    m = _OPENING.match(text[:_LOOK])
    if m is None or (place := city(m.group("city"))) is None:
        return None
    return m.group("day"), place


def alone_match(text: str) -> re.Match[str] | None:
    """The match of a short line ``text`` that holds only a city's name, after a weekday if any
    (groups ``day`` and ``city``), or None.

    Examples
    --------
    >>> alone_match("Wednesday: Vilnius.").group("day", "city")
    ('Wednesday', 'Vilnius')
    >>> alone_match("Vilnius. Talks with the minister.") is None
    True
    """
    return _ALONE.fullmatch(text) if len(text) < _ALONE_LOOK else None


def closing_match(text: str) -> re.Match[str] | None:
    """The match of the comma part a one-sentence diary line ``text`` ends with (group
    ``city``), or None (a line of several sentences ends with its last one's words)."""
    text = text.rstrip()
    if len(text) > _LOOK or _SENTENCE_END.search(text):
        return None
    return _CLOSING.search(text)


def closing_city(
    text: str, city: Callable[[str], gazetteer.Place | None]
) -> gazetteer.Place | None:
    """The city a one-sentence diary line's ``text`` ends with after a comma, as ``city``
    resolves the name, or None.

    Examples
    --------
    >>> closing_city("Receives the minister for talks, Foreign Ministry, Oslo.", lambda n: n)
    'Oslo'
    >>> closing_city("Meets the minister. Lunch, Oslo.", lambda n: n) is None
    True
    """
    m = closing_match(text)
    return city(m.group("city")) if m else None


def diary_place(text: str) -> tuple[str | None, gazetteer.Place] | None:
    """The weekday (or None) and the city a diary line's ``text`` opens or ends with, as
    :func:`mapapp.extract.heading_cities.heading_city` reads a city's name, or None."""
    if opened := opening_city(text, heading_city):
        return opened
    closed = closing_city(text, heading_city)
    return (None, closed) if closed else None


def day_within(
    weekday: str | None, heading: DateSpan | None, published: dt.date
) -> DateSpan | None:
    """The day of ``weekday`` among the ``heading``'s days ("Wednesday" below "Wednesday 14 May -
    Thursday 15 May" is 14 May), or the heading's span when the line names no weekday or the
    heading's days do not hold it."""
    if weekday is None or heading is None or heading.start is None or heading.end is None:
        return heading
    found = find_dates(weekday, published)
    if not found:
        return heading
    day = in_heading_days(found[0].span, heading)
    if day.start is None or not heading.start <= day.start <= heading.end:
        return heading
    return DateSpan(day.start, day.start, "day", heading.expression, "heading")
