"""A joint statement cited as the source of a sentence is an agreement of its own.

"met for three hours at the ministry on Monday, after which they announced in a joint statement
…", "The sides initialled the draft on Saturday, according to a joint statement", "…, the final
communique said", "In a joint statement after their talks, the two leaders urged …": the
annotation conventions count an issued joint statement, declaration or communiqué as an
agreement, also when the text only cites it, dated to the talks it concludes.
It is told as a reference: a statement already told ("adopted a joint communiqué") is the same
one. It is read here with the talks or signing its sentence tells, on their day and at their
place; cited by a sentence that names none ("A new summit is planned next year, the final
communiqué said"), it is read by :mod:`mapapp.extract.side_documents`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

_TEXT = r"(?:joint|final)\s+(?:press\s+)?(?:statement|declaration|communiqu[eé]|communique)"
_CITED = re.compile(
    rf"(?i)\b(?:said|says|stated|declared|announced|noted|added|agreed)\s+in\s+(?:a|an|the|their)\s+"
    rf"(?P<a>{_TEXT})|"
    rf"\baccording\s+to\s+(?:a|the|their)\s+(?P<b>{_TEXT})|"
    rf"\b(?:the|a|their)\s+(?P<c>{_TEXT})\s+(?:said|says|stated|added|read|reads)\b|"
    # "In a joint statement after their talks, the two leaders called for …", "…, in a joint
    # statement issued on Monday, urged …": the statement the sentence's words come from
    rf"(?:^|(?<=[,;:]\s))\s*(?i:in)\s+(?:a|the|their)\s+(?P<d>{_TEXT})\s*,|"
    rf"\bin\s+(?:a|their)\s+(?P<e>{_TEXT})\s+(?:after|following|issued|released|at\s+the\s+end)\b"
)


def cited_span(masked: str) -> tuple[int, int] | None:
    """Where the sentence names a joint statement it cites ("the final communiqué said"), if
    it cites one."""
    found = _CITED.search(masked)
    if found is None:
        return None
    return found.start(found.lastgroup or 0), found.end(found.lastgroup or 0)


def with_cited_statement(masked: str, told: list[Mention]) -> list[Mention]:
    """The mentions with the agreement a cited joint statement is (see the module docstring)."""
    found = _CITED.search(masked)
    if found is None or not told:
        return told
    begin = found.start(found.lastgroup or 0)
    if any(m.event_type == "agreement" and abs(m.trigger.begin - begin) < 30 for m in told):
        return told  # "adopted a joint statement": told by its own verb already
    hosts = [
        m
        for m in told
        if m.status == "occurred" and m.event_type in ("meeting", "conference", "agreement")
    ]
    if not hosts:
        return told  # "A new summit is planned next year, the final communiqué said": no talks
    end = found.end(found.lastgroup or 0)
    return [*told, statement_like(hosts[-1], begin, end, definite=True, cue="")]


def statement_like(
    model: Mention, begin: int, end: int, *, definite: bool, bare: bool = False, **fields: Any
) -> Mention:
    """The joint statement the words at ``begin``-``end`` cite, as an agreement that occurred,
    modelled on ``model`` (the talks it concludes, or the sentence's first event): ``fields``
    set its own cue, date or place; ``bare`` also clears the event word's topic and series
    marks."""
    marks = {"topic": False, "series": False} if bare else {}
    trigger = replace(
        model.trigger,
        event_type="agreement",
        begin=begin,
        end=end,
        kind="noun",
        definite=definite,
        repeat=False,
        **marks,
    )
    return replace(
        model,
        trigger=trigger,
        event_type="agreement",
        status="occurred",
        multilateral=False,
        series=False,
        again=0,
        relative=None,
        also=False,
        quotes=[],
        **fields,
    )


def is_cited(quote: str, begin: int) -> bool:
    """Whether the event word at ``begin`` is a joint statement cited as a source."""
    window = _CITED.finditer(quote, max(0, begin - 40), min(len(quote), begin + 120))
    return any(found.start(found.lastgroup or 0) == begin for found in window)
