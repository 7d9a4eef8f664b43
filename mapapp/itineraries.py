"""Trips: the events of one traveller on consecutive dates, as legs from place to place.

No I/O and no drawing here (:mod:`mapapp.render.arcs` draws trips as arcs). A trip is what a
reader of the Office of the Historian's records or of a news story would call an itinerary:

* the **traveller** is an event's first actor (the Historian's records list the President or
  Secretary of State first, the people met after them; a visit in a story names its visitor
  first);
* only events that can be a stop count: a place on the map, a date known to the day, a range or a
  week (not a month or a year), a span of at most :data:`MAX_LEG_DAYS` days, and a type a person
  travels for (not calls, strikes or "other");
* the traveller's events, in date order, belong to one trip while each starts at most
  ``max_gap_days`` after the trip so far has ended; a longer pause starts a new trip;
* consecutive events at the same place are one **leg**; a trip needs two legs (one arc) at least.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from mapapp.model import mappable

__all__ = ["MAX_GAP_DAYS", "MAX_LEG_DAYS", "Leg", "Trip", "find_trips"]

MAX_GAP_DAYS = 3  # days between one stop's end and the next one's start within a trip
MAX_LEG_DAYS = 62  # an event spanning longer than two months is not a stop on a journey
TRIP_PRECISIONS = frozenset({"day", "range", "week"})
TRIP_TYPES = frozenset({"meeting", "visit", "conference", "briefing", "statement", "agreement"})
SAME_PLACE_DEGREES = 1e-4  # points closer than this (~10 m) are one place


@dataclass(frozen=True)
class Leg:
    """One stop of a trip: a place and the days spent there (one or more events)."""

    place: str
    lat: float
    lon: float
    start: dt.date
    end: dt.date
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class Trip:
    """A traveller's legs in date order (two at least)."""

    traveller: str
    legs: tuple[Leg, ...]

    @property
    def start(self) -> dt.date:
        """The first day of the first leg."""
        return self.legs[0].start

    @property
    def end(self) -> dt.date:
        """The last day of any leg."""
        return max(leg.end for leg in self.legs)


@dataclass
class _Stop:
    """A candidate event, as the grouping reads it."""

    traveller: str
    event_id: str
    place: str
    lat: float
    lon: float
    start: dt.date
    end: dt.date


def _travellers(actors: pd.Series) -> np.ndarray:
    """Each event's first actor ("" when it has none)."""
    first = []
    for value in actors.tolist():
        names = list(value) if isinstance(value, (list, tuple, np.ndarray)) else []
        name = names[0] if names and isinstance(names[0], str) else ""
        first.append(name.strip())
    return np.array(first, dtype=object)


def _stops(events: gpd.GeoDataFrame) -> list[_Stop]:
    """The events that can be stops of a trip, sorted by traveller, then dates (stable)."""
    if events.empty:
        return []
    start = pd.to_datetime(events["date_start"])
    end = pd.to_datetime(events["date_end"]).fillna(start)
    travellers = _travellers(events["actors"])
    keep = (
        mappable(events)
        & start.notna().to_numpy()
        & events["date_precision"].isin(TRIP_PRECISIONS).to_numpy()
        & events["event_type"].isin(TRIP_TYPES).to_numpy()
        & ((end - start).dt.days <= MAX_LEG_DAYS).to_numpy()
        & (travellers != "")
    )
    part = events[keep]
    frame = pd.DataFrame(
        {
            "traveller": travellers[keep],
            "event_id": part["event_id"].astype(str).to_numpy(),
            "place": part["place_name"].fillna("").astype(str).to_numpy(),
            "lat": part.geometry.y.to_numpy(),
            "lon": part.geometry.x.to_numpy(),
            "start": start[keep].dt.date.to_numpy(),
            "end": end[keep].dt.date.to_numpy(),
        }
    )
    frame = frame.sort_values(["traveller", "start", "end"], kind="stable")
    return [_Stop(*row) for row in frame.itertuples(index=False, name=None)]


def _same_place(leg: Leg, stop: _Stop) -> bool:
    return (
        abs(leg.lat - stop.lat) < SAME_PLACE_DEGREES
        and abs(leg.lon - stop.lon) < SAME_PLACE_DEGREES
    )


def _legs(stops: list[_Stop]) -> tuple[Leg, ...]:
    """The stops of one trip, consecutive ones at the same place merged into one leg."""
    legs: list[Leg] = []
    for stop in stops:
        if legs and _same_place(legs[-1], stop):
            last = legs[-1]
            legs[-1] = Leg(
                last.place or stop.place,
                last.lat,
                last.lon,
                min(last.start, stop.start),
                max(last.end, stop.end),
                (*last.event_ids, stop.event_id),
            )
        else:
            legs.append(Leg(stop.place, stop.lat, stop.lon, stop.start, stop.end, (stop.event_id,)))
    return tuple(legs)


def _runs(stops: list[_Stop], max_gap_days: int) -> Iterator[list[_Stop]]:
    """The stops split where the traveller changes or a pause is longer than the gap."""
    run: list[_Stop] = []
    run_end: dt.date | None = None
    for stop in stops:
        if run and (
            stop.traveller != run[0].traveller
            or run_end is None
            or (stop.start - run_end).days > max_gap_days
        ):
            yield run
            run, run_end = [], None
        run.append(stop)
        run_end = stop.end if run_end is None else max(run_end, stop.end)
    if run:
        yield run


def find_trips(events: gpd.GeoDataFrame, max_gap_days: int = MAX_GAP_DAYS) -> list[Trip]:
    """Group events into trips (see the module docstring for what counts).

    Parameters
    ----------
    events : GeoDataFrame
        A typed event frame (any subset: the page passes the filtered events).
    max_gap_days : int
        Longest pause, in days, between the end of a trip so far and its next stop.

    Returns
    -------
    list of Trip
        In order of traveller, then date; every trip has two legs at least.

    Raises
    ------
    ValueError
        When ``max_gap_days`` is negative.
    """
    if max_gap_days < 0:
        raise ValueError(
            f"max_gap_days is {max_gap_days!r} — pass 0 or more days between two stops"
        )
    trips = []
    for run in _runs(_stops(events), max_gap_days):
        legs = _legs(run)
        if len(legs) >= 2:
            trips.append(Trip(run[0].traveller, legs))
    return trips
