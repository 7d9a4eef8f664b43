"""A quotation that is only a time phrase: the writer's date, not someone's speech.

Quoted speech is blanked out of a sentence's masked twin so that what someone says is not read
as an event. A wire story often quotes no more than when a plan is to happen, to show the
words are the speaker's: he had accepted an invitation to visit Vienna "in the spring", talks
would resume "early next year", a visit "later this month". Such a quotation is a date of the
sentence's own event, so its words stay readable (the quotation marks alone are blanked out).
A quotation with more than a few words, or one without a word of time, stays speech.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_UNITS = "week|weekend|month|year|quarter|half|spring|summer|autumn|fall|winter|days?|weeks|months"
# "in the spring", "early next year", "later this month", "by the end of March", "next week",
# "in the coming weeks", "before the end of the year", "on Friday", "in two weeks"
# the words that may stand between the opening word and the time word
_BETWEEN = (
    r"the|a|next|this|last|coming|early|late|mid|end|start|beginning|middle|first|second|of|"
    r"two|three|four|few|several|\d{1,2}(?:st|nd|rd|th)?"
)
_TIME_PHRASE = re.compile(
    r"(?i)\s*(?:in|by|during|before|after|from|on|at|until|within|early|late|later|mid-?|"
    rf"next|this)\b(?:\s+(?:{_BETWEEN})\b){{0,4}}[\s-]*"
    rf"(?:{_MONTHS}|{_DAYS}|{_UNITS}|(?:1[89]|20)\d\d)\b(?:\s+(?:1[89]|20)\d\d)?[.,]?\s*"
)
_MAX_WORDS = 6


def is_time_phrase(quoted: str) -> bool:
    """Whether the quotation ``quoted`` (marks included) says only when something happens."""
    inner = quoted.strip('"“”')
    if len(inner.split()) > _MAX_WORDS:
        return False
    return _TIME_PHRASE.fullmatch(inner) is not None
