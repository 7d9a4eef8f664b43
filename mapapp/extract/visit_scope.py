"""Events during a visit to a country: where an unplaced meeting of the visit took place.

"The Minister of Bhutan, who is visiting Japan from March 10 to 14, …" and then "On March 11,
the Minister paid a courtesy call on the Vice-Minister": a meeting in person with no place of
its own, on a day of a visit that names only its country, took place in that country — in the
dateline's city when the report was filed there, else in the country's capital (where its
ministers and offices are).
"""

from __future__ import annotations

from mapapp import gazetteer
from mapapp.extract.discourse import Mention
from mapapp.extract.landmarks import capital_place
from mapapp.extract.venues import Venue
from mapapp.extract.visit_countries import follow_the_country

_IN_PERSON = frozenset({"meeting", "conference", "agreement"})


def _within(e: Mention, trip: Mention) -> bool:
    a, b = e.span, trip.span
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return b.start <= a.start and a.end <= b.end


def follow_country_visit(events: list[Mention], dateline: gazetteer.Place | None) -> None:
    """Give an event in person placed nowhere or only in the visited country, dated within a
    visit to a country, that country's dateline city or capital; an arrival "in the country"
    is first given the dateline's country (:func:`follow_the_country`)."""
    follow_the_country(events, dateline)
    trips = [
        v
        for v in events
        if v.event_type == "visit"
        and v.venue is not None
        and v.venue.place.precision == "country"
        and v.span.start is not None
    ]
    for e in events:
        if e.event_type not in _IN_PERSON or e.online:
            continue
        if e.venue is not None and e.venue.place.precision != "country":
            continue  # ("placed only in the country": as unplaced, when it is the visit's)
        trip = next((v for v in trips if v.status == e.status and _within(e, v)), None)
        if trip is None or trip.venue is None:
            continue
        code = trip.venue.place.country_code
        if e.venue is not None and e.venue.place.country_code != code:
            continue
        city = dateline if dateline is not None and dateline.country_code == code else None
        city = city or (capital_place(code) if code else None)
        if city is None:
            continue
        e.venue, e.venues = Venue(0, 0, city.name, city), []
        e.place_note = f"In {trip.venue.place.name}, visited then ({city.name}): {trip.best[1]}"
