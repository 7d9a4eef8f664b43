"""User-visible labels, colours and marker styles: the one place they are decided.

Pure functions and constants only. Colours come from Paul Tol's schemes, chosen so that every
palette (and all of them together) stays distinct under simulated deuteranopia, protanopia and
tritanopia (``tests/test_colour_vision.py`` measures it in CAM02-UCS).

A marker's *fill colour* is a property of the dataset the event comes from
(:data:`DATASET_COLOURS`): for the Office of the Historian's records it says who travelled
(the President, the Secretary of State, a visiting foreign leader); for everything else it says
who took part (the alignment, from the actors' affiliations in ``geodata/actors.csv``, written
for the Afghanistan story). Its *shape* says the event type (:data:`TYPE_SHAPES`), a second
cue besides colour and the layers. Its *size and fill* say how exactly the place is known; a *dashed
outline* says the place was inferred rather than stated; a *pale or white centre* says the event
was only announced, or was declined or cancelled. Layers (one per event type) carry the type.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from mapapp.countries import country_name

TYPE_LABELS: dict[str, str] = {
    "meeting": "Meeting",
    "visit": "Visit",
    "conference": "Conference",
    "briefing": "Briefing",
    "statement": "Statement",
    "agreement": "Agreement",
    "call": "Call",
    "military_strike": "Military strike",
    "other": "Other",
}

STATUS_LABELS: dict[str, str] = {
    "occurred": "Occurred",
    "announced": "Announced",
    "declined": "Declined",
    "cancelled": "Cancelled",
}

LOCATION_PRECISION_LABELS: dict[str, str] = {
    "exact_site": "exact site",
    "city": "city",
    "region": "region",
    "country": "country",
    "unknown": "place unknown",
}

# Alignment key → (legend label, colour). Order is the legend's order.
ALIGNMENTS: dict[str, dict[str, str]] = {
    "us_taliban": {"label": "US–Taliban", "colour": "#CC3311"},
    "us_opposition": {"label": "US–anti-Taliban opposition", "colour": "#33BBEE"},
    "multilateral": {"label": "Multilateral / UN", "colour": "#332288"},
    "other": {"label": "Other", "colour": "#777777"},
}

US_AFFILIATIONS = frozenset({"us_government", "us_congress"})

# The Office of the Historian's records: who travelled. Colours the alignments do not use, so a
# map of both datasets stays unambiguous.
TRAVELLERS: dict[str, dict[str, str]] = {
    "president": {"label": "US President travelling", "colour": "#DDAA33"},
    "secretary of state": {"label": "US Secretary of State travelling", "colour": "#0077BB"},
    "visiting leader": {"label": "Foreign leader visiting the US", "colour": "#000000"},
}

# Dataset (the events' ``dataset`` property) → (legend heading, the property whose value is the
# colour group, the groups). Events of any other dataset are coloured by alignment.
DATASET_COLOURS: dict[str, tuple[str, str, dict[str, dict[str, str]]]] = {
    "state-travels": ("Who travelled", "traveller_role", TRAVELLERS),
    "state-visits": ("Who travelled", "traveller_role", TRAVELLERS),
}
ALIGNMENT_HEADING = "Who took part"
# Every colour group by key: the alignments, then each dataset's own groups.
COLOUR_GROUPS: dict[str, dict[str, str]] = {
    **ALIGNMENTS,
    **{k: v for _, _, groups in DATASET_COLOURS.values() for k, v in groups.items()},
}

# Count badges of events at one place (mapapp.render.cluster): filled with the events' colour
# when they share one, else this centre inside a ring of their colours (no group is white).
BADGE_MIXED = "#ffffff"
BADGE_MIXED_INK = "#222222"


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255.0 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def badge_inks() -> list[tuple[str, str]]:
    """(colour, ink) of every colour group, in legend order: the ink (black or white) that
    reads best on a badge filled with that colour.

    Examples
    --------
    >>> dict(badge_inks())["#CC3311"]
    '#ffffff'
    """
    out: dict[str, str] = {}
    for info in COLOUR_GROUPS.values():
        colour = info["colour"]
        black, white = contrast(colour, "#000000"), contrast(colour, WHITE)
        out.setdefault(colour, "#000000" if black > white else WHITE)
    return list(out.items())


# Marker geometry in screen pixels.
POINT_RADIUS = 7  # exact_site and city
AREA_RADIUS = {"region": 12, "country": 16}  # hollow, translucent: "somewhere in here"
WHITE = "#ffffff"


def _polygon(n: int, radius: float, turn: float = -90.0) -> list[list[float]]:
    """``n`` corners on a circle of ``radius`` (screen axes: y down), the first at ``turn``°."""
    steps = [math.radians(turn + 360.0 * k / n) for k in range(n)]
    return [[round(radius * math.cos(a), 3), round(radius * math.sin(a), 3)] for a in steps]


def _star(points: int, outer: float, inner: float) -> list[list[float]]:
    outer_corners = _polygon(points, outer)
    inner_corners = _polygon(points, inner, -90.0 + 180.0 / points)
    corners = zip(outer_corners, inner_corners, strict=True)
    return [p for pair in corners for p in pair]


# Marker shape by event type: a second cue besides colour. Outlines in units of the marker's
# radius (screen axes, y down), sized so that each covers about the area of the circle.
SHAPES: dict[str, list[list[float]]] = {
    "triangle": _polygon(3, 1.35),
    "square": _polygon(4, 1.2, -45.0),
    "diamond": _polygon(4, 1.3),
    "triangle-down": _polygon(3, 1.35, 90.0),
    "star": _star(5, 1.45, 0.62),
    "hexagon": _polygon(6, 1.1),
    "pentagon": _polygon(5, 1.15),
    "cross": [
        [x * 0.42, y * 0.42]
        for x, y in (
            (-1, -3),
            (1, -3),
            (1, -1),
            (3, -1),
            (3, 1),
            (1, 1),
            (1, 3),
            (-1, 3),
            (-1, 1),
            (-3, 1),
            (-3, -1),
            (-1, -1),
        )
    ],
}
TYPE_SHAPES: dict[str, str] = {
    "meeting": "circle",
    "visit": "triangle",
    "conference": "square",
    "briefing": "diamond",
    "statement": "triangle-down",
    "agreement": "star",
    "call": "hexagon",
    "military_strike": "cross",
    "other": "pentagon",
}


def alignment_of(actors: Iterable[str], affiliations: Mapping[str, str]) -> str:
    """Classify an event by the affiliations of its actors.

    Rules, first match wins: any ``un`` actor → ``multilateral`` (a UN-convened meeting stays
    multilateral even when the US and the Taliban attend); a US actor (``us_government`` or
    ``us_congress``) with a ``taliban`` actor → ``us_taliban``; a US actor with an
    ``anti_taliban_opposition`` actor → ``us_opposition``; otherwise ``other``.

    Parameters
    ----------
    actors : iterable of str
        Canonical actor names of one event.
    affiliations : mapping
        Actor name or alias → affiliation. A name is looked up as written, then casefolded.

    Returns
    -------
    str
        A key of :data:`ALIGNMENTS`.

    Examples
    --------
    >>> affiliations = {"Thomas West": "us_government", "Taliban": "taliban"}
    >>> alignment_of(["Thomas West", "Taliban"], affiliations)
    'us_taliban'
    """
    found = set()
    for name in actors:
        if isinstance(name, str):
            found.add(affiliations.get(name) or affiliations.get(name.casefold()) or "other")
    if "un" in found:
        return "multilateral"
    if found & US_AFFILIATIONS:
        if "taliban" in found:
            return "us_taliban"
        if "anti_taliban_opposition" in found:
            return "us_opposition"
    return "other"


def colour_group(
    dataset: object, value: object, actors: Iterable[str], affiliations: Mapping[str, str]
) -> str:
    """The colour group of one event: its dataset's own group, else its alignment.

    Parameters
    ----------
    dataset : str or missing
        The event's ``dataset`` property.
    value : str or missing
        The event's value of the property that dataset colours by (see :data:`DATASET_COLOURS`).
    actors, affiliations
        As for :func:`alignment_of`, used when the dataset has no colours of its own.

    Returns
    -------
    str
        A key of :data:`COLOUR_GROUPS`.

    Examples
    --------
    >>> colour_group("state-travels", "president", ["Joseph R. Biden"], {})
    'president'
    >>> colour_group(None, None, ["Thomas West", "Taliban"],
    ...              {"Thomas West": "us_government", "Taliban": "taliban"})
    'us_taliban'
    """
    scheme = DATASET_COLOURS.get(dataset) if isinstance(dataset, str) else None
    if scheme is not None and isinstance(value, str) and value in scheme[2]:
        return value
    return alignment_of(actors, affiliations)


def colour_values(events: pd.DataFrame) -> pd.Series:
    """Per event, the value of the property its dataset colours by (None for the others).

    The second argument of :func:`colour_group`, for a whole frame.
    """
    values = pd.Series([None] * len(events), index=events.index, dtype=object)
    if "dataset" not in events.columns:
        return values
    for dataset in events["dataset"].dropna().unique():
        scheme = DATASET_COLOURS.get(dataset)
        if scheme is not None and scheme[1] in events.columns:
            rows = (events["dataset"] == dataset).to_numpy()
            values[rows] = events.loc[rows, scheme[1]].astype(object)
    return values


def marker_style(event_row: Mapping[str, Any]) -> dict[str, Any]:
    """Leaflet path options for one event's circle marker.

    Parameters
    ----------
    event_row : mapping
        Needs ``alignment`` (the colour group, a key of :data:`COLOUR_GROUPS`; default
        ``other``), ``location_precision``, ``location_basis``, ``status`` and ``event_type``;
        a pandas row works.

    Returns
    -------
    dict
        ``radius``, ``color``, ``weight``, ``opacity``, ``fillColor``, ``fillOpacity``,
        ``dashArray`` (``None`` for a solid outline) and ``shape`` (from ``event_type``, see
        :data:`TYPE_SHAPES`; a key of :data:`SHAPES`, or ``"circle"``).

    Examples
    --------
    >>> marker_style({"alignment": "us_taliban", "location_precision": "city",
    ...               "location_basis": "stated", "status": "occurred"})["fillColor"]
    '#CC3311'
    """
    alignment = event_row.get("alignment") or "other"
    colour = COLOUR_GROUPS.get(alignment, ALIGNMENTS["other"])["colour"]
    precision = event_row.get("location_precision")
    status = event_row.get("status")
    radius = (
        AREA_RADIUS.get(precision, POINT_RADIUS) if isinstance(precision, str) else POINT_RADIUS
    )
    area = radius != POINT_RADIUS
    fill_opacity = 0.18 if area else 0.85
    fill = colour
    if status == "announced":
        fill_opacity /= 2
    elif status in ("declined", "cancelled"):
        fill, fill_opacity = WHITE, (0.3 if area else 0.9)
    return {
        "radius": radius,
        "color": colour,
        "weight": 2,
        "opacity": 0.95,
        "fillColor": fill,
        "fillOpacity": round(fill_opacity, 3),
        "dashArray": "4 3" if event_row.get("location_basis") == "inferred" else None,
        "shape": TYPE_SHAPES.get(str(event_row.get("event_type")), TYPE_SHAPES["other"]),
    }


# --- words for dates and places -----------------------------------------------------------------

_MONTHS = list(calendar.month_name)  # English regardless of the machine's locale
DATE_PRECISION_WORDS: dict[str, str] = {
    "day": "day",
    "range": "range",
    "week": "week",
    "month": "month",
    "year": "year",
    "unknown": "date uncertain",
}


def _as_date(value: object) -> dt.date | None:
    if value is None or value is pd.NaT:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).date()


def _day(d: dt.date, year: bool = True) -> str:
    return f"{d.day} {_MONTHS[d.month]}" + (f" {d.year}" if year else "")


def _span_text(start: dt.date, end: dt.date) -> str:
    """Words for the span start…end, collapsing whole months and whole years."""
    if start == end:
        return _day(start)
    whole_months = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    if whole_months and start.month == 1 and end.month == 12:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if whole_months:
        if (start.year, start.month) == (end.year, end.month):
            return f"{_MONTHS[start.month]} {start.year}"
        if start.year == end.year:
            return f"{_MONTHS[start.month]}–{_MONTHS[end.month]} {start.year}"
        return f"{_MONTHS[start.month]} {start.year} – {_MONTHS[end.month]} {end.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_MONTHS[start.month]} {start.year}"
    if start.year == end.year:
        return f"{_day(start, year=False)} – {_day(end)}"
    return f"{_day(start)} – {_day(end)}"


def date_label(start: object, end: object, precision: object) -> str:
    """Say when an event happened, in words, with the precision the source gives.

    Parameters
    ----------
    start, end : date-like or missing
        ``date_start`` and ``date_end``; either may stand in for the other.
    precision : str
        ``date_precision``.

    Returns
    -------
    str
        Unescaped text, e.g. ``"December 2022 — month"``, ``"30 November – 1 December 2022 —
        range"``, ``"19 December 2022 — day"``, ``"date unknown"``.
    """
    first, last = _as_date(start), _as_date(end)
    first, last = first or last, last or first
    if first is None or last is None:
        return "date unknown"
    if last < first:
        first, last = last, first
    word = DATE_PRECISION_WORDS.get(str(precision), str(precision))
    return f"{_span_text(first, last)} — {word}"


def brief_list(names: Iterable[str], limit: int = 3) -> str:
    """The first ``limit`` names and how many more: ``"A, B, C and 2 more"`` (for tooltips).

    Examples
    --------
    >>> brief_list(["Thomas West", "Taliban", "UN", "EU", "Qatar"])
    'Thomas West, Taliban, UN and 2 more'
    """
    names = [n for n in names if isinstance(n, str) and n.strip()]
    shown = ", ".join(names[:limit])
    return f"{shown} and {len(names) - limit} more" if len(names) > limit else shown


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def place_label(
    place_name: object,
    country_code: object,
    location_precision: object,
    location_basis: object,
    location_note: object,
) -> str:
    """Say where an event is drawn and how sure that is.

    Returns
    -------
    str
        Unescaped text: ``"Kabul — city"`` for a stated place; ``"Tajikistan — placed at Dushanbe
        (inferred: …)"`` for an inferred one (the note shortened to 160 characters);
        ``"place unknown"`` when there is no place.
    """
    name = place_name if isinstance(place_name, str) and place_name.strip() else None
    country = country_name(country_code)
    if location_precision == "unknown" or (name is None and country is None):
        return f"{name} — place unknown" if name else "place unknown"
    precision = LOCATION_PRECISION_LABELS.get(str(location_precision), str(location_precision))
    if location_basis != "inferred":
        return f"{name or country} — {precision}"
    note = location_note if isinstance(location_note, str) and location_note.strip() else ""
    why = f" (inferred: {_shorten(note)})" if note else " (inferred)"
    if name is None or country is None or name.casefold() == country.casefold():
        return f"{name or country} — {precision}{why}"
    return f"{country} — placed at {name}{why}"
