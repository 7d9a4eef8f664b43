"""A gathering told by what its body did, not by a word for the gathering.

* A named council or assembly at work: "the Foreign Affairs Council discussed Ukraine", "the
  bloc's Council of Ministers prepared the text", "The Council debated the mandate".
* Its opening or close with a time: "The council, which brought together ministers from five
  countries, opened on Thursday", "the Assembly's high-level week opened on Monday".

Each is a session of the body (a ``conference``); a city council, a council's decision told
without its session ("the Council has long discussed reform") and a gathering's subject of
another verb ("the summit failed") are none.
"""

from __future__ import annotations

__all__ = ["BODY_AT_WORK", "SESSION_OPENED"]

_OWNER = r"(?:(?:the|its|this\s+year['’]s|the\s+[\w-]+['’]s?)\s+)?"
_BODY = (
    r"(?:Council|Assembly)(?:\s+of\s+(?:[A-Z][\w'’-]*\s+)?(?:Ministers|Foreign\s+Ministers|"
    r"Heads\s+of\s+State))?"
)
BODY_AT_WORK = (
    rf"\b{_OWNER}(?:[A-Z][\w'’.-]*\s+){{0,4}}{_BODY}\s+"
    r"(?:(?:also|then|later|last|first|again|previously|most\s+recently)\s+)?"
    r"(?:discussed|debated|considered|reviewed|prepared|examined|deliberated\s+on|took\s+up)\b"
)
_GATHERING = (
    r"(?:[Cc]ouncil|[Aa]ssembly|[Ss]ummit|[Ff]orum|[Cc]onference|[Mm]inisterial|"
    r"high-level\s+(?:week|segment)|general\s+debate)"
)
SESSION_OPENED = (
    rf"\b{_GATHERING}(?:,\s+(?:which|who)\s+[^;]{{1,160}}?,)?\s+(?:formally\s+|officially\s+)?"
    r"(?:opened|began|closed|ended|opens|begins|closes|ends)\b"
    r"(?=\s+(?:on|in|at|yesterday|today|this|last|late|early|and)\b)"
)
