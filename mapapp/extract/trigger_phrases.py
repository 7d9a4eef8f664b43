"""Less common wordings of trips, meetings and agreements (:mod:`mapapp.extract.trigger_table`).

Other word orders ("received at the palace today the President of Kazakhstan"), a time between a
verb of motion and its destination ("flies on Friday to Lima"), and synonyms a wire uses
("crossed into Colombia", "spent the day in Sydney", "a brief encounter in Doha").
"""

from __future__ import annotations

# Who travels, in a diary's line with no verb: "Chinese premier expected in Canberra"
HEADS_BEFORE = "|".join(
    rf"(?<=\b{w}\s)"
    for w in [
        *("premier", "president", "minister", "ministers", "leader", "leaders", "chancellor"),
        *("king", "queen", "emir", "sultan", "envoy", "envoys", "delegation", "secretary"),
        *("secretary-general", "pope", "taoiseach"),
    ]
)
# "is expected at the leaders' retreat", "are due at Government House": a place or a gathering
# (not "expected at noon", "due at 10 a.m.")
EXPECTED_AT = (
    r"(?=at\s+(?:the\s+)?(?:[A-Z]|(?:[\w'’-]+\s+){0,2}(?:retreat|summit|talks|conference|"
    r"forum|meeting|palace|ceremony|gathering|headquarters)\b))"
)
_PLACE = r"(?=(?:the\s+)?[A-Z])"
_SPELL = r"(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|several\s+|\w+\s+)?"
_STRETCH = r"(?:day|days|night|nights|week|weeks|weekend|morning|afternoon|evening)"
# "will leave Amman for Riyadh", "crossed into Colombia by road", "continued to Arequipa",
# "was driven to Camp David", "having spent the day in Sydney meeting investors"
MOVED = (
    r"\b(?:left|leaves?|leaving|depart\w*)\s+(?:[A-Z][\w'’.-]+\s+){1,3}for\s+(?=[A-Z])|"
    r"\b(?:crossed|crosses|crossing|(?<=to\s)cross|(?<=will\s)cross)\s+"
    r"(?:(?:the\s+)?border\s+)?into\s+(?=[A-Z])|"
    rf"\b(?:continued|continues)\s+(?:on\s+)?to\s+(?:the\s+)?{_PLACE}|"
    r"\b(?:was|were|being)\s+(?:driven|flown|taken|escorted|ferried|brought|whisked)\s+"
    rf"(?:by\s+\w+\s+)?to\s+{_PLACE}|"
    rf"\b(?:spent|spends|spending)\s+{_SPELL}{_STRETCH}\s+in\s+{_PLACE}"
)
