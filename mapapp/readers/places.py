"""Where events are: coordinates (lat/lon, WKT, GeoJSON shapes) checked row by row, and places
named without coordinates resolved with the offline gazetteer (see :mod:`mapapp.readers.generic`
for the decisions)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import shapely

from mapapp import gazetteer
from mapapp.countries import iso_country_codes
from mapapp.errors import quote
from mapapp.model import LOCATION_PRECISIONS
from mapapp.readers import vocab
from mapapp.readers.rows import Rows, plural, texts, unique_map


def country_codes(
    values: pd.Series, column: str | None, table: Rows, notes: list[str]
) -> pd.Series:
    known = iso_country_codes()

    def code(value: str) -> str | None:
        if not value:
            return None
        if len(value) == 2 and value.upper() in known:
            return value.upper()
        return gazetteer.country_code_for(value, demonyms=False)

    codes = unique_map(values, code)
    unknown = sorted(set(values[codes.isna() & (values != "")]))
    if unknown:
        shown = ", ".join(quote(v, 30) for v in unknown[:8])
        notes.append(
            f"{column}: {shown} is not a country we know (ISO code or English name); "
            "left country_code empty on those rows"
        )
    return codes


def coordinates(
    df: pd.DataFrame,
    pick: Callable[[str], str | None],
    used: set[str],
    geometry: Sequence[object] | None,
    table: Rows,
    notes: list[str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lat, lon, precision) arrays; NaN where a row has no coordinates; rejects bad ones."""
    n = len(df)
    lat_col, lon_col, wkt_col = pick("lat"), pick("lon"), pick("wkt")
    precision = np.full(n, None, dtype=object)
    if geometry is not None:
        lat, lon, precision = _from_shapes(list(geometry), None, table)
        names = ("geometry", "geometry")
    elif lat_col and lon_col:
        used.update((lat_col, lon_col))
        lat_text, lon_text = texts(df[lat_col]), texts(df[lon_col])
        lat, lon = _numbers(lat_text), _numbers(lon_text)
        names = (lat_col, lon_col)
        for pos in np.flatnonzero(((lat_text == "") ^ (lon_text == "")).to_numpy()):
            empty, other, value = (
                (lat_col, lon_col, lon_text.iat[pos])
                if lat_text.iat[pos] == ""
                else (lon_col, lat_col, lat_text.iat[pos])
            )
            table.reject(
                pos,
                empty,
                f"is empty while {other} is {quote(value)}",
                "give both coordinates, or leave both empty to place the event from its place name",
            )
        for text, values, name, limit in (
            (lat_text, lat, lat_col, 90),
            (lon_text, lon, lon_col, 180),
        ):
            for pos in np.flatnonzero(((text != "") & ~np.isfinite(values)).to_numpy()):
                if text.iat[pos] and (lat_text.iat[pos] and lon_text.iat[pos]):
                    table.reject(
                        pos,
                        name,
                        f"{quote(text.iat[pos])} is not a number",
                        f"write a decimal number between -{limit} and {limit} (a dot "
                        "as the decimal mark)",
                    )
    elif wkt_col:
        used.add(wkt_col)
        lat, lon, precision = _from_shapes(
            _parse_shapes(texts(df[wkt_col]), wkt_col, table), wkt_col, table
        )
        names = (wkt_col, wkt_col)
    else:
        if lat_col or lon_col:
            notes.append(
                f"found {lat_col or lon_col} but no matching "
                f"{'longitude' if lat_col else 'latitude'} column: placed events from "
                "their place names instead"
            )
        return np.full(n, np.nan), np.full(n, np.nan), precision
    _check_ranges(lat, lon, names, table)
    lat = np.where(table.bad, np.nan, lat)
    lon = np.where(table.bad, np.nan, lon)
    return lat, lon, precision


def _numbers(values: pd.Series) -> np.ndarray:
    if values.str.contains(",", regex=False).any():
        values = values.str.replace(r"^(-?\d+),(\d+)$", r"\1.\2", regex=True)  # decimal comma
    return pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)


def _parse_shapes(values: pd.Series, column: str, table: Rows) -> list[object]:
    shapes: list[object] = []
    for pos, text in enumerate(values.tolist()):
        shape = None
        if text:
            try:
                shape = (
                    shapely.from_geojson(text) if text.startswith("{") else shapely.from_wkt(text)
                )
            except Exception:  # shapely raises GEOSException and others on bad text
                shape = None
            if shape is None:
                table.reject(
                    pos,
                    column,
                    f"{quote(text)} is not a WKT geometry",
                    "write e.g. POINT (69.2 34.5) — longitude first — or use lat and lon columns",
                )
        shapes.append(shape)
    return shapes


def _from_shapes(
    shapes: list[Any], column: str | None, table: Rows
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n = len(shapes)
    lat, lon = np.full(n, np.nan), np.full(n, np.nan)
    precision = np.full(n, None, dtype=object)
    for pos, shape in enumerate(shapes):
        if shape is None or getattr(shape, "is_empty", True):
            continue
        if not isinstance(shape, shapely.Point):
            precision[pos] = "region"
            try:
                shape = shape.representative_point()
            except Exception:  # invalid polygons can make GEOS fail
                table.reject(
                    pos,
                    column or "geometry",
                    "is a shape without a usable point",
                    "give the event a Point",
                )
                continue
        x, y = shape.x, shape.y
        if not (math.isfinite(x) and math.isfinite(y)):
            table.reject(
                pos,
                column or "geometry",
                f"has coordinates that are not finite numbers ({x!r}, {y!r})",
                "give [lon, lat] as decimal degrees",
            )
            continue
        lon[pos], lat[pos] = x, y
    return lat, lon, precision


def _check_ranges(lat: np.ndarray, lon: np.ndarray, names: tuple[str, str], table: Rows) -> None:
    lat_name, lon_name = names
    with np.errstate(invalid="ignore"):
        finite = np.isfinite(lat) & np.isfinite(lon)
        swapped = finite & (np.abs(lat) > 90) & (np.abs(lon) <= 90)
        lat_out = finite & (np.abs(lat) > 90) & ~swapped
        lon_out = finite & (np.abs(lon) > 180)
        zero = finite & (lat == 0) & (lon == 0)
        nonfinite = ~np.isfinite(lat) & ~np.isnan(lat) | ~np.isfinite(lon) & ~np.isnan(lon)
    for pos in np.flatnonzero(swapped):
        table.reject(
            pos,
            lat_name,
            f"{lat[pos]:g} is not a latitude (lon is {lon[pos]:g}); the coordinates look swapped",
            f"swap {lat_name} and {lon_name}: latitude is between -90 and 90",
        )
    for pos in np.flatnonzero(lat_out):
        table.reject(
            pos, lat_name, f"{lat[pos]:g} is outside -90..90", "latitude must be between -90 and 90"
        )
    for pos in np.flatnonzero(lon_out & ~swapped):
        table.reject(
            pos,
            lon_name,
            f"{lon[pos]:g} is outside -180..180",
            "longitude must be between -180 and 180",
        )
    for pos in np.flatnonzero(zero):
        table.reject(
            pos,
            lat_name,
            "0, 0 is a placeholder (a point in the Gulf of Guinea), not a place",
            "give the real coordinates, or leave them empty to place the event from its place name",
        )
    for pos in np.flatnonzero(nonfinite):
        if not table.bad[pos]:
            table.reject(
                pos, lat_name, "has a coordinate that is not a finite number", "give finite numbers"
            )


@dataclass(frozen=True)
class PlaceCells:
    """What a table says about where each event is (one entry per row)."""

    place: pd.Series  # place names as written ("" when missing)
    country: pd.Series  # country cells as written
    codes: pd.Series  # ISO codes read from the country cells (None when unknown)
    lat: np.ndarray  # NaN where the row gives no coordinates
    lon: np.ndarray
    shape_precision: np.ndarray  # "region" for non-point shapes, else None
    precision: pd.Series  # location precision cells as written


@dataclass(frozen=True)
class Located:
    """Where each event ends up: coordinates, country, precision, basis and any warning."""

    lat: np.ndarray
    lon: np.ndarray
    country_code: list[str | None]
    location_precision: list[str]
    location_basis: list[str | None]
    warning: list[str | None]
    notes: list[str] = field(default_factory=list)


def locate(cells: PlaceCells, bad: np.ndarray, rows: Sequence[int]) -> Located:
    """Place every good row: its own coordinates, else the gazetteer on its place or country.

    Parameters
    ----------
    cells : PlaceCells
        The table's place cells.
    bad : ndarray of bool
        Rows already refused (not looked up).
    rows : sequence of int
        File row numbers, for the notes.
    """
    given, notes = _given_precision(cells.precision)
    lat, lon = cells.lat.copy(), cells.lon.copy()
    has_coords = np.isfinite(lat)
    precision = np.where(pd.isna(given), cells.shape_precision, given)
    # The gazetteer is asked only where it decides something: unplaced rows, and placed rows
    # whose precision nothing else gives.
    needed = np.flatnonzero((~has_coords | pd.isna(precision)) & ~bad)
    keys = list(
        zip(cells.place.tolist(), cells.country.tolist(), cells.codes.tolist(), strict=True)
    )
    matches = {keys[pos]: _geocode(*keys[pos]) for pos in needed}
    country_code = np.array(cells.codes.tolist(), dtype=object)
    warnings = np.full(len(lat), None, dtype=object)
    unplaced: dict[str, list[int]] = {}
    assumed_city = 0
    for pos in needed:
        match = matches[keys[pos]]
        if has_coords[pos]:
            found = match is not None and match.place is not None
            precision[pos] = match.place.precision if found else "city"  # type: ignore[union-attr]
            assumed_city += not found
        elif match is not None and match.place is None:
            reason = match.warning or f"{quote(match.query)} is not in the offline gazetteer"
            unplaced.setdefault(reason, []).append(rows[int(pos)])
        elif match is not None and match.place is not None:
            lat[pos], lon[pos] = match.place.lat, match.place.lon
            precision[pos] = precision[pos] or match.place.precision
            country_code[pos] = country_code[pos] or match.place.country_code
            warnings[pos] = match.warning
    placed = np.isfinite(lat)
    notes += _placing_notes(assumed_city, int(pd.notna(warnings).sum()), unplaced)
    return Located(
        lat,
        lon,
        list(country_code),
        list(np.where(placed, precision, "unknown")),
        ["stated" if p else None for p in placed],
        list(warnings),
        notes,
    )


def _given_precision(cells: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Location precision cells in our words (None where not given or not understood)."""
    given = unique_map(cells, lambda v: vocab.location_precision_for(v) if v else None)
    notes = []
    if bad := sorted(set(cells[given.isna() & (cells != "")])):
        notes.append(
            f"location precision {', '.join(quote(v, 20) for v in bad[:5])} is not one "
            f"of {', '.join(LOCATION_PRECISIONS)}: ignored"
        )
    return given.to_numpy(dtype=object), notes


def _placing_notes(assumed_city: int, ambiguous: int, unplaced: dict[str, list[int]]) -> list[str]:
    notes = []
    if assumed_city:
        notes.append(f"{plural(assumed_city)} with coordinates but no precision: assumed 'city'")
    if ambiguous:
        notes.append(f"{plural(ambiguous)} placed from an ambiguous name (see location_note)")
    for reason, rows in unplaced.items():
        shown = ", ".join(map(str, rows[:10])) + (" …" if len(rows) > 10 else "")
        notes.append(
            f"left unmapped (no coordinates, place not found) rows {shown}: {reason} — "
            "add lat/lon or a better-known place name"
        )
    return notes


def _geocode(place: str, country: str, code: str | None) -> gazetteer.Match | None:
    """Look a place up, trying "A, B, Country" piece by piece; a country alone places the row."""
    if place:
        match = gazetteer.lookup(place, code)
        parts = [p.strip() for p in place.split(",") if p.strip()]
        if match.place is None and len(parts) > 1:  # "," alone or ", ," names nothing
            code = code or gazetteer.country_code_for(parts[-1], demonyms=False)
            for part in parts:
                found = gazetteer.lookup(part, code)
                if found.place is not None:
                    return gazetteer.Match(found.place, place, found.alternatives, found.warning)
        return match
    if code:
        return gazetteer.lookup(code)
    return None
