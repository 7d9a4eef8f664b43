"""A gathering told by its opening day and how long it runs: "The summit opened in Addis Ababa on
Tuesday and runs until Thursday", "talks began in Geneva on Monday and are expected to last until
Friday", "the session opens on 3 March and closes on 7 March".

Such a sentence tells one event from its first day to its last, not two: the second date is where
the event ends, read forward from the opening day ("opened on Tuesday and runs until next Monday"
is Tuesday to the Monday after it, even when the article is published between the two). An event
that opened before publication and runs past it has occurred (it is under way). Only the dates
of the one sentence are read, and only a bounded stretch between them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

from mapapp.extract.date_spans import WEEKDAYS, DateMatch, range_span
from mapapp.extract.discourse import Mention
from mapapp.extract.sentences import Sentence
from mapapp.extract.text_dates import find_dates

# the opening verb, at most 80 characters before the opening day ("opened in New York on …")
_OPENED = re.compile(
    r"(?i)\b(?:open(?:ed|s)?|beg[ai]n|begins|start(?:ed|s)?|kick(?:ed|s)?\s+off|convene[sd]?|"
    r"(?:got|gets|get)\s+under\s*way)\b[^.;:]{0,80}$"
)
# what joins the opening day to the last: "and runs until", "and is expected to last until",
# "and will close on", "and closes on"
_RUNS_TO = re.compile(
    r"(?i),?\s+and\s+(?:(?:is|are)\s+(?:due|expected|scheduled|set)\s+to\s+|will\s+|should\s+)?"
    r"(?:run|runs|continue|continues|last|lasts|close|closes|end|ends|conclude|concludes|"
    r"wrap\s+up|wraps\s+up)(?:\s+(?:until|till|through|to|on))?\s+"
)
_AHEAD = re.compile(r"(?i)(?:opens?|begins?|starts?|kicks?|gets?|convenes?)\b")
_WEEKDAY = re.compile(r"(?i)^(?:until\s+|till\s+|through\s+|on\s+|to\s+)?(?:next\s+)?(\w+day)$")
_GATHERINGS = ("conference", "meeting")


def _last_day(first: dt.date, closing: DateMatch, forward: list[DateMatch]) -> dt.date | None:
    """The closing day, read forward from the opening day ``first``."""
    words = _WEEKDAY.match(closing.span.expression or "")
    if words is not None and words.group(1).lower() in WEEKDAYS:
        ahead = (WEEKDAYS.index(words.group(1).lower()) - first.weekday()) % 7
        return first + dt.timedelta(days=ahead or 7)
    for found in (closing, *[d for d in forward if d.begin == closing.begin]):
        end = found.span.end
        if end is not None and end >= first and (end - first).days <= 62:
            return end
    return None


def _opening(masked: str, found: list[DateMatch]) -> tuple[DateMatch, DateMatch, bool] | None:
    """The (opening, closing) date expressions of the sentence, if it tells them as above, and
    whether the opening is told ahead ("opens on Monday")."""
    for one, other in itertools.pairwise(found):
        if one.span.start is None or other.span.start is None:
            continue
        verb = _OPENED.search(masked, max(0, one.begin - 100), one.begin)
        if verb is not None and _RUNS_TO.fullmatch(masked, one.end, other.begin):
            return one, other, _AHEAD.match(verb.group(0)) is not None
    return None


def opened_until(sentence: Sentence, mentions: list[Mention], published: dt.date) -> list[Mention]:
    """The gathering of the sentence dated from its opening day to its closing day (see the
    module docstring); a mention dated by the closing day alone is the same gathering and is
    left out."""
    masked = sentence.masked
    if not mentions or not _RUNS_TO.search(masked):
        return mentions
    past = find_dates(masked, published)
    forward = find_dates(masked, published, prefer_future=True)
    pair = _opening(masked, past)
    if pair is None:
        return mentions
    opening, closing, ahead = pair
    first = opening.span.start
    if ahead:  # "opens on Monday and runs until Friday": the days ahead
        first = next((d.span.start for d in forward if d.begin == opening.begin), first)
    assert first is not None
    last = _last_day(first, closing, forward)
    if last is None:
        return mentions
    span = range_span(first, last, "range", masked[opening.begin : closing.end], "opening")
    words = {opening.span.expression, closing.span.expression}
    out: list[Mention] = []
    kept = False
    for m in mentions:
        if m.event_type not in _GATHERINGS or m.span.expression not in words:
            out.append(m)
            continue
        if kept:
            continue  # the same gathering, dated by its closing day alone
        kept = True
        status, cue = m.status, m.cue
        if status == "announced" and first <= published and cue.endswith("(after publication)"):
            status, cue = "occurred", span.expression or cue  # opened already: under way
        elif status == "occurred" and first > published:
            status, cue = "announced", f"{span.expression} (after publication)"
        out.append(replace(m, span=span, status=status, cue=cue))
    return out
