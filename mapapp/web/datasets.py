"""The page's data: the bundled dataset chosen in the sidebar (in the URL as ``data``), or the
file ``MAPAPP_DATA`` names. Streamlit-free; :mod:`mapapp.web.app` draws the choice and caches
what it loads.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from mapapp.bundled import BUNDLED_EVENTS, STATE_HISTORY_EVENTS
from mapapp.errors import DataFileError, Problem, UsageError
from mapapp.model import WGS84
from mapapp.web.page import DATA_ENV, read_data_file

DATASET = "data"  # the choice's widget key and query-string parameter


@dataclass(frozen=True)
class BundledChoice:
    """One choice of the page's dataset: its files and a line saying what it is."""

    files: tuple[Path, ...]
    about: str


STORY, TRAVEL, BOTH = "Afghanistan story 2019–2022", "US diplomatic travel 1866–2025", "Both"
# The choices by label; the label is what the URL carries (?data=Both).
BUNDLED_CHOICES: dict[str, BundledChoice] = {
    STORY: BundledChoice(
        (BUNDLED_EVENTS,),
        "The 26 events of Voice of America's “Frustrated with the Taliban, US Officials Meet "
        "Anti-Taliban Figures” (20 December 2022).",
    ),
    TRAVEL: BundledChoice(
        (STATE_HISTORY_EVENTS,),
        "Every foreign trip of US Presidents and Secretaries of State (one event per city) and "
        "every visit of a foreign leader to the US, from the Office of the Historian, U.S. "
        "Department of State (public domain, CC0).",
    ),
    BOTH: BundledChoice(
        (BUNDLED_EVENTS, STATE_HISTORY_EVENTS),
        "The Afghanistan story and US diplomatic travel together.",
    ),
}
# The seed story stays the default while the map counts more than 2,000 events in grid areas
# (mapapp.render.aggregate): at 8,000 events the travel records would open as grid areas only.
# Once the map shows individual events when zoomed in, make BOTH the default.
DEFAULT_CHOICE = STORY
# The sidebar's radio buttons (the page adds ``bind="query-params"``).
CHOICE_WIDGET: dict[str, Any] = {
    "label": "Dataset",
    "options": list(BUNDLED_CHOICES),
    "index": list(BUNDLED_CHOICES).index(DEFAULT_CHOICE),
    "key": DATASET,
}


def data_override(environ: Mapping[str, str] | None = None) -> Path | None:
    """The file ``$MAPAPP_DATA`` names (None when it is unset or blank)."""
    value = (os.environ if environ is None else environ).get(DATA_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_paths(choice: str | None, environ: Mapping[str, str] | None = None) -> tuple[Path, ...]:
    """The files the page shows: ``$MAPAPP_DATA`` when set, else the chosen bundled dataset.

    An unknown choice (a hand-edited link) shows the default.

    Examples
    --------
    >>> [p.name for p in data_paths("Both", {})]
    ['events.geojson', 'state_history.parquet']
    """
    override = data_override(environ)
    if override is not None:
        return (override,)
    return BUNDLED_CHOICES.get(choice or DEFAULT_CHOICE, BUNDLED_CHOICES[DEFAULT_CHOICE]).files


def read_data_files(paths: Iterable[Path]) -> tuple[gpd.GeoDataFrame, tuple[str, ...]]:
    """Read several files (as ``mapapp.web.page.read_data_file`` does) into one frame, in order.

    Raises
    ------
    MapAppError
        As for :func:`mapapp.web.page.read_data_file`; also when two files share an event id.
    """
    frames: list[gpd.GeoDataFrame] = []
    remarks: tuple[str, ...] = ()
    for path in paths:
        events, notes = read_data_file(path)
        frames.append(events)
        remarks += notes
    if len(frames) == 1:
        return frames[0], remarks
    events = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=WGS84)
    repeated = events["event_id"][events["event_id"].duplicated()]
    if len(repeated):
        raise UsageError(
            f"the data files share event ids ({', '.join(repeated.head(5))}); give every event "
            "its own id"
        )
    return events, remarks


def file_stamps(paths: Iterable[Path]) -> tuple[tuple[int, int], ...]:
    """Size and modification time of each file (a cache key), or a DataFileError naming it."""
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError as err:
            raise DataFileError(
                Problem(
                    str(path),
                    None,
                    None,
                    f"cannot be opened ({err.strerror or 'no such file'})",
                    f"set {DATA_ENV} to an existing events file, or unset it to show the "
                    "bundled data",
                )
            ) from err
        stamps.append((stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)
