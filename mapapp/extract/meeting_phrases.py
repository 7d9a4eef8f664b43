"""More wordings of a meeting in person (rows of :mod:`mapapp.extract.trigger_table`).

Translated and protocol wordings: "held official conversations at the seat of the Ministry",
"co-chaired the 10th Joint Commission", "is to have an audience with the King", "had dinner
last night with", "were joined over lunch by", "flew to Rome for dinner with". A conversation by
telephone or video stays a call.
"""

from __future__ import annotations

_WHEN = (
    r"(?:(?:last\s+night|yesterday|today|tonight|on\s+\w+(?:\s+\d{1,2})?|this\s+\w+|"
    r"(?:on\s+)?\w+\s+(?:morning|afternoon|evening|night))\s+)"
)
_MANNER = (
    r"(?:(?:official|private|bilateral|lengthy|long|frank|cordial|friendly|separate|brief|"
    r"one-on-one|extensive|detailed|in-depth|fruitful|wide-ranging|substantive|informal)\s+)"
)
# "held official conversations on Wednesday at the seat of the Ministry" (not "a telephone
# conversation", nor "held conversations by phone")
CONVERSATIONS = (
    rf"\b(?:held|had)\s+(?:a\s+|an\s+)?{_MANNER}*conversations?\b"
    r"(?!\s+(?:by|over|via)\s+(?:the\s+)?(?:tele)?phone)"
)
CONVERSATIONS_AHEAD = (
    rf"(?:(?<=\bto\s)|(?<=\bwill\s))hold\s+(?:a\s+|an\s+)?{_MANNER}*conversations?\b"
    r"(?!\s+(?:by|over|via)\s+(?:the\s+)?(?:tele)?phone)"
)
# "The two foreign secretaries co-chaired the 10th Joint Commission", "co-chaired the fifth
# session of the joint committee": a body of two countries in session
CO_CHAIRED_BODY = (
    r"\bco-?chair(?:ed|s|ing)?\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}?(?i:joint|bilateral|binational|"
    r"intergovernmental|inter-governmental)\s+(?:[\w-]+\s+){0,3}?(?i:commission|committee|"
    r"council|working\s+group)\b"
)
# "is scheduled to have an audience with the King", "has an audience with the Pope on Friday"
AUDIENCE_WITH = (
    r"\b(?:have|has|having)\s+(?:a\s+|an\s+)?(?:(?:private|royal|papal|special)\s+)?audience\s+"
    rf"{_WHEN}?with\b"
)
# "had dinner last night with", "hosted a dinner on Monday with", "had breakfast on Monday with"
MEAL_WITH = (
    r"\b(?:had|held|hosted|gave|shared)\s+(?:a\s+)?(?:working\s+|private\s+|state\s+|official\s+)?"
    rf"(?:dinner|lunch|luncheon|breakfast)\s+{_WHEN}with\b"
)
# "flew to Rome on Friday for dinner with the Italian prime minister", "travelled to Marrakesh for
# a rare audience with the King": a meal or an audience as a trip's purpose, read after
# "for" so that the trip places and dates it (:mod:`mapapp.extract.purposes`)
MEAL_AS_PURPOSE = (
    r"(?<=\bfor\s)(?:a\s+|an\s+)?(?:(?:working|private|state|official|formal|informal|rare|"
    r"brief|long|late|special|royal|papal)\s+)?(?:dinner|lunch|luncheon|breakfast|supper|"
    r"audience)\s+with\b"
    # not a private meal: "for dinner with his family", "for lunch with her staff"
    r"(?!\s+(?:his|her|their|our|my)\s+(?:own\s+)?(?:family|families|wife|husband|children|"
    r"friends|staff|team|aides|advisers|delegation)\b)"
)
# "The two leaders were joined over lunch by their foreign ministers", "was joined for dinner by"
JOINED_AT_MEAL = (
    r"\b(?:was|were)\s+joined\s+(?:over|for|at)\s+(?:a\s+)?(?:\w+\s+)?(?:lunch|luncheon|dinner|"
    r"breakfast)\s+(?:[\w,]+\s+){0,3}?by\b|"
    # "where he will be joined by the host president for a private dinner": the partner first
    r"\b(?:be|been|is|are|was|were)\s+joined\s+by\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}?"
    r"(?:[\w,'’-]+\s+){0,4}?(?:for|at|over)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:lunch|luncheon|"
    r"dinner|breakfast|banquet|talks)\b"
)
# "had been received the same evening at State House for a private dinner with his host"
RECEIVED_FOR_MEAL = (
    r"\b(?:was|were|been)\s+received\s+(?:[\w,'’-]+\s+){0,8}?(?:for|to)\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:dinner|lunch|luncheon|breakfast|banquet|audience)\b"
)
