"""Talks "between" two groups of people: two sides, a meeting, however many states each holds.

"Iceland will host talks in Reykjavik between Western diplomats and a rebel delegation", "a meeting
between government negotiators and the rebel leadership", "talks between opposition leaders
and the ruling party's officials": two groups joined by one "and", each told by its people,
are the two sides of the talks (a host or mediator is no side of its own), even when one of
them is a region's or a bloc's people ("Western envoys", "EU diplomats") who would otherwise
read as many parties. Three groups ("between Western envoys, Pakistani officials and a rebel
delegation", "between X and Y and Z") are not read here. Countries named one by one are read by
the rules of :mod:`mapapp.extract.parties`.
"""

from __future__ import annotations

_PEOPLE = (
    r"(?:envoys?|delegations?|delegates|negotiators|officials|representatives|leaders|"
    r"leadership|ministers|diplomats|government|authorities|rebels|opposition|movement|"
    r"teams?|sides?|emissaries|mediators|parties|party)"
)
# up to three words before the people, none of them a list's comma or a third "and"
_GROUP = rf"(?:(?:the|a|an|its|their)\s+)?(?:(?!and\b)[\w'’-]+\s+){{0,3}}?{_PEOPLE}"
# the second group ends the list: no "of" or "from" naming more, no third group after it
BETWEEN_GROUPS = (
    rf"(?i:\bbetween\s+{_GROUP}\s+and\s+{_GROUP}\b(?!['’]|\s+(?:and|of|from)\b|\s*,\s*(?:and\b|"
    rf"(?:[\w'’-]+\s+){{0,3}}{_PEOPLE}\b)))"
)
"""Talks between two groups of people (a regular expression, joined to the rules of
:mod:`mapapp.extract.parties` that tell two sides)."""
