"""The JavaScript and CSS our maps need, from CDNs or from the copies vendored in the package.

A folium map links eleven files from four CDNs (Leaflet, jQuery, Bootstrap, Font Awesome, the
awesome-markers plugin...). Ours use only Leaflet and two small plugins: the markers are Leaflet
circle markers (:mod:`mapapp.render.points`), events at one place are grouped behind a count
badge by Leaflet.markercluster, whose per-type layers are Leaflet.FeatureGroup.SubGroup layers
(:mod:`mapapp.render.cluster`); the legend, date and layer controls are plain Leaflet controls
and DOM. So every map links these three scripts and Leaflet's stylesheet
(:func:`use_cdn_assets`), and for a map that must draw with no network the same files come from
``mapapp/render/vendor/``, pinned copies of the npm packages (``scripts/vendor-assets.py``
refreshes them; a test keeps them equal to the pinned npm files), with their licences:

* :func:`inline_assets` — the HTML export: ``<style>`` and ``<script>`` inside the page;
* :func:`embed_assets` — the Streamlit page's map (``st_folium``): its component loads the
  map's script and style *links* itself, and inserts the rest of the header as HTML, where a
  ``<script>`` would not run; so the links become ``data:`` URLs, which the browser runs
  without a request.

Leaflet's stylesheet refers to three small images (layer-control and default-marker icons);
they become ``data:`` URLs inside the CSS.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import folium
from branca.element import Element, Figure
from folium.plugins import Fullscreen

VENDOR_DIR = Path(__file__).resolve().parent / "vendor"
LEAFLET_VERSION = "1.9.3"  # the version folium 0.20 links; tests/browser/package.json pins it
# Vendored file (relative to VENDOR_DIR) → its source in the pinned npm packages.
VENDORED: dict[str, str] = {
    "leaflet/leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet/leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet/images/layers.png": "leaflet/dist/images/layers.png",
    "leaflet/images/layers-2x.png": "leaflet/dist/images/layers-2x.png",
    "leaflet/images/marker-icon.png": "leaflet/dist/images/marker-icon.png",
    "leaflet/LICENSE": "leaflet/LICENSE",
    "leaflet.markercluster/leaflet.markercluster.js": (
        "leaflet.markercluster/dist/leaflet.markercluster.js"
    ),
    "leaflet.markercluster/MIT-LICENCE.txt": "leaflet.markercluster/MIT-LICENCE.txt",
    "leaflet.featuregroup.subgroup/leaflet.featuregroup.subgroup.js": (
        "leaflet.featuregroup.subgroup/dist/leaflet.featuregroup.subgroup.js"
    ),
    "leaflet.featuregroup.subgroup/LICENSE": "leaflet.featuregroup.subgroup/LICENSE",
    "leaflet.fullscreen/Control.FullScreen.js": "leaflet.fullscreen/Control.FullScreen.js",
    "leaflet.fullscreen/Control.FullScreen.css": "leaflet.fullscreen/Control.FullScreen.css",
    "leaflet.fullscreen/icon-fullscreen.svg": "leaflet.fullscreen/icon-fullscreen.svg",
    "leaflet.fullscreen/LICENSE": "leaflet.fullscreen/LICENSE",
}
FULLSCREEN_VERSION = "3.0.0"  # the version folium 0.20's Fullscreen plugin links
# Leaflet plugins: (npm package, version pinned in tests/browser/package.json, script, licence).
# Their CSS is not needed: it only animates clusters, and ours do not animate.
PLUGINS: tuple[tuple[str, str, str, str], ...] = (
    ("leaflet.markercluster", "1.5.3", "leaflet.markercluster.js", "MIT-LICENCE.txt"),
    ("leaflet.featuregroup.subgroup", "1.0.2", "leaflet.featuregroup.subgroup.js", "LICENSE"),
)
CDN_JS = [
    ("leaflet", f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.js"),
    *(
        (package, f"https://cdn.jsdelivr.net/npm/{package}@{version}/dist/{script}")
        for package, version, script, _ in PLUGINS
    ),
]
CDN_CSS = [
    ("leaflet_css", f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.css")
]
_SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S+\s*$")  # would make devtools ask the CDN
_CSS_IMAGE = re.compile(r"url\((images/[\w.-]+\.png)\)")


def _read(name: str, package: str = "leaflet") -> str:
    return (VENDOR_DIR / package / name).read_text(encoding="utf-8")


def _comment(what: str, licence: str) -> str:
    text = licence.replace("*/", "* /")
    return f"/* {what}, vendored unchanged from npm.\n\n{text}*/\n"


@lru_cache(maxsize=1)
def licence_comment() -> str:
    """Leaflet's licence as a JavaScript/CSS comment (its BSD licence asks for the notice)."""
    return _comment(f"Leaflet {LEAFLET_VERSION}", _read("LICENSE"))


@lru_cache(maxsize=1)
def plugins_js() -> str:
    """The plugins' minified JavaScript, each after its licence, without source-map comments."""
    parts = []
    for package, version, script, licence in PLUGINS:
        code = _SOURCE_MAP.sub("\n", _read(script, package))
        if "</script" in code.lower():
            raise ValueError(f"{script} contains '</script' and cannot be inlined")
        parts.append(_comment(f"{package} {version}", _read(licence, package)) + code)
    return "\n".join(parts)


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    """Leaflet's minified JavaScript, without its source-map comment."""
    code = _SOURCE_MAP.sub("\n", _read("leaflet.js"))
    if "</script" in code.lower():  # it would end the inline <script> early
        raise ValueError("leaflet.js contains '</script' and cannot be inlined")
    return code


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    """Leaflet's stylesheet with its images as ``data:`` URLs (no file or request needed)."""

    def inline(match: re.Match[str]) -> str:
        data = (VENDOR_DIR / "leaflet" / match[1]).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    css = _CSS_IMAGE.sub(inline, _read("leaflet.css"))
    if "</style" in css.lower():
        raise ValueError("leaflet.css contains '</style' and cannot be inlined")
    return css


def use_cdn_assets(m: folium.Map) -> folium.Map:
    """Link only Leaflet and our plugins (from the CDN folium uses), not folium's other files."""
    m.default_js = list(CDN_JS)
    m.default_css = list(CDN_CSS)
    return m


class _RawHeader(Element):
    """Finished HTML for the page's head, never compiled as a template (150 KB of code)."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def render(self, **kwargs: Any) -> str:
        return self.code


def inline_assets(m: folium.Map) -> folium.Map:
    """Put Leaflet's CSS and JavaScript, and the plugins', inside the map's page: no request.

    For :func:`mapapp.render.html.to_html`. The map must not contain folium plugins that bring
    files of their own (ours do not).
    """
    m.default_js, m.default_css = [], []
    root = cast(Figure, m.get_root())
    root.header.add_child(
        _RawHeader(
            f"<style>\n{licence_comment()}{leaflet_css()}</style>\n"
            f"<script>\n{licence_comment()}{leaflet_js()}</script>\n"
            f"<script>\n{plugins_js()}</script>\n"
        ),
        name="mapapp_leaflet",
    )
    return m


@lru_cache(maxsize=1)
def _data_urls() -> tuple[str, str]:
    js = licence_comment() + leaflet_js() + "\n" + plugins_js()
    css = licence_comment() + leaflet_css()
    return (
        "data:text/javascript;base64," + base64.b64encode(js.encode("utf-8")).decode("ascii"),
        "data:text/css;base64," + base64.b64encode(css.encode("utf-8")).decode("ascii"),
    )


@lru_cache(maxsize=1)
def fullscreen_data_urls() -> tuple[str, str]:
    """The fullscreen button's script and stylesheet (its icon inside) as ``data:`` URLs.

    folium's ``plugins.Fullscreen`` links leaflet.fullscreen from its CDN; the offline page
    carries the vendored copy instead (MIT licence, kept as a comment).
    """
    folder = VENDOR_DIR / "leaflet.fullscreen"
    notice = (folder / "LICENSE").read_text(encoding="utf-8").replace("*/", "* /")
    comment = (
        f"/* leaflet.fullscreen {FULLSCREEN_VERSION}, vendored unchanged from npm.\n\n{notice}*/\n"
    )
    icon = base64.b64encode((folder / "icon-fullscreen.svg").read_bytes()).decode("ascii")
    css = (folder / "Control.FullScreen.css").read_text(encoding="utf-8")
    css = css.replace("url(icon-fullscreen.svg)", f"url(data:image/svg+xml;base64,{icon})")
    js = _SOURCE_MAP.sub("\n", (folder / "Control.FullScreen.js").read_text(encoding="utf-8"))
    return (
        "data:text/javascript;base64,"
        + base64.b64encode((comment + js).encode("utf-8")).decode("ascii"),
        "data:text/css;base64," + base64.b64encode((comment + css).encode("utf-8")).decode("ascii"),
    )


def embed_assets(m: folium.Map) -> folium.Map:
    """Make the map's links ``data:`` URLs (for ``st_folium``, see the module docstring).

    Leaflet and the plugins are one script, so they run in order. A fullscreen button (folium's
    ``plugins.Fullscreen``) gets its vendored copy likewise.
    """
    js, css = _data_urls()
    m.default_js = [("leaflet", js)]
    m.default_css = [("leaflet_css", css)]
    for child in m._children.values():
        if isinstance(child, Fullscreen):
            fs_js, fs_css = fullscreen_data_urls()
            child.default_js = [("Control.Fullscreen.js", fs_js)]
            child.default_css = [("Control.FullScreen.css", fs_css)]
    return m
