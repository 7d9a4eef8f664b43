"""Leaders of two or more countries met together by someone of another side: a conference.

"Due in Kampala for a meeting with the presidents of Uganda and Rwanda" and "the leaders of the
DRC, Rwanda and Uganda will meet him in Luanda" tell three or more sides: the guests' countries,
each on its own, and the one who meets them. "The presidents of Peru and Bolivia met" (the two
countries as the subject) stays two sides, and so do guests met one by one ("separate talks
with the presidents of Ghana and Kenya", "bilateral talks with …") or online (a call).

Only a bounded window after the event word (or before it, for "… will meet him") is read.
"""

from __future__ import annotations

import re

from mapapp import gazetteer

_PEOPLE = (
    r"(?:presidents|leaders|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|"
    r"(?:foreign\s+|defen[cs]e\s+)?ministers|counterparts|envoys)"
)
_COUNTRY = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
# "the presidents of Uganda and Rwanda", "the leaders of the DRC, Rwanda and Uganda"
_OF_COUNTRIES = (
    rf"(?i:{_PEOPLE}\s+of\s+)(?P<list>{_COUNTRY}(?:\s*,\s*{_COUNTRY})*,?\s+and\s+{_COUNTRY})"
)
# "a meeting with the presidents of …", "talks with the leaders of …"
_WITH = re.compile(rf"\s+(?i:(?:jointly\s+)?with\s+(?:the\s+)?){_OF_COUNTRIES}(?!\s*,|\s+and\b)")
# "the leaders of A, B and C will meet him": the one met is a side of their own
_MEET_ONE = re.compile(
    rf"\b(?i:the\s+){_OF_COUNTRIES}\s+(?i:(?:will|would|are\s+(?:due|expected|set)\s+to|"
    r"plan\s+to|to)\s+)?$"
)
_OBJECT = re.compile(r"(?i)\s+(?:him|her)\b")
# one by one, or online: no gathering of the three
_APART = re.compile(
    r"(?i)\b(?:separate(?:ly)?|bilateral|one[-\s]on[-\s]one|individual(?:ly)?|each|"
    r"video|virtual|telephone|phone)\b"
)
_MEET_WORDS = ("meet", "meets", "met")


def _countries(names: str) -> int:
    """How many distinct countries a list names (0 when one of its items is no country)."""
    codes = []
    for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names):
        code = gazetteer.country_code_for(re.sub(r"^the\s+", "", item.strip()), demonyms=False)
        if code is None:
            return 0
        codes.append(code)
    return len(set(codes))


def guests_of_many(masked: str, begin: int, end: int) -> bool:
    """Whether the event word at ``begin:end`` is met with the people of two or more countries
    by a side of its own ("a meeting with the presidents of Uganda and Rwanda", "the leaders
    of Rwanda and Uganda will meet him")."""
    window = masked[max(0, begin - 40) : min(len(masked), end + 160)]
    if _APART.search(window):
        return False
    m = _WITH.match(masked, end, min(len(masked), end + 160))
    if m is not None and _countries(m.group("list")) >= 2:
        return True
    if masked[begin:end].lower() not in _MEET_WORDS or not _OBJECT.match(masked, end):
        return False
    m = _MEET_ONE.search(masked, max(0, begin - 160), begin)
    return m is not None and _countries(m.group("list")) >= 2
