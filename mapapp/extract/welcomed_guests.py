"""A guest welcomed to a city or country: the guest's visit there
(:mod:`mapapp.extract.wire_wordings`).

"The Secretary looked forward to welcoming Japan's Prime Minister to Washington on April 16",
"The president will welcome his Chilean counterpart to Canberra next month", "The king welcomed
the Emir of Qatar to Amman on Monday": the guest travels to the place named after "to", a visit
there beside whatever talks the sentence tells (the welcome itself is read as a meeting
elsewhere when the host receives the guest). The guest must be named by an office ("Prime
Minister", "counterpart", "the Emir") and the place by a capitalised name that is no building:
"welcomed the Prime Minister to Downing Street", "to the White House" or "to State House" is the
host's reception, not a trip the text places; "welcomed the decision to …" names no guest.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import WHOM

__all__ = ["WELCOMED_TO", "WELCOME_TO"]

# a building after "to": the host's seat, read as a reception ("to Downing Street", "to Government
# House", "to the Elysee Palace")
_BUILDING = (
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:Street|House|Palace|Hall|Castle|Building|Centre|Center|"
    r"Office|Residence|Mansion|Lodge|Kremlin)\b"
)
# "welcomed Japan's Prime Minister to Washington", "will welcome the visiting Emir of Qatar to
# Amman": up to four words after the title (the rest of the office, a name), then "to" and a
# capitalised place that is no building
# capitalised place that is no building; the words up to "to" are the event word, so that the
# place after them, not the guest's country ("Japan's"), is the visit's
_GUEST_TO = rf"\s+{WHOM}(?:\s+(?!to\b)[\w.'’-]+){{0,4}}?\s+to\b(?=\s+(?!the\b|{_BUILDING})[A-Z])"
WELCOMED_TO = re.compile(rf"\bwelcomed{_GUEST_TO}")
WELCOME_TO = re.compile(rf"\bwelcom(?:e|es|ing){_GUEST_TO}")
