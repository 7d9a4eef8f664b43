"""The talks of a trip to several places named together: one meeting at each stop.

"travelled to Nairobi and Mombasa from June 10 to 12 for talks with Kenyan officials", "will
travel to Islamabad and Tashkent next week for consultations with Pakistani and Uzbek
officials", "travelled to Vientiane and Phnom Penh, holding talks in both capitals", "will
visit Dakar, Bamako and Niamey to discuss the transition with the three governments": the
annotation conventions give a trip named as a list one visit per stop, and the talks the trip is
for are held at each of them, so each stop gets a meeting on its own days. Talks told with a
place of their own that is not a stop ("will visit Dakar and Bamako and then hold talks in
Niamey") and stops not named together ("arrived in Dakar on Monday and will fly to Bamako on
Wednesday for talks") keep the one meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mapapp.extract.stop_sides import one_side_per_stop, sides_named
from mapapp.extract.trigger_words import WEEKDAY

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

_DAY = rf"(?:on\s+)?{WEEKDAY}\s*"
# what joins the names of a list: ", ", " and ", ", and then ", and the stops' days between
# them ("to Ottawa on Friday and to Washington on Saturday", "to Vilnius, and on Tuesday to Riga",
# "in Baku on Saturday and in Yerevan on Sunday")
_LIST_GLUE = re.compile(
    rf"\s*(?:{_DAY})?(?:,\s*(?:and\s+)?|\s+and\s+|and\s+)(?:then\s+)?(?:{_DAY})?(?:to\s+|in\s+)?"
    r"(?:the\s+)?"
)
_AFTER_STOPS = 140  # characters between the last stop and the talks' word
# "…, where he will hold talks", "…, and then hold talks": talks of the last stop only
# ("later this week" is the trip's time)
_LAST_ONLY = re.compile(
    r"(?i)\b(?:where|then|there|before|after|finally)\b|\blater\b(?!\s+(?:this|next|in|on)\b)"
)


def _stops(masked: str, told: list[Mention]) -> list[Mention]:
    """The visits of the sentence whose places are named together as a list, in order."""
    visits = sorted(
        (m for m in told if m.event_type == "visit" and m.venue is not None and not m.online),
        key=lambda m: m.venue.begin if m.venue else 0,
    )
    stops: list[Mention] = []
    for v in visits:
        if v.venue is None or (stops and stops[-1].venue is None):
            continue
        last = stops[-1].venue if stops else None
        if last is not None and last.place.name == v.venue.place.name:
            continue
        if last is not None and not _LIST_GLUE.fullmatch(masked, last.end, v.venue.begin):
            if len(stops) > 1:
                break
            stops = []
        stops.append(v)
    return stops if len(stops) > 1 else []


def with_stop_talks(masked: str, told: list[Mention]) -> list[Mention]:
    """``told`` with one meeting at each stop of a listed trip whose talks the sentence tells
    after the stops (see the module docstring)."""
    stops = _stops(masked, told)
    if not stops or any(s.status != stops[0].status for s in stops):
        return told
    end = stops[-1].venue.end if stops[-1].venue else 0
    talks = [
        m
        for m in told
        if _talks(m)
        and not m.online
        and m.status == stops[0].status
        and 0 <= m.trigger.begin - end <= _AFTER_STOPS
        and (
            not _LAST_ONLY.search(masked, end, m.trigger.begin)
            or one_side_per_stop(masked, m, stops)
        )
    ]
    if len(talks) != 1 or sum(_talks(m) for m in told) != 1:
        return told
    if talks[0].event_type != "meeting" and not one_side_per_stop(masked, talks[0], stops):
        return told  # talks of many sides, not the stops' own
    meeting = talks[0]
    codes = {s.venue.place.country_code for s in stops if s.venue is not None}
    named = sides_named(masked, meeting.trigger.end) & codes
    if named and named < codes:
        return told  # "… and then to Stockholm for talks with the Swedish king": one stop's
    places = {s.venue.place.name for s in stops if s.venue is not None}
    if meeting.venue is not None and meeting.venue.place.name not in places:
        return told  # talks with a place of their own
    at = meeting.venue.place.name if meeting.venue is not None else None
    more = [_at_stop(meeting, s) for s in stops if s.venue and s.venue.place.name != at]
    if meeting.venue is None:
        more, told = more[1:], [_at_stop(meeting, stops[0]) if m is meeting else m for m in told]
    elif meeting.event_type != "meeting":  # the talks at the stop they are placed at
        one = replace(meeting, event_type="meeting", multilateral=False)
        told = [one if m is meeting else m for m in told]
    return [*told, *more]


def _talks(m: Mention) -> bool:
    """Talks: a meeting, or talks typed a gathering for the many sides they name."""
    return m.event_type == "meeting" or (m.trigger.event_type == "meeting" and m.multilateral)


def _at_stop(meeting: Mention, stop: Mention) -> Mention:
    """The talks held at ``stop``, on its days, told by the stop's name (so that the talks the
    trip is for are not moved to its last stop)."""
    begin = stop.venue.begin if stop.venue is not None else meeting.trigger.begin
    trigger = replace(meeting.trigger, begin=begin, end=begin + 1, kind="past", repeat=True)
    return replace(
        meeting,
        event_type="meeting",
        multilateral=False,
        trigger=trigger,
        venue=stop.venue,
        venues=stop.venues,
        span=stop.span,
        date_near=stop.date_near,
        quotes=[],
    )
