"""Build time and payload of the page's event layers, now and at an earlier commit.

Usage (from the repository root)::

    .venv/bin/python benchmarks/markers.py                       # this checkout, 1k and 10k
    .venv/bin/python benchmarks/markers.py --ref af7ec96~1       # ... and at that commit

For each size, generated events (``benchmarks/generate.py``, seeded) are prepared once for
folium (as the page does when it loads a dataset) and then, ``--repeat`` times, the per-type
marker layers are built (``build_event_layers``, what every filter change rebuilds) and
rendered to JavaScript as ``st_folium`` does; the median time of each step and the size of the
layers' script (what the browser receives on every change) are printed.

``--ref REV`` measures REV the same way: it checks REV out into a temporary git worktree, runs
a copy of this script there with the same Python, and removes the worktree afterwards. The two
are comparable when run one after the other on a quiet machine; the figures shift with load.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _layers_script(layers: list[Any]) -> str:
    """The layers' JavaScript as the page sends it (streamlit-folium's own rendering)."""
    import folium
    from streamlit_folium import _get_feature_group_string

    m = folium.Map(tiles=None)
    return "".join(_get_feature_group_string(group, m, idx) for idx, group in enumerate(layers))


def measure(sizes: list[int], repeat: int) -> list[dict[str, Any]]:
    """Per size: median seconds to build and to render the layers, and the script's bytes."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate_events

    from mapapp.render.maps import build_event_layers, prepare_for_folium

    try:  # since events at one place share a count badge
        from mapapp.render.cluster import with_shared_places
    except ImportError:

        def with_shared_places(layers: list[Any]) -> list[Any]:
            return list(layers)

    out = []
    for n in sizes:
        prepared = prepare_for_folium(generate_events(n, seed=0))
        builds, renders, size = [], [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            layers = with_shared_places(build_event_layers(prepared))
            built = time.perf_counter()
            script = _layers_script(layers)
            builds.append(built - start)
            renders.append(time.perf_counter() - built)
            size = len(script.encode("utf-8"))
        out.append(
            {
                "events": n,
                "drawn": len(prepared),
                "build s": round(statistics.median(builds), 4),
                "render s": round(statistics.median(renders), 4),
                "script KB": round(size / 1024, 1),
            }
        )
    return out


def at_ref(ref: str, sizes: list[int], repeat: int) -> list[dict[str, Any]]:
    """:func:`measure` run in a temporary worktree of ``ref`` (a copy of this script there)."""
    folder = Path(tempfile.mkdtemp(prefix="mapapp-markers-bench-"))
    tree = folder / "tree"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), ref],
        check=True,
        capture_output=True,
    )
    try:
        shutil.copy(__file__, tree / "benchmarks" / "markers_at_ref.py")
        args = ["--sizes", ",".join(map(str, sizes)), "--repeat", str(repeat), "--json"]
        done = subprocess.run(
            [sys.executable, str(tree / "benchmarks" / "markers_at_ref.py"), *args],
            cwd=tree,
            check=True,
            capture_output=True,
            text=True,
        )
        return list(json.loads(done.stdout))
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _table(title: str, rows: list[dict[str, Any]]) -> str:
    heads = list(rows[0])
    lines = [f"### {title}", "", "| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    lines += ["| " + " | ".join(str(r[h]) for h in heads) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="event counts (default 1000,10000)")
    parser.add_argument("--repeat", type=int, default=3, help="builds per size (median)")
    parser.add_argument("--ref", help="also measure this git commit (e.g. af7ec96~1)")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    sys.path.insert(0, str(ROOT))
    now = measure(sizes, args.repeat)
    if args.json:
        print(json.dumps(now))
        return 0
    print(_table("this checkout", now))
    if args.ref:
        before = at_ref(args.ref, sizes, args.repeat)
        print()
        print(_table(f"at {args.ref}", before))
        print()
        ratios = [
            {
                "events": a["events"],
                "build now/before": round(a["build s"] / b["build s"], 2),
                "render now/before": round(a["render s"] / b["render s"], 2),
                "script now/before": round(a["script KB"] / b["script KB"], 2),
            }
            for a, b in zip(now, before, strict=True)
        ]
        print(_table("ratios", ratios))
    return 0


if __name__ == "__main__":
    sys.exit(main())
