"""One event word, several guests met one by one: one event per guest.

"held separate bilateral meetings with Japan's prime minister and South Korea's president",
"bilateral talks with the presidents of Ghana and Kenya", "held a bilateral meeting with each of
them", "spoke by phone with the Thai leader and the Cambodian leader": each guest is an event of
its own, at the time and place of the first. A trip to several places "holding talks with both
presidents" (or "with each") meets one in each place. Without a word that the guests were met
one by one ("separate", "bilateral", "each", "both", "respectively", or a call, which joins two
sides unless told "joint" or "three-way"), "met the president and the foreign minister" stays
one meeting. Guests told by adjectives sharing one plural title ("held separate talks with his
Kenyan and Ugandan counterparts") are a guest each too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp import gazetteer
from mapapp.extract.actors import ActorTable, find_actors
from mapapp.extract.discourse import Mention

_TYPES = ("meeting", "conference", "call")
# the guests: after "with" (or right after "met", "received", "hosted"), up to the place, the
# time, a purpose or the end of the clause
_CAPS = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_NAME = rf"(?:the\s+)?{_CAPS}(?:\s+of\s+(?:the\s+)?{_CAPS})?"  # "the President of Rwanda"
# a comma inside a list of guests ("from Sweden, Finland and Iceland") ends nothing
_THEN = r"(?:separately|also|then|later)\s+"  # "…, and separately the Prime Minister of X"
_LIST = rf"\s+{_NAME}(?:,|\s+and\b)|\s+and\s+(?:{_THEN})?{_NAME}(?=[,;.]|\s+(?:at|in|on|and)\b|$)"
_GUESTS = re.compile(
    r"(?:(?:\s+[\w'’-]+){0,4}?\s+with\b|(?<=\bmet)|(?<=\breceived)|(?<=\bhosted)|(?<=\bmeets)|(?<=\bmeet)|"
    r"(?<=\btelephoned)|(?<=\bphoned))"
    rf"\s+(?P<guests>(?:[^;:.(),]|,(?={_LIST})){{3,200}}?)"
    r"(?=\s+(?:at|in|on|during|before|after|to|for|about|over|amid|ahead|while|when|where|"
    r"focusing|focused|urging|discussing|and\s+(?:then\s+)?[a-z]+ed\b|"
    rf"that|this|last|next|earlier|later|yesterday|today|tomorrow)\b|[;:.]|,(?!{_LIST})|$)"
)
_ONE_BY_ONE = re.compile(
    r"(?i)\b(?:separate|separately|bilateral|bilaterals|individually|respectively|"
    r"one[- ]on[- ]one|in\s+turn)\b"
)
_PLURAL_GUESTS = (
    r"\s+(?:\w+\s+)?(?:presidents|leaders|ministers|sides|men|women|officials|heads|"
    r"counterparts|delegations|envoys|premiers|guests|visitors|negotiators|parties)"
)
_EACH = re.compile(
    r"(?i)^(?:(?P<each>each)|both|the\s+(?P<count>two|three|four|five|six)(?="
    + _PLURAL_GUESTS
    + r"))"
    r"(?:\s+of\s+(?:them|the(?:\s+(?P<n>two|three|four|five|six))?\b)|" + _PLURAL_GUESTS + r")?\b"
)
_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_TOGETHER = re.compile(
    r"(?i)\b(?:joint|jointly|together|three-way|trilateral|four-way|group|conference)\b"
)
# two holders of top offices, neither the other's aide ("and his foreign minister")
_HIGH = (
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?i:president|prime\s+minister|premier|king|queen|emir|"
    r"sultan|chancellor|general\s+secretary|secretary[- ]general|speaker|chairman|chairwoman|"
    r"crown\s+prince))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*){0,2}"
)
_TWO_LEADERS = re.compile(rf"(?:the\s+)?{_HIGH}\s+and\s+(?:the\s+)?{_HIGH}")
_GROUP_CALL = re.compile(r"(?i)\b(?:video|virtual|online|conference|summit)\b")
_PLURAL_TITLE = re.compile(r"(?i)\b(?:leaders|presidents|ministers|premiers|heads)\s+of\b")
_SPLIT = re.compile(
    r",\s+(?:and\s+)?(?:(?:separately|also|then|later)\s+)?|"
    r"\s+and\s+(?:(?:separately|also|then|later)\s+)?(?:with\s+)?"
)
# a guest: a person named or told by a title, or a country's leader, never a topic
_PERSON = re.compile(
    r"(?i)\b(?:president|presidents|prime\s+ministers?|premiers?|ministers?|leaders?|kings?|"
    r"queens?|emperor|emir|sultan|chancellor|secretary|counterparts?|envoys?|ambassadors?|"
    r"governors?|mayors?|chairman|chairwoman|chair|speaker|crown\s+prince|pope|delegations?|"
    r"head\s+of\s+(?:state|government)|heads|representatives?|delegates?|negotiators?)\b"
)


def _parts(guests: str) -> list[tuple[int, str]]:
    """The guests' phrases with their offsets: "A and B", "A, B and C", "the presidents of X
    and Y" (split between the countries); "Trinidad and Tobago" is one name."""
    cuts = [m for m in _SPLIT.finditer(guests)]
    cuts = [
        c
        for c in cuts
        if not gazetteer.is_country_name(
            _word_before(guests, c.start()) + " and " + _word_after(guests, c.end())
        )
    ]
    out, start = [], 0
    for c in cuts:
        out.append((start, guests[start : c.start()]))
        start = c.end()
    out.append((start, guests[start:]))
    return out


_TITLE_END = re.compile(
    r"(?i)\b(?:counterpart|minister|president|premier|envoy|representative|ambassador|"
    r"secretary|chancellor|leader|chairman|chair|mayor|governor|adviser)$"
)


def _appositions(parts: list[tuple[int, str]], guests: str) -> list[tuple[int, str]]:
    """ "his Paraguayan counterpart, Ana Ruiz": a name after a title is the same guest; a list
    of guests with commas ends with "and" ("A, B and C"), else the comma ends the guests."""
    out: list[tuple[int, str]] = []
    for at, phrase in parts:
        comma = out and "and" not in guests[out[-1][0] + len(out[-1][1]) : at].split()
        if comma and _TITLE_END.search(out[-1][1].strip()) and _capitalised(phrase):
            continue
        out.append((at, phrase))
    return out


def _word_before(text: str, pos: int) -> str:
    return text[:pos].split(" ")[-1] if pos else ""


def _word_after(text: str, pos: int) -> str:
    rest = text[pos:].split(" ")
    return rest[0] if rest else ""


def _one_by_one(masked: str, m: Mention, end: int, parts: list[tuple[int, str]]) -> bool:
    """Whether the sentence says the guests (told up to ``end``) were met one by one; a phone
    call joins two people, unless told with many ("a video call with the leaders of …")."""
    lo = max(0, m.trigger.begin - 40)
    told = masked[lo : min(len(masked), end + 14)]
    if _TOGETHER.search(told) and m.event_type != "meeting":
        return False
    if _ONE_BY_ONE.search(told):
        return True
    leaders = " and ".join(p for _, p in parts)
    deputy = re.search(r"(?i)\b(?:deputy|vice|assistant|acting|his|her|their)\b", leaders)
    if m.event_type == "meeting" and not deputy and _TWO_LEADERS.fullmatch(leaders):
        return True  # "is due to meet Vietnam's prime minister and the General Secretary"
    return (
        m.event_type == "call"
        and len(parts) == 2
        and not _GROUP_CALL.search(told)
        and not _PLURAL_TITLE.search(parts[0][1])
    )


def _guests(masked: str, m: Mention, stops: int) -> tuple[int, list[tuple[int, str]], int] | None:
    """(offset of the guests, their phrases, how many) when one word meets several by turn;
    ``stops``: the places of the sentence's trip ("to A and B …, holding talks with both")."""
    end = m.trigger.end - masked[m.trigger.end - 1].isspace()  # "met " ends with its space
    found = _GUESTS.match(masked, end, min(len(masked), end + 260))
    if found is None:
        return None
    guests, at = found["guests"], found.start("guests")
    each = _EACH.match(guests)
    # "with each of them", "with each of the three": two, or the number told; "both" only on a
    # trip to as many places; "both" and "the two" also when told one by one ("met the two
    # leaders separately", "telephoned both prime ministers separately")
    lo = max(0, m.trigger.begin - 40)
    apart = _ONE_BY_ONE.search(masked, lo, min(len(masked), found.end() + 14)) is not None
    if each is not None and (each["each"] or stops > 1 or apart):
        return at, [], _N.get((each["n"] or each["count"] or "").lower(), 2)
    parts = _appositions(_parts(guests), guests)
    people = [p for p in parts if _PERSON.search(p[1]) or _capitalised(p[1]) or _shared(parts)]
    if len(parts) < 2 or len(people) < len(parts):
        return None
    if not _one_by_one(masked, m, found.end(), parts):
        return None
    return at, parts, len(parts)


# "his Kenyan and Ugandan counterparts", "the Chilean and Peruvian presidents": one title for
# the people of two countries, each told by its adjective
_NATIONAL = re.compile(r"^(?:(?:his|her|their|the)\s+)?[A-Z][\w'’-]+$")
_PLURAL_PEOPLE = re.compile(
    r"^[A-Z][\w'’-]+\s+(?:[\w-]+\s+)?(?:counterparts|presidents|prime\s+ministers|premiers|"
    r"(?:[\w-]+\s+)?ministers|leaders|envoys|delegations)$"
)


def _shared(parts: list[tuple[int, str]]) -> bool:
    """Whether the guests are told by adjectives sharing the last one's plural title."""
    *first, last = [p.strip() for _, p in parts]
    return (
        bool(first) and bool(_PLURAL_PEOPLE.match(last)) and all(_NATIONAL.match(p) for p in first)
    )


def _capitalised(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and all(w[:1].isupper() or w in ("of", "the", "al", "bin") for w in words)


def with_guests(masked: str, mentions: list[Mention], table: ActorTable) -> list[Mention]:
    """Each guest met one by one is an event of its own (see the module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        copy = m.trigger.end - m.trigger.begin <= 1  # a second party or stop made here already
        if m.event_type not in _TYPES or copy or m.trigger.definite:
            continue
        stops = [x for x in mentions if x.event_type == "visit" and x.venue is not None]
        told = _guests(masked, m, len(stops))
        if told is None:
            continue
        at, parts, count = told
        if m.event_type == "conference":  # each guest alone with the host: a meeting
            m.event_type, m.multilateral = "meeting", False
        names = [[n for _, n in find_actors(p, table)] for _, p in parts]
        everyone = {n for group in names for n in group}
        host = [a for a in m.actors if a not in everyone]
        if names:
            m.actors = list(dict.fromkeys([*host, *names[0]]))
        placed = len(stops) == count and not parts  # "to A and B …, holding talks with both"
        if placed:
            m.venue, m.venues = stops[0].venue, stops[0].venues
        for i in range(1, count):
            begin = at + (parts[i][0] if parts else i)
            trigger = replace(m.trigger, begin=begin, end=begin + 1, repeat=True)
            guest = names[i] if names else []
            venue = stops[i].venue if placed else m.venue
            out.append(
                replace(
                    m,
                    trigger=trigger,
                    actors=list(dict.fromkeys([*host, *guest])),
                    venue=venue,
                    venues=stops[i].venues if placed else m.venues,
                    quotes=[],
                )
            )
    return out


_TITLE = (
    r"(?:president|prime\s+minister|premier|king|queen|emir|sultan|chancellor|leader|"
    r"(?:foreign|defen[cs]e|trade|finance|interior)\s+minister|minister|envoy|crown\s+prince)"
)
_WHO = rf"(?:(?:the|his|her)\s+)?(?P<{{}}>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+{_TITLE}"
# "The Egyptian president and Iraqi prime minister arrived", "the presidents of Chad and Niger
# will arrive": two travellers from two countries, two trips
_TWO_TRAVELLERS = re.compile(
    rf"(?:{_WHO.format('one')}\s+and\s+{_WHO.format('two')}|"
    r"(?:the\s+)?(?:leaders|presidents|prime\s+ministers|premiers|(?:foreign\s+)?ministers)\s+"
    r"of\s+(?P<c1>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+and\s+"
    r"(?:the\s+)?(?P<c2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?))"
    r"\s+(?:(?:have|had|both|will|were|are\s+(?:due|expected|set)\s+to)\s+)?$"
)


def with_travellers(masked: str, mentions: list[Mention], table: ActorTable) -> list[Mention]:
    """An arrival of two travellers from two countries is a visit of each."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        if m.event_type != "visit" or m.trigger.kind == "noun" or m.venue is None:
            continue
        lo = max(0, m.trigger.begin - 120)
        who = _TWO_TRAVELLERS.search(masked, lo, m.trigger.begin)
        if who is None:
            continue
        one, two = (who["one"], who["two"]) if who["one"] else (who["c1"], who["c2"])
        codes = {gazetteer.country_code_for(n.split()[-1]) for n in (one, two)}
        if len(codes) != 2 or None in codes:
            continue
        begin = who.start("two") if who["two"] else who.start("c2")
        trigger = replace(m.trigger, begin=begin, end=begin + 1, repeat=True)
        out.append(replace(m, trigger=trigger, quotes=[]))
    return out
