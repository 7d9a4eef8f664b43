"""A country named by one island or part of its name: "Antigua" for Antigua and Barbuda,
"Trinidad" for Trinidad and Tobago, "Nevis" for Saint Kitts and Nevis.

The gazetteer reads such a word alone as some town elsewhere (Antigua Guatemala, Trinidad in
Bolivia). When the article names the country itself (by name or nationality: "the Antiguan prime
minister"), the word is that country. Used by :mod:`mapapp.extract.homonyms`.
"""

from __future__ import annotations

import functools
import re

from mapapp import gazetteer

__all__ = ["country_of_part"]


@functools.lru_cache(maxsize=512)
def _parts(code: str) -> frozenset[str]:
    """The parts of a country's name joined by "and" ("antigua", "barbuda"), or none."""
    country = gazetteer.lookup(code).place
    if country is None or country.precision != "country" or " and " not in country.name:
        return frozenset()
    parts = re.split(r"\s+and\s+(?:the\s+)?", country.name)
    return frozenset(gazetteer.normalize_name(re.sub(r"^(?:Saint|St\.?)\s+", "", p)) for p in parts)


def country_of_part(written: str, code: str) -> gazetteer.Place | None:
    """The country ``code`` when ``written`` is one part of its name joined by "and"."""
    key = gazetteer.normalize_name(re.sub(r"^(?:Saint|St\.?)\s+", "", written.strip()))
    if not key or key not in _parts(code):
        return None
    return gazetteer.lookup(code).place
