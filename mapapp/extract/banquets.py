"""Meals and receptions of state told as meetings of their host and guest.

A dinner, banquet, luncheon or reception given by one side for the other is a meeting of the
two (its day and place are the meal's):

* the guest's side: "attended a state dinner offered by his counterpart", "was the guest of
  honour at a banquet given by the emir", "was entertained at a luncheon hosted by the King";
* the host's side: "will host the New Year reception for the diplomatic corps", "offered a
  dinner in honour of the visiting president", "is hosting a state banquet for the royal
  couple".

A meal with no host or guest named ("attended a charity dinner", "a reception at the
embassy") is none.
"""

from __future__ import annotations

__all__ = ["GUEST_AT_MEAL", "HOST_OF_MEAL", "HOST_OF_MEAL_AHEAD"]

_MEAL = (
    r"(?:(?:state|official|gala|working|private|formal|farewell|welcome|welcoming|"
    r"New\s+Year['’]?s?|national\s+day|diplomatic)\s+){0,2}"
    r"(?:dinner|banquet|luncheon|lunch|breakfast|reception|supper)"
)
_GIVEN = r"(?:offered|given|hosted|held|organi[sz]ed|thrown)"
_HONOUR = r"in\s+(?:his|her|their|the\s+\w+['’]s?)\s+honou?r"
# "attended a state dinner offered by", "was the guest of honour at a dinner given by",
# "was entertained at a banquet hosted in his honour by", "a luncheon given in her honour"
GUEST_AT_MEAL = (
    r"\b(?:attended|attends|attending|joined|was\s+entertained\s+at|"
    r"(?:was|were)\s+(?:the\s+)?guests?\s+of\s+honou?r\s+at)\s+(?:a|an|the)\s+"
    rf"{_MEAL}\s+{_GIVEN}\s+(?:{_HONOUR}\s+)?by\b|"
    rf"\b{_MEAL}\s+{_GIVEN}\s+{_HONOUR}\b|"
    rf"\b(?:was|were)\s+(?:the\s+)?guests?\s+of\s+honou?r\s+at\s+(?:a|an|the)\s+{_MEAL}\b"
)
# "offered a dinner in honour of the visiting president", "hosted a state banquet for the
# royal couple" (past); "will host the New Year reception for the diplomatic corps" (ahead)
HOST_OF_MEAL = (
    r"\b(?:offered|hosted|gave|threw)\s+(?:a|an|the)\s+"
    rf"{_MEAL}\s+(?:{_HONOUR}|in\s+honou?r\s+of|for\s+(?:the|his|her|their)\b)"
)
HOST_OF_MEAL_AHEAD = (
    r"\b(?:host|hosts|hosting|offer|offers|offering|give|gives|giving|throw)\s+(?:a|an|the)\s+"
    rf"{_MEAL}\s+(?:{_HONOUR}|in\s+honou?r\s+of|for\s+(?:the|his|her|their)\b)"
)
