"""A body of many states told with a relative clause of its meeting: its own session.

"ahead of the Organization of American States General Assembly, which will convene in
Washington in June", "the Pacific Islands Forum, which will gather in Honiara in September",
"the Council of the League, which met in Cairo on Sunday": the verb of the relative clause is
the body's own gathering, a conference, whoever else the sentence names (the two ministers who
coordinate ahead of it are not its sides). A body of two countries ("the Joint Commission,
which will meet in Rabat") stays a meeting, by the rules of :mod:`mapapp.extract.parties`.

Only the name right before the relative pronoun is read, within a bounded window before the
event word.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger

_NAME_WORD = r"(?-i:[A-Z][\w.'’-]*)"
# "the Organization of American States General Assembly", "the Pacific Islands Forum"
_BODY = (
    rf"{_NAME_WORD}(?:\s+(?:of|for|on|and|the|{_NAME_WORD})){{0,9}}?\s+"
    r"(?-i:Assembly|Council|Forum|Summit|Conference|Authority|Union|League|Community|"
    r"Organi[sz]ation|Group|Session|Meeting|Ministerial|Dialogue)"
    # "the Council of Ministers", "the Conference of the Parties"
    rf"(?:\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:and|of|the|{_NAME_WORD})){{0,5}}?)?"
)
_MODALS = (
    r"(?:(?:will|would|is|are|was|were|has|have|had|due|set|expected|scheduled|to|also|next|"
    r"last|again|then|first|shall)\s+){0,4}"
)
_BODY_WHICH = re.compile(rf"\b{_BODY}\s*,\s*(?:which|that)\s+{_MODALS}$")
# a body of two countries: "the Joint Commission", "the Bilateral Dialogue"
_TWO_SIDED = re.compile(r"(?i)\b(?:joint|bilateral|binational|bi-national|inter-governmental)\b")
_LOOK = 160  # characters before the event word where the body's name is read


def body_convenes(masked: str, trigger: Trigger) -> bool:
    """Whether ``trigger`` is the verb of a relative clause on a body of many states ("the
    General Assembly, which will convene in Washington")."""
    before = masked[max(0, trigger.begin - _LOOK) : trigger.begin]
    m = _BODY_WHICH.search(before)
    return m is not None and _TWO_SIDED.search(m.group(0)) is None
