"""What an engine is asked: a date window, a bounding box and the filters, checked once.

The meaning of each field is that of :func:`mapapp.filters.filter_events` (date overlap, types,
actors, countries, text search) plus a bounding box: an event is in the box when its point is
(events without a place are in no box). Every engine turns the same :class:`Query` into the same
set of event ids.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from mapapp.errors import UsageError, quote
from mapapp.filters import filter_events
from mapapp.model import BBox
from mapapp.records import empty_events

__all__ = ["Query", "make_query", "parse_bbox"]


@dataclass(frozen=True)
class Query:
    """A checked query: build it with :func:`make_query`, which validates every field.

    Text values are normalised as the frame filters compare them: ``types`` as given,
    ``actors`` lower-cased, ``countries`` upper-cased, ``text`` stripped.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    text: str = ""
    bbox: BBox | None = None
    # The arguments as given, for the frame engine (which is filter_events itself).
    raw: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def dated(self) -> bool:
        """True when a date window is given (undated events are then left out)."""
        return self.start is not None or self.end is not None


def make_query(
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    types: Iterable[str] = (),
    actors: Iterable[str] = (),
    countries: Iterable[str] = (),
    text: str = "",
    bbox: BBox | tuple[float, float, float, float] | str | None = None,
) -> Query:
    """Check the filters once and return them as a :class:`Query`.

    Parameters
    ----------
    start, end, types, actors, countries, text
        As for :func:`mapapp.filters.filter_events`.
    bbox : BBox, (west, south, east, north) or "W,S,E,N", optional
        Keep events whose point lies in the box; ``west > east`` crosses the antimeridian.

    Returns
    -------
    Query

    Raises
    ------
    UsageError
        As filter_events does for a bad filter, and for a box that is not four numbers in range.

    Examples
    --------
    >>> make_query(types=["meeting"], bbox="170,-20,-170,-10").bbox.crosses_antimeridian
    True
    """
    type_list, actor_list, country_list = _strings(types), _strings(actors), _strings(countries)
    # filter_events on an empty frame checks every argument with its own messages.
    filter_events(
        empty_events(),
        start=start,
        end=end,
        types=type_list,
        actors=actor_list,
        countries=country_list,
        text=text,
    )
    raw: dict[str, object] = {
        "start": start,
        "end": end,
        "types": type_list,
        "actors": actor_list,
        "countries": country_list,
        "text": text,
    }
    box = parse_bbox(bbox) if isinstance(bbox, str) else _check_bbox(bbox)
    return Query(
        start=_as_date(start),
        end=_as_date(end),
        types=tuple(t.strip() for t in type_list if t.strip()),
        actors=tuple(a.strip().lower() for a in actor_list if a.strip()),
        countries=tuple(c.strip().upper() for c in country_list if c.strip()),
        text=text.strip(),
        bbox=box,
        raw=raw,
    )


def _strings(values: Iterable[str] | str) -> list[str]:
    return [values] if isinstance(values, str) else list(values)


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    import pandas as pd

    stamp = pd.Timestamp(value)  # numpy datetime64 or pandas Timestamp; checked by filter_events
    return None if stamp is pd.NaT else stamp.date()


def parse_bbox(text: str) -> BBox:
    """Read ``"W,S,E,N"`` (degrees, GeoJSON order) as a :class:`BBox`.

    Raises
    ------
    UsageError
        When it is not four numbers, a value is out of range, or south is above north.

    Examples
    --------
    >>> parse_bbox("69.0,34.4,69.3,34.6")
    BBox(west=69.0, south=34.4, east=69.3, north=34.6)
    """
    parts = [p.strip() for p in str(text).split(",")]
    try:
        numbers = tuple(float(p) for p in parts)
    except ValueError as err:
        raise UsageError(
            f"bbox {quote(text)} is not four numbers — write it as W,S,E,N in degrees, "
            "e.g. 69.0,34.4,69.3,34.6"
        ) from err
    if len(numbers) != 4:
        raise UsageError(
            f"bbox {quote(text)} has {len(numbers)} value(s), not 4 — write it as W,S,E,N, "
            "e.g. 69.0,34.4,69.3,34.6"
        )
    return _check_bbox(numbers)  # type: ignore[return-value]


def _check_bbox(box: BBox | tuple[float, float, float, float] | None) -> BBox | None:
    if box is None:
        return None
    try:
        west, south, east, north = (float(v) for v in box)
    except (TypeError, ValueError) as err:
        raise UsageError(
            f"bbox {quote(box)} is not four numbers — pass (west, south, east, north)"
        ) from err
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise UsageError(f"bbox {quote(box)} holds a value that is not a finite number")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise UsageError(
            f"bbox {quote(box)}: longitudes must lie in -180…180 — for a box across the "
            "antimeridian give west > east, e.g. 170,-20,-170,-10"
        )
    if not (-90 <= south <= north <= 90):
        raise UsageError(
            f"bbox {quote(box)}: latitudes must lie in -90…90 with south <= north — "
            "write it as W,S,E,N"
        )
    return BBox(west, south, east, north)
