"""The days of a stay told by where a trip began.

"arrived in Islamabad on Wednesday from Mazar-i-Sharif, where he had met the opposition leader on
Tuesday": the stay in Mazar-i-Sharif (read by :data:`mapapp.extract.leg_wordings.FROM_WHERE`) is
not dated by the arrival; it was on the day of what the traveller did there, the event of the
"where" clause in the same sentence.
"""

from __future__ import annotations

from mapapp.extract.arrivals import follow_arrival
from mapapp.extract.city_hosts import follow_city_host
from mapapp.extract.discourse import Mention
from mapapp.extract.stay_scene import follow_arrived_stay


def _left_stay(e: Mention) -> bool:
    """A visit told by "from" before "X, where …" and not dated yet."""
    return (
        e.event_type == "visit"
        and e.span.start is None
        and e.venue is not None
        and e.quote_trigger == "from"
    )


def _done_there(e: Mention, later: list[Mention]) -> Mention | None:
    """The dated event of the same sentence, after the stay's "from", at the stay's place."""
    return next(
        (
            m
            for m in later[:3]
            if m.index == e.index
            and m.trigger.begin > e.trigger.end
            and m.span.start is not None
            and m.venue is not None
            and e.venue is not None
            and m.venue.place == e.venue.place
        ),
        None,
    )


def dated_by_its_clause(e: Mention, mentions: list[Mention]) -> bool:
    """Whether ``e`` is a stay told by "from X, where he attended the summit on Thursday" whose
    clause dates it, so that a page's heading or a live blog's entry does not ("flew in last night
    from Singapore, where he attended the summit on Thursday", in an entry of Saturday)."""
    if not _left_stay(e) or e not in mentions:
        return False
    return _done_there(e, mentions[mentions.index(e) + 1 :]) is not None


def follow_left_stay(events: list[Mention]) -> None:
    """Date an undated stay told by "from X, where …" by the dated event its clause tells."""
    for i, e in enumerate(events):
        if not _left_stay(e):
            continue
        done = _done_there(e, events[i + 1 : i + 4])
        if done is not None:
            e.span = done.span
            e.date_note = f"Date of what was done where the trip began: {done.best[1]}"


def follow_arrivals(events: list[Mention]) -> None:
    """The days of arrivals (:func:`mapapp.extract.arrivals.follow_arrival`), then of the stays
    told by where they began; then the places of what follows an arrival or a city told as the
    host (:mod:`mapapp.extract.stay_scene`, :mod:`mapapp.extract.city_hosts`)."""
    follow_arrival(events)
    follow_left_stay(events)
    follow_city_host(events)
    follow_arrived_stay(events)
