"""Core-event recall and precision of ``mapapp extract`` on the seed, dev and held-out articles.

    .venv/bin/python benchmarks/extract_score.py            # all three sets
    .venv/bin/python benchmarks/extract_score.py --set dev -v  # one set, with misses and extras
    .venv/bin/python benchmarks/extract_score.py --set dev --why  # why the misses were missed
    .venv/bin/python benchmarks/extract_score.py --dir some/folder  # any folder of gold files

Sets: ``seed`` (tests/data/seed_gold.json), ``dev`` (tests/data/articles/dev/*.json, the
articles the rules are developed on) and ``heldout`` (tests/data/articles/heldout/*.json, scored
only to report: never tune the rules to them; the folder may be empty between rounds).
Matching criteria: :mod:`mapapp.extract.scoring`. ``--why`` counts the missed core events by
reason (:func:`mapapp.extract.scoring.why_missed`): no candidate quotes the sentence, or the
closest candidate that does has the wrong type, date or place.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.extract.candidates import extract_candidates  # noqa: E402
from mapapp.extract.scoring import Score, load_gold, misses, score  # noqa: E402

SETS = {
    "seed": [ROOT / "tests" / "data" / "seed_gold.json"],
    "dev": sorted((ROOT / "tests" / "data" / "articles" / "dev").glob("*.json")),
    "heldout": sorted((ROOT / "tests" / "data" / "articles" / "heldout").glob("*.json")),
}


def score_file(path: Path, verbose: bool, why: Counter[str]) -> Score:
    gold = load_gold(path)
    text = (ROOT / gold["source"]).read_text(encoding="utf-8")
    predicted = extract_candidates(
        text, published=dt.date.fromisoformat(gold["published"]), url=gold["url"]
    )
    result = score(gold["events"], predicted)
    if verbose:
        print(
            f" {path.name}: found {result.found}/{result.gold}, correct "
            f"{result.correct}/{result.predicted}"
        )
    for line in misses(gold["events"], predicted):
        if verbose:
            print(line)
        if line.startswith("  missed "):
            why[line.split("[", 1)[1].split("]", 1)[0]] += 1
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--dir", type=Path, help="score the gold files of this folder instead")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    parser.add_argument("--why", action="store_true", help="count the misses by reason")
    args = parser.parse_args(argv)
    if args.dir is not None:
        sets = {args.dir.name: sorted(args.dir.glob("*.json"))}
    else:
        sets = {n: SETS[n] for n in (list(SETS) if args.set == "all" else [args.set])}
    print("| set | articles | core recall | core precision | status right |")
    print("|---|---|---|---|---|")
    reasons: dict[str, Counter[str]] = {}
    for name, paths in sets.items():
        if not paths:
            print(f"| {name} | 0 | - | - | - |")
            continue
        total, why = Score(0, 0, 0, 0, 0), Counter[str]()
        for path in paths:
            total = total + score_file(path, args.verbose, why)
        reasons[name] = why
        print(
            f"| {name} | {len(paths)} | {total.found}/{total.gold} = {total.recall:.0%} | "
            f"{total.correct}/{total.predicted} = {total.precision:.0%} | "
            f"{total.status_right}/{total.found} |"
        )
    if args.why:
        print("\n| set | missed core events by reason |\n|---|---|")
        for name, why in reasons.items():
            print(f"| {name} | " + ", ".join(f"{k} {n}" for k, n in why.most_common()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
