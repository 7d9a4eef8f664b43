"""The kind of a later or earlier session of a series ("the next meeting", "the last round").

"The next meeting" of a conference's series and "the envoys would meet again" are conferences
when the series is one; "the last round of the security dialogue" takes the kind of the event
that named the dialogue; "The last leaders' meeting" of a series two leaders began is a meeting.
"The previous summit" after a bilateral summit is a meeting too; "the next consultative
meeting" takes the kind of the event told as "the consultative meeting". A sentence that tells
the sides itself keeps them: "The third session of the joint commission" and "The last Iberian
summit" are meetings, "The next ordinary session" and "The last COFCOR meeting" conferences
(:func:`mapapp.extract.parties.sides_cue`). A series with no place of its own is where the
series met.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapapp.extract.parties import GROUP as _GROUP
from mapapp.extract.parties import sides_cue
from mapapp.extract.trip_rounds import talks_with_hosts

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

_LOOK = 120
# "the envoys would meet again": the many parties of an event already reported
_GROUP_SUBJECT = re.compile(
    rf"(?i)(?:\bthe\s+|^)(?:\w+\s+)?(?:{_GROUP}|participants|parties|delegates)['’]?\s+"
    r"(?:\w+\s+){0,5}$"
)


_SERIES_NAME = re.compile(
    r"(?i)\s+of\s+(?:the\s+|their\s+)?(?P<name>(?:[\w'’-]+\s+){0,2}?(?:dialogue|talks|"
    r"negotiations|consultations|commission|committee|mechanism|process|format|council))\b"
)


def _named_series(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The earlier event whose sentences name the series "the last round of the X" is of."""
    name = _SERIES_NAME.match(m.quote, m.trigger.end)
    if name is None:
        return _titled_series(m, earlier) or _qualified_series(m, earlier)
    words = name.group("name").casefold()
    return next(
        (e for e in reversed(earlier) if any(words in q.casefold() for q in e.quotes)), None
    )


# "The last High-Level Security Dialogue was held": the series named in capitals by its event word
_TITLED = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,5}$")


def _titled_series(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The earlier event told by the same capitalised name as the trigger's ("the U.S.-Mexico
    High-Level Security Dialogue" before "The last High-Level Security Dialogue was held")."""
    told = m.quote_trigger
    if not told[:1].isupper():
        return None
    titled = _TITLED.search(m.quote, 0, m.trigger.begin)
    words = f"{titled.group(0) if titled else ''}{told}"
    if len(words.split()) < 3:
        return None  # "The Dialogue": too short a name to tell one series from another
    return next((e for e in reversed(earlier) if any(words in q for q in e.quotes)), None)


# "The next consultative meeting", "the last ministerial talks": the series told by the words
# that qualify its event word
_QUALIFIED = re.compile(
    r"(?i)\b(?:next|previous|last|following|preceding|second|third|fourth|fifth)\s+"
    r"(?P<words>(?-i:[a-z][\w-]{3,}\s+){1,2})$"
)


def _qualified_series(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The earlier event told by the same qualified event word ("The consultative meeting of the
    heads of state has opened" before "The next consultative meeting will be held in Tashkent")."""
    qualified = _QUALIFIED.search(m.quote, max(0, m.trigger.begin - 40), m.trigger.begin)
    if qualified is None:
        return None
    words = f"{qualified.group('words')}{m.quote_trigger}".casefold()
    return next(
        (e for e in reversed(earlier) if any(words in q.casefold() for q in e.quotes)), None
    )


def series_type(m: Mention, recent: list[Mention]) -> None:
    """ "The next meeting" of a conference's series, "the envoys would meet again": a conference
    when the series is one. The series is the latest earlier meeting or conference with an actor
    in common; failing that, the first one when a group ("the envoys") meets again, else the
    latest. A sentence that tells the sides itself ("The third session of the joint commission",
    "The last COFCOR meeting") keeps them ("The last leaders' meeting" tells none)."""
    if m.event_type not in ("meeting", "conference"):
        return
    cue = sides_cue(m.quote, m.trigger)
    owned = _GROUP_OWNED.search(m.quote, max(0, m.trigger.begin - 40), m.trigger.begin)
    if cue == "many" and owned:
        cue = None  # "the leaders' meeting" of a series two leaders began
    earlier = [e for e in recent if e.event_type in ("meeting", "conference")]
    if cue is None and talks_with_hosts(m, earlier):
        m.event_type, m.multilateral = "meeting", False  # "to travel to Rabat for further talks"
        return
    shared = [e for e in earlier if set(e.actors) & set(m.actors)]
    named = _named_series(m, earlier)
    group = _GROUP_SUBJECT.search(m.quote[max(0, m.trigger.begin - _LOOK) : m.trigger.begin])
    series = (
        named or (shared[-1] if shared else None) or (earlier[0] if earlier and group else None)
    )
    if named is not None:  # "the last round of the security dialogue": as the dialogue
        m.event_type, m.multilateral = named.event_type, named.event_type == "conference"
    elif series is not None:
        _as_series(m, series)
    series = series or (earlier[-1] if earlier else None)
    if cue == "two" or (cue is None and _two_sided_kin(m, earlier)):
        m.event_type, m.multilateral = "meeting", False
    elif cue == "many" or (series is not None and series.event_type == "conference"):
        m.event_type = "conference"
        m.multilateral = True
    if series is not None and series.venue is not None and _placed_by(m):
        m.venue, m.venues = series.venue, series.venues  # "the last round": where it met
        m.place_note = f"Place of the earlier round ({series.venue.place.name}): {series.best[1]}"
    if series is not None:
        m.actors = list(dict.fromkeys([*m.actors, *series.actors]))


_RESUMES = re.compile(r"(?i)reconven|resum|meet\s+again")


def _placed_by(m: Mention) -> bool:
    """Whether ``m`` takes the place of the earlier round: one told as done with none of its
    own ("The last round of the talks ended without a deal"); a round ahead is not placed by the
    earlier one ("A second round is planned for next month": its venue is yet to be told), unless
    the same gathering resumes ("The ministers are due to reconvene next week")."""
    resumes = _RESUMES.match(m.quote_trigger) is not None  # "are due to reconvene next week"
    return m.venue is None and not m.online and (m.status != "announced" or resumes)


_GROUP_OWNED = re.compile(rf"(?i)\b{_GROUP}['’]\s+$")
_BARE_SERIES = re.compile(r"(?i)\b(?:next|previous|last|following|preceding)\s+$")


def _as_series(m: Mention, series: Mention) -> None:
    """ "The last leaders' meeting": of a two-sided series (the leaders of the two countries
    met before), a meeting, though "the leaders' meeting" alone would read as many parties."""
    owned = _GROUP_OWNED.search(m.quote, max(0, m.trigger.begin - 40), m.trigger.begin)
    if owned and m.trigger.event_type == "meeting" and series.event_type == "meeting":
        m.event_type, m.multilateral = "meeting", False


def _two_sided_kin(m: Mention, earlier: list[Mention]) -> bool:
    """ "The previous summit was held in Lisbon" after "held their bilateral summit": the latest
    earlier event told by the same word is a meeting of two sides, and so is its series."""
    if not _BARE_SERIES.search(m.quote, max(0, m.trigger.begin - 20), m.trigger.begin):
        return False  # "the next EU-CELAC summit": a name of its own tells its sides
    word = (m.quote_trigger.split() or [""])[-1].casefold()
    kin = next((e for e in reversed(earlier) if word in e.quote_trigger.casefold()), None)
    return m.event_type == "conference" and kin is not None and kin.event_type == "meeting"
