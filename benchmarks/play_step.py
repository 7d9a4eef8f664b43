"""What one step of the page's play control costs, on the server and in the browser.

For each size (default 1,000 and 10,000 synthetic events, ``benchmarks/generate.py``):

* **server**: the page run by Streamlit's AppTest on the events, playing with 30-day steps;
  each step's script run is timed (``at.run()``). That is a *full* run of the page (AppTest
  cannot run a fragment alone); in the browser a step reruns only the view fragment, so this is
  an upper bound. The pure stepping (:func:`mapapp.web.timewindow.play_next`) is timed apart;
* **browser**: the page served by ``streamlit run`` in Debian's Chromium (hermetic, see
  ``benchmarks/browser.py``), Play pressed: for each step, the time from the slider showing the
  new window (the step's delta reached the browser) to the map's new markers drawn, and the
  period between steps (1 s asked: longer means the server or the browser cannot keep up).

Run: ``.venv/bin/python benchmarks/play_step.py [--sizes 1000 10000] [--steps 6]``.
Prints one line per measurement and the medians; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from browser import DRAWN_JS, MARK_STALE_JS, Router, launch, new_context  # noqa: E402
from browser_harness import APP_READY, free_port, start_app, stop_app, wait_healthy  # noqa: E402
from generate import generate_events, write_events  # noqa: E402

from mapapp.web.timewindow import SLIDE, play_next, play_start  # noqa: E402

# In the page: the times at which the slider's thumbs showed a new window.
WATCH_THUMBS_JS = """
() => {
  window.__thumbs = [];
  let last = '';
  const look = () => {
    const t = Array.from(document.querySelectorAll("[data-testid='stSliderThumbValue']"))
      .map(e => e.textContent).join(' – ');
    if (t && t !== last) { last = t; window.__thumbs.push([Date.now(), t]); }
    requestAnimationFrame(look);
  };
  look();
}
"""


def bench_pure(steps: int = 10_000) -> float:
    """Microseconds per :func:`play_next` call over a seven-year span."""
    import datetime as dt

    bounds = (dt.date(2018, 1, 1), dt.date(2024, 12, 31))
    window = play_start(bounds, 7)
    t0 = time.perf_counter()
    for _ in range(steps):
        window = play_next(window, bounds, 7, SLIDE) or play_start(bounds, 7)
    return (time.perf_counter() - t0) / steps * 1e6


def bench_server(data: Path, steps: int) -> list[float]:
    """Seconds of each play step's script run (AppTest, a full run of the page)."""
    from streamlit.testing.v1 import AppTest

    from mapapp.web import playback

    os.environ["MAPAPP_DATA"] = str(data)
    try:
        at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=300).run()
        next(b for b in at.button if b.label == "Play").click()
        at.run()
        times = []
        for _ in range(steps):
            at.session_state[playback.LAST_STEP] = -1e9  # the step is due
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
            if at.exception:
                raise RuntimeError(str(at.exception))
        return times
    finally:
        os.environ.pop("MAPAPP_DATA", None)


def bench_browser(data: Path, steps: int, work: Path, timeout_s: float = 120) -> dict[str, Any]:
    """Per step: slider shows the new window → map drawn (ms), and the period between steps."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = work / f"streamlit-{port}.log"
    proc = start_app(port, log, {"MAPAPP_DATA": str(data)})
    try:
        wait_healthy(proc, url, log)
        with sync_playwright() as playwright:
            browser = launch(playwright)
            router = Router()
            context = new_context(browser, router)
            page = context.new_page()
            page.goto(url, timeout=timeout_s * 1000)
            page.wait_for_selector(APP_READY, timeout=timeout_s * 1000)
            frame = page.locator("iframe[title='streamlit_folium.st_folium']").element_handle()
            map_frame = frame.content_frame()
            map_frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=timeout_s * 1000)
            page.evaluate(WATCH_THUMBS_JS)
            redraw, seen = [], 1
            map_frame.evaluate(MARK_STALE_JS)
            page.get_by_role("button", name="Play").click()
            for _ in range(steps):
                page.wait_for_function(
                    "(n) => window.__thumbs.length > n", arg=seen, timeout=timeout_s * 1000
                )
                seen = page.evaluate("window.__thumbs.length")
                shown_at = page.evaluate("window.__thumbs[window.__thumbs.length - 1][0]")
                map_frame.wait_for_function(
                    DRAWN_JS, arg=0, polling="raf", timeout=timeout_s * 1000
                )
                drawn_at = map_frame.evaluate("window.__benchDrawnAt")
                redraw.append(max(0.0, drawn_at - shown_at))
                map_frame.evaluate(MARK_STALE_JS)
            stamps = [t for t, _ in page.evaluate("window.__thumbs")]
            periods = [b - a for a, b in itertools.pairwise(stamps[1:])]  # from step 2 on
            page.get_by_role("button", name="Pause").click()
            browser.close()
        return {"redraw_ms": redraw, "period_ms": periods}
    finally:
        stop_app(proc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--no-browser", action="store_true", help="server figures only")
    args = parser.parse_args(argv)
    print(f"play_next: {bench_pure():.1f} µs a step (pure stepping)")
    with tempfile.TemporaryDirectory(prefix="mapapp-play-") as tmp:
        work = Path(tmp)
        for n in args.sizes:
            data = work / f"events-{n}.geojson"
            write_events(generate_events(n, seed=1), data)
            server = bench_server(data, args.steps)
            print(
                f"{n:>7,} events  server (full AppTest run per step): median "
                f"{statistics.median(server) * 1000:,.0f} ms  "
                f"[{', '.join(f'{s * 1000:,.0f}' for s in server)}]"
            )
            if args.no_browser:
                continue
            browser = bench_browser(data, args.steps, work)
            redraw, period = browser["redraw_ms"], browser["period_ms"]
            print(
                f"{n:>7,} events  browser: slider → map drawn median "
                f"{statistics.median(redraw):,.0f} ms [{', '.join(f'{r:,.0f}' for r in redraw)}]"
                f"; step period median {statistics.median(period) if period else float('nan'):,.0f}"
                " ms (1,000 asked)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
