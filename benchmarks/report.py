"""The machine description and the results as text tables (console and Markdown)."""

from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGES = (
    "folium",
    "streamlit",
    "streamlit-folium",
    "geopandas",
    "pyogrio",
    "pandas",
    "pyarrow",
    "shapely",
    "numpy",
    "playwright",
)


def machine() -> dict[str, Any]:
    """nproc, memory, CPU model, load, OS, Python and package versions, chromium, git commit."""
    info: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "loadavg_start": os.getloadavg(),
    }
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        info["cpu"] = models[0] if models else platform.processor()
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gib"] = round(int(line.split()[1]) / 1024**2, 1)
    info["versions"] = {}
    for name in PACKAGES:
        try:
            info["versions"][name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            info["versions"][name] = None
    chromium = shutil.which("chromium")
    if chromium:
        try:
            out = subprocess.run(
                [chromium, "--version"], capture_output=True, text=True, timeout=30
            )
            info["chromium"] = out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            info["chromium"] = chromium
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            cwd=Path(__file__).resolve().parent,
        )
        info["git_commit"] = out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        info["git_commit"] = None
    return info


def _f(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def tables(results: dict[str, Any]) -> list[str]:
    """Markdown tables of one results document (the same text goes to the console)."""
    out: list[str] = []
    sizes = results.get("sizes", [])
    rows = []
    for entry in sizes:
        n = entry["n"]
        for name in ("ours", "build_map", "naive"):
            b = entry["builds"].get(name)
            if not b:
                continue
            draw = entry.get("browser", {}).get(name, {})
            drawn = _f(draw.get("drawn_ms", None) and draw["drawn_ms"] / 1000)
            if draw and draw.get("status") != "ok":
                drawn = draw.get("status", "–")
            rows.append(
                [
                    _f(n),
                    name,
                    b.get("mode", "–"),
                    _f(b.get("drawn")),
                    _f(b["build_s"]),
                    _f(b["html_mb"]),
                    drawn,
                    _f(draw.get("heapMB"), 0),
                    _f(b.get("naive_over_this"), 0) + ("×" if b.get("naive_over_this") else ""),
                ]
            )
    out.append("#### Map build (construct + render to HTML) and draw in Chromium")
    out.append("")
    out += _table(
        [
            "N events",
            "builder",
            "mode",
            "drawn objects",
            "build s",
            "HTML MB",
            "drawn in Chromium s",
            "JS heap MB",
            "naive ÷ this",
        ],
        rows,
    )
    out.append("")
    rows = []
    for entry in sizes:
        f, a, e, mem = entry["filters"], entry["aggregate"], entry["exports"], entry["memory"]
        rows.append(
            [
                _f(entry["n"]),
                _f(f["window_1y_ms"], 1),
                _f(f["types_ms"], 1),
                _f(f["actor_ms"], 1),
                _f(f["text_ms"], 1),
                _f(f["all_ms"], 1),
                f"{_f(a['aggregate_ms'], 0)} ({_f(a['bins'])} cells of {a['cell_deg']:g}°)",
                f"{_f(e['geojson_s'])} ({_f(e['geojson_mb'], 0)} MB)",
                f"{_f(e['csv_s'])} ({_f(e['csv_mb'], 0)} MB)",
                f"{_f(e['parquet_write_s'])} / {_f(e['parquet_read_s'])} / "
                f"{_f(e['parquet_read_window_bbox_s'])} ({_f(e['parquet_mb'], 1)} MB)",
                f"{_f(mem['ours_build_peak_mb'], 0)} / {_f(mem['geojson_export_peak_mb'], 0)}",
            ]
        )
    out.append("#### Data path")
    out.append("")
    out += _table(
        [
            "N events",
            "filter: 1-year window ms",
            "types ms",
            "actor ms",
            "text ms",
            "all filters ms",
            "aggregate ms",
            "GeoJSON export s",
            "CSV export s",
            "GeoParquet write / read / read window+bbox s",
            "Python peak MB: build / export",
        ],
        rows,
    )
    out.append("")
    rows = []
    for entry in sizes:
        e, parts, mem = entry["exports"], entry.get("page_parts", {}), entry["memory"]
        rows.append(
            [
                _f(entry["n"]),
                _f(e.get("geojson_s")),
                _f(e.get("geojson_arrow_s")),
                _f(e.get("geojson_stdlib_s"))
                + ("" if e.get("geojson_stdlib_same_document", True) else " (differs!)"),
                _f(e.get("read_geojson_s")),
                _f(mem.get("read_geojson_peak_mb"), 0),
                _f(e.get("parquet_read_s")),
                _f(mem.get("read_parquet_peak_mb"), 0),
                _f(parts.get("prepare_for_folium_all_s")),
                _f(parts.get("table_frame_s")),
                _f(parts.get("timeline_frame_s")),
            ]
        )
    out.append("#### Page work besides the map (s; Python peak MB from tracemalloc)")
    out.append("")
    out += _table(
        [
            "N events",
            "to_geojson_bytes",
            "same with use_arrow=True",
            "json-module writer (same document)",
            "read GeoJSON (page's reader)",
            "its peak MB",
            "read GeoParquet",
            "its peak MB",
            "prepare_for_folium (all)",
            "table_frame (all)",
            "timeline_frame (all)",
        ],
        rows,
    )
    out.append("")
    apps = results.get("app", [])
    if apps:
        rows = []
        for app in apps:
            mem = app.get("after_moves") or app.get("after_load") or app.get("memory") or {}
            rows.append(
                [
                    _f(app["n_events"]),
                    app.get("label", ""),
                    f"{_f(app.get('map_layers_first'))} / {_f(app.get('map_layers_moves'))}",
                    _f(app.get("open_to_map_s")),
                    _f(app.get("open_to_script_done_s")),
                    _f(app.get("slider_to_map_s")),
                    " / ".join(
                        _f(app.get(k))
                        for k in (
                            "key_to_run_start_s",
                            "run_start_to_map_sent_s",
                            "map_sent_to_drawn_s",
                        )
                    ),
                    _f(app.get("slider_to_done_s")),
                    _f(mem.get("VmRSS_mb"), 0),
                    _f(mem.get("VmHWM_mb"), 0),
                    app.get("status", "–"),
                ]
            )
        out.append("#### Streamlit page in Chromium (st_folium)")
        out.append("")
        out += _table(
            [
                "N events",
                "page",
                "map objects: on load / after a move (median)",
                "open → map drawn s",
                "open → script done s",
                "slider key → map redrawn s (median)",
                "of which key → run start / run start → map sent / sent → drawn s",
                "slider key → script done s",
                "server RSS MB",
                "server peak RSS MB",
                "status",
            ],
            rows,
        )
        out.append("")
        out.append(
            "A move presses PageUp and PageDown in turn on the date slider's start thumb "
            "(a tenth of the span in, then back), so every move changes the events shown "
            "and the map keeps about N of them."
        )
        out.append("")
    return out


def markdown(results: dict[str, Any], command: str) -> str:
    m = results["machine"]
    versions = ", ".join(f"{k} {v}" for k, v in m["versions"].items() if v)
    load = " → ".join(
        "/".join(f"{x:.1f}" for x in la)
        for la in (m.get("loadavg_start"), m.get("loadavg_end"))
        if la
    )
    lines = [
        f"### Benchmarks ({m['date'][:10]})",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {m.get('cpu', '?')}, {m['nproc']} CPUs (nproc), {m.get('memory_gib', '?')} GiB "
        f"memory; {m['os']}; Python {m['python']}; {versions}; {m.get('chromium', 'no chromium')}; "
        f"git {m.get('git_commit')}. Load average (1/5/15 min) at start → end: {load}.",
        f"Aggregation threshold: {results['threshold']:,} mappable events.",
        "",
    ]
    lines += tables(results)
    return "\n".join(lines) + "\n"
