"""GeoJSON files: ours (contract properties) and any other FeatureCollection, whose property
names are mapped by :mod:`mapapp.readers.generic`. A lone Feature or a list of Features is read.
Files plainly in our own format are read by :mod:`mapapp.readers.own_geojson` instead."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import shapely
import shapely.geometry

from mapapp.errors import DataFileError, Problem, ProblemList, quote
from mapapp.readers.delimited import is_ours
from mapapp.readers.generic import map_table
from mapapp.readers.limits import current as current_limits
from mapapp.readers.own_geojson import read_own_geojson
from mapapp.readers.result import ImportResult, build_result
from mapapp.readers.text import too_many_rows

_WGS84_NAMES = ("crs84", "4326", "wgs84", "wgs 84")
# Deeper property values are refused: writing them back out (orjson stops at 254 levels) and
# showing them would fail, and no event record needs them.
MAX_PROPERTY_DEPTH = 32


def read_geojson(
    text: str, *, file: str, notes: list[str], dayfirst: bool | None = None
) -> ImportResult:
    """Read GeoJSON text into events; see :func:`mapapp.readers.read_file`.

    Our own files take the fast path (:mod:`mapapp.readers.own_geojson`), which gives the same
    result; anything else is read here, Feature by Feature.
    """
    own = read_own_geojson(text, file=file, notes=notes, max_rows=current_limits().max_rows)
    if own is not None:
        return own
    features = _features(_load(text, file), file, notes)
    if len(features) > current_limits().max_rows:
        raise too_many_rows(file, current_limits().max_rows)
    rejected = ProblemList()
    records: list[dict[str, Any]] = []
    shapes: list[object] = []
    rows: list[int] = []
    for number, feature in enumerate(features, start=1):
        record = _record(feature, number, file, rejected)
        if record is None:
            continue
        props, shape = record
        records.append(props)
        shapes.append(shape)
        rows.append(number)
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    columns = list(frame.columns)
    if records and is_ours(columns):
        frame["geometry"] = shapes
        return build_result(
            frame,
            rows,
            file=file,
            format="mapapp-geojson",
            rejected=rejected,
            notes=notes,
            source_rows=len(features),
        )
    mapped = map_table(frame, rows, file=file, geometry=shapes, dayfirst=dayfirst)
    return build_result(
        mapped.raw,
        mapped.rows,
        file=file,
        format="geojson",
        rejected=rejected + mapped.rejected,
        notes=[*notes, *mapped.notes],
        source_rows=len(features),
    )


def _load(text: str, file: str) -> object:
    if not text.strip():
        raise DataFileError(
            Problem(file, None, None, "is empty", "export a GeoJSON FeatureCollection into it")
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        where = (
            "the end of the file (it looks truncated)"
            if err.pos >= len(text.rstrip())
            else (f"line {err.lineno}, column {err.colno}")
        )
        raise DataFileError(
            Problem(
                file,
                None,
                None,
                f"is not valid JSON: {err.msg} at {where}",
                "fix the JSON there (a truncated download or a missing comma is common)",
            )
        ) from err
    except RecursionError as err:
        raise DataFileError(
            Problem(
                file, None, None, "is nested too deeply to read", "export a flat FeatureCollection"
            )
        ) from err


def _features(doc: object, file: str, notes: list[str]) -> list[Any]:
    if isinstance(doc, list):
        notes.append("read a bare JSON list as a list of Features")
        return doc
    kind = doc.get("type") if isinstance(doc, dict) else type(doc).__name__
    if isinstance(doc, dict) and kind == "Feature":
        notes.append("read a single Feature")
        return [doc]
    if not isinstance(doc, dict) or kind != "FeatureCollection":
        raise DataFileError(
            Problem(
                file,
                None,
                "type",
                f"is {quote(kind)}, not a GeoJSON FeatureCollection",
                'wrap the features in {"type": "FeatureCollection", "features": [...]}',
            )
        )
    _check_crs(doc.get("crs"), file)
    features = doc.get("features")
    if not isinstance(features, list):
        raise DataFileError(
            Problem(
                file,
                None,
                "features",
                f"is {quote(features)}, not a list of Features",
                "give the FeatureCollection a features array",
            )
        )
    return features


def _check_crs(crs: object, file: str) -> None:
    """RFC 7946 GeoJSON is WGS84; an old-style crs member naming anything else is refused."""
    if not isinstance(crs, dict):
        return
    name = (
        str((crs.get("properties") or {}).get("name", ""))
        if isinstance(crs.get("properties"), dict)
        else ""
    )
    if name and not any(tag in name.lower() for tag in _WGS84_NAMES):
        raise DataFileError(
            Problem(
                file,
                None,
                "crs",
                f"says the coordinates are in {quote(name)}, not WGS84 lon/lat",
                "reproject to EPSG:4326 (e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)",
            )
        )


def _record(
    feature: object, number: int, file: str, rejected: ProblemList
) -> tuple[dict[str, Any], object] | None:
    """A feature's properties and shape, or None when the feature is refused (and why)."""
    props = _properties(feature, number, file)
    if isinstance(props, Problem):
        rejected.append(props)
        return None
    geometry = feature.get("geometry") if isinstance(feature, dict) else None
    shape = _shape(geometry, number, file)
    if isinstance(shape, Problem):
        rejected.append(shape)
        return None
    return props, shape


def _properties(feature: object, number: int, file: str) -> dict[str, Any] | Problem:
    """The properties of a Feature (its ``id`` standing in for a missing event_id)."""
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        kind = feature.get("type") if isinstance(feature, dict) else type(feature).__name__
        return Problem(
            file,
            number,
            None,
            f"is {quote(kind)}, not a Feature",
            'each item of "features" must be {"type": "Feature", ...}',
        )
    props = feature.get("properties")
    if props is None:
        props = {}
    if not isinstance(props, dict):
        return Problem(
            file,
            number,
            "properties",
            f"is {quote(props)}, not an object",
            "give the Feature a properties object (or null)",
        )
    props = dict(props)
    if props.get("event_id") in (None, "") and feature.get("id") not in (None, ""):
        props["event_id"] = feature["id"]
    deep = next((k for k, v in props.items() if _depth(v) > MAX_PROPERTY_DEPTH), None)
    if deep is not None:
        return Problem(
            file,
            number,
            str(deep),
            f"is nested more than {MAX_PROPERTY_DEPTH} levels deep",
            "flatten the property (lists and objects a few levels deep are fine)",
        )
    return props


def _shape(geometry: object, number: int, file: str) -> object:
    """A shapely geometry, None for a null geometry, or the Problem with it."""
    if geometry is None:
        return None
    if _has_non_numbers(geometry.get("coordinates") if isinstance(geometry, dict) else None):
        return Problem(
            file,
            number,
            "geometry",
            f"has coordinates that are not numbers ({quote(geometry)})",
            'write numbers, e.g. {"type": "Point", "coordinates": [69.2, 34.5]}',
        )
    try:
        return shapely.geometry.shape(geometry)
    except Exception as err:  # shapely raises several types for malformed geometry objects
        return Problem(
            file,
            number,
            "geometry",
            f"is not a valid GeoJSON geometry ({quote(geometry)}: {err})",
            'write e.g. {"type": "Point", "coordinates": [69.2, 34.5]}',
        )


def _depth(value: object, limit: int = MAX_PROPERTY_DEPTH + 1) -> int:
    """How deeply lists and objects nest in a value (counting stops past ``limit``)."""
    depth, level = 0, [value]
    while depth <= limit:
        containers = [v for v in level if isinstance(v, (list, dict))]
        if not containers:
            break
        depth += 1
        level = [i for v in containers for i in (v.values() if isinstance(v, dict) else v)]
    return depth


def _has_non_numbers(coordinates: object) -> bool:
    """True when GeoJSON coordinates hold anything but numbers (``true`` reads as 1 in shapely)."""
    if not isinstance(coordinates, list):  # shapely explains other mistakes
        return False
    stack = [coordinates]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, bool) or not isinstance(item, (int, float)):
            return True
    return False
