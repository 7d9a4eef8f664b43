"""Seasons as dates: "in the spring", "next summer", "late autumn", "winter 2025", and a plan's
season after the verb that sets it ("is scheduled for the spring", "planned for the autumn").

A bare season word is a date only when a preposition, a relative word, a year or "early"/"late"
makes it one: "winter energy supplies", "the summer heat" and "preparations for the winter" (a
season's needs) are none. The span itself is :func:`mapapp.extract.date_spans.season`'s.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan, season

_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"
# "for" after a verb that sets a date: fixed-width look-behinds, one per verb
_SETTING = ("scheduled", "planned", "set", "slated", "due", "pencilled", "penciled", "foreseen")
_SET_FOR = "(?:" + "|".join(rf"(?<={verb}\s)" for verb in _SETTING) + ")"

SEASON_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # [in] [the] [next|last|this] spring/summer/autumn/fall/winter; "scheduled for the spring"
    (
        "season",
        re.compile(
            rf"(?i:\b(?:in\s+|during\s+|by\s+|{_SET_FOR}(?P<setfor>for\s+))?(?:the\s+)?"
            r"(?:(?P<rel>next|last|this|coming|past)\s+)?"
            r"(?:(?:early|late)\s+)?)(?P<season>spring|summer|autumn|fall|winter)\b"
            rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?"
        ),
    ),
]


def season_span(g: dict, published: dt.date, future: bool, text: str) -> DateSpan | None:
    """The season a match of :data:`SEASON_PATTERNS` names, or None when it is only a word."""
    told = re.match(r"(?i)(?:in|during|by|early|late)\b", text)
    if not (g["rel"] or g["y"] or g["setfor"] or told):
        return None  # "winter energy supplies", "the summer heat": a word, not a date
    return season(g["rel"], g["season"].lower(), g["y"], published, future, text)
