"""Lists of documents signed: a fact sheet's or release's bulleted deliverables.

A list item that only names a document ("- An air services agreement between the two
governments.", "• A Protocol on cross-border electricity interconnection;") states no event by
itself; below a lead that tells the list was signed ("Documents signed in Addis Ababa on 10
April", "The following instruments were signed on 8 November 2023:", "AGREEMENTS CONCLUDED"),
each such item is an agreement of its own, with the lead's day, place and status ("to be signed
on Friday:" makes them announced).

Every rule reads the first :data:`_LOOK` characters of one line, so the work is linear.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.actors import ActorTable
from mapapp.extract.date_spans import UNKNOWN
from mapapp.extract.discourse import Mention
from mapapp.extract.sentences import Sentence
from mapapp.extract.text_dates import find_dates
from mapapp.extract.triggers import Trigger
from mapapp.extract.venues import Venue, find_venues

__all__ = ["Deliverables"]

_LOOK = 200
_ITEM = re.compile(r"\s*(?:[•·▪◦‣●■➢►\-\*–—]|\d{1,2}[.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s+")
_DOCUMENT = (
    r"agreements?|memorand(?:um|a)|MoUs?|MOUs?|protocols?|treat(?:y|ies)|accords?|conventions?|"
    r"declarations?|arrangements?|letters?\s+of\s+intent|(?:joint\s+)?communiqu[eé]s?|"
    r"exchanges?\s+of\s+(?:notes|letters)|programmes?\s+of\s+cooperation|plans?\s+of\s+action|"
    r"roadmaps?|road\s+maps?|charters?|contracts?"
)
# "An air services agreement between …", "Memorandum of Understanding on …", "Protocol on …"
_NAMES = re.compile(
    rf"(?i)(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){{0,5}}?(?P<doc>{_DOCUMENT})\b(?!\s+(?:was|were|is|"
    r"are|will|had|has|have)\b)"
)
# A lead that tells its list was signed (or is to be)
_SIGNED = re.compile(
    r"(?i)\b(?:signed|signing|signature|concluded|initiall?ed|exchanged|deliverables|"
    r"instruments|documents|agreements)\b"
)
_NUMBER_ONLY = re.compile(r"\s*(?:\d{1,2}[.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s*$")
_PLAN = re.compile(r"(?i)\b(?:will|to\s+be|shall|expected|due|scheduled|set\s+to)\b")


class Deliverables:
    """Reads a page's sentences in order (:meth:`read`): the lead of a list, then its items."""

    def __init__(self, published: dt.date, table: ActorTable) -> None:
        self.published = published
        self.table = table
        self.lead: str | None = None  # "The following instruments were signed …:"
        self.paragraph = -1
        self.numbered = False  # the paragraph's first sentence was only its number ("1.")

    def read(self, number: int, sentence: Sentence, told: list[Mention]) -> list[Mention]:
        """``told`` (the sentence's own mentions), or the agreement a listed document is."""
        first = sentence.paragraph != self.paragraph
        self.paragraph = sentence.paragraph
        number_only = _NUMBER_ONLY.match(sentence.text) is not None  # "1." split off its item
        item = (first or self.numbered) and _ITEM.match(sentence.text[:_LOOK]) is not None
        item = item or (self.numbered and not first)
        self.numbered = first and number_only
        if number_only:
            return told
        if not item:
            if first or sentence.text.rstrip().endswith(":"):
                self.lead = sentence.text if sentence.text.rstrip().endswith(":") else None
            return told
        headings = (sentence.heading or "").splitlines()
        lead = self.lead or (headings[-1] if headings else None)
        if told or not lead or not _SIGNED.search(lead[:_LOOK]):
            return told
        return self._listed(number, sentence, lead)

    def _listed(self, number: int, sentence: Sentence, lead: str) -> list[Mention]:
        """The agreement a list item names, dated and placed by the list's lead."""
        start = len(sentence.masked) - len(sentence.masked.lstrip())  # the bullet is blanked
        names = _NAMES.match(sentence.masked, start)
        if names is None:
            return []
        lead = lead[:_LOOK]
        status = "announced" if _PLAN.search(lead) else "occurred"
        span = next(
            (d.span for d in find_dates(lead, self.published, prefer_future=status == "announced")),
            UNKNOWN,
        )
        if status == "occurred" and span.start is not None and span.start > self.published:
            status = "announced"
        venues = [Venue(0, 0, v.text, v.place) for v in find_venues(lead, [], self.table)]
        trigger = Trigger("agreement", names.start("doc"), names.end("doc"), "past")
        return [
            Mention(
                index=number,
                paragraph=sentence.paragraph,
                quote=sentence.text,
                trigger=trigger,
                event_type="agreement",
                status=status,
                cue=f"a document listed below '{lead[:60]}'",
                span=span,
                date_near=span.start is not None,
                venue=venues[0] if venues else None,
                venues=venues,
                actors=[],
                online=False,
            )
        ]
