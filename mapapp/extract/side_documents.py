"""Documents told beside another event of their sentence, among the sentence's events.

"signed a memorandum on rail and exchanged notes on a grant" tells two agreements, each by a
verb of its own (:func:`second_document`); "The next summit will be held in Kigali, the final
communiqué said" cites the joint statement of the article's talks, an agreement dated and
placed by them (:func:`with_statement_cited_alone`, :func:`follow_cited`). The wordings of such
documents are in :mod:`mapapp.extract.document_wordings`.
"""

from __future__ import annotations

import re

from mapapp.extract.cited_statements import cited_span, statement_like
from mapapp.extract.date_spans import UNKNOWN
from mapapp.extract.discourse import Mention, main_event

# "signed the memorandum … and exchanged notes on …", "…, and the two sides adopted a plan": a
# verb of its own, after "and" or a comma, between the first document and the next
_OWN_VERB = re.compile(r"(?:,|\band\b)[^,;]{0,60}$")


def second_document(one: Mention, m: Mention) -> bool:
    """Whether the repeated agreement ``m`` is another document than ``one``, signed by a verb
    of its own after it ("signed a memorandum on rail and exchanged notes on a grant"); a text
    told again ("signed the accord, the first such agreement") is the same."""
    if one.event_type != "agreement" or m.event_type != "agreement":
        return False
    if m.trigger.definite or m.trigger.kind == "noun" or m.trigger.begin < one.trigger.end:
        return False
    if one.trigger.kind == "dated":
        return False  # "agreed on Saturday to build a bridge, and signed agreements": one
    if _DECIDED.match(m.quote, m.trigger.begin):
        return False  # "signed an accord in 2020, they agreed to …": what the text says
    return _OWN_VERB.search(m.quote, one.trigger.end, m.trigger.begin) is not None


# "agreed to", "agree on": a decision told of the document or the talks, not a text of its own
_DECIDED = re.compile(r"(?i)agree")


# the status cue of a statement cited with no talks in its sentence, until it is dated
CITED_ALONE = "a joint statement cited as the source"


def with_statement_cited_alone(masked: str, told: list[Mention]) -> list[Mention]:
    """A joint statement cited as the source of a sentence that tells no talks ("The next
    summit will be held in Kigali, the communiqué said", "According to the joint communique, the
    delegations will meet again") is the statement of the article's talks: an agreement with no
    date or place of its own, given those of the main event (:func:`follow_cited`) or merged
    with the statement already told."""
    where = cited_span(masked)
    if where is None or not told:
        return told
    begin, end = where
    if any(m.event_type == "agreement" and abs(m.trigger.begin - begin) < 30 for m in told):
        return told  # the statement's own event word, or the talks' (with_cited_statement)
    statement = statement_like(
        told[0],
        begin,
        end,
        definite=False,
        bare=True,
        cue=CITED_ALONE,
        span=UNKNOWN,
        date_near=False,
        venue=None,
        here=False,
    )
    return [*told, statement]


# "signed a joint declaration", "issued a final communiqué": a joint text told before
_JOINT_TEXT = re.compile(
    r"(?i)\b(?:joint|final)\s+(?:press\s+)?(?:statement|declaration|communiqu[eé])"
)


def _told_before(events: list[Mention], cited: Mention) -> bool:
    """Whether a joint statement, declaration or communiqué was told as signed or issued
    before the cited one: the same text."""
    for e in events:
        if e is cited or e.event_type != "agreement" or e.index >= cited.index:
            continue
        words = e.quote[max(0, e.trigger.begin - 20) : e.trigger.end + 60]
        if _JOINT_TEXT.search(words):
            return True
    return False


def follow_cited(events: list[Mention]) -> None:
    """A cited joint statement with no talks in its sentence (see
    :func:`with_statement_cited_alone`) is the statement of the article's main event, the talks
    it concludes, when that event took place in person: it takes their date and place. One
    told as signed or issued before is the same text, and with no such talks the citation only
    quotes one: neither adds an event (the list is changed in place)."""
    main = main_event(events)
    talks = (
        main is not None
        and main.status == "occurred"
        and main.span.start is not None
        and not main.online
        and main.event_type in ("meeting", "conference", "visit")
    )
    out = []
    for e in events:
        if e.cue != CITED_ALONE:
            out.append(e)
            continue
        if main is None or not talks or _told_before(events, e):
            continue
        e.span, e.date_near = main.span, False
        e.date_note = f"Date of the talks the statement concludes, reported in: {main.best[1]}"
        e.venue, e.venues = main.venue, main.venues
        if main.venue is not None:
            e.place_note = f"Place of the talks the statement concludes: {main.best[1]}"
        out.append(e)
    events[:] = out
