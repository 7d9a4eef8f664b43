"""A session of the Security Council told with no place of its own sat in New York.

"The Security Council met this morning to consider the question of Haiti", "The Council last
considered the situation in Somalia in November", "Following the open meeting, Council members
held closed consultations on the mission": the Council, subject of its clause, meets (a
conference) at its seat, New York. The country of its agenda ("the question of Haiti", "the
Mission in Kosovo") is no venue, nor a place carried from an earlier sentence; a city the
sentence names ("met in Nairobi") stays. "The Council" alone is the
Security Council only in an article whose first council named is the Security Council; "members"
alone only after the sentence has named the Council. Closed consultations told as following
the open meeting ("Following the open briefing, …", "after which …") are held on that day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from mapapp import gazetteer
from mapapp.extract.date_spans import DateSpan
from mapapp.extract.discourse import Mention
from mapapp.extract.venues import Venue

__all__ = ["follow_council_seat"]

_FIRST_COUNCIL = re.compile(r"(?i)\b(?:[a-z][\w'’-]*\s+){0,3}council\b")
_SECURITY = re.compile(r"(?i)(?<!peace\sand\s)\bsecurity\s+council\b")
_NAMED = r"(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?<!and\s)Security\s+Council"
# the Council as the subject of its clause: at the start of the sentence or of a clause
_OPENING = r"(?:^|(?<=[,;])\s+|\b(?:as|while|when|and|which)\s+)"
_SUBJECT = re.compile(
    rf"{_OPENING}(?:(?P<named>(?:[Tt]he\s+)?{_NAMED})|(?P<bare>[Tt]he\s+Council|Council\s+members|"
    r"[Mm]embers\s+of\s+the\s+Council)|(?P<members>members))\b"
)
_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}")
_SESSION_WORD = re.compile(
    r"(?i)(?:met|meets|meet|meeting|held|holds?|consultations?|debated?|considered|considers?|"
    r"session|take\s+up|takes\s+up)\b"
)
_AFTER_BODY = 40  # characters after a trigger naming only the body ("The Council") for its verb
# "met the transitional president", "met with the Prime Minister" (not "met this morning")
_MET_SOMEONE = re.compile(
    r"(?i)met\s+(?:with\s+)?(?:the|his|her|their)\s+"
    r"(?!(?:following|next|same|previous|morning|afternoon|evening|day|week)\b)"
)
_TODAY = re.compile(r"(?i)\b(?:today|this\s+(?:morning|afternoon|evening))\b")
_FOLLOWING = re.compile(
    r"(?i)\b(?:following|after)\s+the\s+(?:open\s+)?(?:meeting|briefing|debate|session)\b|"
    r"\bafter\s+which\b"
)


@functools.lru_cache(maxsize=1)
def _new_york() -> gazetteer.Place | None:
    return gazetteer.lookup("New York", "US").place


def _council_article(text: str) -> bool:
    """Whether the first council the article names is the Security Council."""
    first = _FIRST_COUNCIL.search(text)
    return first is not None and _SECURITY.search(first.group(0)) is not None


def _subject(event: Mention, council_article: bool) -> re.Match[str] | None:
    """The Council as subject of the clause of the event word, if it is."""
    quote, begin, end = event.quote, event.trigger.begin, event.trigger.end
    word = _SESSION_WORD.search(quote, begin, end)
    if word is None:  # "The Council will next hold its debate", "is next expected to take up"
        word = _SESSION_WORD.search(quote[: end + _AFTER_BODY], end)
    if word is None:
        return None
    found = None
    for subject in _SUBJECT.finditer(quote, max(0, begin - 80), word.start()):
        # "The Council met", "The Council last considered", "held its quarterly debate"
        stop = word.start() if subject.end() > begin else begin
        if _GAP.fullmatch(quote, subject.end(), stop):
            found = subject
    if found is None or (found.group("bare") and not council_article):
        return None
    if _MET_SOMEONE.match(quote, word.start()):
        return None  # "Council members met the transitional president": talks away, no session
    if found.group("members") and not re.search(r"\bCouncil\b", quote[: found.start()]):
        return None
    return found


def _own_city(event: Mention) -> bool:
    """Whether the sentence names the city of the event's venue ("met in Nairobi")."""
    venue = event.venue
    if venue is None or venue.place.precision == "country":
        return False
    return venue.text.split(",")[0] in event.quote


def follow_council_seat(events: list[Mention], published: dt.date, text: str) -> list[Mention]:
    """Place in New York (a conference) each Security Council session told without a venue
    of its own, and date the day's sessions; the events are returned."""
    seat = _new_york()
    if seat is None or not _SECURITY.search(text):
        return events
    council_article = _council_article(text)
    sessions: list[Mention] = []
    for event in events:
        subject = None
        if event.event_type in ("meeting", "conference"):
            subject = _subject(event, council_article)
        if subject is None:
            continue
        event.event_type = "conference"
        if not _own_city(event):
            event.venue = Venue(0, 0, seat.name, seat)
            event.venues = [event.venue]
            event.place_note = "A session of the Security Council: at its seat in New York."
        _date_session(event, published, sessions)
        sessions.append(event)
    return events


def _date_session(event: Mention, published: dt.date, sessions: list[Mention]) -> None:
    """A session told as following the open meeting ("Following the open briefing, Council
    members held closed consultations") is held on the open meeting's day; one whose sentence
    states no date of its own on the summary's day when the sentence names it ("told the
    Council this morning, as members met")."""
    if _FOLLOWING.search(event.quote, 0, event.trigger.begin):
        for other in sessions:
            if other.status == "occurred" and other.span.start is not None:
                event.span = dataclasses.replace(other.span)
                event.date_note = "After the open meeting: held on its day."
                return
    said = event.span.expression
    today = _TODAY.search(event.quote)
    if today is not None and (said is None or said not in event.quote):
        event.span = DateSpan(published, published, "day", today.group(0), "council_day")
        event.date_note = "The Council's session of the summary's day."
