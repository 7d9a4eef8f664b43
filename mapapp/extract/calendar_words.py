"""The names of the week's days and of the months as reporting writes them, shared by the
modules that read dates, datelines and dated entries so that each name is spelled in one place.
"""

from __future__ import annotations

__all__ = ["MONTH", "WEEKDAY"]

# A day of the week by name, as reporting capitalises it ("on Tuesday")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# A month by its name or its short form, with or without a dot ("March", "Sept.", "Oct")
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
