"""ACLED CSV exports, both column generations (31 columns 2019–Mar 2023, and the newer one).

Mapping (from ACLED's codebook):

* ``event_date`` (ISO or "13 November 2020") with ``time_precision`` 1/2/3 → day / week (the 7 days
  centred on the date ACLED gives, which is the middle day) / month (the whole month).
* ``geo_precision`` 1/2/3 → city / city (near the town; said in location_note) / region.
* ``sub_event_type`` "Agreement" → agreement; Battles, Explosions/Remote violence →
  military_strike; everything else → other.
* actors from actor1, assoc_actor_1, actor2, assoc_actor_2 (``; ``-separated inside a cell).
* ACLED has no article URLs: ``source_url`` is ``https://acleddata.com/#<event_id_cnty>``; the
  outlets named in ``source`` go to ``source_publisher``; ``notes`` is the quote.
* country_code from ``country`` (name), else ``iso3``, else the numeric ``iso``.
* Extra columns kept: ``acled_event_type``, ``acled_sub_event_type``, ``fatalities``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from mapapp import gazetteer
from mapapp.countries import numeric_to_iso
from mapapp.errors import DataFileError, Problem, quote
from mapapp.readers import date_cells as dt
from mapapp.readers.generic import map_table
from mapapp.readers.result import ImportResult, build_result
from mapapp.readers.rows import Rows, texts
from mapapp.readers.text import read_table, sniff_delimiter
from mapapp.readers.vocab import normalize_header

REQUIRED = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "latitude",
    "longitude",
    "country",
    "location",
)
OLD_ONLY = ("data_id", "event_id_no_cnty", "iso3")
NEW_ONLY = ("disorder_type", "civilian_targeting", "tags")
SOURCE_URL = "https://acleddata.com/#"
_STRIKES = {"battles", "explosions/remote violence"}
_TIME = {"1": "day", "2": "week", "3": "month"}
_GEO = {"1": "city", "2": "city", "3": "region"}
_GEO_NOTE = {
    "2": "ACLED geo_precision 2: near this town or in the area it stands for",
    "3": "ACLED geo_precision 3: a larger region; the point stands for it",
}


def looks_like_acled(header: list[str]) -> bool:
    """True when a CSV header is ACLED's (it has event_id_cnty and event_date)."""
    names = {normalize_header(h) for h in header}
    return {"event_id_cnty", "event_date"} <= names


def read_acled(
    text: str, *, file: str, notes: list[str], dayfirst: bool | None = None
) -> ImportResult:
    """Read an ACLED CSV export into events; see :func:`mapapp.readers.read_file`."""
    table = read_table(text, file, sniff_delimiter(text, notes))
    rejected, source_rows = table.rejected, table.source_rows
    frame = pd.DataFrame(
        table.rows, columns=[normalize_header(h) for h in table.header], dtype=object
    )
    frame = frame.loc[:, ~frame.columns.duplicated()]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise DataFileError(
            Problem(
                file,
                None,
                None,
                f"is missing the ACLED column(s) {', '.join(missing)}; found "
                f"{', '.join(table.header)}",
                "export the file again from ACLED with all columns, or import it with --format csv",
            )
        )
    if any(c in frame.columns for c in NEW_ONLY):
        notes.append("ACLED export with the columns used since March 2023")
    elif any(c in frame.columns for c in OLD_ONLY):
        notes.append("ACLED export with the 2019–March 2023 columns")

    def col(name: str) -> pd.Series:
        if name not in frame:
            return pd.Series([""] * len(frame), dtype=object)
        return texts(frame[name]).reset_index(drop=True)

    rows = Rows(file, table.lines)
    mapped = _contract_cells(col, dayfirst, rows, notes)
    keep = np.flatnonzero(~rows.bad)
    result = map_table(
        mapped.iloc[keep].reset_index(drop=True),
        [rows.rows[i] for i in keep],
        file=file,
        report_ignored=False,
    )
    raw = result.raw
    position = {row: pos for pos, row in enumerate(rows.rows)}
    at = [position[r] for r in result.rows]
    raw["acled_event_type"] = col("event_type").iloc[at].to_numpy()
    raw["acled_sub_event_type"] = col("sub_event_type").iloc[at].to_numpy()
    raw["fatalities"] = pd.to_numeric(col("fatalities").iloc[at], errors="coerce").to_numpy()
    return build_result(
        raw,
        result.rows,
        file=file,
        format="acled",
        rejected=rejected + rows.rejected + result.rejected,
        notes=[*notes, *result.notes],
        source_rows=source_rows,
    )


def _contract_cells(
    col: Callable[[str], pd.Series], dayfirst: bool | None, rows: Rows, notes: list[str]
) -> pd.DataFrame:
    """ACLED's columns renamed and translated into the contract's (still as text cells)."""
    starts, ends, precisions = _dates(col("event_date"), col("time_precision"), dayfirst, rows)
    event_type, sub_type = col("event_type"), col("sub_event_type")
    location, geo = col("location"), col("geo_precision")
    ids = col("event_id_cnty")
    bad_geo = sorted(set(geo[(geo != "") & ~geo.isin(list(_GEO))]))
    if bad_geo:
        notes.append(
            f"geo_precision {', '.join(quote(v) for v in bad_geo[:5])} is not 1, 2 or "
            "3: assumed 'city'"
        )
    return pd.DataFrame(
        {
            "event_id": ids,
            "title": _titles(
                sub_type.where(sub_type != "", event_type), col("actor1"), col("actor2"), location
            ),
            "event_type": [_event_type(t, s) for t, s in zip(event_type, sub_type, strict=True)],
            "date_start": starts,
            "date_end": ends,
            "date_precision": precisions,
            "location": location,
            "country_code": _countries(col("country"), col("iso3"), col("iso")),
            "latitude": col("latitude"),
            "longitude": col("longitude"),
            "location_precision": geo.map(_GEO).fillna(""),
            "location_note": geo.map(_GEO_NOTE).fillna(""),
            "actors": _actors(
                [col(c) for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")]
            ),
            "source_url": [SOURCE_URL + i if i else "" for i in ids],
            "source_publisher": col("source"),
            "source_quote": col("notes"),
        }
    )


def _dates(
    dates: pd.Series, precision: pd.Series, dayfirst: bool | None, rows: Rows
) -> tuple[list[str | None], list[str | None], list[str]]:
    order = dt.decide_order([dates.tolist()], dayfirst)
    starts: list[str | None] = []
    ends: list[str | None] = []
    precisions: list[str] = []
    for pos, (text, code) in enumerate(zip(dates.tolist(), precision.tolist(), strict=True)):
        span = dt.parse_date(text, order) if text else None
        kind = _TIME.get(code or "1")
        if span is None or isinstance(span, dt.DateError):
            message = span.message if span is not None else "is empty"
            rows.reject(
                pos,
                "event_date",
                message,
                span.hint
                if span is not None
                else "ACLED events always have a date; give it as YYYY-MM-DD",
            )
        elif kind is None:
            rows.reject(
                pos,
                "time_precision",
                f"{quote(code)} is not 1, 2 or 3",
                "use 1 (the day), 2 (within a week) or 3 (only the month is known)",
            )
        else:
            day = span.start
            first, last = {
                "day": (day, day),
                "week": dt.week_around(day),
                "month": dt.month_of(day),
            }[kind]
            starts.append(first.isoformat())
            ends.append(last.isoformat())
            precisions.append(kind)
            continue
        starts.append(None)
        ends.append(None)
        precisions.append("unknown")
    return starts, ends, precisions


def _event_type(event_type: str, sub_type: str) -> str:
    if sub_type.strip().lower() == "agreement":
        return "agreement"
    if event_type.strip().lower() in _STRIKES:
        return "military_strike"
    return "other"


def _titles(
    kind: pd.Series, actor1: pd.Series, actor2: pd.Series, location: pd.Series
) -> list[str]:
    out = []
    for k, a1, a2, place in zip(kind, actor1, actor2, location, strict=True):
        who = " – ".join(a for a in (a1, a2) if a)
        title = f"{k or 'Event'}: {who}" if who else (k or "Event")
        out.append(f"{title} ({place})" if place else title)
    return out


def _countries(names: pd.Series, iso3: pd.Series, numeric: pd.Series) -> list[str]:
    out = []
    cache: dict[tuple[str, str, str], str] = {}
    for key in zip(names, iso3, numeric, strict=True):
        if key not in cache:
            name, alpha3, number = key
            cache[key] = (
                (gazetteer.country_code_for(name, demonyms=False) if name else None)
                or (gazetteer.country_code_for(alpha3.upper(), demonyms=False) if alpha3 else None)
                or (numeric_to_iso(number) if number else None)
                or ""
            )
        out.append(cache[key])
    return out


def _actors(columns: list[pd.Series]) -> list[str]:
    out = []
    for cells in zip(*columns, strict=True):
        names: list[str] = []
        for cell in cells:
            names += [n.strip() for n in cell.split(";") if n.strip()]
        out.append("; ".join(dict.fromkeys(names)))
    return out
