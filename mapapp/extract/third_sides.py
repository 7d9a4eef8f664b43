"""Sides named apart from the third parties of a sentence ("…, under co-chairs from …").

"Delegations from Georgia, Russia, the United States and the two breakaway regions, under
co-chairs from the EU, the UN and the OSCE, met in Geneva": the co-chairs are no sides, but the
list before them names three countries, each on its own side, so the talks are a conference.
"Diplomats from Cuba, Norway and Venezuela acting as guarantors" names the third parties
themselves, and "delegations from Peru and Chile, with mediators from Brazil, Spain and
Mexico" has two sides; both stay as they are.
"""

from __future__ import annotations

import re

from mapapp import gazetteer

# "Delegations from A, B, C and D, under co-chairs from …": a list of sides, then the thirds
_SIDES_THEN_THIRDS = re.compile(
    r"(?i:\b(?:delegations|delegates|envoys|representatives|officials|negotiators|ministers|"
    r"diplomats|teams)\s+(?:from|of)\s+)"
    r"(?P<list>[^,;:()]{2,60}(?:,\s*[^,;:()]{2,60}){1,8}?)"
    r"\s*,\s+(?i:under|with|alongside|and)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:co-?chairs?|mediators?|guarantors?|observers?|facilitators?)\b"
)
_ITEM = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def sides_beside_thirds(masked: str) -> bool:
    """Whether three or more countries are named as sides before the sentence's co-chairs,
    mediators or guarantors ("Delegations from A, B and C, under co-chairs from …")."""
    m = _SIDES_THEN_THIRDS.search(masked)
    if m is None:
        return False
    codes = set()
    for item in _ITEM.split(m.group("list")):
        code = gazetteer.country_code_for(re.sub(r"^(?i:the)\s+", "", item.strip()), demonyms=False)
        if code is not None:
            codes.add(code)
    return len(codes) >= 3
