"""The publication date an article states in its header or closing byline, if any.

"Published On 18 Feb 2025", "By Jane Roe | Friday 18 October 2024, 14:05", "U.S. Embassy Lima |
Press Release | May 17, 2024", "Nairobi, 12/03/2024", "2024-03-12" near the top, or "This report
was first published June 10, 2025." and "By our correspondent, 9 July 2022" at the end, or
else a dateline's date with its year ("Jakarta, 27 March 2025 – The minister …"). Only a
full date with its year counts, on a short line (a heading, a byline), never one in the body
text; a line that says "published" or "posted" wins over one that says "updated". Numeric dates
are read day first ("12/03/2024" is 12 March) unless only month first makes sense.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.datelines import find_dateline
from mapapp.extract.text_dates import find_dates

_HEAD_LINES = 8  # lines read at the top
_TAIL_LINES = 3  # lines read at the end
_SHORT = 140  # characters: longer lines are body text
_PUBLISHED = re.compile(r"(?i)\b(?:published|posted|first\s+published|released|issued)\b")
_UPDATED = re.compile(r"(?i)\b(?:updated|modified|edited)\b")
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?P<iso>(?P<y0>(?:19|20)\d\d)-(?P<m0>\d\d)-(?P<d0>\d\d))|"
    r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d))(?![\d/.-])"
)
_ANY_DAY = dt.date(2000, 1, 1)  # a full date with its year does not depend on it


def _numeric(line: str) -> dt.date | None:
    m = _NUMERIC.search(line)
    if m is None:
        return None
    try:
        if m.group("iso"):
            return dt.date(int(m.group("y0")), int(m.group("m0")), int(m.group("d0")))
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        day, month = (b, a) if a <= 12 < b else (a, b)  # "03/25/2024": month first
        return dt.date(year, month, day)
    except ValueError:
        return None


def line_date(line: str) -> dt.date | None:
    """The full date (with its year) a short header or byline states, if any."""
    if len(line) > _SHORT:
        return None
    for found in find_dates(line, _ANY_DAY):
        span = found.span
        if span.kind == "day" and span.start is not None:
            return span.start
    return _numeric(line)


def publication_date(text: str) -> dt.date | None:
    """The article's publication date from its header or closing byline (see above).

    >>> publication_date("Talks in Oslo\\n\\nPublished 12 March 2024\\n\\nThe ministers met …")
    datetime.date(2024, 3, 12)
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    head, tail = lines[:_HEAD_LINES], lines[-_TAIL_LINES:] if len(lines) > _HEAD_LINES else []
    dated = [(ln, day) for ln in head + tail if (day := line_date(ln)) is not None]
    said = [day for ln, day in dated if _PUBLISHED.search(ln)]
    plain = [day for ln, day in dated if not _UPDATED.search(ln)]
    ranked = said or plain or [day for _, day in dated]
    if ranked:
        return ranked[0]
    line = find_dateline(text)  # "Jakarta, 27 March 2025 – The minister …": the filing day
    return line_date(line.date) if line is not None and line.date else None
