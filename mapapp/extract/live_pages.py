"""Live blogs: pages whose entries open with a time stamp ("18:42", "17:55 —", …).

* A blog told newest first: :func:`forward` puts the entries in the order they happened, so
  the story's lead is its first entry.
* A blog left in the order it happened ("LIVE: Leaders sign deal in Doha - as it happened /
  09:05 Good morning … / 09:40 The secretary has landed … / 11:02 …"), as many outlets leave a
  finished one: :func:`live_in_order` tells it, so that its entries too are told as they
  happen, on the blog's day and at its host city. A schedule or a diary, whose times also run
  forward, tells a plan instead, so such a page is read as a live blog only when a line of its
  title names it one.

Only the first :data:`_TITLE_LINES` non-empty lines are read for the title and the first
:data:`_LOOK` characters of each line for a stamp, so the work is linear.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["STAMP", "forward", "live_in_order"]

_TITLE_LINES = 3
_LOOK = 40
# A live blog's entry opens with its time: "18:42", "5:55 pm —", "Updated 11:05 GMT: …"
STAMP = re.compile(
    r"^\s*(?:(?i:updated)\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ap>[ap])?\.?\s?m?\.?"
    r"(?:\s+[A-Z]{2,5})?\s*(?:[—–|:-]\s*|$|(?<=\s)(?=[A-Z\"“‘(]))"
)
_ENTRIES = 3  # entries a page needs before it is read as a live blog


def _minutes(m: re.Match[str]) -> int:
    """The stamp's minutes after midnight."""
    hour = int(m.group("h")) % 12 if m.group("ap") else int(m.group("h"))
    return (hour + (12 if (m.group("ap") or "").lower() == "p" else 0)) * 60 + int(m.group("m"))


def forward(text: str) -> str:
    """The text with a live blog's entries in the order they happened (oldest first): when
    three lines or more open with a time of day and every such time is earlier than the one
    above it. Other texts are returned unchanged.

    Examples
    --------
    >>> forward("Live\\n18:10\\nB met C.\\n17:05\\nA arrived.\\n9:30\\nIt began.")
    'Live\\n9:30\\nIt began.\\n17:05\\nA arrived.\\n18:10\\nB met C.'
    """
    lines = text.split("\n")
    starts = [(i, _minutes(m)) for i, line in enumerate(lines) if (m := STAMP.match(line[:40]))]
    times = [t for _, t in starts]
    if len(starts) < _ENTRIES or any(a <= b for a, b in itertools.pairwise(times)):
        return text  # the very object: :class:`Layout` tells a live blog by it
    bounds = [i for i, _ in starts] + [len(lines)]
    entries = [lines[a:b] for a, b in itertools.pairwise(bounds)]
    return "\n".join(lines[: bounds[0]] + [x for entry in reversed(entries) for x in entry])


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
    times = [_minutes(m) for line in lines if (m := STAMP.match(line[:_LOOK]))]
    return len(times) >= _ENTRIES and all(a < b for a, b in itertools.pairwise(times))
