"""A fast path for GeoJSON in our own format (as ``mapapp export`` writes it): columns at once.

The generic reader (:func:`mapapp.readers.geojson.read_geojson`) looks at every Feature in
Python, builds a raw table and types it cell by cell (:func:`mapapp.records.parse_events`):
about 14,000 events/s. A file we wrote ourselves needs none of that care, so this path

1. parses with orjson and checks cheaply that the file is plainly ours: a FeatureCollection
   whose Features all have the same property names (the contract's among them) and a Point of
   two numbers or a null geometry;
2. builds each column at once (pyarrow infers one type per column in C: text, a list of text,
   numbers), and checks every condition under which the generic reader would refuse a cell,
   change it or look at it twice — a value of another type, an empty string, white space
   around an id or a name, a date not written ``YYYY-MM-DD`` or not a real day, a repeated id,
   a cell over the length limit;
3. validates the typed frame with the same rules (:func:`mapapp.validate.validate_events`).

When any check of step 1 or 2 fails, it returns None and the generic reader reads the file: so
the events, the refused rows and every message are the generic reader's own (the tests compare
both paths on the fixtures and on our exports). A file with problems is read at the old speed.
"""

from __future__ import annotations

from itertools import chain
from operator import itemgetter
from typing import Any

import geopandas as gpd
import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from mapapp.errors import ProblemList
from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS, LIST_COLUMNS, WGS84
from mapapp.readers.result import MAX_CELL_CHARS, ImportResult, checked_result
from mapapp.validate import REQUIRED_INPUT_COLUMNS

__all__ = ["read_own_geojson"]

FORMAT = "mapapp-geojson"
_ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
_YEARS = (1678, 2261)
_TEXT_TYPES = (pa.string(), pa.null())
# Property names the generic reader treats apart (the geometry's inputs): never on this path.
_RESERVED = frozenset({"geometry", "lat", "lon"})


class _NotPlain(Exception):
    """The file is not plainly ours: the generic reader must read it."""


def read_own_geojson(
    text: str, *, file: str, notes: list[str], max_rows: int
) -> ImportResult | None:
    """Read GeoJSON written in our own format; None when the generic reader must read it.

    Parameters
    ----------
    text : str
        The file's text.
    file : str
        The file's name, for messages.
    notes : list of str
        The reader's notes so far (unzipping, decoding); kept in the result.
    max_rows : int
        The row limit: a longer file is left to the generic reader, which refuses it.

    Returns
    -------
    ImportResult or None
        Exactly what :func:`mapapp.readers.geojson.read_geojson` returns for this text.

    Raises
    ------
    NoUsableRowsError
        When every event breaks a rule of the record (as the generic reader raises).
    """
    try:
        features = _features(text, max_rows)
        names, columns = _columns(features)
        geometry = _geometry(features)
        typed = {name: _typed(name, columns.get(name)) for name in EVENT_COLUMNS}
    except _NotPlain:
        return None
    frame = pd.DataFrame(typed, index=range(len(features)))
    for name in (n for n in names if n not in EVENT_COLUMNS):
        frame[name] = _extra(columns[name])
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=WGS84), crs=WGS84)
    rows = list(range(1, len(features) + 1))
    return checked_result(
        gdf,
        [],
        rows,
        file=file,
        format=FORMAT,
        rejected=ProblemList(),
        notes=notes,
        source_rows=len(features),
    )


def _features(text: str, max_rows: int) -> list[Any]:
    """The Features of a plain FeatureCollection (no ``crs`` member, within the row limit)."""
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError as err:  # json reads NaN and deep nesting; it also explains
        raise _NotPlain from err
    if type(doc) is not dict or doc.get("type") != "FeatureCollection" or "crs" in doc:
        raise _NotPlain
    features = doc.get("features")
    if type(features) is not list or not features or len(features) > max_rows:
        raise _NotPlain
    return features


def _columns(features: list[Any]) -> tuple[list[str], dict[str, list[Any]]]:
    """Property name → its values, when every Feature has the same property names."""
    try:  # map() runs these checks in C; a missing member raises KeyError
        if set(map(type, features)) != {dict}:
            raise _NotPlain
        if set(map(itemgetter("type"), features)) != {"Feature"}:
            raise _NotPlain
        props = list(map(itemgetter("properties"), features))
        if set(map(type, props)) != {dict}:
            raise _NotPlain
        names = list(props[0])
        if not set(REQUIRED_INPUT_COLUMNS) <= set(names) or _RESERVED & set(names):
            raise _NotPlain
        if set(map(len, props)) != {len(names)}:
            raise _NotPlain
        values = list(map(itemgetter(*names), props))
    except (KeyError, TypeError) as err:  # a missing member, or a list where a name belongs
        raise _NotPlain from err
    if len(names) == 1:
        values = [(v,) for v in values]
    return names, dict(zip(names, map(list, zip(*values, strict=True)), strict=True))


def _geometry(features: list[Any]) -> list[Any]:
    """Shapely Points (or None) from Point geometries of exactly two numbers."""
    geometries = [f.get("geometry") for f in features]
    points = [g for g in geometries if g is not None]
    if not points:
        return geometries
    try:
        if set(map(type, points)) != {dict}:
            raise _NotPlain
        if set(map(itemgetter("type"), points)) != {"Point"}:
            raise _NotPlain
        coords = list(map(itemgetter("coordinates"), points))
    except KeyError as err:
        raise _NotPlain from err
    if set(map(type, coords)) != {list} or set(map(len, coords)) != {2}:
        raise _NotPlain
    # Numbers only: pyarrow and numpy would read true as 1, which the generic reader refuses.
    flat = list(chain.from_iterable(coords))
    if not set(map(type, flat)) <= {float, int}:
        raise _NotPlain
    try:
        xy = np.array(flat, dtype=float).reshape(-1, 2)
    except OverflowError as err:  # an integer beyond any float
        raise _NotPlain from err
    if not np.isfinite(xy).all():
        raise _NotPlain
    shapes = iter(shapely.points(xy[:, 0], xy[:, 1]).tolist())
    return [next(shapes) if g is not None else None for g in geometries]


def _arrow(values: list[Any], kind: pa.DataType | None = None) -> pa.Array:
    """One pyarrow array of the values (of ``kind``, or one inferred type), or not plain."""
    try:
        return pa.array(values, type=kind, from_pandas=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as err:
        raise _NotPlain from err


def _plain_text(array: pa.Array) -> None:
    """Text that the generic reader keeps as it is: no empty string, within the length limit."""
    if array.type not in _TEXT_TYPES:
        raise _NotPlain
    if array.type == pa.null() or len(array) == array.null_count:
        return
    if pc.any(pc.equal(array, "")).as_py():
        raise _NotPlain
    _plain_text_length(array)


def _typed(name: str, values: list[Any] | None) -> Any:
    """A contract column as the generic reader types it (or not plain)."""
    if values is None:  # an absent column: empty, as the generic reader makes it
        raise _NotPlain
    if name in LIST_COLUMNS:
        return _names(_arrow(values, pa.list_(pa.string())), values)
    array = _arrow(values, pa.string())
    _plain_text(array)
    if name == "event_id":
        _plain_ids(array)
    if name in DATE_COLUMNS:
        return _dates(array)
    if array.null_count == len(array):  # no text at all: the generic frame holds None
        return values
    return pd.array(array, dtype="str")


def _plain_ids(array: pa.Array) -> None:
    """Ids given on every row, without white space around them, each once."""
    if array.null_count or not pc.all(pc.equal(pc.utf8_trim_whitespace(array), array)).as_py():
        raise _NotPlain
    if pc.count_distinct(array).as_py() != len(array):
        raise _NotPlain


def _dates(array: pa.Array) -> np.ndarray:
    """``YYYY-MM-DD`` strings (or null) as datetime64[s]; any other spelling is not plain.

    Checked and parsed once per distinct day (a file holds far fewer days than events).
    """
    if array.null_count == len(array):
        return np.full(len(array), np.datetime64("NaT"), dtype="datetime64[s]")
    encoded = array.dictionary_encode()
    given = encoded.dictionary
    if not pc.all(pc.match_substring_regex(given, _ISO_DAY)).as_py():
        raise _NotPlain
    try:
        days = pc.strptime(given, format="%Y-%m-%d", unit="s")
    except pa.ArrowInvalid as err:
        raise _NotPlain from err
    # strptime rolls days that do not exist over (2022-02-30 becomes 2 March): written back,
    # such a day differs from the file's text; the generic reader refuses it.
    if not pc.all(pc.equal(pc.strftime(days, format="%Y-%m-%d"), given)).as_py():
        raise _NotPlain
    years = pc.year(days)
    # pandas' nanosecond range: the generic reader types other years otherwise.
    if pc.min(years).as_py() < _YEARS[0] or pc.max(years).as_py() > _YEARS[1]:
        raise _NotPlain
    return days.take(encoded.indices).to_numpy(zero_copy_only=False).astype("datetime64[s]")


def _names(array: pa.Array, values: list[Any]) -> list[list[str]]:
    """Lists of names the generic reader keeps as they are (or not plain)."""
    longest = pc.max(pc.list_value_length(array)).as_py() if len(array) > array.null_count else 0
    if longest > MAX_CELL_CHARS:
        raise _NotPlain
    items = pc.list_flatten(array)
    if items.null_count or (
        len(items)
        and (
            pc.any(pc.equal(items, "")).as_py()
            or not pc.all(pc.equal(pc.utf8_trim_whitespace(items), items)).as_py()
        )
    ):
        raise _NotPlain
    if not array.null_count:
        return values
    return [v if v is not None else [] for v in values]


def _extra(values: list[Any]) -> Any:
    """A property beyond the contract, as the generic reader keeps it (or not plain)."""
    array = _arrow(values)
    kind = array.type
    if pa.types.is_list(kind):
        kind = kind.value_type
    if pa.types.is_nested(kind) or pa.types.is_binary(kind):
        raise _NotPlain
    if pa.types.is_string(kind) and array.type == kind:
        _plain_text_length(array)
    return pd.DataFrame({"v": values})["v"].to_numpy()


def _plain_text_length(array: pa.Array) -> None:
    if len(array) > array.null_count and pc.max(pc.utf8_length(array)).as_py() > MAX_CELL_CHARS:
        raise _NotPlain
