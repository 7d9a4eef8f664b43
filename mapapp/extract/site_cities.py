"""The city told right after a site: "at State House, Dar es Salaam", "at Whitehall in Port of
Spain", "at the Petersberg guesthouse near Bonn".

Releases and communiques name the building first and its city after it. Two wordings lost the
city:

* a city of several words joined by small lower-case words ("Dar es Salaam", "Port of Spain",
  "Rio de Janeiro") after the comma behind a site: only its first word was read ("Dar", a town
  elsewhere); and a site whose name opens with its kind ("the Palace of the Nation, Buenos
  Aires") was not taken for a site;
* a site that shares its name with some town ("Whitehall", "Petersberg") told with "at" and then
  "in" or "near" a city: the town was taken, though the city told after it is where the site
  stands.

Only a city (never a country or region) told right after the site is read, so "at Davos in
Switzerland" keeps Davos and "at the palace, the minister said" reads nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mapapp import gazetteer
from mapapp.extract.place_names import city_after_site

if TYPE_CHECKING:
    from mapapp.extract.venues import Venue

# "Dar es Salaam", "Port of Spain", "Rio de Janeiro", "Ho Chi Minh City": up to four words
_CITY = re.compile(
    r"[A-Z][\w'’.-]{0,30}(?:\s+(?:(?:of|es|de|del|da|do|dos|das|au|la|el)\s+)?[A-Z][\w'’.-]{0,30})"
    r"{0,3}"
)
# "at Whitehall in …", "at the Petersberg guesthouse near …": one lower-case word may name the site
_AT = re.compile(r"\b[Aa]t\s+(?:the\s+)?$")
_IN_AFTER = re.compile(r",?\s+(?:[a-z]+\s+)?(?:in|near)\s+(?:the\s+)?")


def site_city(masked: str, m: re.Match[str], country: str | None) -> gazetteer.Place | None:
    """The city told after the comma behind a site the gazetteer does not know (``m``'s group
    ``name``; ``country`` the part after the comma as a venue reads it): "at State House, Dar
    es Salaam", "at the Palace of the Nation, Buenos Aires"."""
    if country is None or m.start("country") < 0:
        return None
    name = m.group("name")
    whole = _CITY.match(masked, m.start("country"))
    after = whole.group(0) if whole else country
    for told in dict.fromkeys((after, country)):
        place = city_after_site(name, told)
        if place is not None:
            return place
    return None


def city_after_town(masked: str, venues: list[Venue]) -> list[Venue]:
    """ "at Whitehall in Port of Spain": a place told with "at" and then "in" or "near" a city
    is a site in that city, which is the venue (the town of that name is none); the venues in
    the order they are told."""
    for v in list(venues):
        if v.site is not None or not _AT.search(masked, max(0, v.begin - 8), v.begin):
            continue
        m = _IN_AFTER.match(masked, v.end)
        after = next((w for w in venues if m and w.begin == m.end()), None)
        if after is None or after.place.precision != "city" or v.place.precision != "city":
            continue
        venues.remove(v)
        venues[venues.index(after)] = replace(after, site=v.text)
    return sorted(venues, key=lambda v: v.begin)
