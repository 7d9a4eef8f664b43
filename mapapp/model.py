"""The event schema: columns, enums and types (described for people in geodata/README.md).

No I/O here.

One record per event. In a GeoDataFrame an event has:

* text columns (``str`` or missing),
* ``date_start``, ``date_end``, ``source_published`` as ``datetime64`` (midnight, no time zone),
* ``actors`` as a Python ``list[str]``,
* ``geometry`` as a shapely ``Point(lon, lat)`` in WGS84, or ``None`` when the event has no place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

WGS84 = "EPSG:4326"

EVENT_TYPES: tuple[str, ...] = (
    "meeting",
    "visit",
    "conference",
    "briefing",
    "statement",
    "agreement",
    "call",
    "military_strike",
    "other",
)
STATUSES: tuple[str, ...] = ("occurred", "announced", "declined", "cancelled")
DATE_PRECISIONS: tuple[str, ...] = ("day", "range", "week", "month", "year", "unknown")
LOCATION_PRECISIONS: tuple[str, ...] = ("exact_site", "city", "region", "country", "unknown")
LOCATION_BASES: tuple[str, ...] = ("stated", "inferred")


@dataclass(frozen=True)
class Column:
    """One property of the event record."""

    name: str
    kind: str  # "text", "enum", "date", "list", "url"
    required: bool
    meaning: str
    allowed: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("event_id", "text", True, "unique, stable identifier; also the Feature's id"),
    Column("title", "text", True, "one line, plain text"),
    Column("summary", "text", False, "a few sentences, plain text"),
    Column("event_type", "enum", True, "what kind of event", EVENT_TYPES),
    Column("status", "enum", True, "whether it happened", STATUSES),
    Column("date_start", "date", False, "first day of the span the event is known to fall in"),
    Column("date_end", "date", False, "last day of that span (>= date_start)"),
    Column(
        "date_precision", "enum", True, "how exactly the source fixes the date", DATE_PRECISIONS
    ),
    Column("place_name", "text", False, "the place as people would write it"),
    Column("country_code", "text", False, "ISO 3166-1 alpha-2 code of the place's country"),
    Column(
        "location_precision", "enum", True, "how exactly the place is known", LOCATION_PRECISIONS
    ),
    Column("location_basis", "enum", False, "stated by the source or inferred", LOCATION_BASES),
    Column("location_note", "text", False, "why an inferred place was chosen"),
    Column("actors", "list", True, "participants, canonical names"),
    Column("host", "text", False, "who hosted, where known"),
    Column("source_url", "url", True, "the report the event comes from"),
    Column("source_title", "text", False, "title of that report"),
    Column("source_publisher", "text", False, "publisher of that report"),
    Column("source_published", "date", False, "publication date of the report"),
    Column("source_quote", "text", True, "the sentence(s) of the report stating the event"),
)

EVENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS)
COLUMN_BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}
DATE_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.kind == "date")
LIST_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.kind == "list")
TEXT_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.kind in ("text", "enum", "url"))
# Free text written by people (as opposed to codes): what search and escaping care about most.
PROSE_COLUMNS: tuple[str, ...] = (
    "title",
    "summary",
    "place_name",
    "location_note",
    "host",
    "source_title",
    "source_publisher",
    "source_quote",
)

# The separator for list cells in CSV files (actors).
LIST_SEPARATOR = "; "


class LngLat(NamedTuple):
    """A WGS84 position in GeoJSON order: longitude first."""

    lon: float
    lat: float
