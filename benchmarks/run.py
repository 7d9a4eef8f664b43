"""Benchmark the map at 1,000 / 10,000 / 100,000 synthetic events (``make bench``).

Measures, in one run, for each size: building the map HTML (our page path with aggregation,
``mapapp.maps.build_map`` as it is, and a naive Marker-per-event map), filters, aggregation,
GeoJSON/CSV export, GeoParquet storage and Python-side peak memory; with ``--browser`` the time
until Chromium has drawn each map; with ``--app`` the running Streamlit page (open → map drawn,
slider key → map redrawn, server RSS). Prints Markdown tables and writes JSON plus a Markdown
copy next to it.

    .venv/bin/python benchmarks/run.py --sizes 1000,10000,100000 --browser --app
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))  # sibling modules, also when run as `python benchmarks/run.py`

from generate import generate_events  # noqa: E402
from measure import (  # noqa: E402
    bench_aggregate,
    bench_builds,
    bench_exports,
    bench_filters,
    bench_memory,
    bench_page_parts,
    mappable_count,
)
from report import machine, markdown, tables  # noqa: E402

import mapapp.render.aggregate as aggregate  # noqa: E402

DEFAULT_OUT = HERE / "results" / "latest.json"


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    except ValueError as err:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a comma-separated list of numbers, e.g. 1000,10000,100000"
        ) from err
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give one or more positive sizes")
    return sizes


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--sizes",
        type=_sizes,
        default=[1000, 10000, 100000],
        help="event counts (default 1000,10000,100000)",
    )
    p.add_argument("--browser", action="store_true", help="time drawing in Chromium")
    p.add_argument("--app", action="store_true", help="time the running Streamlit page")
    p.add_argument(
        "--app-sizes",
        type=_sizes,
        default=None,
        help="sizes for --app (default: 1000 and the largest of --sizes)",
    )
    p.add_argument(
        "--app-individual",
        type=_sizes,
        default=[],
        help="also run the page with these sizes forced to individual markers "
        "(threshold sweep), e.g. 2000,5000",
    )
    p.add_argument(
        "--app-parquet",
        type=_sizes,
        default=[],
        help="also run the page on GeoParquet data at these sizes "
        "(benchmarks/aggregated_app.py with MAPAPP_BENCH_PARQUET=1)",
    )
    p.add_argument(
        "--app-script",
        type=Path,
        default=None,
        help="page to run (default: streamlit_app.py when it aggregates, else "
        "benchmarks/aggregated_app.py)",
    )
    p.add_argument("--presses", type=int, default=8, help="slider key presses per page")
    p.add_argument(
        "--key",
        default="PageUp,PageDown",
        help="keys pressed in turn on the slider's start thumb (PageUp/PageDown = a "
        "tenth of the span in/out, so the map keeps about N events)",
    )
    p.add_argument(
        "--naive-100k",
        action="store_true",
        help="also build (and with --browser draw) the naive map above 10,000 events",
    )
    p.add_argument("--repeat", type=int, default=3, help="runs per build (median)")
    p.add_argument("--timeout", type=float, default=180.0, help="browser wait per page, s")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="JSON results (a .md copy is written beside it)",
    )
    return p.parse_args(argv)


def _app_script(args: argparse.Namespace) -> tuple[Path, str]:
    if args.app_script is not None:
        return args.app_script.resolve(), "given"
    from aggregated_app import app_aggregates

    import mapapp.web.app as app

    if app_aggregates(app):
        return HERE.parent / "streamlit_app.py", "streamlit_app.py"
    return HERE / "aggregated_app.py", "aggregated_app.py (page without aggregation, patched)"


def _shown(value: Any) -> Any:
    """Paths as the repository knows them (results files are committed)."""
    if not isinstance(value, Path):
        return value
    path = value.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def run(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {
        "machine": machine(),
        "threshold": aggregate.AGGREGATE_THRESHOLD,
        "args": {k: _shown(v) for k, v in vars(args).items()},
        "sizes": [],
        "app": [],
    }
    work = Path(tempfile.mkdtemp(prefix="mapapp-bench-"))
    results["work_dir"] = str(work)
    pw = browser = router = None
    if args.browser or args.app:
        from browser import Router, launch
        from playwright.sync_api import sync_playwright

        router = Router()
        pw = sync_playwright().start()
        browser = launch(pw)
    try:
        for n in args.sizes:
            print(f"--- {n:,} events", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            gdf = generate_events(n, seed=args.seed)
            entry: dict[str, Any] = {
                "n": n,
                "mappable": mappable_count(gdf),
                "generate_s": time.perf_counter() - t0,
            }
            naive = n <= 10_000 or args.naive_100k
            entry["builds"] = bench_builds(gdf, repeat=args.repeat, naive=naive, out_dir=work)
            entry["filters"] = bench_filters(gdf)
            entry["aggregate"] = bench_aggregate(gdf)
            entry["exports"] = bench_exports(gdf, work)
            entry["page_parts"] = bench_page_parts(gdf)
            entry["memory"] = bench_memory(gdf, work)
            if browser is not None and args.browser:
                from browser import draw_html

                entry["browser"] = {}
                for name, build in entry["builds"].items():
                    print(f"    drawing {name}", file=sys.stderr, flush=True)
                    entry["browser"][name] = draw_html(
                        browser,
                        Path(build["html_path"]),
                        int(build["drawn"]),
                        args.timeout,
                        router,
                    )
            results["sizes"].append(entry)
            print("\n".join(tables({"sizes": [entry]})), file=sys.stderr, flush=True)
        if browser is not None and args.app:
            results["app"] = run_app(args, browser, work, router)
    finally:
        if browser is not None:
            browser.close()
        if pw is not None:
            pw.stop()
    if router is not None:
        results["browser_problems"] = router.problems([])
        results["browser_requests"] = {
            "served_from_npm": len(router.served),
            "stubbed": len(router.stubbed),
            "blocked": sorted(set(router.blocked)),
        }
    results["machine"]["loadavg_end"] = os.getloadavg()
    return results


def run_app(
    args: argparse.Namespace, browser: Any, work: Path, router: Any
) -> list[dict[str, Any]]:
    from app_bench import bench_app
    from generate import write_events

    script, label = _app_script(args)
    sizes = args.app_sizes or sorted({1000, max(args.sizes)})
    plan: list[tuple[int, str, Path, dict[str, str]]] = [(n, label, script, {}) for n in sizes]
    # The threshold sweep needs the harness, which can override the threshold.
    plan += [
        (
            n,
            "individual markers forced (aggregated_app.py)",
            HERE / "aggregated_app.py",
            {"MAPAPP_BENCH_THRESHOLD": str(10**9)},
        )
        for n in args.app_individual
    ]
    plan += [
        (
            n,
            "GeoParquet data (aggregated_app.py)",
            HERE / "aggregated_app.py",
            {"MAPAPP_BENCH_PARQUET": "1"},
        )
        for n in args.app_parquet
    ]
    out = []
    for n, name, page, env in plan:
        print(f"--- app: {n:,} events ({name})", file=sys.stderr, flush=True)
        suffix = "parquet" if env.get("MAPAPP_BENCH_PARQUET") else "geojson"
        data = work / f"app-{n}.{suffix}"
        if not data.exists():
            write_events(generate_events(n, seed=args.seed), data)
        result = bench_app(
            browser,
            script=page,
            data=data,
            n_events=n,
            presses=args.presses,
            timeout_s=max(args.timeout, 300.0),
            work=work,
            env_extra=env,
            router=router,
            key=args.key,
        )
        result["label"] = name
        out.append(result)
        print(
            json.dumps({k: v for k, v in result.items() if k != "moves"}, default=str),
            file=sys.stderr,
            flush=True,
        )
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = (
        "make bench"
        if argv is None and len(sys.argv) == 1
        else shlex.join(
            [".venv/bin/python", "benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)]
        )
    )
    results = run(args)
    results["command"] = command
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    text = markdown(results, command)
    args.out.with_suffix(".md").write_text(text, encoding="utf-8")
    print(text)
    print(f"wrote {args.out} and {args.out.with_suffix('.md')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
