"""Time the running Streamlit page in Chromium: page open → map drawn, slider key → map redrawn.

The server is ``streamlit run <script>`` with ``MAPAPP_DATA`` naming a generated GeoJSON file.
We poll ``/_stcore/health`` (never sleep), then drive the page: the map counts as drawn when
Leaflet inside the ``st_folium`` iframe holds layers and none of them is left over from before
the change (see :mod:`benchmarks.browser`); the script run counts as finished when the page's
hidden ``.mapapp-runs`` marker shows the next run number. Memory is the server's RSS
(``VmRSS``) and peak RSS (``VmHWM``) from ``/proc/<pid>/status``.
"""

from __future__ import annotations

import contextlib
import json
import statistics
import time
from pathlib import Path
from typing import Any

from browser import APP_READY, DRAWN_JS, MARK_STALE_JS, METRICS_JS, ROOT, Router, new_context
from browser_harness import free_port, start_app, stop_app, wait_healthy

IFRAME = 'iframe[title="streamlit_folium.st_folium"]'


def proc_memory(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of a process in MB (Linux)."""
    out: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[f"{key}_mb"] = int(value.split()[0]) / 1024
    return out


RUNS_JS = """() => Math.max(0, ...Array.from(document.querySelectorAll('.mapapp-runs'),
                                       e => Number(e.dataset.runs) || 0))"""


def _settled_runs(page: Any, timeout_s: float, quiet_s: float = 1.0) -> int:
    """The page's run count once the script is idle and no run started for ``quiet_s``.

    Setup between timed steps, so a rerun that st_folium triggers after drawing does not
    interrupt the next measurement.
    """
    page.wait_for_selector(".mapapp-runs", state="attached", timeout=timeout_s * 1000)
    page.wait_for_selector(APP_READY, state="attached", timeout=timeout_s * 1000)
    deadline = time.perf_counter() + timeout_s
    runs, since = page.evaluate(RUNS_JS), time.perf_counter()
    while time.perf_counter() < deadline:
        time.sleep(0.1)
        now = page.evaluate(RUNS_JS)
        if now != runs:
            runs, since = now, time.perf_counter()
        elif time.perf_counter() - since >= quiet_s and page.locator(APP_READY).count():
            return int(runs)
    raise RuntimeError("the page kept rerunning")


def _runs_done(page: Any, runs: int, timeout_s: float) -> None:
    """Wait until the page's script has finished run number ``runs`` (or a later one)."""
    page.wait_for_function(f"() => ({RUNS_JS})() >= {runs}", polling=50, timeout=timeout_s * 1000)


def _map_frame(page: Any, timeout_s: float) -> Any:
    handle = page.wait_for_selector(IFRAME, state="attached", timeout=timeout_s * 1000)
    frame = handle.content_frame()
    if frame is None:
        raise RuntimeError("the st_folium iframe has no frame")
    return frame


def _add_breakdown(moves: list[dict[str, Any]], trace: Path) -> None:
    """Split each move's time using the page's trace (benchmarks/aggregated_app.py writes it)."""
    if not trace.exists():
        return
    runs: dict[float, dict[str, float]] = {}
    for line in trace.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        runs.setdefault(item["run_start"], {})[item["step"]] = item["s"]
    starts = sorted(runs)
    for move in moves:
        later = [s for s in starts if s * 1000 >= move["t0_ms"] and "map_sent" in runs[s]]
        if not later:
            continue
        start = later[0]
        sent_ms = start * 1000 + runs[start]["map_sent"] * 1000
        move["key_to_run_start_s"] = (start * 1000 - move["t0_ms"]) / 1000
        move["run_start_to_map_sent_s"] = runs[start]["map_sent"]
        move["map_sent_to_drawn_s"] = (move["drawn_at_ms"] - sent_ms) / 1000


def bench_app(
    browser: Any,
    *,
    script: Path,
    data: Path | None,
    n_events: int,
    presses: int,
    timeout_s: float,
    work: Path,
    env_extra: dict[str, str] | None = None,
    router: Router,
    key: str = "PageUp,PageDown",
    query: str = "",
) -> dict[str, Any]:
    """Start the page on ``data``, open it, press ``key`` on the slider's start thumb
    ``presses`` times; return timings.

    ``key`` may name several keys, comma-separated, pressed in turn. The default alternates
    PageUp and PageDown: the window's start moves a tenth of the span in and back, so every
    press changes the events shown while the map keeps holding about N events (pressing PageUp
    only would time ever smaller maps). ArrowRight moves one day, which often changes nothing at
    1,000 events, and then st_folium rightly redraws nothing.

    ``data`` None leaves ``MAPAPP_DATA`` unset (the bundled datasets); ``query`` (``?data=Both``)
    is added to the page's address."""
    keys = [k.strip() for k in key.split(",") if k.strip()]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server_log = work / f"streamlit-{n_events}-{port}.log"
    trace = work / f"trace-{n_events}-{port}.jsonl"
    env = {**({"MAPAPP_DATA": str(data)} if data is not None else {}), **(env_extra or {})}
    env["MAPAPP_BENCH_TRACE"] = str(trace)
    proc = start_app(port, server_log, env, script=str(script))
    result: dict[str, Any] = {
        "script": str(script.relative_to(ROOT)),
        "n_events": n_events,
        "server_log": str(server_log),
        "key": key,
        **(env_extra or {}),
    }
    context = None
    try:
        started = time.perf_counter()
        wait_healthy(proc, url + "/", server_log)
        result["start_to_health_s"] = time.perf_counter() - started
        context = new_context(browser, router)
        page = context.new_page()
        t_open = time.time() * 1000
        page.goto(url + query, wait_until="commit", timeout=timeout_s * 1000)
        frame = _map_frame(page, timeout_s)
        frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=timeout_s * 1000)
        drawn_at = frame.evaluate("window.__benchDrawnAt")
        result["open_to_map_s"] = (drawn_at - t_open) / 1000
        result["map_layers_first"] = frame.evaluate(METRICS_JS)["count"]
        _runs_done(page, 1, timeout_s)
        result["open_to_script_done_s"] = (time.time() * 1000 - t_open) / 1000
        runs = _settled_runs(page, timeout_s)
        result["runs_after_load"] = runs
        result["after_load"] = proc_memory(proc.pid)
        note = page.locator("text=/^Showing [0-9,]+ events as [0-9,]+ areas/")
        result["aggregate_note"] = note.first.inner_text() if note.count() else None
        thumb = page.get_by_role("slider").first
        moves: list[dict[str, Any]] = []
        for press in range(presses):
            thumb.focus()
            t0 = frame.evaluate(MARK_STALE_JS)
            page.keyboard.press(keys[press % len(keys)])
            frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=timeout_s * 1000)
            drawn_at = frame.evaluate("window.__benchDrawnAt")
            layers = frame.evaluate(METRICS_JS)["count"]
            _runs_done(page, runs + 1, timeout_s)
            done = time.time() * 1000
            runs = _settled_runs(page, timeout_s)
            moves.append(
                {
                    "t0_ms": t0,
                    "drawn_at_ms": drawn_at,
                    "map_s": (drawn_at - t0) / 1000,
                    "script_done_s": (done - t0) / 1000,
                    "layers": layers,
                }
            )
        _add_breakdown(moves, trace)
        result["moves"] = moves
        if moves:
            for part in ("key_to_run_start_s", "run_start_to_map_sent_s", "map_sent_to_drawn_s"):
                values = [m[part] for m in moves if part in m]
                if values:
                    result[part] = statistics.median(values)
            result["slider_to_map_s"] = statistics.median(m["map_s"] for m in moves)
            result["slider_to_done_s"] = statistics.median(m["script_done_s"] for m in moves)
            result["map_layers_after"] = moves[-1]["layers"]
            result["map_layers_moves"] = int(statistics.median(m["layers"] for m in moves))
        result["after_moves"] = proc_memory(proc.pid)
        result["status"] = "ok"
    except Exception as err:  # report and go on with the other sizes
        result["status"] = f"{type(err).__name__}: {str(err).splitlines()[0][:300]}"
        result["memory"] = proc_memory(proc.pid)
    finally:
        if context is not None:
            context.close()
        stop_app(proc)
    return result
