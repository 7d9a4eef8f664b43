"""A fast path for GeoJSON in our own format (as ``mapapp export`` writes it): columns at once.

The generic reader (:func:`mapapp.readers.geojson.read_geojson`) looks at every Feature in
Python, builds a raw table and types it cell by cell (:func:`mapapp.records.parse_events`):
about 14,000 events/s. A file we wrote ourselves needs none of that care, so this path

1. decodes the text into columns (:mod:`mapapp.readers.own_columns`: msgspec structs, then
   pyarrow arrays), which checks in C that the file is plainly ours: a FeatureCollection whose
   Features all have the same property names, text, lists of text or null in the contract's
   columns, and Points of two numbers or null geometries — nothing else, no other member;
2. types each column at once (other properties get one inferred type), and checks every
   condition under which the generic reader would refuse a cell, change it or
   look at it twice — an empty string, white space around an id or a name, a date not written
   ``YYYY-MM-DD`` or not a real day, a repeated id, a cell over the length limit;
3. validates the typed frame with the same rules (:func:`mapapp.validate.validate_events`).

When any check of step 1 or 2 fails, it returns None and the generic reader reads the file: so
the events, the refused rows and every message are the generic reader's own (the tests compare
both paths on the fixtures and on our exports). A file with problems is read at the old speed.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from mapapp.errors import ProblemList
from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS, LIST_COLUMNS, WGS84
from mapapp.readers.own_columns import Columns, NotPlain, decode_columns
from mapapp.readers.result import MAX_CELL_CHARS, ImportResult, checked_result

__all__ = ["read_own_geojson"]

FORMAT = "mapapp-geojson"
_ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
_YEARS = (1678, 2261)
_TEXT_TYPES = (pa.string(), pa.null())


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
        columns = decode_columns(text, max_rows)
        geometry = _geometry(columns)
        typed = {name: _typed(name, columns) for name in EVENT_COLUMNS}
        extras = {name: _extra(values) for name, values in columns.extras.items()}
    except NotPlain:
        return None
    frame = pd.DataFrame(typed, index=range(len(columns)))
    for name, values in extras.items():
        frame[name] = values
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=WGS84), crs=WGS84)
    rows = list(range(1, len(columns) + 1))
    return checked_result(
        gdf,
        [],
        rows,
        file=file,
        format=FORMAT,
        rejected=ProblemList(),
        notes=notes,
        source_rows=len(columns),
    )


def _geometry(columns: Columns) -> np.ndarray:
    """Shapely Points where the Features have one, None elsewhere."""
    shapes = np.full(len(columns), None, dtype=object)
    if columns.lon_lat.size:
        if not np.isfinite(columns.lon_lat).all():  # the decoder refuses 1e400; kept as a guard
            raise NotPlain
        shapes[columns.placed] = shapely.points(columns.lon_lat)
    return shapes


def _arrow(values: list[Any], kind: pa.DataType | None = None) -> pa.Array:
    """One pyarrow array of the values (of ``kind``, or one inferred type), or not plain."""
    try:
        return pa.array(values, type=kind, from_pandas=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as err:
        raise NotPlain from err


def _plain_text(array: pa.ChunkedArray) -> None:
    """Text that the generic reader keeps as it is: no empty string, within the length limit."""
    if array.type not in _TEXT_TYPES:
        raise NotPlain
    if array.type == pa.null() or len(array) == array.null_count:
        return
    # Bytes bound characters from above: count characters only when the bytes exceed the limit.
    lengths = pc.min_max(pc.binary_length(array)).as_py()
    if lengths["min"] == 0:
        raise NotPlain
    if lengths["max"] > MAX_CELL_CHARS:
        _plain_text_length(array)


def _typed(name: str, columns: Columns) -> Any:
    """A contract column as the generic reader types it (or not plain)."""
    array = columns.contract[name]
    if name in LIST_COLUMNS:
        return _names(array, columns.lists[name])
    _plain_text(array)
    if name == "event_id":
        _plain_ids(array)
    if name in DATE_COLUMNS:
        return _dates(array)
    if array.null_count == len(array):  # no text at all: the generic frame holds None
        return [None] * len(array)
    return pd.array(array, dtype="str")


def _plain_ids(array: pa.ChunkedArray) -> None:
    """Ids given on every row, without white space around them, each once."""
    if array.null_count or not pc.all(pc.equal(pc.utf8_trim_whitespace(array), array)).as_py():
        raise NotPlain
    if pc.count_distinct(array).as_py() != len(array):
        raise NotPlain


def _dates(array: pa.ChunkedArray) -> np.ndarray:
    """``YYYY-MM-DD`` strings (or null) as datetime64[s]; any other spelling is not plain.

    Checked and parsed once per distinct day (a file holds far fewer days than events).
    """
    if array.null_count == len(array):
        return np.full(len(array), np.datetime64("NaT"), dtype="datetime64[s]")
    given = pc.drop_null(pc.unique(array))
    if not pc.all(pc.match_substring_regex(given, _ISO_DAY)).as_py():
        raise NotPlain
    try:
        days = pc.strptime(given, format="%Y-%m-%d", unit="s")
    except pa.ArrowInvalid as err:
        raise NotPlain from err
    # strptime rolls days that do not exist over (2022-02-30 becomes 2 March): written back,
    # such a day differs from the file's text; the generic reader refuses it.
    if not pc.all(pc.equal(pc.strftime(days, format="%Y-%m-%d"), given)).as_py():
        raise NotPlain
    years = pc.year(days)
    # pandas' nanosecond range: the generic reader types other years otherwise.
    if pc.min(years).as_py() < _YEARS[0] or pc.max(years).as_py() > _YEARS[1]:
        raise NotPlain
    indices = pc.index_in(array, value_set=given)  # null where the date is
    return days.take(indices).to_numpy(zero_copy_only=False).astype("datetime64[s]")


def _names(array: pa.ChunkedArray, values: list[Any]) -> list[list[str]]:
    """Lists of names the generic reader keeps as they are (or not plain)."""
    longest = pc.max(pc.list_value_length(array)).as_py() if len(array) > array.null_count else 0
    if longest > MAX_CELL_CHARS:
        raise NotPlain
    items = pc.list_flatten(array)
    if items.null_count or (
        len(items)
        and (
            pc.any(pc.equal(items, "")).as_py()
            or not pc.all(pc.equal(pc.utf8_trim_whitespace(items), items)).as_py()
        )
    ):
        raise NotPlain
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
        raise NotPlain
    if pa.types.is_string(kind) and array.type == kind:
        _plain_text_length(array)
    return pd.DataFrame({"v": values})["v"].to_numpy()


def _plain_text_length(array: pa.Array | pa.ChunkedArray) -> None:
    if len(array) > array.null_count and pc.max(pc.utf8_length(array)).as_py() > MAX_CELL_CHARS:
        raise NotPlain
