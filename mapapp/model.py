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
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

if TYPE_CHECKING:
    import geopandas as gpd

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

# The dates an event may have. Every tool on the way must be able to show them: pandas'
# nanosecond timestamps end at 1677 and 2262, Streamlit's date slider at 1684 and 2255. 1800-2100
# holds every diplomatic record in view (the Office of the Historian's lists begin in the 1860s,
# GDELT in 1979, ACLED in 1997) with room, and catches typos such as 2922 for 2022.
EARLIEST_DATE = "1800-01-01"
LATEST_DATE = "2100-12-31"

# The separator for list cells in CSV files (actors).
LIST_SEPARATOR = "; "


class BBox(NamedTuple):
    """A WGS84 bounding box in GeoJSON order (RFC 7946 §5): west, south, east, north.

    ``west > east`` means the box crosses the antimeridian (Fiji to Samoa: west 177, east -172).
    folium and Leaflet want ``[[south, west], [north, east]]`` instead: :meth:`to_folium`.
    """

    west: float
    south: float
    east: float
    north: float

    @property
    def crosses_antimeridian(self) -> bool:
        return self.west > self.east

    def to_folium(self) -> list[list[float]]:
        """``[[south, west], [north, east]]``; across the antimeridian east runs past 180.

        >>> BBox(177.0, -18.0, -172.0, -13.0).to_folium()
        [[-18.0, 177.0], [-13.0, 188.0]]
        """
        east = self.east + 360.0 if self.crosses_antimeridian else self.east
        return [[self.south, self.west], [self.north, east]]


def is_missing(value: object) -> bool:
    """None, NaN, NaT or pandas.NA: a cell with no value (an empty string is a value here).

    >>> import pandas as pd
    >>> [is_missing(v) for v in (None, float("nan"), pd.NaT, pd.NA, "", 0)]
    [True, True, True, True, False, False]
    """
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    # pandas.NA and NaT compare unequal to themselves (NA returns NA, whose bool() raises).
    try:
        return bool(value != value)
    except TypeError:
        return True
    except ValueError:  # an array compares element by element: it is a value
        return False


def mappable(gdf: gpd.GeoDataFrame) -> np.ndarray:
    """True for the events that have a point to draw (geometry neither missing nor empty)."""
    geom = gdf.geometry
    return (geom.notna() & ~geom.is_empty).to_numpy()


def longitude_span(lon: np.ndarray) -> tuple[float, float]:
    """(west, east) of the shortest arc of longitude that covers every value.

    The widest gap between neighbouring longitudes is left out; when that gap is the one
    across the antimeridian the result is the ordinary (min, max), otherwise ``west > east``.

    >>> longitude_span(np.array([178.4, -171.8, 179.2]))  # Fiji and Samoa
    (178.4, -171.8)
    >>> longitude_span(np.array([51.5, 69.2, 16.4]))
    (16.4, 69.2)
    """
    values = np.sort(np.asarray(lon, dtype=float))
    if len(values) == 0:
        raise ValueError("no longitudes to span")
    gaps = np.diff(np.append(values, values[0] + 360.0))
    widest = int(np.argmax(gaps))
    if widest == len(values) - 1:  # the widest gap is the one across ±180
        return float(values[0]), float(values[-1])
    return float(values[widest + 1]), float(values[widest])


def bbox_of(gdf: gpd.GeoDataFrame) -> BBox | None:
    """The smallest box around the mappable events (crossing the antimeridian if shorter)."""
    points = gdf.geometry[mappable(gdf)]
    if len(points) == 0:
        return None
    lat = points.y.to_numpy(dtype=float)
    west, east = longitude_span(points.x.to_numpy(dtype=float))
    return BBox(west, float(lat.min()), east, float(lat.max()))
