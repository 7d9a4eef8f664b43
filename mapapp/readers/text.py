"""Bytes → text → rows: encodings, zip members, delimiter detection, CSV records with line numbers.

Decisions:

* UTF-8 with or without BOM is read as is; UTF-16 and UTF-32 are accepted when they start with a
  BOM (or look like UTF-16 with ASCII text); anything else that is not UTF-8 is decoded as
  Windows-1252 with a note, because that is what spreadsheets on Windows write.
* A zip archive holding exactly one file (how GDELT ships ``*.export.CSV.zip``) is opened.
* The delimiter is the one of ``,`` ``;`` tab ``|`` that the header line uses most; when the header
  has none, ``csv.Sniffer`` decides; a note says so when it is not a comma.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass

from mapapp.errors import DataFileError, Problem, quote

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
# Cells above this many characters are refused by build_result anyway; the csv module's own limit
# (131,072) would otherwise abort the whole file on one enormous cell.
_CSV_FIELD_LIMIT = 64 * 1024 * 1024


def unzip(data: bytes, label: str, notes: list[str]) -> bytes:
    """The single member of a zip archive, or the data itself when it is not a zip."""
    if not data.startswith(b"PK\x03\x04"):
        return data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise DataFileError(
                    Problem(
                        label,
                        None,
                        None,
                        f"is a zip archive with {len(members)} files; expected exactly one",
                        "unzip it and import the data file itself",
                    )
                )
            notes.append(f"read {members[0].filename!r} from the zip archive")
            return archive.read(members[0])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as err:
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"is a damaged zip archive ({err})",
                "download the file again or unzip it yourself",
            )
        ) from err


def decode(data: bytes, label: str, notes: list[str]) -> str:
    """Decode file bytes to text (see the module docstring for the rules)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise DataFileError(
                    Problem(
                        label,
                        None,
                        None,
                        f"starts with a {encoding.upper()} byte-order mark but is not valid "
                        f"{encoding.upper()} (offset {err.start})",
                        "save the file again as UTF-8",
                    )
                ) from err
            if encoding != "utf-8-sig":
                notes.append(f"decoded as {encoding.upper()} (byte-order mark)")
            return _no_nul(text.lstrip("\ufeff"), label)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
            notes.append(f"decoded as UTF-16 ({utf16[-2:].upper()}, no byte-order mark)")
            return _no_nul(text, label)
        except UnicodeDecodeError:
            pass
    try:
        return _no_nul(data.decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                "looks like a binary file (it contains NUL bytes), not text",
                "export the data as CSV or GeoJSON and import that file",
            )
        )
    text = data.decode("cp1252", errors="replace")
    notes.append(
        "the file is not UTF-8: decoded it as Windows-1252 (Latin-1); check accented "
        "letters, and save as UTF-8 next time"
    )
    return _no_nul(text, label)


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when mostly-ASCII text has a NUL byte in every other position."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.6 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.6 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _no_nul(text: str, label: str) -> str:
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise DataFileError(
            Problem(
                label,
                line,
                None,
                "contains a NUL character (binary data in a text file)",
                "remove the binary data, or export the file again as CSV/GeoJSON",
            )
        )
    return text


def sniff_delimiter(text: str, notes: list[str]) -> str:
    """The delimiter of a CSV text: the one its header line uses most, else csv.Sniffer's pick."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best] == 0:
        try:
            best = csv.Sniffer().sniff(text[:65536], delimiters="".join(DELIMITERS)).delimiter
        except csv.Error:
            best = ","
    if best != ",":
        notes.append(f"read as {_DELIMITER_NAMES[best]}-separated values")
    return best


@dataclass
class Table:
    """CSV records as text: header, rows padded to the header's length, and their line numbers."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]


def read_table(text: str, label: str, delimiter: str, rejected: list[Problem]) -> Table:
    """Parse CSV text; rows with too many cells are rejected, too few are padded with ""."""
    if not text.strip():
        raise DataFileError(
            Problem(label, None, None, "is empty", "write a header line and one row per event")
        )
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[list[str]] = []
    lines: list[int] = []
    header: list[str] | None = None
    start = 1
    try:
        for record in reader:
            if header is None:
                header = [h.strip() for h in record]
                start = reader.line_num + 1
                continue
            if not "".join(record).strip():
                start = reader.line_num + 1
                continue
            if len(record) > len(header):
                extra = [c for c in record[len(header) :] if c.strip()]
                if extra:
                    rejected.append(
                        Problem(
                            label,
                            start,
                            None,
                            f"has {len(record)} cells but the header has {len(header)} "
                            f"(first extra cell {quote(extra[0])})",
                            "quote cells that contain the delimiter, or remove the extra cells",
                        )
                    )
                    start = reader.line_num + 1
                    continue
                record = record[: len(header)]
            elif len(record) < len(header):
                record = record + [""] * (len(header) - len(record))
            rows.append(record)
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as err:
        rejected.append(
            Problem(
                label,
                start,
                None,
                f"cannot be parsed as CSV ({err}); the rest of the file was not read",
                "check the quoting from this line on",
            )
        )
    if header is None or not any(header):
        raise DataFileError(
            Problem(label, 1, None, "has no header line", "put the column names on the first line")
        )
    return Table(_unique(header), rows, lines)


def _unique(header: list[str]) -> list[str]:
    """Column names made unique: empty ones become column_N, repeats get a .N suffix."""
    seen: dict[str, int] = {}
    out = []
    for number, name in enumerate(header, start=1):
        name = name or f"column_{number}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}.{seen[name]}")
    return out
