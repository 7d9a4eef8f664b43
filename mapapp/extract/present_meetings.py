"""A meeting told in the present with the person met named by an office
(:mod:`mapapp.extract.trigger_table`).

"Sept. 23, 2015 - Colombia's president travels to Havana and meets the FARC commander",
"The minister meets the U.S. secretary of state on the sidelines of the Assembly", "The envoy
meets her Kenyan counterpart in Nairobi": a timeline's entry, a caption or a programme tells
the meeting in the present, and the one met is named by the office after "the", "his", "her"
or "their" as often as by a capitalised name (which the table read before). The office must
come within four words and without "of" before it: "meets the needs of its members", "meets
the targets", "meets the criteria set by donors" and "meets the members' expectations" name
no one met.
"""

from __future__ import annotations

from mapapp.extract.trigger_words import PERSON_NOUNS

# "meets Cuba's president", "meets with", and "meets the U.S. secretary of state", "meets his
# Kenyan counterpart", "meets their army chiefs"
MEETS_WHOM = (
    r"\bmeets?\s+(?=with\b|[A-Z])|"
    # (only "meets": "to meet the president" is read by the table's modal wording)
    r"\bmeets\s+(?=(?:the|his|her|their)\s+(?:(?!of\b)[\w.'’-]+\s+){0,3}?"
    rf"(?:{PERSON_NOUNS}|kings?|queens?)\b(?![\w'’-]))"
)
