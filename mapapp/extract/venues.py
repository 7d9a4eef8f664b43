"""Where an event happened: places after venue prepositions, visit destinations, capitals.

Only a place that follows a venue preposition ("in Doha", "at a house in Kabul", "traveled to
Tajikistan") or a capital named by its country ("in the Uzbek capital") is a venue, resolved with
:mod:`mapapp.gazetteer`. Not places: origins ("from his base in Tajikistan"), topics ("peace in
Afghanistan"), possessives used as metonyms ("Washington's support"), demonyms, organisations and
people even when a town has their name ("Hudson Institute", "Graham"), months and weekdays.
Calls and online events get no place. Every rule reads a bounded window around its match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mapapp import gazetteer
from mapapp.extract import dated_topics, place_heads, place_names, site_cities
from mapapp.extract.actors import _ORG_WORDS, ActorTable, _words
from mapapp.extract.airports import airport_venues
from mapapp.extract.departures import own_places
from mapapp.extract.document_topics import in_document_title
from mapapp.extract.gatherings import gathering_place, gathering_venues
from mapapp.extract.landmarks import capital_place as _capital_place
from mapapp.extract.landmarks import country_seats, landmark_place, landmark_venues
from mapapp.extract.leg_wordings import ORIGIN_GAP, TIME_GAP
from mapapp.extract.place_names import SITE_WORDS, cached_lookup, city_of_site, resolve_place
from mapapp.extract.place_names import lodging_of as _lodging
from mapapp.extract.place_scope import LIVES_IN, NEW_CLAUSE, aside_end
from mapapp.extract.scheduled_venues import host_cities, told_venues
from mapapp.extract.triggers import ONLINE, Clauses, Trigger, window
from mapapp.extract.venue_clauses import and_country, host_before, host_countries, welcome_venue

_LOOK = 120
_TARGET = re.compile(r"(?:\s+\S+){0,3}?\s+(?:on|against)\s")
_TIME_GAP = re.compile(rf"{TIME_GAP}|{ORIGIN_GAP}")  # "travels on Friday to", "flies from Lima to"
_ORIGIN = re.compile(r"\bfrom\s+(?:\S+\s+){0,3}$")
_COUNTRY_WORDS = r"[A-Z][\w.-]{1,30}(?:\s+(?:d['’])?[A-Z][\w-]+){0,2}"  # "Cote d'Ivoire"
# "the Tanzanian commercial capital": the country's largest city, not its seat of government
_LARGEST = r"\b(?:commercial|economic|business|financial)\s+"
_KIND = rf"(?:{_LARGEST})?"
_CAPITAL = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Tt]o|[Ii]nside|[Nn]ear|[Ii]nto|[Oo]utside|visit(?:ed|ing|s)?|"
    r"tour(?:ed|ing|s)?|reach(?:ed|es|ing)?)\s+(?:"
    rf"the\s+(?P<name>{_COUNTRY_WORDS})\s+{_KIND}capital|"
    rf"(?P<owner>{_COUNTRY_WORDS})['’]s?\s+{_KIND}capital|"
    rf"the\s+{_KIND}capital\s+of\s+(?:the\s+)?(?P<of>{_COUNTRY_WORDS}))\b"
)


institution_place = landmark_place  # the name earlier callers know


def _institutions(masked: str) -> list[Venue]:
    """ "at the U.S. Mission to the United Nations", "at the Élysée", "at the Arab League
    headquarters": the city it is in (:mod:`mapapp.extract.landmarks`), the name as its site."""
    found = landmark_venues(masked) + country_seats(masked) + airport_venues(masked)
    found += gathering_venues(masked)  # "at the Shangri-La Dialogue": Singapore
    return [Venue(b, e, place.name, place, name) for b, e, name, place in found]


def _hosts(masked: str, relative: bool = False) -> list[Venue]:
    """ "Tonga last hosted the leaders' meeting": a country named as host is where its event
    is when the sentence names no place after it (a city after it wins: "… in Doha")."""
    hosts = host_countries(masked, relative) + (host_cities(masked) if relative else [])
    return [Venue(b, e, name, place) for b, e, name, place in hosts]


_BORDER_SIDE = re.compile(
    r"\bon\s+the\s+(?P<name>[A-Z][\w-]{2,30})\s+side\s+of\s+the\s+(?:border|frontier|line)\b"
)


def _border_sides(masked: str) -> list[Venue]:
    """ "on the Azerbaijani side of the border": that country."""
    out = []
    for m in _BORDER_SIDE.finditer(masked):
        code = gazetteer.country_code_for(m.group("name"))
        place = gazetteer.lookup(code).place if code else None
        if place is not None:
            out.append(Venue(m.start("name"), m.end(), m.group("name"), place))
    return out


def _capitals(masked: str) -> list[Venue]:
    """ "in the Uzbek capital", "in Somalia's capital", "in the capital of Chad": the country's
    capital city."""
    out = []
    for m in _CAPITAL.finditer(masked):
        country = m.group("name") or m.group("owner") or m.group("of")
        code = gazetteer.country_code_for(country)
        seat = gazetteer.largest_city if re.search(_LARGEST, m.group(0)) else _capital_place
        place = seat(code) if code else None
        named = _NAMED_CAPITAL.match(masked, m.end())  # "the Ivorian capital, Yamoussoukro"
        if named and code and (own := cached_lookup(named.group("city"), code).place):
            place = own if own.precision == "city" else place
        if place is not None and place.precision == "city":
            text = m.group(0).split(None, 1)[1]
            out.append(Venue(m.start(m.lastgroup or 0), m.end(), text, place))
    return out


_NAMED_CAPITAL = re.compile(r",?\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


_TOPIC_NOUNS = _words("""
peace war conflict situation developments crisis government affairs interests interest rights
stability security presence role involvement future opposition policy policies people economy
elections investment influence embassy embassies consulate consulates mission missions troops forces
education schools women girls trade cooperation relations refugees aid water fighting violence
clashes unrest insurgency tensions instability hostilities community communities diaspora
residents nationals citizens expatriates workers students development reconstruction
project projects programme programmes program programs scheme schemes pipeline pipelines
""")
_ISSUED = _words("issued based headquartered published released posted")
# "the Black Sea port of", "the Himalayan kingdom of", "the border town of": what the place is
_DESCRIPTOR = (
    r"(?:the|a|an|[A-Z][\w.-]+['’]s?)\s+(?:[\w'’-]+\s+){0,4}?(?:city|town|port|village|resort|"
    r"capital|region|"
    r"province|state|island|county|district|prefecture|department|municipality|enclave|oasis|"
    r"suburbs?|outskirts|kingdom|emirate|sultanate|principality|republic|nation|country|archipelago|"
    r"territory|border\s+(?:town|city|crossing))\s+of\s+"
)
# "in Vila Real, in northern Portugal": the country the town is in, told with its part
_IN_PART = r"(?:in\s+(?:the\s+)?(?:north|south|east|west|central)[\w-]*\s+)?"
_VENUE = re.compile(
    r"\b(?P<prep>[Ii]n|[Aa]t|[Ii]nside|[Oo]utside|[Nn]ear|[Ii]nto|"
    r"[Oo]n(?=\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}(?:island|islands|coast|shores?|outskirts)\b))\s+"
    rf"(?P<lead>{_DESCRIPTOR}|(?:(?:the|some|"
    r"several|many|most|parts?|areas?|regions?|provinces?|northern|southern|eastern|western|"
    r"brotherly|sisterly|fraternal|friendly|"
    r"central|north-?\w+ern|south-?\w+ern|capital|city|town|village|province|state|island|"
    r"county|district|prefecture|department|outskirts|suburbs?|of|"
    r"[A-Z][\w-]+(?=\s+(?:city|town|port|village|capital|region|province|state|island|county|"
    r"district|prefecture|department)\s+of\s))"
    r"\s+){0,5})"
    r"(?P<name>[A-Z][\w’'.-]{0,40}(?:\s+(?:(?:of\s+(?:the\s+)?|and\s+the\s+|de\s+la\s+|"
    rf"d[aeo]l?s?\s+|es\s+|d['’])?{place_names.NO_DAY}[A-Z][\w’'.-]{{0,40}}|"
    r"(?:el|al|ad|as|ash|an|ul|ur|ed|ez)-[\w’'.-]{1,40})"
    r"){0,4})"
    rf"(?P<poss>['’]s\b)?(?:,\s+{_IN_PART}(?P<country>[A-Z][\w.]{{0,40}}(?:\s+[A-Z][\w.]{{0,40}}){{0,3}}))?"
)
_DESTINATION = re.compile(
    rf"\s*(?:to\s+)?(?P<lead>{_DESCRIPTOR})?(?:the\s+)?(?:(?:brotherly|sisterly|fraternal)\s+)?"
    # "to Dar es Salaam", "visited Rio de Janeiro": a city's small inner words, as in a venue
    r"(?P<name>[A-Z][\w’'.-]{0,40}(?:\s+(?:of\s+(?:the\s+)?|de\s+la\s+|d[aeo]l?s?\s+|es\s+|d['’])?"
    rf"{place_names.NO_DAY}[A-Z][\w’'.-]{{0,40}}){{0,4}})"
    rf"(?P<poss>['’]s\b)?(?:,\s+{_IN_PART}(?P<country>[A-Z][\w.]{{0,40}}(?:\s+[A-Z][\w.]{{0,40}}){{0,3}}))?"
)


@dataclass(frozen=True)
class Venue:
    """A place the sentence names as where something happened."""

    begin: int
    end: int
    text: str
    place: gazetteer.Place
    site: str | None = None  # a named site the place was reached through ("Concordia Press Club")


def _candidates(masked: str, triggers: list[Trigger]) -> list[tuple[int, re.Match[str]]]:
    """Place names after venue prepositions, welcomes and trip words, each with where it starts
    (topics, homes, origins and the places texts were issued in left out)."""
    candidates = []
    for m in _VENUE.finditer(masked):
        before = masked[max(0, m.start() - _LOOK) : m.start()]
        words = before.split()
        topic = words and words[-1].casefold() in _TOPIC_NOUNS and words[-1][:1].islower()
        topic = topic and not dated_topics.dated_venue(masked, m.group("name"), m.end("name"))
        if topic and not _AT_OFFICE.search(before) and not _HEADS_OF.search(before):
            continue  # a topic, not a venue: "peace in Afghanistan" (not "Islamic Cooperation in")
        if LIVES_IN.search(before) or in_document_title(before, masked[m.end() : m.end() + _LOOK]):
            continue  # where people stay ("remain in the UK"); what a document is about
        if words and words[-1].casefold() in _ISSUED:
            continue  # where a text came from: "a statement issued in Georgetown"
        origin = _ORIGIN.search(before)
        if origin and not _told_between(triggers, m.start() - len(before) + origin.start(), m):
            continue  # an origin: "from his base in Tajikistan"
        candidates.append((m.start("name"), m))
    for w in _WELCOME_TO.finditer(masked):
        if dest := _DESTINATION.match(masked, w.end()):
            candidates.append((dest.start("name"), dest))
    for t in triggers:
        at = t.end
        if t.event_type == "military_strike" and (target := _TARGET.match(masked, t.end)):
            at = target.end()  # "airstrikes on Damascus"
        elif t.event_type != "visit":
            continue
        elif gap := _TIME_GAP.match(masked, at):
            at = gap.end()  # "travels on Friday to Encarnación", "flies from Lima to Quito"
        if dest := _DESTINATION.match(masked, at):
            candidates.append((dest.start("name"), dest))
    return candidates


def find_venues(masked: str, triggers: list[Trigger], table: ActorTable) -> list[Venue]:
    """Places after venue prepositions, and visit destinations, in order; named sites kept."""
    candidates = _candidates(masked, triggers)
    landmarks = _institutions(masked)
    venues: list[Venue] = _capitals(masked) + landmarks + _border_sides(masked) + _hosts(masked)
    venues += [Venue(b, e, name, place) for b, e, name, place in told_venues(masked)]
    taken = [(v.begin, v.end) for v in venues]
    site: tuple[int, str] | None = None
    for begin, m in sorted(dict(candidates).items()):
        if any(lo <= begin < hi for lo, hi in taken):
            continue  # part of an institution's name: "Mission to the United Nations"
        name = m.group("name")
        if m.group("poss") or re.search(r"['’]s$", name):
            if not _OWNS_SITE.match(masked, m.end()):
                continue  # "Washington's support": a metonym ("Tehran's northern district" is not)
            name = re.sub(r"['’]s?$", "", name)
        described = _described(m)  # "the Spanish region of Navarre": in Spain
        code = described.country_code if described else host_before(masked, m.start())
        whole = _SITE_AFTER.match(masked, m.end("name")) is not None
        country, end = place_names.comma_part(masked, m)
        joined = and_country(masked, m)
        if joined is not None:  # "in Trinidad and Tobago": one country
            name, end = joined
        place = resolve_place(name, country, table, code, whole=whole) or described
        place = None if place and _lodging(masked, m.end("name"), place) else place  # a resort
        if place is not None and place_heads.the_building(masked, begin, m.end("name"), place):
            place = None  # "at the Alhambra": a building, not Alhambra, California
        owner = re.match(r"(.+?)['’]s?\s+[A-Z]", name)  # "Kyiv's Mariinsky Palace": Kyiv
        if place is None and owner is not None:
            place = resolve_place(owner.group(1), None, table)
        place = place or city_of_site(m.group("name"))  # "the Kigali Convention Centre"
        place = place or site_cities.site_city(masked, m, country)  # "…, Dar es Salaam"
        if place is None:
            if m.group("name").split()[-1] in SITE_WORDS:
                site = (begin, m.group("name"))
            continue
        near = site[1] if site and begin - site[0] < 120 else None
        text = joined[0] if joined else m.group("name")
        venues.append(Venue(begin, end, text, place, near))
        site = None
    venues = site_cities.city_after_town(masked, _city_after_landmark(masked, venues, landmarks))
    if not venues:  # "…, which Fiji hosts": only where the sentence names no other place
        venues = _hosts(masked, relative=True)
    return _without_city_regions(masked, venues)


def _told_between(triggers: list[Trigger], lo: int, m: re.Match[str]) -> bool:
    """ "Ministers from eight countries met in Sarajevo": an event word between "from" and the
    place makes the place the event's venue, not an origin."""
    return any(lo < t.begin < m.start() and t.kind != "noun" for t in triggers)


# "a summit of heads of state and government in Moroni": people, not a topic
_HEADS_OF = re.compile(r"\bheads?\s+of\s+(?:state\s+and\s+)?government\s+$")
# "met officials at the Turkish embassy in Kabul": where the office stands is the venue
_AT_OFFICE = re.compile(
    r"\b(?:[Aa]t|[Ii]nside|[Oo]utside)\s+(?:the|its|his|her|their)\s+(?:[\w.'’-]+\s+){0,3}"
    r"(?:embassy|consulate|mission)\s+$"
)


# "the Cidade Alta presidential palace", "Mansa Guest House": a site named by its own words
_SITE_AFTER = re.compile(
    r"\s+(?:(?:presidential|royal|state|official|national|government|guest|conference|"
    r"convention|exhibition|sports|diplomatic|ministerial)\s+){0,2}(?:palace|residence|compound|"
    r"guest\s*house|hotel|building|complex|lodge|villa|mansion|castle|hall|centre|center|"
    r"stadium|headquarters|estate|fortress|resort)\b"
)
# "in Mindelo, on the island of Sao Vicente": where the city is, no place of its own
_CITY_REGION = re.compile(
    r"\s*,\s+(?:on|in)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:island|province|region|state|department|"
    r"county|district|prefecture|governorate)\s+of\s+(?:the\s+)?"
)


def _without_city_regions(masked: str, venues: list[Venue]) -> list[Venue]:
    """Drop a region told right after a city to say where the city is: the event is in the
    city ("ends in Mindelo, on the island of Sao Vicente, where he will meet …")."""
    out: list[Venue] = []
    for v in venues:
        prev = out[-1] if out else None
        if prev is not None and prev.place.precision == "city":
            m = _CITY_REGION.match(masked, prev.end)
            if m is not None and m.end() == v.begin:
                continue
        out.append(v)
    return out


_IN_AFTER = re.compile(r",?\s+(?:[a-z]+\s+)?(?:in|at)\s+(?:the\s+)?")  # "… resort in Florida"


def _city_after_landmark(masked: str, venues: list[Venue], landmarks: list[Venue]) -> list[Venue]:
    """ "at UN headquarters in Geneva": the city stated after a landmark wins, the landmark
    its site; "at Mar-a-Lago in Florida": a region after it does not."""
    for landmark in landmarks:
        m = _IN_AFTER.match(masked, landmark.end)
        after = next((v for v in venues if m and v.begin == m.end()), None)
        if after is None:
            continue
        if after.place.precision in ("city", "exact_site"):
            venues.remove(landmark)
            venues[venues.index(after)] = replace(after, site=landmark.site or landmark.text)
        else:
            venues.remove(after)
    return venues


# "will welcome leaders … to Kananaskis", "and on to Moscow on Tuesday": places reached
# After "in Kyiv's", "on Singapore's": a site or a part of the place, so the place is a venue
_OWNS_SITE = re.compile(
    r"\s+(?:[A-Z]|(?:[\w-]+\s+){0,2}(?:island|capital|outskirts|suburbs?|district|port|coast|"
    r"centre|center|quarter|old\s+city|waterfront)\b)"
)
_WELCOME_TO = re.compile(
    r"\b(?:welcom|invit)(?:e|es|ed|ing)\s+[^.;:—]{1,80}?\bto\s+(?=(?:the\s+)?[A-Z])|"
    r"\bon(?:ward)?\s+to\s+(?=(?:the\s+)?[A-Z])"
)
_DESCRIBED = re.compile(
    r"(?P<adj>[A-Z][\w-]+)\s+(?:[\w-]+\s+)?(?:region|province|state|island|county|district|"
    r"town|city|village|resort|port|spa\s+town)\s+of"
)


def _described(m: re.Match[str]) -> gazetteer.Place | None:
    """ "in the northeastern Indian state of X" with X unknown: the country the adjective names."""
    lead = m.groupdict().get("lead") or ""
    found = _DESCRIBED.search(lead)
    code = gazetteer.country_code_for(found.group("adj")) if found else None
    return gazetteer.lookup(code).place if code else None


_ON_VISIT = re.compile(
    r"\b(?:during|on|while\s+on)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\b"
)


def on_a_visit(masked: str, lo: int, hi: int) -> bool:
    """ "held talks … during a visit to Beijing": the talks were where the visit went."""
    return _ON_VISIT.search(masked, lo, hi) is not None


# "to Dakar, Senegal, and Abidjan", "to Abuja, Nigeria; Accra, Ghana; and Dakar, Senegal"
_AND_STOP = re.compile(
    r"(?:,?\s+(?:and|then)\s+(?:then\s+)?|;\s+(?:and\s+)?(?:then\s+)?)(?:on\s+)?(?:to\s+)?"
    r"(?=(?:the\s+)?[A-Z])"
)

_COMMA = re.compile(r",\s+(?=[A-Z])")


def next_stop(masked: str, venue: Venue, table: ActorTable) -> Venue | None:
    """ "will travel to Dakar, Senegal, and Abidjan", "to Kenya, Ethiopia and Djibouti": the next
    place a trip's list names (after a bare comma only when the list goes on after it)."""
    m = _AND_STOP.match(masked, venue.end, venue.end + 20) or _COMMA.match(masked, venue.end)
    stop = stop_at(masked, m.end(), table) if m else None
    if stop is not None and m is not None and m.re is _COMMA:
        stop = stop if _AND_STOP.match(masked, stop.end) or _COMMA.match(masked, stop.end) else None
    return None if stop is None or stop.place == venue.place else stop


def stop_at(masked: str, pos: int, table: ActorTable) -> Venue | None:
    """The place named at ``pos`` ("Cairo" in "and then to Cairo on Sunday"), if any."""
    dest = _DESTINATION.match(masked, pos)
    if dest is None or dest.group("poss"):
        return None
    country, end = place_names.comma_part(masked, dest)
    place = resolve_place(dest.group("name"), country, table)
    return None if place is None else Venue(dest.start("name"), end, dest.group("name"), place)


_NOT_NAMES = _words("the a an this that these those its their his her our annual first next last")
_NAMED_FOR = re.compile(r"(?P<name>[A-Z][\w'’-]{2,30})\s+(?:[A-Z][\w'’-]*\s+){0,2}$")


def named_for(masked: str, trigger: Trigger, venue: Venue | None = None) -> Venue | None:
    """ "hosted the Ulaanbaatar Forum", "the Munich Security Conference": a gathering named
    after the city it meets in (a city of the gazetteer, never a country or a person), or one
    with a fixed home ("the World Government Summit": Dubai; :mod:`mapapp.extract.gatherings`),
    unless ``venue``, the place the sentence gives the event, is a city."""
    if trigger.event_type not in ("meeting", "conference"):
        return venue
    if venue is None or venue.place.precision not in ("city", "exact_site"):
        home = gathering_place(masked, trigger.begin, trigger.end)
        venue = Venue(home[0], home[1], masked[home[0] : home[1]], home[2]) if home else venue
    if venue is not None or trigger.event_type != "conference":
        return venue
    m = _NAMED_FOR.search(masked, max(0, trigger.begin - 60), trigger.begin)
    if m is None or m.end() != trigger.begin:  # "attend the Astana International Forum"
        m = _NAMED_FOR.match(masked[: trigger.end].rsplit(None, 1)[0] + " ", trigger.begin)
    if m is None or m.group("name").casefold() in _NOT_NAMES:
        return None
    if any(w.casefold().strip(".") in _ORG_WORDS for w in m.group(0).split()):
        return None  # "an online Hudson Institute event": an organisation's, not a city's
    place = cached_lookup(m.group("name"), None).place
    if place is None or place.precision != "city" or gazetteer.is_demonym(m.group("name")):
        return None
    if place.population < 100_000:
        return None  # a small town sharing a word is no venue
    return Venue(m.start("name"), m.end("name"), m.group("name"), place)


def place_name(venue: Venue, venues: list[Venue]) -> str:
    if venue.place.precision != "exact_site":
        return f"{venue.site}, {venue.place.name}" if venue.site else venue.place.name
    city = next(
        (
            v.place.name
            for v in venues
            if v.place.precision == "city" and v.place.country_code == venue.place.country_code
        ),
        None,
    )
    return f"{venue.place.name}, {city}" if city else venue.place.name


def venue_for(
    masked: str, trigger: Trigger, triggers: list[Trigger], venues: list[Venue], clauses: Clauses
) -> Venue | None:
    """The trigger's venue: first after it in its clause, else the trip's end or one before."""
    near = window(masked, trigger, clauses, 4) + " " + masked[trigger.begin : trigger.end]
    if trigger.event_type == "call" or ONLINE.search(near):
        return None  # "told an online Hudson Institute event": no place
    clause_end = min(clauses.end(trigger.end), aside_end(masked, trigger))
    venues = own_places(masked, trigger, triggers, venues)  # not "… and left for Lusaka"
    after = [v for v in venues if trigger.end <= v.begin < clause_end]
    # the latest trip told before the event word ("visited Jakarta …, before flying to Manila
    # on Tuesday for talks": the talks were in Manila)
    visit = next(
        (t for t in reversed(triggers) if t.event_type == "visit" and t.begin < trigger.begin),
        None,
    )
    if visit is not None:
        dest = [v for v in venues if v.begin >= visit.end]
        trip = dest and dest[0].begin < trigger.begin and trigger.event_type != "visit"
        # "… to visit Washington in September and noted that the two sides will convene …
        # in Hanoi": a clause of its own tells another event
        trip = trip and not NEW_CLAUSE.search(masked, visit.end, trigger.begin)
        # "visited Luanda in 2011, and the three countries last met … in Dili": another clause
        trip = trip and clauses.start(visit.begin) == clauses.start(trigger.begin)
        # "visited Lusaka and Harare, signing an accord in Harare": the place right after it
        own = bool(after) and after[0].begin - trigger.end <= 12
        if after and trip and not own and after[0].place.country_code != dest[0].place.country_code:
            return dest[0]  # "will travel to Japan for talks …, the office in Seoul said"
        if not after and dest:  # "flies to Kyiv on Monday and on to Moscow … for talks"
            passed = [v for v in dest if v.begin < trigger.begin]
            return passed[-1] if passed else dest[0]
    if after:  # "a tour of the Gulf, starting in Riyadh": the city, not the region
        spots = [v for v in after if v.place.precision != "region" or trigger.event_type != "visit"]
        return (spots or after)[0]
    if trigger.event_type == "visit" and (welcomed := welcome_venue(masked, trigger, venues)):
        return welcomed  # "arrived on Tuesday and was welcomed at Honiara airport"
    before = [v for v in venues if v.begin < trigger.begin]
    return before[-1] if before else None
