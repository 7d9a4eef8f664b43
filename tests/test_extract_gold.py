"""Extraction measured against a hand annotation of the seed article (tests/data/seed_gold.json).

Run ``pytest tests/test_extract_gold.py -s`` to see the figures.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from mapapp.extract.candidates import extract_candidates, extract_events, load_actors

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "data" / "seed_gold.json").read_text(encoding="utf-8"))
TEXT = (ROOT / GOLD["source"]).read_text(encoding="utf-8")
PUBLISHED = dt.date.fromisoformat(GOLD["published"])


def _city(event: dict) -> str | None:
    """The city of a predicted event: the last part of a city or site place name."""
    if event["location_precision"] not in ("city", "exact_site") or not event["place_name"]:
        return None
    return event["place_name"].rsplit(", ", 1)[-1]


def _match(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair each gold event with the unused prediction of its type quoting its sentence."""
    free = list(predicted)
    pairs = []
    for g in gold:
        hit = next(
            (
                p
                for p in free
                if g["event_type"] == p["event_type"] and g["sentence"] in p["source_quote"]
            ),
            None,
        )
        if hit is not None:
            free.remove(hit)
        pairs.append((g, hit))
    return pairs


def _figures(gold: list[dict], predicted: list[dict]) -> dict[str, float]:
    pairs = _match(gold, predicted)
    found = [(g, p) for g, p in pairs if p is not None]
    matched_ids = {id(p) for _, p in found}

    def share(ok) -> float:
        return sum(1 for g, p in found if ok(g, p)) / len(found) if found else 0.0

    def span_ok(g, p):
        return (g["date_start"], g["date_end"]) == (p["date_start"], p["date_end"])

    dated_placed = [
        (g, p) for g, p in pairs if g["date_precision"] != "unknown" and g["country_code"]
    ]
    false_places = [
        p
        for p in predicted
        if p["country_code"]
        and (id(p) not in matched_ids or any(q is p and not g["country_code"] for g, q in found))
    ]
    actor_hits = [a in p["actors"] for g, p in found for a in g.get("actors", [])]
    return {
        "gold events": len(gold),
        "predicted events": len(predicted),
        "precision": len(found) / len(predicted) if predicted else 0.0,
        "recall": len(found) / len(gold),
        "date span accuracy": share(span_ok),
        "date precision accuracy": share(lambda g, p: g["date_precision"] == p["date_precision"]),
        "country accuracy": share(lambda g, p: g["country_code"] == p["country_code"]),
        "place accuracy": share(lambda g, p: g["place"] == _city(p)),
        "status accuracy": share(lambda g, p: g["status"] == p["status"]),
        "actor recall": sum(actor_hits) / len(actor_hits) if actor_hits else 0.0,
        "dated+placed gold events": len(dated_placed),
        "dated+placed found with right span and country": sum(
            1
            for g, p in dated_placed
            if p is not None and span_ok(g, p) and g["country_code"] == p["country_code"]
        )
        / len(dated_placed),
        "false places": len(false_places),
    }


@pytest.fixture(scope="module")
def predicted() -> list[dict]:
    return extract_candidates(TEXT, published=PUBLISHED, url=GOLD["url"])


@pytest.fixture(scope="module")
def figures(predicted) -> dict[str, float]:
    result = _figures(GOLD["events"], predicted)
    print("\nseed article, extraction against tests/data/seed_gold.json:")
    for name, value in result.items():
        print(f"  {name:48s} {value:.2f}" if isinstance(value, float) else f"  {name:48s} {value}")
    return result


def test_extract_gold_dated_placed_events_have_right_span_and_country(figures):
    """The target: at least 80% of dated, placed events found with the right span and country."""
    assert figures["dated+placed found with right span and country"] >= 0.8


def test_extract_gold_no_false_places(figures):
    """No candidate gets a place the article does not give for its event."""
    assert figures["false places"] == 0


def test_extract_gold_precision_and_recall(figures):
    assert figures["precision"] >= 0.8
    assert figures["recall"] >= 0.8


def test_extract_gold_attributes_of_found_events(figures):
    for name in (
        "date span accuracy",
        "date precision accuracy",
        "country accuracy",
        "place accuracy",
        "status accuracy",
    ):
        assert figures[name] >= 0.8, name


def test_extract_gold_figures_fall_when_gold_is_changed(predicted):
    """The measure itself can fail: moving every gold date by a year sinks the span accuracy."""
    shifted = [
        dict(
            g,
            date_start=g["date_start"] and str(int(g["date_start"][:4]) + 1) + g["date_start"][4:],
        )
        for g in GOLD["events"]
    ]
    assert _figures(shifted, predicted)["dated+placed found with right span and country"] < 0.2


def test_extract_gold_frame_is_valid_and_quotes_are_verbatim():
    """The seed article's candidates pass the contract's validation, quotes included."""
    gdf = extract_events(TEXT, published=PUBLISHED, url=GOLD["url"], publisher="Voice of America")
    assert len(gdf) > 0
    assert all(q in TEXT for q in gdf["source_quote"])
    assert gdf["event_id"].is_unique


def test_extract_gold_targets_hold_without_an_actors_table():
    """The capitalised-name fallback alone keeps the place and date targets."""
    predicted = extract_candidates(
        TEXT,
        published=PUBLISHED,
        url=GOLD["url"],
        actors=load_actors(ROOT / "tests" / "data" / "no-such.csv"),
    )
    result = _figures(GOLD["events"], predicted)
    print(
        f"\nwithout actors table: precision {result['precision']:.2f}, recall "
        f"{result['recall']:.2f}, actor recall {result['actor recall']:.2f}"
    )
    assert result["dated+placed found with right span and country"] >= 0.8
    assert result["false places"] == 0
