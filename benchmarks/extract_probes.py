"""Hostile inputs for ``mapapp extract``: time each at growing sizes to show how work scales.

    .venv/bin/python benchmarks/extract_probes.py                     # the default sizes
    .venv/bin/python benchmarks/extract_probes.py --probe names --sizes 500,5000

Probes (``size`` is characters, or names for ``names``):

* ``sentence`` — one long sentence of meetings ("The envoy met officials in Doha on Monday and …");
* ``names`` — "They met in " followed by ``size`` capitalised names;
* ``paste`` — the seed article with its line breaks lost (one paragraph), repeated;
* ``dates`` — one short sentence per line, each with a different text date;
* ``clauses`` — one long sentence of varied clauses joined by ", and" (three-sided subjects, a
  reception beside talks, a meeting on the sidelines of a summit, a call on an official named by
  title, a cited joint statement): rules that read an event word's surroundings.

Each run happens in a fresh subprocess (so caches start cold, except the gazetteer's indexes,
built before the clock starts) with a time limit; a run that exceeds it prints ``> limit``. The
article length limit (``MAX_ARTICLE_CHARS``) is lifted for the probes, so the figures show the
extractor's own scaling.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "geodata" / "sources" / "voa-2022-12-20-frustrated-with-the-taliban.txt"
MONTHS = "January February March April May June July August September October November December"
DEFAULT_SIZES = {
    "sentence": [10_000, 100_000, 1_000_000],
    "names": [500, 5_000],
    "paste": [3_000, 30_000],
    "dates": [97_300, 973_000],
    "clauses": [10_000, 100_000],
}
CLAUSES = [
    "the Foreign Minister of Chad, the Prime Minister of Niger and the Libyan envoy met",
    "the envoy was received by the king and held talks with the prime minister",
    "the two presidents talked on the sidelines of the regional summit in Lome",
    "the ambassador called on the Minister of Foreign Affairs on Tuesday",
    "the ministers signed a protocol, according to a joint statement",
]


def _name(i: int) -> str:
    letters = ""
    i += 26 * 27
    while i:
        i, r = divmod(i, 26)
        letters = chr(97 + r) + letters
    return letters.capitalize()


def probe_text(probe: str, size: int) -> str:
    """The probe's text at ``size`` (characters, or names for ``names``)."""
    if probe == "sentence":
        unit = "the envoy met officials in Doha on Monday and "
        return ("The talks went on and " + unit * (size // len(unit) + 1))[:size] + "."
    if probe == "names":
        return "They met in " + " ".join(_name(i) for i in range(size)) + "."
    if probe == "paste":
        flat = " ".join(SEED.read_text(encoding="utf-8").split())
        text = (flat + " ") * (size // len(flat)) + flat[: size % len(flat)]
        return text.rstrip(" .") + "."  # a last line without a full stop would be a heading
    if probe == "dates":
        months = MONTHS.split()
        lines, total, i = [], 0, 0
        while total < size:
            day, month, year = 1 + i % 28, months[(i // 28) % 12], 1990 + (i // 336) % 40
            line = f"Envoys met in Doha on {month} {day}, {year} (round {i})."
            lines.append(line)
            total += len(line) + 1
            i += 1
        return "\n".join(lines)
    if probe == "clauses":
        unit = ", and ".join(CLAUSES) + ", and "
        return ("The " + (unit * (size // len(unit) + 1))[4:])[:size].rstrip(", ") + "."
    raise ValueError(f"unknown probe {probe!r}")


_CHILD = """
import datetime as dt, sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {here!r})
import mapapp.extract.candidates as c
from extract_probes import probe_text
from mapapp.extract.sentences import sentences_of
text = probe_text({probe!r}, {size})
if hasattr(c, "MAX_ARTICLE_CHARS"):
    c.MAX_ARTICLE_CHARS = len(text) + 1
from mapapp import gazetteer
gazetteer.lookup("Nowhereville Xyzzy")  # builds the alternate-name index (a one-off second)
c.extract_candidates("warm-up: they met in Doha on Monday.", published=dt.date(2022, 12, 20),
                     url="https://example.org/a")
t0 = time.perf_counter()
c.extract_candidates(text, published=dt.date(2022, 12, 20), url="https://example.org/a")
print(time.perf_counter() - t0)
"""


def time_probe(probe: str, size: int, limit: float) -> float | None:
    """Seconds to extract the probe's text in a fresh interpreter; None past ``limit``."""
    code = _CHILD.format(
        root=str(ROOT), here=str(Path(__file__).resolve().parent), probe=probe, size=size
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=limit, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--probe", choices=[*DEFAULT_SIZES, "all"], default="all")
    parser.add_argument("--sizes", help="comma-separated sizes (default: per probe)")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per run")
    args = parser.parse_args(argv)
    probes = list(DEFAULT_SIZES) if args.probe == "all" else [args.probe]
    print(f"extract probes, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print("| probe | size | characters | seconds |")
    print("|---|---|---|---|")
    for probe in probes:
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else DEFAULT_SIZES[probe]
        for size in sizes:
            chars = len(probe_text(probe, size))
            seconds = time_probe(probe, size, args.limit)
            shown = f"> {args.limit:.0f}" if seconds is None else f"{seconds:.2f}"
            print(f"| {probe} | {size:,} | {chars:,} | {shown} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
