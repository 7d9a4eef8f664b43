"""Finalising a text is drafting, not an agreement: "met on Monday to finalise the texts".

Officials who "finalise the texts", "finalised the documents" or "finalise the text of the
declaration" prepare what others will sign; and "to finalise" as the purpose of a meeting or a
trip ("will meet in Caracas next month to finalise a gas supply agreement", "will arrive on
Sunday to finalise the documents with his counterpart") tells what the talks are for. Neither
is a signed document. A plan to finalise a deal ("are expected to finalise the deal on Friday")
and a deal finalised ("finalised a free trade agreement in Lima") are still read as agreements.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger

_FINALISE = re.compile(r"(?i)(?:to\s+)?finali[sz](?:e|es|ed|ing)\b")
# "the texts", "the draft documents", "the text of the declaration", "the details"
_DRAFT_OBJECT = re.compile(
    r"(?i)\s+(?:the\s+|their\s+|its\s+|all\s+)?(?:final\s+|draft\s+|remaining\s+|legal\s+)?"
    r"(?:texts?|documents|drafts?|details|wording)\b"
)
# a verb that makes "to finalise" its own plan, not a meeting's purpose: "are expected to",
# "plan to", "agreed to", "hope to" (and "will" / "would" before a bare "finalise")
_PLANNED = re.compile(
    r"(?i)\b(?:expected|due|set|plans?|planned|planning|hopes?|hoped|hoping|aims?|aimed|"
    r"intends?|intended|agreed|agrees?|wants?|wanted|going|likely|ready|able|scheduled|poised|"
    r"seeks?|sought|seeking|tried|tries|trying|will|would|shall|must|should|can|could|may|"
    r"might|decided|pledged|promised|vowed|undertook|hopeful)\s+(?:\w+\s+)?(?:to\s+)?$"
)


def drafting(masked: str, trigger: Trigger) -> bool:
    """Whether the agreement ``trigger`` only finalises a text or is the purpose of a meeting or
    a trip told before it (see the module docstring)."""
    m = _FINALISE.match(masked, trigger.begin)
    if m is None:
        return False
    if _DRAFT_OBJECT.match(masked, m.end()):
        return True
    before = masked[max(0, trigger.begin - 60) : trigger.begin]
    if not m.group(0).lower().startswith("to") and not re.search(r"(?i)\bto\s+$", before):
        return False  # "finalised a free trade agreement in Lima": a deal made
    return _PLANNED.search(before) is None
