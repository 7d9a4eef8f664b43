"""A group told by a bare plural, with no country of its own, meets as many parties.

"Water ministers met in Abuja in July to prepare the draft declaration", "after ministers met in
Moroni earlier this month to prepare the summit", "In July, foreign ministers meeting in Jakarta
adopted guidelines", "Heads of state meeting in Entebbe pledged …", "Delegates will meet again
in Bonn": ministers of one country do not meet one another as such, so a bare plural subject of
a meeting verb is a gathering of several states (a conference). A determiner or a number makes
the group one told before or counted ("the ministers", "the two leaders", "their envoys"), and a
country or a nationality makes it a side ("Kenyan ministers met"): those are read by the rules
of :mod:`mapapp.extract.parties`.

The subject is read only right before the event word, so the work per event word is constant.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.triggers import Trigger

# the groups that meet as such (as in :mod:`mapapp.extract.parties`)
_GROUP = (
    r"(?:envoys|ministers|leaders|delegations|representatives|delegates|"
    r"heads\s+of\s+(?:state|government))"
)
# where a clause's subject starts: the sentence's start, a comma or a conjunction
_START = r"(?:^|[,;:]\s+|\b(?i:after|before|when|while|as|since|where|and|until|once|because)\s+)"
_BETWEEN = (
    r"(?:(?:last|first|also|had|have|then|will|would|later|again|are\s+(?:due|set|expected)\s+"
    r"to|are\s+to|were\s+to|to)\s+)*"
)
_BARE = re.compile(
    rf"{_START}(?P<mods>(?:[\w-]+\s+){{0,2}}?)(?i:{_GROUP})\s+{_BETWEEN}"
    r"(?P<verb>(?i:met|meet|meets|gathered|gather|convened|convene)\b|"
    # "foreign ministers meeting in Jakarta adopted": a participle ("the heads of government
    # meeting, scheduled for Apia" is the gathering's name)
    r"(?i:meeting)(?=\s+(?:in|at|on|near|outside|here|there|this|last)\b))"
)
# words that make the group one told before or counted, or name its holder
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "two",
        "both",
        "their",
        "his",
        "her",
        "its",
        "these",
        "those",
        "our",
        "your",
        "my",
        "whose",
        "all",
        "some",
        "many",
        "few",
        "senior",
        "junior",
        "such",
        "other",
    ]
)
_LOOK = 90  # characters before the event word where its subject is read


def _bare(mods: str) -> bool:
    words = mods.split()
    return all(
        w.casefold() not in _DETERMINERS
        and not w[0].isdigit()
        and not gazetteer.is_demonym(w)
        and not gazetteer.is_country_name(w)
        for w in words
    )


def bare_group(masked: str, trigger: Trigger) -> bool:
    """Whether the meeting's subject right before ``trigger`` is a bare plural group
    ("Water ministers met", "after ministers met", "foreign ministers meeting in"); at the
    sentence's head the group needs a word of its own ("Ministers met in Geneva" may be two
    countries' ministers, told more closely after)."""
    lo = max(0, trigger.begin - _LOOK)
    for m in _BARE.finditer(masked, lo, trigger.end + 12):  # the participle's "in"
        if m.start("verb") != trigger.begin or not _bare(m.group("mods")):
            continue
        head = masked[: m.start()].strip() == ""
        return not head or bool(m.group("mods").strip())
    return False
