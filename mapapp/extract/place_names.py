"""A venue phrase → the gazetteer's place: which words of a phrase name a place.

"in Taliban-controlled Afghanistan" is Afghanistan; "the Horn of Africa" is no place; "Saint
Vincent" is not the town of Vincent, nor "the Cidade Alta presidential palace" the Norwegian town
of Alta, nor "the Qafe Thane crossing" the Indian town of Thane (only a part's word, "Northern
Syria", "Greater Cairo", falls away before a place); "Udon Thani Province" is Udon Thani. The
part after a comma narrows the lookup: a country ("Georgetown, Guyana") or a US state, Canadian
province or Australian state as news agencies write them ("Sonoma, Calif.", "Kananaskis, Alta.",
"Montebello, Que.", "Cairns, Qld").
"""

from __future__ import annotations

import functools
import re

from mapapp import gazetteer
from mapapp.extract.actors import _CALENDAR, _ORG_WORDS, ActorTable
from mapapp.extract.landmarks import at_generic_seat
from mapapp.extract.place_heads import head_city

# "will visit Hanoi Thursday", "in Accra March 14-16": a day or month ends a place's name
NO_DAY = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sept?|Oct|Nov|Dec)\b)"
)
# Articles name the same few places again and again; the gazetteer's answers do not change.
cached_lookup = functools.lru_cache(maxsize=4096)(gazetteer.lookup)

# States and provinces as agencies write them after a town (normalized: no dots, lower case)
_US_STATES = frozenset(
    {
        *("ala", "alaska", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "hawaii"),
        *("idaho", "ill", "ind", "iowa", "kan", "kans", "ky", "la", "maine", "md", "mass", "mich"),
        *("minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny", "nc", "nd", "ohio"),
        *("okla", "ore", "pa", "ri", "sc", "sd", "tenn", "texas", "tex", "utah", "vt", "va"),
        *("wash", "wva", "wis", "wyo", "dc", "alabama", "arizona", "arkansas", "california"),
        *("colorado", "connecticut", "delaware", "florida", "georgia", "illinois", "indiana"),
        *("kansas", "kentucky", "louisiana", "maryland", "massachusetts", "michigan", "minnesota"),
        *("mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire"),
        *("new jersey", "new mexico", "new york", "north carolina", "north dakota", "oklahoma"),
        *("oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee"),
        *("vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"),
    }
)

_CA_PROVINCES = frozenset(
    {
        *("alta", "alberta", "bc", "british columbia", "man", "manitoba", "nb", "new brunswick"),
        *("nl", "nfld", "newfoundland", "newfoundland and labrador", "ns", "nova scotia"),
        *("ont", "ontario", "pei", "prince edward island", "que", "qc", "quebec", "sask"),
        *("saskatchewan", "yt", "yukon", "nwt", "northwest territories", "nunavut"),
    }
)
_AU_STATES = frozenset(
    {
        *("nsw", "new south wales", "qld", "queensland", "tas", "tasmania", "vic"),
        *("western australia", "south australia", "northern territory"),
    }
)


def subdivision_code(region: str) -> str | None:
    """ISO alpha-2 of the country of a US state, Canadian province or Australian state
    ("Calif." → US, "Que." → CA, "Qld" → AU), else None."""
    key = gazetteer.normalize_name(region)
    for code, names in (("US", _US_STATES), ("CA", _CA_PROVINCES), ("AU", _AU_STATES)):
        if key in names:
            return code
    return None


# the list goes on after an item: "Ethiopia and Djibouti", "Addis Ababa, Asmara and …"
_GOES_ON = re.compile(r"\s*(?:,|;|(?:and|or)\s+(?P<next>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")


def next_in_list(name: str, after: str, rest: str) -> bool:
    """Whether ``after``, told after a comma behind the place ``name``, is the next place of a
    list ("to Kenya, Ethiopia and Djibouti", "Nairobi, Addis Ababa and Kigali") rather than
    the country or province ``name`` lies in ("Georgetown, Guyana"); ``rest`` is the text
    after it. The list must go on after it ("in Mali, Ghana's ministry said" is none), and
    the two be countries ("Port of Spain, Trinidad and Tobago" is a city in its country) or
    cities ("Paris, Texas, and …" is a city in its state)."""
    if inner := re.match(r"\s+d['’][A-Z][\w-]+", rest):  # "Côte d'Ivoire": one name
        after, rest = after + inner.group(0), rest[inner.end() :]
    more = _GOES_ON.match(rest)
    if more is None or subdivision_code(after) is not None:
        return False
    if more["next"] and gazetteer.is_country_name(f"{after} and {more['next']}"):
        return False
    if gazetteer.is_country_name(after):
        own = gazetteer.country_code_for(name, demonyms=False)
        return own is not None and own != gazetteer.country_code_for(after, demonyms=False)
    first, second = cached_lookup(name, None).place, cached_lookup(after, None).place
    return bool(first and second and first.precision == second.precision == "city")


def comma_part(masked: str, m: re.Match[str]) -> tuple[str | None, int]:
    """The part after the comma behind a place (group ``country`` of ``m``, the place being group
    ``name``), and where the place's phrase ends: without that part when it is the next place
    of a list ("to Kenya, Ethiopia and Djibouti"), or the owner of the next clause's subject
    ("in Asmara, Ethiopia's prime minister and …"), or a country the place does not lie in, which
    begins the next clause ("in Moscow, Belarus and Russia signed …")."""
    after = m.group("country")
    owner = after and re.match(r"['’]s\b", masked[m.end() : m.end() + 3])
    if after and ((owner and _city(m.group("name"))) or _elsewhere(m.group("name"), after)):
        return None, m.end("name")
    if after and next_in_list(m.group("name"), after, masked[m.end() : m.end() + 40]):
        return None, m.end("name")
    return after, m.end()


def _elsewhere(name: str, after: str) -> bool:
    """Whether the city ``name`` is known but not in the country ``after`` names."""
    code = gazetteer.country_code_for(after, demonyms=False)
    return code is not None and cached_lookup(name, code).place is None and _city(name)


def _city(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city (not a country or region)."""
    place = cached_lookup(name, None).place
    return place is not None and place.precision == "city"


def city_after_site(name: str, after: str | None) -> gazetteer.Place | None:
    """ "at State House, Nairobi", "at Government House, Bangkok", "at the Palace of the Nation,
    Buenos Aires": a site the gazetteer does not know, then (``after`` the comma) its city."""
    if after is None:
        return None
    words = name.split()  # "State House", or "the Palace of the Nation": its kind first
    seat = at_generic_seat(f"at {name}", 0, len(name) + 3)
    if not {words[0], words[-1]} & SITE_WORDS and not seat:
        return None
    place = cached_lookup(after.rstrip(".,"), None).place
    return place if place is not None and place.precision == "city" else None


def region_code(region: str | None) -> str | None:
    """ISO alpha-2 of a dateline's region: a country ("Kenya") or a state or province
    ("Calif.", "Alta.")."""
    if not region:
        return None
    return gazetteer.country_code_for(region) or subdivision_code(region)


def not_a_place(name: str, table: ActorTable) -> bool:
    """Months, organisations, people in the actors table, nationality words."""
    words = name.split()
    if name.casefold().rstrip(".") in _CALENDAR or words[-1].casefold().strip(".") in _ORG_WORDS:
        return True
    actor = table.by_name.get(name) or table.by_name.get("the " + name)
    if actor is not None and actor not in table.countries:
        return True  # a person or organisation named like a town: "Graham", "Hudson Institute"
    return gazetteer.is_demonym(name) and not gazetteer.is_country_name(name)


def resolve_place(
    name: str,
    country: str | None,
    table: ActorTable,
    code: str | None = None,
    *,
    whole: bool = False,
) -> gazetteer.Place | None:
    """The gazetteer's place for a venue phrase, or None when it is no place (or unknown).

    ``country`` is the part after a comma ("Kenya", "Calif.", "Que."); ``code`` a country the
    phrase's description names; ``whole``: the phrase names a site ("the Cidade Alta
    presidential palace"), so no part of it is looked up on its own."""
    if not re.search(r"(?:[A-Z]\.){2}$", name):
        name = name.rstrip(".,")
    if " and the " in name and cached_lookup(name, None).place is None:
        name = name.split(" and the ")[0]  # "Cairo and the Gulf": the first place
    words = name.split()
    while len(words) > 1 and re.fullmatch(r"[A-Z][\w.]*-[a-z]+", words[0]):
        words = words[1:]  # "Taliban-controlled Afghanistan", "Russian-occupied Crimea"
    hint = gazetteer.country_code_for(country, demonyms=False) if country else code
    province = subdivision_code(country) if country and hint is None else None
    hint = hint or province
    for i in range(len(words)):  # "Taliban-controlled Afghanistan" → "Afghanistan"
        if i and (words[i - 1].casefold() in _CONNECTORS or not words[i][:1].isupper()):
            return None  # "the Horn of Africa" is not Africa, nor "of Africa" a town
        candidate = " ".join(words[i:])
        if i and not _part_of(words[i - 1], candidate):
            return None  # "the Qafe Thane crossing" is not the Indian Thane, nor "Amu Darya" Daraya
        if not_a_place(candidate, table) or gazetteer.is_world_region(candidate):
            return None
        match = cached_lookup(candidate, hint)
        if match.place is None and i == 0 and len(words) > 1 and words[-1] in _ADMIN_WORDS:
            match = cached_lookup(" ".join(words[:-1]), hint)  # "Udon Thani Province": Udon Thani
        if match.place is not None:
            return match.place
        if i == 0 and province is not None:  # "Montebello, Que.": in Canada, unknown town
            return gazetteer.lookup(province).place
        if i == 0 and (whole or words[-1] in SITE_WORDS | _FEATURES or words[0] in _NAME_HEADS):
            return None  # an unknown named site or "Saint X": never fall back to part of it
        if i == 0 and (head := head_city(words, hint)) is not None:
            return head  # "the Maseru Bridge border post", "Abidjan-Plateau": that city
    return None


# "Northern Syria", "Greater Cairo", "Occupied Jerusalem": a part of the place named after it
_QUALIFIER = re.compile(
    r"(?:North|South|East|West|Central)(?:[\w-]*ern)?|(?:North|South)-?(?:[Ee]ast|[Ww]est)(?:ern)?|"
    r"Greater|Occupied|Downtown|Old|Upper|Lower|Inner|Outer|Metropolitan|Metro|Rural"
)


def _part_of(head: str, rest: str) -> bool:
    """Whether a word before a place names a part or a kind of it ("Northern Syria", "Greater
    Cairo", "Syrian Aleppo") rather than another name the place ends ("Qafe Thane")."""
    return bool(
        _QUALIFIER.fullmatch(head) or gazetteer.is_demonym(head) or gazetteer.is_country_name(rest)
    )


_CONNECTORS = frozenset({"of", "and", "the", "de", "del", "da", "do", "la", "le", "el", "al"})
_ADMIN_WORDS = frozenset(
    {"Province", "Prefecture", "Governorate", "Oblast", "Region", "District", "County", "City"}
)
# Natural features: "the Black Sea" is no town called Sea, "the Nile Valley" no Valley.
_FEATURES = frozenset(
    {
        *("Sea", "Ocean", "River", "Lake", "Strait", "Straits", "Valley", "Desert", "Mountains"),
        *("Islands", "Peninsula", "Coast", "Basin", "Delta", "Canal", "Plateau", "Corridor"),
        *("Highlands", "Hills", "Range", "Bay", "Gulf", "Channel", "Sound", "Lagoon", "Falls"),
    }
)


# First words of compound place names: "Saint Vincent" is not the town of Vincent.
# "Villa Somalia" is no more Somalia than "Casa Rosada" is a town called Rosada.
_NAME_HEADS = frozenset(
    {
        *("Saint", "St.", "St", "San", "Santa", "Santo", "Port", "Fort", "Mount"),
        *("Villa", "Casa", "Palacio", "Palais", "Palazzo", "Schloss", "Castle", "Château"),
        *("Cidade", "Palácio", "Quinta", "Qasr", "Beit", "Bait", "Kasteel", "Istana", "Wisma"),
    }
)
SITE_WORDS = frozenset(
    {
        "Club",
        "Hotel",
        "Palace",
        "Hall",
        "Centre",
        "Center",
        "House",
        "Building",
        "Airport",
        "Stadium",
        "Embassy",
        "Residence",
        "Mission",
        "Delegation",
        "Headquarters",
        "Secretariat",
        "Ministry",
    }
)


def city_of_site(name: str) -> gazetteer.Place | None:
    """The city an unknown site is named after ("the Kigali Convention Centre", "Tashkent
    City Hall", "the Manila Hotel"): a national capital or a city of a million people named
    exactly, never a country, a nationality or a town sharing a word ("Serena Hotel")."""
    words = name.rstrip(".,").split()
    if len(words) < 2 or words[-1] not in SITE_WORDS:
        return None
    for size in (2, 1):
        head = " ".join(words[:size])
        if size >= len(words) or gazetteer.is_demonym(head) or gazetteer.is_country_name(head):
            continue
        place = cached_lookup(head, None).place
        if place is None or place.precision != "city" or place.name != head:
            continue  # "Serena Hotel" is not La Serena
        capital = gazetteer.lookup(place.country_code or "").place if place.country_code else None
        if place.population >= 1_000_000 or (capital is not None and _same(capital, place)):
            return place
    return None


def _same(a: gazetteer.Place, b: gazetteer.Place) -> bool:
    """A country placed at its capital and that capital: the same point."""
    return abs(a.lat - b.lat) < 0.01 and abs(a.lon - b.lon) < 0.01


# "last visited the South Caucasus", "travelled to the Horn of Africa": a trip to a world region
_REGION_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:to\s+|into\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2})"
)


def region_after(masked: str, pos: int) -> bool:
    """Whether a world region (a trip's destination with no point of its own) is named at
    ``pos``: "the South Caucasus", "Central Asia", "the Horn of Africa"."""
    m = _REGION_AFTER.match(masked, pos)
    return m is not None and gazetteer.is_world_region(m.group("name"))


# "the Laguna resort", "the Serena hotel": a lodging named by its own words
_LODGING = re.compile(r"\s+(?:beach\s+|golf\s+|spa\s+)?(?:resort|hotel|lodge|villa|club|inn)\b")


def _town_sized(place: gazetteer.Place) -> bool:
    """A city a venue may be named after ("the Sochi resort"): 100,000 people or a capital."""
    if place.precision != "city" or place.population >= 100_000 or place.feature == "curated":
        return True
    capital = gazetteer.lookup(place.country_code).place if place.country_code else None
    return (
        capital is not None and abs(capital.lat - place.lat) + abs(capital.lon - place.lon) < 0.02
    )


def lodging_of(masked: str, end: int, place: gazetteer.Place) -> bool:
    """Whether a name ending at ``end`` and followed by "resort", "hotel" … names a lodging
    rather than the small town ``place`` sharing it ("the Laguna resort" is not Laguna, US)."""
    return _LODGING.match(masked, end) is not None and not _town_sized(place)


# "will receive, on 5 and 6 March, the visit of the Minister of External Relations of Angola":
# a visit to the host's place, whose guest follows "of"
_RECEIVES_VISIT = re.compile(
    r"\b(?:receive|receives|received|receiving|welcome|welcomes|welcomed|host|hosts|hosted)\b"
    r"[^.;]{0,60}\bthe\s+(?:[\w-]+\s+){0,2}$"
)
_OF_GUEST = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def visit_received(masked: str, begin: int, end: int) -> bool:
    """Whether the visit word at ``begin:end`` is one a host receives ("will receive the visit
    of the Minister of …"): a visit to the host's place, though no place follows it."""
    return (
        _RECEIVES_VISIT.search(masked[max(0, begin - 100) : begin]) is not None
        and _OF_GUEST.match(masked, end) is not None
    )
