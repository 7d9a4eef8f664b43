"""A second event told without its verb, after "and": the verb of the first is understood.

"The Congolese minister had arrived in Luanda on Friday, and the Rwandan minister on Saturday
morning": a second arrival, on Saturday. "The first was held in Ashgabat in 2002, and the fourth
in the Russian city of Astrakhan in 2014", "the third summit after Cairo in March 2017 and New
York in September 2017": a second gathering, with its own place and date. The part after "and"
has no verb of its own and states a date of its own; it takes the place it names (else the
first event's), the people it names (else the first event's), and the first event's tense.

A list of stops each with its day ("stopping in Rabat on Aug. 14, in Tunis the next day and in
Tripoli on Aug. 17-18", "visited Nairobi on Monday, Kampala the following day and Kigali on
Thursday") is one event per stop: each part after a comma that opens with a place and states a
day, its own or one counted from the stop before ("the next day", "two days later"), is a
stop of the first event's kind and tense (:func:`with_series`). The list opens with a comma (a
plain "A and B on Tuesday" is read above) and each stop's day differs from the one before ("to
Kinshasa and Kigali next week" is one trip's week, not two stops' days).
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.actors import ActorTable, find_actors
from mapapp.extract.discourse import Mention
from mapapp.extract.ordinal_events import is_ranked
from mapapp.extract.relative_dates import find_relative, resolve_relative
from mapapp.extract.text_dates import DateMatch, DateSpan
from mapapp.extract.trigger_words import WEEKDAY
from mapapp.extract.venues import Venue, stop_at

_AND = re.compile(r",?\s+and\s+(?:then\s+)?")
_COMMA_AND = re.compile(r",\s+and\s+(?:then\s+)?")
# where the part ends: the sentence's end or a dash; a purpose ("… and Tegucigalpa on Thursday to
# review reconstruction", "… for talks"); an aside or the source after a comma ("…, in what
# officials call …", "…, the ministry said")
_END = re.compile(
    r"[.;:]|\s+[-–—]\s+|$|\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\b)[a-z]{2,}\b|"
    # "… and La Paz on Saturday for bilateral talks": the trip's purpose, told for both stops
    r"(?P<talks>\s+for\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations|meetings)\b)|"
    r",\s+(?:in\s+what|which|who|as|amid|according|(?:[\w.'’-]+\s+){0,4}?(?:said|says|told))\b"
)
_LONGEST = 120  # characters of the part without a verb
# a verb or an auxiliary: the part after "and" is a clause of its own (read as its own event)
_VERB = re.compile(
    r"(?i)\b(?:will|would|shall|can|could|(?-i:may)|might|must|is|are|was|were|be|been|has|have|"
    r"had|do|does|did|to|which|who|that|said|says|told|according|due|held|met|made|taken|"
    r"given|seen|done|begun|won|led|sent|set|took|gave|went|came|became|got|left|began|ran|"
    r"saw|kept|brought|paid|rose|fell|grew|broke|fought|drew|stood)\b|\b[a-z]{3,}ed\b|\b(?!morning\b|evening\b|during\b)[a-z]{3,}ing\b|"
    # an event named in the part is told on its own ("… and the outcome of the retreat")
    r"\b(?:talks|meetings?|summits?|retreats?|conferences?|visits?|trips?|calls?|sessions?|"
    r"agreements?|outcomes?|results?|dialogues?|negotiations|consultations|forums?|"
    r"ceremony|rounds?)\b"
)
# "… and on the review of the pact", "… and a programme for 2025-2027": a topic or a period
# ("… and on Sunday with the president of Azerbaijan": a day, the second event's own)
_NOT_A_SUBJECT = re.compile(rf"(?i)(?:on|about|of|for|over|with|a|an)\b(?!\s+(?:{WEEKDAY}\b|\d))")
_PERIOD = re.compile(r"(?i)\b(?:for|until|till|through|by|since|from)\s+(?:the\s+)?$")


def _gapped(masked: str, m: Mention, mentions: list[Mention]) -> re.Match[str] | None:
    """The "and …" part after ``m`` that states a second event of its kind, if any."""
    anchor = m.trigger.end
    if m.venue is not None and m.venue.end > anchor:
        anchor = m.venue.end
    nxt = min((x.trigger.begin for x in mentions if x.trigger.begin > m.trigger.end), default=None)
    found = _AND.search(masked, anchor)
    if found is None:
        return None
    end = _END.search(masked, found.end())
    assert end is not None  # "$" always matches
    # "to meet the High Representative for Foreign and Security Policy, and in Luxembourg on
    # Tuesday …": the "and" of a name, then the one after a comma that opens the part
    later = _COMMA_AND.search(masked, found.end(), end.start())
    found = later or found
    if nxt is not None and nxt < end.start():
        return None  # another event word before or in the part: it is read on its own
    part = masked[found.end() : end.start()]
    if not part or len(part) > _LONGEST or _VERB.search(part) or _NOT_A_SUBJECT.match(part):
        return None
    return found


def with_gaps(
    masked: str, mentions: list[Mention], found: list[DateMatch], table: ActorTable
) -> list[Mention]:
    """Each event followed by an "and …" part without a verb and with a date of its own gets a
    second event of its kind (see the module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        copy = m.trigger.end - m.trigger.begin <= 1
        if copy or m.event_type == "statement" or m.span.start is None:
            continue
        gap = _gapped(masked, m, mentions)
        if gap is None:
            continue
        end = _END.search(masked, gap.end())
        assert end is not None
        if end["talks"] and m.event_type != "visit":
            continue  # "… and Lima on Tuesday for talks": the talks are told by their own word
        days = [
            d
            for d in found
            if gap.end() <= d.begin < end.start()
            and d.span.start
            and not _PERIOD.search(masked, max(0, d.begin - 12), d.begin)
        ]
        if not days or days[0].span == m.span:
            continue  # ("… and Moroccan Expatriates on June 10": the first event's own date)
        venue = next((v for v in m.venues if gap.end() <= v.begin < end.start()), None)
        venue = venue or stop_at(masked, gap.end(), table) or m.venue
        sites = {v.text for v in m.venues} | ({venue.text, venue.place.name} if venue else set())
        part = masked[gap.end() : end.start()]
        names = [n for _, n in find_actors(part, table) if n not in sites]
        begin = gap.end()
        trigger = replace(m.trigger, begin=begin, end=begin + 1, repeat=True)
        out.append(
            replace(
                m,
                trigger=trigger,
                span=days[0].span,
                venue=venue,
                actors=names or m.actors,
                quotes=[],
            )
        )
    return out


# a part of a list of stops: ", in Tunis", ", and in Tripoli", " and Kigali"
_SERIES_SEP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:(?:in|at|to)\s+)?(?=[A-Z])")
_SERIES_PART = 50  # characters of a part after its place
_SERIES_TYPES = ("visit", "meeting", "conference")


def _series_day(
    masked: str, begin: int, end: int, found: list[DateMatch], before: DateSpan
) -> DateSpan | None:
    """The day a part of a list of stops states in ``masked[begin:end]``: its own, or one counted
    from the stop ``before`` ("the next day")."""
    own = next((d.span for d in found if begin <= d.begin < end and d.span.start), None)
    return own if own is not None else _counted_day(masked, begin, end, before)


def _counted_day(masked: str, begin: int, end: int, before: DateSpan) -> DateSpan | None:
    """The day counted from the span ``before`` that ``masked[begin:end]`` names ("the next
    day", "two days later"), if any."""
    rel = find_relative(masked, begin, end)
    if rel is None or rel.group("same") or rel.group("later") or rel.group("during"):
        return None
    return resolve_relative(rel, before)


def _series(
    masked: str, m: Mention, found: list[DateMatch], table: ActorTable
) -> list[tuple[int, Venue, DateSpan]]:
    """The further stops of the list that ``m`` opens: (where the part begins, its place, its
    day), in order; none unless every part up to the last states its place and day."""
    assert m.venue is not None
    stops: list[tuple[int, Venue, DateSpan]] = []
    pos, before = m.venue.end, m.span
    while True:
        sep = _SERIES_SEP.search(masked, pos, pos + _SERIES_PART)
        if (
            sep is None
            or _VERB.search(masked, pos, sep.start())
            or re.search(r"[;:]", masked[pos : sep.start()])
        ):
            return stops
        venue = stop_at(masked, sep.end(), table)
        if venue is None:
            return stops
        nxt = _SERIES_SEP.search(masked, venue.end, venue.end + _SERIES_PART)
        end = _END.search(masked, venue.end)
        assert end is not None  # "$" always matches
        stop = min(nxt.start() if nxt else end.start(), end.start())
        rel = find_relative(masked, venue.end, stop)  # ("the following day" is no verb)
        part = masked[venue.end : rel.start()] + masked[rel.end() : stop] if rel else ""
        if stop - venue.end > _SERIES_PART or _VERB.search(part or masked[venue.end : stop]):
            return stops
        day = _series_day(masked, venue.end, stop, found, before)
        if day is None or day == before or (not stops and not sep.group().startswith(",")):
            return stops  # a day shared with the stop before, or a plain "A and B" (see above)
        stops.append((sep.start(), venue, day))
        pos, before = stop, day


def with_series(
    masked: str, mentions: list[Mention], found: list[DateMatch], table: ActorTable
) -> list[Mention]:
    """``mentions`` with a stop for each part of a list of stops with their days (module
    docstring); a stop already told keeps its event, with the day its part states."""
    out = list(mentions)
    for m in mentions:
        if m.event_type not in _SERIES_TYPES or m.venue is None or m.span.start is None:
            continue
        if m.trigger.repeat or m.trigger.end - m.trigger.begin <= 1:
            continue
        for begin, venue, day in _series(masked, m, found, table):
            if venue.place == m.venue.place:
                break
            told = [
                i
                for i, x in enumerate(out)
                if x.event_type == m.event_type
                and x.venue is not None
                and x.venue.place == venue.place
            ]
            for i in told:
                if out[i].span == m.span:
                    out[i] = replace(out[i], span=day)  # a stop that took the first day
            if told:
                continue
            trigger = replace(m.trigger, begin=begin, end=begin + 1, repeat=True)
            out.append(
                replace(m, trigger=trigger, span=day, venue=venue, venues=[venue], quotes=[])
            )
    return out


# "the next is due to be hosted by Samoa in 2024": the host country is the place
_HOSTED_BY = re.compile(r"\s+(?:[\w-]+\s+){0,5}?hosted\s+by\s+(?=[A-Z])")


def with_hosts(masked: str, mentions: list[Mention], table: ActorTable) -> None:
    """A gathering with no place of its own "hosted by" a country or city is there."""
    for m in mentions:
        if m.venue is not None and m.venue.begin < m.trigger.begin and is_ranked(m.quote_trigger):
            m.venue = None  # "The last summit was held in London; the next is …": the last's
        if m.event_type not in ("meeting", "conference") or m.venue is not None or m.online:
            continue
        host = _HOSTED_BY.match(masked, m.trigger.end, min(len(masked), m.trigger.end + 60))
        place = stop_at(masked, host.end(), table) if host else None
        if place is not None:
            m.venue, m.venues = place, [*m.venues, place]
