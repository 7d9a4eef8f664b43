"""Run the Streamlit page and drive it in Debian's Chromium, with no network (no pytest here).

Used by ``tests/browser/conftest.py`` and ``scripts/screenshot.py``.

* :func:`chromium_path` finds the system Chromium (never ``playwright install``).
* :func:`run_app` starts ``streamlit run streamlit_app.py`` on a free port, polls
  ``/_stcore/health`` until it answers ``ok`` and stops the server afterwards.
* :class:`Router` answers every request the browser makes: the app's own address is passed
  through; folium's CDN files (Leaflet, jQuery, Bootstrap, Font Awesome, awesome-markers) are
  served from the pinned npm packages in ``tests/browser/node_modules`` (``npm ci --prefix
  tests/browser``); map tiles get an empty answer; anything else is aborted and recorded, so a
  test can assert that nothing tried to leave the machine.
* :data:`MAP_STATE_JS` reads the Leaflet map inside the ``st_folium`` iframe.
"""

from __future__ import annotations

import contextlib
import html
import json
import mimetypes
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mapapp.render.escape import escape_text

ROOT = Path(__file__).resolve().parents[2]
ASSETS = Path(__file__).resolve().parent / "node_modules"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
UPLOAD_INPUT = "[data-testid='stFileUploaderDropzoneInput']"
APP_READY = "[data-testid='stApp'][data-test-script-state='notRunning']"
STARTUP_SECONDS = 90.0

# Map tiles: answered with an empty body (the map shows a grey background offline).
TILE_HOSTS = re.compile(r"(^|\.)tile\.openstreetmap\.org$|(^|\.)basemaps\.cartocdn\.com$")
# Files folium 0.20 links that no npm package ships; the page uses neither (no glyph icons,
# no rotated awesome-markers), so an empty stylesheet stands in for each.
EMPTY_CSS_URLS = (
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css",
    "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/"
    "leaflet.awesome.rotate.min.css",
)
_JSDELIVR_NPM = re.compile(r"^https://cdn\.jsdelivr\.net/npm/(@[^/@]+/[^/@]+|[^/@]+)@([^/]+)/(.+)$")
_JQUERY = re.compile(r"^https://code\.jquery\.com/jquery-([\d.]+)(\.min)?\.js$")
_AWESOME = re.compile(
    r"^https://cdnjs\.cloudflare\.com/ajax/libs/Leaflet\.awesome-markers/([\d.]+)/(.+)$"
)
AWESOME_PACKAGE = "drmonty-leaflet-awesome-markers"  # the npm mirror of cdnjs' 2.0.2 files


# Every URL except the app server's own (matched by Playwright itself, without calling Python).
NOT_LOCAL = re.compile(r"^(?!https?://(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?/)")


class HarnessError(RuntimeError):
    """The browser test set-up is incomplete (no Chromium, no npm assets, app did not start)."""


def chromium_path() -> str:
    """The system Chromium, or a HarnessError saying how to install it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        raise HarnessError(
            "chromium was not found on PATH — install Debian's browser with "
            "`apt-get install -y chromium` as root (the browser tests never download one)"
        )
    return path


def launch_args() -> dict[str, Any]:
    """Keyword arguments for ``playwright.chromium.launch``."""
    return {"executable_path": chromium_path(), "args": list(CHROMIUM_ARGS), "headless": True}


def _installed_version(package: str) -> str:
    manifest = ASSETS / package / "package.json"
    if not manifest.exists():
        raise HarnessError(
            f"npm package {package!r} is missing from {ASSETS} — run "
            "`npm ci --prefix tests/browser` from the repository root"
        )
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def _checked(package: str, version: str, path: str) -> Path:
    installed = _installed_version(package)
    if path.endswith(".min.js") and not (ASSETS / package / path).is_file():
        # The CDN minifies a package's file on request (leaflet.fullscreen ships no .min.js).
        path = path[: -len(".min.js")] + ".js"
    if installed != version:
        raise HarnessError(
            f"the page asks for {package}@{version} but tests/browser/package.json pins "
            f"{installed} — pin {version} there and run `npm install --prefix tests/browser`"
        )
    target = (ASSETS / package / path).resolve()
    if ASSETS.resolve() not in target.parents or not target.is_file():
        raise HarnessError(f"{package}@{version} has no file {path!r}")
    return target


def local_asset(url: str) -> Path | None:
    """The local copy of one of folium's CDN files, or None when ``url`` is not one of them.

    Raises
    ------
    HarnessError
        When the URL names a version other than the pinned one, or a file the package lacks.
    """
    url = url.split("?", 1)[0].split("#", 1)[0]
    if m := _JSDELIVR_NPM.match(url):
        return _checked(m[1], m[2], m[3])
    if m := _JQUERY.match(url):
        return _checked("jquery", m[1], f"dist/jquery{m[2] or ''}.js")
    if m := _AWESOME.match(url):
        name = m[2]
        folder = "js" if name.endswith(".js") else "css"
        return _checked(AWESOME_PACKAGE, m[1], f"{folder}/{name}")
    return None


def is_local(url: str) -> bool:
    """True for the app server's own address (and data:/blob:/file: URLs, which never leave)."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "file"):
        return True
    return parts.hostname in ("127.0.0.1", "localhost", "::1")


@dataclass
class Router:
    """Answers every request of a Playwright context; records what it did with each."""

    passed: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)
    stubbed: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    pages: dict[str, str] = field(default_factory=dict)  # external URL → HTML a test serves

    def install(self, context: Any) -> None:
        """Route every request of ``context`` (all its pages and frames) that is not local.

        Requests to the app itself are not routed (a round trip into Python for each of the
        page's ~160 files would double the load time); :meth:`problems` still checks that every
        request that got an answer was either local or seen here.
        """
        context.route(NOT_LOCAL, self.handle)

    def handle(self, route: Any) -> None:
        url = route.request.url
        self.seen.add(url)
        if is_local(url):
            self.passed.append(url)
            route.continue_()
            return
        if url in self.pages:
            self.served.append(url)
            route.fulfill(status=200, body=self.pages[url], content_type="text/html")
            return
        try:
            asset = local_asset(url)
        except HarnessError as err:
            self.errors.append(str(err))
            route.abort()
            return
        if asset is not None:
            self.served.append(url)
            kind = mimetypes.guess_type(asset.name)[0] or "application/octet-stream"
            route.fulfill(
                status=200,
                body=asset.read_bytes(),
                content_type=kind,
                headers={"Access-Control-Allow-Origin": "*"},
            )
        elif url in EMPTY_CSS_URLS:
            self.stubbed.append(url)
            route.fulfill(status=200, body="", content_type="text/css")
        elif TILE_HOSTS.search(urlsplit(url).hostname or ""):
            self.stubbed.append(url)
            route.fulfill(status=200, body=b"", content_type="image/png")
        else:
            self.blocked.append(url)
            route.abort()

    def problems(self, requested: list[str]) -> list[str]:
        """What went wrong: unknown external requests, asset errors, requests never routed."""
        out = [f"unexpected external request (aborted): {u}" for u in self.blocked]
        out += self.errors
        out += [
            f"request not seen by the router: {u}"
            for u in requested
            if not is_local(u) and u not in self.seen
        ]
        return out


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}_stcore/health", timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def start_app(
    port: int,
    log_path: Path,
    env: Mapping[str, str] | None = None,
    script: str = "streamlit_app.py",
) -> subprocess.Popen[bytes]:
    """Start ``streamlit run script`` on 127.0.0.1:``port``, logging to ``log_path``.

    ``env`` adds environment variables (e.g. ``MAPAPP_DATA``); an inherited ``MAPAPP_DATA`` is
    dropped unless given here. Stop it with :func:`stop_app`.
    """
    child_env = {k: v for k, v in os.environ.items() if k != "MAPAPP_DATA"}
    child_env.update(env or {})
    child_env["PYTHONUNBUFFERED"] = "1"
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--global.developmentMode",
        "false",
    ]
    with log_path.open("wb") as log:
        return subprocess.Popen(cmd, cwd=ROOT, env=child_env, stdout=log, stderr=subprocess.STDOUT)


def stop_app(proc: subprocess.Popen[bytes]) -> None:
    """Terminate the server (kill it if it does not stop within 10 s)."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@contextlib.contextmanager
def run_app(env: Mapping[str, str] | None = None, *, log_dir: Path | None = None) -> Iterator[str]:
    """Start the page with ``streamlit run`` and yield its URL (``http://127.0.0.1:PORT/``).

    ``env`` as for :func:`start_app`. The server is terminated on exit.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    folder = Path(tempfile.mkdtemp(prefix="mapapp-app-")) if log_dir is None else log_dir
    log_path = folder / f"streamlit-{port}.log"
    proc = start_app(port, log_path, env)
    try:
        wait_healthy(proc, url, log_path)
        yield url
    finally:
        stop_app(proc)


def wait_healthy(proc: subprocess.Popen[bytes], url: str, log_path: Path) -> None:
    """Poll the health endpoint; between polls wait on the process, so an early exit is seen."""
    import time

    deadline = time.monotonic() + STARTUP_SECONDS
    while not _healthy(url):
        try:
            code = proc.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            code = None
        if code is not None:
            raise HarnessError(
                f"streamlit exited with code {code} before answering; its log:\n"
                + log_path.read_text(errors="replace")[-4000:]
            )
        if time.monotonic() > deadline:
            raise HarnessError(
                f"streamlit did not answer {url}_stcore/health within {STARTUP_SECONDS:.0f} s; "
                "its log:\n" + log_path.read_text(errors="replace")[-4000:]
            )


# JavaScript evaluated in the st_folium iframe: true once the map exists, its event layers (if
# any: streamlit-folium records the last set it added, "" for none) are on it, and no zoom or
# pan animation is running (folium's fitBounds animates from the initial
# zoom just after load; a view set during that animation is overwritten when it ends).
MAP_IDLE_JS = """
() => Boolean(window.map) && Boolean(window.__GLOBAL_DATA__)
  && window.__GLOBAL_DATA__.last_feature_group !== null
  && !window.map._animatingZoom && !(window.map._panAnim && window.map._panAnim._inProgress)
"""

# JavaScript evaluated in the st_folium iframe: every event layer with its name, whether it is
# on the map, and its markers (event_id as the map carries it, i.e. HTML-escaped, and position).
# A marker grouped with others at one place (mapapp.render.cluster) is drawn as their count
# badge: ``drawn`` is true, ``badge`` holds the badge's count and x/y are the badge's. The
# group of events at one place itself is not an event layer and is left out.
MAP_STATE_JS = """
() => {
  const map = window.map;
  if (!map) { return null; }
  const names = new Map();
  if (window.layer_control) {
    for (const entry of window.layer_control._layers) { names.set(entry.layer, entry.name); }
  }
  const isPlaces = (g) => Boolean(L.MarkerClusterGroup) && g instanceof L.MarkerClusterGroup;
  return {
    zoom: map.getZoom(),
    layers: (window.feature_group || []).filter((g) => !isPlaces(g)).map((group) => {
      const markers = [];
      group.eachLayer((geojson) => {
        if (!geojson.eachLayer) { return; }
        geojson.eachLayer((marker) => {
          let shown = marker;  // the marker, or the badge drawn in its place
          while (shown && !(shown._map && map.hasLayer(shown))) { shown = shown.__parent; }
          const p = map.latLngToContainerPoint((shown || marker).getLatLng());
          markers.push({
            id: marker.feature.properties.event_id,
            drawn: Boolean(shown),
            badge: shown && shown !== marker ? shown.getChildCount() : 0,
            x: p.x, y: p.y, radius: marker.getRadius ? marker.getRadius() : 0,
          });
        });
      });
      const name = names.get(group) || (group.options && group.options.name) || null;
      return {name, onMap: map.hasLayer(group), markers};
    }),
  };
}
"""


RUNS_JS = (
    "() => Math.max(0, ...Array.from(document.querySelectorAll('span.mapapp-runs'),"
    " (s) => Number(s.dataset.runs)))"
)


# Centre the map on an event's marker at a zoom; true if the view changed, null if not found.
CENTRE_ON_JS = """
([id, zoom]) => {
  let found = null;
  for (const g of (window.feature_group || [])) {
    if (!window.map.hasLayer(g)) continue;
    g.eachLayer((gj) => gj.eachLayer &&
      gj.eachLayer((m) => { if (m.feature.properties.event_id === id) found = m; }));
  }
  if (!found) return null;
  const at = found._preSpiderfyLatlng || found.getLatLng();
  const before = window.map.getCenter();
  if (window.map.getZoom() === zoom && before.equals(at)) return false;
  window.map.setView(at, zoom, {animate: false});
  return true;
}
"""


class MapPage:
    """The page object: open the app, wait for it, read and drive the map."""

    def __init__(self, page: Any, base_url: str, router: Router) -> None:
        self.page = page
        self.base_url = base_url
        self.router = router

    # --- waiting --------------------------------------------------------------------------

    def open(self, query: str = "") -> MapPage:
        """Open the page (optionally with a query string) and wait until markers are drawn."""
        self.page.goto(self.base_url + (f"?{query}" if query else ""))
        self.wait_ready()
        self.wait_settled()
        return self

    def wait_settled(self, quiet_ms: int = 1000) -> None:
        """Wait until no run has started for ``quiet_ms`` and the last one's map is drawn.

        After the map mounts, it reports its view (and again once its frame has its final
        size); each report reruns the map's fragment, which draws what is in that view.
        """
        last = self.runs()
        for _ in range(20):  # a page that keeps running (a playing date window) is not waited on
            self.page.wait_for_timeout(quiet_ms)
            self.wait_ready()
            now = self.runs()
            if now == last:
                return
            last = now

    def wait_ready(self) -> None:
        """The script finished, the map iframe exists, and its event layers are on the map."""
        self.page.wait_for_selector(APP_READY, timeout=60_000)
        self.page.wait_for_selector(IFRAME, timeout=30_000)
        self.frame().wait_for_function(MAP_IDLE_JS, timeout=30_000)

    def frame(self) -> Any:
        handle = self.page.locator(IFRAME).element_handle()
        frame = handle.content_frame()
        assert frame is not None, "the map iframe has no content frame"
        return frame

    def runs(self) -> int:
        """How many times the script ran in this session (the page writes it into hidden spans:
        the page's part and the map's own fragment each write theirs; the highest counts)."""
        return int(self.page.evaluate(RUNS_JS))

    def wait_runs(self, at_least: int) -> int:
        """Wait until the script has run ``at_least`` times and is idle again."""
        self.page.wait_for_function(
            f"(n) => ({RUNS_JS})() >= n",
            arg=at_least,
            timeout=30_000,
        )
        self.page.wait_for_selector(APP_READY, timeout=30_000)
        return self.runs()

    def upload(self, name: str, data: bytes, mime: str = "text/csv") -> int:
        """Give the page's file uploader one file; wait for the run it causes. Returns runs."""
        runs = self.runs()
        self.page.locator(UPLOAD_INPUT).set_input_files(
            files=[{"name": name, "mimeType": mime, "buffer": data}]
        )
        self.wait_runs(runs + 1)
        self.wait_settled()  # new data: a new map, which reports its view again
        return self.runs()

    # --- reading the map ------------------------------------------------------------------

    def map_state(self) -> dict[str, Any]:
        state = self.frame().evaluate(MAP_STATE_JS)
        assert state is not None, "the Leaflet map is not initialised in the iframe"
        return state

    def layers(self) -> dict[str, set[str]]:
        """Layer name → event ids of its markers (unescaped), for layers on the map."""
        return {
            layer["name"]: {html.unescape(m["id"]) for m in layer["markers"]}
            for layer in self.map_state()["layers"]
            if layer["onMap"]
        }

    def shown_ids(self) -> set[str]:
        """Event ids of every marker drawn on the map."""
        return {
            html.unescape(m["id"])
            for layer in self.map_state()["layers"]
            if layer["onMap"]
            for m in layer["markers"]
            if m["drawn"]
        }

    def wait_map_ids(self, expected: set[str]) -> None:
        """Wait until the markers on the map are exactly ``expected`` (escaped ids compared)."""
        wanted = sorted(escape_text(i) for i in expected)
        self.frame().wait_for_function(
            """(wanted) => {
                const ids = [];
                for (const g of (window.feature_group || [])) {
                  if (!window.map.hasLayer(g)) continue;
                  g.eachLayer((gj) => gj.eachLayer && gj.eachLayer((m) =>
                    ids.push(m.feature.properties.event_id)));
                }
                ids.sort();
                return JSON.stringify(ids) === JSON.stringify(wanted);
            }""",
            arg=wanted,
            timeout=30_000,
        )

    # --- acting on the map ----------------------------------------------------------------

    def press_slider(self, key: str, nth: int = 0) -> int:
        """Press ``key`` on the ``nth`` slider thumb until its value moves; wait for the run.

        A key pressed while a rerun redraws the slider can land on a thumb that is being
        replaced and is then lost (the value stays put), so the press is repeated, up to three
        times, until the thumb's ``aria-valuenow`` changes. Returns the run count once the page
        has settled (the map's own view report reruns it once more).
        """
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        thumb = self.page.get_by_role("slider").nth(nth)
        before = thumb.get_attribute("aria-valuenow")
        runs = self.runs()
        for _ in range(3):
            thumb.focus()
            self.page.keyboard.press(key)
            try:
                self.page.wait_for_function(
                    "([i, v]) => document.querySelectorAll('[role=slider]')[i]"
                    "?.getAttribute('aria-valuenow') !== v",
                    arg=[nth, before],
                    timeout=5_000,
                )
                break
            except PlaywrightTimeout:  # the press was lost: press again
                continue
        else:
            raise AssertionError(f"{key} never moved slider {nth} from {before!r}")
        self.wait_runs(runs + 1)
        self.wait_settled()
        return self.runs()

    def zoom_in(self) -> int:
        """Click the map's zoom-in button; wait until the zoom animation has ended."""
        frame = self.frame()
        frame.wait_for_function(MAP_IDLE_JS)
        zoom = frame.evaluate("() => window.map.getZoom()")
        self.page.frame_locator(IFRAME).locator("a.leaflet-control-zoom-in").click()
        frame.wait_for_function(
            f"(z) => window.map.getZoom() === z + 1 && ({MAP_IDLE_JS})()", arg=zoom
        )
        return zoom + 1

    def click_marker(
        self, event_id: str, zoom: int | None = 12, *, move_only: bool = False
    ) -> None:
        """Centre the map on one event's marker at city zoom and click it with the mouse.

        With ``zoom=None`` the view is left as it is (the marker must be visible and on top).
        With ``move_only`` the mouse only moves onto the marker (to show its tooltip). A marker
        grouped with others at one place is fanned out of its badge first.

        The whole map is scrolled into view first: Leaflet focuses the map on the first
        mousedown, which makes the page scroll a partly hidden map into view between mousedown
        and mouseup, so that first click lands elsewhere (a user sees the same).
        """
        frame = self.frame()
        frame.wait_for_function(MAP_IDLE_JS)
        self.page.locator(IFRAME).evaluate("(el) => el.scrollIntoView({block: 'center'})")
        if zoom is not None:
            # The map redraws what is in its new view (a rerun): wait for it, then find the
            # marker again in the new layers.
            moved = frame.evaluate(CENTRE_ON_JS, [escape_text(event_id), zoom])
            assert moved is not None, f"no marker for event {event_id!r} on the map"
            if moved:
                self.wait_settled()
            frame = self.frame()
            frame.wait_for_function(MAP_IDLE_JS)
            zoom = None
        point = frame.evaluate(
            """([id, zoom]) => {
                let found = null;
                for (const g of (window.feature_group || [])) {
                  if (!window.map.hasLayer(g)) continue;  // replaced by a later rerun
                  g.eachLayer((gj) => gj.eachLayer &&
                    gj.eachLayer((m) => { if (m.feature.properties.event_id === id) found = m; }));
                }
                if (!found) return null;
                if (zoom !== null) {
                    const at = found._preSpiderfyLatlng || found.getLatLng();
                    window.map.setView(at, zoom, {animate: false});
                }
                // Grouped with others at one place: fan the badge out first (as a click would).
                let badge = found;
                while (badge && !window.map.hasLayer(badge)) { badge = badge.__parent; }
                if (badge && badge !== found && badge.spiderfy) { badge.spiderfy(); }
                const p = window.map.latLngToContainerPoint(found.getLatLng());
                const box = window.map.getContainer().getBoundingClientRect();
                return {x: box.left + p.x, y: box.top + p.y};
            }""",
            [escape_text(event_id), zoom],
        )
        assert point is not None, f"no marker for event {event_id!r} on the map"
        box = self.page.locator(IFRAME).bounding_box()
        x, y = box["x"] + point["x"], box["y"] + point["y"]
        if move_only:
            self.page.mouse.move(x, y)
        else:
            self.page.mouse.click(x, y)
