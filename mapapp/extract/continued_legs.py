"""A trip's next leg told with "continue", a day or two possibly between the verb and the place
(rows of :mod:`mapapp.extract.trigger_table`).

"From Nairobi the minister will continue on 21 and 22 May to Harare and Maputo", "she is to
continue to Lusaka on Friday", "The delegation continues on Thursday to Gaborone", "he continued
on Monday to Windhoek": a press office or a wire tells the onward part of a tour by the verb that
keeps the traveller moving, and each place after "to" is one more stop of the trip (the
annotation conventions give each stop a visit of its own). The day between the verb and the place
is read as the leg's own, the way "travels on Friday to Lima" is.

The verb must be followed by "to" and a capitalised name, so that "will continue to work with
Zambia" or "talks continued on Monday" are not legs.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WHEN_BETWEEN

__all__ = ["CONTINUED_LEG_TRIGGERS"]

_PLACE_AHEAD = r"to\s+(?:the\s+)?[A-Z]"
# "and continue to Helsinki, where she will attend …": a leg told by what is done at its end,
# whose visit the attendance there already tells, on that event's days
_WHERE_AFTER = r"\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s+where\b"
# after "will", "to", "then" or "and": "will continue to Harare", "to continue on 3 May to Lusaka"
_AHEAD = r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bto\s)|(?<=\bthen\s)|(?<=\band\s)|(?<=\bshall\s))"


def _leg(verb: str) -> str:
    """The verb with the place right after it ("continue to Harare", "continue on to Harare"),
    or the verb alone before a day and the place ("continue on 21 May to Harare"), so that the
    day is read after it as the leg's."""
    return (
        rf"\b{verb}\s+(?:on\s+)?to\b(?=\s+(?:the\s+)?[A-Z])(?!{_WHERE_AFTER})|"
        rf"\b{verb}(?=\s+(?:{WHEN_BETWEEN}){_PLACE_AHEAD})"
    )


CONTINUED_LEG_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("visit", re.compile(_leg("continued")), "past"),
    ("visit", re.compile(_AHEAD + _leg("continue")), "infinitive"),
    # "The delegation continues on Thursday to Gaborone": a programme's present
    ("visit", re.compile(_leg("continues")), "present"),
]
