"""Our own GeoJSON decoded into columns: msgspec structs, then pyarrow arrays, in C.

:func:`decode_columns` is the first step of :mod:`mapapp.readers.own_geojson`. msgspec decodes
the text straight into typed structs, which checks that the file is plainly ours as it goes: a
FeatureCollection whose Features all have the same property names (every one of the contract's,
and the first Feature's others), text or null in the contract's text and date columns, a list of
text or null in ``actors``, a Point of exactly two numbers or a null geometry, and no other
member anywhere. Anything else raises :class:`NotPlain`, and the generic reader reads the file.

The structs are then turned into columns a few thousand Features at a time, each batch freed
while it is still in the processor's cache: the contract's properties as one pyarrow struct
array, the others as Python lists (typed later, as the generic reader types them).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import attrgetter, is_not
from typing import Any, Literal

import msgspec
import numpy as np
import pyarrow as pa

from mapapp.model import EVENT_COLUMNS, LIST_COLUMNS

__all__ = ["Columns", "NotPlain", "decode_columns"]

# More property names than the contract's and these: the generic reader reads the file.
MAX_EXTRA_PROPERTIES = 100
# Property names the generic reader treats apart (the geometry's inputs): never on this path.
RESERVED = frozenset({"geometry", "lat", "lon"})
# What decoding raises on text that is not plainly ours: malformed or not of our types (msgspec),
# a lone surrogate in the text (not UTF-8), nesting too deep for the decoder.
_DECODE_ERRORS = (msgspec.MsgspecError, UnicodeError, RecursionError)
# Features turned into columns at a time: small enough that a batch stays in the cache.
_BATCH = 8192
_CONTRACT = pa.struct(
    [(n, pa.list_(pa.string()) if n in LIST_COLUMNS else pa.string()) for n in EVENT_COLUMNS]
)


class NotPlain(Exception):
    """The file is not plainly ours: the generic reader must read it."""


@dataclass
class Columns:
    """A plain FeatureCollection, column by column.

    Attributes
    ----------
    contract : dict
        The contract's properties by name, each a pyarrow ChunkedArray (text, or lists of text
        for ``actors``).
    lists : dict
        The contract's list properties as the decoded Python lists (None where null).
    extras : dict
        The other properties, by name in the first Feature's order: the decoded Python values.
    placed : numpy.ndarray
        True where the Feature has a Point.
    lon_lat : numpy.ndarray
        The Points' ``[lon, lat]``, one row per placed Feature.
    """

    contract: dict[str, pa.ChunkedArray]
    lists: dict[str, list[Any]]
    extras: dict[str, list[Any]]
    placed: np.ndarray
    lon_lat: np.ndarray

    def __len__(self) -> int:
        return len(self.placed)


class _Point(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A GeoJSON Point of exactly two numbers (``true`` is not a number here)."""

    type: Literal["Point"]
    coordinates: tuple[float, float]


class _Probe(msgspec.Struct):
    """Just enough of a FeatureCollection to look at its first Feature."""

    features: list[msgspec.Raw]


_PROBE = msgspec.json.Decoder(_Probe)


def decode_columns(text: str, max_rows: int) -> Columns:
    """The columns of a plain FeatureCollection of at most ``max_rows`` Features.

    Raises
    ------
    NotPlain
        When the text is anything else (the generic reader then reads it and explains).
    """
    try:
        features = _decoder(()).decode(text).features
        extras: tuple[str, ...] = ()
    except _DECODE_ERRORS:
        extras = _extra_names(text)  # the contract's names and more, or not plain at all
        try:
            features = _decoder(extras).decode(text).features
        except _DECODE_ERRORS as err:
            raise NotPlain from err
        except ValueError as err:  # msgspec takes no name with a quote, backslash or control
            raise NotPlain from err
    if not features or len(features) > max_rows:
        raise NotPlain
    return _take_apart(features, extras)


def _extra_names(text: str) -> tuple[str, ...]:
    """The first Feature's property names beyond the contract's (a few, none reserved)."""
    try:
        first = msgspec.json.decode(_PROBE.decode(text).features[0])
    except (*_DECODE_ERRORS, IndexError) as err:
        raise NotPlain from err
    props = first.get("properties") if type(first) is dict else None
    if type(props) is not dict:
        raise NotPlain
    extras = tuple(name for name in props if name not in EVENT_COLUMNS)
    if not extras or len(extras) > MAX_EXTRA_PROPERTIES or RESERVED & set(extras):
        raise NotPlain
    return extras


@functools.lru_cache(maxsize=8)
def _decoder(extras: tuple[str, ...]) -> msgspec.json.Decoder[Any]:
    """A decoder of our FeatureCollection whose properties are the contract's and ``extras``.

    Every member is required and typed; an unknown member, a missing one or a value of another
    type fails the decoding.
    """
    kinds: list[Any] = [
        list[str] | None if n in LIST_COLUMNS else str | None for n in EVENT_COLUMNS
    ]
    kinds += [Any] * len(extras)
    names = [*EVENT_COLUMNS, *extras]
    # Field names stand apart from property names, which need not be identifiers.
    properties = msgspec.defstruct(
        "Properties",
        [(f"p{i}", kind) for i, kind in enumerate(kinds)],
        rename={f"p{i}": name for i, name in enumerate(names)},
        forbid_unknown_fields=True,
        gc=False,
    )
    feature = msgspec.defstruct(
        "Feature",
        [
            ("type", Literal["Feature"]),
            ("properties", properties),
            ("id", Any, None),
            ("geometry", _Point | None, None),
        ],
        forbid_unknown_fields=True,
        gc=False,
    )
    collection = msgspec.defstruct(
        "FeatureCollection",
        [("type", Literal["FeatureCollection"]), ("features", list[feature])],  # type: ignore[valid-type]
        forbid_unknown_fields=True,
    )
    return msgspec.json.Decoder(collection)


def _take_apart(features: list[Any], extras: tuple[str, ...]) -> Columns:
    """The columns of the decoded Features; empties ``features`` as it goes.

    Batches are taken from the end (a cheap cut of the list) and put back in order at the end.
    """
    width = len(EVENT_COLUMNS)
    contract = attrgetter(*(f"p{i}" for i in range(width)))
    lists = {n: attrgetter(f"p{EVENT_COLUMNS.index(n)}") for n in LIST_COLUMNS}
    others = {n: attrgetter(f"p{width + i}") for i, n in enumerate(extras)}
    parts: list[tuple[Any, ...]] = []
    while features:
        batch = features[-_BATCH:]
        del features[-_BATCH:]
        props = list(map(attrgetter("properties"), batch))
        geometries = list(map(attrgetter("geometry"), batch))
        parts.append(
            (
                pa.array(map(contract, props), type=_CONTRACT, size=len(props)),
                {n: list(map(get, props)) for n, get in lists.items()},
                {n: list(map(get, props)) for n, get in others.items()},
                *_points(geometries),
            )
        )
        del batch, props, geometries  # freed here, while still in the cache
    parts.reverse()
    return Columns(
        {n: pa.chunked_array([p[0].field(i) for p in parts]) for i, n in enumerate(EVENT_COLUMNS)},
        {n: list(chain.from_iterable(p[1][n] for p in parts)) for n in LIST_COLUMNS},
        {n: list(chain.from_iterable(p[2][n] for p in parts)) for n in extras},
        np.concatenate([p[3] for p in parts]),
        np.concatenate([p[4] for p in parts]),
    )


def _points(geometries: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Where the Features are placed, and the ``[lon, lat]`` of those placed."""
    count = len(geometries)
    placed = np.fromiter(map(is_not, geometries, repeat(None)), dtype=bool, count=count)
    points = compress(geometries, placed.tolist())
    flat = chain.from_iterable(map(attrgetter("coordinates"), points))
    lon_lat = np.fromiter(flat, dtype=float, count=2 * int(placed.sum())).reshape(-1, 2)
    return placed, lon_lat
