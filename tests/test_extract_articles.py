"""Core-event scores on the seed and development articles, and the scorer itself.

The held-out articles (tests/data/articles/heldout/) are deliberately not asserted here: they
are scored only to report (``benchmarks/extract_score.py --set heldout``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mapapp.extract.candidates import extract_candidates
from mapapp.extract.scoring import Score, finds, is_core, load_gold, misses, score

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
SEED = ROOT / "tests" / "data" / "seed_gold.json"
DEV = sorted((ARTICLES / "dev").glob("*.json"))
HELDOUT = sorted((ARTICLES / "heldout").glob("*.json"))


def predict(gold: dict) -> list[dict]:
    text = (ROOT / gold["source"]).read_text(encoding="utf-8")
    return extract_candidates(
        text, published=dt.date.fromisoformat(gold["published"]), url=gold["url"]
    )


def test_dev_set_has_at_least_twelve_articles_and_heldout_explains_itself():
    """The held-out folder may be empty between rounds; its README says how it is used."""
    assert len(DEV) >= 12
    readme = (ARTICLES / "heldout" / "README.md").read_text(encoding="utf-8")
    assert "never tuned on" in readme


@pytest.mark.parametrize("path", DEV + HELDOUT, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_articles_gold_quotes_their_text(path):
    """Every gold sentence is verbatim in its article; every article has core events."""
    gold = load_gold(path)
    text = (ROOT / gold["source"]).read_text(encoding="utf-8")
    assert all(g["sentence"] in text for g in gold["events"])
    assert any(is_core(g) for g in gold["events"])


def test_seed_article_keeps_every_occurred_core_event():
    gold = load_gold(SEED)
    occurred = [g for g in gold["events"] if is_core(g) and g["status"] == "occurred"]
    assert len(occurred) == 13
    result = score(occurred, predict(gold))
    assert result.found == 13


def dev_score(paths: list[Path]) -> Score:
    total = Score(0, 0, 0, 0, 0)
    for path in paths:
        gold = load_gold(path)
        total = total + score(gold["events"], predict(gold))
    return total


def dev_number(path: Path) -> int:
    return int(path.stem.split("-")[0][1:])


def test_dev_articles_reach_the_recall_and_precision_targets():
    total = dev_score([p for p in DEV if dev_number(p) <= 24])
    assert total.recall >= 0.8, total
    assert total.precision >= 0.6, total


def test_newest_dev_articles_reach_the_targets_too():
    """d25-d44 were scored once as held-out (62% recall, 61% precision) before joining dev;
    the rules written for their kinds of miss must keep them above the targets."""
    total = dev_score([p for p in DEV if 24 < dev_number(p) <= 44])
    assert total.recall >= 0.9, total
    assert total.precision >= 0.85, total


@pytest.mark.parametrize(
    ("first", "last", "recall", "precision"),
    [
        (45, 68, 0.9, 0.85),
        (69, 92, 0.88, 0.85),
        (93, 116, 0.84, 0.78),
        (117, 140, 0.87, 0.82),
        (141, 164, 0.82, 0.82),
        (165, 188, 0.74, 0.7),
        (189, 212, 0.73, 0.7),
        (213, 236, 0.88, 0.8),
        (237, 260, 0.72, 0.75),
        (261, 308, 0.76, 0.76),
        (309, 356, 0.8, 0.8),
        (357, 404, 0.85, 0.84),
        (405, 452, 0.85, 0.85),
        (453, 500, 0.87, 0.85),
        (549, 596, 0.72, 0.77),
        (597, 644, 0.76, 0.78),
        (645, 692, 0.81, 0.83),
        (693, 740, 0.68, 0.78),
    ],
)
def test_later_held_out_sets_keep_what_their_rules_reached(first, last, recall, precision):
    """Each later held-out set joined dev after being scored as held-out (d45-d68 63% recall,
    d69-d92 46%, d93-d116 60%, d117-d140 72%, d141-d164 67%, d165-d188 75%, d189-d212 71%,
    d213-d236 67%, d237-d260 61%, d261-d308 66%, d309-d356 69%, d357-d404 79%, d405-d452 79%,
    d453-d500 78%, d549-d596 69%, d597-d644 69%, d645-d692 72%, d693-d740 64% when they were
    last scored so);
    the rules then written for their kinds of miss must keep each set at least where those rules
    brought it, less a margin."""
    total = dev_score([p for p in DEV if first <= dev_number(p) <= last])
    assert total.recall >= recall, total
    assert total.precision >= precision, total


def test_development_sets_in_less_common_styles_keep_what_their_rules_reached():
    """d501-d548 (briefing transcripts, chronologies, fact sheets, calendars and other layouts)
    were added as development sets at 71% recall and 75% precision; the rules written for their
    misses brought them to 91% and 89%, and must keep them there, less a margin."""
    total = dev_score([p for p in DEV if 501 <= dev_number(p) <= 548])
    assert total.recall >= 0.87, total
    assert total.precision >= 0.85, total


GOLD = {
    "sentence": "met in Doha",
    "event_type": "meeting",
    "status": "occurred",
    "date_start": "2024-01-02",
    "date_end": "2024-01-02",
    "country_code": "QA",
    "place": "Doha",
}
PRED = {
    "event_type": "meeting",
    "status": "occurred",
    "source_quote": "They met in Doha on Tuesday.",
    "date_start": "2024-01-01",
    "date_end": "2024-01-07",
    "country_code": "QA",
    "lat": 25.29,
    "lon": 51.53,
}


def test_scoring_finds_by_type_sentence_overlap_and_distance():
    assert finds(GOLD, PRED)
    assert not finds(GOLD, {**PRED, "event_type": "conference"})
    assert not finds(GOLD, {**PRED, "date_start": "2024-01-03"})
    assert not finds(GOLD, {**PRED, "lat": 24.45, "lon": 54.38})  # Abu Dhabi: over 50 km
    assert not finds(GOLD, {**PRED, "source_quote": "They met in Kabul."})
    assert finds(GOLD, {**PRED, "source_quote": "x", "source_quotes": ["x", "They met in Doha."]})


def test_scoring_country_only_and_no_place():
    country = {**GOLD, "place": None}
    assert finds(country, {**PRED, "lat": None, "lon": None})
    assert not finds(country, {**PRED, "country_code": "AE"})
    nowhere = {**GOLD, "place": None, "country_code": None}
    assert not finds(nowhere, PRED)
    assert finds(nowhere, {**PRED, "country_code": None})


def test_scoring_counts_core_precision_only():
    statement = {**PRED, "event_type": "statement"}
    result = score([GOLD], [PRED, statement, {**PRED, "source_quote": "Another."}])
    assert (result.gold, result.found, result.predicted, result.correct) == (1, 1, 2, 1)


def test_scoring_says_why_each_miss_was_missed():
    """A miss is unquoted, shared with a found event of the same sentence, or the closest
    candidate quoting it fails on type, date or place."""
    visit = {**GOLD, "event_type": "visit"}

    def reasons(gold: list[dict], predicted: list[dict]) -> list[str]:
        return [
            line.split("[")[1].split("]")[0]
            for line in misses(gold, predicted)
            if line.startswith("  missed")
        ]

    assert reasons([GOLD], [PRED]) == []
    assert reasons([GOLD], [{**PRED, "source_quote": "Elsewhere."}]) == ["unquoted"]
    assert reasons([GOLD, visit], [PRED]) == ["shared"]  # the meeting found, the visit not
    assert reasons([GOLD], [{**PRED, "event_type": "call"}]) == ["type"]
    far_late = {**PRED, "date_start": "2024-01-03", "date_end": "2024-01-03", "lat": 24.45}
    assert reasons([GOLD], [far_late]) == ["date+place"]
    # the closest of two quoting candidates decides: one fails on the date only
    assert reasons([GOLD], [{**far_late, "event_type": "call"}, far_late]) == ["date+place"]
    assert reasons([GOLD], [{**far_late, "lat": 25.29}]) == ["date"]
