"""The article as a whole: one event told across sentences, the dateline, background statements.

Sentence rules (:mod:`mapapp.extract.candidates`) give one *mention* per sentence and event type.
This module joins them the way a reader does:

* **References.** "The two-day talks opened on Monday", "The meeting focused on …", "that
  meeting" refer to an event already reported: the mention is merged into the latest earlier
  event of a compatible type (meeting and conference are one kind), status, place and date. A
  mention close by (within two sentences) with a shared actor merges too, when one of the two is
  a noun and the other a verb ("for talks with Qatari officials" … "Whitfield met with Qatar's
  minister on Tuesday"); a plural ("held several meetings") never merges that way.
  The merged candidate keeps every sentence (``source_quotes``) and quotes the one that states
  the event best (place, date and a verb).
* **The scene.** The article's main event is the first one the lead reports (:func:`main_event`);
  where events without a place or date of their own happened is :mod:`mapapp.extract.scene`.
* **Background.** Habitual and background statements ("for years", "has long", "regularly",
  "every three months", "since 2021") are not offered as events unless a bounded date makes
  them one ("regularly met … in 2019-2020").
* **Parties.** A meeting of many parties is a conference (:mod:`mapapp.extract.parties`).

Each mention is compared with a bounded number of earlier events, so the work is linear in the
number of sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from mapapp.extract.counterparts import two_sided_meeting
from mapapp.extract.ordinal_events import is_ranked
from mapapp.extract.series import series_type
from mapapp.extract.settings import is_setting, referred_setting
from mapapp.extract.text_dates import DateSpan, find_dates
from mapapp.extract.triggers import Clauses, Trigger
from mapapp.extract.venues import Venue
from mapapp.extract.welcomes import mentions_apart, same_kind_in

MERGE_TYPES = frozenset({"meeting", "conference", "visit", "call", "agreement"})
RECENT = 12  # earlier events a reference may point back to
_ADJACENT = 2  # sentences apart for a merge without a reference
# "on the margins of the summit", "instead met": another event than the one just told
_ANOTHER = re.compile(r"(?i)\bon\s+the\s+(?:sidelines|margins)\b|\binstead\b")
# "X also called on the president", "later met with the prime minister": one more event after
# the one told (its subject told before the verb; "also" further on may qualify something else)
_ANOTHER_TOO = re.compile(r"(?i)\b(?:also|later|afterwards|subsequently|then)\s+(?:\w+\s+)?$")
# "held several meetings": many events, never merged by proximity alone
_PLURAL = re.compile(r"(?i)^(?:meetings|sessions|gatherings|conferences|summits|visits|calls)$")


@dataclass
class Mention:
    """One sentence's statement of one event, and (after merging) the event it belongs to."""

    index: int
    paragraph: int
    quote: str
    trigger: Trigger
    event_type: str
    status: str
    cue: str
    span: DateSpan
    date_near: bool
    venue: Venue | None
    venues: list[Venue]
    actors: list[str]
    online: bool
    linked: bool = False
    same_time: bool = False
    series: bool = False
    multilateral: bool = False
    also: bool = False
    relative: re.Match[str] | None = None  # "two days later": counted from an earlier event
    here: bool = False  # "held talks here": at the dateline's city
    again: int = 0  # 1 "meets in the same city", 2 "taken to the retreat": told before
    quotes: list[str] = field(default_factory=list)
    best: tuple[int, str] = (0, "")
    place_note: str | None = None
    date_note: str | None = None
    ahead: DateSpan | None = None  # a bare reference's date read forward (see read_ahead)

    def __post_init__(self) -> None:
        self.quotes = self.quotes or [self.quote]
        self.best = (self.strength(), self.quote)

    def two_sided(self) -> bool:
        """ "a bilateral meeting", "with his counterpart": a meeting of two sides, never made a
        conference by a reference to the gathering around it."""
        return self.event_type == "meeting" and two_sided_meeting(
            self.quote, self.trigger, Clauses(self.quote)
        )

    @property
    def quote_trigger(self) -> str:
        """The trigger's words (the verbatim sentence has the masked one's offsets)."""
        return self.quote[self.trigger.begin : self.trigger.end]

    def strength(self) -> int:
        """How fully the sentence states the event: a place, a date, a verb, no reference."""
        return (
            2 * (self.venue is not None)
            + 2 * (self.span.start is not None)
            + (self.trigger.kind != "noun")
            + (not self.trigger.definite)
        )


def overlap(a: DateSpan, b: DateSpan, slack: int = 0) -> bool:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return True
    pad = dt.timedelta(days=slack)
    return a.start <= b.end + pad and b.start <= a.end + pad


def span_width(span: DateSpan) -> int:
    if span.start is None or span.end is None:
        return 10**6
    return (span.end - span.start).days


def _compatible(event: Mention, m: Mention, *, reference: bool) -> bool:
    kinds = {event.event_type, m.event_type}
    if not (len(kinds) == 1 or kinds == {"meeting", "conference"}):
        return False
    # "During the visit": a reference with no status words of its own takes the event's
    bare = reference and m.status == "occurred" and not m.cue
    if (event.status != m.status and not bare) or event.index == m.index:
        return False
    if m.venue and event.venue and m.venue.place.country_code != event.venue.place.country_code:
        return False
    if m.event_type == "visit" and _other_towns(event.venue, m.venue):
        return False  # "arrived in Accra" … "Later, in Kumasi, she …": two stops of one trip
    return not ((m.date_near or not reference) and not overlap(event.span, m.span))


def _other_towns(a: Venue | None, b: Venue | None) -> bool:
    """Whether two venues are towns (or sites) far apart: a degree and more of latitude or
    longitude, the width of a metropolitan area."""
    if a is None or b is None or "country" in (a.place.precision, b.place.precision):
        return False
    return abs(a.place.lat - b.place.lat) + abs(a.place.lon - b.place.lon) > 1.0


def _absorb(event: Mention, m: Mention, reference: bool) -> None:
    if m.quote not in event.quotes:
        event.quotes.append(m.quote)
    restated = m.trigger.definite and m.trigger.kind != "noun"  # "met for three hours at …"
    if m.event_type == "conference" and not event.two_sided() and not restated:
        event.event_type = "conference"  # ("the summit" after a bilateral meeting: still one)
    dated = m.span.start is not None and (m.date_near or not reference)
    if dated and span_width(m.span) < span_width(event.span):
        event.span = m.span
        event.date_note = f"Date from '{m.span.expression}' in: {m.quote}"
    finer = reference and event.venue is not None and _finer(event.venue, m.venue)
    if m.venue is not None and (event.venue is None or finer):
        event.venue, event.venues = m.venue, m.venues
        event.place_note = f"Place from: {m.quote}"
    event.actors = list(dict.fromkeys([*event.actors, *m.actors]))
    event.multilateral = event.multilateral or m.multilateral
    if m.best[0] > event.best[0]:
        event.best = m.best


def _finer(told: Venue, ref: Venue | None) -> bool:
    """ "a visit to Australia" … "The visit to Canberra": a reference naming a city of the
    country told makes the place precise."""
    if ref is None:
        return False
    country = told.place.precision == "country" and ref.place.precision != "country"
    return country and ref.place.country_code == told.place.country_code


def same_place(mentions: list[Mention]) -> None:
    """ "The council meets in the same city on Tuesday", "taken to the retreat": the place of
    the latest mention of the same status told before with one (before merging, so the place
    keeps the event apart)."""
    placed: dict[str, Mention] = {}
    for m in mentions:
        ref = placed.get(("site " if m.again == 2 else "") + m.status)
        if m.again and m.venue is None and ref is not None and ref.index < m.index:
            m.venue, m.venues = ref.venue, ref.venues
            m.place_note = f"The same place as the event told before: {ref.quote}"
        if m.venue is not None and (m.venue.site or m.venue.place.precision == "exact_site"):
            placed[f"site {m.status}"] = m  # "the retreat": a named site
        if m.venue is not None:
            placed[m.status] = m


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """Join mentions of one event (see the module docstring); order of first mention kept."""
    events: list[Mention] = []
    lead = min((m.paragraph for m in mentions), default=0)
    told_with: dict[int, Mention] = {}  # sentence → the event a reference in it was merged into
    for m in mentions:
        target = None
        _when_clause(m, events)
        if m.event_type in MERGE_TYPES:
            recent = [e for e in events[-RECENT:] if e.event_type in MERGE_TYPES]
            gatherings = any(e.event_type in ("meeting", "conference") for e in recent)
            if m.series and is_ranked(m.quote_trigger) and not gatherings:
                continue  # "The first was held in 2002" with no gathering told: of nothing
            if m.series:
                series_type(m, recent)
            elif m.trigger.definite:
                target = _referred(m, recent, events) or _referred_ahead(m, recent, events)
            elif not _ANOTHER.search(m.quote):
                # "on the margins of the summit", "instead met": another event
                target = next(
                    (
                        e
                        for e in reversed(recent)
                        if m.index - e.index <= _ADJACENT
                        and e.event_type == m.event_type
                        and (_noun_and_verb(e, m) or _pair(e, m))
                        and not _ANOTHER_TOO.search(m.quote, 0, m.trigger.begin)
                        and not mentions_apart(e, m)
                        and not (_PLURAL.search(e.quote_trigger) or _PLURAL.search(m.quote_trigger))
                        and (
                            set(e.actors) & set(m.actors)
                            or _restates_lead(e, m, lead, events)
                            or _pair(e, m)
                        )
                        and _compatible(e, m, reference=False)
                    ),
                    None,
                )
        if target is not None:
            if target.status == "announced" and m.ahead is not None:
                m.span = m.ahead  # "The visit, in Paris on Thursday, …": the Thursday ahead
            _absorb(target, m, m.trigger.definite)
            told_with.setdefault(m.index, target)
        elif not _dangling(m):
            _guest_visit(m, events)
            events.append(m)
    _told_with(events, told_with)
    return events


# "last visited Africa in 2023, when he attended the BRICS summit": at the time of the clause before
_WHEN = re.compile(r",\s+when\s+(?:he|she|they|it|the\s+\w+)\s+[a-z]+\s+(?:[\w'’.-]+\s+){0,5}$")


def _when_clause(m: Mention, events: list[Mention]) -> None:
    """An undated event in a clause opened by ", when" takes the date of the event of the
    sentence the clause hangs on (not a reference to another event of the story)."""
    if m.span.start is not None or not _WHEN.search(m.quote, 0, m.trigger.begin):
        return
    host = next((e for e in reversed(events) if e.index == m.index), None)
    if host is not None and host.span.start is not None and host.status == m.status:
        m.span, m.date_near = host.span, True
        m.date_note = f"Date of the clause the 'when' clause hangs on: {host.best[1]}"


# "the G7 summit", "the Korea-Africa Summit": a gathering named, never a two-sided meeting
_NAMED = re.compile(
    r"(?<!\S)(?!(?:The|A|An|This|That|Their|Its|His|Her)\s)(?:[a-z]+-)?[A-Z][\w-]*\s+$"
)
# "met on the sidelines of the G7 summit": a gathering told as the setting of the clause's own
_SETTING = re.compile(
    r"(?i)\b(?:on\s+the\s+(?:sidelines|margins)\s+of|at)\s+the\s+(?:\S+\s+){0,4}$"
)


_FRAME = re.compile(
    r"(?i)\b(?:(?:at|by)\s+the\s+(?:close|end|start|opening|conclusion)\s+of|after|before|"
    r"during|following)\s+(?:the|their)\s+(?:[\w'’-]+\s+)?$"
)


def _referred(m: Mention, recent: list[Mention], events: list[Mention]) -> Mention | None:
    """The event a reference ("The two-day talks", "the summit") is to, if any."""
    matches = [e for e in recent if _compatible(e, m, reference=True) and not mentions_apart(e, m)]
    many = [e for e in matches if e.event_type == "conference" or e.multilateral]
    if m.multilateral and many:  # "the ministers' meeting": the many-party one
        matches = many
    before = m.quote[max(0, m.trigger.begin - 40) : m.trigger.begin]
    named = _NAMED.search(before) is not None
    if m.event_type == "conference" and named:
        matches = [e for e in matches if not e.two_sided()]  # "the G7 summit": not a bilateral
    if named and m.venue is not None and m.span.start is not None and m.date_near:
        # "the inter-Korean summit at Panmunjom on April 27", "the CARICOM-Cuba summit in Havana
        # in December": a gathering told in full is the same only as one of its kind, there then
        matches = [e for e in matches if e.event_type == m.event_type and _same_here(e, m)]
    # "on the sidelines of the summit" after a bilateral meeting: the summit
    matches = [e for e in matches if e.event_type == m.event_type] or matches
    matches = referred_setting(m, matches)  # "on the margins of the council": a gathering
    # "At the close of the session": the event told as a session, not the meeting told last
    if _FRAME.search(before):
        word = m.quote_trigger.strip().casefold()
        matches = [e for e in matches if any(word in q.casefold() for q in e.quotes)] or matches
    shared = [len(set(e.actors) & set(m.actors)) for e in matches]
    if matches:  # the most actors in common, then the latest
        return max(zip(shared, range(len(matches)), matches, strict=True))[2]
    # "the three leaders met at the summit in Hiroshima": the clause's own gathering
    own = [e for e in events if e.index == m.index and e.event_type == m.event_type]
    setting = _SETTING.search(m.quote, max(0, m.trigger.begin - 80), m.trigger.begin)
    if is_setting(m.quote, m.trigger.begin, m.trigger.end):
        return None  # "… last met on the sidelines of the G7 summit": a gathering of its own
    return own[-1] if own and setting and m.event_type == "conference" else None


def read_ahead(mentions: list[Mention], published: dt.date) -> None:
    """A reference without status words ("The visit, to Islamabad on Wednesday and Thursday,
    is his first since 2020") reads its weekday back from publication; its date read forward is
    kept for an announced event it may restate."""
    for m in mentions:
        bare = m.status == "occurred" and not m.cue and m.trigger.kind == "noun"
        if not (bare and m.trigger.definite and m.span.expression):
            continue
        forward = find_dates(m.quote, published, prefer_future=True)
        m.ahead = next(
            (d.span for d in forward if d.span.expression == m.span.expression),
            None,
        )


def _referred_ahead(m: Mention, recent: list[Mention], events: list[Mention]) -> Mention | None:
    """ "will pay an official visit to Pakistan next week" … "The visit, to Islamabad on
    Wednesday and Thursday, …": a bare reference restates the announced event, on the days
    its weekdays name ahead of publication (and takes its place and days)."""
    if m.ahead is None or m.ahead == m.span:
        return None
    told = m.span, m.status
    m.span, m.status = m.ahead, "announced"
    target = _referred(m, [e for e in recent if e.status == "announced"], events)
    if target is None:
        m.span, m.status = told
    return target


def _same_here(e: Mention, m: Mention) -> bool:
    """Whether ``e`` took place where and when the fully told ``m`` did (as far as it says)."""
    if e.venue is not None and m.venue is not None and e.venue.place.name != m.venue.place.name:
        return False
    return e.span.start is None or overlap(e.span, m.span)


# "The two heads of state held bilateral talks", "The two leaders met for two hours", "They
# held talks": the pair of the meeting told just before
_THE_PAIR = re.compile(
    r"^\W*(?:The\s+two\s+(?:[\w-]+\s+){0,2}?(?:leaders|heads\s+of\s+(?:state|government)|"
    r"presidents|ministers|premiers|sides|delegations|counterparts|officials|men|women)|"
    r"They|Both\s+(?:leaders|sides|ministers|presidents|men|women))\s+(?!also\b|later\b|then\b)"
)


def _noun_and_verb(e: Mention, m: Mention) -> bool:
    return (e.trigger.kind == "noun") != (m.trigger.kind == "noun")


def _pair(e: Mention, m: Mention) -> bool:
    """ "… was received at the Union Buildings on Thursday by the President. The two heads of
    state held bilateral talks …": an undated meeting of the pair, in the next sentence and
    in the same place or none, is the meeting told before (a dated one is another)."""
    if e.event_type != "meeting" or e.multilateral or m.index - e.index != 1:
        return False
    if m.span.start is not None or e.span.start is None or m.again:
        return False
    if m.venue is not None and (e.venue is None or not _same_town(e.venue, m.venue)):
        return False
    return _THE_PAIR.match(m.quote) is not None and m.trigger.begin < 80


def _same_town(a: Venue, b: Venue) -> bool:
    return not _other_towns(a, b) and a.place.country_code == b.place.country_code


def _restates_lead(e: Mention, m: Mention, lead: int, events: list[Mention]) -> bool:
    """ "… hours after the envoy met leaders of the movement in the city" (the lead, undated),
    then "The envoy … held talks with the group's leader on Tuesday": the paragraph after the
    lead tells the lead's event of that type in full, when it is the first of its type there."""
    return (
        e.paragraph == lead
        and m.paragraph == lead + 1
        and e.span.start is None
        and not any(same_kind_in(x, m) for x in events)
    )


_INSTEAD = re.compile(r"(?i)\binstead\b")


def instead_of(m: Mention) -> bool:
    """ "The envoy instead met …": an event in place of the one told before, not the same."""
    return _INSTEAD.search(m.quote, max(0, m.trigger.begin - 40), m.trigger.begin) is not None


# "ahead of the Mercosur summit", "to prepare the talks": a later event named as a purpose
_AHEAD_OF = re.compile(
    r"(?i)\b(?:ahead\s+of|before|prior\s+to|in\s+(?:the\s+)?(?:run-up|preparation)\s+(?:to|for)|"
    r"to\s+prepare(?:\s+for)?|preparations?\s+for|on\s+the\s+eve\s+of)\s+"
    r"(?:the|this|next|their|a)\s+(?:[\w.'’-]+\s+){0,4}$"
)


# "The visit is the first by a Somali leader since …", "The visit was the first by …": the
# text names the guest's visit (the scene gives its place), though no arrival was told
_NAMES_GUEST = re.compile(
    r"(?i)^(?:the|this|his|her)\s+(?:[\w-]+\s+)?visit\s+(?:is|was)\s+the\s+first\b"
)


def _guest_visit(m: Mention, events: list[Mention]) -> None:
    """ "The visit is the first by a Somali leader since …" with no visit told before: the
    guest's visit to the main event, at its place and on its day."""
    main = main_event(events)
    if main is None or m.venue is not None or m.span.start is not None:
        return
    if m.event_type == "visit" and m.trigger.definite and _NAMES_GUEST.search(m.quote):
        m.span, m.venue, m.venues = main.span, main.venue, main.venues
        m.date_note = f"The visit of the event told in: {main.best[1]}"


def _dangling(m: Mention) -> bool:
    """ "The visit follows …" with no visit told before, and no place or date: nothing to map;
    nor "met in Santiago ahead of the Mercosur summit" with that summit told nowhere before (a
    place before the words is the meeting's)."""
    if not (m.span.start is None and m.trigger.kind == "noun" and m.trigger.definite):
        return False
    ahead = _AHEAD_OF.search(m.quote, max(0, m.trigger.begin - 80), m.trigger.begin)
    if ahead is not None:
        return m.venue is None or m.venue.begin < ahead.start()
    return m.venue is None and m.event_type == "visit" and not _NAMES_GUEST.search(m.quote)


def _told_with(events: list[Mention], told_with: dict[int, Mention]) -> None:
    """ "The ministers met at the ministry and signed the agreement": an event told in the
    sentence of a reference, with no date or place of its own, shares those of the event the
    reference is to."""
    for e in events:
        ref = told_with.get(e.index)
        if ref is None or ref is e or e.status != ref.status or e.online or e.relative:
            continue  # ("On the eve of the summit, …": a day of its own, counted from it)
        if e.span.start is None and e.venue is None and ref.span.start is not None:
            e.span, e.venue, e.venues = ref.span, ref.venue, ref.venues
            e.date_note = f"Date of the event it is told with, reported in: {ref.best[1]}"


def main_event(events: list[Mention]) -> Mention | None:
    """The article's main event: the first one in person that the lead reports."""
    lead = min((e.paragraph for e in events), default=0)
    return next(
        (
            e
            for e in events
            if e.event_type in MERGE_TYPES and e.paragraph <= lead + 1 and not e.online
        ),
        None,
    )
