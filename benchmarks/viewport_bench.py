"""The zoom-aware map at 100,000 events: zoom to a city → its events drawn, pan → redrawn, open.

Generates the events once (benchmarks/generate.py), writes them to a GeoParquet store
(mapapp.store; kept in ``--work`` and reused), and starts the page on it (``streamlit run
streamlit_app.py``, ``MAPAPP_DATA`` = the store: above 50,000 rows the page queries it with the
embedded engine). Then in Chromium:

* page open → map drawn (the areas of the first view);
* zoom to a city → its individual events drawn (target 1.5 s): from the zoomed-out first view,
  ``setView`` on a city at a zoom where at most 2,000 events are in and around the view, until
  every feature on the map is an event marker (``event_id``) and none is left from before;
* pan → redrawn: at the city, a pan by 600 px, until the new view's layers are drawn.

Each city is visited once per round (back to the first view in between). Before the browser,
the server-side part (:func:`mapapp.web.viewport.viewport_layers` on the embedded engine) is
timed in this process for the same views.

    .venv/bin/python benchmarks/viewport_bench.py            # 100,000 events, 3 rounds
    .venv/bin/python benchmarks/viewport_bench.py --events 20000 --rounds 1   # a quick look
"""

from __future__ import annotations

import argparse
import json
import math
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

from app_bench import RUNS_JS, _settled_runs, proc_memory  # noqa: E402
from browser import DRAWN_JS, MARK_STALE_JS  # noqa: E402
from browser_harness import free_port, start_app, stop_app, wait_healthy  # noqa: E402
from open_map import browser_page, open_map  # noqa: E402
from report import machine  # noqa: E402

TARGETS = {"zoom_to_city_s": 1.5}
DEFAULT_OUT = HERE / "results" / "viewport.md"
# (name, lat, lon, zoom): zooms at which each city's events are drawn one by one.
CITIES: tuple[tuple[str, float, float, int], ...] = (
    ("Kabul", 34.5553, 69.2075, 15),
    ("Doha", 25.2854, 51.5310, 14),
    ("Delhi", 28.6139, 77.2090, 14),
    ("Tashkent", 41.2995, 69.2401, 13),
    ("Herat", 34.3529, 62.2040, 12),
)
PAN_PX = 600
MOVE_JS = """
async ([lat, lng, zoom, dx]) => {
  const m = window.map;
  const t0 = Date.now();
  await new Promise((done) => {
    m.once('moveend', done);
    if (dx) { m.panBy([dx, 0], {animate: false}); }
    else { m.setView([lat, lng], zoom, {animate: false}); }
  });
  return t0;
}
"""
# What the map draws: "events" when every feature is an event marker, "areas" when all are cells.
KIND_JS = """
() => {
  let ids = 0, cells = 0;
  for (const g of (window.feature_group || [])) {
    if (!window.map.hasLayer(g)) continue;
    g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((m) => {
      const p = m.feature.properties;
      if (p.event_id) ids++; else if (p.cell_id) cells++;
    }));
  }
  return {ids, cells, kind: ids && !cells ? 'events' : cells && !ids ? 'areas' : 'mixed'};
}
"""


def store_for(n: int, work: Path) -> Path:
    """The store of ``n`` generated events in ``work`` (written once, then reused)."""
    from generate import generate_events

    from mapapp.store import write_parquet

    path = work / f"viewport-{n}.parquet"
    if not path.exists():
        write_parquet(generate_events(n, seed=0), path)
    return path


def _around(lat: float, lon: float, zoom: int, width: int = 850, height: int = 620) -> list:
    """The bounds a map of this size shows centred on (lat, lon) at ``zoom`` (about)."""
    half_lon = width / 256 / 2**zoom * 360 / 2
    half_lat = half_lon * height / width * math.cos(math.radians(lat))
    return [[lat - half_lat, lon - half_lon], [lat + half_lat, lon + half_lon]]


def server_side(store: Path, rounds: int) -> dict[str, Any]:
    """viewport_layers on the embedded engine in this process: first view and each city."""
    from mapapp.engine import EmbeddedEngine, make_query
    from mapapp.render.maps import build_event_layers
    from mapapp.web import viewport

    engine = EmbeddedEngine(store)
    views = [("first view (world)", None, None)] + [
        (name, _around(lat, lon, zoom), zoom) for name, lat, lon, zoom in CITIES
    ]
    out: dict[str, Any] = {}
    try:
        for name, bounds, zoom in views:
            times, view = [], None
            for _ in range(rounds):
                t0 = time.perf_counter()
                view = viewport.viewport_layers(
                    engine, make_query(), bounds, zoom, individual=build_event_layers
                )
                times.append(time.perf_counter() - t0)
            assert view is not None
            out[name] = {"s": statistics.median(times), "mode": view.mode, "drawn": view.n_drawn}
    finally:
        engine.close()
    return out


def _move(page: Any, frame: Any, args: list[Any], runs: int, timeout_s: float) -> dict[str, Any]:
    """One move of the map; seconds until the rerun's layers are drawn, and what they are."""
    frame.evaluate(MARK_STALE_JS)
    t0 = frame.evaluate(MOVE_JS, args)
    page.wait_for_function(f"() => ({RUNS_JS})() > {runs}", polling=50, timeout=timeout_s * 1000)
    frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=timeout_s * 1000)
    seconds = (frame.evaluate("window.__benchDrawnAt") - t0) / 1000
    return {"s": seconds, **frame.evaluate(KIND_JS)}


def browser_side(store: Path, work: Path, rounds: int, timeout_s: float) -> dict[str, Any]:
    """Start the page on ``store``; time open, zoom to each city and a pan there."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    log = work / f"streamlit-viewport-{port}.log"
    proc = start_app(port, log, {"MAPAPP_DATA": str(store)})
    result: dict[str, Any] = {"server_log": str(log), "zoom": [], "pan": []}
    try:
        wait_healthy(proc, f"http://127.0.0.1:{port}/", log)
        with sync_playwright() as playwright, browser_page(playwright) as page:
            frame, result["open_to_map_s"] = open_map(page, port, timeout_s)
            runs = _settled_runs(page, timeout_s)
            home = frame.evaluate("() => [window.map.getCenter(), window.map.getZoom()]")
            home_args = [home[0]["lat"], home[0]["lng"], home[1], 0]
            for _ in range(rounds):
                for name, lat, lon, zoom in CITIES:
                    zoomed = _move(page, frame, [lat, lon, zoom, 0], runs, timeout_s)
                    result["zoom"].append({"city": name, **zoomed})
                    runs = _settled_runs(page, timeout_s)
                    panned = _move(page, frame, [0, 0, 0, PAN_PX], runs, timeout_s)
                    result["pan"].append({"city": name, **panned})
                    runs = _settled_runs(page, timeout_s)
                    _move(page, frame, home_args, runs, timeout_s)
                    runs = _settled_runs(page, timeout_s)
        result["memory"] = proc_memory(proc.pid)
        # Only zooms that ended on the city's events count (the page may still show areas if a
        # city is denser than the zoom allows for; the report lists every move).
        to_events = [m["s"] for m in result["zoom"] if m["kind"] == "events"]
        result["zoom_to_city_s"] = statistics.median(to_events) if to_events else None
        result["zooms_to_areas"] = len(result["zoom"]) - len(to_events)
        result["pan_s"] = statistics.median(m["s"] for m in result["pan"])
        result["status"] = "ok"
    except Exception as err:  # report what was measured so far
        result["status"] = f"{type(err).__name__}: {str(err).splitlines()[0][:300]}"
    finally:
        stop_app(proc)
    return result


def markdown(result: dict[str, Any], command: str, info: dict[str, Any]) -> str:
    """The results page: figures, ratio to target, each move, the server-side part."""
    b = result["browser"]
    lines = [
        "# Zoom-aware map: zoom to a city, pan, open",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {info.get('nproc')} cores, {info.get('cpu', '?')}, {info.get('chromium', '?')};"
        f" shared with other work (load at start {info.get('loadavg_start', '?')}); commit "
        f"{str(info.get('git_commit') or '?')[:10]}; {info.get('date')}.",
        "",
        f"{result['events']:,} generated events in a GeoParquet store, the page on the embedded "
        f"engine; {result['rounds']} round(s) over {len(CITIES)} cities. Status: {b['status']}.",
        "",
        "| measure | median | target | ratio to target |",
        "|---|---:|---:|---:|",
    ]
    zoom = b.get("zoom_to_city_s")
    if zoom is not None:
        target = TARGETS["zoom_to_city_s"]
        lines.append(
            f"| zoom to a city → its events drawn | {zoom:.2f} s | {target} s | "
            f"{zoom / target:.2f} |"
        )
    if b.get("zooms_to_areas"):
        n_areas = b["zooms_to_areas"]
        lines.append(f"| zooms that still showed areas (left out above) | {n_areas} | | |")
    if b.get("pan_s") is not None:
        lines.append(f"| pan {PAN_PX} px at the city → redrawn | {b['pan_s']:.2f} s | — | — |")
    if b.get("open_to_map_s") is not None:
        lines.append(f"| page open → map drawn | {b['open_to_map_s']:.2f} s | — | — |")
    lines += ["", "Each move (seconds, what was drawn):", ""]
    for kind in ("zoom", "pan"):
        for m in b.get(kind, []):
            lines.append(
                f"- {kind} {m['city']}: {m['s']:.2f} s, {m['kind']} "
                f"({m['ids']:,} events, {m['cells']:,} areas)"
            )
    lines += [
        "",
        "Server side (viewport_layers on the embedded engine for an 850×620 px view, median; the "
        "page's map has another size, so a city may land on the other side of the limit):",
        "",
    ]
    for name, m in result["server"].items():
        lines.append(f"- {name}: {m['s']:.3f} s → {m['mode']}, {m['drawn']:,} drawn")
    mem = b.get("memory", {})
    if mem:
        lines += ["", f"Server memory after the moves: peak {mem.get('VmHWM_mb', 0):.0f} MB."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per wait")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "mapapp-bench")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    store = store_for(args.events, args.work)
    result: dict[str, Any] = {"events": args.events, "rounds": args.rounds}
    result["server"] = server_side(store, args.rounds)
    result["browser"] = browser_side(store, args.work, args.rounds, args.timeout)
    command = "python benchmarks/viewport_bench.py " + shlex.join(
        a for a in (argv if argv is not None else sys.argv[1:])
    )
    page = markdown(result, command.strip(), machine())
    print(page)
    print(json.dumps({k: v for k, v in result["browser"].items() if k.endswith("_s")}))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(page, encoding="utf-8")
    return 0 if result["browser"]["status"] == "ok" else 1


if __name__ == "__main__":
    raise SystemExit(main())
