"""Bytes → text → rows: encodings, zip members, delimiter detection, CSV records with line numbers.

Decisions:

* UTF-8 with or without BOM is read as is; UTF-16 and UTF-32 are accepted when they start with a
  BOM (or look like UTF-16 with ASCII text); anything else that is not UTF-8 is decoded as
  Windows-1252 with a note, because that is what spreadsheets on Windows write.
* A zip archive holding exactly one file (how GDELT ships ``*.export.CSV.zip``) is opened.
* The delimiter is the one of ``,`` ``;`` tab ``|`` that the header line uses most; when the header
  has none, the one the first lines use most; a note says so when it is not a comma.
"""

from __future__ import annotations

import bz2
import codecs
import csv
import io
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from mapapp.errors import DataFileError, Problem, ProblemList, quote
from mapapp.readers.limits import current as current_limits

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
# Characters looked at to find the delimiter.
_SNIFF_CHARS = 64 * 1024


def unzip(data: bytes, label: str, notes: list[str]) -> bytes:
    """The single member of a zip archive, or the data itself when it is not a zip.

    The member is unpacked in chunks and refused as soon as it passes the limits in force
    (:mod:`mapapp.readers.limits`): its size, and its unpacked/packed ratio, so a zip bomb costs
    a fraction of a second and a few megabytes, whatever it claims to hold.
    """
    if not data.startswith(b"PK\x03\x04"):
        return data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            member = _only_member(archive, label)
            notes.append(f"read {member.filename!r} from the zip archive")
            return _unpack(archive, member, label)
    except NotImplementedError as err:
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"uses a zip compression method mapapp cannot unpack ({err})",
                "unzip it and import the data file itself, or zip it again with plain deflate",
            )
        ) from err
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


def _only_member(archive: zipfile.ZipFile, label: str) -> zipfile.ZipInfo:
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
    if members[0].flag_bits & 0x1:
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"holds {members[0].filename!r} encrypted with a password",
                "unzip it with its password and import the data file itself",
            )
        )
    return members[0]


def _unpack(archive: zipfile.ZipFile, member: zipfile.ZipInfo, label: str) -> bytes:
    limits = current_limits()
    allowed = min(limits.max_bytes, max(member.compress_size, 1) * limits.max_zip_ratio)
    chunks: list[bytes] = []
    size = 0
    for chunk in _member_chunks(archive, member, label):
        size += len(chunk)
        if size > allowed:
            raise DataFileError(
                Problem(
                    label,
                    None,
                    None,
                    f"holds {member.filename!r}, which unpacks to more than "
                    f"{limits.max_zip_ratio} times its packed size "
                    f"({member.compress_size:,} bytes) or {limits.describe_bytes()}",
                    "unzip it yourself and import a smaller file (split it if it is large)",
                )
            )
        chunks.append(chunk)
    return b"".join(chunks)


_CHUNK = 1024 * 1024
# A zip local file header (the ZIP format's APPNOTE, 4.3.7): signature, 5 shorts, 3 longs, then
# the lengths of the file name and the extra field that follow it.
_LOCAL_HEADER = "<4s5H3L2H"


def _member_chunks(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, label: str
) -> Iterator[bytes]:
    """A member's bytes, unpacked at most a chunk at a time.

    zipfile bounds each step of deflate, but unpacks a bzip2 or LZMA block whole: a few hundred
    packed bytes can become gigabytes in one call. bzip2 is unpacked here with a bound instead;
    LZMA members are refused (rare, and with no bounded decoder in zipfile).
    """
    if member.compress_type == zipfile.ZIP_BZIP2:
        decoder = bz2.BZ2Decompressor()
        for packed in _raw_chunks(archive, member):
            out = decoder.decompress(packed, max_length=_CHUNK)
            while True:
                if out:
                    yield out
                if decoder.eof or decoder.needs_input:
                    break
                out = decoder.decompress(b"", max_length=_CHUNK)
        return
    if member.compress_type == zipfile.ZIP_LZMA:
        raise DataFileError(
            Problem(
                label,
                None,
                None,
                f"holds {member.filename!r} packed with LZMA, which mapapp does not unpack",
                "unzip it and import the data file itself, or zip it again with plain deflate",
            )
        )
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            yield chunk


def _raw_chunks(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member's packed bytes, as stored after its local header."""
    fp = archive.fp
    assert fp is not None  # an open archive always has its file
    fp.seek(member.header_offset)
    header = struct.unpack(_LOCAL_HEADER, fp.read(struct.calcsize(_LOCAL_HEADER)))
    if header[0] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"no local header for {member.filename!r}")
    fp.seek(header[9] + header[10], 1)  # skip the file name and the extra field
    left = member.compress_size
    while left > 0:
        packed = fp.read(min(left, _CHUNK))
        if not packed:
            raise EOFError("the archive ends inside a member")
        left -= len(packed)
        yield packed


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
    """The delimiter of a CSV text: the one its header line uses most, else the first lines'.

    Linear in a bounded sample: no regular expression over uploaded bytes (``csv.Sniffer``'s
    backtracks for many seconds on a long line of quotes, holding the interpreter).
    """
    header = text[:_SNIFF_CHARS].split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best] == 0:
        sample = text[:_SNIFF_CHARS].split("\n", 20)[:20]
        totals = {d: sum(line.count(d) for line in sample) for d in DELIMITERS}
        best = max(DELIMITERS, key=lambda d: totals[d])
        if totals[best] == 0:
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
    rejected: ProblemList

    @property
    def source_rows(self) -> int:
        """Data rows in the file: those read and those refused."""
        return len(self.rows) + self.rejected.total


def read_table(text: str, label: str, delimiter: str) -> Table:
    """Parse CSV text; rows with too many cells are rejected, too few are padded with ""."""
    if not text.strip():
        raise DataFileError(
            Problem(label, None, None, "is empty", "write a header line and one row per event")
        )
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rejected = ProblemList()
    max_rows = current_limits().max_rows
    rows: list[list[str]] = []
    lines: list[int] = []
    header: list[str] | None = None
    start = 1  # the line the next record starts on
    try:
        for record in reader:
            if header is None:
                header = [h.strip() for h in record]
            elif "".join(record).strip():
                fitted = _fit(record, len(header), label, start, rejected)
                if fitted is not None:
                    rows.append(fitted)
                    lines.append(start)
                    if len(rows) > max_rows:
                        raise too_many_rows(label, max_rows)
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
    return Table(_unique(header), rows, lines, rejected)


def _fit(
    record: list[str], width: int, label: str, line: int, rejected: ProblemList
) -> list[str] | None:
    """A record padded or trimmed to the header's width; None (and a problem) for extra cells."""
    if len(record) < width:
        return record + [""] * (width - len(record))
    extra = [c for c in record[width:] if c.strip()]
    if not extra:
        return record[:width]
    if not rejected.wants():
        rejected.count_more()
        return None
    rejected.append(
        Problem(
            label,
            line,
            None,
            f"has {len(record)} cells but the header has {width} "
            f"(first extra cell {quote(extra[0])})",
            "quote cells that contain the delimiter, or remove the extra cells",
        )
    )
    return None


def too_many_rows(label: str, max_rows: int) -> DataFileError:
    """The error for a file with more data rows than the limits in force allow."""
    return DataFileError(
        Problem(
            label,
            None,
            None,
            f"has more than {max_rows:,} rows, more than can be read here at once",
            "split the file into smaller ones (or, for very large data, load it into a database)",
        )
    )


def _unique(header: list[str]) -> list[str]:
    """Column names made unique: empty ones become column_N, repeats get a .N suffix."""
    seen: dict[str, int] = {}
    out = []
    for number, name in enumerate(header, start=1):
        name = name or f"column_{number}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}.{seen[name]}")
    return out
