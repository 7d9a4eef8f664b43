"""One sentence → its mentions of events: type, status, date, venue, actors and cues.

A mention is what one sentence says of one event (:class:`mapapp.extract.discourse.Mention`);
:mod:`mapapp.extract.discourse` joins mentions of the same event across sentences. Every helper
reads a bounded window around its match.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp import gazetteer
from mapapp.extract.actors import ActorTable, find_actors
from mapapp.extract.agreement_phrases import told_as_history
from mapapp.extract.asides import in_aside, own_place
from mapapp.extract.background import is_background, linked_cues, since_date
from mapapp.extract.blocks import block_statuses
from mapapp.extract.captions import is_caption
from mapapp.extract.clause_links import (
    among_themselves,
    anchored,
    from_origin,
    hang_on,
    near_own,
    relative_in_sentence,
    reported_on,
    told_by_verb,
    with_duration,
)
from mapapp.extract.clause_years import clause_year, own_relative
from mapapp.extract.companions import came_to_scene
from mapapp.extract.date_claims import about_subject, passes_over, within_span
from mapapp.extract.date_scope import ahead_in_clause, own_dates, schedule_ahead, set_for_date
from mapapp.extract.discourse import Mention
from mapapp.extract.implied_places import host_subject, named_document, with_destinations
from mapapp.extract.landmarks import at_generic_seat, in_same_place, seat_first
from mapapp.extract.non_events import drop_non_events
from mapapp.extract.onward import onward_legs
from mapapp.extract.party_kinds import kind_of
from mapapp.extract.place_names import region_after, visit_received
from mapapp.extract.relative_dates import find_relative
from mapapp.extract.sentences import Sentence
from mapapp.extract.single_sides import LIST_GAP
from mapapp.extract.status import then_ing
from mapapp.extract.summed_tours import summed_tour
from mapapp.extract.text_dates import UNKNOWN, DateMatch, DateSpan, find_dates
from mapapp.extract.trigger_words import OWN_STATE
from mapapp.extract.triggers import ONLINE, Clauses, Trigger, find_triggers, window
from mapapp.extract.venues import Venue, find_venues, named_for, on_a_visit, venue_for
from mapapp.extract.visit_countries import in_the_country

_NEAR_DATE = 60  # characters between a reference ("The talks") and a date that is its own
_NAMES = re.compile(r"[A-Z][\w.'’-]{0,40}(?:\s+[A-Z][\w.'’-]{0,40}){0,2}")  # for counting countries
# "is visiting Beijing from Sept. 12 to 14": a trip under way or ahead, never last year's
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:visiting|travel+ing)\b\s*$")
# "leaders meet in Brussels on Thursday", "the conference runs from Friday": a schedule, ahead
_SCHEDULE = re.compile(
    r"(?<!\bto\s)(?<!\bdid\s)\b(?:meet|meets|runs|opens|begins|starts|gathers|convenes|"
    r"takes\s+place|take\s+place|(?:is|are)\s+held)\b|"
    # "is in Brasília until Friday": a stay under way, its end ahead
    r"\b(?:is|are)\s+(?:currently\s+)?in\s+[^,;.]{1,50}?\s+(?:until|till|through)\s+[A-Z]"
)
_LIST_GAP = LIST_GAP  # "Turkey, Iraq and the United States": the list goes on past "the"
# "The two officials also signed a memorandum": at the time and place of an event just reported
# "a trip to Montevideo, during which the two countries agreed to …": part of that event
# "… in July, when they agreed to …": part of the event the clause before it tells
_PART_OF = re.compile(r"(?i)\b(?:during|at|in)\s+which\b|\bwhere\b|,\s+when\b")
_ALSO = re.compile(r"(?i)\b(?:also|additionally)\b")


class _SentenceDates:
    """The date expressions of one sentence, found once per direction (past or future)."""

    def __init__(self, masked: str, published: dt.date) -> None:
        self.masked, self.published = masked, published
        self._found: dict[bool, list[DateMatch]] = {}

    def __call__(self, future: bool) -> list[DateMatch]:
        if future not in self._found:
            self._found[future] = find_dates(self.masked, self.published, prefer_future=future)
        return self._found[future]


def _date_for(
    dates: _SentenceDates, trigger: Trigger, triggers: list[Trigger], clauses: Clauses, status: str
) -> tuple[DateSpan, bool]:
    """The trigger's date (nearest, same clause first) and whether it sits close to it; read
    forward from publication for an announced event or one under way ("is visiting").

    A date in another clause that states an event of its own belongs to that event ("held
    talks …, and is due to fly to Manila on Saturday"); one before the sentence's first event
    word sets the time of all of them ("In March 2020, … held meetings …, and … spoke")."""
    lo = max(0, trigger.begin - 40)
    future = status == "announced" or _PROGRESSIVE.search(dates.masked, lo, trigger.end) is not None
    start, end = clauses.start(trigger.begin), clauses.end(trigger.end)
    future = future or schedule_ahead(_SCHEDULE, dates.masked, trigger, start, end)
    future = future or ahead_in_clause(dates.masked, trigger, start)
    future = future and not told_as_history(dates.masked, trigger.event_type, trigger.begin)
    future = future and not (status == "occurred" and is_caption(dates.masked))  # "Photo 3: …"
    others = {clauses.start(t.begin) for t in triggers if t is not trigger} - {start}
    first = min(t.begin for t in triggers)
    found = own_dates(dates.masked, dates(future), trigger, dates.published)
    if status == "announced" or trigger.definite:  # "the first since January": not its date
        found = [d for d in found if not _since(dates.masked, d)]
    if others:
        found = [d for d in found if d.begin < first or clauses.start(d.begin) not in others]
    if trigger.event_type != "statement":  # "…, she told reporters on Wednesday": the telling's
        found = [d for d in found if not reported_on(dates.masked, d.begin)]
    found = [d for d in found if not in_aside(dates.masked, d.begin, trigger, triggers)]
    found = [d for d in found if not about_subject(dates.masked, d.begin, trigger)]
    if not found:
        return UNKNOWN, False
    same_clause = [d for d in found if start <= d.begin < end]
    # "travel to Kuwait City on Friday and end the tour in Manama on Saturday": a date right
    # after another event word of the same type is that one's, not this one's
    mine = [
        d
        for d in same_clause
        if not _inside_other(d.begin, trigger, triggers)
        and (
            (o := _owner(d.begin, triggers)) is None
            or o is trigger
            or o.event_type != trigger.event_type
            or trigger.kind == "noun"
            or _FOR_PURPOSE.search(dates.masked, max(0, o.begin - 16), o.begin) is not None
        )
    ]
    # "a meeting of the four ministers planned for December": the date it is set for
    set_for = [d for d in mine if d.begin > trigger.end and set_for_date(dates.masked, d, trigger)]
    # "arrived in Sanaa on Monday and held talks … on Tuesday": a date right after the word
    # is its own, before one that follows another event word
    if told_by_verb(dates.masked, trigger):
        mine = [d for d in mine if _owner(d.begin, triggers) is trigger] or mine
    free = [d for d in same_clause or found if not _inside_other(d.begin, trigger, triggers)]
    if not (set_for or mine or free):
        return UNKNOWN, False
    best = min(set_for or mine or free, key=lambda d: abs(d.begin - trigger.begin))
    # "this month's meeting, in Sofia on June 4": the narrower date told right after it
    inside = [
        d
        for d in (mine or free)
        if d is not best and 0 <= d.begin - best.end <= 40 and within_span(d.span, best.span)
    ]
    best = inside[0] if inside else best
    # "the summit in Tunis on March 31" told days before it: this year's
    span = clause_year(dates.masked, trigger, best, dates, dates.published, future)
    if since_date(dates.masked, best.begin, trigger.begin) and span.kind == "year":
        span = DateSpan(span.start, dates.published, "range", span.expression, "since_year")
    near = bool(same_clause) and abs(best.begin - trigger.begin) <= _NEAR_DATE
    return with_duration(dates.masked, trigger, (start, end), span), near


_FOR_PURPOSE = re.compile(r"\bfor\s+(?:\w+\s+)?$")  # "flying to Manila on Tuesday for talks"


def _inside_other(pos: int, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "spoke today with": a date inside another event word is that one's."""
    return any(t is not trigger and t.begin <= pos < t.end for t in triggers)


def _since(masked: str, d: DateMatch) -> bool:
    return since_date(masked, d.begin) or (d.span.expression or "").lower().startswith("since")


def _owner(pos: int, triggers: list[Trigger]) -> Trigger | None:
    """The event word a date at ``pos`` follows most closely (None before the first one)."""
    before = [t for t in triggers if t.end <= pos]
    return max(before, key=lambda t: t.end) if before else None


def _not_its_own(
    masked: str, trigger: Trigger, triggers: list[Trigger], clauses: Clauses, near: bool
) -> bool:
    """ "agreed" is an event only with a date of its own, and not as part of another event:
    "spoke by telephone on Tuesday and agreed to …", "agreed to reopen the crossing after talks",
    "a trip, during which they agreed to …"."""
    within = any(t.event_type in ("meeting", "call", "conference") for t in triggers)
    return not near or within or _PART_OF.search(window(masked, trigger, clauses)) is not None


_AND_VERB = re.compile(r",?\s+and\s+(?:then\s+|later\s+)?$")


def _shares_day(
    masked: str, trigger: Trigger, statuses: dict[Trigger, tuple[str | None, str]]
) -> bool:
    """ "visited Cairo on Monday, …, and met his counterpart": a verb of the same subject."""
    if then_ing(masked, trigger, statuses):
        return True
    return trigger.kind in ("past", "infinitive") and bool(
        _AND_VERB.search(masked, max(0, trigger.begin - 16), trigger.begin)
    )


def _when(
    dates: _SentenceDates, trigger: Trigger, triggers: list[Trigger], clauses: Clauses, status: str
) -> tuple[DateSpan, bool, re.Match[str] | None]:
    """The trigger's date, nearness, and a relative expression left to resolve across sentences."""
    span, near = _date_for(dates, trigger, triggers, clauses, status)
    if (fixed := anchored(dates.masked, trigger, dates(False))) is not None:
        return fixed, True, None  # "a week after the presidents spoke by phone"
    where = (clauses.start(trigger.begin), clauses.end(trigger.end))
    rel = find_relative(dates.masked, *where)
    # "arrived later that day", "will arrive in Accra on Sunday and leave for Abuja two days later"
    own = own_relative(dates.masked, trigger, triggers, where[1])
    rel = own if own is not None and not near_own(dates.masked, trigger, triggers, span) else rel
    right_after = rel is not None and (rel is own or 0 <= rel.start() - trigger.end <= 3)
    told_first = (
        span.expression is not None and 0 <= dates.masked.find(span.expression) < trigger.begin
    )
    if rel is not None and rel.group("ahead") and told_first:
        return span, near, None  # "On Thursday, … called … ahead of the summit": Thursday
    if rel is not None and (not near or right_after):
        aside = lambda pos: in_aside(dates.masked, pos, trigger, triggers)  # noqa: E731
        return relative_in_sentence(rel, dates, span, status == "announced", aside)
    return span, near, None


# "who is in our country on a working visit", and an agency's own state by its form ("a working
# visit to the Kingdom", "arrived in the Sultanate", "visiting the Emirate"): the dateline's country
_HERE = re.compile(
    r"\bhere\b|\bin\s+(?:our|this)\s+country\b|"  # and "arrived at the airport" (the city's)
    r"(?<=\barrived\sat\s)the\s+airport\b|(?<=\blanded\sat\s)the\s+airport\b|"
    rf"\b(?:to|in|visit(?:s|ed|ing)?|toured)\s+{OWN_STATE}"
)


def _here(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """ "held talks with her counterpart here on Tuesday", "arrived here", "at the presidential
    palace" (no city named): the dateline city."""
    end = min(clauses.end(trigger.end), trigger.end + 80)
    if masked[trigger.begin : trigger.end].endswith(" in"):  # "flew in on Monday and is still here"
        end = trigger.end + 80
    if _HERE.search(masked, trigger.begin, end) is not None or came_to_scene(masked, trigger):
        return True
    return at_generic_seat(masked, max(clauses.start(trigger.begin), trigger.begin - 80), end)


def _venue(
    masked: str, trigger: Trigger, triggers: list[Trigger], venues: list[Venue], clauses: Clauses
) -> Venue | None:
    """The trigger's venue; for a gathering with none, the city it is named after."""
    venue = own_place(
        masked, trigger, triggers, venue_for(masked, trigger, triggers, venues, clauses), venues
    )
    back = masked[trigger.begin : trigger.end].endswith("from")  # "back from Paris, where …"
    if venue and trigger.event_type == "visit" and not back and from_origin(masked, venue):
        venue = None  # "flew in from Bangkok": where the trip began, not where it went
    if (
        venue is not None
        and venue.begin > trigger.end
        and seat_first(masked, trigger.begin, venue.begin)
    ):
        venue = None  # "met in the city on May 8, …, arrived in Goma": the dateline's city
    if _online(masked, trigger, clauses):
        return venue
    # "the Munich Security Conference": Munich; "the Luena Memorandum": Luena
    venue = host_subject(masked, trigger, named_for(masked, trigger, venue))
    return named_document(masked, trigger, venue)


def _online(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    near_words = window(masked, trigger, clauses, 4) + masked[trigger.begin : trigger.end]
    return trigger.event_type == "call" or bool(ONLINE.search(near_words))


def _own_details(
    masked: str,
    trigger: Trigger,
    triggers: list[Trigger],
    venue: Venue | None,
    span: DateSpan,
    near: bool,
    dates: _SentenceDates,
) -> tuple[Venue | None, DateSpan, bool]:
    """A reference ("The meeting was the first since a 2021 gathering in Ashgabat") or a topic
    ("briefed this afternoon on talks") keeps only the place and date that are its own: after a
    topic, and with no other event word in between."""

    def own(pos: int) -> bool:
        if trigger.topic and pos < trigger.begin:
            return False
        lo, hi = sorted((pos, trigger.begin))
        return not any(
            t is not trigger
            and (lo < t.begin < hi or abs(t.begin - pos) < hi - lo)
            and not passes_over(masked, trigger, t, pos)
            and not (for_visit and t.event_type == "visit" and t.begin < pos)
            and not (pos < t.begin and _FOR_PURPOSE.search(masked, max(0, t.begin - 16), t.begin))
            for t in triggers
        )

    # "visited Ankara on 6 March for talks": the talks were there and then
    for_visit = on_a_visit(masked, trigger.end, trigger.end + 80) or (
        re.search(r"\bfor\s+$", masked[max(0, trigger.begin - 5) : trigger.begin]) is not None
    )

    if venue is not None and not own(venue.begin):
        venue = None
    expression = next(
        (d for d in dates(False) + dates(True) if d.span.expression == span.expression), None
    )
    if span.kind == "relative":
        return venue, span, near  # "two days later": counted in this very clause
    if span.start is not None and (expression is None or not own(expression.begin)):
        span, near = UNKNOWN, False
    return venue, span, near


def _listed_countries(masked: str) -> int:
    """The longest list of countries in the sentence ("Kazakhstan, Kyrgyzstan and Tajikistan")."""
    best = run = 0
    last_end = -1
    for m in _NAMES.finditer(masked):
        if not gazetteer.is_country_name(m.group(0)):
            continue
        gap = masked[last_end : m.start()] if last_end >= 0 else None
        run = run + 1 if gap is not None and _LIST_GAP.fullmatch(gap) else 1
        best, last_end = max(best, run), m.end()
    return best


def _sentence_actors(masked: str, venues: list[Venue], table: ActorTable) -> list[tuple[int, str]]:
    taken = bytearray(len(masked) + 1)  # 1 inside a venue: a place is not an actor
    for v in venues:
        taken[v.begin : v.end] = b"\x01" * (v.end - v.begin)
    return [(pos, name) for pos, name in find_actors(masked, table) if not taken[pos]]


def _event_actors(
    everyone: list[tuple[int, str]],
    trigger: Trigger,
    triggers: list[Trigger],
    venues: list[Venue],
    clauses: Clauses,
) -> list[str]:
    """Actors of the sentence; of the trigger's clause when other events sit in other clauses."""
    start, end = clauses.start(trigger.begin), clauses.end(trigger.end)
    if any(not start <= t.begin < end for t in triggers):
        everyone = [(pos, name) for pos, name in everyone if start <= pos < end] or everyone
    sites = {v.site for v in venues}
    return list(dict.fromkeys(name for _, name in everyone if name not in sites))


def _has_speaker(masked: str, trigger: Trigger, clauses: Clauses, table: ActorTable) -> bool:
    """A statement needs a named speaker before its verb ("said Ned Price" too), not a country.

    "U.S. officials have said" has none; "told VOA" names the listener, not the speaker.
    """
    lo = max(clauses.start(trigger.begin), trigger.begin - 90)
    near = [n for _, n in find_actors(masked[lo : trigger.begin], table)]
    inverted = re.compile(r"\s+(?:the\s+)?\S").match(masked, trigger.end)
    if masked[trigger.begin : trigger.end] in ("said", "says") and inverted:
        after = masked[trigger.end : trigger.end + 120]
        near += [n for p, n in find_actors(after, table) if p <= inverted.end() - trigger.end]
    return any(name not in table.countries and not gazetteer.is_country_name(name) for name in near)


def _incomplete(
    masked: str, trigger: Trigger, clauses: Clauses, table: ActorTable, venues: list[Venue]
) -> bool:
    """A statement without a speaker; a visit without a destination ("came to power")."""
    if trigger.event_type == "statement":
        return not _has_speaker(masked, trigger, clauses, table)
    return (
        trigger.event_type == "visit"
        and not trigger.definite  # "The visit, the first since January, …": told before
        and not any(v.begin >= trigger.end for v in venues)
        and not _here(masked, trigger, clauses)
        and not in_same_place(masked, trigger.begin, clauses.end(trigger.end))  # "the port city"
        and not region_after(masked, trigger.end)  # "visited the Balkans": a region, no point
        and not visit_received(masked, trigger.begin, trigger.end)  # "receive the visit of X"
        and not in_the_country(masked, trigger.begin, trigger.end)  # placed by the dateline
    )


def _adds_to(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """ "also" before the event word: in its clause, or anywhere before it for an event (not a
    statement): "will also attend and is set to hold talks"."""
    if _ALSO.search(window(masked, trigger, clauses)):
        return True
    lo = max(0, trigger.begin - 240)  # a bounded look back, as every rule here
    return trigger.event_type != "statement" and _ALSO.search(masked, lo, trigger.begin) is not None


def sentence_mentions(
    number: int, sentence: Sentence, published: dt.date, table: ActorTable, headline: str | None
) -> list[Mention]:
    """The events one sentence states (``number``: its position; ``headline``: the title)."""
    masked = sentence.masked
    triggers = drop_non_events(masked, find_triggers(masked, headline=headline))
    if not triggers:
        return []
    clauses = Clauses(masked)
    venues = with_destinations(masked, triggers, find_venues(masked, triggers, table))
    statuses = block_statuses(masked, triggers, clauses, sentence.block, published)
    dates = _SentenceDates(masked, published)
    everyone = _sentence_actors(masked, venues, table)
    linked, same_time = linked_cues(masked)
    out: list[Mention] = []
    for trigger in triggers:
        status, cue = statuses[trigger]
        if status is None or _incomplete(masked, trigger, clauses, table, venues):
            continue
        span, near, relative = _when(dates, trigger, triggers, clauses, status)
        if span.start is None and out and _shares_day(masked, trigger, statuses):
            span = out[-1].span  # "… on Monday before flying to Kampala", "… and met": that day
        if status == "occurred" and span.start is not None and span.start > published:
            status, cue = "announced", f"{span.expression} (after publication)"
        if trigger.kind == "dated" and _not_its_own(masked, trigger, triggers, clauses, near):
            continue  # "agreed to set up a committee" during a call: part of the call
        if trigger.event_type != "statement" and is_background(masked, trigger, clauses, span):
            continue  # "has for years kept an office", "has met every three months since 2021"
        venue = _venue(masked, trigger, triggers, venues, clauses)
        if summed_tour(masked, venue, trigger, triggers, clauses, _listed_countries(masked)):
            continue  # "holding talks in Cairo, Amman and Riyadh": a tour summed up
        if trigger.definite or trigger.topic or trigger.repeat:
            venue, span, near = _own_details(masked, trigger, triggers, venue, span, near, dates)
        own = (venue, span, near)  # "…, where she met": what the clause does not state
        venue, span, near = hang_on(masked, trigger, triggers, own, venues, out, dates, table)
        if trigger.topic and venue is None and span.start is None:
            continue  # "briefed the Council on a new round of negotiations": a topic
        event_type, multilateral = kind_of(masked, trigger, clauses, _listed_countries(masked))
        out.append(
            Mention(
                index=number,
                paragraph=sentence.paragraph,
                quote=sentence.text,
                trigger=trigger,
                event_type=event_type,
                status=status,
                cue=cue,
                span=span,
                date_near=near,
                venue=venue,
                venues=venues,
                actors=_event_actors(everyone, trigger, triggers, venues, clauses),
                online=_online(masked, trigger, clauses),
                linked=linked,
                same_time=same_time,
                multilateral=multilateral,
                series=trigger.series,
                also=_adds_to(masked, trigger, clauses),
                relative=relative,
                here=_here(masked, trigger, clauses),
                again=in_same_place(masked, clauses.start(trigger.begin), clauses.end(trigger.end)),
            )
        )
    return onward_legs(masked, among_themselves(masked, out, dates, table), dates)
