"""What a visitor adds in one browser session, and how it joins the bundled events.

Two kinds of additions, both held in the visitor's ``st.session_state`` (never on disk):

* uploaded files (one :class:`Batch` each, from :func:`mapapp.readers.read_bytes`), each a
  layer the visitor can switch off or remove, shown *with* the bundled events or *instead of*
  them;
* events accepted from a news article (candidates of :func:`mapapp.extract.extract_events`,
  edited by the visitor and checked again by :func:`accepted_events`).

Event ids. The contract says an ``event_id`` names one event and is never reused, so an added
event whose id is already on the map is taken to be the *same* event: it is **not added again**
(the event already shown is kept) and the page lists the ids it skipped. Order of precedence:
the bundled events, then the uploads in the order they came, then the article events.
Accepting an article candidate again (after editing it) replaces the earlier accepted version
of that candidate.

Nothing here imports streamlit: the page (:mod:`mapapp.web.add`) calls these functions and keeps
their results in ``st.session_state``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mapapp import gazetteer
from mapapp.errors import Problem, quote
from mapapp.export import to_csv_bytes
from mapapp.model import EVENT_COLUMNS, LIST_SEPARATOR, WGS84
from mapapp.records import parse_events
from mapapp.validate import validate_events

# Columns of the candidates table the visitor edits (plus ``source_quote``, read-only).
EDITABLE_COLUMNS: tuple[str, ...] = (
    "title",
    "event_type",
    "status",
    "date_start",
    "date_end",
    "date_precision",
    "place_name",
    "country_code",
    "actors",
)
ACCEPT = "accept"
EDITOR_COLUMNS: tuple[str, ...] = (ACCEPT, *EDITABLE_COLUMNS, "source_quote")
CANDIDATE_FILE = "candidate"  # the "file" of article problems: "candidate:3: title: …"
SKIPPED_SHOWN = 10  # ids named in a "not added again" note


# --------------------------------------------------------------------------------------------
# the session's additions


@dataclass(frozen=True)
class Batch:
    """A set of added events with a label for people and a digest of its content.

    ``digest`` identifies the content (and the options it was read with): equal digests mean
    equal events, so it can key caches. The frame itself is not compared or hashed.
    """

    label: str
    digest: str
    events: gpd.GeoDataFrame = field(compare=False, repr=False)


@dataclass(frozen=True)
class Added:
    """Everything the visitor added: uploads, accepted article events, and the uploads' mode.

    ``uploads`` are in the order they came, one per file content (:attr:`Batch.digest`);
    ``off`` holds the digests of the uploads switched off (kept, but not shown); ``replace``
    = show the uploads that are on *instead of* the bundled events (article events stay).
    """

    uploads: tuple[Batch, ...] = ()
    articles: Batch | None = None
    replace: bool = False
    off: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        """True when nothing was added (the page shows the bundled events alone)."""
        return not self.uploads and self.articles is None

    @property
    def shown_uploads(self) -> tuple[Batch, ...]:
        """The uploads switched on, in the order they came."""
        return tuple(b for b in self.uploads if b.digest not in self.off)

    @property
    def replaces_base(self) -> bool:
        """True when uploads are shown instead of the bundled events (some upload is on)."""
        return self.replace and bool(self.shown_uploads)

    def key(self) -> str:
        """A short string that changes whenever the combined events would change."""
        parts = [
            f"uploads={','.join(b.digest for b in self.shown_uploads) or '-'}",
            f"replace={int(self.replaces_base)}",
            f"articles={self.articles.digest if self.articles else '-'}",
        ]
        return "|".join(parts)

    def with_upload(self, batch: Batch) -> Added:
        """These additions and one more upload (the same content again is one upload, on)."""
        uploads = (*(b for b in self.uploads if b.digest != batch.digest), batch)
        return replace(self, uploads=uploads, off=self.off - {batch.digest})

    def without_upload(self, digest: str) -> Added:
        """These additions without the upload of this digest."""
        uploads = tuple(b for b in self.uploads if b.digest != digest)
        return replace(self, uploads=uploads, off=self.off - {digest})

    def with_shown(self, digest: str, on: bool) -> Added:
        """The upload of this digest switched on (True) or off (False)."""
        off = self.off - {digest} if on else self.off | {digest}
        return replace(self, off=frozenset(off))

    def with_mode(self, replace_base: bool) -> Added:
        """The same additions, shown with (False) or instead of (True) the bundled events."""
        return replace(self, replace=bool(replace_base))

    def with_articles(self, events: gpd.GeoDataFrame, label: str = "article events") -> Added:
        """Add accepted article events; an id accepted before is replaced by the new version."""
        if self.articles is not None and len(self.articles.events):
            old = self.articles.events
            kept = old[~old["event_id"].isin(set(events["event_id"]))]
            events = concat_events([kept, events])
        return replace(self, articles=Batch(label, frame_digest(events), events))


def content_digest(data: bytes, *options: str) -> str:
    """SHA-256 of an upload's bytes and the options it is read with (hex, 24 characters)."""
    h = hashlib.sha256(data)
    for option in options:
        h.update(b"\0" + str(option).encode("utf-8"))
    return h.hexdigest()[:24]


def frame_digest(events: gpd.GeoDataFrame) -> str:
    """SHA-256 of events as our CSV (every column and the coordinates), 24 hex characters."""
    return hashlib.sha256(to_csv_bytes(events)).hexdigest()[:24]


def cache_key(base_version: str, added: Added) -> str:
    """The key of the combined dataset: the base file's version and the additions' digests."""
    return f"{base_version}||{added.key()}"


def concat_events(frames: Sequence[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Stack event frames (contract columns first, extra columns after), index 0..n-1."""
    parts = [f for f in frames if len(f)]
    if not parts:
        return frames[0].iloc[0:0].reset_index(drop=True) if frames else _empty()
    if len(parts) == 1:
        return parts[0].reset_index(drop=True)
    out = pd.concat(parts, ignore_index=True)
    return gpd.GeoDataFrame(out, geometry="geometry", crs=WGS84)


def _empty() -> gpd.GeoDataFrame:
    from mapapp.records import empty_events

    return empty_events()


@dataclass(frozen=True)
class Combined:
    """The events the page shows, and what was left out of the additions."""

    events: gpd.GeoDataFrame
    notes: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # event ids not added again


def combine_events(base: gpd.GeoDataFrame, added: Added) -> Combined:
    """The bundled (or ``MAPAPP_DATA``) events joined with the session's additions.

    Parameters
    ----------
    base : GeoDataFrame
        The page's own events (typed frame).
    added : Added
        The session's upload, its mode, and the accepted article events.

    Returns
    -------
    Combined
        ``events``: base (unless ``added.replaces_base``), then the uploads that are on, then
        the article events, each without the rows whose ``event_id`` is already taken;
        ``skipped``: those ids; ``notes``: one line per batch that lost rows.

    Examples
    --------
    >>> combine_events(events, Added()).events is events
    True
    """
    if added.empty:
        return Combined(base)
    frames: list[gpd.GeoDataFrame] = []
    seen: set[str] = set()
    notes: list[str] = []
    skipped: list[str] = []
    batches = [] if added.replaces_base else [("the page's data", base)]
    batches += [(b.label, b.events) for b in added.shown_uploads]
    batches += [(added.articles.label, added.articles.events)] if added.articles else []
    for label, events in batches:
        ids = events["event_id"].astype(object)
        taken = ids.isin(seen).to_numpy()
        if taken.any():
            lost = [str(i) for i in ids[taken].tolist()]
            skipped += lost
            notes.append(_skipped_note(label, lost))
            events = events[~taken]
        seen.update(events["event_id"].tolist())
        frames.append(events)
    return Combined(concat_events(frames), tuple(notes), tuple(skipped))


def _skipped_note(label: str, ids: list[str]) -> str:
    shown = ", ".join(ids[:SKIPPED_SHOWN]) + (" …" if len(ids) > SKIPPED_SHOWN else "")
    n = len(ids)
    return (
        f"{n:,} event{'s' if n != 1 else ''} from {label} not added again: "
        f"{'their event_id is' if n != 1 else 'its event_id is'} already on the map "
        f"(the same id means the same event) — {shown}"
    )


# --------------------------------------------------------------------------------------------
# article candidates: the editable table and the events accepted from it


def editor_frame(candidates: gpd.GeoDataFrame) -> pd.DataFrame:
    """The candidates as the page's editable table: plain cells, numbered from 1.

    ``accept`` starts unticked; dates are ``datetime.date`` (or None); actors are one
    ``"; "``-joined string; ``source_quote`` (the sentence) is shown read-only.
    """
    out = pd.DataFrame(index=pd.RangeIndex(1, len(candidates) + 1, name="#"))
    out[ACCEPT] = False
    for name in EDITABLE_COLUMNS:
        values = candidates[name].tolist()
        if name in ("date_start", "date_end"):
            values = [None if _missing(v) else pd.Timestamp(v).date() for v in values]
        elif name == "actors":
            values = [LIST_SEPARATOR.join(v) if isinstance(v, list) else "" for v in values]
        else:
            values = [None if _missing(v) else str(v) for v in values]
        out[name] = pd.Series(values, index=out.index, dtype=object)
    out["source_quote"] = pd.Series(candidates["source_quote"].tolist(), index=out.index)
    return out


def accepted_events(
    candidates: gpd.GeoDataFrame, edited: pd.DataFrame
) -> tuple[gpd.GeoDataFrame, list[Problem], list[str]]:
    """The ticked candidates with the visitor's edits, checked like any imported event.

    Parameters
    ----------
    candidates : GeoDataFrame
        The frame :func:`mapapp.extract.extract_events` returned (row i ↔ table row i + 1).
    edited : DataFrame
        The table as edited (columns :data:`EDITOR_COLUMNS`, index 1..n as in
        :func:`editor_frame`).

    Returns
    -------
    (GeoDataFrame, list of Problem, list of str)
        The accepted events (empty when any of them has a problem: nothing is added until
        every ticked row is valid), the problems (``candidate:ROW: column: … — fix``), and
        notes on places looked up again because the visitor changed them.
    """
    ticked = [int(i) for i, v in zip(edited.index, edited[ACCEPT], strict=True) if _ticked(v)]
    if not ticked:
        return candidates.iloc[0:0].reset_index(drop=True), [], []
    problems: list[Problem] = []
    notes: list[str] = []
    records = []
    for row in ticked:
        original = candidates.iloc[row - 1]
        change = edited.loc[row]
        record = _record(original, change)
        _relocate(record, original, row, problems, notes)
        records.append(record)
    raw = pd.DataFrame(records, columns=[*EVENT_COLUMNS, "geometry"])
    gdf, parsed = parse_events(raw, file=CANDIDATE_FILE, rows=ticked)
    problems += parsed
    problems += validate_events(gdf, file=CANDIDATE_FILE, rows=ticked)
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    if problems:
        return gdf.iloc[0:0], problems, notes
    return gdf, [], notes


def _ticked(value: object) -> bool:
    return isinstance(value, (bool, np.bool_)) and bool(value)


def _missing(value: object) -> bool:
    return (
        value is None
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
        or (isinstance(value, str) and not value.strip())
    )


def _text(value: object) -> str | None:
    return None if _missing(value) else str(value).strip()


def _iso(value: object) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()[:10]  # the editor may hand back "2022-12-20T00:00:00"


def _record(original: pd.Series, change: pd.Series) -> dict[str, Any]:
    """The candidate's cells with the edited ones put in (raw, as a reader would give them)."""
    record: dict[str, Any] = {name: original.get(name) for name in EVENT_COLUMNS}
    for name in ("date_start", "date_end", "source_published"):
        record[name] = _iso(record[name])
    for name in EDITABLE_COLUMNS:
        value = change.get(name)
        if name in ("date_start", "date_end"):
            record[name] = _iso(value)
        elif name == "actors":
            text = _text(value) or ""
            record[name] = [a.strip() for a in text.split(";") if a.strip()]
        elif name == "country_code":
            record[name] = (_text(value) or "").upper() or None
        else:
            record[name] = _text(value)
    record["geometry"] = original.get("geometry")
    return record


def _relocate(
    record: dict[str, Any],
    original: pd.Series,
    row: int,
    problems: list[Problem],
    notes: list[str],
) -> None:
    """Look the place up again (offline gazetteer) when the visitor changed place or country."""
    place, code = record["place_name"], record["country_code"]
    if place == _text(original.get("place_name")) and code == _text(original.get("country_code")):
        return
    if place is None and code is None:
        record.update(geometry=None, location_precision="unknown", location_basis=None)
        return
    match = gazetteer.lookup(place or code, code)
    if match.place is None:
        name = "place_name" if place else "country_code"
        why = f" ({match.warning})" if match.warning else ""
        problems.append(
            Problem(
                CANDIDATE_FILE,
                row,
                name,
                f"{quote(place or code)} is not in the offline gazetteer{why}",
                "write a city or country the gazetteer knows (e.g. 'Doha', 'Tajikistan'), "
                "or clear place_name and country_code to add the event without a place",
            )
        )
        return
    found = match.place
    record.update(
        geometry=shapely.Point(found.lon, found.lat),  # shapely order: lon, lat
        location_precision=found.precision,
        location_basis="stated",
        country_code=code or found.country_code,
    )
    if match.warning:
        notes.append(f"candidate {row}: {match.warning}")
    notes.append(
        f"candidate {row}: placed at {found.name} ({found.precision}, "
        f"{found.lat:.4f}, {found.lon:.4f}) after the place was changed"
    )
