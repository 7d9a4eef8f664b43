"""Tables with other people's column names (generic CSV, GeoJSON properties) → raw contract cells.

Decisions (also documented in geodata/README.md):

* Coordinates come from ``lat``/``latitude`` and ``lon``/``lng``/``long``/``longitude``, or a WKT
  (or GeoJSON-text) ``geometry``/``wkt`` column; other shapes than points become their
  representative point with precision "region". Rows without coordinates are placed from their
  place name (or country) with the offline gazetteer; a name the gazetteer cannot place leaves the
  event unmapped (geometry null, precision "unknown") and a note lists the rows.
* Rows with coordinates get the precision from a precision column, else the gazetteer's precision
  for their place name, else "city".
* No id column: ids are ``imp-`` + a hash of the file name and row number.
* Every event must cite a report (the contract and the validator want an http(s) ``source_url``):
  a file without a URL column is refused as a whole, a row with an empty URL cell is rejected.
* No quote column (or an empty cell): the title stands in as ``source_quote``, with a note.
* An unknown type becomes "other" (noted); an unknown status rejects the row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import numpy as np
import pandas as pd
import shapely

from mapapp.errors import DataFileError, Problem, quote
from mapapp.model import DATE_PRECISIONS, EVENT_COLUMNS
from mapapp.readers import date_cells as dt
from mapapp.readers import places, vocab
from mapapp.readers.result import long_cells
from mapapp.readers.rows import Rows, plural, texts, unique_map

_TITLE_CHARS = 120


@dataclass(frozen=True)
class Mapped:
    """A foreign table mapped onto the contract: raw cells of the rows kept, and what was said.

    Attributes
    ----------
    raw : DataFrame
        Raw contract cells (and ``geometry``) of the rows not refused.
    rows : list of int
        The file row number of each kept row.
    rejected : list of Problem
        One or more per refused row.
    notes : list of str
        What was decided on the user's behalf.
    """

    raw: pd.DataFrame
    rows: list[int]
    rejected: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _Columns:
    """The foreign table's columns, looked up by contract field; remembers which were used."""

    def __init__(self, df: pd.DataFrame) -> None:
        self.df, self.n, self.used = df, len(df), set[str]()
        self.by_name: dict[str, str] = {}
        for column in df.columns:
            self.by_name.setdefault(vocab.normalize_header(column), column)

    def pick(self, field: str) -> str | None:
        return next((self.by_name[c] for c in vocab.FIELDS[field] if c in self.by_name), None)

    def cells(self, column: str | None) -> pd.Series:
        if not column:
            return pd.Series([""] * self.n, dtype=object)
        return texts(self.df[column]).reset_index(drop=True)

    def take(self, field: str) -> pd.Series:
        column = self.pick(field)
        if column:
            self.used.add(column)
        return self.cells(column)


def map_table(
    df: pd.DataFrame,
    rows: Sequence[int],
    *,
    file: str,
    geometry: Sequence[object] | None = None,
    dayfirst: bool | None = None,
    report_ignored: bool = True,
) -> Mapped:
    """Map a foreign table onto the contract's columns.

    Parameters
    ----------
    df : DataFrame
        One row per event, foreign column names, cells as text (CSV) or JSON values (GeoJSON).
    rows : sequence of int
        File row number of each record, for messages.
    file : str
        File name used in messages and derived ids.
    geometry : sequence of shapely geometries or None, optional
        Shapes given beside the table (GeoJSON features); used instead of coordinate columns.
    dayfirst : bool, optional
        Force the day/month order of numeric dates (default: decide from the file).
    report_ignored : bool
        Add a note naming the columns that were not used.

    Returns
    -------
    Mapped
        Raw contract cells of the rows kept, their row numbers, the refusals and the notes.

    Raises
    ------
    DataFileError
        When the table has no column with the reports' URLs.
    """
    if len(df) == 0:
        return Mapped(pd.DataFrame(columns=[*EVENT_COLUMNS, "geometry"], dtype=object), [])
    table, notes = Rows(file, rows), list[str]()
    table.bad |= long_cells(df.reset_index(drop=True), table.rows, file, table.rejected)
    cols = _Columns(df)
    out: dict[str, Any] = {}
    out["event_type"] = _event_types(cols.take("event_type"), bool(cols.pick("event_type")), notes)
    out["status"] = _statuses(cols.take("status"), cols.pick("status"), table)
    out.update(_when(cols, dayfirst, table, notes))
    place = cols.take("place_name")
    located = _where(cols, place, geometry, table, notes)
    out.update(_sources(cols, table, notes, file))
    summary = cols.take("summary")
    out["summary"] = _none_if_empty(summary)
    out["title"] = _titles(cols.take("title"), summary, list(out["event_type"]), place, table)
    out["source_quote"] = _quotes(cols.take("source_quote"), out["title"], notes, table.bad)
    out["event_id"] = _ids(cols.take("event_id"), file, table, notes)
    out["place_name"] = place.where(place != "", None)
    out["country_code"] = located.country_code
    out["location_precision"] = located.location_precision
    out["location_basis"] = located.location_basis
    out["location_note"] = _join_notes(cols.take("location_note"), located.warning)
    out["actors"] = _actors(cols)
    out["host"] = _none_if_empty(cols.take("host"))
    ignored = [str(c) for c in df.columns if c not in cols.used]
    if ignored and report_ignored:
        shown = ", ".join(ignored[:10]) + (" …" if len(ignored) > 10 else "")
        notes.append(f"ignored columns with no place in the event record: {shown}")
    frame = pd.DataFrame({k: _objects(v) for k, v in out.items()}, dtype=object, copy=False)
    frame["geometry"] = _points(located.lat, located.lon, table.bad)
    keep = np.flatnonzero(~table.bad)
    return Mapped(
        frame.iloc[keep].reset_index(drop=True),
        [table.rows[i] for i in keep],
        table.rejected,
        notes,
    )


def _points(lat: np.ndarray, lon: np.ndarray, bad: np.ndarray) -> np.ndarray:
    """Point geometries (shapely order: lon, lat) where a good row has coordinates, else None."""
    placed = np.isfinite(lat) & np.isfinite(lon) & ~bad
    out = np.full(len(lat), None, dtype=object)
    out[placed] = shapely.points(lon[placed], lat[placed])
    return out


def _when(
    cols: _Columns, dayfirst: bool | None, table: Rows, notes: list[str]
) -> dict[str, list[Any]]:
    """date_start, date_end and date_precision; a precision column overrides where it fits."""
    start_col, end_col = cols.pick("date_start"), cols.pick("date_end")
    dates = dt.date_columns(
        cols.take("date_start"), cols.take("date_end"), (start_col, end_col), dayfirst, table, notes
    )
    given = cols.take("date_precision")
    if cols.pick("date_precision"):
        dates["date_precision"] = [
            g if g in DATE_PRECISIONS and g != "unknown" and start else computed
            for g, start, computed in zip(
                given.tolist(), dates["date_start"], dates["date_precision"], strict=True
            )
        ]
    return dates


def _where(
    cols: _Columns,
    place: pd.Series,
    geometry: Sequence[object] | None,
    table: Rows,
    notes: list[str],
) -> places.Located:
    """Coordinates from the table (or the shapes beside it), else from the gazetteer."""
    country = cols.take("country")
    codes = places.country_codes(country, cols.pick("country"), table, notes)
    lat, lon, shape_precision = places.coordinates(
        cols.df, cols.pick, cols.used, geometry, table, notes
    )
    cells = places.PlaceCells(
        place, country, codes, lat, lon, shape_precision, cols.take("location_precision")
    )
    located = places.locate(cells, table.bad, table.rows)
    notes += located.notes
    return located


def _sources(cols: _Columns, table: Rows, notes: list[str], file: str) -> dict[str, Any]:
    """source_url (required), publisher, title and publication date.

    A column named just "source" holds URLs in some files and outlet names in others: it is
    taken for whichever it mostly holds, unless the file has a column for that already.
    """
    source_col = cols.by_name.get(vocab.AMBIGUOUS_SOURCE)
    source = cols.cells(source_col)
    source_is_url = bool(source_col) and _mostly_urls(source)
    url, publisher = cols.take("source_url"), cols.take("source_publisher")
    if source_col and source_is_url and not cols.pick("source_url"):
        url = source
        cols.used.add(source_col)
    if source_col and not source_is_url and not cols.pick("source_publisher"):
        publisher = source
        cols.used.add(source_col)
    url_col = cols.pick("source_url") or (source_col if source_is_url else None)
    if url_col is None:
        raise DataFileError(
            Problem(
                file,
                None,
                None,
                f"has no column with the reports' URLs (url, source_url, link, source); found "
                f"{', '.join(map(str, cols.df.columns))}",
                "add a url column: every event must cite the report it comes from",
            )
        )
    return {
        "source_url": _urls(url, table, url_col),
        "source_publisher": _none_if_empty(publisher),
        "source_title": _none_if_empty(cols.take("source_title")),
        "source_published": dt.published_dates(cols.take("source_published"), notes, table),
    }


# ---------------------------------------------------------------------------------------------


def _objects(values: Any) -> np.ndarray:
    """An object array: keeps pandas from converting text columns to its Arrow string type."""
    return pd.Series(values, dtype=object).to_numpy()


def _none_if_empty(values: pd.Series) -> pd.Series:
    return values.where(values != "", None)


def _mostly_urls(values: pd.Series) -> bool:
    filled = values[values != ""]
    return len(filled) > 0 and filled.str.match(r"(?i)^https?://").mean() >= 0.5


def _event_types(values: pd.Series, present: bool, notes: list[str]) -> pd.Series:
    if not present:
        notes.append("no type column (type, category, event_type): every event is 'other'")
        return pd.Series(["other"] * len(values))
    mapped = unique_map(values, lambda v: vocab.event_type_for(v) if v else None)
    unknown = sorted(set(values[mapped.isna()]) - {""})
    if unknown:
        shown = ", ".join(quote(v, 30) for v in unknown[:8])
        notes.append(
            f"{plural(int(mapped.isna().sum()))} with a type we do not know ({shown}): "
            "imported as 'other'"
        )
    return mapped.fillna("other")


def _statuses(values: pd.Series, column: str | None, table: Rows) -> pd.Series:
    mapped = unique_map(values, lambda v: vocab.status_for(v) if v else "occurred")
    for pos in np.flatnonzero(mapped.isna().to_numpy()):
        table.reject(
            pos,
            column,
            f"{quote(values.iat[pos])} is not a status we know",
            "use occurred, announced, declined or cancelled (or planned, held, ...)",
        )
    return mapped.fillna("occurred")


def _join_notes(given: pd.Series, warnings: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for note, warning in zip(given.tolist(), warnings, strict=True):
        parts = [p for p in (note, warning) if p]
        out.append(" ".join(parts) if parts else None)
    return out


def _actors(cols: _Columns) -> pd.Series:
    """Names joined with ";" (the frame parser splits and strips them); "|" also separates."""
    numbered = [cols.by_name[c] for c in cols.by_name if vocab.ACTOR_COLUMN.match(c)]
    joined = cols.take("actors")
    cols.used.update(numbered)
    for column in numbered:
        joined = joined.str.cat(cols.cells(column), sep=";")
    return joined.str.replace("|", ";", regex=False)


def _urls(urls: pd.Series, table: Rows, column: str) -> pd.Series:
    for pos in np.flatnonzero((urls == "").to_numpy()):
        table.reject(
            pos,
            column,
            "is empty",
            "give the URL of the report the event comes from (every event must cite its source)",
        )
    return urls


def _titles(
    titles: pd.Series, summary: pd.Series, types: list[str], place: pd.Series, table: Rows
) -> list[str]:
    result = titles.str.replace(r"\s+", " ", regex=True).str.strip().tolist()
    missing = [pos for pos, text in enumerate(result) if not text]
    if not missing:
        return result
    summaries, places = summary.tolist(), place.tolist()
    for pos in missing:
        first = " ".join(summaries[pos].split())
        text = first if len(first) <= _TITLE_CHARS else first[: _TITLE_CHARS - 1] + "…"
        if not text:
            kind = str(types[pos]).replace("_", " ").capitalize()
            text = f"{kind} in {places[pos]}" if places[pos] else f"{kind} (row {table.rows[pos]})"
        result[pos] = text
    return result


def _quotes(quotes: pd.Series, titles: list[str], notes: list[str], bad: np.ndarray) -> list[str]:
    missing = (quotes == "").to_numpy()
    if count := int((missing & ~bad).sum()):
        notes.append(
            f"{plural(count)} without a quote (quote, source_quote, notes, description, "
            "text): the title stands in as source_quote"
        )
    return [titles[pos] if missing[pos] else q for pos, q in enumerate(quotes.tolist())]


def _ids(ids: pd.Series, file: str, table: Rows, notes: list[str]) -> list[str]:
    missing = (ids == "").to_numpy()
    if count := int((missing & ~table.bad).sum()):
        notes.append(
            f"{plural(count)} without an id: derived event_id from the file name and row "
            "number (stable while the file keeps its name and row order)"
        )
    name = PurePath(file).name
    return [
        "imp-" + hashlib.sha1(f"{name}\n{table.rows[pos]}".encode()).hexdigest()[:12]
        if missing[pos]
        else value
        for pos, value in enumerate(ids.tolist())
    ]
