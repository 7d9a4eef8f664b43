"""Venues told by a plan rather than a preposition: "scheduled for Gaborone", "set for Nairobi",
"announced for Abuja in June", and a city named as the host in a clause of its own ("the
summit, which Lusaka will host in May", "the forum Apia is to host next year").

Only a name right after the plan's "for" (or before "host") is read, and only when the gazetteer
knows it as a city or a country: "scheduled for Monday", "set for June 3", "planned for the
spring" and "set for talks" are no places, and nor is a plan for anything but a gathering or a trip
("Flights are scheduled for Kigali"). Used by :mod:`mapapp.extract.venues`.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.place_names import NO_DAY, cached_lookup

__all__ = ["host_cities", "scheduled_places", "told_venues"]

_NAME = (
    rf"{NO_DAY}(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de\s+|of\s+|es\s+)?{NO_DAY}[A-Z][\w'’.-]+){{0,2}})"
)
# "is scheduled for", "was set for", "planned for", "announced for", "slated for", "pencilled
# in for", "earmarked for", "tentatively set for", "fixed for", "due for"
_PLAN = (
    r"\b(?:scheduled|rescheduled|set|slated|planned|announced|pencil+ed\s+in|earmarked|"
    r"fixed|penciled\s+in|booked|programmed|due)\s+(?:(?:provisionally|tentatively)\s+)?for\s+"
)
_SCHEDULED = re.compile(_PLAN + _NAME)
# what is scheduled: a gathering or a trip ("the summit is scheduled for Gaborone", "a visit
# set for Lima", "it is slated for Apia"), not "Flights are scheduled for Kigali every day"
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:summits?|meetings?|talks|sessions?|conferences?|forums?|visits?|trips?|tours?|"
    r"rounds?|dialogues?|consultations|ceremon(?:y|ies)|signing|negotiations|assembl(?:y|ies)|"
    r"councils?|congress(?:es)?|commissions?|committees?|gatherings?|retreats?|ministerials?|"
    r"meet|it|which|that|they|he|she)\b"
)
_EVENT_LOOK = 100  # characters read back from the plan for what it schedules
# "which Lusaka will host", "that Apia is to host", "the Windhoek-hosted summit" is left out
_AUX = (
    r"(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|was\s+to|is\s+expected\s+to|"
    r"has\s+offered\s+to|has\s+agreed\s+to|last|also|previously)\s+)?"
)
_HOSTS = re.compile(rf"\b(?:which|that)\s+{_NAME}\s+{_AUX}host(?:s|ed|ing)?\b")


def _place(name: str) -> gazetteer.Place | None:
    """The city or country the name is, never a nationality word nor a region."""
    if gazetteer.is_demonym(name) and not gazetteer.is_country_name(name):
        return None
    place = cached_lookup(name.rstrip(".,"), None).place
    if place is None or place.precision not in ("city", "country"):
        return None
    return place


def scheduled_places(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name, place) of every place a plan names: "is scheduled for Gaborone",
    "announced for Abuja"."""
    out = []
    for m in _SCHEDULED.finditer(masked):
        if not _EVENT_BEFORE.search(masked, max(0, m.start() - _EVENT_LOOK), m.start()):
            continue  # "Flights are scheduled for Kigali": no gathering or trip scheduled
        if (place := _place(m.group("name"))) is not None:
            out.append((m.start("name"), m.end("name"), m.group("name"), place))
    return out


def host_cities(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name, place) of every city told as the host in a relative clause ("the
    summit, which Noumea will host next year"); countries are read by
    :func:`mapapp.extract.venue_clauses.host_countries`."""
    out = []
    for m in _HOSTS.finditer(masked):
        place = _place(m.group("name"))
        if place is not None and place.precision == "city":
            out.append((m.start("name"), m.end("name"), m.group("name"), place))
    return out


def told_venues(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """Every place this module reads, the trips' countries of
    :mod:`mapapp.extract.visit_countries` ("the Qatar leg of the visit", "the visit that the
    President will carry out to Argentina") and the places that open a "where" clause of
    :mod:`mapapp.extract.where_clauses` ("All eyes are on Geneva, where …")."""
    from mapapp.extract.visit_countries import leg_countries, visit_destinations
    from mapapp.extract.where_clauses import places_in_view

    found = scheduled_places(masked) + leg_countries(masked) + visit_destinations(masked)
    return found + places_in_view(masked)
