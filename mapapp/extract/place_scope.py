"""Which of a sentence's places an event word may take: the bounds of what is told aside.

A place told in a clause set aside belongs to that clause, not to the event word before it:
a relative clause ("the ministers, who met on Wednesday, will meet in Cairo"), a participle
clause ("has arrived, having stopped in Mauritius"), what a text covers ("signed three
memoranda, covering a solar project in Trincomalee"), an earlier event it is compared with
("the first since the leaders gathered in Honiara"), where people live ("no right to remain in
the UK"), and a clause of its own ("… and noted that the two sides will convene … in Hanoi").
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger

# "people with no right to remain in the UK", "nationals living in Lebanon", "students
# stranded in Sudan": where people are, not where the event is
LIVES_IN = re.compile(
    r"(?i)\b(?:(?:right|permission|leave|licen[cs]e|visas?|allowed|free)\s+to\s+(?:remain|live|"
    r"stay|reside|settle|work|study)|living|residing|working|studying|stranded|detained|"
    r"imprisoned|jailed|born|settled|trapped)\s+$"
)

# ", who met on Wednesday to prepare the summit, will hold …": a relative clause told aside
_ASIDE_OPEN = re.compile(r",\s+(?:who|which|whose)\s+[^,;]{0,80}$")
# "has arrived, having stopped in Mauritius": a participle clause tells an earlier stop
_ASIDE_AFTER = re.compile(
    r"[^,;]{0,80}?(?:,\s+(?:(?:after\s+)?having\s+\w+|(?:covering|including|concerning|"
    r"regarding|involving)\s|(?:the|its|his|her|their)\s+(?:\w+\s+)?(?:first|second|third|"
    r"last|largest|biggest|highest[\w-]*|such)\s)|\s(?=since\s)|\s(?=and\s+[a-z]+ing\s))"
)


def aside_end(masked: str, trigger: Trigger) -> int:
    """Where the places of the trigger's clause end, before the commas of a clause told
    aside: the close of a relative clause the trigger sits in ("the ministers, who met on
    Wednesday, will meet in Cairo" — Cairo is not where they met), or the opening of a
    participle clause after it ("has arrived, having stopped in Mauritius"), or of what a text
    covers ("signed three memoranda, covering a solar project in Trincomalee"), or of an
    earlier event it is compared with ("a meeting, the first since they gathered in Honiara"),
    or of a second participle ("initialling a draft and agreeing to meet again in Tunis")."""
    lo = max(0, trigger.begin - 90)
    if _ASIDE_OPEN.search(masked, lo, trigger.begin):
        close = masked.find(",", trigger.end)
        return close if close >= 0 else len(masked)
    m = _ASIDE_AFTER.match(masked, trigger.end)
    if m and m.group(0).endswith("first ") and _IN_PLACE.match(masked, m.end()):
        return len(masked)  # "an annual meeting, the first in Jakarta next April": its place
    if m and _CLOSED_APPOSITION.match(masked, m.end()):
        return len(masked)  # "The talks, the first in three years, were held in Caracas"
    return m.end() if m else len(masked)


_IN_PLACE = re.compile(r"in\s+[A-Z]")
# an apposition closed by a comma before the event's own verb, naming no place of its own
_CLOSED_APPOSITION = re.compile(
    r"[^,;A-Z]{0,60},\s+(?=(?:was|were|is|are|will|had|has|took|takes|opened|ended|began|"
    r"lasted|got)\b)"
)


NEW_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:\w+\s+){0,2}?that\s")
