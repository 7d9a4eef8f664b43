"""An attendance told with its gathering left out: a visit to the gathering told just before.

"Ministers will meet in Vienna on 29 and 30 June. Afghanistan's minister will attend, his office
said.", "Leaders of the bloc meet in Kazan. India's prime minister and China's president are
both expected;", "The Minister will take part in person.", "We will be there, and so will our
deputy", "The Minister will accompany him.": each attendee travels to the gathering (or the
trip) announced in the same sentence or one of the few before it, so each is a visit at its
place and dates. Attendees of the host country make no visit, and no gathering announced with
a place just before means no visit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.attendance import _attendee_countries
from mapapp.extract.discourse import Mention
from mapapp.extract.sentences import Sentence
from mapapp.extract.trigger_words import PERSON_NOUNS
from mapapp.extract.triggers import Trigger

__all__ = ["attend_told"]

_AHEAD = (
    r"(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:also\s+|both\s+)?(?:expected|due|set|"
    r"scheduled)\s+to|plans?\s+to|intends?\s+to)\s+(?:(?:also|both|all)\s+)?"
)
_GO = (
    r"(?:attend|take\s+part|participate|be\s+(?:there|present|in\s+attendance)|"
    r"accompany\s+(?:him|her|them|the\s+(?:president|prime\s+minister|minister|delegation)))"
)
_END = r"(?=\s*(?:[,;.]|$)|\s+(?:as\s+well|too|in\s+person|alongside\s+\w+)\b)"
# "X will attend, his office said", "X is also expected;", "and so will our deputy"
_ELLIPTIC = re.compile(
    rf"(?i)(?:^|[,;:]\s*|\.\s+)(?P<who>[^.;:,]{{1,80}}?)\s+(?:{_AHEAD}{_GO}{_END}|"
    r"(?:is|are)\s+(?:also\s+|both\s+)?expected(?=\s*(?:[;.]|,\s+\w+\s+(?:said|say)|$)))"
    r"(?P<more>,?\s+and\s+so\s+(?:will|is|are)\b)?"
)
_PERSON = re.compile(
    rf"(?i)\b(?:{PERSON_NOUNS}|chancellor|he|she|they|we|i|both|"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))\b"
)
_TWO = re.compile(r"(?i)\b(?:both|the\s+two|and)\b")
_BACK = 3  # sentences back the gathering may be told
_GATHERINGS = ("conference", "meeting")


def attend_told(
    number: int, sentence: Sentence, told: list[Mention], earlier: list[Mention]
) -> list[Mention]:
    """The sentence's mentions, with a visit per attendee of a gathering left unnamed."""
    if any(m.event_type == "visit" for m in told):
        return told
    m = _ELLIPTIC.search(sentence.masked)
    if m is None or not _PERSON.search(m.group("who")):
        return told
    accompany = "accompany" in m.group(0).lower()
    ref = _gathering([*earlier, *told], number, accompany)
    if ref is None or ref.venue is None:
        return told
    codes = _attendee_countries(m.group("who"))
    two = _TWO.search(m.group("who")) is not None or m.group("more") is not None
    count = max(len(codes), 2 if two else 1)
    count -= sum(code == ref.venue.place.country_code for code in codes)
    trigger = Trigger("visit", m.start("who"), m.end(), "infinitive")
    return [*told, *(_visit(ref, number, sentence, trigger, n) for n in range(count))]


def _gathering(mentions: list[Mention], number: int, accompany: bool) -> Mention | None:
    """The latest announced gathering (or, for "accompany", trip) with a place told in the
    sentence or the few before it."""
    kinds = ("visit",) if accompany else _GATHERINGS
    for x in reversed(mentions):
        if number - x.index > _BACK:
            return None
        if x.event_type in kinds and x.status == "announced" and not x.online:
            return x if x.venue is not None else None
    return None


def _visit(ref: Mention, number: int, sentence: Sentence, trigger: Trigger, n: int) -> Mention:
    """The ``n``-th attendee's visit, at the place and dates of ``ref``."""
    own = replace(trigger, begin=trigger.begin + n, repeat=n > 0)
    return replace(
        ref,
        index=number,
        paragraph=sentence.paragraph,
        quote=sentence.text,
        trigger=own,
        event_type="visit",
        status="announced",
        cue=sentence.masked[trigger.begin : trigger.end],
        multilateral=False,
        date_near=False,
        actors=[],
        quotes=[],
        also=False,
    )
