"""News article (plain text) → candidate events: sentences, text dates, actors and the rules
that join them. Offline and rule-based.

>>> from mapapp.extract import extract_events  # doctest: +SKIP
"""

from mapapp.extract.candidates import extract_events

__all__ = ["extract_events"]
