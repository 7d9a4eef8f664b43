"""Where the Historian's records happened: its country ids → ISO codes, locales → gazetteer places.

* Countries come from ``geodata/state_countries.csv``: one row per Historian country id, plus rows
  for a name that changes the code under the same id ("U.S.S.R." under ``russia`` is the Soviet
  Union, SU; "Denmark (Greenland)" is Greenland, GL). Historic states keep their own code (see
  :data:`mapapp.countries.HISTORIC_STATES`); their cities are searched in today's countries on
  their territory, and the event's ``location_note`` names the historic state. The table's
  ``search_in`` lists territories searched after the country itself (the Historian files a trip
  to Bermuda or to colonial Hong Kong under the United Kingdom); a place found there takes its
  own country code.
* A locale names one or more places ("Tel Aviv, Jerusalem"): the whole locale is looked up first
  ("Mexico, D.F."), then each comma-separated part, always within the record's country (never
  "Santiago" in Spain for a trip to Chile). Parts the offline gazetteer does not know, or that are
  only a region or country name, are returned apart so the reader can report them; places missing
  from the gazetteer belong in ``geodata/places.csv``.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import dataclass

from mapapp import gazetteer
from mapapp.bundled import GEODATA_DIR
from mapapp.countries import HISTORIC_STATES

STATE_COUNTRIES_FILE = GEODATA_DIR / "state_countries.csv"
# Places closer than this are one leg ("Cologne, Bonn" stays two; a name listed twice is one).
_SAME_LEG_KM = 1.0
_PLACE_PRECISIONS = frozenset({"exact_site", "city", "region"})
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b)\s*")


@dataclass(frozen=True)
class Country:
    """The country of a record: ISO code (or None), where to search its cities, and a note."""

    code: str | None
    search: tuple[str, ...]
    note: str | None
    territories: tuple[str, ...] = ()
    # Countries whose name alone places a leg ("Bermuda" under the United Kingdom, "Aruba"
    # under the Netherlands Antilles); never the record's own country.
    named_parts: tuple[str, ...] = ()

    def code_at(self, place: gazetteer.Place) -> str | None:
        """The event's country: the record's, unless the place lies in one of its territories."""
        if place.country_code in self.territories:
            return place.country_code
        return self.code


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(historian id, name or "") → (ISO code or "", territories searched after it)."""
    with STATE_COUNTRIES_FILE.open(encoding="utf-8", newline="") as fh:
        return {
            (row["historian_id"], row["historian_name"]): (
                row["country_code"],
                tuple(row["search_in"].split()),
            )
            for row in csv.DictReader(fh)
        }


def country_of(historian_id: str, name: str) -> Country:
    """The country of a Historian country id and name (falling back to the name itself).

    Examples
    --------
    >>> country_of("russia", "U.S.S.R.").code, country_of("japan", "Japan").code
    ('SU', 'JP')
    """
    table = _table()
    row = table.get((historian_id, name), table.get((historian_id, "")))
    territories: tuple[str, ...] = ()
    if row is None:  # an id the table lacks: the English name may still be a country
        code = gazetteer.country_code_for(name, demonyms=False) if name else None
    else:
        code, territories = row[0] or None, row[1]
    if code in HISTORIC_STATES:
        state = HISTORIC_STATES[code]
        return Country(
            code,
            state.successors,
            f"recorded in {state.name} ({state.years}), a state that no longer exists "
            f"(country code {code}); the place is found in today's countries on its territory",
            named_parts=state.successors if len(state.successors) > 1 else (),
        )
    return Country(code, ((code,) if code else ()) + territories, None, territories, territories)


def find_place(name: str, search: tuple[str, ...]) -> gazetteer.Place | None:
    """A place named ``name`` in one of the ``search`` countries (in order), or None."""
    for code in search:
        place = gazetteer.lookup(name, code).place
        if place is not None:
            return place
    return None


def locale_legs(
    locale: str, search: tuple[str, ...], named_parts: tuple[str, ...] = ()
) -> tuple[list[tuple[str, gazetteer.Place]], list[str]]:
    """The places a locale names, in order, and the parts that could not be placed.

    A part that names only a country counts as a place when it is one of ``named_parts``
    ("Bermuda" for the United Kingdom), not when it is the record's own country.

    Examples
    --------
    >>> legs, missing = locale_legs("Tel Aviv, Jerusalem", ("IL",))
    >>> [name for name, _ in legs], missing
    (['Tel Aviv', 'Jerusalem'], [])
    """
    text = locale.strip()
    if not text or not search:
        return [], [text] if text else []
    whole = find_place(text, search)
    if whole is not None and (
        whole.precision in _PLACE_PRECISIONS or whole.country_code in named_parts
    ):
        return [(text, whole)], []
    legs: list[tuple[str, gazetteer.Place]] = []
    missing: list[str] = []
    for part in _SPLIT.split(_PARENTHESES.sub("", text)):
        part = part.strip(" .")
        if not part:
            continue
        place = find_place(part, search)
        if place is None or (
            place.precision not in _PLACE_PRECISIONS and place.country_code not in named_parts
        ):
            missing.append(part)
        elif all(_km(place, other) > _SAME_LEG_KM for _, other in legs):
            legs.append((part, place))
    return legs, missing


def country_place(country: Country) -> gazetteer.Place | None:
    """Where a record that names no known place is put: its country (at the capital)."""
    if country.code is None:
        return None
    place = gazetteer.lookup(country.code).place
    if place is None:
        place = (
            gazetteer.lookup(HISTORIC_STATES[country.code].name).place
            if (country.code in HISTORIC_STATES)
            else None
        )
    return place


def _km(a: gazetteer.Place, b: gazetteer.Place) -> float:
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


# Visits: a US place the description names as where the visit happened ("Attended the NATO
# Summit Meeting in Chicago, IL", "Met with President Bush at Crawford, Texas").
_VISIT_PLACE = re.compile(
    r"\b(?:in|at)\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})(?:,\s*([A-Z][\w.]*(?:\s[A-Z]\w*)?))?"
)
_NOT_PLACES = frozenset({"u.s.", "us", "united states", "the united states", "america"})


def visit_place(description: str) -> tuple[str, gazetteer.Place] | None:
    """The US place a visit's description says it happened in, or None (then: Washington).

    Examples
    --------
    >>> visit_place("Attended the G-20 Economic Summit in Pittsburgh, Pennsylvania.")[0]
    'Pittsburgh'
    """
    for match in _VISIT_PLACE.finditer(description):
        name = match.group(1).rstrip(".")
        if name.casefold() in _NOT_PLACES:
            continue
        place = gazetteer.lookup(name, "US").place
        if place is not None and place.precision in _PLACE_PRECISIONS:
            return name, place
    return None
