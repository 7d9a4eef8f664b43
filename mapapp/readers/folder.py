"""Many files read as one: a folder (searched recursively) or a zip archive holding several files.

Every data file is read by the same reader as a single file would be, in name order; the results
are combined: events in file order, every refusal with its own file and row, notes prefixed with
their file. A file that cannot be read at all is reported (its problems join ``rejected``) and
the others are still read. An event id already used by an earlier file refuses the later event.
Files that are not data (README, licence, schema files, XML that is neither ``<trips>`` nor
``<visits>``) are skipped with a note.

The Historian's XML files are parsed one by one but turned into events together, one batch per
kind (trips, visits): a folder of 55 travellers' files then costs one pass of checks, not 55, and
duplicate records are found across files. Refusals still name each record's file and line.
"""

from __future__ import annotations

import functools
import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

import geopandas as gpd
import pandas as pd

from mapapp.errors import DataFileError, Problem, quote
from mapapp.model import WGS84
from mapapp.readers.limits import current as current_limits
from mapapp.readers.result import ImportResult, NoUsableRowsError
from mapapp.readers.state_history import read_state
from mapapp.readers.state_xml import XmlRecord, parse_records, root_tag

DATA_SUFFIXES = frozenset({".xml", ".csv", ".tsv", ".txt", ".geojson", ".json", ".zip"})
_SNIFF = 4096

# Reads one file: (bytes, name) -> ImportResult.
ReadOne = Callable[[bytes, str], ImportResult]


def is_multi_zip(data: bytes) -> bool:
    """True for a zip archive holding more than one file (one file is opened as that file)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(1 for m in archive.infolist() if not m.is_dir()) > 1
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        return False  # the single-file reader reports the damage


def folder_members(
    root: Path, read: Callable[[Path], bytes]
) -> Iterable[tuple[str, Callable[[], bytes]]]:
    """(name, loader) of every file under ``root``, sorted, hidden files left out.

    ``read`` reads one file (with the checks and limits of a single file's read).
    """
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        yield str(path), functools.partial(read, path)


def zip_members(data: bytes, label: str) -> Iterable[tuple[str, Callable[[], bytes]]]:
    """(name, loader) of every file in a zip archive, sorted; names read ``archive.zip/member``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = sorted(
            (m for m in archive.infolist() if not m.is_dir()), key=lambda m: m.filename
        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as err:
        raise DataFileError(
            Problem(label, None, None, f"is a damaged zip archive ({err})", "unzip it yourself")
        ) from err
    budget = [current_limits().max_bytes]  # all members together, once unpacked
    for member in members:
        if any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(member.filename).parts):
            continue
        name = f"{label}/{member.filename}"
        yield name, functools.partial(_unpack, archive, member, name, budget)


def _unpack(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, budget: list[int]
) -> bytes:
    """A member's bytes, unpacked in chunks and refused once past the limits in force: its
    unpacked/packed ratio (a zip bomb), and what is left of the archive's byte budget."""
    limits = current_limits()
    if member.flag_bits & 0x1:
        raise DataFileError(
            Problem(name, None, None, "is encrypted with a password", "unzip it yourself")
        )
    allowed = min(budget[0], max(member.compress_size, 1) * limits.max_zip_ratio)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(1024 * 1024):
                size += len(chunk)
                if size > allowed:
                    raise DataFileError(
                        Problem(
                            name,
                            None,
                            None,
                            f"unpacks to more than {limits.max_zip_ratio} times its packed size "
                            f"or the {limits.describe_bytes()} an archive may hold",
                            "unzip it yourself and import smaller files",
                        )
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError) as err:
        raise DataFileError(
            Problem(name, None, None, f"cannot be unpacked ({err})", "unzip it yourself")
        ) from err
    budget[0] -= size
    return b"".join(chunks)


def _is_data(name: str, data: bytes) -> bool:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".parquet" or (suffix not in DATA_SUFFIXES and not name.endswith(".CSV")):
        return False
    if suffix == ".xml":
        return root_tag(data[:_SNIFF].decode("utf-8", errors="replace")) is not None
    return True


def read_many(
    members: Iterable[tuple[str, Callable[[], bytes]]],
    label: str,
    read_one: ReadOne,
    fmt: str = "auto",
) -> ImportResult:
    """Read every data file of a folder or archive and combine the results.

    Parameters
    ----------
    members : iterable of (name, loader)
        From :func:`folder_members` or :func:`zip_members`.
    label : str
        The folder or archive, for messages.
    read_one : callable
        Reads one file's bytes (``read_bytes`` with the caller's options).
    fmt : str
        The format asked for ("auto" or forced); a forced Historian format refuses files of the
        other kind.

    Returns
    -------
    ImportResult
        ``format`` is the files' format when they share one, else "mixed".

    Raises
    ------
    NoUsableRowsError
        No file gave a usable event.
    """
    results: list[ImportResult] = []
    rejected: list[Problem] = []
    notes: list[str] = []
    skipped: list[str] = []
    seen: dict[str, str] = {}
    batches: dict[str, list[XmlRecord]] = {}
    for name, load in members:
        try:
            data = load()
        except DataFileError as err:
            rejected += err.problems
            continue
        if not _is_data(name, data):
            skipped.append(PurePosixPath(name).name)
            continue
        if fmt in ("auto", *_STATE_FORMATS.values()) and _is_state_xml(name, data):
            _parse_state(data, name, fmt, batches, rejected)
            continue
        try:
            result = read_one(data, name)
        except NoUsableRowsError as err:
            rejected += err.problems
            notes += [f"{name}: {note}" for note in err.result.notes]
            continue
        except DataFileError as err:
            rejected += err.problems
            continue
        result = _drop_repeated_ids(result, name, seen)
        rejected += result.rejected
        notes += [f"{name}: {note}" for note in result.notes]
        results.append(result)
    for tag, records in batches.items():
        try:
            result = read_state(tag, records, file=label, notes=notes)
        except NoUsableRowsError as err:
            rejected += err.problems
            continue
        result = _drop_repeated_ids(result, label, seen)
        rejected += result.rejected
        results.append(result)
    return _combine(results, rejected, notes, skipped, label)


def _combine(
    results: list[ImportResult],
    rejected: list[Problem],
    notes: list[str],
    skipped: list[str],
    label: str,
) -> ImportResult:
    """One result of every file's; NoUsableRowsError when none gave an event."""
    if skipped:
        shown = ", ".join(quote(s, 40) for s in skipped[:8]) + (" …" if len(skipped) > 8 else "")
        notes.append(f"skipped {len(skipped)} files that hold no events ({shown})")
    formats = {r.format for r in results}
    frames = [r.events for r in results if len(r.events)]
    events = (
        gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=WGS84)
        if frames
        else gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs=WGS84)
    )
    combined = ImportResult(
        events,
        rejected,
        notes,
        formats.pop() if len(formats) == 1 else "mixed",
        sum(r.source_rows for r in results),
        [row for r in results for row in r.rows],
    )
    if len(events) == 0:
        if not results and not rejected:
            shown = ", ".join(skipped[:8])
            message = "holds no event file" + (f" (skipped {shown})" if shown else "")
            hint = "name a folder of CSV, GeoJSON, XML or zip files, or one file"
        else:
            message, hint = "holds no file with usable events", "see the problems listed"
        raise NoUsableRowsError(Problem(label, None, None, message, hint), combined)
    return combined


_STATE_FORMATS = {"trips": "state-travels", "visits": "state-visits"}


def _is_state_xml(name: str, data: bytes) -> bool:
    return (
        PurePosixPath(name).suffix.lower() == ".xml"
        and root_tag(data[:_SNIFF].decode("utf-8", errors="replace")) is not None
    )


def _parse_state(
    data: bytes, name: str, fmt: str, batches: dict[str, list[XmlRecord]], rejected: list[Problem]
) -> None:
    """Parse one Historian file into its kind's batch; a file that cannot be parsed is refused."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        rejected.append(
            Problem(
                name,
                None,
                None,
                f"is not UTF-8 ({err.reason} at byte {err.start})",
                "the Historian's files are UTF-8; download the file again",
            )
        )
        return
    try:
        tag, records = parse_records(text, name)
    except DataFileError as err:
        rejected += err.problems
        return
    if fmt != "auto" and _STATE_FORMATS[tag] != fmt:
        rejected.append(
            Problem(
                name,
                None,
                None,
                f"holds <{tag}>, not what --format {fmt} reads",
                f"use --format {_STATE_FORMATS[tag]} or --format auto",
            )
        )
        return
    batches.setdefault(tag, []).extend(records)


def _drop_repeated_ids(result: ImportResult, name: str, seen: dict[str, str]) -> ImportResult:
    """Refuse events whose id an earlier file already used; remember this file's ids."""
    ids = result.events["event_id"].tolist()
    repeated = [i for i, event_id in enumerate(ids) if event_id in seen]
    for i in repeated:
        result.rejected.append(
            Problem(
                name,
                result.rows[i] if i < len(result.rows) else None,
                "event_id",
                f"{quote(ids[i])} is already used in {seen[ids[i]]}",
                "give every event its own id (the first file's event was kept)",
            )
        )
    if repeated:
        keep = [i for i in range(len(ids)) if i not in set(repeated)]
        result.events = result.events.iloc[keep].reset_index(drop=True)
        result.rows = [result.rows[i] for i in keep if i < len(result.rows)]
    for event_id in result.events["event_id"].tolist():
        seen[event_id] = name
    return result
