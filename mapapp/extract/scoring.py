"""Score extracted candidates against hand-annotated gold events (core-event recall, precision).

A gold file is JSON like ``tests/data/seed_gold.json``: ``source`` (the article's path from the
repository root), ``published``, ``url`` and ``events``, each with the ``sentence`` (a verbatim
fragment of the sentence that states it), ``event_type``, ``status``, ``date_start``,
``date_end``, ``country_code`` and ``place`` (a city, or null when the article names only a
country or no place).

*Core events* are the diplomatic events a map is for: meetings, visits, conferences, calls and
agreements that occurred or are announced (not statements, briefings, strikes, nor declined or
cancelled events). A prediction *finds* a gold event when it has the same type, quotes its sentence
(in ``source_quote`` or ``source_quotes``), its date span overlaps the gold span (any date when the
gold's is unknown), and its place is within 50 km of the gold place, or in the gold country where
the article names only the country, or absent where the gold event has no place.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mapapp import gazetteer
from mapapp.extract.sentences import split_sentences

CORE_TYPES = frozenset({"meeting", "visit", "conference", "call", "agreement"})
CORE_STATUSES = frozenset({"occurred", "announced"})
PLACE_KM = 50.0


def is_core(event: dict) -> bool:
    """True for a meeting, visit, conference, call or agreement that occurred or is announced."""
    return event.get("event_type") in CORE_TYPES and event.get("status") in CORE_STATUSES


@dataclass(frozen=True)
class Score:
    """Core-event figures of one or more articles."""

    gold: int
    found: int
    predicted: int
    correct: int
    status_right: int

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.found + other.found,
            self.predicted + other.predicted,
            self.correct + other.correct,
            self.status_right + other.status_right,
        )


def _quotes(pred: dict) -> list[str]:
    quotes = pred.get("source_quotes")
    if isinstance(quotes, list | tuple) and quotes:
        return [str(q) for q in quotes]
    return [str(pred.get("source_quote") or "")]


def _day(value: object) -> dt.date | None:
    if value is None or value != value:  # None or NaN
        return None
    return dt.date.fromisoformat(str(value)[:10])


def _dates_overlap(gold: dict, pred: dict) -> bool:
    g0, g1 = _day(gold.get("date_start")), _day(gold.get("date_end"))
    if g0 is None or g1 is None:
        return True
    p0, p1 = _day(pred.get("date_start")), _day(pred.get("date_end"))
    return p0 is not None and p1 is not None and p0 <= g1 and g0 <= p1


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _place_ok(gold: dict, pred: dict) -> bool:
    if gold.get("place"):
        place = gazetteer.lookup(gold["place"], gold.get("country_code")).place
        lat, lon = pred.get("lat"), pred.get("lon")
        if place is None or lat is None or lon is None or lat != lat:
            return False
        return _km(place.lat, place.lon, float(lat), float(lon)) <= PLACE_KM
    if gold.get("country_code"):
        return pred.get("country_code") == gold["country_code"]
    return not pred.get("country_code")


def finds(gold: dict, pred: dict) -> bool:
    """Whether ``pred`` finds ``gold`` by the criteria in the module docstring."""
    return (
        gold["event_type"] == pred.get("event_type")
        and any(gold["sentence"] in q for q in _quotes(pred))
        and _dates_overlap(gold, pred)
        and _place_ok(gold, pred)
    )


def score(gold: list[dict], predicted: list[dict]) -> Score:
    """Core-event recall and precision of ``predicted`` against ``gold`` (one article).

    Each gold event takes the first unused prediction that finds it. Precision counts the core
    predictions (see :func:`is_core`) that found a gold event.
    """
    free = list(predicted)
    found = status_right = 0
    used: list[dict] = []
    for g in gold:
        hit = next((p for p in free if finds(g, p)), None)
        if hit is None:
            continue
        free.remove(hit)
        used.append(hit)
        if is_core(g):
            found += 1
            status_right += g["status"] == hit.get("status")
    core_pred = [p for p in predicted if is_core(p)]
    correct = sum(1 for p in core_pred if any(p is u for u in used))
    return Score(sum(1 for g in gold if is_core(g)), found, len(core_pred), correct, status_right)


def load_gold(path: Path | str) -> dict:
    """A gold file (see the module docstring)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _failed(gold: dict, pred: dict) -> list[str]:
    checks = (
        ("type", gold["event_type"] == pred.get("event_type")),
        ("date", _dates_overlap(gold, pred)),
        ("place", _place_ok(gold, pred)),
    )
    return [name for name, ok in checks if not ok]


def why_missed(gold: dict, free: list[dict], taken: list[dict]) -> str:
    """Why no prediction finds ``gold``, given the predictions left ``free`` and those
    ``taken`` by other gold events: ``unquoted`` when none quotes its sentence, ``shared`` when
    only taken ones do (the sentence's other event was found, this one not), else the criteria
    (``type``, ``date``, ``place``, joined by ``+``) that the closest free quoting prediction
    fails."""

    def quoting(preds: list[dict]) -> list[dict]:
        return [p for p in preds if any(gold["sentence"] in q for q in _quotes(p))]

    near = quoting(free)
    if near:
        fails = sorted((_failed(gold, p) for p in near), key=lambda f: len(f))
        return "+".join(fails[0])
    return "shared" if quoting(taken) else "unquoted"


def misses(gold: list[dict], predicted: list[dict]) -> Iterable[str]:
    """One line per core gold event not found (with :func:`why_missed`) and per core prediction
    that found nothing."""
    free = list(predicted)
    missed = []
    for g in gold:
        hit = next((p for p in free if finds(g, p)), None)
        if hit is not None:
            free.remove(hit)
        elif is_core(g):
            missed.append(g)
    taken = [p for p in predicted if not any(p is f for f in free)]
    for g in missed:
        why = why_missed(g, free, taken)
        yield f"  missed {g['event_type']} ({g['status']}) [{why}]: {g['sentence']}"
    for p in free:
        if is_core(p):
            where = p.get("place_name") or p.get("country_code") or "-"
            yield (
                f"  extra {p['event_type']} ({p['status']}) {p.get('date_start')}.."
                f"{p.get('date_end')} {where}: {str(p['source_quote'])[:90]}"
            )


def as_candidates(events: list[dict], text: str) -> list[dict]:
    """A second annotation's ``events`` as candidates of ``text``, so that two annotations of one
    article are compared the way the extractor is scored (:func:`score` with the first as gold).

    Each event quotes the whole sentence that holds its fragment (as the extractor quotes) and
    carries the coordinates of its place (``lat``/``lon``, None where it has no place or the
    gazetteer does not know it).

    Examples
    --------
    >>> text = "NAIROBI - The envoy met the president in Nairobi. He left."
    >>> event = {"sentence": "met the president", "event_type": "meeting",
    ...          "status": "occurred", "place": "Nairobi", "country_code": "KE"}
    >>> as_candidates([event], text)[0]["source_quote"]
    'NAIROBI - The envoy met the president in Nairobi.'
    """
    sentences = split_sentences(text)
    out = []
    for event in events:
        fragment = event["sentence"]
        quote = next((s for s in sentences if fragment in s), fragment)
        candidate = dict(event, source_quote=quote, lat=None, lon=None)
        if event.get("place"):
            place = gazetteer.lookup(event["place"], event.get("country_code")).place
            if place is not None:
                candidate["lat"], candidate["lon"] = place.lat, place.lon
        out.append(candidate)
    return out
