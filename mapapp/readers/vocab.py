"""Foreign words → our vocabulary: column names, event types, statuses, precisions."""

from __future__ import annotations

import re

from mapapp.model import EVENT_TYPES, LOCATION_PRECISIONS, STATUSES

# Column names we recognise, by contract field, best first (compared after normalize_header).
FIELDS: dict[str, tuple[str, ...]] = {
    "event_id": ("event_id", "id", "eventid", "uid", "identifier", "fid"),
    "title": ("title", "name", "event", "event_name", "headline", "label", "subject"),
    "summary": ("summary", "description", "abstract", "details"),
    "event_type": ("event_type", "type", "category", "kind", "event_category", "class"),
    "status": ("status", "state_of_event"),
    "date_start": (
        "date_start",
        "start_date",
        "start",
        "date",
        "event_date",
        "datetime",
        "time",
        "timestamp",
        "when",
        "day",
        "begin",
        "date_from",
        "from_date",
        "startdate",
        "sqldate",
    ),
    "date_end": ("date_end", "end_date", "end", "date_to", "to_date", "until", "finish", "enddate"),
    "date_precision": ("date_precision",),
    "place_name": (
        "place_name",
        "place",
        "location",
        "city",
        "town",
        "site",
        "venue",
        "locality",
        "address",
        "location_name",
        "actiongeo_fullname",
    ),
    "country": (
        "country_code",
        "country",
        "iso2",
        "iso_a2",
        "iso3",
        "iso_a3",
        "nation",
        "country_name",
        "cc",
    ),
    "lat": ("lat", "latitude", "actiongeo_lat"),
    "lon": ("lon", "lng", "long", "longitude", "actiongeo_long"),
    "wkt": ("wkt", "geometry", "geom", "the_geom"),
    "location_precision": ("location_precision", "precision", "geo_precision", "location_accuracy"),
    "location_note": ("location_note",),
    "actors": ("actors", "actor", "participants", "parties", "people", "attendees"),
    "host": ("host", "hosted_by"),
    "source_url": ("source_url", "url", "link", "href", "source_link", "article_url", "sourceurl"),
    "source_title": ("source_title", "article_title"),
    "source_publisher": (
        "source_publisher",
        "publisher",
        "outlet",
        "source_name",
        "media",
        "newspaper",
    ),
    "source_published": (
        "source_published",
        "published",
        "publication_date",
        "pub_date",
        "date_published",
        "published_at",
        "publish_date",
    ),
    "source_quote": ("source_quote", "quote", "excerpt", "snippet", "text", "notes", "description"),
}
# "source" is a URL column when its cells are URLs, otherwise the publisher.
AMBIGUOUS_SOURCE = "source"
ACTOR_COLUMN = re.compile(r"^actor_?\d+(_name)?$")

_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "meet",
        "talks",
        "talk",
        "consultation",
        "consult",
        "negotiation",
        "negotiations",
        "bilateral",
        "bilateral meeting",
        "dialogue",
        "consultations",
    ),
    "visit": ("trip", "state visit", "official visit", "travel", "tour"),
    "conference": (
        "summit",
        "forum",
        "gathering",
        "assembly",
        "congress",
        "multilateral",
        "multilateral meeting",
        "symposium",
    ),
    "briefing": ("press briefing", "press conference", "hearing", "testimony", "news conference"),
    "statement": (
        "declaration",
        "announcement",
        "speech",
        "remarks",
        "communique",
        "press release",
        "communiqué",
    ),
    "agreement": (
        "deal",
        "treaty",
        "accord",
        "signing",
        "memorandum",
        "mou",
        "ceasefire",
        "peace agreement",
        "cease fire",
    ),
    "call": (
        "phone call",
        "telephone",
        "telephone call",
        "video call",
        "phone",
        "videoconference",
        "video conference",
    ),
    "military_strike": (
        "strike",
        "airstrike",
        "air strike",
        "drone strike",
        "attack",
        "bombing",
        "battle",
        "battles",
        "shelling",
        "raid",
        "explosions remote violence",
        "remote violence",
        "explosion",
        "missile strike",
    ),
}
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "occurred": ("held", "happened", "took place", "done", "completed", "confirmed", "past"),
    "announced": ("planned", "scheduled", "upcoming", "proposed", "expected", "future"),
    "declined": ("refused", "rejected", "turned down"),
    "cancelled": ("canceled", "called off", "cancelled"),
}


def normalize_header(name: object) -> str:
    """'Event Date ' → 'event_date'; 'Source-URL' → 'source_url'."""
    return re.sub(r"[^0-9a-z]+", "_", str(name).strip().lower()).strip("_")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


_TYPES = {_key(t): t for t in EVENT_TYPES}
_TYPES.update({_key(w): t for t, words in _TYPE_WORDS.items() for w in words})
_STATUSES = {_key(s): s for s in STATUSES}
_STATUSES.update({_key(w): s for s, words in _STATUS_WORDS.items() for w in words})
_PRECISIONS = {_key(p): p for p in LOCATION_PRECISIONS}
_PRECISIONS.update(
    {
        "exact": "exact_site",
        "site": "exact_site",
        "point": "exact_site",
        "town": "city",
        "province": "region",
        "state": "region",
        "area": "region",
        "national": "country",
    }
)


def event_type_for(value: str) -> str | None:
    """Our event_type for a foreign word ("Talks" → meeting), or None when unknown."""
    key = _key(value)
    return _TYPES.get(key) or (_TYPES.get(key[:-1]) if key.endswith("s") else None)


def status_for(value: str) -> str | None:
    """Our status for a foreign word ("planned" → announced), or None when unknown."""
    return _STATUSES.get(_key(value))


def location_precision_for(value: str) -> str | None:
    """Our location_precision for a foreign word ("town" → city), or None when unknown."""
    return _PRECISIONS.get(_key(value))
