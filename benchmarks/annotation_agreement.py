"""How far two independent annotations of the same articles agree, scored like the extractor.

    .venv/bin/python benchmarks/annotation_agreement.py     # held-out gold vs its second annotation
    .venv/bin/python benchmarks/annotation_agreement.py -v  # with every disagreement
    .venv/bin/python benchmarks/annotation_agreement.py FIRST SECOND  # any two folders

The second annotation's events become candidates (:func:`mapapp.extract.scoring.as_candidates`)
and are scored against the first with :func:`mapapp.extract.scoring.score`: "found" is the share
of the first annotation's core events the second has (same type, same sentence, overlapping
dates, place within 50 km), "right" the share of the second's core events the first has. Files
are paired by name; the article is the first annotation's ``source`` (or the ``.txt`` beside it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.extract.scoring import Score, as_candidates, load_gold, misses, score  # noqa: E402

HELDOUT = ROOT / "tests" / "data" / "articles" / "heldout"


def article_text(gold: dict, path: Path) -> str:
    source = ROOT / gold["source"]
    if not source.exists():
        source = path.with_suffix(".txt")
    return source.read_text(encoding="utf-8")


def agree(first: Path, second: Path, verbose: bool) -> Score:
    total = Score(0, 0, 0, 0, 0)
    for path in sorted(second.glob("*.json")):
        gold_path = first / path.name
        if not gold_path.exists():
            print(f" {path.name}: no first annotation of that name in {first}", file=sys.stderr)
            continue
        gold, other = load_gold(gold_path), load_gold(path)
        candidates = as_candidates(other["events"], article_text(gold, gold_path))
        result = score(gold["events"], candidates)
        total = total + result
        if verbose:
            found, right = f"{result.found}/{result.gold}", f"{result.correct}/{result.predicted}"
            print(f" {path.name}: found {found}, right {right}")
            for line in misses(gold["events"], candidates):
                print(line.replace("  missed", "  first only").replace("  extra", "  second only"))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", type=Path, default=HELDOUT)
    parser.add_argument("second", nargs="?", type=Path, default=HELDOUT / "second")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    total = agree(args.first, args.second, args.verbose)
    if total.gold == 0:
        print(f"no paired gold files in {args.first} and {args.second}", file=sys.stderr)
        return 2
    found, right = total.found / total.gold, total.correct / max(total.predicted, 1)
    print(
        f"first annotation's core events the second has: {total.found}/{total.gold} = {found:.0%}"
    )
    print(
        "second annotation's core events the first has: "
        f"{total.correct}/{total.predicted} = {right:.0%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
