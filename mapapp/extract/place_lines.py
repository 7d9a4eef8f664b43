"""A diary's place told on its own, read sentence by sentence: a city that stands alone before
a day's items, or closes one.

Ministers' diaries, programmes and weeks ahead name where the day is spent apart from what is
done there: "Tuesday 13 May / Brussels. Attends the Foreign Affairs Council", "Wednesday: Vilnius.
Talks with the Foreign Minister of Lithuania", "Oslo. Meeting of the Nordic foreign ministers".
A sentence that is only a city (after a weekday, if any) places the events of the sentences
after it in its paragraph that name no place of their own. A timed or listed item that closes
with its venue after a comma ("14.00 Receives the Foreign Minister of Georgia for talks,
Arvfurstens palats, Stockholm.") is at that city, and so is a dated entry's first sentence that
does ("4 May — Meeting with the Foreign Minister of Ghana, London. Purpose: trade.").

The lines' patterns are those of :mod:`mapapp.extract.diary_lines`, which reads them below a
day's heading; here they are read in a diary without headings. Only a city (of 100,000 people or
more, or a capital) or a country counts, so that a line such as "Note." or "Q4." is no place;
calls and online events keep no place.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.day_places import DayPlaces
from mapapp.extract.diary_lines import alone_match, closing_match
from mapapp.extract.discourse import Mention
from mapapp.extract.layout import marker_end
from mapapp.extract.place_names import cached_lookup
from mapapp.extract.sentences import Sentence
from mapapp.extract.venues import Venue

__all__ = ["PlaceLines"]

_IN_PERSON = frozenset({"meeting", "conference", "visit", "agreement"})


def _place(name: str) -> gazetteer.Place | None:
    place = cached_lookup(name.rstrip("."), None).place
    if place is None or place.precision not in ("city", "country"):
        return None
    if place.precision == "city" and place.population < 100_000:
        capital = gazetteer.lookup(place.country_code).place if place.country_code else None
        if capital is None or capital.name != place.name:
            return None
    return place


def _venue(m: re.Match[str] | None) -> Venue | None:
    if m is None or (place := _place(m.group("city"))) is None:
        return None
    return Venue(m.start("city"), m.end("city"), m.group("city").rstrip("."), place)


def _give(mentions: list[Mention], venue: Venue, note: str) -> None:
    for m in mentions:
        if m.venue is None and not m.online and m.event_type in _IN_PERSON:
            m.venue, m.venues, m.place_note = venue, [venue], note


class PlaceLines:
    """The city the current paragraph opened with alone, read sentence by sentence before the
    diary's day (:class:`mapapp.extract.day_places.DayPlaces`) is read."""

    def __init__(self, days: DayPlaces) -> None:
        self.days = days
        self.paragraph: int | None = None
        self.venue: Venue | None = None

    def read(self, mentions: list[Mention], sentence: Sentence) -> list[Mention]:
        """The sentence's mentions, those without a place given the paragraph's city or the
        city that closes their item (module docstring), then read by the day's places."""
        masked = sentence.masked
        alone = _venue(alone_match(masked))
        if alone is not None:
            self.paragraph, self.venue = sentence.paragraph, alone
            return self.days.read(mentions, sentence.block)
        if self.venue is not None and self.paragraph == sentence.paragraph:
            _give(mentions, self.venue, f"Place of the line '{self.venue.text}' above it.")
        block = sentence.block  # a schedule's timed line, a listed item, a dated entry
        listed = block.timed or block.chronicle or marker_end(sentence.text) > 0
        closing = _venue(closing_match(masked)) if listed else None
        if closing is not None:
            _give(mentions, closing, f"Place that closes the item: '{closing.text}'.")
        return self.days.read(mentions, sentence.block)
