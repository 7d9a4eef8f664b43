"""Reading our own GeoJSON: the fast path against the generic reader, in events per second.

    .venv/bin/python benchmarks/read_geojson.py --sizes 10000,100000

For each size, generated events are exported with ``mapapp.export.write_geojson`` and read back
with ``mapapp.readers.read_file`` (the path of ``mapapp import``, ``export --input`` and uploads)
twice: as it is (:mod:`mapapp.readers.own_geojson`) and with the fast path switched off (the
generic reader, Feature by Feature). Prints the best of ``--rounds`` runs of each, the ratio,
and where the fast path spends its time (``--profile``: the top functions by own CPU time).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # sibling modules, also when run as `python benchmarks/...`
sys.path.insert(1, str(HERE.parent))

from generate import generate_events  # noqa: E402
from report import machine  # noqa: E402

import mapapp.readers.geojson as geojson_reader  # noqa: E402
from mapapp.export import write_geojson  # noqa: E402
from mapapp.readers import read_file  # noqa: E402

FAST = geojson_reader.read_own_geojson


def best_of(rounds: int, read: Callable[[], object]) -> tuple[float, float]:
    """The shortest wall-clock and CPU seconds of ``rounds`` calls.

    On a shared machine the wall clock also counts the time other processes hold the CPU; the
    process's CPU time does not, so both are printed.
    """
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        read()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(wall), min(cpu)


def measure(path: Path, n: int, rounds: int) -> dict[str, float]:
    """Seconds of the fast and the generic read of one file, checked to read every event."""
    geojson_reader.read_own_geojson = FAST  # type: ignore[attr-defined]
    assert len(read_file(path).events) == n
    fast, fast_cpu = best_of(rounds, lambda: read_file(path))
    geojson_reader.read_own_geojson = lambda *a, **k: None  # type: ignore[attr-defined]
    try:
        assert len(read_file(path).events) == n
        generic, generic_cpu = best_of(max(1, rounds // 2), lambda: read_file(path))
    finally:
        geojson_reader.read_own_geojson = FAST  # type: ignore[attr-defined]
    return {"fast": fast, "fast_cpu": fast_cpu, "generic": generic, "generic_cpu": generic_cpu}


def profile(path: Path, top: int = 15) -> str:
    """The fast read's top functions by their own CPU time (other processes' turns left out)."""
    read_file(path)  # warm: imports, compiled patterns, cached decoders
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(read_file, path)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    parser.add_argument("--rounds", type=int, default=3, help="timed reads per size (best kept)")
    parser.add_argument("--profile", action="store_true", help="print the fast path's profile")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"machine: {machine()}")
    print(
        "| events | file MB | fast s (CPU s) | fast events/s (per CPU s) "
        "| generic s (CPU s) | generic events/s (per CPU s) | ratio (CPU) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"events-{n}.geojson"
            write_geojson(generate_events(n), path)
            t = measure(path, n, args.rounds)
            mb = path.stat().st_size / 1e6
            print(
                f"| {n:,} | {mb:,.1f} | {t['fast']:.3f} ({t['fast_cpu']:.3f}) | "
                f"{n / t['fast']:,.0f} ({n / t['fast_cpu']:,.0f}) | "
                f"{t['generic']:.3f} ({t['generic_cpu']:.3f}) | "
                f"{n / t['generic']:,.0f} ({n / t['generic_cpu']:,.0f}) | "
                f"{t['generic'] / t['fast']:.1f}× ({t['generic_cpu'] / t['fast_cpu']:.1f}×) |"
            )
            if args.profile:
                print(profile(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
