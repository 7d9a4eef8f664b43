"""Page load: the map page against a bare Streamlit page on the same machine, cold and warm.

Usage (from the repository root, after ``npm ci --prefix tests/browser``)::

    python benchmarks/page_load.py                 # 2 cold starts, 3 warm loads each
    python benchmarks/page_load.py --cold 1 --warm 2

*Cold*: a new ``streamlit run`` server, first visit (Python imports, the data read and the
dataset built, then the browser's first load). *Warm*: another visit to the same server in a new
browser context (server caches full, browser cache empty). Each visit is timed from
navigation to:

* **first content**: the page's title is on screen (the bare page: its title);
* **ready**: Streamlit's script has finished (``notRunning``) with the map's frame present;
* **map drawn**: Leaflet in the map's frame holds the event markers and no animation runs
  (the bare page has no map: its "ready" is used).

Chromium is Debian's, every request outside the machine is answered from the pinned npm copies
or refused (``benchmarks/browser.py``). Figures depend on the machine and on what else runs on
it: compare the two pages measured in the same run, not runs on different machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))
sys.path.insert(0, str(ROOT))

from browser_harness import (  # noqa: E402
    APP_READY,
    IFRAME,
    MAP_IDLE_JS,
    Router,
    free_port,
    launch_args,
    start_app,
    stop_app,
    wait_healthy,
)

BARE_PAGE = """import streamlit as st

st.set_page_config(page_title="bare", layout="wide")
st.title("Bare page")
st.write("A Streamlit page with nothing else: the floor for any page on this machine.")
"""
MARKERS_JS = """() => {
  let n = 0;
  for (const g of (window.feature_group || [])) {
    if (window.map && window.map.hasLayer(g)) { g.eachLayer(() => { n += 1; }); }
  }
  return n > 0;
}"""


def _visit(browser: Any, url: str, has_map: bool) -> dict[str, float]:
    """One visit in a fresh browser context; seconds to first content, ready and map drawn."""
    router = Router()
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    router.install(context)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("h1", timeout=180_000)
    first = time.perf_counter() - start
    page.wait_for_selector(APP_READY, timeout=180_000)
    if has_map:
        page.wait_for_selector(IFRAME, timeout=180_000)
    ready = time.perf_counter() - start
    drawn = ready
    if has_map:
        frame = page.locator(IFRAME).element_handle().content_frame()
        frame.wait_for_function(f"() => ({MAP_IDLE_JS})() && ({MARKERS_JS})()", timeout=180_000)
        drawn = time.perf_counter() - start
    context.close()
    problems = router.problems([])
    if problems:
        raise RuntimeError("requests left the machine: " + "; ".join(problems))
    return {"first content": first, "ready": ready, "map drawn": drawn}


def measure(
    script: str, has_map: bool, cold: int, warm: int, browser: Any, log_dir: Path
) -> dict[str, list[dict[str, float]]]:
    """``cold`` server starts, each followed by ``warm`` more visits."""
    out: dict[str, list[dict[str, float]]] = {"cold": [], "warm": []}
    for _ in range(cold):
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        log = log_dir / f"streamlit-{port}.log"
        proc = start_app(port, log, script=script)
        try:
            wait_healthy(proc, url, log)
            out["cold"].append(_visit(browser, url, has_map))
            out["warm"] += [_visit(browser, url, has_map) for _ in range(warm)]
        finally:
            stop_app(proc)
    return out


def _summary(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in rows) if rows else float("nan")


def report(
    results: dict[str, dict[str, list[dict[str, float]]]], say: Callable[[str], None]
) -> None:
    """Median seconds per page, kind of load and milestone; and the map page / bare page ratio."""
    keys = ("first content", "ready", "map drawn")
    say(f"{'page':<10} {'load':<5} " + " ".join(f"{k:>14}" for k in keys) + "   (median s)")
    for name, kinds in results.items():
        for kind, rows in kinds.items():
            say(f"{name:<10} {kind:<5} " + " ".join(f"{_summary(rows, k):>14.2f}" for k in keys))
    for kind in ("cold", "warm"):
        page, bare = results["map page"][kind], results["bare page"][kind]
        ratio = _summary(page, "map drawn") / _summary(bare, "ready")
        say(f"{kind}: map drawn / bare page ready = {ratio:.1f}×")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", type=int, default=2, help="server starts per page")
    parser.add_argument(
        "--warm", type=int, default=3, help="visits per server start after the first"
    )
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="mapapp-load-") as tmp, sync_playwright() as p:
        folder = Path(tmp)
        bare = folder / "bare_page.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        browser = p.chromium.launch(**launch_args())
        try:
            results = {
                "bare page": measure(str(bare), False, args.cold, args.warm, browser, folder),
                "map page": measure(
                    "streamlit_app.py", True, args.cold, args.warm, browser, folder
                ),
            }
        finally:
            browser.close()
    report(results, print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
