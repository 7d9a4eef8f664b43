"""A diary's day: an event told without a place below a date heading is where that day's event
told just before it was.

In a week in review or a diary ("Thursday 15 September / The Minister hosted her counterpart in
Canberra. The Ministers signed an arrangement …"), the items below one day's heading follow the
day's person from place to place: a signing or talks told right after an event placed in a
town, with no place of their own, are in that town, not at the page's main event: in the same
paragraph, or in the next items of a list below the heading ("- 16:00 Held official talks … in
Dhaka." / "- 17:15 Witnessed the signing …"); another paragraph of prose starts afresh. Only the
mentions of the same heading (the same :class:`mapapp.extract.layout.Block` date) within
:data:`_NEAR` sentences are read, and never for a call or an online event, so the work is linear.
A schedule's timed lines, a section abroad, a live blog's or a chronology's entries keep their
own rules (:mod:`mapapp.extract.blocks`).
"""

from __future__ import annotations

import datetime as dt

from mapapp.extract.blocks import in_block
from mapapp.extract.discourse import Mention
from mapapp.extract.layout import Block, marker_end

__all__ = ["DayPlaces"]

_NEAR = 2  # sentences between the event placed and the one that takes its place
_IN_PERSON = frozenset({"meeting", "conference", "visit", "agreement"})


class DayPlaces:
    """The last event placed below the current date heading, read sentence by sentence."""

    def __init__(self, published: dt.date) -> None:
        self.published = published
        self.date: str | None = None
        self.last: Mention | None = None

    def read(self, mentions: list[Mention], block: Block) -> list[Mention]:
        """The sentence's mentions with their block's date and place
        (:func:`mapapp.extract.blocks.in_block`), those still without a place given the day's
        place (module docstring); the day's place noted for the sentences after."""
        mentions = in_block(mentions, block, self.published)
        kept = block.entry or block.chronicle or block.timed or block.stops  # their own rules
        if block.date is None or kept or block.place is not None:
            self.date, self.last = None, None
            return mentions
        if block.date != self.date:
            self.date, self.last = block.date, None
        last = self.last
        for e in mentions:
            if e.venue is not None or e.online or e.event_type not in _IN_PERSON:
                continue
            if last is None or last.venue is None or e.index - last.index > _NEAR:
                continue
            if e.paragraph != last.paragraph and not (_listed(e) and _listed(last)):
                continue  # another paragraph that is no item of the day's list
            e.venue, e.venues = last.venue, [last.venue]
            e.place_note = f"Place of the event told before it below '{block.date}'."
        placed = [e for e in mentions if e.venue is not None and e.event_type in _IN_PERSON]
        if placed and not any(e.online for e in placed):
            self.last = placed[-1]
        return mentions


def _listed(m: Mention) -> bool:
    """ "- 16:00 Held official talks …": an item of a list (a bullet, a number, a time)."""
    return marker_end(m.quote) > 0
