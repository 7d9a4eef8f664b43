"""The second stop of a trip told without its verb: a visit there too, as at the first.

"In Dhaka on 2 March he will hold talks with the foreign minister, and in Colombo on 4 March with
his Sri Lankan counterpart", "In Ankara on Monday the envoy met the deputy minister, and in
Baku on Wednesday the president": the talks at the first stop are a visit and a meeting there
(:mod:`mapapp.extract.companions`), and the part after "and", which names its own place and day
but no verb (:mod:`mapapp.extract.gapping` reads its meeting), is a second stop of the same
trip: a visit there too, with that stop's place and day. Read only where the sentence's first
meeting has a visit at its own place, and only for a part that opens with "in" and a place
other than the first one ("and in the capital on Friday" names no new stop).
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.discourse import Mention

_IN_PLACE = re.compile(r"(?:in|at)\s+(?:the\s+)?(?=[A-Z])")


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


def with_gapped_stops(masked: str, told: list[Mention]) -> list[Mention]:
    """``told`` with a visit at each second stop a gapped meeting names (module docstring)."""
    first = next((m for m in told if m.event_type == "meeting" and not m.trigger.repeat), None)
    if first is None or (visit := _first_stop_visit(first, told)) is None:
        return told
    added: list[Mention] = []
    for m in told:
        if not (m.trigger.repeat and m.event_type == "meeting" and m.venue is not None):
            continue
        opens = _IN_PLACE.match(masked, m.trigger.begin)
        if opens is None or m.venue.begin != opens.end():
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
