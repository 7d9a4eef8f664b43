"""The display copy of the events: what the map draws, escaped, labelled and placed.

Everything that reaches folium comes from :func:`prepare_for_folium`, which escapes every text
property with :func:`mapapp.render.escape.escape_text` (folium renders data through Jinja twice
and puts tooltip values into ``innerHTML``; see the module docstring of
:mod:`mapapp.render.escape`).

Several events at one place (Doha, Kabul, Washington) are drawn at the place itself, where the
map groups them behind a count badge (:mod:`mapapp.render.cluster`); their tooltips say
"2 of 3 events here", in a fixed order (date, then event_id).
Events closest across the antimeridian are drawn side by side, with :func:`event_bounds` the
short view across it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mapapp.model import LIST_SEPARATOR, TEXT_COLUMNS, WGS84, is_missing, longitude_span, mappable
from mapapp.render.escape import escape_text, safe_href
from mapapp.render.style import (
    COLOUR_GROUPS,
    STATUS_LABELS,
    TYPE_LABELS,
    brief_list,
    colour_group,
    colour_values,
    date_label,
    marker_style,
    place_label,
)

__all__ = [
    "PREPARED",
    "PREPARED_COLUMNS",
    "event_bounds",
    "here_labels",
    "is_prepared",
    "prepare_for_folium",
]

PREPARED = "mapapp_prepared"  # key in GeoDataFrame.attrs marking a display copy
PREPARED_COLUMNS = frozenset({"style", "date_label", "place_label", "here_label", "lat", "lon"})
PLACE_DECIMALS = 4  # points closer than ~10 m count as one place
DATE_OUTPUT = ("date_start", "date_end", "source_published")
STYLE_INPUTS = ("alignment", "location_precision", "location_basis", "status", "event_type")


def default_affiliations() -> dict[str, str]:
    """Actor name/alias → affiliation from the bundled ``geodata/actors.csv``."""
    from mapapp.bundled import affiliations

    return affiliations()


def is_prepared(gdf: pd.DataFrame) -> bool:
    """A display copy made by :func:`prepare_for_folium` (its text is escaped): escape once.

    Column names alone are not enough: a data file may carry extra columns named like ours and
    must never be mistaken for escaped text. Slicing and assign() keep ``attrs``; display copies
    are never concatenated.
    """
    return bool(gdf.attrs.get(PREPARED)) and set(gdf.columns) >= PREPARED_COLUMNS


def prepare_for_folium(
    gdf: gpd.GeoDataFrame, affiliations: Mapping[str, str] | None = None, *, links: bool = True
) -> gpd.GeoDataFrame:
    """Make the display copy of the mappable events: escaped text, labels, styles, ISO dates.

    Parameters
    ----------
    gdf : GeoDataFrame
        A typed event frame (see :mod:`mapapp.model`). Not modified.
    affiliations : mapping, optional
        Actor name or alias → affiliation; default: ``geodata/actors.csv``.
    links : bool
        Build ``source_link`` (the popups' source link, for the HTML export). The page's
        markers show no popup and leave it off: on the page's marker layers it was about a
        seventh of the time to build them.

    Returns
    -------
    GeoDataFrame
        Only events with a geometry, same index. Every contract text column escaped (missing →
        ""); dates as ``YYYY-MM-DD`` ("" when missing); ``actors`` a list of escaped names;
        added: ``type_label``, ``status_label``, ``alignment``, ``alignment_label``,
        ``actors_label``, ``actors_brief`` (the first three and how many more),
        ``date_label``, ``place_label``, ``here_label`` (escaped),
        ``source_link`` (with ``links``: an ``<a>`` for http(s) URLs only, else the escaped URL
        as text),
        ``style`` (see :func:`mapapp.style.marker_style`), ``lat``/``lon`` (the event's own
        place, as drawn); geometry is the drawn point.
    """
    if affiliations is None:
        affiliations = default_affiliations()
    lookup = {**{k.casefold(): v for k, v in affiliations.items()}, **affiliations}
    src = gdf[mappable(gdf)]
    out = pd.DataFrame(index=src.index)
    missing = pd.Series([None] * len(src), index=src.index, dtype=object)

    def column(name: str) -> pd.Series:
        return src[name] if name in src.columns else missing

    for name in TEXT_COLUMNS:
        out[name] = _per_distinct(escape_text, column(name))
    for name in DATE_OUTPUT:
        dates = pd.to_datetime(column(name))
        out[name] = dates.dt.strftime("%Y-%m-%d").astype(object).where(dates.notna(), "")
    actors = pd.Series(
        [tuple(a) if isinstance(a, (list, tuple, np.ndarray)) else () for a in column("actors")],
        index=src.index,
        dtype=object,
    )
    out["actors"] = [list(a) for a in _per_distinct(lambda a: tuple(map(escape_text, a)), actors)]
    out["actors_label"] = _per_distinct(
        lambda a: escape_text(LIST_SEPARATOR.join(map(str, a or ()))), actors
    )
    out["actors_brief"] = _per_distinct(lambda a: escape_text(brief_list(a or ())), actors)
    out = out.assign(**_labels(src, column, actors, lookup))
    if links:
        out["source_link"] = _per_distinct(
            _source_link, column("source_url"), column("source_title"), column("source_publisher")
        )
    out["style"] = _per_distinct(
        lambda *key: marker_style(dict(zip(STYLE_INPUTS, key, strict=True))),
        out["alignment"],
        column("location_precision"),
        column("location_basis"),
        column("status"),
        column("event_type"),
    )
    out["lat"] = src.geometry.y.to_numpy(dtype=float)
    out["lon"] = _display_longitudes(src.geometry.x.to_numpy(dtype=float))
    out["here_label"] = here_labels(out)
    prepared = gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(out["lon"], out["lat"]), crs=WGS84)
    prepared.attrs[PREPARED] = True
    return prepared


def _labels(
    src: gpd.GeoDataFrame,
    column: Callable[[str], pd.Series],
    actors: pd.Series,
    lookup: Mapping[str, str],
) -> dict[str, Any]:
    """The escaped labels of the display copy: type, status, colour group, date and place."""
    out: dict[str, Any] = {}
    out["type_label"] = _per_distinct(
        lambda t: escape_text(TYPE_LABELS.get(t, t)), column("event_type")
    )
    out["status_label"] = _per_distinct(
        lambda s: escape_text(STATUS_LABELS.get(s, s)), column("status")
    )
    out["alignment"] = _colour_groups(src, column("dataset"), actors, lookup)
    out["alignment_label"] = [escape_text(COLOUR_GROUPS[a]["label"]) for a in out["alignment"]]
    out["date_label"] = _per_distinct(
        lambda *a: escape_text(date_label(*a)),
        column("date_start"),
        column("date_end"),
        column("date_precision"),
    )
    out["place_label"] = _per_distinct(
        lambda *a: escape_text(place_label(*a)),
        column("place_name"),
        column("country_code"),
        column("location_precision"),
        column("location_basis"),
        column("location_note"),
    )
    return out


def _colour_groups(
    src: gpd.GeoDataFrame, datasets: pd.Series, actors: pd.Series, lookup: Mapping[str, str]
) -> np.ndarray:
    """Each event's colour group: its dataset's own (who travelled), else its actors' alignment."""
    return _per_distinct(
        lambda d, v, a: colour_group(d, v, a or (), lookup), datasets, colour_values(src), actors
    )


def _per_distinct(func: Callable[..., Any], *columns: pd.Series) -> np.ndarray:
    """``func(*row)`` for every row, computed once per distinct row; missing values → None."""
    arrays = [
        c.to_numpy() if pd.api.types.is_datetime64_any_dtype(c) else c.to_numpy(dtype=object)
        for c in columns
    ]
    key = np.zeros(len(arrays[0]), dtype=np.int64)
    for array in arrays:  # one small integer per distinct combination so far
        codes, uniques = pd.factorize(array)
        key = pd.factorize(key * (len(uniques) + 1) + (codes + 1))[0]
    distinct, first = np.unique(key, return_index=True)
    values = np.empty(len(distinct), dtype=object)
    for k, pos in enumerate(first):
        values[k] = func(*(None if is_missing(a[pos]) else a[pos] for a in arrays))
    return values[key]  # key is 0..len(distinct)-1 in order of first appearance


def _source_link(url: object, title: object, publisher: object) -> str:
    """An escaped ``<a>`` to an http(s) source; any other URL is shown as inert text."""
    text = next((v for v in (title, publisher, url) if isinstance(v, str) and v.strip()), "")
    href = safe_href(url)
    if href is None:
        shown = escape_text(url)
        return f"{shown} (not a web address; no link)" if shown else ""
    return (
        f'<a href="{href}" target="_blank" rel="noopener noreferrer nofollow">'
        f"{escape_text(text)}</a>"
    )


def _place_groups(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Events sharing a place: (row positions in group order, rank in group, group size).

    Groups are points within ~10 m of each other (lat/lon rounded); inside a group, events are
    ordered by date_start, then event_id, so the result does not depend on row order.
    """
    table = pd.DataFrame(
        {
            "klat": np.round(frame["lat"].to_numpy(dtype=float), PLACE_DECIMALS),
            "klon": np.round(frame["lon"].to_numpy(dtype=float), PLACE_DECIMALS),
            "date": frame["date_start"].to_numpy(),
            "eid": frame["event_id"].to_numpy(),
            "pos": np.arange(len(frame)),
        }
    ).sort_values(["klat", "klon", "date", "eid", "pos"], kind="stable")
    groups = table.groupby(["klat", "klon"], sort=False)
    count = groups["pos"].transform("size").to_numpy()
    return table["pos"].to_numpy(), groups.cumcount().to_numpy(), count


def here_labels(frame: pd.DataFrame) -> list[str]:
    """ "2 of 3 events here" for events sharing a place with others in ``frame``."""
    labels = [""] * len(frame)
    if len(frame):
        order, rank, count = _place_groups(frame)
        for pos, k, c in zip(order.tolist(), rank.tolist(), count.tolist(), strict=True):
            if c > 1:
                labels[pos] = f"{k + 1} of {c} events here"
    return labels


def _latlon(gdf: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    if is_prepared(gdf):
        return gdf["lat"].to_numpy(dtype=float), gdf["lon"].to_numpy(dtype=float)
    points = gdf.geometry[mappable(gdf)]
    return points.y.to_numpy(dtype=float), points.x.to_numpy(dtype=float)


def _display_longitudes(lon: np.ndarray) -> np.ndarray:
    """Longitudes to draw at: events closest across the antimeridian (Fiji and Samoa) are drawn
    side by side, west ones past 180, as the view fitted to them (:func:`event_bounds`) spans
    it; Leaflet draws a marker at its own longitude only."""
    if len(lon) == 0:
        return lon
    west, east = longitude_span(lon)
    return np.where(lon < 0, lon + 360.0, lon) if west > east else lon


def event_bounds(gdf: gpd.GeoDataFrame, min_span: float = 1.0) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` of the mappable events, at least ``min_span`` degrees.

    Events on both sides of the antimeridian (Fiji and Samoa) get the short box across it, with
    east past 180 as Leaflet expects, not a box around the whole world.
    """
    lat, lon = _latlon(gdf)
    if len(lat) == 0:
        return None
    west, east = longitude_span(lon)
    if west > east:
        east += 360.0
    south, north = lat.min(), lat.max()
    if north - south < min_span:
        mid = (north + south) / 2
        south, north = max(mid - min_span / 2, -90.0), min(mid + min_span / 2, 90.0)
    if east - west < min_span:
        mid = (east + west) / 2
        west, east = mid - min_span / 2, mid + min_span / 2
    return [[float(south), float(west)], [float(north), float(east)]]
