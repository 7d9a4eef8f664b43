"""News article (plain text) → candidate events, offline and rule-based.

One candidate per sentence per event type the sentence states ("traveled to the UAE, where he
met …" gives a visit and a meeting). Every candidate keeps its sentence verbatim as
``source_quote``. Text inside quotation marks is what someone *said*: it is never searched for
events, dates, places or actors ("we are seeing U.S. officials traveling in the region" is no
visit).

* WHEN — :mod:`mapapp.extract.text_dates`, against the publication date; no date stated →
  precision "unknown"
  and empty dates (never the publication date).
* WHERE — only a place that follows a venue preposition ("in Doha", "at a house in Kabul", "traveled
  to Tajikistan"), resolved with :mod:`mapapp.gazetteer`. Not places: origins ("from his base in
  Tajikistan"), topics ("peace in Afghanistan", "government in Kabul"), possessives used as
  metonyms ("Washington's support"), demonyms ("Afghan", "U.S. officials"), organisations and
  people even when a town has their name ("Hudson Institute", "Graham"), months and weekdays.
  Calls and online events get no place.
* WHO — names and aliases from ``geodata/actors.csv``; other capitalised names as a fallback
  (:mod:`mapapp.extract.actors`).
* STATUS — "opted not to sit in a meeting" → declined; "has indicated interest to travel" →
  announced; "the talks did not happen" → cancelled; "no diplomat has traveled" → no event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from mapapp import gazetteer
from mapapp.errors import UsageError, quote
from mapapp.extract.actors import (
    _CALENDAR,
    _ORG_WORDS,
    ActorTable,
    _default_actors,
    _words,
    find_actors,
    load_actors,
)
from mapapp.extract.sentences import Sentence, guess_title, sentences_of, split_sentences
from mapapp.extract.text_dates import UNKNOWN, DateSpan, find_dates
from mapapp.model import EVENT_COLUMNS
from mapapp.records import coerce_events

# Re-exported: ``from mapapp.extract.candidates import …`` serves the whole pipeline.
__all__ = [
    "ActorTable",
    "Sentence",
    "Trigger",
    "Venue",
    "extract_candidates",
    "extract_events",
    "find_actors",
    "find_status",
    "find_triggers",
    "find_venues",
    "guess_title",
    "load_actors",
    "sentences_of",
    "split_sentences",
]

# --------------------------------------------------------------------------------------------
# triggers, status, places (everything below works on the quote-masked sentence)

_PERSON_NOUNS = (
    r"officials?|representatives?|leaders?|ministers?|counterparts?|envoys?|"
    r"delegations?|presidents?|diplomats?|members?|ambassadors?|figures?|"
    r"politicians?|commanders?|chiefs?|heads?|king|prime|foreign|defen[cs]e|acting|"
    r"spokes\w+|negotiators?|elders?|activists?|lawmakers?|senators?|counsel\w*"
)
# (event_type, pattern, kind). kind: "past", "noun", "infinitive" (announced), "present".
_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    (
        "visit",
        re.compile(
            r"\b(?:traveled|travelled|flew|went|came|headed|arrived|returned)\s+"
            r"(?:back\s+)?(?:to|in)\b"
        ),
        "past",
    ),
    ("visit", re.compile(r"(?i)\bvisit(?:ed|s)?\b|\btrips?\s+to\b"), "past"),
    ("visit", re.compile(r"\b(?:travel|travels|traveling|travelling)\s+to\b"), "infinitive"),
    (
        "meeting",
        re.compile(rf"\bmet\s+(?=with\b|(?:\S+\s+){{0,3}}(?:[A-Z]|(?:{_PERSON_NOUNS})\b))"),
        "past",
    ),
    ("meeting", re.compile(r"\bmeets?\s+(?=with\b|[A-Z])"), "present"),
    ("meeting", re.compile(r"(?i)\b(?:meetings?|talks|negotiations)\b|\bsat down with\b"), "noun"),
    (
        "briefing",
        re.compile(
            r"(?i)\b(?:briefings?|press conferences?|news conferences?|briefed)\b|"
            r"\b(?:spoke|speak|speaks|spoken|talked)\s+to\s+(?:the\s+)?"
            r"(?:journalists|reporters|the press|media)\b"
        ),
        "noun",
    ),
    (
        "conference",
        re.compile(
            r"(?i)\b(?<!press )(?<!news )(?:conferences?|summits?|forums?|"
            r"symposi(?:um|a)|gatherings?|congress|convention)\b"
        ),
        "noun",
    ),
    (
        "conference",
        re.compile(
            r"\b(?:told|addressed|attend\w*|host\w*|spoke\s+(?:at|to)|held|"
            r"organi[sz]ed|participat\w+\s+in|at)\s+(?:\S+\s+){0,4}events?\b"
        ),
        "noun",
    ),
    (
        "agreement",
        re.compile(
            r"\b(?:signed|inked|concluded|reached)\s+(?:\S+\s+){0,4}?"
            r"(?:agreements?|deals?|accords?|treat(?:y|ies)|memorand\w+|pacts?|"
            r"declarations?)\b|\b(?:agreement|deal|accord|treaty|pact)\s+"
            r"(?:was|were|has been|had been)\s+signed\b"
        ),
        "past",
    ),
    (
        "call",
        re.compile(r"(?i)\b(?:tele)?phone(?:d)?\b|\bcall\s+with\b|\bvideo\s+(?:call|link)\b"),
        "noun",
    ),
    (
        "military_strike",
        re.compile(
            r"(?i)(?<!to )\b(?:air|drone|missile|rocket)?\s*strikes?\b|"
            r"\bairstrikes?\b|\bbomb(?:ing|ings|ed)\b|\bshelling\b|"
            r"(?<!to )\battacks?\b|\battacked\b|\braids?\b"
        ),
        "noun",
    ),
    (
        "statement",
        re.compile(
            r"\b(?:said|says|told|tells|stated|claimed|claims|declared|warned|"
            r"insisted|urged|noted|announced|wrote|tweeted|addressed)\b"
        ),
        "past",
    ),
]
_NOT_AN_EVENT_BEFORE = re.compile(  # the noun is a means or a demand, not an event
    r"\b(?:through|via|towards?|(?:call|calls|called|calling|push|pushed|pushing|press|pressed|"
    r"pressing|appeal|appealed|urge|urged|demand|demanded)\s+for)\s+(?:\S+\s+){0,2}$"
)
_STRIKE_NOT = re.compile(r"^\s*(?:a\s+deal|an\s+agreement|a\s+balance|a\s+chord)\b")
_DECLINED = re.compile(
    r"(?i)\b(?:opted|chose|decided|elected)\s+not\s+to\b|"
    r"\b(?:declined|refused)\s+to\b|\bturned\s+down\b|\bboycott\w*\b|\bskipped\b|\bsnubbed\b|"
    r"\bpulled\s+out\s+of\b|\bwithdrew\s+from\b"
)
_CANCELLED_AFTER = re.compile(
    r"(?i)^.{0,40}?\b(?:did\s+not|didn't|never)\s+(?:happen|take\s+place|"
    r"materiali[sz]e)|^.{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:cancell?ed|called\s+off|postponed|scrapped)"
)
_CANCELLED_BEFORE = re.compile(r"(?i)\b(?:cancell?ed|called\s+off|postponed|scrapped)\b")
_NEGATED = re.compile(
    r"(?i)\b(?:no|not|never|without|unable|able|capabilit(?:y|ies)|ability|"
    r"failed)\b|n't\b"
)
_ANNOUNCED = re.compile(
    r"(?i)\b(?:will|would|shall|plans?|planned|planning|intends?|intended|"
    r"expected|set\s+to|scheduled|upcoming|interest|wants?|hopes?|"
    r"is\s+to|are\s+to|proposed|invited|invitation)\b|'ll\b"
)
_ONLINE = re.compile(
    r"\b(?:online|virtual(?:ly)?|webinar|video\s*(?:link|conference|call)|"
    r"(?:tele)?phone)\b"
)
_CLAUSE = re.compile(r";|,\s+(?:and|but|while)\s+|\s+but\s+")


@dataclass(frozen=True)
class Trigger:
    """Where a sentence states an event of one type."""

    event_type: str
    begin: int
    end: int
    kind: str


def find_triggers(masked: str) -> list[Trigger]:
    """Event words in a quote-masked sentence, first one per event type."""
    found: dict[str, Trigger] = {}
    for event_type, pattern, kind in _TRIGGERS:
        for m in pattern.finditer(masked):
            before = masked[: m.start()]
            if kind == "noun" and _NOT_AN_EVENT_BEFORE.search(before):
                continue
            if event_type == "military_strike" and _STRIKE_NOT.match(masked[m.end() :]):
                continue
            if event_type in found and found[event_type].begin <= m.start():
                continue
            found[event_type] = Trigger(event_type, m.start(), m.end(), kind)
    if len(found) > 1:
        found.pop("statement", None)  # "said at Monday's briefing" is the briefing
    return sorted(found.values(), key=lambda t: t.begin)


def _clause_start(masked: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE.finditer(masked, 0, pos)]
    return starts[-1] if starts else 0


def _window(masked: str, trigger: Trigger, words: int = 6) -> str:
    clause = masked[_clause_start(masked, trigger.begin) : trigger.begin]
    return " ".join(clause.split()[-words:])


def find_status(masked: str, trigger: Trigger) -> tuple[str | None, str]:
    """``(status, cue)``; status None when the sentence says the event did not take place."""
    window = _window(masked, trigger)
    after = masked[trigger.end :]
    if m := _DECLINED.search(window):
        return "declined", m.group(0)
    if (m := _CANCELLED_AFTER.search(after)) or (m := _CANCELLED_BEFORE.search(window)):
        return "cancelled", m.group(0).strip()
    if m := _NEGATED.search(window):
        return None, m.group(0)
    if m := _ANNOUNCED.search(window):
        return "announced", m.group(0)
    if trigger.kind == "infinitive":
        return "announced", masked[trigger.begin : trigger.end]
    if trigger.kind == "present" and not re.search(r"\bto\s*$", window):
        return None, "present tense (habitual)"
    if trigger.kind == "present":
        return "announced", "to " + masked[trigger.begin : trigger.end]
    return "occurred", ""


_TOPIC_NOUNS = _words("""
peace war conflict situation crisis government affairs interests interest rights stability
security presence role involvement future opposition policy policies people economy elections
investment influence embassy embassies consulate consulates mission missions troops forces
""")
_VENUE = re.compile(
    r"\b(?P<prep>[Ii]n|[Aa]t|[Ii]nside|[Nn]ear|[Ii]nto)\s+(?P<lead>(?:(?:the|some|several|many|"
    r"most|parts?|areas?|regions?|provinces?|northern|southern|eastern|western|central|capital|"
    r"city|town|village|province|of)\s+){0,4})"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*)"
    r"(?P<poss>['’]s\b)?(?:,\s+(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?"
)
_DESTINATION = re.compile(
    r"\s*(?:to\s+)?(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*)"
    r"(?P<poss>['’]s\b)?(?:,\s+(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?"
)


@dataclass(frozen=True)
class Venue:
    """A place the sentence names as where something happened."""

    begin: int
    end: int
    text: str
    place: gazetteer.Place
    site: str | None = None  # a named site the place was reached through ("Concordia Press Club")


def _not_a_place(name: str, table: ActorTable) -> bool:
    """Months, organisations, people in the actors table, nationality words."""
    words = name.split()
    if name.casefold().rstrip(".") in _CALENDAR or words[-1].casefold().strip(".") in _ORG_WORDS:
        return True
    actor = table.by_name.get(name) or table.by_name.get("the " + name)
    if actor is not None and actor not in table.countries:
        return True  # a person or organisation named like a town: "Graham", "Hudson Institute"
    return gazetteer.is_demonym(name) and not gazetteer.is_country_name(name)


def _resolve_place(name: str, country: str | None, table: ActorTable) -> gazetteer.Place | None:
    """The gazetteer's place for a venue phrase, or None when it is no place (or unknown)."""
    if not re.search(r"(?:[A-Z]\.){2}$", name):
        name = name.rstrip(".,")
    words = name.split()
    while len(words) > 1 and re.fullmatch(r"[A-Z][\w.]*-[a-z]+", words[0]):
        words = words[1:]  # "Taliban-controlled Afghanistan", "Russian-occupied Crimea"
    hint = gazetteer.country_code_for(country, demonyms=False) if country else None
    for i in range(len(words)):  # "Taliban-controlled Afghanistan" → "Afghanistan"
        candidate = " ".join(words[i:])
        if _not_a_place(candidate, table):
            return None
        match = gazetteer.lookup(candidate, hint)
        if match.place is not None:
            return match.place
        if i == 0 and words[-1] in _SITE_WORDS:
            return None  # an unknown named site: never fall back to part of its name
    return None


_SITE_WORDS = frozenset(
    {
        "Club",
        "Hotel",
        "Palace",
        "Hall",
        "Centre",
        "Center",
        "House",
        "Building",
        "Airport",
        "Stadium",
        "Embassy",
        "Residence",
    }
)


def find_venues(masked: str, triggers: list[Trigger], table: ActorTable) -> list[Venue]:
    """Places after venue prepositions, and visit destinations, in order; named sites kept."""
    candidates = []
    for m in _VENUE.finditer(masked):
        before = masked[: m.start()].split()
        if before and before[-1].casefold() in _TOPIC_NOUNS:
            continue  # a topic, not a venue: "peace in Afghanistan"
        if re.search(r"\bfrom\s+(?:\S+\s+){0,3}$", masked[: m.start()]):
            continue  # an origin: "from his base in Tajikistan"
        candidates.append((m.start("name"), m))
    for t in triggers:
        at = t.end
        if t.event_type == "military_strike" and (
            target := re.match(r"(?:\s+\S+){0,3}?\s+(?:on|against)\s", masked[t.end :])
        ):
            at = t.end + target.end()  # "airstrikes on Damascus"
        elif t.event_type != "visit":
            continue
        if dest := _DESTINATION.match(masked, at):
            candidates.append((dest.start("name"), dest))
    venues: list[Venue] = []
    site: tuple[int, str] | None = None
    for begin, m in sorted(dict(candidates).items()):
        if m.group("poss") or re.search(r"['’]s$", m.group("name")):
            continue  # "Washington's support": a metonym, not a venue
        place = _resolve_place(m.group("name"), m.group("country"), table)
        if place is None:
            if m.group("name").split()[-1] in _SITE_WORDS:
                site = (begin, m.group("name"))
            continue
        near = site[1] if site and begin - site[0] < 120 else None
        venues.append(Venue(begin, m.end(), m.group("name"), place, near))
        site = None
    return venues


def _place_name(venue: Venue, venues: list[Venue]) -> str:
    if venue.place.precision != "exact_site":
        return f"{venue.site}, {venue.place.name}" if venue.site else venue.place.name
    city = next(
        (
            v.place.name
            for v in venues
            if v.place.precision == "city" and v.place.country_code == venue.place.country_code
        ),
        None,
    )
    return f"{venue.place.name}, {city}" if city else venue.place.name


def _venue_for(
    masked: str, trigger: Trigger, triggers: list[Trigger], venues: list[Venue]
) -> Venue | None:
    """The trigger's venue: first after it in its clause, else the visit's destination, else
    the nearest before it."""
    near = _window(masked, trigger, 4) + " " + masked[trigger.begin : trigger.end]
    if trigger.event_type == "call" or _ONLINE.search(near):
        return None  # "told an online Hudson Institute event": no place
    clause_end = next((m.start() for m in _CLAUSE.finditer(masked, trigger.end)), len(masked))
    after = [v for v in venues if trigger.end <= v.begin < clause_end]
    if after:
        return after[0]
    visit = next((t for t in triggers if t.event_type == "visit"), None)
    if visit is not None:
        dest = [v for v in venues if v.begin >= visit.end]
        if dest:
            return dest[0]
    before = [v for v in venues if v.begin < trigger.begin]
    return before[-1] if before else None


# --------------------------------------------------------------------------------------------
# sentences → events

_TYPE_LABELS = {"military_strike": "Military strike", "call": "Call"}


def _date_for(masked: str, trigger: Trigger, published: dt.date, future: bool) -> DateSpan:
    found = find_dates(masked, published, prefer_future=future)
    if not found:
        return UNKNOWN
    start = _clause_start(masked, trigger.begin)
    end = next((m.start() for m in _CLAUSE.finditer(masked, trigger.end)), len(masked))
    same_clause = [d for d in found if start <= d.begin < end]
    pool = same_clause or found
    return min(pool, key=lambda d: abs(d.begin - trigger.begin)).span


def _event_actors(
    masked: str, trigger: Trigger, triggers: list[Trigger], venues: list[Venue], table: ActorTable
) -> list[str]:
    """Actors of the sentence; of the trigger's clause when other events sit in other clauses."""
    taken = [(v.begin, v.end) for v in venues]
    everyone = [
        (pos, name)
        for pos, name in find_actors(masked, table)
        if not any(lo <= pos < hi for lo, hi in taken)
    ]
    start = _clause_start(masked, trigger.begin)
    end = next((m.start() for m in _CLAUSE.finditer(masked, trigger.end)), len(masked))
    if any(not start <= t.begin < end for t in triggers):
        everyone = [(pos, name) for pos, name in everyone if start <= pos < end] or everyone
    sites = {v.site for v in venues}
    return list(dict.fromkeys(name for _, name in everyone if name not in sites))


def _has_speaker(masked: str, trigger: Trigger, table: ActorTable) -> bool:
    """A statement needs a named speaker before its verb ("said Ned Price" too), not a country.

    "U.S. officials have said" has none; "told VOA" names the listener, not the speaker.
    """
    lo = max(_clause_start(masked, trigger.begin), trigger.begin - 90)
    near = [n for _, n in find_actors(masked[lo : trigger.begin], table)]
    inverted = re.match(r"\s+(?:the\s+)?\S", masked[trigger.end :])
    if masked[trigger.begin : trigger.end] in ("said", "says") and inverted:
        near += [n for p, n in find_actors(masked[trigger.end :], table) if p <= inverted.end()]
    return any(name not in table.countries and not gazetteer.is_country_name(name) for name in near)


def _describe_date(span: DateSpan, published: dt.date) -> str:
    if span.expression is None:
        return "No date stated in the sentence (the publication date is not used)."
    return f"Date resolved from '{span.expression}' against publication {published.isoformat()}."


def extract_candidates(
    text: str,
    *,
    published: dt.date,
    url: str,
    title: str | None = None,
    publisher: str | None = None,
    actors: ActorTable | None = None,
) -> list[dict]:
    """Candidate events as plain dicts with the contract's columns plus ``lat``/``lon``.

    Same parameters as :func:`extract_events` (``actors`` replaces the bundled actors table).
    """
    table = actors or _default_actors()
    title = title if title is not None else guess_title(text)
    records: dict[str, dict] = {}
    for sentence in sentences_of(text):
        masked = sentence.masked
        triggers = find_triggers(masked)
        venues = find_venues(masked, triggers, table)
        statuses = {t: find_status(masked, t) for t in triggers}
        for trigger in triggers:
            status, cue = statuses[trigger]
            if status is None:
                continue
            visit = next((t for t in triggers if t.event_type == "visit"), None)
            if (
                status == "occurred"
                and visit is not None
                and visit.begin < trigger.begin
                and statuses[visit][0] not in (None, "occurred")
            ):
                status, cue = statuses[visit]  # "will travel to Paris for talks": announced talks
            if trigger.event_type == "statement" and not _has_speaker(masked, trigger, table):
                continue
            if trigger.event_type == "visit" and not any(v.begin >= trigger.end for v in venues):
                continue  # "came to power", "went to great lengths": a visit has a destination
            span = _date_for(masked, trigger, published, status == "announced")
            if status == "occurred" and span.start is not None and span.start > published:
                status, cue = "announced", f"{span.expression} (after publication)"
            venue = _venue_for(masked, trigger, triggers, venues)
            names = _event_actors(masked, trigger, triggers, venues, table)
            record = _record(
                sentence.text,
                trigger.event_type,
                status,
                cue,
                span,
                venue,
                venues,
                names,
                published,
                url,
                title,
                publisher,
            )
            records.setdefault(record["event_id"], record)
    return list(records.values())


def _record(
    quote, event_type, status, cue, span, venue, venues, names, published, url, title, publisher
) -> dict:
    digest = hashlib.sha1(f"{url}\n{quote}\n{event_type}".encode()).hexdigest()[:10]
    label = _TYPE_LABELS.get(event_type, event_type.capitalize())
    place_name = _place_name(venue, venues) if venue else None
    headline = f"{label}: {', '.join(names[:3])}" if names else label
    headline += f" — {place_name}" if place_name else ""
    headline += f" ({status})" if status != "occurred" else ""
    summary = [
        f"Candidate {event_type} extracted from the quoted sentence.",
        _describe_date(span, published),
    ]
    if status != "occurred":
        summary.append(f"Status {status}: '{cue}'.")
    if venue:
        summary.append(f"Place stated as '{venue.text}'.")
    return {
        "event_id": f"extract-{digest}",
        "title": headline,
        "summary": " ".join(summary),
        "event_type": event_type,
        "status": status,
        "date_start": span.start.isoformat() if span.start else None,
        "date_end": span.end.isoformat() if span.end else None,
        "date_precision": span.precision,
        "place_name": place_name,
        "country_code": venue.place.country_code if venue else None,
        "location_precision": venue.place.precision if venue else "unknown",
        "location_basis": "stated" if venue else None,
        "location_note": None,
        "actors": names,
        "host": None,
        "source_url": url,
        "source_title": title,
        "source_publisher": publisher,
        "source_published": published.isoformat(),
        "source_quote": quote,
        "lat": venue.place.lat if venue else None,
        "lon": venue.place.lon if venue else None,
    }


def extract_events(
    text: str,
    *,
    published: dt.date,
    url: str,
    title: str | None = None,
    publisher: str | None = None,
) -> gpd.GeoDataFrame:
    """Candidate events stated in a news article, as the typed event frame.

    Parameters
    ----------
    text : str
        The article as plain text (one paragraph per line; page furniture is ignored).
    published : datetime.date
        Publication date: relative dates ("Monday's briefing", "In June") resolve against it.
        It is never used as an event's date when the sentence gives none.
    url : str
        The article's address (``source_url``; part of each ``event_id``). Must be http(s).
    title, publisher : str, optional
        ``source_title`` (default: the article's first heading line) and ``source_publisher``.

    Returns
    -------
    GeoDataFrame
        One row per candidate event (the event record's columns), built by
        :func:`mapapp.records.coerce_events`; ``event_id`` is ``extract-`` + 10 hex digits of
        sha1(url, sentence, event type), so re-running gives the same ids.

    Raises
    ------
    UsageError
        When ``url`` is not an http(s) URL (the message says so).

    Examples
    --------
    >>> gdf = extract_events("He met Ann in Doha on Monday.", published=dt.date(2022, 12, 20),
    ...                      url="https://example.org/a")
    >>> gdf.loc[0, ["event_type", "place_name", "date_start"]].tolist()
    ['meeting', 'Doha', Timestamp('2022-12-19 00:00:00')]
    """
    if not re.match(r"https?://[^\s/]+", url or ""):
        raise UsageError(
            f"url {quote(url)} is not an http(s) URL — give the article's web "
            "address (mapapp extract --url https://…); it becomes source_url"
        )
    records = extract_candidates(
        text, published=published, url=url, title=title, publisher=publisher
    )
    frame = pd.DataFrame(records, columns=[*EVENT_COLUMNS, "lat", "lon"])
    return coerce_events(frame, file=url)
