"""CSV files: ours (the contract's columns, as ``mapapp export --format csv`` writes them) and any
other CSV, whose columns are mapped by :mod:`mapapp.readers.generic`."""

from __future__ import annotations

import pandas as pd

from mapapp.export import FORMULA_PREFIXES
from mapapp.model import LIST_SEPARATOR, TEXT_COLUMNS
from mapapp.readers.generic import map_table
from mapapp.readers.result import ImportResult, build_result
from mapapp.readers.text import read_table, sniff_delimiter
from mapapp.validate import REQUIRED_INPUT_COLUMNS

_GUARD = "'"


def is_ours(columns: list[str]) -> bool:
    """True when a table has every column our own files must have."""
    return set(REQUIRED_INPUT_COLUMNS) <= set(columns)


def read_csv(
    text: str, *, file: str, notes: list[str], dayfirst: bool | None = None
) -> ImportResult:
    """Read CSV text (any delimiter) into events; see :func:`mapapp.readers.read_file`."""
    delimiter = sniff_delimiter(text, notes)
    table = read_table(text, file, delimiter)
    rejected, source_rows = table.rejected, table.source_rows
    frame = pd.DataFrame(table.rows, columns=table.header, dtype=object)
    if is_ours(table.header):
        raw = frame.map(_unguard_cell)
        for column in [c for c in raw.columns if c in TEXT_COLUMNS]:
            raw[column] = raw[column].map(_unguard)
        if "actors" in raw.columns:
            raw["actors"] = raw["actors"].map(_unguard_list)
        return build_result(
            raw,
            table.lines,
            file=file,
            format="mapapp-csv",
            rejected=rejected,
            notes=notes,
            source_rows=source_rows,
        )
    mapped = map_table(frame, table.lines, file=file, dayfirst=dayfirst)
    return build_result(
        mapped.raw,
        mapped.rows,
        file=file,
        format="csv",
        rejected=rejected + mapped.rejected,
        notes=[*notes, *mapped.notes],
        source_rows=source_rows,
    )


def _unguard_cell(value: object) -> object:
    return None if value == "" else value


def _unguard_list(value: object) -> object:
    if not isinstance(value, str):
        return value
    return [_unguard(name.strip()) for name in value.split(LIST_SEPARATOR.strip()) if name.strip()]


def _unguard(value: object) -> object:
    """Undo the spreadsheet-formula guard of :func:`mapapp.export.to_csv_bytes` (a leading ')."""
    if (
        isinstance(value, str)
        and value.startswith(_GUARD)
        and value[1:2] in (*FORMULA_PREFIXES, _GUARD)
    ):
        return value[1:]
    return value
