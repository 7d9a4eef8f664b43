"""The second stop of a trip told without its verb: a visit there too, as at the first.

"In Dhaka on 2 March he will hold talks with the foreign minister, and in Colombo on 4 March with
his Sri Lankan counterpart", "In Ankara on Monday the envoy met the deputy minister, and in
Baku on Wednesday the president": the talks at the first stop are a visit and a meeting there
(:mod:`mapapp.extract.companions`), and the part after "and", which names its own place and day
but no verb (:mod:`mapapp.extract.gapping` reads its meeting), is a second stop of the same
trip: a visit there too, with that stop's place and day. Read only where the sentence's first
meeting has a visit at its own place, and only for a part that opens with "in" and a place
other than the first one ("and in the capital on Friday" names no new stop). A second stop
told with its purpose after "and in" ("was in Kampala on Monday, where he met the president,
and in Kigali on Tuesday for talks with the foreign minister") is such a stop too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.discourse import Mention

_IN_PLACE = re.compile(r"(?:in|at)\s+(?:the\s+)?(?=[A-Z])")
# a second stop with its purpose: "…, and in Kigali on Tuesday for talks with …"
_AND_IN = re.compile(r"\band\s+in\s+(?:the\s+)?$")
_FOR_PURPOSE = re.compile(
    r"(?:\s+(?:on|last|this|that)\s+[\w.]+(?:\s+\d{1,2})?)?(?:\s+(?:morning|afternoon|evening))?"
    r"\s+(?:for|to)\s+(?:(?:a|an|the|further|bilateral|official|separate)\s+)?"
)
_PURPOSE_GAP = 40


def _first_stop_visit(meeting: Mention, told: list[Mention]) -> Mention | None:
    """The sentence's visit at the place of ``meeting`` (the first stop), if any."""
    if meeting.venue is None:
        return None
    return next(
        (
            m
            for m in told
            if m.event_type == "visit"
            and m.status == meeting.status
            and m.venue is not None
            and m.venue.place.name == meeting.venue.place.name
        ),
        None,
    )


def _opens_with_place(masked: str, m: Mention) -> bool:
    """Whether the gapped part of ``m`` opens with its place ("in Colombo on 4 March with …")."""
    opens = _IN_PLACE.match(masked, m.trigger.begin)
    return opens is not None and m.venue is not None and m.venue.begin == opens.end()


def _stop_before(masked: str, m: Mention) -> bool:
    """Whether the meeting ``m`` is the purpose of a second stop told just before it ("…, and in
    Kigali on Tuesday for talks with …")."""
    if m.venue is None or not 0 <= m.trigger.begin - m.venue.end <= _PURPOSE_GAP:
        return False
    lo = max(0, m.venue.begin - 12)
    if _AND_IN.search(masked, lo, m.venue.begin) is None:
        return False
    return _FOR_PURPOSE.fullmatch(masked, m.venue.end, m.trigger.begin) is not None


def with_gapped_stops(masked: str, told: list[Mention]) -> list[Mention]:
    """``told`` with a visit at each second stop a gapped meeting names (module docstring)."""
    first = next((m for m in told if m.event_type == "meeting" and not m.trigger.repeat), None)
    if first is None or (visit := _first_stop_visit(first, told)) is None:
        return told
    added: list[Mention] = []
    for m in told:
        if m is first or m.event_type != "meeting" or m.venue is None:
            continue
        if not ((m.trigger.repeat and _opens_with_place(masked, m)) or _stop_before(masked, m)):
            continue  # the part does not open with its place
        assert first.venue is not None  # (a visit was found at its place)
        if m.venue.place.name == first.venue.place.name or any(
            v.venue is not None and v.venue.place.name == m.venue.place.name
            for v in told
            if v.event_type == "visit"
        ):
            continue  # the same city again, or a stop whose visit is already told
        trigger = replace(m.trigger, event_type="visit", kind=visit.trigger.kind)
        added.append(
            replace(
                visit,
                trigger=trigger,
                span=m.span,
                date_near=m.date_near,
                venue=m.venue,
                venues=m.venues,
                actors=visit.actors,
                quotes=[],
            )
        )
    return [*told, *added]
