"""A meeting told of "the leaders" alone is a meeting of the parties the article is about.

"The leaders first met in Cairo in March 2019, and last gathered in Amman" in an article about a
summit of three countries: the sentence names no party, only the group the article has told of,
so its meetings are of the kind of the gathering the lead reports (a conference when the lead
reports one, or when the lead tells of many parties: "foreign ministers from the five Nordic and
three Baltic countries agreed ..."). "It last met in Oslo" and "the ministers' next meeting" are
the group's too. A sentence that names a party of its own keeps its own kind, and so does one
that counts two ("The two leaders last met in Washington": two sides). "members of the
Mercosur trade bloc, whose presidents last met in Ouro Preto" is the bloc's gathering, a
conference in any article.
"""

from __future__ import annotations

import re

from mapapp.extract.discourse import Mention
from mapapp.extract.group_clauses import follow_clause_group, own_parties
from mapapp.extract.parties import GROUP, names_many_parties
from mapapp.extract.their_groups import follow_their_group

_GROUP_ONLY = re.compile(
    rf"(?i)^\W*(?:the\s+(?!two\s)(?:\w+\s+)?(?:{GROUP}|heads\s+of\s+government|participants|delegates)|"
    r"it|they)\s+"
    r"(?:(?:first|last|then|later|also|previously|again)\s+)?(?:met|gathered|convened)\b"
)


# "will host the ministers' next meeting": the group's own meeting, whoever hosts it
_GROUP_OWNED = re.compile(rf"(?i)\bthe\s+{GROUP}['’]\s+(?:next|last|previous|first)\s+meeting\b")
# "the Mercosur trade bloc, whose presidents last met", "the Arab League, whose foreign
# ministers met": the members of a bloc, many sides
_BLOC_WHOSE = re.compile(
    r"(?i)\b(?:bloc|union|community|league|organi[sz]ation|alliance|association|group|grouping|"
    r"forum|council|commonwealth|partnership|(?-i:[A-Z]{3,}))\s*,\s+whose\s+(?:[\w-]+\s+){0,2}"
    rf"(?:presidents|leaders|members|{GROUP})\s+(?:[\w-]+\s+){{0,3}}$"
)
_BESIDE = re.compile(r"(?i)\b(?:sidelines|margins)\b")  # "met on the margins of the forum"


def follow_group(events: list[Mention], lead_text: str = "") -> None:
    """Give "the leaders met …" with no party named the kind of the article's main gathering
    (``lead_text``: the article's title and lead paragraph)."""
    for e in events:
        before = e.quote[max(0, e.trigger.begin - 120) : e.trigger.begin]
        if e.event_type == "meeting" and _BLOC_WHOSE.search(before):
            e.event_type, e.multilateral = "conference", True
    _follow_referent(events)
    follow_their_group(events)  # "The leaders agreed that their ministers would meet"
    lead = min((e.paragraph for e in events), default=0)
    told = any(e.event_type == "conference" and e.paragraph <= lead + 1 for e in events)
    many_lead = told or names_many_parties(lead_text)
    follow_clause_group(events, many_lead)  # "since they met in Doha"
    if not many_lead:
        return
    for e in events:
        if e.event_type != "meeting" or _BESIDE.search(e.quote):
            continue
        if (_GROUP_ONLY.match(e.quote) and not own_parties(e)) or _GROUP_OWNED.search(e.quote):
            e.event_type, e.multilateral = "conference", True


# the group a bare subject names: "The ministers last met", "The leaders will meet"
_GROUP_WORD = re.compile(rf"(?i)^\W*the\s+(?P<group>{GROUP})\s+")
_RECENT = 4  # earlier events a bare group may point back to


def _follow_referent(events: list[Mention]) -> None:
    """ "The foreign ministers of the five Arab Maghreb Union countries are due to meet …. The
    ministers last met in Tripoli in 2010": a group told by its bare name is the group of the
    latest event just before that names it, so it meets as many parties when that one did."""
    for i, e in enumerate(events):
        word = _GROUP_WORD.match(e.quote)
        if e.event_type != "meeting" or word is None or _BESIDE.search(e.quote):
            continue
        verb = _BARE_VERB.match(e.quote, word.end())
        if verb is None or _WITH.match(e.quote, verb.end()):
            continue  # "The ministers met with the president": a guest of their own
        group = word.group("group").casefold()
        earlier = [
            x
            for x in events[max(0, i - _RECENT) : i]
            if x.event_type in ("meeting", "conference") and x.index < e.index
        ]
        named = [x for x in earlier if group in x.quote.casefold()]
        if named and named[-1].event_type == "conference":
            e.event_type, e.multilateral = "conference", True


_WITH = re.compile(r"\s+(?:again\s+)?(?:with\b|(?:the|his|her|their)\s|(?-i:[A-Z]))")
# "will meet again", "are due to meet", "last met": the group's own meeting verb
_BARE_VERB = re.compile(
    r"(?i)(?:(?:will|would|are\s+(?:due|set|expected|to)(?:\s+to)?|last|first|next|again)\s+)*"
    r"(?:meet|met|gather|gathered|convene|convened)\b"
)
