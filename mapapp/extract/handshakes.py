"""A handshake with an office holder: the two met.

"The president shook hands with the Japanese prime minister at the summit venue on Monday",
"Photo 2: Kenya's president shakes hands with Uganda's prime minister at State House in
Entebbe", "The envoy will shake hands with the King at the palace": one side met the other
where and when the hands were shaken, as a photo caption or a wire tells an audience or a
courtesy call. The one greeted must be named by an office or as a delegation
(:data:`mapapp.extract.trigger_words.GUESTS`), so that "shook hands with supporters", "with
reporters" or "with the crowd" stays none. The present ("shakes hands") is history in a caption
or a dated entry and a plan with its day; "to shake hands" or "will shake hands" is ahead.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import GUESTS, MODAL_MEET

__all__ = ["HANDSHAKE_TRIGGERS"]

_WITH = rf"\s+hands\s+with\s+(?={GUESTS})"
HANDSHAKE_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("meeting", re.compile(rf"\bshook{_WITH}"), "past"),
    ("meeting", re.compile(rf"\bshakes{_WITH}"), "present"),
    ("meeting", re.compile(rf"(?:{MODAL_MEET})shake{_WITH}"), "infinitive"),
]
