"""A named body that "meets", in the present of a calendar, a programme or a headline.

"LIBREVILLE - Council of Ministers of the Economic Community of Central African States meets,
with all members attending", "Geneva: the Human Rights Council's Bureau meets", "The Peace and
Security Council meets at ministerial level on Libya on Friday", "The Joint Commission meets in
Accra on 3 May": the body, written with a capital, is the subject of "meets", and what follows
is the end of the listing, a place, a day or a level, never an object ("meets the criteria", "meets
its deadline", "meets expectations"). It is a session of the body, a ``conference`` as "the
Council met" is (a commission of two named countries is then read as their meeting), told like
"ministers meet in Brussels on Monday" (:data:`mapapp.extract.trigger_phrases.MEET_NOW`); its
status comes from the day told or from the calendar heading above it, and without either it is
a habit and none.

A body's habit told in the clause ("meets every year", "meets twice a year", "meets annually in
Geneva") is none, and so is a body not right before the verb ("the Council, which meets in
Vienna", "the Committee usually meets in Geneva").
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WEEKDAY

__all__ = ["BODY_MEETS", "BODY_MEETS_TRIGGERS"]

# the last word of the body's name, written with a capital ("Executive Committee", "the Council
# of Ministers of the Andean Community", "the Joint Board"), right before "meets"; a city's
# or a school's council or board is no diplomacy
_LOCAL = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("City", "Town", "County", "Municipal", "District", "Parish", "Village", "School")
)
_BODY = "|".join(
    rf"(?<={_LOCAL}\b{word}\s)"
    for word in (
        *("Council", "Committee", "Commission", "Assembly", "Board", "Cabinet", "Conference"),
        *("Forum", "Group", "Caucus", "Presidium", "Bureau", "Dialogue", "Mechanism"),
    )
)
# what may follow "meets": the end of the listing, a place, a day or a level
_AFTER = (
    r"(?=\s*(?:[.;:,(\u2013\u2014-]|$)|\s+(?:in|at|on|from|until|through|to\s+discuss|"
    r"today|tomorrow|tonight|this|next|again|for\s+(?:the|its|a|an)\s+"
    r"(?:first|second|third|\d+\w*|last|final|next)\b|behind\s+closed\s+doors|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    rf"December|{WEEKDAY})\b))"
)
# a habit in the clause: "meets every year", "meets twice a year", "meets annually in Geneva"
_HABIT = (
    r"(?![^.;:]{0,60}?\b(?:every|each\s+(?:year|month|week|quarter)|regularly|annually|"
    r"monthly|weekly|yearly|twice|once\s+a|times\s+a|periodically|routinely)\b)"
)
# a body named by its kind and whose it is: "the Board of Governors of the International Atomic
# Energy Agency meets", "the Conference of the Parties meets"
_BODY_OF = (
    r"\b(?:Council|Committee|Commission|Assembly|Board|Conference)(?:\s+of\s+[A-Z][\w'’-]*)?"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,6}"
)
BODY_MEETS = rf"(?:{_BODY}|{_BODY_OF})meets{_AFTER}{_HABIT}"
BODY_MEETS_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("conference", re.compile(BODY_MEETS), "present"),
]
