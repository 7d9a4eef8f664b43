"""Trips: events of one traveller on consecutive dates grouped into legs (invented data)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from mapapp.itineraries import MAX_GAP_DAYS, find_trips
from mapapp.records import parse_events
from tests.conftest import good_record

PLACES = {
    "Paris": (48.8566, 2.3522),
    "Rome": (41.9028, 12.4964),
    "Berlin": (52.52, 13.405),
    "Tokyo": (35.6762, 139.6503),
    "Honolulu": (21.3069, -157.8583),
}


def _stop(n: int, who: str, place: str | None, start: str | None, end: str | None = None, **kw):
    lat, lon = PLACES[place] if place else ("", "")
    return good_record(
        event_id=f"e{n}",
        event_type=kw.pop("event_type", "visit"),
        actors=f"{who}; Someone Met",
        place_name=place,
        lat=str(lat),
        lon=str(lon),
        date_start=start,
        date_end=end or start,
        date_precision=kw.pop("date_precision", "day" if start == (end or start) else "range"),
        **kw,
    )


def _events(*records):
    frame, problems = parse_events(pd.DataFrame(list(records)))
    assert problems == []
    return frame


def _itinerary(trip):
    return [(leg.place, leg.event_ids) for leg in trip.legs]


def test_itineraries_consecutive_stops_make_one_trip_in_date_order():
    events = _events(
        _stop(3, "Envoy A", "Berlin", "2024-05-05"),
        _stop(1, "Envoy A", "Paris", "2024-05-01", "2024-05-02"),
        _stop(2, "Envoy A", "Rome", "2024-05-03"),
    )
    [trip] = find_trips(events)
    assert trip.traveller == "Envoy A"
    assert _itinerary(trip) == [("Paris", ("e1",)), ("Rome", ("e2",)), ("Berlin", ("e3",))]
    assert (trip.start, trip.end) == (dt.date(2024, 5, 1), dt.date(2024, 5, 5))


def test_itineraries_a_gap_longer_than_the_limit_splits_the_trip():
    gap = MAX_GAP_DAYS + 1
    later = dt.date(2024, 5, 3) + dt.timedelta(days=gap)
    events = _events(
        _stop(1, "Envoy A", "Paris", "2024-05-01"),
        _stop(2, "Envoy A", "Rome", "2024-05-03"),
        _stop(3, "Envoy A", "Berlin", later.isoformat()),
        _stop(4, "Envoy A", "Paris", (later + dt.timedelta(days=1)).isoformat()),
    )
    trips = find_trips(events)
    assert [_itinerary(t) for t in trips] == [
        [("Paris", ("e1",)), ("Rome", ("e2",))],
        [("Berlin", ("e3",)), ("Paris", ("e4",))],
    ]
    # With a longer allowed pause the four stops are one trip.
    assert [len(t.legs) for t in find_trips(events, max_gap_days=gap)] == [4]


def test_itineraries_undated_and_imprecise_events_are_left_out():
    events = _events(
        _stop(1, "Envoy A", "Paris", "2024-05-01"),
        _stop(2, "Envoy A", "Rome", None),
        _stop(3, "Envoy A", "Berlin", "2024-05-01", "2024-05-31", date_precision="month"),
        _stop(4, "Envoy A", "Tokyo", "2024-05-02"),
    )
    [trip] = find_trips(events)
    assert _itinerary(trip) == [("Paris", ("e1",)), ("Tokyo", ("e4",))]


def test_itineraries_one_leg_makes_no_trip():
    """Several events at one place are one leg: nothing to draw an arc between."""
    events = _events(
        _stop(1, "Envoy A", "Paris", "2024-05-01"),
        _stop(2, "Envoy A", "Paris", "2024-05-02", event_type="meeting"),
        _stop(3, "Envoy B", "Rome", "2024-05-02"),
    )
    assert find_trips(events) == []


def test_itineraries_same_place_events_merge_into_one_leg():
    events = _events(
        _stop(1, "Envoy A", "Paris", "2024-05-01"),
        _stop(2, "Envoy A", "Paris", "2024-05-02", event_type="meeting"),
        _stop(3, "Envoy A", "Rome", "2024-05-03"),
    )
    [trip] = find_trips(events)
    assert _itinerary(trip) == [("Paris", ("e1", "e2")), ("Rome", ("e3",))]
    assert (trip.legs[0].start, trip.legs[0].end) == (dt.date(2024, 5, 1), dt.date(2024, 5, 2))


def test_itineraries_travellers_are_kept_apart():
    """Two envoys in the same cities on the same days make two trips, never one."""
    events = _events(
        _stop(1, "Envoy A", "Paris", "2024-05-01"),
        _stop(2, "Envoy B", "Rome", "2024-05-01"),
        _stop(3, "Envoy A", "Rome", "2024-05-02"),
        _stop(4, "Envoy B", "Paris", "2024-05-02"),
    )
    trips = find_trips(events)
    assert [(t.traveller, _itinerary(t)) for t in trips] == [
        ("Envoy A", [("Paris", ("e1",)), ("Rome", ("e3",))]),
        ("Envoy B", [("Rome", ("e2",)), ("Paris", ("e4",))]),
    ]


def test_itineraries_unmapped_calls_and_long_spans_are_not_stops():
    events = _events(
        _stop(1, "Envoy A", "Paris", "2024-05-01"),
        _stop(2, "Envoy A", None, "2024-05-02"),  # no place
        _stop(3, "Envoy A", "Rome", "2024-05-02", event_type="call"),
        _stop(4, "Envoy A", "Berlin", "2024-01-01", "2024-12-31"),  # a year-long range
        _stop(5, "Envoy A", "Tokyo", "2024-05-03"),
    )
    [trip] = find_trips(events)
    assert _itinerary(trip) == [("Paris", ("e1",)), ("Tokyo", ("e5",))]


def test_itineraries_no_events_and_a_negative_gap():
    assert find_trips(_events(_stop(1, "Envoy A", "Paris", "2024-05-01")).iloc[0:0]) == []
    with pytest.raises(ValueError, match="max_gap_days is -1"):
        find_trips(_events(_stop(1, "Envoy A", "Paris", "2024-05-01")), max_gap_days=-1)
