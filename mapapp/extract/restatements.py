"""One sentence's mentions among themselves: restatements dropped, further stops of a trip added.

"a visit … during the visit" states one visit; "the ministerial in Astana last September and the
upcoming summit" two conferences; "to Dakar, Senegal, and Abidjan" two visits; "will gather in
Quito … for their annual summit" one conference.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.actors import ActorTable
from mapapp.extract.arrivals import is_welcome
from mapapp.extract.discourse import Mention
from mapapp.extract.partners import second_partner, share_setting
from mapapp.extract.sequels import sequel
from mapapp.extract.settings import beside_own_setting
from mapapp.extract.side_documents import second_document
from mapapp.extract.status import SAME_EVENT
from mapapp.extract.text_dates import UNKNOWN, DateSpan
from mapapp.extract.venues import Venue, next_stop, stop_at

# "meet Chile's president on Friday and open a forum": a guest and a second verb, two events
_OWN_GUEST = re.compile(
    r"\S+\s+(?:with\s+)?(?:the\s+)?[A-Z][^,;]*?\s+and\s+(?:to\s+)?(?!the\b|their\b|his\b|her\b)"
    r"[a-z]+\s+(?:a|an|the|its|their|his|her)\s"
)
_BESIDE = re.compile(
    r"(?i)\b(?:sidelines|margins|ahead\s+of|before|after|prepar\w*|preced\w*)\b|"
    r"\b(?i:during)\s+the\s+[A-Z]"  # "met in Brussels during the European Council summit"
)


# "will be in Tokyo on 20 May, in Seoul on 23 May and in Ulaanbaatar from 25 to 27 May"
_IN_NEXT = re.compile(
    r"(?:\s+(?:on|from)\s+[^,;.]{1,30}?)?(?:,\s+(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?)in\s+"
    r"(?=(?:the\s+)?[A-Z])"
)


def _next(masked: str, stop: Venue, table: ActorTable) -> Venue | None:
    if found := next_stop(masked, stop, table):
        return found
    more = _IN_NEXT.match(masked, stop.end, stop.end + 60)
    found = stop_at(masked, more.end(), table) if more else None
    return found if found is not None and found.place != stop.place else None


def with_stops(masked: str, mentions: list[Mention], table: ActorTable) -> list[Mention]:
    """A visit to a list of places ("to Dakar, Senegal, and Abidjan") is a visit to each, and so
    is a stay told place by place ("in Tokyo on 20 May, in Seoul on 23 May and in …")."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        visit = m.event_type == "visit" and m.venue is not None
        stop = m.venue if visit and not _placed_before(m, out) else None
        while stop is not None and (stop := _next(masked, stop, table)) is not None:
            trigger = replace(m.trigger, begin=stop.begin, end=stop.begin + 1, repeat=True)
            out.append(replace(m, trigger=trigger, venue=stop, venues=[*m.venues, stop], quotes=[]))
    return out


def _placed_before(m: Mention, told: list[Mention]) -> bool:
    """Whether the places after ``m``, a repeated visit word, are left to a visit told before
    it, so that ``m`` makes no stops of its own. "The visit will take him to Dublin, Cork and
    Galway": the first visit word has no place, so the list is this one's; "flew to Islamabad
    on Tuesday, the first stop of a tour that will take him to Tehran, Tashkent and Ashgabat":
    the first word has a place of its own before the list, in another country, so the list is
    this one's too; "The visit to Ghana will take him to Kumasi and Tamale" tells places of the
    visit told first, and is left to it."""
    assert m.venue is not None
    return m.trigger.repeat and any(
        x is not m
        and x.event_type == "visit"
        and x.venue is not None
        and (
            x.venue.begin == m.venue.begin  # a stop of a list already read
            or (x.trigger.begin < m.trigger.begin and x.venue.begin >= m.venue.begin)
            # "The visit to Ghana will take him to Kumasi and Tamale": places of that visit
            or (x.trigger.begin < m.trigger.begin and _same_country(x.venue, m.venue))
        )
        for x in told
    )


def _same_country(one: Venue, other: Venue) -> bool:
    return one.place.country_code == other.place.country_code


def _overlaps(a: DateSpan, b: DateSpan) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start <= b.end and b.start <= a.end


def distinct(mentions: list[Mention]) -> list[Mention]:
    """A repeated event word states another event only when its status, place or date differ
    from the first of its type ("the ministerial in Astana last September and the upcoming
    summit"); otherwise it restates the same one ("a visit … during the visit")."""
    first: dict[str, Mention] = {}
    out = []
    for m in mentions:
        one = first.get(m.event_type)
        if one is not None and m.trigger.repeat and _after_frame(one, m):
            # "Prior to the meeting, on 25 March, X paid a courtesy call": the date and place
            # are the new event's; the meeting told before only sets the time
            if m.span.start is None:
                m.span, m.date_near = one.span, one.date_near
            m.venue = m.venue or one.venue
            one.span, one.date_near, one.venue = UNKNOWN, False, None
        if one is None or not m.trigger.repeat or _after_frame(one, m):
            first.setdefault(m.event_type, m)
            out.append(m)
            continue
        if _same_trip(one, m):
            continue  # "arrived in Beijing … for an official visit to China from Nov. 4 to 7"
        place = m.venue is not None and (
            one.venue is None or m.venue.place.name != one.venue.place.name
        )
        apart = m.span.start is not None and not _overlaps(m.span, one.span)
        partners = second_partner(one, m)  # "was received by the king and held talks with …"
        if partners:
            share_setting(one, m)
        beside = beside_own_setting(one, m)
        if beside and m.span == one.span and m.venue == one.venue:
            m.span, m.date_near, m.venue = UNKNOWN, False, None  # the gathering's, not the first's
        others = _other_parties(one, m) or _then(one, m) or partners or beside
        others = others or second_document(one, m)  # "signed a memorandum and exchanged notes"
        others = others or sequel(one, m)  # "met X on Monday, before an audience with Y"
        if m.status != one.status or place or apart or others:
            out.append(m)
        elif m.event_type == "meeting" and is_welcome(one.quote, one.trigger.begin):
            # "was received at the airport by the president, and the two leaders then held
            # talks": the welcome and the talks are two meetings
            out.append(m)
    return _one_gathering(out)


_AND_CLAUSE = re.compile(r"[,;]\s+(?:and|while|whereas)\s+|;\s+|\s+and\s+(?=(?:\w+\s+)?\w+\s*$)")


def _other_parties(one: Mention, m: Mention) -> bool:
    """ "X met his Fijian counterpart …, and Y held talks with Tonga's prime minister": a clause
    of its own with other parties than the first event is another event of the same kind."""
    between = m.quote[one.trigger.end : m.trigger.begin]
    if m.trigger.definite or not _AND_CLAUSE.search(between):
        return False
    return bool(m.actors) and bool(one.actors) and not set(m.actors) & set(one.actors)


# "…, and later met with the prime minister", "… and then called on the king": one more event
_THEN = re.compile(r"(?i)\b(?:later|then|afterwards|subsequently|also)\s+(?:\w+\s+)?$")


def _then(one: Mention, m: Mention) -> bool:
    """ "held talks with his counterpart …, and later met with the prime minister": a clause of
    its own that tells a further event with "later", "then" or "also" right before its verb."""
    if m.trigger.definite or m.trigger.kind == "noun":
        return False
    between = m.quote[one.trigger.end : m.trigger.begin]
    return bool(_AND_CLAUSE.search(between)) and _THEN.search(between) is not None


# "Before the session, the minister received his counterpart": the session sets the time;
# "travelled to Kigali to prepare the summit, holding talks with the president": another event
_FRAME = re.compile(
    r"(?i)\b(?:before|after|prior\s+to|ahead\s+of|following|during|since|to\s+prepare(?:\s+for)?|"
    r"preparing(?:\s+for)?|in\s+preparation\s+for|at\s+the\s+(?:end|"
    r"start|close|opening)\s+of|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|that|this)\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
)


def _after_frame(one: Mention, m: Mention) -> bool:
    """A new event after an event already told that only sets the time ("Before the session,
    X received Y"); "The talks opened with a session of the ministers" is one event."""
    if not one.trigger.definite or m.trigger.definite:
        return False
    return _FRAME.search(one.quote, max(0, one.trigger.begin - 60), one.trigger.begin) is not None


def _same_trip(one: Mention, m: Mention) -> bool:
    """A visit to a country restating the visit to a city in it, in one sentence (not one at
    other dates); the first takes the wider dates of the two when they contain its own."""
    if m.event_type != "visit" or m.venue is None or one.venue is None or m.status != one.status:
        return False
    if m.venue.place.precision != "country":
        return False
    if m.venue.place.country_code != one.venue.place.country_code:
        return False
    a, b = one.span, m.span
    if a.start and a.end and b.start and b.end and (b.end < a.start or a.end < b.start):
        return False  # "visited Kuwait in August, and the premier paid a visit in December"
    if a.start and a.end and b.start and b.end and b.start <= a.start and a.end <= b.end:
        one.span = b
    return True


# "met the Tajik leader at a regional summit", "held talks with X at the summit": a guest of the
# meeting's own, so the meeting is not the summit ("gathered in Apia for the summit" has none)
_GUEST = re.compile(r"\s*(?:with\b|(?:the|his|her|their|its)\s|(?-i:[A-Z]))")


def _one_gathering(mentions: list[Mention]) -> list[Mention]:
    """ "will gather in Quito on October 20 for their annual summit": a meeting word and a
    conference word close together, of one status and place, state one conference."""
    summits = [m for m in mentions if m.event_type == "conference"]
    # "leaders of fourteen states will gather … for their annual summit": the summit's word
    summit = next((m for m in summits if m.trigger.kind == "noun"), summits[0] if summits else None)
    if summit is None:
        return mentions

    def close(m: Mention) -> bool:
        return (
            m.event_type in ("meeting", "conference")
            and m is not summit
            and m.trigger.kind != "noun"
            and 0 < summit.trigger.begin - m.trigger.end < SAME_EVENT
            and not _BESIDE.search(m.quote, m.trigger.begin, summit.trigger.begin + 1)
            and not _OWN_GUEST.match(m.quote, m.trigger.begin, summit.trigger.begin)
            and m.status == summit.status
            and (m.venue is None or summit.venue is None or m.venue.place == summit.venue.place)
        )

    def same(m: Mention) -> bool:
        # "The two presidents last met in X in May, when Y attended a summit": a bilateral of
        # its own, or one with its own guest, beside the summit (which takes its place and day)
        return (
            close(m)
            and not _GUEST.match(m.quote, m.trigger.end, summit.trigger.begin)
            and (not m.two_sided())
        )

    for m in mentions:  # "will gather in Apia later this month for the summit": its place, date
        if close(m):
            summit.venue = summit.venue or m.venue
            summit.span = summit.span if summit.span.start is not None else m.span
        if same(m):
            summit.multilateral = summit.multilateral or m.multilateral
    return [m for m in mentions if not same(m)]
