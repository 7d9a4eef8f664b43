"""Words that name many members but stand for one side of a meeting.

A many-state body named only to tell whose officer someone is ("received by the Secretary-General
of the League of Arab States", "met the Executive Secretary of the Southern African Development
Community", "the Premier of the State Council will meet with him") is one person, one side: the
body's members are not at the table. Domestic factions
("leaders of several political parties", "the seven-party mujahideen alliance") are one side of
a foreign visitor's talks, not states each on its own side.

:func:`one_side_text` blanks such phrases (keeping every position), so that the cues of many
parties in :mod:`mapapp.extract.parties` read past them. A side count of countries listed with
"the" before a name ("Turkey, Iraq and the United States") is read by :data:`LIST_GAP`.
"""

from __future__ import annotations

import re

# one office holder: "the Secretary-General of", "the chairperson of", "the Executive Secretary
# of" (a plural title, "presidents of", stays many)
_OFFICE = (
    r"(?:(?:deputy|assistant|under|executive|acting|outgoing|incoming|new)\s+)?"
    r"(?:secretary[-\s]general|secretary|chair(?:man|woman|person)?|president|premier|"
    r"vice[-\s]president|head|director[-\s]general|director|commissioner|"
    r"high\s+representative|special\s+(?:envoy|representative|coordinator)|envoy|"
    r"representative|ambassador|spokes(?:man|woman|person))"
)
# the body the officer serves: its name, up to a few capitalised words and their joins
_BODY_NAME = r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?:(?-i:[A-Z][\w.'’-]*)|of|for|and|the|on|in)){0,8}"
_OFFICER_OF = re.compile(rf"(?i)\b{_OFFICE}\s+of\s+the\s+(?P<body>{_BODY_NAME})")
# "several political parties", "a seven-party alliance": a country's factions ("the three
# opposition parties" of peace talks stay sides of their own)
_FACTIONS = re.compile(
    r"(?i)\b(?:(?:[\w-]+\s+){0,2}political\s+parties|"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|\w+teen)-party\s+(?:[\w-]+\s+){0,3}?"
    r"(?:alliance|coalition|front|bloc|opposition|government|grouping))\b"
)
# a traveller's entourage: "accompanied by ten ministers", "at the head of a delegation of five
# ministers" are the people of one side, however many
_ENTOURAGE = re.compile(
    r"(?i)\b(?:accompanied\s+by|(?:at\s+the\s+head\s+of|heading|leading|led)\s+a\s+"
    r"(?:[\w-]+\s+){0,2}?delegation\s+(?:of|including|that\s+includes?))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|several|a\s+dozen)\s+(?:[\w-]+\s+){0,2}?(?:ministers|officials|"
    r"business\s+leaders|members|delegates)\b"
)
# a gap between two names of a list of countries: ", ", " and ", ", and the ", " and the "
LIST_GAP = re.compile(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


def _trim(name: str) -> int:
    """The length of a body's name without trailing joins ("… Community in" ends at Community)."""
    words = re.match(r"^(.*?)(?:\s+(?:of|for|and|the|on|in))*$", name)
    return len(words.group(1)) if words else len(name)


# between an officer's body and the verb it is the subject of: "will", "is due to"
_TO_VERB = re.compile(
    r"\s+(?:(?:will|would|shall|is|was|has|had|also|then|later|due|set|expected|to|be)\s+){0,4}"
)


def _officer_subject(masked: str, lo: int, begin: int) -> list[tuple[int, int]]:
    """The body of an officer who is the subject of the event word ("the Premier of the State
    Council will meet with him"): one person."""
    spans = []
    for m in _OFFICER_OF.finditer(masked, lo, begin):
        end = m.start("body") + _trim(m.group("body"))
        if _TO_VERB.fullmatch(masked, end, begin):
            spans.append((m.start("body"), end))
    return spans


def one_side_text(masked: str, lo: int, hi: int, begin: int) -> str:
    """``masked`` with each domestic faction and entourage between ``lo`` and ``hi``, and each
    officer's body from the event word at ``begin`` on, blanked (the same length, so positions
    hold)."""
    spans = [
        (m.start("body"), m.start("body") + _trim(m.group("body")))
        for m in _OFFICER_OF.finditer(masked, max(lo, begin), hi)
    ]
    spans += _officer_subject(masked, lo, begin)
    spans += [m.span() for m in _FACTIONS.finditer(masked, lo, hi)]
    spans += [m.span() for m in _ENTOURAGE.finditer(masked, lo, hi)]
    return _blank(masked, spans)
