"""Events told by their rank in a series, with no event noun: "The first was held in Ashgabat in
2002", "The next one will take place in Manta next year", "the previous one took place in Lomé".

The rank word is the event word; it is another event of the series the article tells (a
meeting or a conference, as the series is), never an event when no gathering was told before.
"""

from __future__ import annotations

import re

_RANK = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|previous|next|"
    r"latest|following|preceding"
)
_HELD = (
    r"(?:was|were|is|are|will\s+be|would\s+be|(?:is|are|was|were)\s+(?:(?:due|set|scheduled|"
    r"expected|planned)\s+)?to\s+be)\s+(?:held|hosted|convened|staged)\b"
)
_TOOK_PLACE = (
    r"(?:took|takes|will\s+take|would\s+take|(?:is|are|was|were)\s+(?:due|set|scheduled|"
    r"expected|planned)\s+to\s+take)\s+place\b"
)
# "The first was held", "the next one will take place": the rank word (and "one") is the event
RANKED = re.compile(rf"(?<=\b[Tt]he\s)(?:{_RANK})(?:\s+one)?(?=\s+(?:{_HELD}|{_TOOK_PLACE}))")


def is_ranked(text: str) -> bool:
    """Whether ``text`` (a trigger's words) is a rank standing for an event of a series."""
    return (
        RANKED.fullmatch(text) is not None
        or re.fullmatch(rf"(?:{_RANK})(?:\s+one)?", text) is not None
    )
