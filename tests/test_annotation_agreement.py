"""Two annotations of one article compared the way the extractor is scored: the second's events
become candidates quoting their whole sentence (``mapapp.extract.scoring.as_candidates``), and
``benchmarks/annotation_agreement.py`` sums the agreement over two folders of gold files.

The article is invented.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from mapapp.extract.scoring import as_candidates, score

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "LUSAKA, March 4 (Agency) - Zambia's president received the Angolan foreign minister at "
    "State House on Tuesday. The two ministers signed a memorandum on trade. The minister will "
    "travel to Harare on Thursday."
)
PUBLISHED = "2025-03-04"


def event(sentence: str, kind: str, status: str, day: str, place: str | None, cc: str) -> dict:
    return {
        "sentence": sentence,
        "event_type": kind,
        "status": status,
        "date_start": day,
        "date_end": day,
        "date_precision": "day",
        "country_code": cc,
        "place": place,
        "actors": [],
    }


FIRST = [
    event(
        "received the Angolan foreign minister", "meeting", "occurred", "2025-03-04", "Lusaka", "ZM"
    ),
    event("signed a memorandum on trade", "agreement", "occurred", "2025-03-04", "Lusaka", "ZM"),
    event("will travel to Harare on Thursday", "visit", "announced", "2025-03-06", "Harare", "ZW"),
]


def test_a_second_annotation_quotes_whole_sentences_and_places_its_events():
    (candidate,) = as_candidates([FIRST[2]], TEXT)
    assert candidate["source_quote"] == "The minister will travel to Harare on Thursday."
    assert abs(candidate["lat"] + 17.8) < 0.2 and abs(candidate["lon"] - 31.0) < 0.2
    (unplaced,) = as_candidates([dict(FIRST[1], place=None)], TEXT)
    assert unplaced["lat"] is None and unplaced["lon"] is None


def test_agreement_counts_differences_of_sentence_type_and_place():
    same = score(FIRST, as_candidates(FIRST, TEXT))
    assert (same.found, same.gold, same.correct, same.predicted) == (3, 3, 3, 3)
    second = [
        dict(FIRST[0], sentence="Zambia's president received"),  # another fragment: agrees
        dict(FIRST[1], event_type="meeting"),  # another type: disagrees
        dict(FIRST[2], place="Bulawayo"),  # another city, over 50 km away: disagrees
    ]
    result = score(FIRST, as_candidates(second, TEXT))
    assert (result.found, result.correct, result.predicted) == (1, 1, 3)


def _benchmark():
    path = ROOT / "benchmarks" / "annotation_agreement.py"
    spec = importlib.util.spec_from_file_location("annotation_agreement", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_pairs_files_by_name_and_sums_them(tmp_path, capsys):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a1.txt").write_text(TEXT, encoding="utf-8")
    gold = {"source": "nowhere/a1.txt", "published": PUBLISHED, "url": "https://example.org/a1"}
    (first / "a1.json").write_text(json.dumps(dict(gold, events=FIRST)), encoding="utf-8")
    other = dict(
        gold, events=[FIRST[0], dict(FIRST[2], date_start="2025-03-09", date_end="2025-03-09")]
    )
    (second / "a1.json").write_text(json.dumps(other), encoding="utf-8")
    assert _benchmark().main([str(first), str(second), "-v"]) == 0
    out = capsys.readouterr().out
    assert "first annotation's core events the second has: 1/3 = 33%" in out
    assert "second annotation's core events the first has: 1/2 = 50%" in out
    assert "first only" in out and "second only" in out


def test_the_benchmark_says_when_nothing_is_paired(tmp_path, capsys):
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    assert _benchmark().main([str(tmp_path / "first"), str(tmp_path / "second")]) == 2
    assert "no paired gold files" in capsys.readouterr().err
