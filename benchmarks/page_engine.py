"""The page over a query engine at scale: open → map drawn, server memory, slider, pan/zoom.

For each size: generate events once (benchmarks/generate.py) and write the GeoParquet store
(mapapp.store), kept in ``--work`` and reused by later runs; start the page (``streamlit run
streamlit_app.py``) on the store with the embedded engine (``MAPAPP_ENGINE=embedded``), or with
``--postgis`` on a PostGIS database loaded from it (created for the run on the server named by
``--database`` or ``MAPAPP_TEST_DATABASE_URL``, and dropped after it); then in Chromium:

* page open → map drawn (target under 10 s);
* the streamlit process's peak memory, VmHWM (target under 1 GB);
* slider key (PageUp/PageDown on the start thumb) → map redrawn (target under 1 s);
* pan/zoom → redrawn (target under 1 s): Leaflet's own redraw when panning reruns nothing,
  else until the layers of the rerun are drawn.

Before the page, the summary the page computes on first open (slider span, filter choices,
counts) is timed query by query in this process, to show where the first open's time goes.

    .venv/bin/python benchmarks/page_engine.py --sizes 1000000
    scripts/postgis.sh run .venv/bin/python benchmarks/page_engine.py --sizes 1000000 --postgis
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

from app_bench import RUNS_JS, _runs_done, _settled_runs, proc_memory  # noqa: E402
from browser import APP_READY, DRAWN_JS, MARK_STALE_JS  # noqa: E402
from browser_harness import free_port, start_app, stop_app, wait_healthy  # noqa: E402
from open_map import browser_page, open_map  # noqa: E402
from report import machine  # noqa: E402

TARGETS = {"open_to_map_s": 10.0, "peak_mb": 1000.0, "slider_s": 1.0, "pan_zoom_s": 1.0}
DEFAULT_OUT = HERE / "results" / "page_engine.md"
# Zoom in on Kabul, out again, pan east and back: what a visitor does first.
MOVES_JS = [
    "m => m.setView([34.53, 69.17], m.getZoom() + 2, {animate: false})",
    "m => m.setZoom(m.getZoom() - 2, {animate: false})",
    "m => m.panBy([250, 0], {animate: false})",
    "m => m.panBy([-250, 0], {animate: false})",
]
MOVE_JS = """
async (move) => {
  const m = window.map instanceof L.Map ? window.map
          : Object.values(window).find(v => v instanceof L.Map);
  const t0 = Date.now();
  await new Promise(done => { m.once('moveend', done); (eval(move))(m); });
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return [t0, Date.now()];
}
"""


def store_for(n: int, work: Path) -> Path:
    """The store of ``n`` generated events in ``work`` (written once, then reused)."""
    from generate import generate_events

    from mapapp.store import write_parquet

    path = work / f"events-{n}.parquet"
    if not path.exists():
        t0 = time.perf_counter()
        write_parquet(generate_events(n, seed=1), path)
        print(f"generated and wrote {n:,} events in {time.perf_counter() - t0:.1f} s", flush=True)
    return path


def summary_breakdown(engine: Any) -> dict[str, float]:
    """Seconds of each query the page's first open asks (see mapapp.web.source.summarise)."""
    from mapapp.engine import make_query
    from mapapp.web.source import summarise

    everything, times = make_query(), {}
    for label, ask in (
        ("date_span", lambda: engine.date_span(everything)),
        ("types", lambda: engine.value_counts("event_type", everything)),
        ("actors", lambda: engine.value_counts("actors", everything)),
        ("countries", lambda: engine.value_counts("country_code", everything)),
        ("count", lambda: engine.count(everything)),
        ("extent", lambda: engine.extent(everything)),
        ("monthly", lambda: engine.monthly_counts(everything)),
        ("head_1000", lambda: engine.head(everything, 1000)),
        ("summarise", lambda: summarise(engine)),
    ):
        t0 = time.perf_counter()
        ask()
        times[label] = time.perf_counter() - t0
    return times


def _slider(page: Any, frame: Any, runs: int, presses: int, timeout_s: float) -> list[dict]:
    """PageUp on the start thumb ``presses - 1`` times (each a window not asked before: cold),
    then PageDown once (a window asked before: the engine's answers are remembered)."""
    thumb, times = page.get_by_role("slider").first, []
    for press in range(presses):
        cold = press < presses - 1
        thumb.focus()
        t0 = frame.evaluate(MARK_STALE_JS)
        page.keyboard.press("PageUp" if cold else "PageDown")
        frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=timeout_s * 1000)
        times.append({"s": (frame.evaluate("window.__benchDrawnAt") - t0) / 1000, "cold": cold})
        _runs_done(page, runs + 1, timeout_s)
        runs = _settled_runs(page, timeout_s)
    return times


def _redrawn(page: Any, frame: Any, timeout_s: float, ended: float) -> tuple[float, bool]:
    """When the rerun's layers are drawn (ms), or, if it sent the same layers (st_folium then
    swaps nothing), when its last run ended; and whether the layers stayed the same."""
    deadline = time.perf_counter() + timeout_s
    runs, changed_at = page.evaluate(RUNS_JS), ended
    while time.perf_counter() < deadline:
        drawn = frame.evaluate(DRAWN_JS, 0)
        if drawn:
            return float(drawn), False
        now = page.evaluate(RUNS_JS)
        if now != runs:
            runs, changed_at = now, time.time() * 1000
        elif time.time() * 1000 - changed_at > 1500 and page.locator(APP_READY).count():
            return changed_at, True
        time.sleep(0.03)
    raise TimeoutError("the map was not redrawn after a pan or zoom")


def _pan_zoom(page: Any, frame: Any, runs: int, timeout_s: float) -> list[dict[str, Any]]:
    """Each move of MOVES_JS; the second and fourth return to a view seen before."""
    moves = []
    for index, move in enumerate(MOVES_JS):
        frame.evaluate(MARK_STALE_JS)
        t0, moved = frame.evaluate(MOVE_JS, move)
        # Does the move rerun the page? A run shows as the app's "running" state, and its
        # marker is written as it ends (a slow run may end long after the 3 s looked at here).
        deadline, running = time.perf_counter() + 3.0, False
        while time.perf_counter() < deadline and page.evaluate(RUNS_JS) <= runs:
            running = running or not page.locator(APP_READY).count()
            if running:
                _runs_done(page, runs + 1, timeout_s)
                break
            time.sleep(0.03)
        ended = time.time() * 1000
        rerun = page.evaluate(RUNS_JS) > runs
        same = False
        if rerun:
            moved, same = _redrawn(page, frame, timeout_s, ended)
            runs = _settled_runs(page, timeout_s)
        moves.append(
            {
                "move": move,
                "s": (moved - t0) / 1000,
                "rerun": rerun,
                "same_layers": same,
                "cold": index % 2 == 0,
            }
        )
    return moves


def bench_page(env: dict[str, str], work: Path, presses: int, timeout_s: float) -> dict[str, Any]:
    """Start the page with ``env``, open it in Chromium, move the slider, pan and zoom."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    log = work / f"streamlit-{port}.log"
    proc = start_app(port, log, env)
    result: dict[str, Any] = {"server_log": str(log)}
    try:
        t_start = time.perf_counter()
        wait_healthy(proc, f"http://127.0.0.1:{port}/", log)
        result["start_to_health_s"] = time.perf_counter() - t_start
        with sync_playwright() as playwright, browser_page(playwright) as page:
            frame, result["open_to_map_s"] = open_map(page, port, timeout_s)
            runs = _settled_runs(page, timeout_s)
            result["after_open"] = proc_memory(proc.pid)
            result["slider"] = _slider(page, frame, runs, presses, timeout_s)
            runs = _settled_runs(page, timeout_s)
            result["pan_zoom"] = _pan_zoom(page, frame, runs, timeout_s)
        result["after_all"] = proc_memory(proc.pid)
        result["peak_mb"] = result["after_all"].get("VmHWM_mb")
        result["slider_s"] = statistics.median(m["s"] for m in result["slider"] if m["cold"])
        result["pan_zoom_s"] = statistics.median(m["s"] for m in result["pan_zoom"] if m["cold"])
        result["status"] = "ok"
    except Exception as err:  # report what was measured so far
        result["status"] = f"{type(err).__name__}: {str(err).splitlines()[0][:300]}"
        import traceback

        traceback.print_exc()
        result["memory"] = proc_memory(proc.pid)
    finally:
        stop_app(proc)
    return result


def _postgis(store: Path, server: str) -> tuple[str, float]:
    """A new database on ``server`` loaded from the store; its URL and the load's seconds."""
    import psycopg

    from mapapp.engine import load_events
    from mapapp.store import read_parquet

    name = f"mapapp_page_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    url = server.rsplit("/", 1)[0] + "/" + name
    events = read_parquet(store)
    t0 = time.perf_counter()
    load_events(url, events)
    return url, time.perf_counter() - t0


def _drop(server: str, url: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]}")  # type: ignore[arg-type]


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    store = store_for(n, args.work)
    result: dict[str, Any] = {"n_events": n, "tier": "postgis" if args.postgis else "embedded"}
    if args.postgis:
        from mapapp.engine import PostgisEngine

        server = args.database or os.environ.get("MAPAPP_TEST_DATABASE_URL", "")
        if args.loaded:  # a database already holding this store's events: kept
            url, server = args.loaded, ""
        elif not server:
            raise SystemExit("--postgis needs --database URL or MAPAPP_TEST_DATABASE_URL")
        else:
            url, result["load_s"] = _postgis(store, server)
        try:
            engine = PostgisEngine(url)
            result["summary"] = summary_breakdown(engine)
            engine.close()
            env = {"MAPAPP_DATABASE_URL": url}
            result.update(bench_page(env, args.work, args.presses, args.timeout))
        finally:
            if server:
                _drop(server, url)
        return result
    from mapapp.engine import EmbeddedEngine

    engine = EmbeddedEngine(store)
    result["summary"] = summary_breakdown(engine)
    engine.close()
    env = {"MAPAPP_DATA": str(store), "MAPAPP_ENGINE": "embedded"}
    result.update(bench_page(env, args.work, args.presses, args.timeout))
    return result


def markdown(results: list[dict[str, Any]], command: str, info: dict[str, Any]) -> str:
    lines = [
        "# The page over a query engine",
        "",
        f"`{command}` — {info.get('date')}, commit {info.get('git_commit') or '?'}, "
        f"{info.get('nproc')} cores ({info.get('cpu', '?')}), {info.get('memory_gib')} GiB, "
        f"load average at start {tuple(round(v, 1) for v in info.get('loadavg_start', ()))}; "
        "the machine was shared with other work, so times vary by run.",
        "",
        "| events | tier | figure | measured | target | ratio to target |",
        "|---:|---|---|---:|---:|---:|",
    ]
    labels = {
        "open_to_map_s": ("page open → map drawn", "s"),
        "peak_mb": ("server peak memory (VmHWM)", "MB"),
        "slider_s": ("slider key → map redrawn (median of new windows)", "s"),
        "pan_zoom_s": ("pan/zoom → redrawn (median of new views)", "s"),
    }
    for r in results:
        for key, (label, unit) in labels.items():
            value = r.get(key)
            shown = "—" if value is None else f"{value:,.2f} {unit}"
            ratio = "—" if value is None else f"{value / TARGETS[key]:.2f}"
            target = f"{TARGETS[key]:,.0f} {unit}"
            lines.append(
                f"| {r['n_events']:,} | {r['tier']} | {label} | {shown} | {target} | {ratio} |"
            )
    lines += [
        "",
        "Where the first open's time goes (each query of the page's summary, seconds):",
        "",
    ]
    for r in results:
        parts = ", ".join(f"{k} {v:.2f}" for k, v in r.get("summary", {}).items())
        extra = f"; load into PostGIS {r['load_s']:.1f} s" if "load_s" in r else ""
        moves = ", ".join(
            f"{m['s']:.2f}{'' if m['rerun'] else ' no rerun'}"
            f"{' same layers' if m.get('same_layers') else ''}{'' if m['cold'] else ' seen'}"
            for m in r.get("pan_zoom", [])
        )
        slider = ", ".join(
            f"{m['s']:.2f}{'' if m['cold'] else ' seen'}" for m in r.get("slider", [])
        )
        lines.append(
            f"- {r['n_events']:,} {r['tier']}: {parts}{extra}. Status: {r.get('status')}. "
            f"Slider moves (s; 'seen': a window asked before, answered from memory): {slider}; "
            f"pan/zoom moves: {moves}."
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000000", help="comma-separated event counts")
    parser.add_argument("--postgis", action="store_true", help="the page on PostGIS")
    parser.add_argument("--database", default=None, help="PostGIS server URL (for --postgis)")
    parser.add_argument(
        "--loaded", default=None, help="with --postgis: a database already loaded from the store"
    )
    parser.add_argument("--presses", type=int, default=4, help="slider moves to time")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per step")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "mapapp-page-engine",
        help="where generated stores are kept and reused",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    info = machine()
    results = [run_size(int(n), args) for n in args.sizes.split(",") if n.strip()]
    command = "benchmarks/page_engine.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    text = markdown(results, command, info)
    print(text)
    print(json.dumps(results, indent=1, default=str))
    out = args.out
    with out.open("a" if out.exists() else "w", encoding="utf-8") as handle:
        handle.write(("\n" if out.exists() and out.stat().st_size else "") + text)
    return 0 if all(r.get("status") == "ok" for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
