"""Date window, type, actor, country and text filters: a typed event frame → a smaller one.

Semantics (the same in the slider, the CLI and the API): an event is inside the window
[start, end] when its span [date_start, date_end] overlaps it. An *undated* event (both dates
missing, date_precision ``unknown``) overlaps no window, so it is left out whenever ``start`` or
``end`` is given — even a window that covers the whole data span. Pass ``start=None,
end=None`` to keep undated events; the page counts them with :func:`undated_mask` and shows
them apart ("undated: N").

Within one filter the values are alternatives (OR); different filters must all hold (AND). Empty
filters do not filter. Everything is vectorised: 100,000 events filter in a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from itertools import chain

import geopandas as gpd
import numpy as np
import pandas as pd

from mapapp.errors import UsageError, quote
from mapapp.model import EVENT_TYPES
from mapapp.search import ACCENT_TABLE, search_variants

TEXT_SEARCH_COLUMNS: tuple[str, ...] = ("title", "summary", "source_quote")


def _bound(value: object, name: str) -> pd.Timestamp | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return pd.Timestamp(dt.date.fromisoformat(value.strip()))
        except ValueError as err:
            raise UsageError(
                f"{name} {quote(value)} is not a date — write it as YYYY-MM-DD, e.g. 2022-12-20"
            ) from err
    if isinstance(value, (dt.date, pd.Timestamp, np.datetime64)):
        stamp = pd.Timestamp(value)
        if stamp is pd.NaT:
            return None
        return stamp.tz_localize(None).normalize() if stamp.tzinfo else stamp.normalize()
    raise UsageError(
        f"{name} {quote(value)} is a {type(value).__name__}, not a date — pass a datetime.date"
    )


def _spans(gdf: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(first day, last day) of every event; a missing end stands in for the start and back."""
    start = pd.to_datetime(gdf["date_start"])
    end = pd.to_datetime(gdf["date_end"])
    return start.fillna(end), end.fillna(start)


def undated_mask(gdf: pd.DataFrame) -> pd.Series:
    """True for events with neither date_start nor date_end (they overlap no date window)."""
    return gdf["date_start"].isna() & gdf["date_end"].isna()


def _norm_list(values: Iterable[str] | str, name: str) -> list[str]:
    if isinstance(values, str):
        values = [values]
    out = []
    for value in values:
        if not isinstance(value, str):
            raise UsageError(f"{name} {quote(value)} is not text — pass names as strings")
        if value.strip():
            out.append(value.strip())
    return out


def filter_events(
    gdf: gpd.GeoDataFrame,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    types: Iterable[str] = (),
    actors: Iterable[str] = (),
    countries: Iterable[str] = (),
    text: str = "",
) -> gpd.GeoDataFrame:
    """Select the events that match every given filter.

    Parameters
    ----------
    gdf : GeoDataFrame
        A typed event frame (see :mod:`mapapp.model`).
    start, end : datetime.date, optional
        The window, both ends included; either may be None (open). When either is given,
        undated events are left out.
    types : iterable of str
        Event types (``meeting``, ``visit``, …); any of them.
    actors : iterable of str
        Actor names; an event matches when any of its actors is one of them (case-insensitive).
    countries : iterable of str
        ISO 3166-1 alpha-2 codes (case-insensitive); any of them.
    text : str
        Case-insensitive literal substring searched in title, summary and source_quote.

    Returns
    -------
    GeoDataFrame
        The matching rows, in their original order, with their original index.

    Raises
    ------
    UsageError
        When start is after end, a type is unknown, or a bound is not a date.

    Examples
    --------
    >>> shown = filter_events(events, start=dt.date(2022, 12, 1), types=["meeting"])
    >>> set(shown["event_type"]), bool((shown["date_end"] >= "2022-12-01").all())
    ({'meeting'}, True)
    """
    lo, hi = _bound(start, "start"), _bound(end, "end")
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(
            f"start {lo.date()} is after end {hi.date()} — swap them, or leave one of them empty"
        )
    if not isinstance(text, str):
        raise UsageError(f"text {quote(text)} is not a string — pass the words to search for")
    wanted_types = _norm_list(types, "type")
    unknown = [t for t in wanted_types if t not in EVENT_TYPES]
    if unknown:
        raise UsageError(
            f"unknown event type {quote(unknown[0])} — use one of: {', '.join(EVENT_TYPES)}"
        )
    wanted_countries = {c.upper() for c in _norm_list(countries, "country")}
    wanted_actors = {a.casefold() for a in _norm_list(actors, "actor")}

    # Cheap, fully vectorised filters first; the per-row ones only look at what is left.
    mask = np.ones(len(gdf), dtype=bool)
    if lo is not None or hi is not None:
        first, last = _spans(gdf)
        mask &= first.notna().to_numpy()
        if hi is not None:
            mask &= (first <= hi).to_numpy(dtype=bool, na_value=False)
        if lo is not None:
            mask &= (last >= lo).to_numpy(dtype=bool, na_value=False)
    if wanted_types:
        mask &= _matches(gdf["event_type"], lambda t: t in wanted_types)
    if wanted_countries:
        mask &= _matches(gdf["country_code"], lambda c: c.strip().upper() in wanted_countries)
    if wanted_actors:
        rows = np.flatnonzero(mask)
        mask[rows] = _has_actor(gdf["actors"].to_numpy(dtype=object)[rows], wanted_actors)
    if text.strip():
        rows = np.flatnonzero(mask)
        mask[rows] = _has_text(gdf.iloc[rows], text.strip())
    return gdf[mask]


def _matches(series: pd.Series, test: Callable[[str], bool]) -> np.ndarray:
    """Apply ``test`` to each distinct text value once (missing and non-text never match)."""
    codes, uniques = pd.factorize(series)
    hits = np.array([isinstance(u, str) and test(u) for u in uniques] + [False], dtype=bool)
    return hits[codes]


def _has_actor(lists: np.ndarray, wanted: set[str]) -> np.ndarray:
    """True where any of the event's actors is wanted (names compared casefolded)."""
    rows = [a if isinstance(a, (list, tuple, np.ndarray)) else () for a in lists]
    names = set(chain.from_iterable(rows))
    matching = {n for n in names if isinstance(n, str) and n.casefold() in wanted}
    return np.fromiter((not matching.isdisjoint(a) for a in rows), dtype=bool, count=len(rows))


def _has_text(gdf: pd.DataFrame, text: str) -> np.ndarray:
    """True where a text column, folded (:func:`mapapp.search.fold_text`), holds any variant."""
    found = np.zeros(len(gdf), dtype=bool)
    variants = search_variants(text)
    for column in TEXT_SEARCH_COLUMNS:
        if column in gdf.columns:
            values = gdf[column]
            if values.dtype == object:  # pandas 2, or a frame built by hand
                values = values.astype("string")
            folded = values.str.translate(ACCENT_TABLE).str.lower()
            for variant in variants:
                hits = folded.str.contains(variant, regex=False, na=False)
                found |= hits.to_numpy(dtype=bool, na_value=False)
    return found


def date_bounds(gdf: pd.DataFrame) -> tuple[dt.date, dt.date]:
    """First and last day covered by any dated event: stable bounds for a date slider.

    Returns
    -------
    (datetime.date, datetime.date)
        The earliest date_start and the latest date_end (each falling back on the other).

    Raises
    ------
    UsageError
        When no event has a date.
    """
    first, last = _spans(gdf)
    if first.notna().sum() == 0:
        raise UsageError(
            f"none of the {len(gdf)} events has a date — add date_start/date_end, or leave "
            "the date window out"
        )
    return first.min().date(), last.max().date()


def actor_choices(gdf: pd.DataFrame) -> list[str]:
    """Every actor named in the frame, once, sorted case-insensitively."""
    names = gdf["actors"].explode().dropna()
    unique = {n for n in names.tolist() if isinstance(n, str) and n.strip()}
    return sorted(unique, key=lambda n: (n.casefold(), n))


def country_choices(gdf: pd.DataFrame) -> list[str]:
    """Every country code in the frame, once, upper case, sorted."""
    codes = gdf["country_code"].dropna().astype(str).str.strip().str.upper()
    return sorted({c for c in codes.tolist() if c})
