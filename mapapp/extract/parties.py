"""How many sides a meeting has: a meeting of three or more parties, each on its own side, is a
conference; one of two sides stays a meeting, however it is named.

Many parties: "envoys from eight countries", "a regional meeting", "the foreign ministers'
meeting", three or more countries named, "the 18-member Pacific Islands Forum", "Forum
leaders", "NATO defence ministers", a region's ministers ("Arab foreign ministers", "his
Nordic counterparts", "ministers from across the Americas"), "an enlarged format". Two sides:
"bilateral talks", "both sides", "the two countries", "a meeting between the leaders of Serbia
and Kosovo", "the Indonesia–Japan ministerial meeting"; "Iran and three European powers" is
two sides too (the three on one). Countries named as guarantors, mediators or observers are no
sides of their own.

Every rule reads a bounded window around the event word, so the work is linear in the sentence.
"""

from __future__ import annotations

import re

from mapapp import gazetteer
from mapapp.extract.bare_groups import bare_group
from mapapp.extract.between_sides import BETWEEN_GROUPS
from mapapp.extract.bloc_sessions import bloc_session
from mapapp.extract.blocs import BLOCS
from mapapp.extract.councils import council_kind
from mapapp.extract.online_gatherings import online_gathering
from mapapp.extract.relative_bodies import body_convenes
from mapapp.extract.settings import is_setting, setting_end, setting_start
from mapapp.extract.single_sides import one_side_text
from mapapp.extract.subject_parties import subject_sides
from mapapp.extract.summit_sides import two_sided_summit
from mapapp.extract.triggers import Clauses, Trigger
from mapapp.extract.welcomes import is_welcome

_LOOK = 120

GROUP = (
    r"(?:envoys|ministers|leaders|delegations|representatives|delegates|"
    r"heads\s+of\s+(?:state|government))"
)
_PORTFOLIO = (
    r"(?:(?:foreign|defen[cs]e|finance|trade|energy|interior|health|economy|economic|"
    r"environment|agriculture|justice|transport)\s+)?"
)
_BLOCS = BLOCS
_NUMBER = (
    r"(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|several|dozens?\s+of|(?:half\s+)?a\s+dozen)"
)
# the parties a number or a word counts: "eight countries", "the neighbouring states"
_STATES = (
    r"(?:countries|states|nations|governments|republics|monarchies|kingdoms|"
    r"allies|neighbou?rs)"
)
_MULTILATERAL = re.compile(
    r"(?i)\b(?:regional|international|multilateral|multinational|intra-\w+|ministerial)\s+"
    r"(?:\w+\s+)?(?:meeting|talks|conference|gathering|forum|session)s?\b|"
    rf"\b{GROUP}['’]\s+(?:meeting|talks|gathering)\b|"
    rf"\b{_BLOCS}\s+(?:\w+\s+)?(?:{GROUP}|meetings?|sessions?|gatherings?|ministerials?)\b|"
    rf"\b(?:meeting|talks|gathering|conference)s?\s+of\s+(?:[\w'’-]+\s+){{0,4}}{GROUP}\b|"
    r"\b(?:forum|bloc|alliance|community|union|group|organi[sz]ation)['’]s\s+(?:\w+\s+)?"
    r"(?:leaders|ministers|members|heads)\b|"
    # "the eight Nordic and Baltic countries", "the five Arab Maghreb Union countries"
    rf"\b{_NUMBER}\s+(?:(?:\w+\s+){{0,2}}|(?:(?-i:[A-Z])[\w'’-]*\s+|and\s+){{1,5}})"
    rf"(?:{_STATES}|delegations|parties|sides|economies|{GROUP}|heads\s+of\s+(?:state|government))\b|"
    # "the neighbouring states", "the countries bordering Afghanistan", "member states"
    rf"\b(?:neighbou?ring|riparian|littoral|coastal|member|participating|founding|mediating|"
    rf"contributing|donor|guarantor|regional|Gulf|Arab|Nordic|Baltic|Balkan|Sahel|Andean)\s+"
    rf"{_STATES}\b|\b{_STATES}\s+(?:bordering|neighbou?ring|of\s+the\s+region)\b|"
    r"\b(?:brought|bring|bringing|brings)\s+together\b|"
    # "in a trilateral format", "three-way talks", "a tripartite summit", "world leaders met"
    r"\b(?:trilateral|tripartite|three-way|quadrilateral|four-way)\b|"
    # "the 5+1 talks", "the P5+1", "the C5+1 summit", "the Astana format" (not "2+2" ministers,
    # two countries' foreign and defence ministers)
    r"(?<![\w+])(?!2\s*\+\s*2\b)(?:[PEC]\d|\d)\s*\+\s*\d\b(?!\s*[=-])|"
    r"\b(?-i:[A-Z])[\w-]+\s+format\b|"
    r"\bworld\s+leaders\b|\bleaders\s+from\s+around\s+the\s+world\b|"
    # "the next ordinary session", "an extraordinary summit": a bloc's sessions
    r"\b(?:extra)?ordinary\s+(?:session|summit|meeting)s?\b|"
    # "with the region's foreign ministers", "the continent's leaders": many states' people
    rf"\b(?:region|continent|bloc|community|union|authority|alliance)['’]s\s+(?:\w+\s+)?{GROUP}\b|"
    # "Leaders of the regional bloc IGAD", "ministers of the alliance"
    rf"\b{GROUP}\s+of\s+the\s+(?:\w+\s+|(?-i:[A-Z][\w-]*\s+){{2}})?(?:bloc|alliance|grouping|organi[sz]ation)\b|"
    # "Canada last hosted the G7 in La Malbaie": the bloc's summit
    rf"\bhost(?:ed|s|ing)?\s+the\s+(?:{_BLOCS}|G-?\d{{1,2}})\b(?!\s*[-–—]\s*[A-Z])|"
    r"\b[A-Z][\w.'’-]*\s+(?:Council|Assembly|Union|Forum)\s+(?:session|meeting|summit)s?\b|"
    # "the meeting of the EU Foreign Affairs Council", "the general debate of the 64th session of
    # the UN General Assembly", "the World Economic Forum's annual meeting": a body's own session
    rf"\b(?:meeting|session|debate|summit)s?\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?{_BLOCS}\s+"
    r"(?-i:(?:[A-Z][\w-]*\s+){0,3}(?:Council|Assembly))\b|"
    # "chaired a meeting of the Quartet", "a meeting of the Organization for Security and
    # Co-operation in Europe's Permanent Council": a many-state group's own meeting
    rf"\b(?:meeting|session|summit|gathering|ministerial)s?\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_BLOCS}(?![\w-])(?!\s+and\b|\s*[-–—]\s*[A-Z])|"
    r"\b(?:session|debate)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?-i:(?:UN|U\.N\.|United\s+Nations)\s+"
    r"General\s+Assembly)\b|"
    r"(?-i:\b[A-Z][\w-]*\s+(?:Forum|Organi[sz]ation|Fund|Union|League|Community))['’]s\s+"
    r"annual\s+(?:meeting|summit|session|assembly|conference)s?\b|"
    # "The UN Human Rights Council opens its 61st regular session": a named body's own session
    r"(?-i:\b(?:Council|Assembly|Union|Forum|Organi[sz]ation|Conference|Group))\s+"
    r"(?:\w+\s+)?(?:opens|opened|holds|held|begins|began|starts|started|closes|closed|ends|ended|"
    r"concludes|concluded|wraps\s+up)\s+its\s+(?:[\w-]+\s+){0,3}(?:session|meeting|summit)s?\b|"
    # ("the European Council President met": one person, the body's head)
    r"\b(?:committee|council|assembly|commission|forum|bloc|alliance|league|union|(?-i:Group))\s+"
    r"(?:(?!(?:president|chair\w*|secretary|head|spokes\w+|envoy)\b)\w+\s+){0,2}(?:met|meet|meets|"
    r"(?:re)?conven\w*|gather\w*)\b|"
    # "the 18-member Forum", "a 27-nation bloc", "a three-nation summit"
    r"\b(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)-(?:member|nation|"
    r"country|state|party)\b|"
    # "ministers from across the Americas", "leaders from around the region"
    rf"\b{GROUP}\s+from\s+(?:across|around|throughout|all\s+over|all\s+parts\s+of)\b|"
    # "a meeting of the Friends of Syria group", "a session of the Minsk Group": a named group's
    # own meeting (a committee may be one of two sides and a mediator)
    r"\b(?:meeting|session)s?\s+of\s+the\s+(?-i:[A-Z][\w'’-]*\s+(?:(?:of\s+(?:the\s+)?|for\s+|on\s+)?"
    r"[A-Z][\w'’-]*\s+){0,5})(?:contact\s+|working\s+)?group\b|"
    # "an enlarged format" ("an expanded meeting" of two delegations is no more parties);
    # "talks among the rival leaders": among many
    r"\b(?:enlarged|expanded|extended|wider|broader)\s+format\b|"
    r"\b(?:talks|meetings?|negotiations|consultations|dialogue|discussions)\s+among\b|"
    # "will host his Japanese and South Korean counterparts": the host and two others
    r"\b(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),?\s+and\s+(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
    r"counterparts\b"
)
# A region's or a body's people: "Arab foreign ministers", "his Nordic counterparts", "Forum
# leaders", "NATO defence ministers", "ministers of the Pacific Islands Forum"
_REGION = (
    r"(?:Arab|Nordic|Baltic|Balkan|Western\s+Balkan|African|Asian|European|Latin\s+American|"
    r"South\s+American|Central\s+American|Caribbean|Pacific(?:\s+Islands?)?|Gulf|Andean|Arctic|"
    r"Central\s+Asian|"
    r"Southeast\s+Asian|South\s+Asian|East\s+Asian|West\s+African|East\s+African|"
    r"Southern\s+African|North\s+African|Middle\s+Eastern|Mediterranean|Scandinavian|"
    r"Commonwealth|Francophone|Islamic|Muslim|Ibero-American|Amazon|Sahel|Sahelian|Danube|"
    r"Black\s+Sea|Visegrad|Eurasian|Transatlantic|Asia-Pacific|Indo-Pacific|Lusophone|"
    r"Americas|Western|Allied|G\d{1,2}|G-\d{1,2})"
)
_BODY = (
    r"(?:Forum|League|Union|Community|Alliance|Bloc|Council|Organi[sz]ation|Association|"
    r"Commonwealth|Cooperation|Group)"
)
_COUNTRY_ACRONYMS = r"(?:US|UK|USA|UAE|DRC|PRC|ROK|DPRK|RSA|UN)"
# "Andean Community presidents", "Arab prime ministers": a body's or a region's leaders
_PEOPLE = (
    rf"(?:{GROUP}|counterparts|heads\s+of\s+(?:state|government)|presidents|premiers|"
    r"prime\s+ministers)\b"
)
_MANY_PEOPLE = re.compile(
    rf"\b{_REGION}\s+{_PORTFOLIO}(?i:{_PEOPLE})|"
    rf"\b{_BODY}\s+{_PORTFOLIO}(?i:{_PEOPLE})|"
    rf"\b{_BLOCS}(?:\s+\([A-Z]{{2,8}}\))?\s+{_PORTFOLIO}(?i:{_PEOPLE})|"  # "Mercosur presidents"
    rf"\b(?:{_BODY}|{_BLOCS})\s+senior\s+officials\b|"  # "Arctic Council senior officials"
    rf"\b(?!{_COUNTRY_ACRONYMS}\b)[A-Z]{{2,6}}\s+{_PORTFOLIO}(?i:{_PEOPLE})|"
    rf"(?i:\b{GROUP}\s+of\s+the\s+)(?:\d{{1,3}}-member\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}{_BODY}\b"
)
# "bilateral talks": a meeting of two parties, however named ("a trilateral meeting" has three);
# "the two countries", "both sides", "a meeting between the leaders of Serbia and Kosovo"
_FEW_PARTIES = re.compile(
    r"(?i)\bbilateral\b|"
    r"\b(?:from|of)\s+(?:each|either|both)\s+sides?\b|\bseparate(?:ly)?\b|"
    # "held a Foreign Ministers' Meeting with Ms. Jane Roe": one other person, one other side
    r"\b(?:meeting|talks)\s+with\s+(?-i:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?!\s+and\b|\s*,\s*(?:Mr|Ms|Mrs|Dr)\b)|"
    # "the premier and his Danish counterpart": one other side
    r"\b(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?counterpart\b(?!s)|"
    r"\b(?:the|their)\s+two\s+(?:\w+\s+)?(?:countries|sides|leaders|ministers|governments|"
    r"delegations|presidents|nations|neighbours|neighbors)\b|\b2\s*\+\s*2\b|"
    # "the two would meet again", "the two met last year": the pair as the subject
    r"\b(?:the|these|those)\s+two\s+(?=(?:would|will|should|could|are|were|have|had|also|then|"
    r"later|last|first|met|meet|agreed|plan|planned)\b)|"
    r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?"
    r"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+and\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]+)"
    r"(?!\s*,|\s+and\b)|" + BETWEEN_GROUPS  # "between Western diplomats and a rebel delegation"
)
# "the Indonesia–Japan meeting", "U.S.-Mexico talks": two joined by a dash (none of "A - B - C")
_PAIR = re.compile(
    r"(?<![-–—/]\s)(?<![-–—/])\b(?P<a>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)\s?[-–—/]\s?"
    r"(?P<b>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)(?![\w.'’]|\s?[-–—/]\s?[A-Z])"
)
# "with diplomats from Cuba, Norway and Venezuela acting as guarantors": third parties
_THIRD_PARTIES = re.compile(
    r"(?i)\b(?:guarantors?|mediators?|observers?|facilitators?|witnesses|co-?chairs?)\b|"
    r"\b(?:brokered|mediated|facilitated|observed)\s+by\b"
)
BODY_HEAD = (
    r"(?:commissions?|committees?|councils?|cabinets?|working\s+groups?|dialogues?|retreats?|"
    r"mechanisms?|boards?|consultations)"
)
# A body of two countries: "the Joint Consultative Commission", "a binational cabinet", "the
# strategic dialogue" (:mod:`mapapp.extract.bodies` reads one told again by its bare name)
TWO_SIDED_BODY = re.compile(
    r"(?i)\b(?:joint|bilateral|binational|bi-national|intergovernmental|inter-governmental)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{BODY_HEAD}\b|"
    r"\bstrategic\s+(?:partnership\s+)?dialogue\b"
)


_ONE_SIDE = frozenset({"EU", "E.U.", "European Union"})  # the Union speaks as one side


_MANY_SIDES = re.compile(rf"^(?:{_BLOCS}|AU|CELAC|Africa|Asia|Europe|Americas?)$")


def _side(name: str) -> bool:
    """One party: a country or the EU ("the AU-EU meeting" has the 55 states of the AU)."""
    name = re.sub(r"^[Tt]he\s+", "", name)
    if _MANY_SIDES.match(name) and name not in _ONE_SIDE:
        return False
    return name in _ONE_SIDE or gazetteer.is_country_name(name)


def _two_countries(text: str) -> bool:
    """ "the Indonesia–Japan meeting", "a Canada-EU summit": two countries (or the EU) joined."""
    for m in _PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        if any(map(_side, (a, a.split()[-1]))) and any(map(_side, (b, b.split()[0]))):
            return True
        # "the Polish-Lithuanian talks": two nationalities
        if all(gazetteer.is_demonym(w) for w in (a.split()[-1], b.split()[0])):
            return True
    return False


two_countries = _two_countries  # "the Guyana–Suriname", "U.S.-Mexico", for other modules


# "Japan and the Philippines hold talks", "The U.S. president and North Korea's leader held a
# summit": a subject of two parties, at the head of the sentence
_PARTY = (
    r"(?:[Tt]he\s+)?(?P<{0}>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)(?:['’]s)?(?:\s+[a-z][\w-]*){{0,2}}"
)
_TWO_SUBJECT = re.compile(
    r"^\W*" + _PARTY.format("a") + r"\s+and\s+" + _PARTY.format("b") + r"\s+(?!and\b)"
)

# "New Zealand's prime minister and his Australian counterpart signed …": two sides
_WITH_COUNTERPART = re.compile(
    r"^\W*" + _PARTY.format("a") + r"\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w-]+\s+)?"
    r"counterpart\b(?!s)"
)


def _two_subject(masked: str) -> bool:
    head = masked.lstrip()
    if _WITH_COUNTERPART.match(head):
        return True
    m = _TWO_SUBJECT.match(head)
    if m is None or "," in m.group(0):
        return False
    return all(_side(m.group(k)) or gazetteer.is_demonym(m.group(k).split()[0]) for k in ("a", "b"))


# "ministers of the G7", "leaders of the EU": a bloc named after "of the" (an armed group's
# "representatives of the ELN" are one side)
_OF_THE_BLOC = re.compile(
    rf"(?i:\b(?:ministers|leaders|heads\s+of\s+(?:state|government)|counterparts)\s+of\s+the\s+)"
    rf"(?:{_BLOCS}|G-?\d{{1,2}})\b"
)


def names_many_parties(text: str) -> bool:
    """Whether a passage (an article's lead) tells of many parties: "foreign ministers from the
    five Nordic and three Baltic countries", "Arab foreign ministers", and no two-sided cue."""
    if _FEW_PARTIES.search(text) or _two_countries(text):
        return False
    return bool(_MULTILATERAL.search(text) or _MANY_PEOPLE.search(text))


# "the CARICOM heads of government meeting", "the ASEAN summit": a bloc names the gathering
_BLOC_NAMED = re.compile(
    rf"\b(?:the|a|an)\s+(?:\w+\s+)?{_BLOCS}\s+(?:(?i:heads\s+of\s+(?:state|government)|"
    r"leaders['’]?|ministers['’]?|foreign\s+ministers['’]?|ministerial|summit|leaders['’]\s+"
    r"summit)\s+)?$"
)
# "a regional session": many parties, whoever is named attending
_MANY_WORD = re.compile(
    r"(?i)\b(?:regional|international|multilateral|multinational|ministerial)\s+(?:\w+\s+)?$"
)
# "Trade negotiators from the European Union and the Mercosur bloc": two sides named
_TWO_FROM = re.compile(
    rf"(?i:\b(?:{GROUP}|negotiators|officials|diplomats|teams)\s+from\s+(?:the\s+)?)"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+(?i:bloc|alliance))?\s+and\s+(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+(?i:bloc|alliance))?(?!,|\s+and\b)"
)


# "a session of the GCC Ministerial Council", "a meeting of the Quartet": the gathering's own
# many-state body, whoever attends it
_OF_A_BLOC = re.compile(
    rf"\s*of\s+the\s+(?:[\w-]+\s+){{0,2}}?{_BLOCS}(?![\w-])(?!\s+and\b|\s*[-–—/]\s*[A-Z])"
)


def is_multilateral(masked: str, trigger: Trigger, clauses: Clauses, countries: int) -> bool:
    """Many parties: cue words near the trigger, or three or more countries named as sides."""
    lo = max(clauses.start(trigger.begin), trigger.begin - _LOOK)
    hi = min(clauses.end(trigger.end), trigger.end + _LOOK)
    # the gathering whose sidelines a meeting was on, and that meeting, are read apart
    lo = max(lo, setting_end(masked, trigger.begin) or lo)
    hi = min(hi, setting_start(masked, trigger.end, hi) or hi)
    masked = one_side_text(masked, lo, hi, trigger.begin)  # "accompanied by ten ministers"
    near = masked[max(lo, trigger.begin - 45) : trigger.begin]
    if _BLOC_NAMED.search(near) and not (_FEW_PARTIES.search(near) or _two_countries(near)):
        return True  # "saw each other at the CARICOM heads of government meeting"
    if _OF_A_BLOC.match(masked, trigger.end):
        return True  # "the two ministers will attend the regular session of the GCC Council"
    if body_convenes(masked, trigger) or bloc_session(masked, trigger):
        return True  # "ahead of the OAS General Assembly, which will convene in Washington"
    if _FEW_PARTIES.search(masked, lo, hi) or _two_countries(masked[lo:hi]):
        return False
    if _TWO_FROM.search(masked, lo, hi) and not _MANY_WORD.search(near):
        return False  # "negotiators from the European Union and the Mercosur bloc meet"
    if TWO_SIDED_BODY.search(masked, lo, hi):
        return False  # "The Joint Consultative Commission last met"
    if _two_subject(masked) and countries < 3:
        return False  # "Japan and the Philippines hold talks of foreign and defence ministers"
    if countries >= 3 and _THIRD_PARTIES.search(masked) is None:
        return True
    if subject_sides(masked, trigger) >= 3 and _THIRD_PARTIES.search(masked) is None:
        return True  # "The ministers of Chad and Niger and the Libyan envoy met"
    return bool(
        _MULTILATERAL.search(masked, lo, hi)
        or _MANY_PEOPLE.search(masked, lo, hi)
        or _OF_THE_BLOC.search(masked, lo, hi)
        or bare_group(masked, trigger)  # "Water ministers met in Abuja"
    )


def two_sides(masked: str, trigger: Trigger, clauses: Clauses) -> bool:
    """Whether a meeting is told as one of two sides: "a bilateral meeting", "with his Congolese
    counterpart", "the two leaders", "between Peru and Chile", "The presidents of Peru and Bolivia
    met" ("a trilateral meeting" has three)."""
    lo = max(clauses.start(trigger.begin), trigger.begin - _LOOK)
    hi = min(clauses.end(trigger.end), trigger.end + _LOOK)
    few = any(
        not m.group(0).lower().startswith("tri") for m in _FEW_PARTIES.finditer(masked, lo, hi)
    )
    both = _BOTH.search(masked, lo, hi) is not None  # "received both delegations"
    return (
        few
        or both
        or _two_countries(masked[lo:hi])
        or _two_subject(masked)
        or _of_two(masked, lo, hi)
    )


_BOTH = re.compile(
    r"(?i)\bboth\s+(?:delegations|sides|parties|leaders|ministers|countries|governments|men)\b"
)
# "The presidents of Paraguay and Uruguay met", "talks of the foreign ministers of Chile and Peru"
_OF_TWO = re.compile(
    r"(?<!\bwith\s)(?<!\bwith\sthe\s)"  # "a meeting with the presidents of A and B": guests
    r"(?i:\b(?:presidents|leaders|ministers|premiers|heads\s+of\s+(?:state|government)|"
    r"envoys|delegations|delegates)\s+of\s+(?:the\s+)?)"
    r"(?P<a>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)"
    r"(?!,|\s+and\b)"
)


def _of_two(masked: str, lo: int, hi: int) -> bool:
    return any(all(_side(m.group(k)) for k in ("a", "b")) for m in _OF_TWO.finditer(masked, lo, hi))


_BETWEEN_TWO = re.compile(
    r"\s+(?:between|of)\s+(?:the\s+)?(?:leaders\s+of\s+)?(?P<a>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)"
    r"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)(?!,|\s+and\b)"
)
_BILATERAL_BEFORE = re.compile(r"(?i)\bbilateral\s+(?:\w+\s+)?$")
# "the inter-Korean summit", "the last Iberian summit" (Spain and Portugal), "the trans-Tasman
# talks", "the Franco-German summit", "Sino-Japanese talks": a word for two countries
_INTER_BEFORE = re.compile(
    r"(?:\binter-[A-Z]\w+|\bIberian|\b[Tt]rans-Tasman|"
    r"\b(?:Franco|Sino|Anglo|Russo|Italo|Hispano|Luso|Turco|Greco|Nippo|Germano|Polono)-"
    r"(?P<b>[A-Z][a-z]+))\s+(?:\w+\s+)?$"
)


def _two_country_word(before: str) -> bool:
    m = _INTER_BEFORE.search(before)
    return m is not None and (m.group("b") is None or gazetteer.is_demonym(m.group("b")))


def two_sided_name(masked: str, trigger: Trigger) -> bool:
    """A summit of two countries ("the Japan–South Korea summit", "a bilateral summit", "a summit
    between Peru and Chile"): a meeting, as any talks of two sides; "the EU–Japan summit" and
    "the China–Central Asia Summit" have a bloc or a region on one side and stay conferences."""
    if trigger.event_type != "conference":
        return False
    before = masked[max(0, trigger.begin - 60) : trigger.begin]
    if _BILATERAL_BEFORE.search(before) or _two_country_word(before):
        return True
    named = re.search(r"[A-Z][\w-]*\s+$", before)  # "the G7 summit": a named gathering
    if _two_subject(masked) and not named:
        return True  # "The U.S. president and North Korea's leader held a historic summit"
    pair = list(_PAIR.finditer(before))
    if pair and pair[-1].end() >= len(before.rstrip()) - 20 and _two_countries(pair[-1].group(0)):
        return True
    if not named and _TWO_AT.search(masked, max(0, trigger.begin - 120), trigger.begin):
        return True  # "presented to the two heads of state at a summit in Luanda"
    if two_sided_summit(masked, trigger):
        return True  # "The presidents of Peru and Bolivia held a summit in Puno"
    m = _BETWEEN_TWO.match(masked, trigger.end)
    return m is not None and all(gazetteer.is_country_name(m.group(k)) for k in ("a", "b"))


# "the two heads of state at a summit", "their two presidents … at a summit"
_TWO_AT = re.compile(
    r"(?i)\b(?:the|their)\s+two\s+(?:heads\s+of\s+(?:state|government)|leaders|presidents|"
    r"prime\s+ministers)\b(?:(?!\b(?:attend|attends|attended|attending|join|joined|address|"
    r"addressed)\b)[^.;]){0,40}?\b(?:at|during|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$"
)


def sides_cue(masked: str, trigger: Trigger) -> str | None:
    """ "two" or "many" when the sentence itself tells how many sides a meeting has ("The third
    session of the joint commission", "The last Iberian summit"; "The next ordinary session of
    the bloc"), None when only the series it belongs to can tell."""
    if is_setting(masked, trigger.begin, trigger.end):
        return "many"  # "the two will meet on the margins of the next ordinary session"
    clauses = Clauses(masked)
    if two_sided_name(masked, trigger) or two_sides(masked, trigger, clauses):
        return "two"
    lo = max(clauses.start(trigger.begin), trigger.begin - _LOOK)
    if TWO_SIDED_BODY.search(masked, lo, min(clauses.end(trigger.end), trigger.end + _LOOK)):
        return "two"
    return "many" if is_multilateral(masked, trigger, clauses, 0) else None


def kind_of(masked: str, trigger: Trigger, clauses: Clauses, countries: int) -> tuple[str, bool]:
    """The mention's event type, and whether it has many parties (then it is a conference)."""
    council = council_kind(masked, trigger, clauses)
    if council is not None:
        return council
    if is_welcome(masked, trigger.begin):
        return "meeting", False  # "was welcomed at the airport by the minister and officials"
    if trigger.event_type in ("meeting", "conference") and is_setting(
        masked, trigger.begin, trigger.end
    ):
        return "conference", True  # "met on the margins of a meeting of Andean ministers"
    if two_sided_name(masked, trigger):
        return "meeting", False  # "the Japan–South Korea summit": two sides
    kinds = ("meeting", "conference")
    # "ECOWAS leaders held a video summit": a summit of many held online (a video call stays one)
    summit, named = online_gathering(masked, trigger)
    if named:
        return "conference", True  # "the G20 virtual summit", "the virtual EU-China summit"
    if summit or trigger.event_type in kinds:
        many = is_multilateral(masked, trigger, clauses, countries)
        return ("conference" if many else trigger.event_type), many
    return trigger.event_type, False
