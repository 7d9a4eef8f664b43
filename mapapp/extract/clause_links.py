"""Events told in clauses that hang on another event of the same sentence.

"stopped in Port Vila on Monday, where she signed a partnership": the partnership was signed in
Port Vila on Monday. A clause opened by "where" (or "at which") names the place of the event
before it; what the clause does not state itself (place, date) it takes from that event.
"The two-day talks opened on Monday" lasts two days, but "arrived on Thursday on a three-day
visit, also called on the Vice President" gives the three days to the visit only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from mapapp.extract.actors import ActorTable, find_actors
from mapapp.extract.date_spans import range_span
from mapapp.extract.discourse import Mention
from mapapp.extract.further_legs import FURTHER_LEG
from mapapp.extract.gapping import with_gaps, with_series
from mapapp.extract.purposes import with_purposes
from mapapp.extract.relative_dates import counts_back, resolve_relative
from mapapp.extract.restatements import distinct, with_stops
from mapapp.extract.second_parties import with_second_parties
from mapapp.extract.text_dates import UNKNOWN, DateMatch, DateSpan
from mapapp.extract.then_legs import lent_days
from mapapp.extract.trigger_words import WEEKDAY
from mapapp.extract.triggers import Trigger
from mapapp.extract.venues import Venue, stop_at
from mapapp.extract.where_places import day_of_place, place_before

_WHERE = re.compile(
    r"(?i),?\s+(?:where|at\s+which|during\s+which|in\s+which\s+(?:city|town|capital))\b"
)
_LOOK_BACK = 160  # characters between "where" and the event word of its clause
_DURATION = re.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|[2-7])(?:-day\b|\s+days\s+of\b)\s*"
    r"(?P<noun>(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|talks|meetings?|negotiations|"
    r"consultations|sessions?|summit|conference|forum|ministerial|gathering|event)s?\b)?"
)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NOUN_TYPES = {
    "visit": "visit",
    "trip": "visit",
    "tour": "visit",
    "stay": "visit",
}


_FOR_TALKS = re.compile(r"\bfor\s+(?:[\w-]+\s+)?$")


def where_host(masked: str, trigger: Trigger, triggers: list[Trigger]) -> int | None:
    """Where the "where" clause holding ``trigger`` opens (None when it is in no such clause,
    or another event word stands between "where" and it)."""
    lo = max(0, trigger.begin - _LOOK_BACK)
    found = list(_WHERE.finditer(masked, lo, trigger.begin))
    if not found:
        return None
    pos = found[-1].start()
    purpose = _FOR_TALKS.search(masked, max(0, trigger.begin - 30), trigger.begin)
    if not purpose and any(pos < t.begin < trigger.begin for t in triggers if t is not trigger):
        return None  # ("where he will receive X for talks": the talks are in the clause too)
    if not any(t.begin < pos for t in triggers):
        return None  # no event before "where" to hang on ("the place where they talked")
    return pos


def _date_at(found: list[DateMatch], span: DateSpan) -> int | None:
    return next((d.begin for d in found if d.span.expression == span.expression), None)


def inherit_host(
    host_pos: int,
    own: tuple[Venue | None, DateSpan, bool],
    venues: list[Venue],
    out: list[Mention],
    found: list[DateMatch],
    named: Venue | None = None,
) -> tuple[Venue | None, DateSpan, bool]:
    """The (venue, span, near) of an event in a "where" clause: its own ones when the clause
    states them, else those of the event it hangs on (or the place named before "where")."""
    venue, span, near = own
    host = next((m for m in reversed(out) if m.trigger.begin < host_pos), None)
    if venue is None or venue.begin < host_pos:
        # "arrived in Rome from Lisbon, where he had held talks": the place "where" follows
        before = [v for v in venues if v.end <= host_pos and host_pos - v.end <= 60]
        venue = named or (before[-1] if before else None) or (host.venue if host else None)
    if host is None or host.span.start is None:
        return venue, span, near
    at = _date_at(found, span) if span.start is not None else None
    if span.start is None or at is None or at < host_pos:
        span, near = host.span, True
    return venue, span, near


_AFTER = re.compile(
    r"(?i)\b(?:after|from)\s+(?:(?:a|an|the|his|her|their)\s+)?$"
)  # "after a five-day visit", "returned on Monday from a three-day visit": ended that day
# "concluded a three-day state visit on Sunday", "capping a two-day visit": the last day told
_ENDED = re.compile(
    r"(?i)\b(?:concluded|concludes|concluding|ended|ends|ending|wrapped\s+up|wraps\s+up|"
    r"wrapping\s+up|completed|completes|finished|capped|capping|rounded\s+off)\b(?:\s+\S+){0,5}\s*$"
)
_OF_DAYS = re.compile(r"(?i)visit\s+of\s+(?P<n>two|three|four|five|six|seven|[2-7])\s+days\b")


def with_duration(
    masked: str, trigger: Trigger, clause: tuple[int, int], span: DateSpan
) -> DateSpan:
    """ "The two-day talks opened on Monday", "two days of talks", "arrived on Thursday on a
    three-day visit": a day plus the stated number of days, when the "N-day" noun is the
    trigger's own (next to it, or a trip's "on/for a N-day visit" later in its clause)."""
    if span.precision != "day" or span.start is None:
        return span
    lo, hi = max(clause[0], trigger.begin - 30), min(clause[1], trigger.end + 80)
    ended = trigger.event_type == "visit" and bool(  # a trip told by its end
        _ENDED.search(masked, max(clause[0], trigger.begin - 60), trigger.begin)
    )
    if of := _OF_DAYS.match(masked, trigger.begin):
        days = _DAYS.get(of.group("n").lower()) or int(of.group("n"))  # "a visit of three days"
        if ended:
            start = span.start - dt.timedelta(days=days - 1)
            return DateSpan(start, span.start, "range", span.expression, "duration")
        end = span.start + dt.timedelta(days=days - 1)
        return DateSpan(span.start, end, "range", span.expression, "duration")
    for m in _DURATION.finditer(masked, lo, hi):
        noun = (m.group("noun") or "").split()[-1:]
        kind = _NOUN_TYPES.get(noun[0].lower().rstrip("s"), "meeting") if noun else None
        if kind is None and m.start() <= trigger.end + 5:
            kind = trigger.event_type  # "the two-day retreat": the word next to it
        if kind is None or (kind == "visit") != (trigger.event_type == "visit"):
            continue
        beside = m.start() <= trigger.end + 5
        trip = kind == "visit" and _ON_A.search(masked, max(0, m.start() - 12), m.start())
        if not (beside or trip):
            continue
        days = _DAYS.get(m.group("n").lower()) or int(m.group("n"))
        if _AFTER.search(masked, max(0, m.start() - 12), m.start()) or (ended and beside):
            # "signed on Wednesday, after two days of talks": the talks ended that day
            start = span.start - dt.timedelta(days=days - 1)
            return DateSpan(start, span.start, "range", span.expression, "duration")
        end = span.start + dt.timedelta(days=days - 1)
        return DateSpan(span.start, end, "range", span.expression, "duration")
    return span


_ON_A = re.compile(r"(?i)\b(?:on|for)\s+(?:a|an|his|her|their)\s+$")


# a time of day or a day, as told after each of two parties met one after the other
_TIME = (
    r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+(?:lunch|dinner|noon|breakfast)|"
    rf"(?:on\s+|late\s+on\s+|early\s+on\s+)?{WEEKDAY}"
    r"(?:\s+(?:morning|afternoon|evening|night))?|later\s+in\s+the\s+day|over\s+dinner)"
)
_PAIR = re.compile(
    rf"(?P<one>[^,;.]{{3,90}}?)\s+(?P<t1>{_TIME})\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?"
    rf"(?P<two>(?:[\w'’.-]+\s+){{1,7}}?)(?P<t2>{_TIME})\b"
)
_PAIR_TYPES = ("meeting", "call")
# a verb or an auxiliary: the words after "and" are a clause of their own, not a second party
_NOT_A_PARTY = re.compile(
    r"\b(?:will|would|shall|is|are|was|were|has|have|had|to|did|does|met|held|received|"
    r"hosted|spoke|visited|signed|travell?ed|flew|went|left)\b"
)


def with_pairs(
    masked: str, mentions: list[Mention], found: list[DateMatch], table: ActorTable
) -> list[Mention]:
    """ "met Serbia's president in the morning and Kosovo's foreign minister in the afternoon":
    one verb, two parties each with its own time, are two events; the second takes its own
    day (else the first's) and the place named after its time (else the first's)."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        pair = _pair_after(masked, m) if m.event_type in _PAIR_TYPES else None
        if pair is None or any(m.trigger.end < x.trigger.begin < pair.end() for x in mentions):
            continue  # another event word in between: the clause is read as its own
        own = [d.span for d in found if pair.start("t2") <= d.begin < pair.end("t2")]
        first = [d.span for d in found if pair.start("t1") <= d.begin < pair.end("t1")]
        if first:
            m.span = first[0]
        later = [v for v in m.venues if v.begin >= pair.start("two")]
        if later and (m.venue is None or m.venue.begin >= pair.start("two")):
            m.venue = None  # the place told in the second part is the second event's
        begin = pair.start("two")
        names = [name for _, name in find_actors(pair.group("two"), table)]
        m.actors = [a for a in m.actors if a not in names] or m.actors
        trigger = replace(m.trigger, begin=begin, end=begin + 1, repeat=True)
        out.append(
            replace(
                m,
                trigger=trigger,
                span=own[0] if own else m.span,
                venue=later[0] if later else m.venue,
                actors=names or m.actors,
                quotes=[],
            )
        )
    return out


def _pair_after(masked: str, m: Mention) -> re.Match[str] | None:
    if m.trigger.kind == "noun" and not told_by_verb(masked, m.trigger):
        return None  # ("held separate talks with X on Friday and with Y on Saturday": a verb)
    if m.trigger.end - m.trigger.begin <= 1:
        return None  # a second party made here already
    pair = _PAIR.match(masked, m.trigger.end, min(len(masked), m.trigger.end + 240))
    if pair is None or _NOT_A_PARTY.search(pair["two"]):
        return None  # "… and held talks with": a verb of its own, read as its own event
    return pair


_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "…, a week after the two presidents spoke by phone": the event is the anchor of a later one
_ANCHOR_OF = re.compile(
    r"(?i)\b(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>day|week|month)s?\s+"
    r"(?P<dir>after|before)\s+(?P<rest>[^,;.]{0,80})$"
)


def anchored(masked: str, trigger: Trigger, found: list[DateMatch]) -> DateSpan | None:
    """ "…, said on Wednesday, a week after the presidents spoke by phone": the call was a week
    before the date told before the phrase (a day for days, about a week for weeks)."""
    m = _ANCHOR_OF.search(masked, max(0, trigger.begin - 120), trigger.begin)
    if m is None:
        return None
    before = [d for d in found if d.end <= m.start() and d.span.start is not None]
    if not before or before[-1].span.precision != "day":
        return None
    day = before[-1].span.start
    assert day is not None
    n = _N.get(m["n"].lower()) or int(m["n"])
    sign = -1 if m["dir"].lower() == "after" else 1
    unit = m["unit"].lower()
    days = n * {"day": 1, "week": 7, "month": 30}[unit]
    mid = day + dt.timedelta(days=sign * days)
    spread = dt.timedelta(days={"day": 0, "week": 3, "month": 10}[unit])
    return range_span(mid - spread, mid + spread, "range", m.group(0), "anchored")


_STOP_GAP = re.compile(r"(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)?,?\s+(?:on\s+|from\s+)?$")


def _own_stop_days(masked: str, m: Mention, found: list[DateMatch]) -> None:
    """A stop of a listed trip followed by its own days takes them."""
    assert m.venue is not None
    own = [
        d
        for d in found
        if 0 < d.begin - m.venue.end <= 40
        and _STOP_GAP.fullmatch(masked, m.venue.end, d.begin)
        and d.span.start is not None
    ]
    if own and own[0].span.expression != m.span.expression:  # same words: already read in its tense
        m.span = own[0].span


def with_legs(
    masked: str, mentions: list[Mention], found: list[DateMatch], table: ActorTable
) -> list[Mention]:
    """A trip's further leg told without a verb of its own ("… and then to Cairo on Sunday") is
    a visit there, in the trip's tense, on the day told right after the place (else unknown)."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        if m.event_type == "visit" and m.venue is not None and m.trigger.repeat:
            _own_stop_days(masked, m, found)  # "…, and Guatemala City, Guatemala, January 23-24"
        if m.event_type != "visit" or m.venue is None or m.trigger.repeat:
            continue
        leg = FURTHER_LEG.search(masked, m.venue.end, min(len(masked), m.venue.end + 160))
        if leg is None:
            continue
        stop = stop_at(masked, leg.end(), table)
        if stop is None or stop.place == m.venue.place:
            continue
        if any(
            x.event_type == "visit" and leg.start() <= x.trigger.begin <= stop.begin
            for x in mentions
        ):
            continue  # the leg has an event word of its own ("his first visit to" is later)
        days = [d.span for d in found if stop.end <= d.begin <= stop.end + 4]
        if leg.group("when"):  # "…, and on Tuesday to Riga": the day told before the stop
            days = [d.span for d in found if leg.start("when") <= d.begin < leg.end("when")]
        trigger = replace(m.trigger, begin=stop.begin, end=stop.begin + 1, repeat=True)
        # "travelled last week to Mogadishu …, and then to Nairobi": the trip's loose dates
        span = days[0] if days else (lent_days(m.span) or DateSpan(None, None, "unknown", None))
        out.append(
            replace(m, trigger=trigger, venue=stop, venues=[*m.venues, stop], span=span, quotes=[])
        )
    return out


def _country_of_stop(m: Mention, told: list[Mention]) -> bool:
    """ "… and on to Moscow on Tuesday …, his first visit to Russia": a visit to a country
    restating a stop in one of its cities told before it in the sentence."""
    if m.event_type != "visit" or m.venue is None or m.venue.place.precision != "country":
        return False
    return any(
        x.event_type == "visit"
        and x.status == m.status
        and x.venue is not None
        and x.venue.place.precision != "country"
        and x.venue.place.country_code == m.venue.place.country_code
        and x.venue.begin < m.venue.begin
        for x in told
    )


_HELD = re.compile(r"\b(?:held|had|conducted|hold(?:s|ing)?|spoke|talked)\s+(?:[\w-]+\s+){0,2}$")


def told_by_verb(masked: str, trigger: Trigger) -> bool:
    """ "signed a deal on Wednesday", "held talks … on Tuesday": a verb of the past of its own,
    not the purpose of a trip ("for talks") or a chain of plans ("to visit … and meet")."""
    lo = max(0, trigger.begin - 30)
    return trigger.kind == "past" or (
        trigger.kind == "noun" and _HELD.search(masked, lo, trigger.begin) is not None
    )


_REPORTED_ON = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’-]+\s+){0,4}?|announced|stated|added|confirmed|reported)\s*$"
)


def reported_on(masked: str, pos: int) -> bool:
    """ "…, she told reporters on Wednesday": a date at ``pos`` that is the telling's."""
    return _REPORTED_ON.search(masked, max(0, pos - 60), pos) is not None


def hang_on(
    masked: str,
    trigger: Trigger,
    triggers: list[Trigger],
    own: tuple[Venue | None, DateSpan, bool],
    venues: list[Venue],
    out: list[Mention],
    dates: Callable[[bool], list[DateMatch]],
    table: ActorTable,
) -> tuple[Venue | None, DateSpan, bool]:
    """A clause opened by "where" takes from the event it hangs on what it does not state."""
    host = where_host(masked, trigger, triggers)
    if host is None:
        return own
    named = place_before(masked, host, table)
    venue, span, near = inherit_host(host, own, venues, out, dates(True), named)
    before = next((m for m in reversed(out) if m.trigger.begin < host), None)
    if named is None or before is None or span != before.span:
        return venue, span, near
    day = day_of_place(named, host, before, dates)  # "and to Doha on Thursday, where …"
    return (venue, day, True) if day is not None else (venue, span, near)


# "has arrived,", "have landed.": an arrival at the scene the report tells as just happened, on
# its day ("has arrived in Lima" with no day takes the day of the next sentence instead)
_JUST_ARRIVED = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed)\s*[,.;]")


def among_themselves(
    masked: str, out: list[Mention], dates: Callable[[bool], list[DateMatch]], table: ActorTable
) -> list[Mention]:
    """One sentence's mentions among themselves: restatements dropped; further stops, second
    parties and onward legs added."""
    found = dates(bool(out) and out[0].status == "announced")
    kept = distinct(with_stops(masked, out, table))
    told = with_legs(masked, with_pairs(masked, kept, found, table), found, table)
    told = [m for m in with_gaps(masked, told, found, table) if not _country_of_stop(m, told)]
    told = with_series(masked, told, found, table)  # "in Rabat on Aug. 14, in Tunis the next …"
    with_purposes(masked, told, dates)
    told = with_second_parties(masked, told, table)
    published = getattr(dates, "published", None)
    for m in told:  # a stop or leg of its own days after publication is ahead
        if (
            published is not None
            and m.span.start is None
            and _JUST_ARRIVED.search(masked, max(0, m.trigger.begin - 12), m.trigger.end + 3)
        ):
            m.span = DateSpan(published, published, "day", None, "reported")
        late = published is not None and m.span.start is not None and m.span.start > published
        if m.status == "occurred" and late:
            m.status, m.cue = "announced", f"{m.span.expression} (after publication)"
    return told


_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$")


def from_origin(masked: str, venue: Venue) -> bool:
    """ "flew in from Tehran", "arrived from Lisbon": the place a trip came from."""
    return _ORIGIN.search(masked, max(0, venue.begin - 10), venue.begin) is not None


def near_own(masked: str, trigger: Trigger, triggers: list[Trigger], span: DateSpan) -> bool:
    """Whether the trigger's date stands in its own stretch (after it, before the next event
    word): then a relative expression further on is not its date."""
    if span.expression is None:
        return False
    nxt = min((t.begin for t in triggers if t.begin > trigger.begin), default=len(masked))
    return masked.find(span.expression, trigger.end, nxt) != -1


_APPOSED = re.compile(r"\s*[,(—–-]\s*")


def relative_in_sentence(
    rel: re.Match[str],
    dates: Callable[[bool], list[DateMatch]],
    span: DateSpan,
    future: bool,
    aside: Callable[[int], bool] = lambda _: False,
) -> tuple[DateSpan, bool, re.Match[str] | None]:
    """ "visited Benghazi on 2 March, and two days later held talks": counted from the latest
    date before the expression in the sentence (read forward for an announced event: "travels
    to Djibouti on Thursday and will end his trip in Addis Ababa two days later"); with none,
    left to the events told before (the match is returned, and the trigger's own far date
    dropped). A date told ``aside`` is not what a bare "later" follows ("The minister, who
    arrived on Sunday, later held talks": later than the story's event; "…, who landed on
    Thursday, called on the president the same evening" is that Thursday)."""
    earlier = [
        d
        for d in dates(future)
        if d.end <= rel.start()
        and d.span.start is not None
        and not (rel.group("later") and aside(d.begin))
    ]
    named = next((rel.group(g) for g in ("what", "whata", "whate") if rel.group(g)), None)
    if earlier and named and _APPOSED.fullmatch(rel.string, earlier[-1].end, rel.start()):
        return earlier[-1].span, True, None  # "On Monday, on the eve of the visit, …": Monday
    if earlier and (resolved := resolve_relative(rel, earlier[-1].span)) is not None:
        return resolved, True, None
    # "who had arrived in Seoul the previous day, met the president on Wednesday"
    later = [d for d in dates(future) if d.begin >= rel.end() and d.span.precision == "day"]
    if later and counts_back(rel) and (resolved := resolve_relative(rel, later[0].span)):
        return resolved, True, None
    # "During the visit, the prime minister will hold talks … on 15.09.2008": a day the clause
    # gives after "during" lies within the visit, and says more than it
    told = span.expression is not None and rel.string.find(span.expression, rel.end()) >= 0
    if rel.group("during") and span.precision == "day" and told:
        return span, True, None
    return UNKNOWN, False, rel
