"""Airports as venues: the city an airport serves ("landed at Jomo Kenyatta International
Airport" → Nairobi, "was met at Tashkent airport" → Tashkent).

Two ways an airport is named:

* by its city ("Tashkent airport", "Kabul's international airport", "Beijing Capital
  International Airport"): the city, when the gazetteer knows it as a city;
* by a person or a district (:data:`AIRPORTS`, a world-wide table of major airports whose name
  does not say the city): the city from the table.

Patterns are matched against text with accents folded (see :func:`mapapp.extract.landmarks.fold`).
"""

from __future__ import annotations

import functools
import re

from mapapp import gazetteer
from mapapp.extract.landmarks import fold

# (airport names without the word "Airport", city served, ISO alpha-2 of the city's country)
AIRPORTS: tuple[tuple[str, str, str], ...] = (
    (r"Bandaranaike", "Colombo", "LK"),
    (r"Jomo\s+Kenyatta", "Nairobi", "KE"),
    (r"Bole", "Addis Ababa", "ET"),
    (r"O\.?\s?R\.?\s+Tambo|Oliver\s+Reginald\s+Tambo", "Johannesburg", "ZA"),
    (r"Murtala\s+Muhammed", "Lagos", "NG"),
    (r"Nnamdi\s+Azikiwe", "Abuja", "NG"),
    (r"Kotoka", "Accra", "GH"),
    (r"Julius\s+Nyerere", "Dar es Salaam", "TZ"),
    (r"Kenneth\s+Kaunda", "Lusaka", "ZM"),
    (r"Hosea\s+Kutako", "Windhoek", "NA"),
    (r"Blaise\s+Diagne", "Dakar", "SN"),
    (r"Houari\s+Boumediene", "Algiers", "DZ"),
    (r"Mohammed\s+V", "Casablanca", "MA"),
    (r"Nelson\s+Mandela", "Praia", "CV"),
    (r"Indira\s+Gandhi", "New Delhi", "IN"),
    (r"Chhatrapati\s+Shivaji(?:\s+Maharaj)?", "Mumbai", "IN"),
    (r"Jinnah", "Karachi", "PK"),
    (r"Allama\s+Iqbal", "Lahore", "PK"),
    (r"Hamid\s+Karzai", "Kabul", "AF"),
    (r"Hazrat\s+Shahjalal", "Dhaka", "BD"),
    (r"Tribhuvan", "Kathmandu", "NP"),
    (r"Velana", "Male", "MV"),
    (r"Soekarno-Hatta", "Jakarta", "ID"),
    (r"Ngurah\s+Rai", "Denpasar", "ID"),
    (r"Ninoy\s+Aquino", "Manila", "PH"),
    (r"Suvarnabhumi|Don\s+Mueang", "Bangkok", "TH"),
    (r"Noi\s+Bai", "Hanoi", "VN"),
    (r"Tan\s+Son\s+Nhat", "Ho Chi Minh City", "VN"),
    (r"Changi", "Singapore", "SG"),
    (r"Narita|Haneda", "Tokyo", "JP"),
    (r"Incheon|Gimpo", "Seoul", "KR"),
    (r"Daxing", "Beijing", "CN"),
    (r"Pudong|Hongqiao", "Shanghai", "CN"),
    (r"Chinggis\s+Khaan|Genghis\s+Khan", "Ulaanbaatar", "MN"),
    (r"Heydar\s+Aliyev", "Baku", "AZ"),
    (r"Imam\s+Khomeini|Mehrabad", "Tehran", "IR"),
    (r"Queen\s+Alia", "Amman", "JO"),
    (r"King\s+Khalid", "Riyadh", "SA"),
    (r"King\s+Abdulaziz", "Jeddah", "SA"),
    (r"Hamad", "Doha", "QA"),
    (r"Zayed", "Abu Dhabi", "AE"),
    (r"Ben\s+Gurion", "Tel Aviv", "IL"),
    (r"Rafic\s+Hariri", "Beirut", "LB"),
    (r"Esenboga", "Ankara", "TR"),
    (r"Ataturk|Sabiha\s+Gokcen", "Istanbul", "TR"),
    (r"Sheremetyevo|Vnukovo|Domodedovo", "Moscow", "RU"),
    (r"Pulkovo", "Saint Petersburg", "RU"),
    (r"Boryspil", "Kyiv", "UA"),
    (r"Chopin", "Warsaw", "PL"),
    (r"Heathrow|Gatwick|Stansted", "London", "GB"),
    (r"Charles\s+de\s+Gaulle|Orly", "Paris", "FR"),
    (r"Schiphol", "Amsterdam", "NL"),
    (r"Fiumicino|Ciampino", "Rome", "IT"),
    (r"Malpensa|Linate", "Milan", "IT"),
    (r"Barajas|Adolfo\s+Suarez", "Madrid", "ES"),
    (r"Zaventem", "Brussels", "BE"),
    (r"Arlanda", "Stockholm", "SE"),
    (r"Gardermoen", "Oslo", "NO"),
    (r"Kastrup", "Copenhagen", "DK"),
    (r"Dulles|Reagan\s+National|Joint\s+Base\s+Andrews|Andrews", "Washington", "US"),
    (r"John\s+F\.?\s+Kennedy|JFK", "New York", "US"),
    (r"Pearson", "Toronto", "CA"),
    (r"Benito\s+Juarez", "Mexico City", "MX"),
    (r"Guarulhos", "Sao Paulo", "BR"),
    (r"Galeao", "Rio de Janeiro", "BR"),
    (r"Ezeiza|Ministro\s+Pistarini", "Buenos Aires", "AR"),
    (r"El\s+Dorado", "Bogota", "CO"),
    (r"Jorge\s+Chavez", "Lima", "PE"),
    (r"Arturo\s+Merino\s+Benitez", "Santiago", "CL"),
    (r"Mariscal\s+Sucre", "Quito", "EC"),
    (r"Simon\s+Bolivar|Maiquetia", "Caracas", "VE"),
    (r"Norman\s+Manley", "Kingston", "JM"),
    (r"Kingsford\s+Smith", "Sydney", "AU"),
    (r"Tullamarine", "Melbourne", "AU"),
)

_AIRPORT = r"(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]irfield|[Aa]ir\s+[Bb]ase)\b"
_NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?:"
    + "|".join(f"(?P<a{n}>{p})" for n, (p, _, _) in enumerate(AIRPORTS))
    + rf")\s+{_AIRPORT})"
)
# "Tashkent airport", "Kabul's international airport", "Beijing Capital International Airport"
_BY_CITY = re.compile(
    r"(?<![\w-])(?P<name>(?P<city>[A-Z][\w'.-]+(?:\s+(?:de\s+|es\s+)?[A-Z][\w'.-]+){0,3})"
    rf"(?:'s)?\s+{_AIRPORT})"
)


@functools.lru_cache(maxsize=512)
def _city(name: str, code: str | None = None) -> gazetteer.Place | None:
    place = gazetteer.lookup(name, code).place
    return place if place is not None and place.precision in ("city", "exact_site") else None


def _served(words: str) -> gazetteer.Place | None:
    """The city a run of capitalised words before "airport" names, longest first from the
    end, then from the start ("Beijing Capital" → Beijing)."""
    parts = words.split()
    runs = [parts[n:] for n in range(len(parts))] + [
        parts[:n] for n in range(len(parts) - 1, 0, -1)
    ]
    for run in runs:  # "On Tuesday Tashkent" → Tashkent
        place = _city(" ".join(run))
        if place is not None:
            return place
    return None


def airport_venues(masked: str) -> list[tuple[int, int, str, gazetteer.Place]]:
    """(begin, end, name as written, city served) of every airport the text names."""
    text = fold(masked).replace("’", "'")
    out = []
    taken: set[int] = set()
    for m in _NAMED.finditer(text):
        key = next(k for k, v in m.groupdict().items() if v and k[0] == "a" and k[1:].isdigit())
        _, city, code = AIRPORTS[int(key[1:])]
        place = _city(city, code)
        if place is not None:
            out.append((m.start("name"), m.end(), masked[m.start("name") : m.end()], place))
            taken.add(m.end())
    for m in _BY_CITY.finditer(text):
        place = None if m.end() in taken else _served(m.group("city"))
        if place is not None:
            out.append((m.start("name"), m.end(), masked[m.start("name") : m.end()], place))
    return out
