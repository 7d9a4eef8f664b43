"""GDELT actor names without codebook noise: role words and places are not actors.

GDELT names an actor with its CAMEO code and the words the article used. When the code is only
a *role* (``CVL`` civilians, ``GOV`` government, ``LEG`` legislature, ``MED`` media, …, or
several of them, ``GOVMIL``) the name is a generic word from the text — "Advocate", "Actor",
"Resident", "Senator" — naming nobody; such names are dropped. When the code is a bare country
(``YEM``) and the name is not that country, the name is a place in it ("Aden"): the country's
name is used instead. Every other name (a country, an organisation, a person, a group with a
country prefix such as ``AFGINSTAL`` "Taliban") is kept, in title case when GDELT wrote it in
capitals.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from mapapp.countries import country_table

# CAMEO actor *type* codes that name a role, not an actor (organisations such as IGO, NGO,
# UNO, IRC, AMN or PKO are left out on purpose: their names are real actors).
ROLE_CODES = frozenset(
    {
        "AGR",
        "BUS",
        "COP",
        "CRM",
        "CVL",
        "DEV",
        "EDU",
        "ELI",
        "ENV",
        "GOV",
        "HLH",
        "HRI",
        "INS",
        "JUD",
        "LAB",
        "LEG",
        "MED",
        "MIL",
        "MOD",
        "OPP",
        "RAD",
        "REB",
        "REF",
        "SEP",
        "SPY",
        "UAF",
    }
)


@lru_cache(maxsize=1)
def _countries_by_iso3() -> dict[str, str]:
    return {rec["iso3"]: rec["name"] for rec in country_table().values() if rec.get("iso3")}


def _role_only(code: str) -> bool:
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    return len(code) % 3 == 0 and bool(parts) and all(p in ROLE_CODES for p in parts)


def actor_name(code: str, name: str) -> str:
    """The actor as the page lists it, or "" when GDELT's name is not an actor.

    >>> actor_name("CVL", "ADVOCATE"), actor_name("YEM", "ADEN"), actor_name("AFGINSTAL", "TALIBAN")
    ('', 'Yemen', 'Taliban')
    """
    code, name = code.strip().upper(), name.strip()
    if not name or _role_only(code):
        return ""
    country = _countries_by_iso3().get(code)
    if country is not None and name.casefold() != country.casefold():
        return country
    return name.title() if name.isupper() else name


def actor_names(codes: Sequence[str], names: Sequence[str]) -> list[str]:
    """:func:`actor_name` of each (code, name) pair, each distinct pair worked out once."""
    table = {pair: actor_name(*pair) for pair in set(zip(codes, names, strict=True))}
    return [table[pair] for pair in zip(codes, names, strict=True)]
