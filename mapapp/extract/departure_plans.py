"""The status of a visit told as the errand of a departure: "leaves on Friday for a three-day
tour".

"Latvia's foreign minister leaves on Friday for a three-day tour of the Caucasus", "will leave
on 3 May for an official visit to Japan", "is due to depart next week on a tour of West Africa",
"sets off on Monday for a week-long trip": the visit noun comes several words after the verb
that tells the plan, past the day between them, so the few words before the noun that the status
is read from hold only the day. The departure verb itself tells the tense: a present with a day
("leaves on Friday", "is leaving on Monday") is a schedule, like "meets the president on
Friday", and "will", "is to", "is due to" or "plans to" before the verb a plan. A past departure
("left on Friday for a visit") keeps the plain reading, and so does a present with no day
("leaves for a visit", which a timeline may tell of the past)."""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["departure_plan"]

_AUX = (
    r"(?:will|would|shall|'ll|(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+to|"
    r"(?:is|are)\s+to|plans?\s+to|intends?\s+to)"
)
_BASE = r"(?:leave|depart|set\s+(?:off|out)|head\s+off|fly\s+out)"
_PRESENT = r"(?:leaves|departs|sets\s+(?:off|out)|heads\s+off|flies\s+out|(?:is|are)\s+leaving)"
_DAY = (
    rf"(?:on\s+|this\s+|next\s+|later\s+this\s+)?(?:{WEEKDAY}|week|month|"
    r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}|tomorrow|tonight)"
)
# the verb, at most a few words of day and time, then "for"/"on" and the visit's own words
_DEPARTURE = re.compile(
    rf"(?:\b{_AUX}\s+(?:also\s+|then\s+)?{_BASE}|\b(?P<present>{_PRESENT}))"
    rf"(?:\s+(?!office\b|power\b|politics\b)(?:[\w.,-]+\s+){{0,4}}?)?(?:for|on)(?:\s+(?:a|an|his|her|their|the))?"
    r"(?:\s+[\w'’-]+){0,3}(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,?(?:\s+with)?)?\s*$"
)
_DATED = re.compile(_DAY)


def departure_plan(masked: str, lo: int, begin: int) -> re.Match[str] | None:
    """The departure that tells the visit word at ``begin`` as planned, read in
    ``masked[lo:begin]`` (its clause before the word), or None."""
    m = _DEPARTURE.search(masked, lo, begin)
    if m is None or (m.group("present") and not _DATED.search(m.group(0))):
        return None  # "leaves for a visit": a schedule only with its day
    return m
