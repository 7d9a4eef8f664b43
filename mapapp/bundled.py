"""The bundled data in ``geodata/``: where it is, and the tables beside the events.

``geodata/`` sits at the top of the repository, where people edit it, and is installed inside the
package as ``mapapp.data`` (``pyproject.toml`` maps one onto the other), so the same code finds it
in a checkout, in Streamlit Community Cloud (which runs the checkout) and in an installed wheel.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from mapapp.model import LIST_SEPARATOR

__all__ = [
    "ACTORS_FILE",
    "BUNDLED_EVENTS",
    "GEODATA_DIR",
    "PLACES_FILE",
    "SOURCES_FILE",
    "STATE_HISTORY_EVENTS",
    "affiliations",
    "bundled_source",
    "load_sources",
    "read_actors",
]


def _data_dir() -> Path:
    """The installed ``mapapp.data`` package, or ``geodata/`` beside the package in a checkout."""
    try:
        spec = importlib.util.find_spec("mapapp.data")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / "events.geojson").is_file():
                return Path(location)
    return Path(__file__).resolve().parent.parent / "geodata"


GEODATA_DIR = _data_dir()
BUNDLED_EVENTS = GEODATA_DIR / "events.geojson"
ACTORS_FILE = GEODATA_DIR / "actors.csv"
SOURCES_FILE = GEODATA_DIR / "sources.csv"
PLACES_FILE = GEODATA_DIR / "places.csv"
# The US Office of the Historian's trips and visits (scripts/state_history.py rebuilds it).
STATE_HISTORY_EVENTS = GEODATA_DIR / "state_history.parquet"


@lru_cache(maxsize=4)
def load_sources(path: Path = SOURCES_FILE) -> dict[str, str]:
    """Bundled source texts by URL (``geodata/sources.csv``); empty when there are none."""
    if not path.exists():
        return {}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {
        row.source_url: (path.parent / row.file).read_text(encoding="utf-8")
        for row in table.itertuples()
    }


def bundled_source(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The ``sources.csv`` row of a bundled source text (by file content), or None."""
    if not SOURCES_FILE.exists():
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    table = pd.read_csv(SOURCES_FILE, dtype=str, keep_default_na=False)
    for row in table.to_dict("records"):
        candidate = SOURCES_FILE.parent / row["file"]
        if candidate.exists() and candidate.read_bytes() == data:
            published = row.get("source_published") or None
            row["source_published"] = dt.date.fromisoformat(published) if published else None
            return row
    return None


def read_actors(path: Path | None = None) -> pd.DataFrame:
    """The actors table: name, aliases (list), affiliation, role, note."""
    path = path or ACTORS_FILE
    if not path.exists():
        return pd.DataFrame(columns=["name", "aliases", "affiliation", "role", "note"])
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table["aliases"] = table["aliases"].map(
        lambda s: [a.strip() for a in s.split(LIST_SEPARATOR.strip()) if a.strip()]
    )
    return table


def affiliations(actors: pd.DataFrame | None = None) -> dict[str, str]:
    """Map every actor name and alias to its affiliation."""
    table = read_actors() if actors is None else actors
    out: dict[str, str] = {}
    for row in table.itertuples():
        for name in [row.name, *row.aliases]:
            out[name] = row.affiliation
    return out
