"""A gathering's closing text issued or adopted: an agreement.

"The ministers discussed shipping and issued a final statement calling for a truce", "At the
close, the delegates adopted a chairman's statement", "The Council adopted a presidential
statement on Thursday", "the summit issues a closing communique": a meeting, a summit or a
council ends with a text of all its members, and the annotation conventions count an issued
statement or declaration of a gathering as an agreement, dated to the gathering. A joint
statement is read by the table's own wording already.

Only a text named as a gathering's by the word before it is read (final, closing, concluding,
chairman's, chair's, presidential, summit): "the ministry issued a statement", "the president
issued a statement" (no "presidential"), "issued a final warning" and "adopted a final budget"
stay none.
"""

from __future__ import annotations

import re

__all__ = ["FINAL_DOCUMENT_TRIGGERS"]

_TEXT = (
    r"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:final|closing|concluding|chairman['’]s|chair['’]s|chairperson['’]s|presidential|"
    r"summit)\s+(?:statement|communiqu[eé]|declaration)s?\b"
)
FINAL_DOCUMENT_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("agreement", re.compile(rf"\b(?:issued|released|adopted|published){_TEXT}"), "past"),
    ("agreement", re.compile(rf"\b(?:issues|releases|adopts|publishes){_TEXT}"), "present"),
]
