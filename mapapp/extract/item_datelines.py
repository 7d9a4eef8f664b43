"""The dateline of a digest's first item, when the page opens straight with numbered or
bulleted items: "1. SUVA — Fiji's prime minister hosted …", "• NAIROBI — …".

Such a digest has no dateline of its own: each item is a story filed from the city it opens
with. The later items' datelines already start stories of their own (see
:mod:`mapapp.extract.sentences`); this reads the first, so that the first story's event is in
its city as the others' are. Only the heading lines before the first paragraph of text and that
paragraph are read: a text paragraph without a dateline ends the search (a later item's city is
its own story's, never the first's).
"""

from __future__ import annotations

import itertools
import re

from mapapp.extract.datelines import Dateline, dateline_of, match_dateline
from mapapp.extract.layout import marker_end

__all__ = ["item_dateline"]

_LINES = 8  # the first non-empty lines: the digest's headings and its first item
_LOOK = 200  # characters of a line a dateline may take
_TEXT_END = re.compile(r"[.!?][\"”’')\]]*$")


def item_dateline(text: str) -> Dateline | None:
    """The dateline after the number or bullet that opens the page's first paragraph of text.

    Examples
    --------
    >>> item_dateline("WEEKLY BRIEF\\n1. SUVA — The minister met the envoy.\\n2. APIA — …")
    Dateline(city='SUVA', region=None, date=None)
    >>> item_dateline("WEEKLY BRIEF\\nThe minister met the envoy.\\n2. APIA — Talks.") is None
    True
    """
    lines = (line.strip() for line in text.splitlines())
    for line in [x for x in itertools.islice(lines, 100) if x][:_LINES]:
        skip = marker_end(line)
        if skip and (m := match_dateline(line[skip : skip + _LOOK], lead=True)):
            return dateline_of(m)
        if _TEXT_END.search(line):
            return None  # the first paragraph of text opens with no dateline
    return None
