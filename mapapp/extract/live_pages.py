"""A live blog told oldest entry first: a "LIVE" or "as it happened" page whose entries open
with time stamps that run forward ("LIVE: Leaders sign deal in Doha - as it happened / 09:05
Good morning … / 09:40 The secretary has landed … / 11:02 …").

Many outlets leave a finished live blog in the order it happened. Its entries are told as they
happen, on the blog's day and at its host city, as those of a blog told newest first (see
:func:`mapapp.extract.layout.forward`); a schedule or a diary, whose times also run forward,
tells a plan instead, so the page is read as a live blog only when a line of its title names it
one. Only the first :data:`_TITLE_LINES` non-empty lines are read for the title and the first
:data:`_LOOK` characters of each line for a stamp, so the work is linear.
"""

from __future__ import annotations

import itertools
import re

from mapapp.extract.layout import entry_minutes

__all__ = ["live_in_order"]

_TITLE_LINES = 3
_LOOK = 40
_ENTRIES = 3  # stamped entries a page needs
# "LIVE: …", "… – live updates", "… as it happened", "Live blog", "minute by minute"
_LIVE = re.compile(
    r"(?i)(?:^|[\s:|(\[–—-])live(?:\s+(?:updates?|blog|coverage))?(?=\s*[:|–—)\]-]|\s*$)|"
    r"\bas\s+it\s+happen(?:ed|s)\b|\blive\s+(?:updates?|blog|coverage)\b|"
    r"\bminute[\s-]by[\s-]minute\b"
)


def live_in_order(text: str) -> bool:
    """Whether ``text`` is a live blog told oldest entry first: its title names it live and
    three lines or more open with a time stamp, each later than the one above.

    Examples
    --------
    >>> live_in_order("LIVE: Summit in Lima\\n09:05 A.\\n10:40 B.\\n12:15 C.")
    True
    >>> live_in_order("The minister's schedule\\n09:05 A.\\n10:40 B.\\n12:15 C.")
    False
    """
    lines = text.split("\n")
    title = [line for line in lines[:20] if line.strip()][:_TITLE_LINES]
    if not any(_LIVE.search(line[:200]) for line in title):
        return False
    times = [t for line in lines if (t := entry_minutes(line[:_LOOK])) is not None]
    return len(times) >= _ENTRIES and all(a < b for a, b in itertools.pairwise(times))
