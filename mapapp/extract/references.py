"""An event named only as what another event prepares or concerns: "to prepare the visit".

"met in Dar es Salaam on 28 June to prepare the visit", "spoke by telephone on Saturday about
the talks", "paving the way for the talks", "On Monday, on the eve of the visit, …": the visit
or talks are the article's own event, told in a sentence of its own; here they are only what
the sentence's event is for or about, and the day and place around them belong to that event
(the preparatory meeting, the call). A reference with details of its own ("to prepare the
visit to Lima next week", "about the talks in Doha on Monday") is still read.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger

# the words before "the visit": what it is for, about or before
_REFERS = re.compile(
    r"(?i)\b(?:(?:to\s+)?prepar(?:e|es|ed|ing)|about|paving\s+the\s+way\s+for|"
    r"pave\s+the\s+way\s+for|on\s+the\s+eve\s+of)\s+"
    r"(?:the|this|that|their|his|her|its)\s+(?:(?:[\w-]+)\s+)?$"
)
# details of its own right after it: "the visit to Lima", "the talks in Doha on Monday"
_OWN_DETAILS = re.compile(
    r"(?i)\s+(?:to|in|at|on|of|between|with|by|next|this|last|later|from|scheduled|planned|"
    r"due|set|expected)\b"
)
_NAMED = re.compile(r"(?i)visits?|talks|meetings?|trip|negotiations")


def refers_back(masked: str, trigger: Trigger) -> bool:
    """Whether the noun ``trigger`` only names the event another event prepares or concerns
    (see the module docstring)."""
    if trigger.kind != "noun" or not trigger.definite:
        return False
    if not _NAMED.fullmatch(masked[trigger.begin : trigger.end].strip()):
        return False
    if not _REFERS.search(masked, max(0, trigger.begin - 60), trigger.begin):
        return False
    return _OWN_DETAILS.match(masked, trigger.end) is None
