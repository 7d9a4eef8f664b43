"""When two sides first (or last) met, told with no partner after "met"
(:mod:`mapapp.extract.trigger_table`).

"The ministers first met under the current format in Ohrid in May", "The two presidents first
met, with the UN envoy as mediator, in Geneva on 3 June 2019", "The negotiators last met at a
hotel in Vienna in March": the subject holds both sides, and the place comes after a few words
or an aside. It is a meeting of its own, dated history when the text dates it.
"""

from __future__ import annotations

# "first met", "last met", "had last met", "had first met"
_RANK = r"(?:(?<=\bfirst\s)|(?<=\blast\s))"
# up to five words or an aside set off by commas, then the place: "under the current format in
# Ohrid", ", with the UN envoy as mediator, in Geneva" (not "met with", a partner named, nor
# "met as students")
_THEN_PLACE = (
    r"(?=(?:,[^,.;]{1,80},)?(?:\s+(?!with\b|as\b)[\w'’-]+){0,5}?\s+(?:in|at)\s+(?:the\s+)?[A-Z])"
)
FIRST_MET = rf"{_RANK}met\b(?!\s+with\b){_THEN_PLACE}"
