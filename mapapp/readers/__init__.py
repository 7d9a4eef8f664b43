"""Every event file read by mapapp, ours and foreign (CSV, GeoJSON, ACLED, GDELT, GeoParquet, the
US Office of the Historian's travels and visits XML), one file, a folder of them, or a zip.

One path for every read — ``mapapp validate``, the page's data, ``export --input``, ``import`` and
uploads: bytes → records → typed frame → validation rules → :class:`ImportResult`. Two modes:

* lenient (the default; ``import`` and uploads): bad rows are reported in ``rejected`` and left
  out, the good ones are kept;
* strict (``validate`` and the bundled data): any bad row refuses the whole file with a
  :class:`~mapapp.errors.ValidationError` listing every problem.

Two entry points, one for files and one for uploads::

    from mapapp.readers import read_file, read_bytes
    result = read_file("acled_export.csv")                     # format detected
    result = read_bytes(upload.getvalue(), name=upload.name)   # Streamlit's UploadedFile
    result.events      # GeoDataFrame, typed (mapapp.model), extra columns after the contract's
    result.rejected    # list[Problem]: one or more per refused row (file, row, column, fix)
    result.notes       # list[str]: what was assumed or set aside
    result.format      # mapapp-csv | mapapp-geojson | csv | geojson | acled | gdelt |
                       # state-travels | state-visits (| mixed, for a folder of several formats)

Errors: every failure is a :class:`~mapapp.errors.MapAppError`. ``DataFileError`` when the file
cannot be read at all (missing, empty, not text, not JSON, missing required columns); its subclass
``NoUsableRowsError`` when it was read but no row was usable (its ``problems`` lists every
refusal); ``UsageError`` for an unknown format name. Good rows are never lost because of bad ones.
"""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd

from mapapp.errors import DataFileError, MapAppError, Problem, UsageError, ValidationError
from mapapp.readers.acled import looks_like_acled, read_acled
from mapapp.readers.delimited import read_csv
from mapapp.readers.folder import folder_members, is_multi_zip, read_many, zip_members
from mapapp.readers.gdelt import looks_like_gdelt, read_gdelt
from mapapp.readers.geojson import read_geojson
from mapapp.readers.limits import current as current_limits
from mapapp.readers.result import ImportResult, NoUsableRowsError
from mapapp.readers.state_history import read_state
from mapapp.readers.state_xml import parse_records, root_tag
from mapapp.readers.text import decode, sniff_delimiter, unzip
from mapapp.validate import check_quotes, validate_events

__all__ = [
    "FORMATS",
    "ImportResult",
    "NoUsableRowsError",
    "check_file",
    "detect_format",
    "read_bytes",
    "read_events",
    "read_file",
    "read_path_bytes",
]

# Names accepted by ``format=`` (and by ``mapapp import --format``), besides "auto".
FORMATS: tuple[str, ...] = ("csv", "geojson", "acled", "gdelt", "state-travels", "state-visits")
_STATE_FORMATS = {"trips": "state-travels", "visits": "state-visits"}
_ALIASES = {"json": "geojson", "tsv": "gdelt"}
_SNIFF_BYTES = 256 * 1024


def read_file(
    path: str | os.PathLike[str],
    format: str = "auto",
    *,
    keep_all: bool = False,
    name: str | None = None,
    dayfirst: bool | None = None,
    strict: bool = False,
) -> ImportResult:
    """Read an event file of any supported format into the typed event frame.

    Parameters
    ----------
    path : path-like
        The file. A zip archive holding one file is opened; a folder, or a zip archive holding
        several files, is read file by file (see :mod:`mapapp.readers.folder`).
    format : {"auto", "csv", "geojson", "acled", "gdelt", "state-travels", "state-visits", \
"parquet"}
        "auto" (default) detects it: JSON → GeoJSON; XML with ``<trips>`` or ``<visits>`` → the
        Historian's travels or visits; 61 tab-separated fields → GDELT; a header
        with ``event_id_cnty`` and ``event_date`` → ACLED; anything else → CSV. Our own CSV and
        GeoJSON (the contract's columns) are recognised inside "csv" and "geojson" and read
        exactly as ``mapapp export`` wrote them.
    keep_all : bool
        GDELT only: keep every CAMEO root, not just 03–05 (``--all-events``).
    name : str, optional
        Name used in messages and derived ids (default: the path as given); for uploads, where
        ``path`` is a temporary file.
    dayfirst : bool, optional
        Force numeric dates such as 03/04/2021 to be read day-first (True) or month-first
        (False). By default the order is decided from the file, and rows it cannot decide are
        rejected.
    strict : bool
        Refuse the whole file when any row is bad (raise ``ValidationError``) instead of
        reporting and leaving out the bad rows.

    Returns
    -------
    ImportResult
        ``events``, ``rejected``, ``notes``, ``format``, ``source_rows``, ``rows``.

    Raises
    ------
    DataFileError
        The file cannot be read at all (``NoUsableRowsError``: read, but no usable row).
    ValidationError
        ``strict`` and at least one row is bad; lists every problem.
    UsageError
        Unknown ``format``.

    Examples
    --------
    >>> from mapapp.bundled import BUNDLED_EVENTS
    >>> read_file(BUNDLED_EVENTS, strict=True).summary()
    'read 26 events (mapapp-geojson) from 26 rows'
    """
    label = name or str(path)
    if format == "parquet" or (format == "auto" and str(path).lower().endswith(".parquet")):
        return _strict(_read_parquet(path, label), strict)
    if Path(path).is_dir():
        members = folder_members(Path(path), read_path_bytes)
        reader = _reader(format, keep_all, dayfirst)
        return _strict(read_many(members, label, reader, _format_name(format)), strict)
    data = read_path_bytes(path, label)
    return read_bytes(data, label, format, keep_all=keep_all, dayfirst=dayfirst, strict=strict)


def _reader(
    format: str, keep_all: bool, dayfirst: bool | None
) -> Callable[[bytes, str], ImportResult]:
    """Read one member of a folder or archive with the caller's options."""

    def read_one(data: bytes, name: str) -> ImportResult:
        return read_bytes(data, name, format, keep_all=keep_all, dayfirst=dayfirst)

    return read_one


def read_events(
    path: str | os.PathLike[str], *, name: str | None = None, strict: bool = True
) -> gpd.GeoDataFrame:
    """Read an event file (any format :func:`read_file` reads) and return just the events.

    Strict by default: a file with any bad row raises ``ValidationError`` listing every problem,
    which is what the bundled data and ``mapapp validate`` need.

    Examples
    --------
    >>> from mapapp.bundled import BUNDLED_EVENTS
    >>> events = read_events(BUNDLED_EVENTS)
    >>> events.crs.to_string(), "event_id" in events.columns
    ('EPSG:4326', True)
    """
    return read_file(path, name=name, strict=strict).events


def check_file(
    path: str | os.PathLike[str], *, sources: dict[str, str] | None = None
) -> tuple[int, list[Problem]]:
    """Validate one event file strictly: (number of records read, every problem found).

    Parameters
    ----------
    path : path-like
        Any file :func:`read_file` reads.
    sources : dict, optional
        Source texts by URL; an event citing one of them must quote it verbatim.
    """
    try:
        result = read_file(path)
    except DataFileError as err:
        return 0, err.problems
    problems = list(result.rejected)
    if sources:
        problems += check_quotes(result.events, sources, file=str(path), rows=result.rows)
    problems.sort(key=lambda p: (p.row is None, p.row or 0))
    return result.source_rows, problems


def read_path_bytes(path: str | os.PathLike[str], label: str | None = None) -> bytes:
    """A file's bytes, or a DataFileError that names it and says what to do."""
    label = label or str(path)
    limit = current_limits().max_bytes
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the file is checked before
        # anything is read, so a device such as /dev/zero is refused rather than read forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise DataFileError(
                    Problem(
                        label,
                        None,
                        None,
                        "is not a regular file (a device, pipe or socket)",
                        "name a data file",
                    )
                )
            if info.st_size > limit:
                raise DataFileError(
                    Problem(
                        label,
                        None,
                        None,
                        f"is {info.st_size / (1024 * 1024):,.0f} MB, more than the "
                        f"{current_limits().describe_bytes()} read here at once",
                        "split the file into smaller ones",
                    )
                )
            return fh.read(limit + 1)[:limit]
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
            Problem(
                label,
                None,
                None,
                f"cannot be read ({err.strerror or err})",
                "check that the file exists and is readable",
            )
        ) from err


def _strict(result: ImportResult, strict: bool) -> ImportResult:
    """In strict mode a file with any refused row is refused whole."""
    if strict and result.rejected:
        raise ValidationError(result.rejected)
    return result


def read_bytes(
    data: bytes,
    name: str,
    format: str = "auto",
    *,
    keep_all: bool = False,
    dayfirst: bool | None = None,
    strict: bool = False,
) -> ImportResult:
    """Read an event file given as bytes (an upload); see :func:`read_file`.

    Parameters
    ----------
    data : bytes
        The file's content.
    name : str
        The file's name as the user knows it (used in messages, format detection and ids).
    format, keep_all, dayfirst, strict
        As for :func:`read_file`.

    Returns
    -------
    ImportResult

    Raises
    ------
    DataFileError, UsageError
        As for :func:`read_file`; nothing else.
    """
    fmt = _format_name(format)
    if is_multi_zip(data):
        members = zip_members(bytes(data), name)
        reader = _reader(format, keep_all, dayfirst)
        return _strict(read_many(members, name, reader, fmt), strict)
    gc_was_enabled = gc.isenabled()
    try:
        # Bulk loading makes many objects and no reference cycles: the cyclic collector would
        # rescan them again and again (a quarter of the time at 100,000 rows).
        gc.disable()
        notes: list[str] = []
        text = decode(unzip(bytes(data), name, notes), name, notes)
        fmt = _detect(text) if fmt == "auto" else fmt
        if fmt in _STATE_FORMATS.values() or fmt == "xml":
            result = _read_state(text, name, fmt, notes)
        elif fmt == "geojson":
            result = read_geojson(text, file=name, notes=notes, dayfirst=dayfirst)
        elif fmt == "gdelt":
            result = read_gdelt(text, file=name, notes=notes, keep_all=keep_all)
        elif fmt == "acled":
            result = read_acled(text, file=name, notes=notes, dayfirst=dayfirst)
        else:
            result = read_csv(text, file=name, notes=notes, dayfirst=dayfirst)
        return _strict(result, strict)
    except NoUsableRowsError as err:
        if strict and err.result.rejected:
            raise ValidationError(err.result.rejected) from err
        raise
    except MapAppError:
        raise
    except (RecursionError, MemoryError) as err:
        raise DataFileError(
            Problem(
                name,
                None,
                None,
                f"is too large or too deeply nested to read ({type(err).__name__})",
                "split the file into smaller ones",
            )
        ) from err
    except Exception as err:
        # A safety net, not a way of working: the tests assert this message never appears.
        raise DataFileError(
            Problem(
                name,
                None,
                None,
                f"could not be read: unexpected {type(err).__name__}: {err}",
                "this is a bug in mapapp's readers; please report it with the file",
            )
        ) from err
    finally:
        if gc_was_enabled:
            gc.enable()


def detect_format(path: str | os.PathLike[str]) -> str:
    """Guess a file's format from its first 256 KiB: one of ``FORMATS``.

    Raises
    ------
    DataFileError
        When the file cannot be read or decoded.
    """
    label = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(_SNIFF_BYTES)
            if data.startswith(b"PK\x03\x04"):
                data += fh.read()
    except OSError as err:
        raise DataFileError(
            Problem(label, None, None, f"cannot be read ({err.strerror or err})", "check the path")
        ) from err
    notes: list[str] = []
    return _detect(decode(unzip(data, label, notes), label, notes))


def _read_parquet(path: str | os.PathLike[str], label: str) -> ImportResult:
    """Our GeoParquet (``mapapp.store.write_parquet``): typed already; rows breaking a rule are
    set aside like any reader's."""
    from mapapp.store import read_parquet

    events = read_parquet(path)
    rejected = validate_events(events, file=label)
    bad = sorted({p.row for p in rejected if p.row is not None})
    rows = [r for r in range(1, len(events) + 1) if r not in set(bad)]
    if bad:
        events = events.drop(index=events.index[[r - 1 for r in bad]]).reset_index(drop=True)
    result = ImportResult(events, rejected, [], "parquet", len(events) + len(bad), rows)
    if len(events) == 0:
        raise NoUsableRowsError(
            Problem(label, None, None, "holds no usable events", "see the problems listed"),
            result,
        )
    return result


def _format_name(format: str) -> str:
    name = _ALIASES.get(str(format).strip().lower(), str(format).strip().lower())
    if name != "auto" and name not in FORMATS:
        raise UsageError(f"unknown format {format!r}; choose one of auto, {', '.join(FORMATS)}")
    return name


def _read_state(text: str, name: str, fmt: str, notes: list[str]) -> ImportResult:
    """The Historian's travels or visits; a forced format must match the file's root element."""
    tag, records = parse_records(text, name)
    if fmt != "xml" and _STATE_FORMATS[tag] != fmt:
        raise DataFileError(
            Problem(
                name,
                None,
                None,
                f"holds <{tag}>, not what --format {fmt} reads",
                f"use --format {_STATE_FORMATS[tag]} or --format auto",
            )
        )
    return read_state(tag, records, file=name, notes=notes)


def _detect(text: str) -> str:
    head = text.lstrip()
    if head[:1] in ("{", "["):
        return "geojson"
    if head[:1] == "<":
        tag = root_tag(head)
        return _STATE_FORMATS[tag] if tag else "xml"
    first_line = head.split("\n", 1)[0]
    if looks_like_gdelt(first_line):
        return "gdelt"
    delimiter = sniff_delimiter(first_line, [])
    if looks_like_acled(first_line.split(delimiter)):
        return "acled"
    return "csv"
