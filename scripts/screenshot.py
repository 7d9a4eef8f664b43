"""Screenshot the Streamlit page in headless Chromium and measure how long it takes to load.

Usage (from the repository root, after ``npm ci --prefix tests/browser``)::

    .venv/bin/python scripts/screenshot.py                  # → docs/screenshot.png
    .venv/bin/python scripts/screenshot.py --loads 5        # also print 5 load times
    MAPAPP_DATA=my.geojson .venv/bin/python scripts/screenshot.py -o /tmp/mine.png
    .venv/bin/python scripts/screenshot.py -o docs/travel.png --event state-travel-4017 \
        --query "data=US diplomatic travel 1866–2025&dates=2021-01-20&dates=2025-01-19"
    .venv/bin/python scripts/screenshot.py --upload big.csv # also time adding a file in the page

It starts ``streamlit run streamlit_app.py`` on a free port, opens the page at 1400×1000 with
every request served locally (the browser-test harness in tests/browser/browser_harness.py),
waits until the markers are drawn, clicks one event so the details panel is filled, and saves a
full-page screenshot. Load time = from ``page.goto`` until the map's markers are drawn and the
script is idle; the first load also pays for the server's first run (imports, reading the data).

No network: map tiles are drawn locally from Natural Earth's 1:110m countries (the copy shipped
inside the pyogrio wheel) so the picture is not a grey box; the real page loads OpenStreetMap.
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))
sys.path.insert(0, str(ROOT))

from browser_harness import (  # noqa: E402
    IFRAME,
    MAP_IDLE_JS,
    TILE_HOSTS,
    UPLOAD_INPUT,
    MapPage,
    Router,
    launch_args,
    run_app,
)

DEFAULT_EVENT = "voa-20221220-tajikistan-anti-taliban-meeting"
VIEWPORT = {"width": 1400, "height": 1000}
SEA, LAND, BORDER = (170, 211, 223), (242, 239, 233), (190, 180, 170)


@lru_cache(maxsize=1)
def _countries() -> list[list[list[tuple[float, float]]]]:
    """Exterior rings (lon, lat) of Natural Earth's low-resolution countries, or [] if absent."""
    try:
        import pyogrio
        import shapely

        path = Path(pyogrio.__file__).parent / "tests/fixtures/naturalearth_lowres"
        frame = pyogrio.read_dataframe(path / "naturalearth_lowres.shp")
    except Exception:  # the fixture is optional; tiles then stay plain sea
        return []
    shapes = []
    for geom in frame.geometry:
        parts = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
        shapes.append([list(shapely.get_coordinates(p.exterior)) for p in parts])
    return shapes


def _pixel(lon: float, lat: float, z: int, x: int, y: int) -> tuple[float, float]:
    """Web-Mercator pixel of (lon, lat) inside tile z/x/y (256 px)."""
    lat = max(min(lat, 85.0511), -85.0511)
    n = 256 * 2**z
    px = (lon + 180.0) / 360.0 * n
    py = 1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi
    return px - 256 * x, py / 2 * n - 256 * y


def render_tile(z: int, x: int, y: int) -> bytes:
    """A 256×256 PNG with land, sea and borders for tile z/x/y."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (256, 256), SEA)
    draw = ImageDraw.Draw(image)
    for country in _countries():
        for ring in country:
            points = [_pixel(lon, lat, z, x, y) for lon, lat in ring]
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            if max(xs) < 0 or min(xs) > 256 or max(ys) < 0 or min(ys) > 256:
                continue
            draw.polygon(points, fill=LAND, outline=BORDER)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


FOOTNOTE = (
    "Screenshot taken offline by scripts/screenshot.py: the basemap is drawn from Natural Earth "
    "1:110m countries; the live page shows OpenStreetMap tiles."
)


def add_footnote(path: Path) -> None:
    """Say under the picture that its basemap is not the page's real one."""
    from PIL import Image, ImageDraw

    shot = Image.open(path).convert("RGB")
    out = Image.new("RGB", (shot.width, shot.height + 28), (255, 255, 255))
    out.paste(shot, (0, 0))
    ImageDraw.Draw(out).text((12, shot.height + 8), FOOTNOTE, fill=(90, 90, 90))
    out.save(path, format="PNG", optimize=True)


class TileRouter(Router):
    """The test router, but tiles are drawn from Natural Earth instead of left empty."""

    def handle(self, route: Any) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(route.request.url)
        if TILE_HOSTS.search(parts.hostname or ""):
            z, x, y = (int(v) for v in parts.path.removesuffix(".png").strip("/").split("/")[-3:])
            self.seen.add(route.request.url)
            self.stubbed.append(route.request.url)
            route.fulfill(status=200, body=render_tile(z, x, y), content_type="image/png")
            return
        super().handle(route)


def load_once(browser: Any, url: str, query: str = "") -> tuple[float, MapPage, Any, TileRouter]:
    context = browser.new_context(viewport=VIEWPORT)
    router = TileRouter()
    router.install(context)
    page = context.new_page()
    app = MapPage(page, url, router)
    start = time.perf_counter()
    app.open(query)
    page.frame_locator("iframe[title='streamlit_folium.st_folium']").locator(
        "canvas.leaflet-zoom-animated"
    ).first.wait_for()  # our basemap and the markers: a canvas each
    return time.perf_counter() - start, app, context, router


RUNS_JS = (
    "(n) => { const s = document.querySelectorAll('span.mapapp-runs');"
    " return s.length && Number(s[s.length - 1].dataset.runs) >= n"
    " && document.querySelector(\"[data-testid='stApp']\").dataset.testScriptState"
    " === 'notRunning'; }"
)
# The map of the new data is drawn: idle, with event layers or grid cells on it.
LAYERS_DRAWN_JS = f"""
() => ({MAP_IDLE_JS})() && (window.feature_group || []).some(
    (g) => window.map.hasLayer(g) && g.getLayers().length > 0)
"""


def time_upload(browser: Any, url: str, path: Path, timeout_s: float = 600.0) -> None:
    """Add a file through the page's uploader and print how long each step took."""
    context = browser.new_context(viewport=VIEWPORT)
    router = TileRouter()
    router.install(context)
    page = context.new_page()
    app = MapPage(page, url, router)
    app.open()
    data = path.read_bytes()
    runs = app.runs()
    start = time.perf_counter()
    page.locator(UPLOAD_INPUT).set_input_files(
        files=[{"name": path.name, "mimeType": "text/csv", "buffer": data}]
    )
    page.wait_for_function(RUNS_JS, arg=runs + 1, timeout=timeout_s * 1000)
    script = time.perf_counter() - start
    page.frame_locator(IFRAME).locator("div.leaflet-container").wait_for(timeout=60_000)
    app.frame().wait_for_function(LAYERS_DRAWN_JS, timeout=60_000)
    drawn = time.perf_counter() - start
    counts = page.get_by_text("match the filters").first
    note = page.get_by_text("Showing ").first
    print(
        f"upload {path.name} ({len(data) / 1e6:.1f} MB): script done {script:.1f} s, "
        f"map drawn {drawn:.1f} s after choosing the file"
    )
    print("  page says:", counts.inner_text().strip(), "|", note.inner_text().strip())
    moves = []
    for _ in range(3):
        runs = app.runs()
        page.get_by_role("slider").first.focus()
        start = time.perf_counter()
        page.keyboard.press("PageUp")
        page.wait_for_function(RUNS_JS, arg=runs + 1, timeout=timeout_s * 1000)
        app.frame().wait_for_function(LAYERS_DRAWN_JS, timeout=60_000)
        moves.append(time.perf_counter() - start)
    print("  date slider (PageUp) → map redrawn, s: " + ", ".join(f"{m:.2f}" for m in moves))
    problems = router.problems([])
    context.close()
    for problem in problems:
        print("warning:", problem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--loads", type=int, default=3, help="page loads to time (default 3)")
    parser.add_argument("--event", default=DEFAULT_EVENT, help="event to click for the details")
    parser.add_argument("--upload", type=Path, help="also time adding this file in the page")
    parser.add_argument(
        "--query", default="", help="query string of the view, e.g. 'data=Both&type=Visit'"
    )
    args = parser.parse_args(argv)
    query = "&".join(
        f"{quote(k)}={quote(v)}"
        for k, _, v in (p.partition("=") for p in args.query.split("&") if p)
    )

    from playwright.sync_api import sync_playwright

    with run_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        times = []
        for _ in range(max(args.loads, 1)):
            seconds, app, context, router = load_once(browser, url, query)
            times.append(seconds)
            context.close()
        print("load times (open → markers drawn), s: " + ", ".join(f"{t:.2f}" for t in times))
        if len(times) > 1:
            print(
                f"first (cold server) {times[0]:.2f} s; later median "
                f"{statistics.median(times[1:]):.2f} s"
            )
        _, app, context, router = load_once(browser, url, query)
        page = app.page
        runs = app.runs()
        app.click_marker(args.event, zoom=None)
        app.wait_runs(runs + 1)
        page.mouse.move(1, 1)  # off the map: its tooltip would cover the markers
        page.locator(".mapapp-details").wait_for()
        page.evaluate("() => window.scrollTo(0, 0)")
        page.locator("[data-testid='stMain']").evaluate("(el) => el.scrollTo(0, 0)")
        height = page.evaluate(
            "() => Math.ceil(Math.max(...[...document.querySelectorAll("
            "\"[data-testid='stMain'] [data-testid='stElementContainer']\")]"
            ".map((el) => el.getBoundingClientRect().bottom))) + 48"
        )
        page.set_viewport_size({"width": VIEWPORT["width"], "height": max(height, 1000)})
        app.wait_ready()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output), full_page=True)
        add_footnote(args.output)
        problems = router.problems([])
        context.close()
        if args.upload is not None:
            time_upload(browser, url, args.upload)
        browser.close()
    print(f"wrote {args.output}")
    for problem in problems:
        print("warning:", problem)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
