"""Hermetic Chromium for benchmarks: Debian's chromium, folium's CDN files from npm copies.

The browser plumbing is the browser tests' own (``tests/browser/browser_harness.py``): its
:class:`Router` serves folium's CDN files (Leaflet, jQuery, Bootstrap, Font Awesome) from the
pinned copies in ``tests/browser/node_modules``, answers map tiles with an empty image, passes
the local Streamlit server through and refuses anything else — so no benchmark touches the
network — and :func:`launch_args` starts Debian's chromium (never a Playwright download).
Saved map pages are served by the same router from a made-up ``https://…invalid`` address.

"Drawn" means Leaflet has added every expected layer to the map (counted through the map
object, which works for SVG, canvas and icon markers alike) and the browser has produced two
animation frames since, so a canvas has been repainted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from browser_harness import APP_READY, Router, launch_args  # noqa: E402

__all__ = [
    "APP_READY",
    "COUNT_JS",
    "DRAWN_JS",
    "MARK_STALE_JS",
    "METRICS_JS",
    "Router",
    "draw_html",
    "launch",
    "new_context",
]
PAGE_HOST = "https://mapapp-bench.invalid/"

# One JS function (run in the map's frame): counts what Leaflet has added to the map.
COUNT_JS = """
() => {
  const m = window.map instanceof L.Map ? window.map
          : Object.values(window).find(v => v instanceof L.Map);
  if (!m) return null;
  let circles = 0, markers = 0, fresh = 0, stale = 0;
  m.eachLayer(l => {
    if (l instanceof L.CircleMarker) circles++;
    else if (l instanceof L.Marker) markers++;
    else return;
    if (l.__benchStale) stale++; else fresh++;
  });
  const icons = document.querySelectorAll('img.leaflet-marker-icon');
  let loaded = 0;
  icons.forEach(i => { if (i.complete) loaded++; });
  return {circles, markers, fresh, stale, icons: icons.length, iconsLoaded: loaded,
          paths: document.querySelectorAll('path.leaflet-interactive').length};
}
"""

# Waits (polled by Playwright) until `want` layers are on the map and none is stale, then two
# animation frames; returns Date.now() of that moment. want <= 0 means "any, once stable".
DRAWN_JS = """
(want) => {
  if (window.__benchDrawnAt) return window.__benchDrawnAt;
  if (typeof L === 'undefined') return false;
  const c = (COUNT)();
  if (!c) return false;
  const n = c.circles + c.markers;
  const iconsOk = c.iconsLoaded >= c.icons;  // image icons loaded (badges are divs)
  const ok = c.stale === 0 && n > 0 && (want > 0 ? n >= want : true) && iconsOk;
  if (ok && !window.__benchPending) {
    window.__benchPending = true;
    window.__benchCount = n;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__benchDrawnAt = Date.now();
    }));
  }
  return false;
}
""".replace("COUNT", COUNT_JS.strip())

# Marks the layers now on the map as stale and clears the "drawn" state (before a change).
MARK_STALE_JS = """
() => {
  const m = window.map instanceof L.Map ? window.map
          : Object.values(window).find(v => v instanceof L.Map);
  m.eachLayer(l => { l.__benchStale = true; });
  window.__benchDrawnAt = 0; window.__benchPending = false; window.__benchCount = 0;
  return Date.now();
}
"""

METRICS_JS = """
() => ({
  heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null,
  domNodes: document.getElementsByTagName('*').length,
  count: window.__benchCount || 0,
})
"""


def launch(playwright: Any) -> Any:
    """Headless Debian chromium via Playwright, with the browser tests' arguments."""
    return playwright.chromium.launch(**launch_args())


def new_context(browser: Any, router: Router) -> Any:
    """A browser context routed through ``router``, 1280×900."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    router.install(context)
    return context


def draw_html(
    browser: Any, path: Path, want: int, timeout_s: float, router: Router
) -> dict[str, Any]:
    """Open a saved folium page; time from navigation start until ``want`` layers are drawn."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    url = PAGE_HOST + path.name
    router.pages[url] = path.read_text(encoding="utf-8")
    context = new_context(browser, router)
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        page.wait_for_function(DRAWN_JS, arg=want, polling="raf", timeout=timeout_s * 1000)
        drawn_at, origin, dom_ready = page.evaluate(
            "() => [window.__benchDrawnAt, performance.timeOrigin,"
            " performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]"
        )
        metrics = page.evaluate(METRICS_JS)
        return {
            "status": "ok",
            "drawn_ms": drawn_at - origin,
            "dom_ready_ms": dom_ready,
            "want": want,
            **metrics,
        }
    except PlaywrightTimeout:
        return {"status": f"timeout after {timeout_s:.0f} s", "want": want}
    finally:
        context.close()
        del router.pages[url]
