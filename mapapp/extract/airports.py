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
    (r"Fairbairn", "Canberra", "AU"),
    (r"Chek\s+Lap\s+Kok", "Hong Kong", "HK"),
    (r"Taoyuan|Chiang\s+Kai-shek", "Taipei", "TW"),
    (r"Palam", "New Delhi", "IN"),
    (r"Kempegowda", "Bengaluru", "IN"),
    (r"Wattay", "Vientiane", "LA"),
    (r"Pochentong", "Phnom Penh", "KH"),
    (r"Presidente\s+Nicolau\s+Lobato", "Dili", "TL"),
    (r"Brunei", "Bandar Seri Begawan", "BN"),
    # the Pacific
    (r"Faleolo", "Apia", "WS"),
    (r"Fua'amotu", "Nuku'alofa", "TO"),
    (r"Jacksons?", "Port Moresby", "PG"),
    (r"Henderson", "Honiara", "SB"),
    (r"Bauerfield", "Port Vila", "VU"),
    (r"(?:La\s+)?Tontouta", "Noumea", "NC"),
    (r"Nausori", "Suva", "FJ"),
    # Africa
    (r"Kamuzu", "Lilongwe", "MW"),
    (r"Sir\s+Seretse\s+Khama", "Gaborone", "BW"),
    (r"Robert\s+Gabriel\s+Mugabe", "Harare", "ZW"),
    (r"Maya-Maya", "Brazzaville", "CG"),
    (r"N'?[Dd]jili", "Kinshasa", "CD"),
    (r"Felix\s+Houphouet-Boigny|Port-Bouet", "Abidjan", "CI"),
    (r"Diori\s+Hamani", "Niamey", "NE"),
    (r"Modibo\s+Keita|Senou", "Bamako", "ML"),
    (r"Thomas\s+Sankara", "Ouagadougou", "BF"),
    (r"Gnassingbe\s+Eyadema", "Lome", "TG"),
    (r"Cardinal\s+Bernardin\s+Gantin|Cadjehoun", "Cotonou", "BJ"),
    (r"Aden\s+Adde", "Mogadishu", "SO"),
    (r"Carthage", "Tunis", "TN"),
    (r"Mitiga", "Tripoli", "LY"),
    (r"Gbessia", "Conakry", "GN"),
    (r"Lungi", "Freetown", "SL"),
    (r"Roberts", "Monrovia", "LR"),
    (r"Yundum", "Banjul", "GM"),
    (r"Oumtounsy", "Nouakchott", "MR"),
    (r"Ivato", "Antananarivo", "MG"),
    (r"Sir\s+Seewoosagur\s+Ramgoolam", "Port Louis", "MU"),
    (r"Prince\s+Said\s+Ibrahim|Hahaya", "Moroni", "KM"),
    (r"Nsimalen", "Yaounde", "CM"),
    (r"Leon\s+M'[Bb]a", "Libreville", "GA"),
    (r"Hassan\s+Djamous", "N'Djamena", "TD"),
    (r"Osvaldo\s+Vieira", "Bissau", "GW"),
    (r"Quatro\s+de\s+Fevereiro|4\s+de\s+Fevereiro", "Luanda", "AO"),
    # Eurasia and the Gulf
    (r"Islam\s+Karimov", "Tashkent", "UZ"),
    (r"Nursultan\s+Nazarbayev", "Astana", "KZ"),
    (r"Zvartnots", "Yerevan", "AM"),
    (r"Shota\s+Rustaveli", "Tbilisi", "GE"),
    (r"Kuwait", "Kuwait City", "KW"),
    (r"Bahrain", "Manama", "BH"),
    # Europe
    (r"Henri\s+Coanda|Otopeni", "Bucharest", "RO"),
    (r"Ferenc\s+Liszt|Ferihegy", "Budapest", "HU"),
    (r"Vaclav\s+Havel|Ruzyne", "Prague", "CZ"),
    (r"Eleftherios\s+Venizelos", "Athens", "GR"),
    (r"Okecie", "Warsaw", "PL"),
    (r"Luqa", "Valletta", "MT"),
    (r"Keflavik", "Reykjavik", "IS"),
    (r"Vantaa", "Helsinki", "FI"),
    (r"Tegel|Schonefeld|Willy\s+Brandt", "Berlin", "DE"),
    (r"Schwechat", "Vienna", "AT"),
    (r"Kloten", "Zurich", "CH"),
    (r"Cointrin", "Geneva", "CH"),
    (r"Portela|Humberto\s+Delgado", "Lisbon", "PT"),
    # the Americas
    (r"Tocumen", "Panama City", "PA"),
    (r"Juan\s+Santamaria", "San Jose", "CR"),
    (r"La\s+Aurora", "Guatemala City", "GT"),
    (r"(?:Monsenor\s+)?Oscar\s+Arnulfo\s+Romero|Comalapa", "San Salvador", "SV"),
    (r"Toncontin", "Tegucigalpa", "HN"),
    (r"Augusto\s+C\.?\s+Sandino", "Managua", "NI"),
    (r"Jose\s+Marti", "Havana", "CU"),
    (r"Las\s+Americas", "Santo Domingo", "DO"),
    (r"Toussaint\s+Louverture", "Port-au-Prince", "HT"),
    (r"Piarco", "Port of Spain", "TT"),
    (r"Cheddi\s+Jagan|Timehri", "Georgetown", "GY"),
    (r"Grantley\s+Adams", "Bridgetown", "BB"),
    (r"Silvio\s+Pettirossi", "Asuncion", "PY"),
    (r"Carrasco", "Montevideo", "UY"),
    (r"Viru\s+Viru", "Santa Cruz", "BO"),
    (r"Jorge\s+Newbery|Aeroparque", "Buenos Aires", "AR"),
)

_AIRPORT = r"(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]irfield|[Aa]ir\s+[Bb]ase)\b"
_NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?:"
    + "|".join(f"(?P<a{n}>{p})" for n, (p, _, _) in enumerate(AIRPORTS))
    + rf")\s+{_AIRPORT})"
)
# the small Arabic article inside a city's name: "Sharm el-Sheikh", "Ras al Khaimah"
_PARTICLE = r"(?:el|al|ad|as|ash|an|ed|ez|ul|ur)[-\s]"
# "Tashkent airport", "Kabul's international airport", "Beijing Capital International Airport"
_BY_CITY = re.compile(
    rf"(?<![\w-])(?P<name>(?P<city>[A-Z][\w'.-]+(?:\s+(?:de\s+|es\s+|{_PARTICLE})?[A-Z][\w'.-]+){{0,3}})"
    rf"(?:'s)?\s+{_AIRPORT})"
)


@functools.lru_cache(maxsize=512)
def _city(name: str, code: str | None = None) -> gazetteer.Place | None:
    place = gazetteer.lookup(name, code).place
    return place if place is not None and place.precision in ("city", "exact_site") else None


def _served(words: str) -> gazetteer.Place | None:
    """The city a run of capitalised words before "airport" names, longest first from the
    end, then from the start ("Beijing Capital" → Beijing); a possessive names it too
    ("Astana's airport")."""
    parts = re.sub(r"'s$", "", words).split()
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
