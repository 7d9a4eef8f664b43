"""The day a report was filed, when the text states one a day or so before its publication.

Wire and agency copy is often dated the day it was written ("Muscat, 2 December (Agency) -- The
Sultan received today …", "NAIROBI, Kenya, March 10 (AP) -") and put on a page the next day; a
government readout carries its own date line ("May 3, 2024") above "met today". Its "today",
"yesterday", "tomorrow" and weekdays are the filing day's, not the page's. The filing day is the
dateline's date, or a header line that is a date alone (or says "published"), when it falls one
to three days before the publication date given; otherwise the publication date itself.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.datelines import find_dateline
from mapapp.extract.published import line_date
from mapapp.extract.text_dates import find_dates, resolve_date

_HEAD_LINES = 6  # lines read at the top for a date line
_MAX_DAYS = 3  # a report filed more than three days before its page is not "today" news
_PUBLISHED = re.compile(r"(?i)\b(?:published|posted|released|issued)\b")
_UPDATED = re.compile(r"(?i)\b(?:updated|modified|edited)\b")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _date_line(line: str) -> dt.date | None:
    """ "May 3, 2024", "Friday, 3 May 2024 | 14:05", "Published 14:32, 3 May 2024": a line that
    is a date (a weekday, a time or a word such as "published" aside), not a sentence or a
    timeline's entry ("Oct 18, 2023 - The envoy holds talks …")."""
    if _UPDATED.search(line):
        return None
    day = line_date(line)
    if day is None:
        return None
    rest = line
    for found in reversed(find_dates(line, day)):
        rest = rest[: found.begin] + " " + rest[found.end :]
    words = [w for w in _WORD.findall(rest) if not _PUBLISHED.fullmatch(w)]
    return day if len(words) <= 2 or _PUBLISHED.search(line) else None


def filing_day(text: str, published: dt.date) -> dt.date:
    """The day the text's relative dates count from: its dateline's or date line's day when
    that is one to three days before ``published``, else ``published``.

    >>> filing_day("Muscat, 2 December (Agency) -- Talks today …", dt.date(2025, 12, 3))
    datetime.date(2025, 12, 2)
    >>> filing_day("PARIS — Talks opened today.", dt.date(2025, 12, 3))
    datetime.date(2025, 12, 3)
    """
    days: list[dt.date] = []
    line = find_dateline(text)
    if line is not None and line.date:
        span = resolve_date(line.date, published)
        if span.precision == "day" and span.start is not None:
            days.append(span.start)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:_HEAD_LINES]
    days += [day for ln in lines if (day := _date_line(ln)) is not None]
    for day in days:
        if 1 <= (published - day).days <= _MAX_DAYS:
            return day
    return published
