"""Date expressions in an event's sentence that date something else, not the event.

* "their first high-level meeting since the invasion nearly three years ago", "the first visit
  since 2008": what the event is the first *since* (the event word before "since");
* "reviewed the trade agreement, which entered into force in 2006", "talks on which stalled in
  2008": a year or month told in a clause about another thing, after the event word;
* "The dialogue, launched in 2012, meets regularly": when a series was founded;
* "a pledge to halve hunger by 2030": a goal's deadline years ahead;
* "held talks on the review of the pact due next year": when a topic of the talks is due;
* "postponed a visit that had been planned for Wednesday until March 10": the old date;
* "the first talks in two years": how long since (read forward "in two years" is a date);
* "previewed today's discussion in a call on Monday": a day that names another thing
  ("today's discussion") when the event has a date of its own;
* "The minister today announced that she will travel …": the day of the telling;
* "met the prime minister, …, and will address parliament on Thursday": a plan told after an
  event in the past dates the plan; "flew to Hue … before returning home on Saturday": the
  return;
* "Vision 2030", "Agenda 2063", "the 2030 Agenda": a year that is part of a name;
* "the 1990s wars": a decade is never an event's date (:mod:`mapapp.extract.text_dates` does
  not read it as a year).

Every check reads a bounded window before the date expression. :func:`ahead_in_clause` says
when a gathering's dates are read forward because the clause tells a plan ("will welcome leaders
to Banff from June 15 to 17 for a summit").
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateMatch
from mapapp.extract.plan_clauses import plan_clause_before, tells_plan_date
from mapapp.extract.triggers import Trigger

_LOOK = 90  # characters read back from a date expression
_MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July")
_MONTHS += ("August", "September", "October", "November", "December")

# "since" opening a phrase that runs up to the date without a clause break
_SINCE = re.compile(r"(?i)\bsince\b(?P<gap>[^,;:()—–]*)$")
# ", which entered into force in", ", talks on which stalled in", ", who took office in"
_RELATIVE = re.compile(
    r"(?i)(?:,|\bon|\bof|\bin)\s+(?:which|whom|whose\s+\w+)\b[^,;:()]*$|,\s+(?:which|who)\b[^,;:()]*$"
)
# ", launched in 2012,": the founding of a series, a body or a process
_FOUNDED = re.compile(
    r"(?i)\b(?:launched|established|founded|created|inaugurated|instituted|initiated|"
    r"set\s+up|formed|begun|started)\s+(?:back\s+)?(?:in|on|since)\s+(?:the\s+)?$"
)
_OWN_PHRASE = re.compile(r"(?i)\s*(?:(?:of|on|between|among|with)\b(?:(?!\band\b)[^,;:()])*)?")
# "on the review of the pact due next year": a topic phrase, then what the topic is due for
# ("The talks on Syria are scheduled for 11 November": the talks' own verb, their date); "met
# the premier to discuss the elections planned for November": what the talks are about
_TOPIC_DUE = re.compile(
    r"(?i)\b(?:on|about|over|regarding|discuss(?:ed|es|ing)?)\s+[^,;:()]*?"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"\b(?:due|scheduled|slated|planned|set)"
    r"(?:\s+(?:for|in|to\s+\w+(?:\s+\w+)?(?:\s+(?:in|on|by))?))?\s*$"
)
# "will welcome leaders …", "is to host the ministers …": a plan the clause tells
_WILL = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|going)?\s*to)\s+"
    r"(?:also\s+)?(?:host|welcome|hold|convene|open|chair|co-chair|attend|receive|gather|bring|join)\b"
)
_WAS_SET = re.compile(r"(?i)\b(?:planned|scheduled|set|due)\s+(?:for|on)\s+(?:the\s+)?$")
_MOVED_TO = re.compile(
    r"(?i)\s*,?\s*(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:postponed|put\s+off|"
    r"pushed\s+back|delayed|moved|rescheduled)\s+)?(?:until|till|to)\s+\S"
)
# "the first talks in two years", "for the first time in a decade": how long since, not when
_FIRST_IN = re.compile(r"(?i)\b(?:first|last|only)\b[^,;:.]{0,40}$")
_TELLING_AFTER = re.compile(
    r"(?i)\s+(?:announced|said|confirmed|told|stated|reported|revealed|disclosed)\b"
)
# "Vision 2030", "Agenda 2063", "Expo 2020": a capitalised word right before the year
_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:In|On|By|Since|Until|From|Through|During)\b)[A-Z][a-z]+\s+$"
)
_NAME_AFTER = re.compile(r"\s+(?:Agenda|Vision|Goals?|Plan|Strategy|Framework|Targets?)\b")
# "the 1992 Ilo accords", "the 2015 nuclear deal": a document named by its year, no time
_THE_BEFORE = re.compile(r"(?i)\b(?:the|its|their)\s+$")
_DOCUMENT_AFTER = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,3}?(?:agreements?|accords?|treat(?:y|ies)|deals?|pacts?|"
    r"conventions?|protocols?|charters?|memorand\w+|constitution)\b"
)
_BY = re.compile(r"(?i)\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?$")
_COARSE = ("year", "month", "range")
# "a framework for 2010-2013", "the plan for the 2021-2025 period": the years a text covers
_COVERS = re.compile(r"(?i)\b(?:for|covering)\s+(?:the\s+)?(?:period\s+|years\s+)?$")


def _coarse(d: DateMatch) -> bool:
    """A year, month or wider span: the kind of date background clauses give."""
    span = d.span
    if span.start is None or span.end is None:
        return False
    return span.precision in _COARSE and (span.end - span.start).days >= 27


def since_phrase(masked: str, d: DateMatch, trigger: Trigger) -> bool:
    """The date closes a "since …" phrase that follows the event word ("the first talks since
    the invasion three years ago"); a date of an event told inside the phrase ("since they met
    in Doha on Aug. 11") is that event's own, so the event word must come before "since"."""
    lo = max(0, d.begin - _LOOK)
    m = _SINCE.search(masked, lo, d.begin)
    return m is not None and trigger.end <= m.start()


def _in_clause_about_other(masked: str, d: DateMatch, trigger: Trigger) -> bool:
    """ "…, which entered into force in 2006 (on August 1)": a relative clause after the event
    word that does not open right after it (", which opened in May" right after "the summit" is
    its own); a day only in a clause opened by ", which" (", who arrived on Monday" may tell
    the event's day), and then wherever it opens unless it tells a gathering's course."""
    if d.begin < trigger.end:
        return False
    lo = max(trigger.end, d.begin - _CLAUSE_LOOK)
    m = _RELATIVE.search(masked, lo, d.begin)
    if m is None or tells_plan_date(masked, m.start(), d.begin):
        return False  # ", which will take place in May": the planned event's own date
    if _which_day(masked, m.start(), d.begin):
        return True  # "the protocol on the treaty, which took effect on 3 January"
    if not _coarse(d):
        return False
    # "The summit of Andean leaders, which opened in May": still the event word's noun phrase
    return not _OWN_PHRASE.fullmatch(masked, trigger.end, m.start())


_CLAUSE_LOOK = 150  # characters read back from a date for the relative clause it is in
_WHICH_DAY = re.compile(r"(?i),\s+which\b")
# ", which opened on Sunday", ", which both attended on 12 and 13 September": the event's own
_HELD = re.compile(
    r"(?i)\b(?:(?:open|start|attend|host|chair|convene|close|end|conclude|last)(?:s|ed|es|d)?|"
    r"beg[iau]ns?|meets?|met|runs?|ran|(?:was|were|is|are|be|been)\s+held|"
    r"t[ao]kes?\s+place|took\s+place)\b"
)


def _which_day(masked: str, begin: int, end: int) -> bool:
    """A clause opened by ", which" that tells no gathering's own course (", which entered into
    force on August 1", not ", which opened on Sunday")."""
    return bool(_WHICH_DAY.match(masked, begin, end)) and not _HELD.search(masked, begin, end)


def _in_name(masked: str, d: DateMatch) -> bool:
    """ "Vision 2030", "the 2030 Agenda", "the 1992 Ilo accords": the year names a plan, a show
    or a document, not a time."""
    before = masked[max(0, d.begin - 20) : d.begin]
    named = _NAME_BEFORE.search(before) is not None and not before.rstrip().endswith(_MONTHS)
    document = _THE_BEFORE.search(before) is not None and _DOCUMENT_AFTER.match(masked, d.end)
    return named or bool(document) or _NAME_AFTER.match(masked, d.end) is not None


# "about the 14 September coup", "after the May 4 elections": a day that names a thing
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:to|and|or|in|at|on|for|with|by|was|were|is|are|will|when|until|from|through|of|"
    r"as|this|that|last|next|after|before)\b)[a-z][a-z-]+\b"
)


def _names_a_thing(masked: str, d: DateMatch, trigger: Trigger) -> bool:
    """ "had a telephone conversation … about the 14 September coup": a day and month between
    "the" and a noun name that thing ("the 4 May summit" names the event word itself)."""
    if d.span.precision != "day" or not _THE_BEFORE.search(masked, max(0, d.begin - 5), d.begin):
        return False
    noun = _NOUN_AFTER.match(masked, d.end)
    return noun is not None and not (d.end <= trigger.begin < noun.end())


# "met the prime minister …, and will address parliament on Thursday": a plan told after
_PLAN_AFTER = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|going)?\s*to)\s+(?!be\b)[a-z]"
)
# "flew to Luang Prabang … before returning to Bangkok on Saturday": the return's day
_BEFORE_ING = re.compile(r"(?i)\b(?:before|after)\s+[a-z]+ing\b")


def not_its_date(masked: str, d: DateMatch, trigger: Trigger, published: dt.date) -> bool:
    """Whether the date expression ``d`` dates something else than ``trigger``'s event."""
    if since_phrase(masked, d, trigger) or _names_a_thing(masked, d, trigger):
        return True
    if (
        trigger.kind == "past"
        and d.begin > trigger.end
        and _PLAN_AFTER.search(masked, max(trigger.end, d.begin - _LOOK), d.begin)
        and not plan_clause_before(masked, trigger.end, d.begin)
    ):
        return True
    if d.begin > trigger.end and _BEFORE_ING.search(
        masked, max(trigger.end, d.begin - _LOOK), d.begin
    ):
        return True
    if d.span.kind == "year" and _in_name(masked, d):
        return True
    if d.span.kind == "year_range" and _COVERS.search(masked, max(0, d.begin - 30), d.begin):
        return True
    if trigger.event_type != "statement" and _TELLING_AFTER.match(masked, d.end):
        return True
    if d.span.kind == "in_time" and _FIRST_IN.search(masked, max(0, d.begin - 50), d.begin):
        return True
    before = masked[max(0, d.begin - 40) : d.begin]
    if _FOUNDED.search(before) and _coarse(d):
        return True
    if _WAS_SET.search(before) and _MOVED_TO.match(masked, d.end):
        return True
    if _TOPIC_DUE.search(masked, max(trigger.end, d.begin - _LOOK), d.begin):
        return True
    if _BY.search(before) and d.span.start is not None and d.span.start.year > published.year:
        return d.span.precision == "year"  # "to halve hunger by 2030"
    return _in_clause_about_other(masked, d, trigger)


def ahead_in_clause(masked: str, trigger: Trigger, start: int) -> bool:
    """Whether the clause tells a plan before the event noun ("The prime minister will welcome
    leaders to Banff from June 15 to 17 for a summit"): its dates are read forward."""
    if trigger.kind != "noun":
        return False
    return _WILL.search(masked, max(start, trigger.begin - 200), trigger.begin) is not None


_POSSESSIVE = re.compile(r"['’]s\s+[a-z]")


def own_dates(
    masked: str, found: list[DateMatch], trigger: Trigger, published: dt.date
) -> list[DateMatch]:
    """The date expressions of the sentence that may date ``trigger``'s event (see above)."""
    found = [d for d in found if not not_its_date(masked, d, trigger, published)]
    # "today's discussion": the discussion's day, unless it is this very event word
    named = [
        d
        for d in found
        if _POSSESSIVE.match(masked, d.end) and not 0 <= trigger.begin - d.end <= 12
    ]
    rest = [d for d in found if d not in named]
    return rest if rest and named else found


_SET_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|due)\s+(?:for|on|in)\s+(?:the\s+)?$")
# "the ministerial meeting, which is due to take place in Brussels in May": told of the event word
_WHICH_IS = re.compile(
    r"(?i)\s*,\s*(?:which|that)\s+(?:is|are|will|would|was|were)\b[^,;:()]{0,80}$"
)


# "the peace talks scheduled to open in Kuwait City on 18 April": the day a plan starts
# "the summit to be hosted by Chile in Santiago in June": the plan told of the noun itself
_SET_TO = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"  # "Summit of the Americas"
    r"\s*,?\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:(?:scheduled|planned|set|slated|due|expected)"
    r"\s+to\s+(?:open|begin|start|take\s+place|be\s+held|convene|resume|run|get\s+under\s+way)|"
    r"(?:to|will)\s+be\s+(?:held|hosted|convened|staged|organi[sz]ed))"
    r"\b[^,;:()]{0,60}$"
)


def set_for_date(masked: str, d: DateMatch, trigger: Trigger) -> bool:
    """Whether the date after the event word is the one it is set for ("a meeting planned for
    December", "the meeting, which is due to take place in Brussels in May", "talks scheduled to
    open in Doha on 18 April")."""
    if _SET_FOR.search(masked, max(0, d.begin - 30), d.begin):
        return True
    if d.begin - trigger.end <= 120 and _SET_TO.match(masked, trigger.end, d.begin):
        return True
    return _WHICH_IS.match(masked, trigger.end, d.begin) is not None


# "signed a deal on Monday that opens ports", "met on Monday at a forum that opens the season":
# the event word's own verb is past, so a schedule after it is another thing's
_PAST_VERB = re.compile(r"(?i)\b(?:\w{2,}ed|met|held|made|paid|took|went|flew|came|began|spoke)$")


def schedule_ahead(
    schedule: re.Pattern[str], masked: str, trigger: Trigger, start: int, end: int
) -> bool:
    """Whether the clause (``start``-``end``) tells a schedule near the event word ("leaders
    meet in Brussels on Thursday"), unless the event word is a verb told in the past ("the
    accord the two signed here on Monday opens ports")."""
    if schedule.search(masked, start, min(end, trigger.end + 60)) is None:
        return False
    return trigger.kind != "past" or _PAST_VERB.search(masked, trigger.begin, trigger.end) is None
