"""The city a page's heading, dateline or entry names, as a page's layout reads it.

A heading ("HANOI", "Nairobi, Kenya"), a dateline or the opening of a chronology's entry names a
place in capitals or title case; it is taken as a city only when the gazetteer knows it as one
(not a country) and, unless the gazetteer's curated list has it, it is at least as large as the
caller asks, so that a capitalised word that happens to name a village does not place the page.
"""

from __future__ import annotations

from mapapp import gazetteer
from mapapp.extract.landmarks import landmark_place


def heading_city(name: str, population: int = 100_000) -> gazetteer.Place | None:
    """The city a heading or an opening names, if the gazetteer knows it as a city."""
    title = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in name.split())
    if gazetteer.is_country_name(title):
        return None
    place = landmark_place(title) or gazetteer.lookup(title).place
    if place is None or place.precision not in ("city", "exact_site"):
        return None
    return place if place.feature == "curated" or place.population >= population else None
