"""A bilateral held, with no partner after it (:mod:`mapapp.extract.trigger_table`).

"The two prime ministers held a 30-minute bilateral beforehand", "Kenya's president had a brief
bilateral on the sidelines": "bilateral" alone names a meeting of two sides ("held bilateral
talks" is read by "talks"; "a bilateral agreement", "bilateral trade" are no meeting).
"""

from __future__ import annotations

BILATERAL_HELD = (
    r"\b(?:held|had|holds|hold|have|has)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?bilateral\b"
    r"(?=\s*[.,;]|\s*$|\s+(?:on|at|in|before|after|beforehand|afterwards|later|earlier|"
    r"yesterday|today|this|last|with)\b)"
)
