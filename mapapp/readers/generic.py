"""Tables with other people's column names (generic CSV, GeoJSON properties) → raw contract cells.

Decisions (documented in /work/notes/readers.md and geodata/README.md by the lead):

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


def map_table(
    df: pd.DataFrame,
    rows: Sequence[int],
    *,
    file: str,
    rejected: list[Problem],
    notes: list[str],
    geometry: Sequence[object] | None = None,
    dayfirst: bool | None = None,
    report_ignored: bool = True,
) -> tuple[pd.DataFrame, list[int]]:
    """Map a foreign table onto the contract's columns.

    Parameters
    ----------
    df : DataFrame
        One row per event, foreign column names, cells as text (CSV) or JSON values (GeoJSON).
    rows : sequence of int
        File row number of each record, for messages.
    file : str
        File name used in messages and derived ids.
    rejected, notes : list
        Refusals and decisions are appended here.
    geometry : sequence of shapely geometries or None, optional
        Shapes given beside the table (GeoJSON features); used instead of coordinate columns.
    dayfirst : bool, optional
        Force the day/month order of numeric dates (default: decide from the file).
    report_ignored : bool
        Add a note naming the columns that were not used.

    Returns
    -------
    (DataFrame, list of int)
        Raw contract cells for the rows not refused, and their row numbers.
    """
    table = Rows(file, rows, rejected)
    n = len(df)
    if n == 0:
        return pd.DataFrame(columns=[*EVENT_COLUMNS, "geometry"], dtype=object), []
    table.bad |= long_cells(df.reset_index(drop=True), table.rows, file, rejected)
    columns: dict[str, str] = {}
    for column in df.columns:
        columns.setdefault(vocab.normalize_header(column), column)

    def pick(field: str) -> str | None:
        return next((columns[c] for c in vocab.FIELDS[field] if c in columns), None)

    def cells(field: str | None) -> pd.Series:
        return (
            texts(df[field]).reset_index(drop=True) if field else pd.Series([""] * n, dtype=object)
        )

    used: set[str] = set()

    def take(field: str) -> pd.Series:
        column = pick(field)
        if column:
            used.add(column)
        return cells(column)

    source_col = columns.get(vocab.AMBIGUOUS_SOURCE)
    source = cells(source_col)
    source_is_url = bool(source_col) and _mostly_urls(source)
    out: dict[str, Any] = {}
    out["event_type"] = _event_types(take("event_type"), bool(pick("event_type")), notes)
    out["status"] = _statuses(take("status"), pick("status"), table)
    _dates(
        take("date_start"),
        take("date_end"),
        pick("date_start"),
        pick("date_end"),
        dayfirst,
        table,
        out,
        notes,
    )
    given_precision = take("date_precision")
    if pick("date_precision"):
        out["date_precision"] = [
            given if given in DATE_PRECISIONS and given != "unknown" and start else computed
            for given, start, computed in zip(
                given_precision.tolist(), out["date_start"], out["date_precision"], strict=True
            )
        ]
    place, country = take("place_name"), take("country")
    codes = places.country_codes(country, pick("country"), table, notes)
    lat, lon, shape_precision = places.coordinates(df, pick, used, geometry, table, notes)
    places.locate(
        place,
        country,
        codes,
        lat,
        lon,
        shape_precision,
        take("location_precision"),
        table,
        out,
        notes,
    )
    out["place_name"] = place.where(place != "", None)
    note = take("location_note")
    out["location_note"] = _join_notes(note, out.pop("_place_warning"))
    out["actors"] = _actors(df, take("actors"), columns, used)
    out["host"] = _none_if_empty(take("host"))
    url = take("source_url")
    if source_col and source_is_url and not pick("source_url"):
        url = source
        used.add(source_col)
    publisher = take("source_publisher")
    if source_col and not source_is_url and not pick("source_publisher"):
        publisher = source
        used.add(source_col)
    url_col = pick("source_url") or (source_col if source_is_url else None)
    if url_col is None:
        raise DataFileError(
            Problem(
                file,
                None,
                None,
                f"has no column with the reports' URLs (url, source_url, link, source); found "
                f"{', '.join(map(str, df.columns))}",
                "add a url column: every event must cite the report it comes from",
            )
        )
    out["source_url"] = _urls(url, table, url_col)
    out["source_publisher"] = _none_if_empty(publisher)
    out["source_title"] = _none_if_empty(take("source_title"))
    out["source_published"] = _published(take("source_published"), notes, table)
    summary = take("summary")
    out["summary"] = _none_if_empty(summary)
    out["title"] = _titles(take("title"), summary, out, place, table)
    out["source_quote"] = _quotes(take("source_quote"), out["title"], notes, table.bad)
    out["event_id"] = _ids(take("event_id"), file, table, notes)
    ignored = [str(c) for c in df.columns if c not in used]
    if ignored and report_ignored:
        shown = ", ".join(ignored[:10]) + (" …" if len(ignored) > 10 else "")
        notes.append(f"ignored columns with no place in the event record: {shown}")
    frame = pd.DataFrame({k: _objects(v) for k, v in out.items()}, dtype=object, copy=False)
    placed = np.isfinite(lat) & np.isfinite(lon) & ~table.bad
    geometry_out = np.full(n, None, dtype=object)
    geometry_out[placed] = shapely.points(lon[placed], lat[placed])  # shapely order: lon, lat
    frame["geometry"] = geometry_out
    keep = np.flatnonzero(~table.bad)
    return frame.iloc[keep].reset_index(drop=True), [table.rows[i] for i in keep]


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


def _dates(
    start: pd.Series,
    end: pd.Series,
    start_col: str | None,
    end_col: str | None,
    dayfirst: bool | None,
    table: Rows,
    out: dict[str, Any],
    notes: list[str],
) -> None:
    if start_col is None and end_col is None:
        notes.append(
            "no date column (date, date_start, start, event_date, time): every event's "
            "date is unknown"
        )
    order = dt.decide_order([start.tolist(), end.tolist()], dayfirst)
    if order.kind in ("dmy", "mdy") and dayfirst is None:
        example = order.examples[order.kind]
        notes.append(
            f"read numeric dates as {'day' if order.kind == 'dmy' else 'month'}-first "
            f"(because of {quote(example)})"
        )
    pairs = np.empty(len(start), dtype=object)
    pairs[:] = list(zip(start.tolist(), end.tolist(), strict=True))
    codes, uniques = pd.factorize(pairs)
    results = [_span(first, last, order) for first, last in uniques]
    is_error = np.array([r[0] == "error" for r in results], dtype=bool)
    firsts = np.array(
        [None if e else r[0] for r, e in zip(results, is_error, strict=True)] + [None], dtype=object
    )
    lasts = np.array(
        [None if e else r[1] for r, e in zip(results, is_error, strict=True)] + [None], dtype=object
    )
    kinds = np.array(
        [("unknown" if e else r[2]) for r, e in zip(results, is_error, strict=True)] + ["unknown"],
        dtype=object,
    )
    for pos in np.flatnonzero(is_error[codes]) if len(results) else []:
        _, which, error = results[codes[pos]]
        table.reject(pos, start_col if which == "start" else end_col, error.message, error.hint)
    out["date_start"], out["date_end"] = list(firsts[codes]), list(lasts[codes])
    out["date_precision"] = list(kinds[codes])


def _span(start: str, end: str, order: dt.Order) -> tuple[Any, ...]:
    s = dt.parse_date(start, order) if start else None
    e = dt.parse_date(end, order) if end else None
    if isinstance(s, dt.DateError):
        return ("error", "start", s)
    if isinstance(e, dt.DateError):
        return ("error", "end", e)
    if s is None and e is None:
        return (None, None, "unknown")
    if s is None or e is None:
        one: dt.Span = s if s is not None else e  # type: ignore[assignment]
        return (one.start.isoformat(), one.end.isoformat(), one.precision)
    if e.end < s.start:
        return (
            "error",
            "end",
            dt.DateError(
                f"{quote(end)} is before the start date {quote(start)}",
                "swap the dates, or correct the end date",
            ),
        )
    precision = "day" if s.precision == e.precision == "day" and s.start == e.end else "range"
    return (s.start.isoformat(), e.end.isoformat(), precision)


def _join_notes(given: pd.Series, warnings: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for note, warning in zip(given.tolist(), warnings, strict=True):
        parts = [p for p in (note, warning) if p]
        out.append(" ".join(parts) if parts else None)
    return out


def _actors(
    df: pd.DataFrame, actors: pd.Series, columns: dict[str, str], used: set[str]
) -> pd.Series:
    """Names joined with ";" (the frame parser splits and strips them); "|" also separates."""
    numbered = [columns[c] for c in columns if vocab.ACTOR_COLUMN.match(c)]
    used.update(numbered)
    joined = actors.reset_index(drop=True)
    for column in numbered:
        joined = joined.str.cat(texts(df[column]).reset_index(drop=True), sep=";")
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


def _published(values: pd.Series, notes: list[str], table: Rows) -> list[str | None]:
    order = dt.decide_order([values.tolist()], None)
    spans = {v: dt.parse_date(v, order) if v else None for v in set(values.tolist())}
    used = set(values[~table.bad].tolist())
    bad = sorted(v for v, s in spans.items() if isinstance(s, dt.DateError) and v in used)
    if bad:
        notes.append(
            f"publication dates {', '.join(quote(v, 30) for v in bad[:5])} are not "
            "dates: left empty"
        )
    return [
        s.start.isoformat() if isinstance(s, dt.Span) else None
        for s in (spans[v] for v in values.tolist())
    ]


def _titles(
    titles: pd.Series, summary: pd.Series, out: dict[str, Any], place: pd.Series, table: Rows
) -> list[str]:
    result = titles.str.replace(r"\s+", " ", regex=True).str.strip().tolist()
    missing = [pos for pos, text in enumerate(result) if not text]
    if not missing:
        return result
    types, summaries, places = list(out["event_type"]), summary.tolist(), place.tolist()
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
