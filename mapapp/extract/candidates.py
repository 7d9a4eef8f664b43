"""News article (plain text) → candidate events, offline and rule-based.

Each sentence gives one *mention* per event type it states ("traveled to the UAE, where he met …"
gives a visit and a meeting); :mod:`mapapp.extract.discourse` then joins mentions of one event
told across sentences, gives the lead's event the dateline's place, and leaves out background
statements. Every candidate quotes its best sentence verbatim as ``source_quote`` and all of its
sentences as ``source_quotes``. Text inside quotation marks is what someone *said*: it is never
searched for events, dates, places or actors ("we are seeing U.S. officials traveling in the
region" is no visit).

* WHEN — :mod:`mapapp.extract.text_dates`, against the publication date; no date stated →
  precision "unknown" and empty dates (never the publication date). "The two-day talks opened on
  Monday" is Monday and Tuesday.
* WHERE — :mod:`mapapp.extract.venues`; the dateline and the main event's place as described in
  :mod:`mapapp.extract.discourse`.
* WHO — names and aliases from ``geodata/actors.csv``; other capitalised names as a fallback
  (:mod:`mapapp.extract.actors`).
* STATUS — :mod:`mapapp.extract.triggers`: "opted not to sit in a meeting" → declined; "has
  indicated interest to travel" → announced; "the talks did not happen" → cancelled; "no diplomat
  has traveled" → no event; an occurred event dated after publication → announced.

The article may be at most :data:`MAX_ARTICLE_CHARS` characters; the work is linear in its
length (every rule reads a bounded window around its match).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import geopandas as gpd
import pandas as pd

from mapapp.errors import UsageError, quote
from mapapp.extract.actors import ActorTable, _default_actors, find_actors, load_actors
from mapapp.extract.bodies import follow_bodies
from mapapp.extract.chronology import chronology_years
from mapapp.extract.cited_statements import is_cited
from mapapp.extract.council_debates import follow_debate
from mapapp.extract.council_seat import follow_council_seat
from mapapp.extract.datelines import dateline_place
from mapapp.extract.day_places import DayPlaces
from mapapp.extract.deliverables import Deliverables
from mapapp.extract.discourse import Mention, merge_mentions, read_ahead, same_place
from mapapp.extract.elliptic_attendance import attend_told
from mapapp.extract.fellow_arrivals import follow_fellow_arrivals
from mapapp.extract.filing import filing_day
from mapapp.extract.group_subjects import follow_group
from mapapp.extract.homonyms import follow_country
from mapapp.extract.host_seat import follow_host_seat
from mapapp.extract.itinerary import follow_stops
from mapapp.extract.left_after import follow_left_after
from mapapp.extract.left_stays import follow_arrivals
from mapapp.extract.legs import follow_legs
from mapapp.extract.local_officials import follow_local_officials
from mapapp.extract.mentions import sentence_mentions
from mapapp.extract.occasions import follow_occasion
from mapapp.extract.opening_spans import opened_until
from mapapp.extract.page_issuer import page_issuer
from mapapp.extract.page_place import page_dateline
from mapapp.extract.place_lines import PlaceLines
from mapapp.extract.receiving_hosts import follow_receiving_host
from mapapp.extract.scene import (
    dateline_city,
    follow_also,
    follow_sidelines,
    follow_stay,
    set_scene,
)
from mapapp.extract.sentences import (
    Dateline,
    Sentence,
    guess_title,
    sentences_of,
    split_sentences,
)
from mapapp.extract.settings import is_setting
from mapapp.extract.status import find_status
from mapapp.extract.story_day import follow_programmes, follow_story_day
from mapapp.extract.summed_tours import follow_stop_talks
from mapapp.extract.superseded import current
from mapapp.extract.text_dates import DateSpan
from mapapp.extract.timeline import (
    date_from_dateline,
    date_from_next,
    follow_after,
    follow_purpose,
    follow_relative,
    follow_same_day,
    follow_trip,
)
from mapapp.extract.triggers import Trigger, find_triggers
from mapapp.extract.venues import Venue, find_venues, place_name
from mapapp.extract.visit_scope import follow_country_visit
from mapapp.extract.week_ahead_weeks import on_week_ahead_page
from mapapp.extract.week_stops import at_stops_of_the_week
from mapapp.model import EVENT_COLUMNS
from mapapp.records import coerce_events

# Re-exported: ``from mapapp.extract.candidates import …`` serves the whole pipeline.
__all__ = [
    "MAX_ARTICLE_CHARS",
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
    "split_event",
    "split_sentences",
]

# About 30,000 words: several times a long feature article. Longer texts are refused with a
# message saying how to proceed, so that a paste of a whole newsletter cannot hold the page.
MAX_ARTICLE_CHARS = 200_000


def check_length(text: str) -> None:
    """Raise :class:`UsageError` when ``text`` is longer than :data:`MAX_ARTICLE_CHARS`."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise UsageError(
            f"the article is {len(text):,} characters long; the limit is "
            f"{MAX_ARTICLE_CHARS:,} — split it into parts of at most {MAX_ARTICLE_CHARS:,} "
            "characters (at paragraph breaks) and extract each part on its own"
        )


_TYPE_LABELS = {"military_strike": "Military strike", "call": "Call"}


def _describe_date(span: DateSpan, published: dt.date, reported: dt.date) -> str:
    if span.expression is None:
        return "No date stated in the sentence (the publication date is not used)."
    against = "publication" if published == reported else "the day the report was filed"
    return f"Date resolved from '{span.expression}' against {against} {published.isoformat()}."


def extract_candidates(
    text: str,
    *,
    published: dt.date,
    url: str,
    title: str | None = None,
    publisher: str | None = None,
    actors: ActorTable | None = None,
    merge: bool = True,
) -> list[dict]:
    """Candidate events as plain dicts with the contract's columns plus ``lat``/``lon`` and
    ``source_quotes``.

    Same parameters as :func:`extract_events` (``actors`` replaces the bundled actors table;
    ``merge=False`` keeps every sentence's mention apart, as :func:`split_event` does).
    Raises :class:`UsageError` for a text longer than :data:`MAX_ARTICLE_CHARS`.
    """
    check_length(text)
    reported = published  # the page's date, kept as source_published
    published = filing_day(text, published)  # "Muscat, 2 December -": the day "today" names
    table = actors or _default_actors()
    title = title if title is not None else guess_title(text)
    stories: dict[int, tuple[Dateline | None, list[Mention]]] = {}
    split = current(sentences_of(text))  # not a write-through's earlier version
    first = split[0].paragraph if split else 0
    lead_text = " ".join(s.masked for s in split if s.paragraph == first and not s.story)
    listed, days = Deliverables(published, table), PlaceLines(DayPlaces(published))
    for number, sentence in enumerate(split):
        dateline = sentence.dateline if sentence.story else None
        _, mentions = stories.setdefault(sentence.story, (dateline, []))
        told = _sentence_told(number, sentence, published, table, sentence.heading or title)
        told = attend_told(number, sentence, opened_until(sentence, told, published), mentions)
        mentions += days.read(listed.read(number, sentence, told), sentence)  # documents; places
    events: list[Mention] = []
    for story, (dateline, mentions) in sorted(stories.items()):
        # each story of a digest has its own dateline, main event and references
        line = dateline if story else page_dateline(text)
        place = dateline_place(line, "" if story else f"{title or ''}. {lead_text}")
        follow_country(mentions, place, f"{title or ''}. {text}")
        same_place(at_stops_of_the_week(on_week_ahead_page(mentions, title, published)))
        read_ahead(chronology_years(mentions, published), published)  # a timeline's in order
        told = merge_mentions(mentions) if merge else mentions
        date_from_dateline(told, line, published)
        date_from_next(told)
        follow_relative(told, published)
        follow_programmes(told, published)  # also the weekdays of a tour next week
        follow_same_day(told)
        follow_arrivals(told)  # and "from Herat, where he had met …": the day of the stay
        follow_sidelines(told)
        follow_stay(told)
        follow_legs(follow_fellow_arrivals(follow_receiving_host(told, place)), place)
        set_scene(follow_council_seat(told, published, text), place)  # Council: New York
        follow_also(told)
        follow_occasion(told)
        follow_group(told, lead_text if not story else "")
        follow_bodies(told)
        follow_trip(told, published)
        told = follow_stop_talks(follow_stops(told))  # a listed itinerary, a sentence per stop
        follow_purpose(told, published)
        follow_after(told, published)
        follow_country_visit(told, place)
        dateline_city(told, place)
        follow_local_officials(told, place)  # "called on the Minister of Foreign Affairs"
        follow_host_seat(told, place, None if story else page_issuer(text))  # "at the Ministry"
        events += follow_story_day(follow_debate(told, published, text))  # undated: the day
    records: dict[str, dict] = {}
    mentions_of: dict[str, Mention] = {}
    for event in events:
        record = _record(event, published, url, title, publisher, reported)
        same_id = records.get(record["event_id"])
        same_mention = mentions_of.setdefault(record["event_id"], event)
        if same_id is not None and _apart(same_id, record, same_mention, event):
            # "met in Busan …, and agreed to hold a summit in Tokyo": a second event of the
            # sentence that has the type of the first only once typed (a meeting of many parties)
            record = _record(event, published, url, title, publisher, reported, second=True)
        records.setdefault(record["event_id"], record)
    return list(records.values())


def _sentence_told(
    number: int, sentence: Sentence, published: dt.date, table: ActorTable, headline: str | None
) -> list[Mention]:
    """The events one sentence states, those told after a departure placed where the traveller
    left ("left Kabul after talks": in Kabul)."""
    told = sentence_mentions(number, sentence, published, table, headline)
    return follow_left_after(told, sentence.masked)


def _apart(one: dict, other: dict, first: Mention, second: Mention) -> bool:
    """Whether two records of one sentence and type tell two events: told by event words of
    two types there (a meeting of many parties and a summit), in other places or at dates
    apart."""
    if first.index != second.index:
        return False
    if any(is_setting(m.quote, m.trigger.begin, m.trigger.end) for m in (first, second)):
        return True  # "last met on the sidelines of the G7 summit": the summit is another
    if is_cited(first.quote, first.trigger.begin) != is_cited(second.quote, second.trigger.begin):
        return True  # "signed the road map, the joint communique said": the statement too
    if first.trigger.event_type == second.trigger.event_type:
        return False
    codes = {one["country_code"], other["country_code"]}
    if len(codes) == 2 and None not in codes:
        return True
    cities = (one, other)
    if all(r["place_name"] and r["location_precision"] != "country" for r in cities):
        return one["place_name"] != other["place_name"]
    return all(r["date_start"] for r in cities) and (
        one["date_end"] < other["date_start"] or other["date_end"] < one["date_start"]
    )


def _record(
    event: Mention,
    published: dt.date,
    url: str,
    title: str | None,
    publisher: str | None,
    reported: dt.date,
    *,
    second: bool = False,
) -> dict:
    quote_text = event.best[1]
    key = f"{url}\n{event.quote}\n{event.event_type}"
    if event.trigger.repeat or second:  # a second event of one type in one sentence
        key += f"\n{event.trigger.begin}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:10]
    label = _TYPE_LABELS.get(event.event_type, event.event_type.capitalize())
    venue, span, status, names = event.venue, event.span, event.status, event.actors
    where = place_name(venue, event.venues) if venue else None
    headline = f"{label}: {', '.join(names[:3])}" if names else label
    headline += f" — {where}" if where else ""
    headline += f" ({status})" if status != "occurred" else ""
    summary = [
        f"Candidate {event.event_type} extracted from the quoted sentence"
        + (
            f" and {len(event.quotes) - 1} more that refer to it." if len(event.quotes) > 1 else "."
        ),
        event.date_note or _describe_date(span, published, reported),
    ]
    if status != "occurred":
        summary.append(f"Status {status}: '{event.cue}'.")
    if event.multilateral and event.trigger.event_type == "meeting":
        summary.append("Typed conference: many parties.")
    if venue:
        summary.append(event.place_note or f"Place stated as '{venue.text}'.")
    return {
        "event_id": f"extract-{digest}",
        "title": headline,
        "summary": " ".join(summary),
        "event_type": event.event_type,
        "status": status,
        "date_start": span.start.isoformat() if span.start else None,
        "date_end": span.end.isoformat() if span.end else None,
        "date_precision": span.precision,
        "place_name": where,
        "country_code": venue.place.country_code if venue else None,
        "location_precision": venue.place.precision if venue else "unknown",
        "location_basis": "stated" if venue else None,
        "location_note": None,
        "actors": names,
        "host": None,
        "source_url": url,
        "source_title": title,
        "source_publisher": publisher,
        "source_published": reported.isoformat(),
        "source_quote": quote_text,
        "source_quotes": list(event.quotes),
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
        :func:`mapapp.records.coerce_events`, plus ``source_quotes`` (every sentence of the
        event; ``source_quote`` is the one that states it best); ``event_id`` is ``extract-`` +
        10 hex digits of sha1(url, first sentence, event type), so re-running gives the same ids.

    Raises
    ------
    UsageError
        When ``url`` is not an http(s) URL, or the text is longer than
        :data:`MAX_ARTICLE_CHARS` (the message says so, and how to proceed).

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
    return _frame(records, url)


def _frame(records: list[dict], url: str) -> gpd.GeoDataFrame:
    frame = pd.DataFrame(records, columns=[*EVENT_COLUMNS, "source_quotes", "lat", "lon"])
    return coerce_events(frame, file=url)


def split_event(candidates: gpd.GeoDataFrame, position: int) -> gpd.GeoDataFrame:
    """The candidates with the merged one at ``position`` split into one per sentence.

    Each of its sentences (``source_quotes``) is read again on its own (no merging), so every
    part has the date and place its own sentence gives; parts of other event types than the
    merged one are left out. A candidate of one sentence is returned unchanged.

    Parameters
    ----------
    candidates : GeoDataFrame
        A frame :func:`extract_events` returned (possibly already split).
    position : int
        Row position (from 0) of the candidate to split.

    Returns
    -------
    GeoDataFrame
        The same columns; the parts replace the candidate, in its place.

    Examples
    --------
    >>> gdf = extract_events("GENEVA (AP) — Talks began. The two-day talks opened on Monday.",
    ...                      published=dt.date(2024, 9, 10), url="https://example.org/a")
    >>> len(split_event(gdf, 0))
    2
    """
    row = candidates.iloc[position]
    quotes = row.get("source_quotes")
    if not isinstance(quotes, list | tuple) or len(quotes) < 2:
        return candidates
    kinds = {"meeting", "conference"} if row["event_type"] in ("meeting", "conference") else None
    parts = [
        record
        for record in extract_candidates(
            "\n".join(quotes),
            published=pd.Timestamp(row["source_published"]).date(),
            url=row["source_url"],
            title=row.get("source_title"),
            publisher=row.get("source_publisher"),
            merge=False,
        )
        if record["event_type"] in (kinds or {row["event_type"]})
    ]
    if not parts:
        return candidates
    split = _frame(parts, row["source_url"])
    joined = pd.concat(
        [candidates.iloc[:position], split, candidates.iloc[position + 1 :]], ignore_index=True
    )
    joined = joined.drop_duplicates("event_id").reset_index(drop=True)
    return gpd.GeoDataFrame(joined, geometry="geometry", crs=candidates.crs)
