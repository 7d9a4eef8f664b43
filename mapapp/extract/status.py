"""Whether an event stated by a trigger took place: occurred, announced, cancelled, declined.

Works on the quote-masked sentence and reads only the trigger's clause, a bounded number of
characters on either side (:data:`mapapp.extract.triggers.LOOK`).
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import LOOK, Clauses, Trigger, window

_DECLINED = re.compile(
    r"(?i)\b(?:opted|chose|decided|elected)\s+not\s+to\b|"
    r"\b(?:declined|refused)\s+to\b|\bturned\s+down\b|\bboycott\w*\b|\bskipped\b|\bsnubbed\b|"
    r"\bpulled\s+out\s+of\b|\bwithdrew\s+from\b"
)
_CANCELLED_AFTER = re.compile(
    r"(?i).{0,40}?\b(?:did\s+not|didn't|never)\s+(?:happen|take\s+place|"
    r"materiali[sz]e)|.{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:cancell?ed|called\s+off|postponed|scrapped)"
)
_CANCELLED_BEFORE = re.compile(r"(?i)\b(?:cancell?ed|called\s+off|postponed|scrapped)\b")
_NEGATED = re.compile(
    r"(?i)\b(?:no|not|never|without|unable|able|capabilit(?:y|ies)|ability|"
    r"failed)\b|n't\b"
)
_ANNOUNCED = re.compile(
    r"(?i)\b(?:will|would|shall|plans?|planned|planning|intends?|intended|"
    r"expected|set\s+to|set\s+for|due\s+to|scheduled|upcoming|interest|wants?|hopes?|"
    r"is\s+to|are\s+to|proposed|invited|invitation|preparations?\s+for|"
    r"look(?:s|ed|ing)?\s+forward\s+to|agree[sd]?\s+to)\b|'ll\b"
)
# "a meeting to be held in New York", "talks that Turkey plans to host", "The talks, set for May 3"
_ANNOUNCED_AFTER = re.compile(
    r"(?i)[^.;]{0,45}?\b(?:to\s+be\s+held|to\s+take\s+place|plans?\s+to\s+host|"
    r"(?:would|will)\s+(?:take\s+place|be\s+held|open|begin|start|bring|resume)|"
    r"(?:is|are)\s+(?:due|set|scheduled|planned|expected)\b|"
    r"(?:set|scheduled|planned)\s+for\b)"
)
# "agreed to hold the next trilateral foreign ministers' meeting": ahead, however far back
_TO_HOLD = re.compile(r"\b(?:agree[sd]?|decided|resolved|pledged)\s+to\s+(?:hold|host|convene)\b")


def find_status(
    masked: str, trigger: Trigger, clauses: Clauses | None = None
) -> tuple[str | None, str]:
    """``(status, cue)``; status None when the sentence says the event did not take place."""
    clauses = clauses or Clauses(masked)
    before = window(masked, trigger, clauses)
    end = min(clauses.end(trigger.end), trigger.end + LOOK)
    if m := _DECLINED.search(before):
        return "declined", m.group(0)
    if (m := _CANCELLED_AFTER.match(masked, trigger.end, end)) or (
        m := _CANCELLED_BEFORE.search(before)
    ):
        return "cancelled", m.group(0).strip()
    if m := _NEGATED.search(before):
        return None, m.group(0)
    if (m := _ANNOUNCED.search(before)) or (
        m := _TO_HOLD.search(
            masked, max(clauses.start(trigger.begin), trigger.begin - LOOK), trigger.begin
        )
    ):
        return "announced", m.group(0)
    if trigger.kind == "infinitive":
        return "announced", masked[trigger.begin : trigger.end]
    if trigger.kind == "present" and not re.search(r"\bto\s*$", before):
        return None, "present tense (habitual)"
    if trigger.kind == "present":
        return "announced", "to " + masked[trigger.begin : trigger.end]
    if trigger.kind == "noun" and (m := _ANNOUNCED_AFTER.match(masked, trigger.end, end)):
        return "announced", m.group(0).strip(" ,")
    return "occurred", ""
