"""What maps that draw anywhere cost: export size and draw time, slider redraw, vs before.

    .venv/bin/python benchmarks/offline_bench.py                 # baseline: the main branch
    .venv/bin/python benchmarks/offline_bench.py --baseline HEAD~3 --presses 12 --sizes 1000

The baseline is another commit of this repository, unpacked with ``git archive`` into a
temporary folder and run from there (its HTML export in a subprocess, its page with
``streamlit run`` of its own ``streamlit_app.py``). Measured in the same run:

* **HTML export** of the bundled data and of ``--sizes`` synthetic events: file size (and
  gzipped), what the browser must still fetch from CDNs to draw it (folium's files, sized from
  the pinned npm copies; the two that no npm package ships are counted as unknown), and the
  time until Chromium has drawn every marker, with CDN files served locally by the test router.
* **The page** on ``--page-size`` synthetic events: open → map drawn, and slider key → map
  redrawn (median of ``--presses``), with the bytes the server sends over its WebSocket per
  move: baseline, this tree online (OpenStreetMap tiles answered with an empty image), and this
  tree with ``MAPAPP_OFFLINE=1``.

Prints Markdown tables; ``--out`` also writes the JSON. Nothing touches the network.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from app_bench import _map_frame, _runs_done, _settled_runs  # noqa: E402
from browser import DRAWN_JS, MARK_STALE_JS, Router, draw_html, launch, new_context  # noqa: E402
from browser_harness import free_port, local_asset, start_app, stop_app, wait_healthy  # noqa: E402
from generate import generate_events, write_events  # noqa: E402

ROOT = HERE.parent
EXPORT_CODE = (
    "import sys; from mapapp.readers import read_events; from mapapp.render.html import to_html;"
    "open(sys.argv[2], 'w', encoding='utf-8').write(to_html(read_events(sys.argv[1])))"
)
LINK = re.compile(r"""<(?:script|link)\b[^>]*(?:src|href)=["'](https?://[^"']+)""", re.I)


def unpack(ref: str, folder: Path) -> Path:
    """The files of commit ``ref`` in ``folder`` (``git archive``; no worktree, no checkout)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref],
        check=True,
        capture_output=True,
    ).stdout
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def write_export(tree: Path, data: Path, target: Path) -> Path:
    """``to_html`` of ``data`` as the code in ``tree`` writes it (a subprocess run in ``tree``)."""
    subprocess.run(
        [sys.executable, "-c", EXPORT_CODE, str(data), str(target)],
        cwd=tree,
        check=True,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
    )
    return target


def cdn_bytes(page: str) -> tuple[int, int]:
    """(bytes of the CDN files the page links, how many links have no local copy to size)."""
    total = unknown = 0
    for url in LINK.findall(page):
        asset = local_asset(url)
        if asset is None:
            unknown += 1
        else:
            total += asset.stat().st_size
    return total, unknown


def bench_export(browser: Any, label: str, path: Path, want: int, router: Router) -> dict[str, Any]:
    page = path.read_text(encoding="utf-8")
    fetched, unknown = cdn_bytes(page)
    drawn = [draw_html(browser, path, want, 120.0, router) for _ in range(3)]
    times = [d["drawn_ms"] for d in drawn if d["status"] == "ok"]
    return {
        "export": label,
        "bytes": len(page.encode("utf-8")),
        "gzip_bytes": len(gzip.compress(page.encode("utf-8"))),
        "cdn_links": len(LINK.findall(page)),
        "cdn_bytes": fetched,
        "cdn_unsized": unknown,
        "drawn_ms": statistics.median(times) if times else None,
        "status": drawn[-1]["status"],
    }


class CountingRouter(Router):
    """The test router, also counting what the page receives from the server.

    Streamlit sends small messages over its WebSocket and large ones (the map's component
    arguments) by reference, fetched over HTTP from ``/_stcore/message``: both are counted.
    """

    frames: list[tuple[float, int]]

    def install(self, context: Any) -> None:
        super().install(context)
        self.frames = []

        def on_socket(ws: Any) -> None:
            ws.on("framereceived", lambda p: self.frames.append((time.time() * 1000, len(p))))

        def on_response(response: Any) -> None:
            if "/_stcore/message" in response.url:
                self.frames.append((time.time() * 1000, len(response.body())))

        context.on("page", lambda page: page.on("websocket", on_socket))
        context.on("response", on_response)


def bench_page(
    browser: Any, label: str, script: Path, data: Path, env: dict[str, str], presses: int
) -> dict[str, Any]:
    """Open the page, then press PageUp/PageDown on the slider's start thumb ``presses`` times."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = data.parent / f"streamlit-{port}.log"
    proc = start_app(port, log, {"MAPAPP_DATA": str(data), **env}, script=str(script))
    router = CountingRouter()
    result: dict[str, Any] = {"page": label}
    context = None
    try:
        wait_healthy(proc, url + "/", log)
        context = new_context(browser, router)
        page = context.new_page()
        t_open = time.time() * 1000
        page.goto(url, wait_until="commit", timeout=120_000)
        frame = _map_frame(page, 120)
        frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=120_000)
        result["open_to_map_s"] = (frame.evaluate("window.__benchDrawnAt") - t_open) / 1000
        result["basemap"] = frame.evaluate(
            "() => Boolean(document.querySelector('.leaflet-mapappBasemap-pane canvas'))"
        )
        runs = _settled_runs(page, 120)
        result["open_bytes"] = sum(n for _, n in router.frames)
        thumb = page.get_by_role("slider").first
        moves = []
        for press in range(presses):
            thumb.focus()
            t0 = frame.evaluate(MARK_STALE_JS)
            start = len(router.frames)
            page.keyboard.press(("PageUp", "PageDown")[press % 2])
            frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=120_000)
            drawn_at = frame.evaluate("window.__benchDrawnAt")
            _runs_done(page, runs + 1, 120)
            runs = _settled_runs(page, 120)
            sent = sum(n for _, n in router.frames[start:])
            moves.append({"map_s": (drawn_at - t0) / 1000, "bytes": sent})
        result["slider_to_map_s"] = statistics.median(m["map_s"] for m in moves)
        result["bytes_per_move"] = int(statistics.median(m["bytes"] for m in moves))
        # PageUp/PageDown go back and forth between two views, whose messages the browser has
        # cached from the second move on (Streamlit then sends only their hash): the first
        # move's bytes are those of a view not seen before.
        result["bytes_first_move"] = moves[0]["bytes"]
        result["moves"] = moves
        result["refused"] = sorted(set(router.blocked))
        result["status"] = "ok"
    except Exception as err:  # report it and go on with the other pages
        result["status"] = f"{type(err).__name__}: {str(err).splitlines()[0][:200]}"
    finally:
        if context is not None:
            context.close()
        stop_app(proc)
    return result


def tables(results: dict[str, Any]) -> list[str]:
    out = [
        f"Baseline: `{results['baseline']}`; this tree: `{results['head']}`.",
        "",
        "| HTML export | size | gzipped | CDN links (bytes fetched) | drawn in Chromium |",
        "|---|---|---|---|---|",
    ]
    for e in results["exports"]:
        fetched = f"{e['cdn_links']} ({e['cdn_bytes'] / 1024:,.0f} KB"
        fetched += f" + {e['cdn_unsized']} unsized)" if e["cdn_unsized"] else ")"
        drawn = f"{e['drawn_ms']:,.0f} ms" if e["drawn_ms"] is not None else e["status"]
        out.append(
            f"| {e['export']} | {e['bytes'] / 1024:,.0f} KB | {e['gzip_bytes'] / 1024:,.0f} KB "
            f"| {fetched} | {drawn} |"
        )
    out += [
        "",
        "| page | open → map drawn | slider → map redrawn (median) | received on open "
        "| first move (later moves) | basemap |",
        "|---|---|---|---|---|---|",
    ]
    for p in results["pages"]:
        if p["status"] != "ok":
            out.append(f"| {p['page']} | {p['status']} | | | | |")
            continue
        out.append(
            f"| {p['page']} | {p['open_to_map_s']:.2f} s | {p['slider_to_map_s']:.3f} s "
            f"| {p['open_bytes'] / 1024:,.0f} KB | {p['bytes_first_move'] / 1024:,.0f} KB "
            f"({p['bytes_per_move'] / 1024:,.0f} KB) | {'yes' if p['basemap'] else 'no'} |"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="main", help="git ref to compare with")
    parser.add_argument("--sizes", default="1000", help="synthetic sizes for the export")
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--presses", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=1, help="runs of the three pages")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from mapapp.bundled import BUNDLED_EVENTS

    def rev(ref: str) -> str:
        cmd = ["git", "-C", str(ROOT), "rev-parse", "--short", ref]
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()

    work = Path(tempfile.mkdtemp(prefix="mapapp-offline-bench-"))
    base = unpack(args.baseline, work / "baseline")
    results: dict[str, Any] = {
        "baseline": f"{args.baseline} ({rev(args.baseline)})",
        "head": rev("HEAD") + (" + changes" if _dirty() else ""),
        "exports": [],
        "pages": [],
    }
    datasets = [("bundled data", BUNDLED_EVENTS)]
    for n in (int(s) for s in args.sizes.split(",") if s):
        path = work / f"events-{n}.geojson"
        write_events(generate_events(n), path)
        datasets.append((f"{n:,} events", path))
    with sync_playwright() as pw:
        browser = launch(pw)
        router = Router()
        for name, data in datasets:
            from mapapp.readers import read_events

            events = read_events(data)
            want = int((events.geometry.notna() & ~events.geometry.is_empty).sum())
            for label, tree in (("baseline", base), ("self-contained", ROOT)):
                target = write_export(tree, data, work / f"{label}-{data.stem}.html")
                entry = bench_export(browser, f"{name}, {label}", target, want, router)
                results["exports"].append(entry)
                print(json.dumps(entry), file=sys.stderr, flush=True)
        page_data = work / f"page-{args.page_size}.geojson"
        write_events(generate_events(args.page_size), page_data)
        plan = [
            ("baseline", base / "streamlit_app.py", {}),
            ("this tree, online", ROOT / "streamlit_app.py", {}),
            ("this tree, MAPAPP_OFFLINE=1", ROOT / "streamlit_app.py", {"MAPAPP_OFFLINE": "1"}),
        ]
        for round_ in range(args.rounds):  # in turn, so that a busy moment hits all three
            for label, script, env in plan:
                name = f"{label} (round {round_ + 1})" if args.rounds > 1 else label
                entry = bench_page(browser, name, script, page_data, env, args.presses)
                results["pages"].append(entry)
                print(json.dumps({k: v for k, v in entry.items() if k != "moves"}), file=sys.stderr)
        browser.close()
    print("\n".join(tables(results)))
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


def _dirty() -> bool:
    status = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    )
    return bool(status.stdout.strip())


if __name__ == "__main__":
    sys.exit(main())
