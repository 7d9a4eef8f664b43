"""Whether a weekday event told after a dated programme happens outside it, by its place.

"Andean presidents will meet on 22 and 23 May in the Ecuadorian capital … The Peruvian foreign
minister will continue on Saturday to Bogota" (told on a Thursday): the summit's days are no
programme of a trip to Colombia, so the bare "Saturday" keeps its reading from publication
rather than being moved inside the summit. A trip's own programme (a visit, or a gathering told
with a trip to it) still holds the weekdays told after it, in any country ("will arrive in
Windhoek on 19 May for a two-day stay … On Tuesday she will fly to Gaborone"), and so does a
gathering's when the sentence tells its next step ("he will then fly on to Nairobi on Thursday",
"from there"), or when the event has no place or is in the gathering's country ("On Thursday the
ministers are due to meet the prime minister")."""

from __future__ import annotations

import re

from mapapp.extract.discourse import Mention

__all__ = ["abroad_of"]

# "will then fly to …", "afterwards", "from there", "fly on to …", "onward to …"
_NEXT_STEP = re.compile(
    r"(?i)\b(?:then|afterwards|thereafter|after\s+that|from\s+there|onward|on\s+to)\b"
)


def abroad_of(e: Mention, programme: Mention, events: list[Mention]) -> bool:
    """Whether ``e`` is placed in another country than ``programme``, a gathering told with no
    trip in its sentence, and its sentence does not tell it as the programme's next step."""
    if e.venue is None or programme.venue is None or programme.event_type == "visit":
        return False
    if any(x.index == programme.index and x.event_type == "visit" for x in events):
        return False  # "will attend the summit from 5 to 7 May": the traveller's own programme
    if e.venue.place.country_code == programme.venue.place.country_code:
        return False
    return _NEXT_STEP.search(e.quote[: e.trigger.end + 40]) is None
