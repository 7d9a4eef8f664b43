"""A group's earlier gathering told in a clause ("since they met in Doha"): of the group's kind.

"It was the envoys' first gathering since they met in Doha on Aug. 11" in an article about a
meeting of envoys from many countries, and "Talks in the 5+2 format have not been held since
October 2019, when the sides met in Bratislava", tell a gathering of the group the sentence or
the article is about, with no party of its own: a conference when that group is of many
parties. "They" needs the group named before it in its sentence ("the envoys' first
gathering"); a sentence told of two sides ("the two leaders", "his counterpart") keeps its
meeting, and so does one whose lead reports no gathering of many parties and whose own words
name none before the clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp.extract.parties import GROUP, names_many_parties

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

_SUBJECT = rf"(?:they|the\s+(?:\w+\s+)?(?:{GROUP}|sides|parties|participants))"
# "since they met", "when the sides last met": the clause the event word ends
_CLAUSE = re.compile(
    rf"(?i)\b(?:since|when|after|before|until)\s+(?P<subject>{_SUBJECT})\s+"
    r"(?:(?:first|last|previously|had|have|last\s+had)\s+)*$"
)
_GROUP_NAMED = re.compile(rf"(?i)\b(?:{GROUP}|sides|parties|participants)\b")
_VERBS = ("met", "gathered", "convened")
_LOOK = 60


def _clause_group(e: Mention) -> re.Match[str] | None:
    """The clause "since they met" whose verb is the event word, with its subject."""
    if e.quote_trigger.strip().casefold() not in _VERBS:
        return None
    return _CLAUSE.search(e.quote, max(0, e.trigger.begin - _LOOK), e.trigger.begin)


def follow_clause_group(events: list[Mention], many_lead: bool) -> None:
    """Make "since they met in Doha" a conference when its group is of many parties: named so
    before the clause in its sentence, or (``many_lead``) in the article's lead."""
    for e in events:
        if e.event_type != "meeting":
            continue
        clause = _clause_group(e)
        if clause is None:
            continue
        head = e.quote[: clause.start()]
        if clause.group("subject").casefold() == "they" and not _GROUP_NAMED.search(head):
            continue  # "since they met": the group must be named before it
        if names_many_parties(head) or (many_lead and not _two_sided(head)):
            e.event_type, e.multilateral = "conference", True


_TWO = re.compile(
    r"(?i)\b(?:two|both|bilateral|counterpart|his|her)\b|\b(?-i:[A-Z][\w.'’-]+)\s+and\s+"
    r"(?-i:[A-Z][\w.'’-]+)\b"
)


def _two_sided(head: str) -> bool:
    """Whether the sentence before the clause tells of two sides or of named parties."""
    return _TWO.search(head) is not None


# "at a meeting convened by the U.N. Secretary-General": who called the gathering, no side
_CONVENER = re.compile(
    r"(?i)\b(?:convened|hosted|chaired|organi[sz]ed|brokered|mediated|facilitated)\s+"
    r"by\s+(?:the\s+)?$"
)


def own_parties(e: Mention) -> list[str]:
    """The actors of ``e`` named as parties: all but those named only as its convener or host
    ("at a meeting convened by the U.N. Secretary-General")."""
    kept = []
    for actor in e.actors:
        at = e.quote.find(actor)
        if at < 0 or not _CONVENER.search(e.quote, max(0, at - 30), at):
            kept.append(actor)
    return kept
