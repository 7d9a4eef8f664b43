"""A signing told with no date or place of its own took place at the meeting it is told with.

"The Secretary met today with the Foreign Minister at the Department of State. … In the
Secretary's presence, officials of the two countries signed a memorandum", "received her
counterpart at the ministry on Tuesday …, and the two ministers signed a joint declaration",
"Both Ministers witnessed the signing of an Arrangement": the agreement was signed on the day
and at the place of the meeting (or visit) in person told in the same or one of the two
sentences before it (not an arrival told before: "arrived on Monday evening. … signed", nor an
aside told back from the story: "On the eve, the guest met …. The ministers signed"), or
else of the article's main event when the signing is told in the paragraphs right after the
lead.
"""

from __future__ import annotations

import re

from mapapp.extract.discourse import Mention, main_event
from mapapp.extract.relative_dates import counts_back
from mapapp.extract.side_documents import follow_cited

# "arrived on Monday", "landed in Hanoi": the day a trip began, not the day of its talks
ARRIVED = re.compile(r"(?i)\b(?:arriv\w*|landed|lands|flew\s+in|touched\s+down|reached)\b")

_IN_PERSON = frozenset({"meeting", "conference", "visit"})
_NEAR_SENTENCES = 2  # sentences back a signing looks for its meeting
_NEAR_PARAGRAPHS = 4  # paragraphs after the main event within which a signing is part of it


def _occasion(events: list[Mention], i: int, main: Mention | None) -> Mention | None:
    e = events[i]
    earlier = [
        x
        for x in events[:i]
        if x.event_type in _IN_PERSON
        and not x.online
        and x.status == e.status
        and x.span.start is not None
        and 0 <= e.index - x.index <= _NEAR_SENTENCES
        and not (x.index < e.index and x.event_type == "visit" and ARRIVED.search(x.quote_trigger))
        and not (x.index < e.index and _told_back(x))
    ]
    if earlier:
        return earlier[-1]
    if (
        main is not None
        and main.event_type in _IN_PERSON
        and main.status == e.status
        and main.span.start is not None
        and 0 <= e.paragraph - main.paragraph <= _NEAR_PARAGRAPHS
    ):
        return main
    return None


def _told_back(x: Mention) -> bool:
    """ "On the eve, the guest met the head of the Security Council.": an aside told back from
    the story's event; a signing told after it returns to the story."""
    return x.relative is not None and (counts_back(x.relative) or bool(x.relative.group("eve")))


def _same_place(e: Mention, ref: Mention) -> bool:
    """ "… at the Quai d'Orsay on Tuesday …, and the ministers signed": one place told for both."""
    return ref.venue is not None and e.venue is not None and ref.venue.place == e.venue.place


def follow_occasion(events: list[Mention]) -> None:
    """Give an undated agreement the day (and place, when it names none) of the meeting it was
    signed at; one placed elsewhere than that meeting is left alone. A joint statement cited
    with no talks in its sentence is the statement of the main event's talks."""
    follow_cited(events)
    main = main_event(events)
    for i, e in enumerate(events):
        if e.event_type != "agreement" or e.span.start is not None:
            continue
        ref = _occasion(events, i, main)
        if ref is None or (e.venue is not None and not _same_place(e, ref)):
            continue
        e.span = ref.span
        e.date_note = f"Date of the meeting it was signed at, reported in: {ref.best[1]}"
        if e.venue is None and ref.venue is not None:
            e.venue, e.venues = ref.venue, ref.venues
            e.place_note = f"Place of the meeting it was signed at: {ref.best[1]}"
