"""Chronologies: paragraphs that open with their own date ("Feb. 8 - The ministers meet in
Islamabad.", "14-15 March: The president pays a state visit …", "May 2019 – Leaders hold talks",
"10/05/2002 - The two ministers sign a memorandum"), or that name their city after the date
("6 May, Nairobi: meeting with the foreign minister").

A page with two such entries or more is a chronology (a timeline, a list of key dates, a year in
review): each entry's date dates every event its paragraph tells without a date of its own, and
the entry's present tense is history told as it happened. A day without a year is read back,
the last such day on or before the publication day, unless the entry is below a heading of the
days ahead ("Coming up", "Looking ahead"), on a page whose title announces them, or tells its
own event as a plan ("Jan. 10 - Kazakhstan is to host …"). The date and its dash are blanked out
of the sentence, like a bullet, so that the entry's date is read once, as the block's.

Every rule reads the first :data:`_LOOK` characters of one line, so the work is linear.
"""

from __future__ import annotations

import re

from mapapp.extract.calendar_words import MONTH as _MONTH
from mapapp.extract.triggers import Trigger

__all__ = ["ENTRIES", "bare_presents", "entry_end", "is_upcoming"]

_LOOK = 80
ENTRIES = 2  # entries a page needs before it is read as a chronology

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS = rf"{_DAY}(?:\s*[-–/]\s*{_DAY})?"
_YEAR = r"(?:1[89]|20)\d\d"
# "10/05/2002", "14-15/03/2002", "10.05.2002", "2002-05-10": a day in figures, its year in full
_FIGURES = rf"\d{{1,2}}(?:[-–]\d{{1,2}})?(?P<sep>[/.])\d{{1,2}}(?P=sep){_YEAR}|{_YEAR}-\d\d-\d\d"
# "Feb. 8", "March 14-15", "14-15 March", "Feb. 8, 2011", "8 February 2011", "May 2019", "1994",
# "March 30 - April 2", "14-15/03/2002"; then a dash or a colon and the entry's text, opening
# with a capital
_DATE = (
    rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+{_DAYS}(?:\s*[-–]\s*{_MONTH}\s+{_DAY})?(?:,?\s+{_YEAR})?|"
    rf"{_DAYS}\s+{_MONTH}(?:\s*[-–]\s*{_DAY}\s+{_MONTH})?(?:,?\s+{_YEAR})?|"
    rf"{_FIGURES}|{_MONTH}\s+{_YEAR}|{_YEAR})"
)
# "6 May, Nairobi: meeting with …": a diary's entry may name its city after a comma, then a colon
_CITY_NEXT = r",\s*(?=[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*:\s)"
_ENTRY = re.compile(rf"(?i:(?P<date>{_DATE}))(?:\s*(?:[-–—:|]|\s-)\s*(?=[A-Z\"“‘(])|{_CITY_NEXT})")
# "Coming up", "Looking ahead", "Upcoming", "Next week", "The year ahead": the entries below
# are plans
_UPCOMING = re.compile(
    r"(?i)\b(?:coming\s+(?:up|weeks?|months?|days|year)|look(?:ing)?\s+ahead|(?:up|forth)coming|"
    r"ahead|next\s+(?:week|month|year)|what(?:'s|\s+is)\s+next|still\s+to\s+come|scheduled)\b"
)


def entry_end(line: str) -> tuple[str, int] | None:
    """The date an entry opens with and where its text begins, or None.

    Examples
    --------
    >>> entry_end("Feb. 8 - The ministers meet in Islamabad.")
    ('Feb. 8', 9)
    >>> entry_end("14-15 March: The president visits Dushanbe.")
    ('14-15 March', 13)
    >>> entry_end("6 May, Nairobi: talks with the minister.")
    ('6 May', 7)
    >>> entry_end("The ministers met on Feb. 8 - a Tuesday.") is None
    True
    """
    m = _ENTRY.match(line[:_LOOK])
    if m is None:
        return None
    return m.group("date"), m.end()


def is_upcoming(heading: str) -> bool:
    """Whether a heading announces the entries below as plans ("Coming up:", "LOOKING
    AHEAD")."""
    return _UPCOMING.search(heading[:_LOOK]) is not None


# A plan told before the event word: the entry's present is not history then
_PLAN = re.compile(
    r"(?i)\b(?:will|would|shall|to|plans?|expected|due|set|scheduled|intends?|hopes?)\b"
)


def bare_presents(masked: str, told: dict[Trigger, tuple[str | None, str]]) -> set[str]:
    """The cues of events read as plans only because their verb is a bare present ("meet …
    and sign a memorandum", "flies to Kabul for talks"): in a chronology's entry that is
    history. None when a plan word stands before the verb ("is to host", "will travel")."""
    cues: set[str] = set()
    for t, (status, cue) in told.items():
        own = masked[t.begin : t.end]
        bare = status == "announced" and t.kind == "infinitive" and cue == own
        if bare and not _PLAN.search(masked, max(0, t.begin - _LOOK), t.begin):
            cues.add(cue)
    return cues
