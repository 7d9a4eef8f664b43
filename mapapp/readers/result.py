"""What every reader returns, and the last step they share: raw cells → checked, typed events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mapapp.errors import DataFileError, Problem, ProblemList, quote
from mapapp.records import parse_events
from mapapp.validate import validate_events

# Longest text cell accepted; longer cells reject their row (a runaway quote swallows a file).
MAX_CELL_CHARS = 10_000


@dataclass
class ImportResult:
    """Events read from a foreign file, with what was refused and what was assumed.

    Attributes
    ----------
    events : GeoDataFrame
        The typed event frame (see :mod:`mapapp.model`), possibly with extra columns.
    rejected : ProblemList
        One or more per refused row: file, 1-based row, column, the value quoted, how to fix it.
        The first ``MAX_PROBLEMS_KEPT`` are kept; ``rejected.dropped`` counts the rest.
    notes : list of str
        What the reader decided on the user's behalf ("set aside 412 non-diplomatic GDELT rows").
    format : str
        The format read: mapapp-csv, mapapp-geojson, csv, geojson, acled or gdelt.
    source_rows : int
        Data rows (CSV records, GeoJSON features, GDELT lines) found in the file.
    rows : list of int
        The file's row number of each event, in the order of ``events``.
    """

    events: gpd.GeoDataFrame
    rejected: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    format: str = ""
    source_rows: int = 0
    rows: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.rejected, ProblemList):
            self.rejected = ProblemList(self.rejected)
        self.notes = cap_notes(self.notes)

    @property
    def rejected_rows(self) -> int:
        """How many distinct rows were refused (counting each problem not kept as one row)."""
        kept = len({(p.row if p.row is not None else -1) for p in self.rejected})
        return kept + getattr(self.rejected, "dropped", 0)

    def summary(self) -> str:
        """One line for people: "read 7 events (acled) from 9 rows; 2 rows rejected"."""
        text = f"read {len(self.events)} events ({self.format}) from {self.source_rows} rows"
        count = self.rejected_rows
        if not count:
            return text
        text += f"; {count:,} row{'' if count == 1 else 's'} rejected"
        if getattr(self.rejected, "dropped", 0):
            text += f" (the first {len(self.rejected):,} problems are listed)"
        return text


# Notes kept per file, and characters per note: a file with 200,000 unknown places gets a few
# lines saying so, not 34 million characters.
MAX_NOTES = 30
MAX_NOTE_CHARS = 500


def cap_notes(notes: Sequence[str]) -> list[str]:
    """At most MAX_NOTES notes of at most MAX_NOTE_CHARS each, and a line saying what was cut."""
    kept = [n if len(n) <= MAX_NOTE_CHARS else n[: MAX_NOTE_CHARS - 1] + "…" for n in notes]
    if len(kept) > MAX_NOTES:
        more = len(kept) - (MAX_NOTES - 1)
        kept = [*kept[: MAX_NOTES - 1], f"… and {more:,} more notes"]
    return kept


class NoUsableRowsError(DataFileError):
    """Nothing usable was read (the CLI exits 1); ``problems`` = the summary + every refusal."""

    def __init__(self, problem: Problem, result: ImportResult) -> None:
        super().__init__(problem)
        self.result = result

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problem, self.result))

    @property
    def problems(self) -> list[Problem]:
        rejected = ProblemList(self.result.rejected)
        return ProblemList([self.problem]) + rejected


def build_result(
    raw: pd.DataFrame,
    rows: Sequence[int],
    *,
    file: str,
    format: str,
    rejected: Sequence[Problem],
    notes: Sequence[str],
    source_rows: int,
) -> ImportResult:
    """Check raw contract cells row by row, drop the bad rows, return the typed events.

    Rows with an over-long cell, a repeated event_id or any problem found by
    :func:`mapapp.records.parse_events` / :func:`mapapp.validate.validate_events` are moved to
    ``rejected``; the others are kept.

    Raises
    ------
    NoUsableRowsError
        When no row is left.
    """
    rows, rejected, notes = list(rows), ProblemList(rejected), list(notes)
    raw = raw.reset_index(drop=True)
    bad = long_cells(raw, rows, file, rejected)
    if "event_id" in raw.columns:
        ids = raw["event_id"].map(lambda v: v.strip() if isinstance(v, str) else v)
        given = ids.notna() & (ids != "")
        repeated = (given & ids.duplicated(keep="first")).to_numpy()
        if repeated.any():
            firsts = given.to_numpy() & ~repeated
            first_row = dict(
                zip(ids[firsts].tolist(), np.asarray(rows)[firsts].tolist(), strict=True)
            )
            for pos in np.flatnonzero(repeated).tolist():
                value = ids.iat[pos]
                rejected.append(
                    Problem(
                        file,
                        rows[pos],
                        "event_id",
                        f"{quote(value)} is already used on row {first_row[value]}",
                        "give every event its own id (the first row with this id was kept)",
                    )
                )
                bad[pos] = True
    keep = np.flatnonzero(~bad)
    raw = raw.iloc[keep].reset_index(drop=True)
    rows = [rows[i] for i in keep]
    gdf, problems = parse_events(raw, file=file, rows=rows)
    return checked_result(
        gdf,
        problems,
        rows,
        file=file,
        format=format,
        rejected=rejected,
        notes=notes,
        source_rows=source_rows,
    )


def checked_result(
    gdf: gpd.GeoDataFrame,
    problems: list[Problem],
    rows: list[int],
    *,
    file: str,
    format: str,
    rejected: ProblemList,
    notes: list[str],
    source_rows: int,
) -> ImportResult:
    """Validate typed events, move the rows with problems to ``rejected``, return the result.

    The last step of :func:`build_result`, shared with readers that type their cells
    themselves (:mod:`mapapp.readers.own_geojson`). ``problems`` are those found in typing.

    Raises
    ------
    NoUsableRowsError
        When no row is left.
    """
    problems = problems + validate_events(gdf, file=file, rows=rows)
    bad_rows = {p.row for p in problems if p.row is not None}
    rejected += [p for p in problems if p.row is not None]
    notes += [str(p) for p in problems if p.row is None]
    if bad_rows:
        mask = np.array([r not in bad_rows for r in rows], dtype=bool)
        gdf = gdf[mask].reset_index(drop=True)
        rows = [r for r, keep_row in zip(rows, mask.tolist(), strict=True) if keep_row]
    rejected.sort(key=lambda p: (p.row is None, p.row or 0))
    result = ImportResult(gdf, rejected, notes, format, source_rows, rows)
    if len(gdf) == 0:
        raise_nothing_usable(result, file)
    return result


def long_cells(
    frame: pd.DataFrame, rows: Sequence[int], file: str, rejected: list[Problem]
) -> np.ndarray:
    """Reject rows with a text cell longer than MAX_CELL_CHARS; return the mask of those rows."""
    bad = np.zeros(len(frame), dtype=bool)
    rows = list(rows)
    for column in frame.columns:
        if frame[column].dtype != object or column == "geometry":
            continue
        lengths = _lengths(frame[column])
        for pos in np.flatnonzero(lengths > MAX_CELL_CHARS).tolist():
            rejected.append(
                Problem(
                    file,
                    rows[pos],
                    str(column),
                    f"is {lengths[pos]:,} characters long ({quote(frame[column].iat[pos])})",
                    f"cells may hold at most {MAX_CELL_CHARS:,} characters; shorten it (a missing "
                    "closing quote makes a cell swallow the lines after it)",
                )
            )
            bad[pos] = True
    return bad


def _lengths(values: pd.Series) -> np.ndarray:
    """Length of every text cell (0 for anything that is not text)."""
    try:
        return values.str.len().fillna(0).to_numpy(dtype=np.int64)
    except AttributeError:  # the .str accessor refuses columns of lists or geometries
        return values.map(lambda v: len(v) if isinstance(v, str) else 0).to_numpy(dtype=np.int64)


def raise_nothing_usable(result: ImportResult, file: str) -> None:
    """Raise NoUsableRowsError describing why nothing was read."""
    if result.source_rows == 0:
        message, hint = "has no data rows", "add one row per event"
    elif not result.rejected:
        message = f"no events to import from {result.source_rows} rows"
        message += f" ({'; '.join(result.notes)})" if result.notes else ""
        hint = (
            "keep every event with --all-events"
            if result.format == "gdelt"
            else "add the columns named in geodata/README.md (event_id, title, dates, place...)"
        )
    else:
        message = (
            f"nothing usable read: all {result.source_rows} rows were rejected "
            f"({len(result.rejected)} problems)"
        )
        hint = "fix the rows listed below, or choose another --format"
    raise NoUsableRowsError(Problem(file, None, None, message, hint), result)
