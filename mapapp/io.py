"""Read and write our own event files: GeoJSON (RFC 7946) and CSV.

Foreign formats (generic CSV/GeoJSON, ACLED, GDELT) live in :mod:`mapapp.readers`; they all end
in :func:`coerce_events`, which turns raw cells into the typed event frame and reports every bad
cell with its file, row and column.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import io
import json
import os
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import orjson
import pandas as pd
import shapely

from mapapp.errors import DataFileError, Problem, ValidationError, quote
from mapapp.model import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    LIST_COLUMNS,
    LIST_SEPARATOR,
    TEXT_COLUMNS,
    WGS84,
)
from mapapp.parse import coerce_events, empty_events, parse_events
from mapapp.validate import validate_events

__all__ = [
    "ACTORS_FILE",
    "BUNDLED_EVENTS",
    "GEODATA_DIR",
    "SOURCES_FILE",
    "affiliations",
    "bundled_source",
    "check_file",
    "coerce_events",
    "empty_events",
    "load_raw",
    "load_sources",
    "parse_events",
    "read_actors",
    "read_events",
    "to_csv_bytes",
    "to_geojson_bytes",
    "write_atomic",
    "write_csv",
    "write_geojson",
]

GEODATA_DIR = Path(__file__).resolve().parent.parent / "geodata"
BUNDLED_EVENTS = GEODATA_DIR / "events.geojson"
ACTORS_FILE = GEODATA_DIR / "actors.csv"
SOURCES_FILE = GEODATA_DIR / "sources.csv"

# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"


# --------------------------------------------------------------------------------------------
# reading our files


def read_events(path: str | os.PathLike[str], *, name: str | None = None) -> gpd.GeoDataFrame:
    """Read one of our event files (GeoJSON or CSV) into the typed event frame.

    Parameters
    ----------
    path : path-like
        A ``.geojson``/``.json`` FeatureCollection or a ``.csv`` file in our format.
    name : str, optional
        Name used in messages (default: the path as given).

    Returns
    -------
    GeoDataFrame
        Validated events; see :mod:`mapapp.model`.

    Raises
    ------
    DataFileError
        When the file cannot be read at all.
    ValidationError
        When any event breaks a rule; lists every problem.
    """
    raw, first_row, label = load_raw(path, name=name)
    return coerce_events(raw, file=label, first_row=first_row, sources=load_sources())


def check_file(path: str | os.PathLike[str]) -> tuple[int, list[Problem]]:
    """Validate one of our event files; return (number of events, problems)."""
    try:
        raw, first_row, label = load_raw(path)
        rows = range(first_row, first_row + len(raw))
        gdf, problems = parse_events(raw, file=label, rows=rows)
    except DataFileError as err:
        return 0, err.problems
    problems += validate_events(gdf, file=label, rows=rows, sources=load_sources())
    return len(gdf), problems


def load_raw(
    path: str | os.PathLike[str], *, name: str | None = None
) -> tuple[pd.DataFrame, int, str]:
    """Read raw cells of our GeoJSON or CSV: (frame, row number of the first record, label)."""
    label = name or str(path)
    data = _read_bytes(path, label)
    suffix = Path(str(path)).suffix.lower()
    looks_json = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
    if suffix in (".geojson", ".json") or (suffix != ".csv" and looks_json):
        return _geojson_records(data, label), 1, label
    return _csv_records(data, label), 2, label


def _read_bytes(path: str | os.PathLike[str], label: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as err:
        raise DataFileError(
            Problem(label, None, None, "no such file", "check the path and try again")
        ) from err
    except IsADirectoryError as err:
        raise DataFileError(
            Problem(label, None, None, "is a directory, not a file", "name a file")
        ) from err
    except OSError as err:
        raise DataFileError(
            Problem(label, None, None, f"cannot be read ({err.strerror})", "check permissions")
        ) from err


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise DataFileError(
            Problem(
                label,
                line,
                None,
                f"is not valid UTF-8 (byte {data[err.start]:#04x} at offset {err.start})",
                "save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')",
            )
        ) from err


def _geojson_records(data: bytes, label: str) -> pd.DataFrame:
    text = _decode(data, label)
    if not text.strip():
        raise DataFileError(
            Problem(label, None, None, "is empty", "export a GeoJSON FeatureCollection into it")
        )
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}",
                "fix the JSON syntax there (a truncated file or a missing comma is common)",
            )
        ) from err
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        kind = doc.get("type") if isinstance(doc, dict) else type(doc).__name__
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"is not a GeoJSON FeatureCollection (type {quote(kind)})",
                'wrap the features in {"type": "FeatureCollection", "features": [...]}',
            )
        )
    features = doc.get("features")
    if not isinstance(features, list):
        raise DataFileError(
            Problem(label, None, "features", "is missing or not a list", "add a features array")
        )
    records: list[dict[str, Any]] = []
    bad_rows: list[Problem] = []
    for number, feature in enumerate(features, start=1):
        props = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(feature, dict) or not isinstance(props, dict):
            bad_rows.append(
                Problem(
                    label,
                    number,
                    "properties",
                    "feature has no properties object",
                    "give each Feature a properties object with the event's fields",
                )
            )
            props = {}
        record = dict(props)
        if record.get("event_id") in (None, "") and isinstance(feature, dict):
            record["event_id"] = feature.get("id")
        record["geometry"] = _shape(feature.get("geometry") if isinstance(feature, dict) else None)
        records.append(record)
    if bad_rows:
        raise ValidationError(bad_rows)
    if not records:
        return pd.DataFrame(columns=[*EVENT_COLUMNS, "geometry"])
    return pd.DataFrame.from_records(records)


def _shape(geometry: object) -> object:
    if geometry is None:
        return None
    try:
        return shapely.geometry.shape(geometry)
    except Exception:  # shapely raises several types for malformed geometry objects
        return f"invalid geometry {quote(geometry)}"


def _csv_records(data: bytes, label: str) -> pd.DataFrame:
    text = _decode(data, label)
    if not text.strip():
        raise DataFileError(
            Problem(label, None, None, "is empty", "write a header line and one row per event")
        )
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        records = []
        for record in reader:
            if None in record:
                raise DataFileError(
                    Problem(
                        label,
                        reader.line_num,
                        None,
                        f"has {len(reader.fieldnames or []) + len(record[None])} cells but the "
                        f"header has {len(reader.fieldnames or [])}",
                        "quote cells that contain commas, or remove the extra cells",
                    )
                )
            records.append(record)
    except csv.Error as err:
        raise DataFileError(
            Problem(label, None, None, f"is not valid CSV ({err})", "check the quoting")
        ) from err
    frame = pd.DataFrame.from_records(records, columns=reader.fieldnames)
    text_cols = [c for c in frame.columns if c in TEXT_COLUMNS]
    frame[text_cols] = frame[text_cols].map(_unguard)
    if "actors" in frame.columns:
        frame["actors"] = frame["actors"].map(
            lambda s: (
                LIST_SEPARATOR.join(str(_unguard(a)) for a in s.split(LIST_SEPARATOR))
                if isinstance(s, str)
                else s
            )
        )
    return frame.replace({"": None})


# --------------------------------------------------------------------------------------------
# tables beside the events


@lru_cache(maxsize=4)
def load_sources(path: Path = SOURCES_FILE) -> dict[str, str]:
    """Bundled source texts by URL (``geodata/sources.csv``); empty when there are none."""
    if not path.exists():
        return {}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {
        row.source_url: (path.parent / row.file).read_text(encoding="utf-8")
        for row in table.itertuples()
    }


def bundled_source(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The ``sources.csv`` row of a bundled source text (by file content), or None."""
    if not SOURCES_FILE.exists():
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    table = pd.read_csv(SOURCES_FILE, dtype=str, keep_default_na=False)
    for row in table.to_dict("records"):
        candidate = SOURCES_FILE.parent / row["file"]
        if candidate.exists() and candidate.read_bytes() == data:
            published = row.get("source_published") or None
            row["source_published"] = dt.date.fromisoformat(published) if published else None
            return row
    return None


def read_actors(path: Path | None = None) -> pd.DataFrame:
    """The actors table: name, aliases (list), affiliation, role, note."""
    path = path or ACTORS_FILE
    if not path.exists():
        return pd.DataFrame(columns=["name", "aliases", "affiliation", "role", "note"])
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table["aliases"] = table["aliases"].map(
        lambda s: [a.strip() for a in s.split(LIST_SEPARATOR.strip()) if a.strip()]
    )
    return table


def affiliations(actors: pd.DataFrame | None = None) -> dict[str, str]:
    """Map every actor name and alias to its affiliation."""
    table = read_actors() if actors is None else actors
    out: dict[str, str] = {}
    for row in table.itertuples():
        for name in [row.name, *row.aliases]:
            out[name] = row.affiliation
    return out


# --------------------------------------------------------------------------------------------
# writing


def _export_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Contract columns first, dates as YYYY-MM-DD strings, WGS84."""
    extras = [c for c in gdf.columns if c not in EVENT_COLUMNS and c != gdf.geometry.name]
    out = gdf[[*EVENT_COLUMNS, *extras]].copy()
    for name in DATE_COLUMNS:
        out[name] = out[name].dt.strftime("%Y-%m-%d").astype(object)
        out[name] = out[name].where(out[name].notna(), None)
    for name in TEXT_COLUMNS:
        out[name] = out[name].astype(object).where(out[name].notna(), None)
    out["actors"] = out["actors"].map(list)
    geometry = gdf.geometry if gdf.crs is None else gdf.geometry.to_crs(WGS84)
    return gpd.GeoDataFrame(out, geometry=geometry.set_crs(WGS84, allow_override=True))


def to_geojson_bytes(gdf: gpd.GeoDataFrame) -> bytes:
    """Serialise events as an RFC 7946 FeatureCollection (UTF-8 bytes).

    No ``crs`` member, ``[lon, lat]`` in WGS84 rounded to 7 decimals (about 1 cm), and the
    event_id as each Feature's ``id`` (kept in ``properties`` too, per the contract). Events are
    Points (the validator guarantees it), so RFC 7946's winding and antimeridian rules do not
    arise. The document is built as Python objects and serialised by orjson: 100,000 events take
    well under a second, against 3–5 s through GDAL's GeoJSON driver (benchmarks/README.md).

    Examples
    --------
    >>> json.loads(to_geojson_bytes(events))["features"][0]["id"]  # doctest: +SKIP
    'voa-20221220-west-uae-visit'
    """
    extras = [c for c in gdf.columns if c not in EVENT_COLUMNS and c != gdf.geometry.name]
    names = [*EVENT_COLUMNS, *extras]
    columns: list[list[Any]] = []
    for name in names:
        series = gdf[name]
        if name in DATE_COLUMNS:
            days = series.to_numpy(dtype="datetime64[D]")
            text = np.datetime_as_string(days, unit="D")
            columns.append(np.where(np.isnat(days), None, text).tolist())  # type: ignore[attr-defined]
        elif name in LIST_COLUMNS:
            columns.append(
                [
                    list(v) if isinstance(v, (list, tuple, np.ndarray)) else []
                    for v in series.tolist()
                ]
            )
        else:
            columns.append(series.astype(object).where(series.notna(), None).tolist())
    geometry = gdf.geometry if gdf.crs is None else gdf.geometry.to_crs(WGS84)
    points = np.asarray(geometry.array)
    placed = (~(pd.isna(points) | shapely.is_empty(points))).tolist()
    lon = np.round(shapely.get_x(points), 7).tolist()
    lat = np.round(shapely.get_y(points), 7).tolist()
    with _no_gc():  # a million small objects: the cyclic GC would otherwise run hundreds of times
        features = [
            {
                "type": "Feature",
                "id": values[0],
                "properties": dict(zip(names, values, strict=True)),
                "geometry": {"type": "Point", "coordinates": [x, y]} if has else None,
            }
            for values, has, x, y in zip(zip(*columns, strict=True), placed, lon, lat, strict=True)
        ]
        doc = {"type": "FeatureCollection", "features": features}
        return orjson.dumps(doc, option=orjson.OPT_SERIALIZE_NUMPY, default=str) + b"\n"


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def to_csv_bytes(gdf: gpd.GeoDataFrame) -> bytes:
    """Serialise events as CSV: contract columns plus lat and lon, actors joined with "; ".

    Text cells that a spreadsheet would run as a formula get a leading apostrophe; reading the
    file back with :func:`read_events` removes it again.
    """
    out = pd.DataFrame(_export_frame(gdf).drop(columns="geometry"))
    points = gdf.geometry
    has_point = points.notna() & ~points.is_empty
    out["lat"] = np.where(has_point, points.y.where(has_point), np.nan)
    out["lon"] = np.where(has_point, points.x.where(has_point), np.nan)
    for name in out.columns:  # actors, and list-valued extras such as GDELT's source_urls
        if name == "actors" or out[name].map(lambda v: isinstance(v, (list, tuple))).any():
            out[name] = out[name].map(
                lambda v: LIST_SEPARATOR.join(map(str, v)) if isinstance(v, (list, tuple)) else v
            )
    text_cols = [c for c in out.columns if c in TEXT_COLUMNS or out[c].dtype == object]
    text_cols = [c for c in text_cols if c != "actors"]
    out[text_cols] = out[text_cols].map(_guard)
    out["actors"] = out["actors"].map(
        lambda s: LIST_SEPARATOR.join(str(_guard(a)) for a in s.split(LIST_SEPARATOR)) if s else s
    )
    cols = [*EVENT_COLUMNS, "lat", "lon", *[c for c in out.columns if c not in EVENT_COLUMNS]]
    cols = list(dict.fromkeys(cols))
    # RFC 4180 line ends: cells holding a bare \r or \n are then quoted, so they survive.
    return out[cols].to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def _guard(value: object) -> object:
    if isinstance(value, str) and (
        value.startswith(FORMULA_PREFIXES)
        or (value.startswith(_GUARD) and value[1:2] in (*FORMULA_PREFIXES, _GUARD))
    ):
        return _GUARD + value
    return value


def _unguard(value: object) -> object:
    if (
        isinstance(value, str)
        and value.startswith(_GUARD)
        and value[1:2]
        in (
            *FORMULA_PREFIXES,
            _GUARD,
        )
    ):
        return value[1:]
    return value


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes to path through a temporary file in the same folder, then rename.

    A failure part-way leaves the previous file (or no file) in place, never a half-written one.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_geojson(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    """Write events as RFC 7946 GeoJSON, atomically."""
    write_atomic(path, to_geojson_bytes(gdf))


def write_csv(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    """Write events as CSV, atomically."""
    write_atomic(path, to_csv_bytes(gdf))
