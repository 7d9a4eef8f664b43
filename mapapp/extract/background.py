"""Background and linking cues of one sentence: habits ("for years", "regularly", "has met every
year since 2021") that are no event without a bounded date, "since" before a date (an open span),
and words that tie a sentence to an event already reported ("on the sidelines", "during the
talks", "in the presence of").
"""

from __future__ import annotations

import re

from mapapp.extract.negation_scope import without_asides
from mapapp.extract.text_dates import DateSpan
from mapapp.extract.triggers import Clauses, Trigger

_LOOK = 120

_HABITUAL = re.compile(
    r"(?i)\b(?:for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades|months)|"
    r"(?:has|have|had)\s+long\b|long\s+been|regularly|routinely|frequently|periodically|"
    r"often|usually|every\s+(?:\w+\s+)?(?:day|week|month|year|days|weeks|months|years)|"
    r"monthly|weekly|annually|each\s+(?:year|month|week)|"
    r"(?:several|many|a\s+few|\w+)\s+times\s+a\s+(?:year|month|week)|(?:once|twice)\s+a\s+"
    r"(?:year|month|week)|"
    r"regular\s+(?:\w+\s+)?(?:talks|meetings|consultations|contacts|visits|calls))\b"
)
_PERFECT_SINCE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+){0,3}?since\b|\bsince\b")
_PERFECT = re.compile(
    r"(?i)\b(?:has|have)\s+(?:\w+\s+){0,2}(?:\w+(?:ed|en|t)|held|met|made|had|sent)\b"
)
_SINCE_WORD = re.compile(r"(?i)\bsince\b")
_FIRST_BEFORE = re.compile(r"(?i)\b(?:first|last)\b[^,;:.]{0,60}$")
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")

_LINKED = re.compile(
    r"(?i)\b(?:on\s+the\s+(?:sidelines|margins)|further\s+(?:sessions?|talks|meetings?|rounds?)|"
    r"(?:before|after|during|ahead\s+of|at\s+the\s+(?:end|start|opening|close)\s+of)\s+"
    r"(?:the|their|his|her)\s+"
    r"(?:\w+\s+){0,2}(?:session|talks|meeting|conference|summit|visit|gathering|negotiations|"
    r"ceremony|signing)|for\s+the\s+(?:\w+\s+)?(?:signing|ceremony|summit|session))\b"
)
_SAME_TIME = re.compile(
    r"(?i)\b(?:on\s+the\s+(?:sidelines|margins)|during\s+the|at\s+the\s+(?:end|start|opening|close)\s+of|"
    r"(?:just\s+)?(?:before|after)\s+(?:the|their)\s+(?:\w+\s+)?(?:ceremony|signing|session)|"
    # "Ahead of the trilateral session, …", "Before the summit opened, …": that day
    r"^(?:just\s+)?(?:before|ahead\s+of)\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:summit|meeting|"
    r"session|conference|talks|opening)|"
    r"after\s+(?:the|their)\s+(?:\w+\s+)?talks|"
    r"for\s+the\s+(?:\w+\s+)?(?:signing|ceremony|summit|session))\b"
)
# "In the Secretary's presence, officials signed …", "Both ministers witnessed the signing of …":
# a signing told as part of the meeting just reported, at its place and time.
_WITNESSED = re.compile(
    r"(?i)\bin\s+(?:the\s+)?(?:[\w.-]+['’]s?\s+|their\s+|his\s+|her\s+)?presence\b|"
    r"\bin\s+the\s+presence\s+of\b|\bwitness(?:ed|es|ing)?\s+(?:the\s+|a\s+)?signing\b|"
    r"\bwitnessed\s+by\b"
)


def is_background(masked: str, trigger: Trigger, clauses: Clauses, span: DateSpan) -> bool:
    """True for habitual or background statements without a bounded date of their own."""
    lo = max(clauses.start(trigger.begin), trigger.begin - _LOOK)
    hi = min(clauses.end(trigger.end), trigger.end + _LOOK)
    # "…, which meets every year": its noun's habit, unless the event's own date is read there
    own = masked if span.kind.startswith("since") else without_asides(masked, lo, hi, trigger)
    habitual = _HABITUAL.search(own, lo, hi)
    since = _PERFECT.search(own, lo, hi) and _open_since(own, lo, hi)
    if not habitual and not since:
        return False
    return span.start is None or span.kind.startswith("since") or span.kind == "past"


def _open_since(masked: str, lo: int, hi: int) -> bool:
    """ "has met every year since 2021" (a habit), not "their first meeting since 2021"."""
    return any(
        not _FIRST_BEFORE.search(masked, max(0, m.start() - 60), m.start())
        for m in _SINCE_WORD.finditer(masked, lo, hi)
    )


_SINCE_WHEN = re.compile(r"[^,;.]{1,30}?,?\s+when\b")


def since_date(masked: str, begin: int, event: int = -1) -> bool:
    """Whether the date expression at ``begin`` follows "since" (an open span, not a date), but
    not for an event told at ``event`` in its "when" clause ("since 2015, when X visited …")."""
    when = event > begin and _SINCE_WHEN.match(masked, begin, event) is not None
    return _SINCE_BEFORE.search(masked[max(0, begin - 20) : begin]) is not None and not when


def linked_cues(masked: str) -> tuple[bool, bool]:
    """(linked to an event already reported, at the same time as it)."""
    witnessed = _WITNESSED.search(masked) is not None
    linked = witnessed or _LINKED.search(masked) is not None
    return linked, witnessed or _SAME_TIME.search(masked) is not None
