"""Both halves of an arrival told with its welcome: the guest's visit and the host's meeting.

"arrived in Kabul on Tuesday evening and was welcomed at the airport by the acting foreign
minister", "flew in this afternoon and was met on the airstrip by the regional president",
"landed at Bole International Airport, where she was greeted by her Ethiopian counterpart",
"was received at Dodoma airport by his Tanzanian host": the annotation conventions count the
arrival as a visit and the welcome by an official named by office as a meeting, both on the
arrival's day and in the city of the airport. A sentence that tells one half gets the other
from it; a welcome by crowds, dancers, protocol staff or unnamed officials is no meeting, and a
welcome with no airport, tarmac or arrival told beside it is not this wording.

The arrival visit stays an event of its own beside a visit told in another sentence ("began a
two-day state visit to the country": :func:`kept_apart`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

# "was warmly received", "were greeted", "was met", "had been welcomed"
_BEEN = (
    r"\b(?:was|were|been|be)\s+(?:(?:warmly|personally|formally|officially|cordially|"
    r"ceremonially|later|then|first)\s+)?"
)
_WELCOMED = rf"{_BEEN}(?:received|welcomed|greeted|met|embraced)\b"
# after an arrival with no site told, a welcome ("was received by the president at the palace"
# is the reception the visit was for, not the welcome)
_GREETED = rf"{_BEEN}(?:welcomed|greeted|met|embraced)\b"
# "at Tashkent airport", "on the airstrip", "on the tarmac of Entebbe airport", "upon arrival"
_SITE = (
    r"(?:(?:at|on|in)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,5}?(?i:airport|airstrip|airfield|"
    r"air\s*base|aerodrome|tarmac|helipad|runway|apron|landing\s+strip)|"
    r"(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival)\b"
)
# what may stand between the welcome and "by": a site, a day, a time ("on Tuesday afternoon")
_BETWEEN = r"[^.;:]{0,70}?"
# crowds and staff: the arrival's ceremony, not a meeting
_CROWD = (
    r"(?!(?:[\w'’.-]+\s+){0,3}?(?:officials|protocol|crowds?|well-wishers|dancers|children|"
    r"schoolchildren|students|supporters|residents|drummers|guards?|band|troupe|members|"
    r"diplomats|staff|journalists|reporters|a\s+delegation\s+of\s+officials|criticism|"
    r"protests?|questions|jeers|boos|cheers|applause|silence|calls|demands)\b)"
)
# an official named by office: "Uzbekistan's president", "the Taliban's acting foreign minister",
# "His Royal Highness the Crown Prince", "his Tanzanian host", "the President of the Region"
_OFFICIAL = (
    # (no "from" or "over" before the office: "by criticism from the opposition leader")
    r"(?:(?!(?i:from|over|about|against|with)\b)[\w'’.-]+\s+){0,6}?"
    r"(?i:(?:prime\s+)?ministers?|president|vice-president|premier|king|"
    r"queen|emir|amir|sultan|prince|princess|chancellor|counterparts?|host|head\s+of\s+state|"
    r"governor(?:-general)?|mayor|speaker|secretary(?:-general)?|under-?secretary|"
    r"representative|ambassador|envoy|chairman|chairperson|chair|leader|monarch|regent|"
    r"premier|taoiseach|chief\s+minister|deputy|commissioner|administrator)\b"
)
_BY_OFFICIAL = rf"\bby\s+{_CROWD}{_OFFICIAL}"
# the welcome with its site: "was met at Tashkent airport by Uzbekistan's president"
_AT_SITE = re.compile(rf"{_WELCOMED}(?=\s+{_BETWEEN}{_SITE}{_BETWEEN}{_BY_OFFICIAL})")
# the welcome after an arrival: "arrived on Monday and was welcomed by the foreign minister"
_AFTER_ARRIVAL = re.compile(rf"{_GREETED}(?=\s+{_BETWEEN}{_BY_OFFICIAL})")
_ARRIVAL = re.compile(
    r"(?i)\b(?:arriv(?:ed|es|ing)|landed|landing|touched\s+down|touching\s+down|"
    r"fl(?:ew|own)\s+in(?:to)?)\b"
)
_ARRIVAL_BEFORE = 160  # characters between the arrival and its welcome


def welcome_told(masked: str) -> re.Match[str] | None:
    """The welcome on arrival the sentence tells (see the module docstring), or None."""
    at_site = _AT_SITE.search(masked)
    if at_site is not None:
        return at_site
    for arrival in _ARRIVAL.finditer(masked):
        end = min(len(masked), arrival.end() + _ARRIVAL_BEFORE)
        after = _AFTER_ARRIVAL.search(masked, arrival.end(), end)
        if after is not None:
            return after
    return None


def _other_half(m: Mention, event_type: str, begin: int, reference: bool) -> Mention:
    """``m`` told again as the other half of the arrival, by the welcome's words at ``begin``;
    a ``reference`` visit (no arrival in the sentence) joins an arrival told just before
    ("arrived in Nairobi on Monday. He was welcomed at the airport by …") and stands alone
    when none was."""
    trigger = replace(
        m.trigger,
        event_type=event_type,
        begin=begin,
        end=begin + 1,
        kind="noun" if reference else "past",
        definite=reference,
    )
    return replace(m, trigger=trigger, event_type=event_type, multilateral=False, quotes=[])


def with_welcome_halves(masked: str, told: list[Mention]) -> list[Mention]:
    """``told`` with the visit or the meeting the sentence's welcome on arrival implies, where
    the sentence tells only the other one (see the module docstring)."""
    welcome = welcome_told(masked)
    if welcome is None:
        return told
    near = [m for m in told if not m.online and abs(m.trigger.begin - welcome.start()) <= 200]
    visits = [m for m in near if m.event_type == "visit"]
    meetings = [
        m
        for m in near
        if m.event_type in ("meeting", "conference")
        and welcome.start() - 8 <= m.trigger.begin < welcome.end() + 4
    ]
    if visits and not meetings:
        base = visits[-1] if visits[-1].trigger.begin < welcome.start() else visits[0]
        return [*told, _other_half(base, "meeting", welcome.start(), reference=False)]
    # (an arrival at an airport the gazetteer does not know: the scene's place, as the welcome)
    arrived = _ARRIVAL.search(masked) is not None
    if meetings and not visits and (meetings[0].venue is not None or arrived):
        return [*told, _other_half(meetings[0], "visit", welcome.start(), not arrived)]
    return told


def kept_apart(e: Mention, m: Mention) -> bool:
    """Two visits, one of them an arrival told with its welcome and the other a visit told
    elsewhere by other words than an arrival ("began a two-day state visit"): the arrival is a
    visit of its own beside it."""
    if e.event_type != "visit" or m.event_type != "visit" or e.index == m.index:
        return False
    welcomed, other = (e, m) if welcome_told(e.quote) is not None else (m, e)
    if welcome_told(other.quote) is not None or welcome_told(welcomed.quote) is None:
        return False
    return _ARRIVAL.search(other.quote, other.trigger.begin, other.trigger.end) is None
