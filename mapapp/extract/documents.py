"""Several documents signed in one sentence: one agreement each.

"signed a treaty on strategic partnership and an agreement on the border", "witnessed the
signing of a memorandum on rail and of an agreement on fisheries", "a protocol on schools and a
memorandum on health were signed", "will sign a memorandum …, and an agreement on visas", "was
signed, together with a memorandum on …": each
document named after "and" (or after a comma in a list, "as well as", "along with") is an
agreement of its own, at the time and place of the first, and so is the first of a list told
before its verb ("A customs agreement, a memorandum on tourism and a protocol on fisheries were
signed"), and so is a number of one kind after the first ("an agreement on mining, and two
memoranda on health and on schools": two agreements). A count followed by its documents after a
colon ("signed two documents: an agreement on air services and a memorandum on training") is one
agreement each. A number of one kind ("exchanged four memoranda", "signed agreements on trade and
on health") stays one agreement, and a document told with a verb of its own ("and the treaty was
ratified", "and a draft deal to be signed in December") is read on its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.discourse import Mention

_DOC = (  # ("an Agreement on the Mutual Exemption of Visas": any case)
    r"(?i:agreement|accord|memorandum|memorandum\s+of\s+understanding|MoU|MOU|protocol|treaty|"
    r"convention|declaration|deal|pact|road\s?map|programme|program|action\s+plan|"
    r"(?:letter|statement|declaration)\s+of\s+intent|charter|arrangement|framework|"
    r"joint\s+statement|communiqu[eé]|contract|plan\s+of\s+action|work\s+plan|minutes|document|"
    r"exchange\s+of\s+(?:notes|letters))"
)
# "…, and two memoranda of understanding on A and on B": a number of one kind, one more document
_COUNTED = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?i:agreements|accords|memoranda|memorandums|MoUs|protocols|treaties|conventions|"
    r"programmes|programs|contracts|declarations|arrangements)"
)
# "…, and an agreement on …", "and of a protocol", ", a treaty …, and": one more document
_MORE = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+|,?\s+(?:together\s+with|as\s+well\s+as|along\s+with)\s+)"
    r"(?:also\s+)?(?:of\s+)?(?:(?:a|an|the|another)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_DOC}|{_COUNTED})\b"
    r"(?!\s+(?:was|were|is|are|will|has|had|would|to\s+be)\b)"
)
# ", the so-called Brussels Agreement,", ", the Treaty of Lisbon": the name of the one before
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:so-called\s+|[\w'’-]+\s+){0,3}?(?-i:[A-Z])\w*$")
_DOC_WORD = re.compile(rf"\b{_DOC}\b")
_REACH = 220  # characters around the signing word within which its documents are listed
_SENTENCE_END = re.compile(r"[;]|\.\s")


# "signed four agreements, among them …", "signed intergovernmental agreements on …": a number
# of documents told as one signing
_MANY = re.compile(
    r"(?i)\b(?:agreements|memoranda|memorandums|documents|deals|accords|protocols|treaties|"
    r"instruments|MoUs)\b"
)


# "signed three documents: an agreement on trade, a memorandum on …", "signed two documents in
# Dakar on Monday: a treaty …": the count is followed by its documents one by one
_COLON_LIST = re.compile(
    r"[^:;.]{0,60}:\s+(?:an?|the)\s|"
    # "signed two agreements, one on double taxation and another on agriculture"
    r"[^:;.]{0,60}?,\s+one\s+(?:on|for|concerning|covering|to)\b"
)
# "…, one on double taxation and another on agriculture": the second of a count told one by one
_ONE = re.compile(r",\s+one\s+(?:on|for|concerning|covering|to)\b")
_ANOTHER = re.compile(r",?\s+and\s+another\s+(?=(?:on|for|concerning|covering|to)\b)")
# the start of a clause before the first document of a list told before its verb
_CLAUSE_START = re.compile(r"[;:.]\s|,\s+(?:and|but|while|after|before|when)\s|^")


def _first_of_list(masked: str, m: Mention, more: list[tuple[int, int]]) -> int | None:
    """Where the first document of a list told before its signing is named ("A treaty on X
    and a protocol on Y were signed": the signing's trigger starts with the last document)."""
    if not more or not _DOC_WORD.match(masked, m.trigger.begin):
        return None
    head = min(at for at, _ in more)
    if head >= m.trigger.begin:
        return None
    starts = [c.end() for c in _CLAUSE_START.finditer(masked, max(0, head - 160), head)]
    begin = starts[-1] if starts else max(0, head - 160)
    docs = list(_DOC_WORD.finditer(masked, begin, head))
    return docs[0].start() - 1 if docs else None


def _more_documents(masked: str, m: Mention) -> list[tuple[int, int]]:
    """Where each further document of the signing ``m`` is named (start and end)."""
    lo = max(0, m.trigger.begin - _REACH)
    hi = min(len(masked), m.trigger.end + _REACH)
    stop = _SENTENCE_END.search(masked, m.trigger.end, hi)
    hi = stop.start() if stop else hi
    found = [
        (d.start(), d.end())
        for d in _MORE.finditer(masked, lo, hi)
        if not _APPOSITION.match(d.group(0))
    ]
    # "signed in Lima, on 3 May, a memorandum": the first document after a bare verb is its own
    more = [
        (at, end)
        for at, end in found
        if at < m.trigger.begin or _DOC_WORD.search(masked, m.trigger.begin, at)
    ]
    more += [
        (d.start(), d.end())
        for d in _ANOTHER.finditer(masked, m.trigger.end, hi)
        if _ONE.search(masked, m.trigger.end, d.start())
    ]
    first = _first_of_list(masked, m, found)
    if first is not None:
        more.insert(0, (first, first + 1))
    many = more and _MANY.search(masked, m.trigger.begin, min(m.trigger.end + 40, more[0][0]))
    if many and not _COLON_LIST.match(masked, many.end()):
        return []
    return more


def with_documents(masked: str, mentions: list[Mention]) -> list[Mention]:
    """Each further document signed with the first is an agreement of its own."""
    out: list[Mention] = []
    taken = {x.trigger.begin for x in mentions}
    for m in mentions:
        out.append(m)
        copy = m.trigger.end - m.trigger.begin <= 1
        if m.event_type != "agreement" or copy or m.trigger.definite:
            continue
        for at, end in _more_documents(masked, m):
            others = [  # (an event noun inside the first document's name is its topic)
                x
                for x in mentions
                if x is not m and x.event_type != "agreement" and x.trigger.kind != "noun"
            ]
            if any(
                min(at, m.trigger.begin) < x.trigger.begin < max(at, m.trigger.end) for x in others
            ):
                continue  # another event told in between: the document is of that one
            if any(at <= t < max(end, at + 2) for t in taken):
                continue  # the document is an event word of its own already
            trigger = replace(m.trigger, begin=at + 1, end=at + 2, repeat=True)
            taken.add(at + 1)
            out.append(replace(m, trigger=trigger, quotes=[]))
    return out
