"""Benchmark the query engines and the readers at large sizes (``make bench-engine``).

For each size: reading our own GeoJSON (events/s); the embedded engine (DuckDB over GeoParquet)
against the pyarrow path of :func:`mapapp.store.read_parquet` for a month, a city viewport and
tile counts; and PostGIS: load rate, a filtered export of one month, the viewport queries.
Prints Markdown tables with ratios and writes JSON plus a Markdown copy.

    scripts/postgis.sh run .venv/bin/python benchmarks/engine.py --sizes 100000,1000000

PostGIS is measured in a database created for the run (and dropped after it) on the server
named by ``--database`` or ``MAPAPP_TEST_DATABASE_URL`` (what ``scripts/postgis.sh run``
sets); ``--no-postgis`` leaves it out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))  # sibling modules, also when run as `python benchmarks/engine.py`
sys.path.insert(1, str(ROOT))

from generate import generate_events  # noqa: E402
from report import machine  # noqa: E402

from mapapp.engine import (  # noqa: E402
    EmbeddedEngine,
    FrameEngine,
    PostgisEngine,
    load_events,
    make_query,
)
from mapapp.engine.postgis import create_schema  # noqa: E402
from mapapp.export import to_geojson_bytes, write_geojson  # noqa: E402
from mapapp.readers import read_file  # noqa: E402
from mapapp.store import read_parquet, write_parquet  # noqa: E402

DEFAULT_OUT = HERE / "results" / "engine.json"
MONTH = {"start": dt.date(2022, 6, 1), "end": dt.date(2022, 6, 30)}
# Kabul at zoom 13 on a 1280×720 map: about 0.11° × 0.05°; the generator scatters a city's
# events over ±0.12°, so this box holds a part of Kabul's events, as a zoomed-in map would.
CITY = (69.10, 34.50, 69.21, 34.55)
# Zoom 6 over Afghanistan and its neighbours: the aggregated view before splitting.
REGION, REGION_ZOOM = (55.0, 25.0, 80.0, 42.0), 6


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` calls (one when a call takes over 5 s), and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
        if times[-1] > 5:
            break
    return statistics.median(times), result


# Peak memory is measured in a fresh interpreter per case: in this process the allocator keeps
# what earlier steps freed, so differences of RSS would mean nothing.
_PEAK = """
import datetime as dt, sys
sys.path.insert(0, {root!r})
from mapapp.engine import EmbeddedEngine, make_query
from mapapp.store import read_parquet
month = dict(start=dt.date(2022, 6, 1), end=dt.date(2022, 6, 30))
if {case!r} == "engine":
    engine = EmbeddedEngine({path!r})
    engine.events(make_query(**month)); engine.events(make_query(bbox={city!r}))
    engine.cell_counts(make_query(bbox={region!r}, **month), 6)
elif {case!r} == "pyarrow":
    read_parquet({path!r})
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
"""


def peak_mib(case: str, path: Path) -> float:
    """Peak resident memory (MiB) of an interpreter that runs ``case`` on the file."""
    code = _PEAK.format(root=str(ROOT), case=case, path=str(path), city=CITY, region=REGION)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600
    )
    return float(out.stdout.split()[-1])


def bench_geojson(gdf: Any, folder: Path) -> dict[str, Any]:
    path = folder / "events.geojson"
    write_geojson(gdf, path)
    seconds, result = timed(lambda: read_file(path), 1)
    return {"events": len(result.events), "s": seconds, "per_s": len(gdf) / seconds}


def bench_embedded(gdf: Any, folder: Path, repeat: int) -> dict[str, Any]:
    """The embedded engine against the pyarrow reader (+ the frame filters) on the same queries."""
    path = folder / "events.parquet"
    write_parquet(gdf, path)
    engine = EmbeddedEngine(path)
    month, city = make_query(**MONTH), make_query(bbox=CITY)
    region = make_query(bbox=REGION, **MONTH)
    out: dict[str, Any] = {}
    out["month_duckdb"], got = timed(lambda: engine.events(month), repeat)
    out["month_pyarrow"], want = timed(lambda: read_parquet(path, **MONTH), repeat)
    out["month_events"] = len(got)
    _same(got, want, "month")
    out["city_duckdb"], got = timed(lambda: engine.events(city), repeat)
    out["city_pyarrow"], want = timed(lambda: read_parquet(path, bbox=CITY), repeat)
    out["city_events"] = len(got)
    _same(got, want, "city")
    out["cells_duckdb"], cells = timed(lambda: engine.cell_counts(region, REGION_ZOOM), repeat)

    def arrow_cells() -> Any:
        window = read_parquet(path, bbox=REGION, **MONTH)
        return FrameEngine(window).cell_counts(region, REGION_ZOOM)

    out["cells_pyarrow"], cells_want = timed(arrow_cells, repeat)
    out["cells"] = len(cells)
    if cells["count"].sum() != cells_want["count"].sum():
        raise AssertionError("tile counts differ between DuckDB and pyarrow")
    engine.close()
    out["all_pyarrow"], _ = timed(lambda: len(read_parquet(path)), 1)
    out["peak_imports_mib"] = peak_mib("imports", path)
    out["peak_engine_mib"] = peak_mib("engine", path)
    out["peak_pyarrow_mib"] = peak_mib("pyarrow", path)
    return out


def _same(got: Any, want: Any, what: str) -> None:
    if sorted(got["event_id"]) != sorted(want["event_id"]):
        raise AssertionError(f"{what}: DuckDB and pyarrow disagree on the events")


def bench_postgis(gdf: Any, server: str, repeat: int) -> dict[str, Any]:
    import psycopg

    name = f"mapapp_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    url = server.rsplit("/", 1)[0] + "/" + name
    out: dict[str, Any] = {}
    try:
        with psycopg.connect(url, autocommit=True) as connection:
            t0 = time.perf_counter()
            create_schema(connection)  # once per database; timed apart from the load
            out["schema_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        load_events(url, gdf)
        out["load_s"] = time.perf_counter() - t0
        out["load_per_s"] = len(gdf) / out["load_s"]
        engine = PostgisEngine(url)
        month, city = make_query(**MONTH), make_query(bbox=CITY)
        region = make_query(bbox=REGION, **MONTH)
        out["export_month_s"], data = timed(lambda: to_geojson_bytes(engine.events(month)), repeat)
        out["export_month_mb"] = len(data) / 1e6
        out["city_s"], got = timed(lambda: engine.events(city), repeat)
        out["city_events"] = len(got)
        out["cells_s"], cells = timed(lambda: engine.cell_counts(region, REGION_ZOOM), repeat)
        out["cells"] = len(cells)
        engine.close()
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]
    return out


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    print(f"-- {n:,} events: generating", file=sys.stderr)
    gdf = generate_events(n, seed=args.seed)
    result: dict[str, Any] = {"n": n}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if n <= args.geojson_max:
            print("   reading our GeoJSON", file=sys.stderr)
            result["geojson"] = bench_geojson(gdf, folder)
        print("   embedded engine vs pyarrow", file=sys.stderr)
        result["embedded"] = bench_embedded(gdf, folder, args.repeat)
    if args.server:
        print("   PostGIS", file=sys.stderr)
        result["postgis"] = bench_postgis(gdf, args.server, args.repeat)
    return result


def tables(results: list[dict[str, Any]]) -> list[str]:
    ms = lambda s: f"{s * 1000:,.0f}"  # noqa: E731
    lines = ["### Reading our own GeoJSON (`read_file`, lenient: the CLI and upload path)", ""]
    lines += ["| events | seconds | events/s |", "|---:|---:|---:|"]
    for r in results:
        if "geojson" in r:
            g = r["geojson"]
            lines.append(f"| {r['n']:,} | {g['s']:.2f} | {g['per_s']:,.0f} |")
    lines += ["", "### Embedded engine (DuckDB) vs the pyarrow reader, ms (pyarrow ÷ DuckDB)", ""]
    lines += [
        "| events | one month (events) | city box (events) | tiles z6, region, month | "
        "whole file, pyarrow | peak memory: imports / engine queries / whole frame (MiB) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        e = r["embedded"]

        def cell(key: str, e: dict[str, Any] = e) -> str:
            duck, arrow = e[key + "_duckdb"], e[key + "_pyarrow"]
            return f"{ms(duck)} vs {ms(arrow)} (×{arrow / duck:.1f})"

        lines.append(
            f"| {r['n']:,} | {cell('month')} ({e['month_events']:,}) | {cell('city')} "
            f"({e['city_events']:,}) | {cell('cells')} | {ms(e['all_pyarrow'])} | "
            f"{e['peak_imports_mib']:,.0f} / {e['peak_engine_mib']:,.0f} / "
            f"{e['peak_pyarrow_mib']:,.0f} |"
        )
    if any("postgis" in r for r in results):
        lines += ["", "### PostGIS", ""]
        lines += [
            "| events | load (events/s) | export one month as GeoJSON, ms (MB) | "
            "city box, ms (events) | tiles z6, region, month, ms (cells) |",
            "|---:|---:|---:|---:|---:|",
        ]
        for r in results:
            if "postgis" in r:
                p = r["postgis"]
                lines.append(
                    f"| {r['n']:,} | {p['load_s']:.1f} s ({p['load_per_s']:,.0f}/s) | "
                    f"{ms(p['export_month_s'])} ({p['export_month_mb']:.1f}) | "
                    f"{ms(p['city_s'])} ({p['city_events']:,}) | {ms(p['cells_s'])} "
                    f"({p['cells']}) |"
                )
    return lines


def _load(triple: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.1f}" for v in triple)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="100000", help="comma-separated event counts")
    p.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--geojson-max", type=int, default=1_000_000, help="read GeoJSON only up to this size"
    )
    p.add_argument("--database", default=os.environ.get("MAPAPP_TEST_DATABASE_URL"))
    p.add_argument("--no-postgis", action="store_true")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = p.parse_args(argv)
    args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.server = None if args.no_postgis else args.database
    if not args.no_postgis and not args.server:
        p.error("give --database URL (or run under scripts/postgis.sh run), or --no-postgis")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    info = machine()
    results = [run_size(n, args) for n in args.sizes]
    info["loadavg_end"] = os.getloadavg()
    info["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    command = "benchmarks/engine.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    lines = tables(results)
    print("\n".join(lines))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": info, "results": results}, indent=1, default=str))
    header = [
        "# Engine benchmark",
        "",
        f"`{command}`",
        "",
        f"Machine: {info.get('cpu')}, {info.get('nproc')} cores, {info.get('memory_gib')} GiB; "
        f"load average {_load(info['loadavg_start'])} → {_load(info['loadavg_end'])}; "
        f"commit {info.get('git_commit')}",
        "",
    ]
    args.out.with_suffix(".md").write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
