"""Leaflet for our maps: linked from its CDN, or inside the page from the vendored copies."""

from __future__ import annotations

import base64
import re

import folium

from mapapp.render.assets import (
    CDN_CSS,
    CDN_JS,
    LEAFLET_VERSION,
    PLUGINS,
    VENDOR_DIR,
    VENDORED,
    embed_assets,
    inline_assets,
    leaflet_css,
    leaflet_js,
    plugins_js,
    use_cdn_assets,
)

EXTERNAL = re.compile(r"""<(?:script|link)\b[^>]*(?:src|href)=["']https?://""", re.IGNORECASE)


def test_vendored_leaflet_is_the_version_folium_links() -> None:
    folium_leaflet = dict(folium.Map.default_js)["leaflet"]
    assert f"leaflet@{LEAFLET_VERSION}/" in folium_leaflet
    assert f"Leaflet {LEAFLET_VERSION}" in (VENDOR_DIR / "leaflet" / "leaflet.js").read_text()
    assert all((VENDOR_DIR / name).is_file() for name in VENDORED)
    assert "BSD" in (VENDOR_DIR / "leaflet" / "LICENSE").read_text()
    for package, version, _, licence in PLUGINS:
        assert (VENDOR_DIR / package / licence).is_file()
        assert f"{package}@{version}/" in dict(CDN_JS)[package]


def test_leaflet_css_carries_its_images_and_js_no_source_map() -> None:
    css = leaflet_css()
    assert "url(images/" not in css and "url(data:image/png;base64," in css
    encoded = re.search(r"url\(data:image/png;base64,([^)]+)\)", css)
    assert encoded and base64.b64decode(encoded[1]).startswith(b"\x89PNG")
    assert "sourceMappingURL" not in leaflet_js()
    assert f"Leaflet {LEAFLET_VERSION}" in leaflet_js()


def test_cdn_assets_link_leaflet_only() -> None:
    m = use_cdn_assets(folium.Map(tiles=None))
    page = m.get_root().render()
    links = re.findall(r"""(?:src|href)=["'](https?://[^"']+)""", page)
    assert sorted(links) == sorted(url for _, url in CDN_JS + CDN_CSS)
    assert "jquery" not in page and "bootstrap" not in page


def test_inline_assets_leave_no_external_link_and_keep_the_licence() -> None:
    m = inline_assets(use_cdn_assets(folium.Map(tiles=None)))
    page = m.get_root().render()
    assert not EXTERNAL.search(page)
    assert page.count("Copyright (c) 2010-2022, Vladimir Agafonkin") == 2  # CSS and JS
    head = page.split("</head>")[0]
    assert leaflet_js() in head and leaflet_css() in head and plugins_js() in head
    assert head.index(leaflet_js()) < head.index("L.MarkerClusterGroup")
    assert head.index(leaflet_js()) < page.index("L.map(")


def test_embed_assets_gives_the_component_data_urls() -> None:
    m = embed_assets(folium.Map(tiles=None))
    (_, js_url), (_, css_url) = m.default_js[0], m.default_css[0]
    assert len(m.default_js) == len(m.default_css) == 1
    assert js_url.startswith("data:text/javascript;base64,")
    assert css_url.startswith("data:text/css;base64,")
    code = base64.b64decode(js_url.split(",", 1)[1]).decode()
    assert code.index(leaflet_js()) < code.index(plugins_js()) and "Vladimir Agafonkin" in code
    assert code.endswith(plugins_js()) and "David Leaver" in code  # markercluster's licence
    assert folium.Map.default_js[0][1].startswith("https://"), "the class keeps folium's links"


def test_fullscreen_plugin_is_vendored_at_the_version_folium_links() -> None:
    from folium.plugins import Fullscreen

    from mapapp.render.assets import FULLSCREEN_VERSION

    assert (
        f"leaflet.fullscreen@{FULLSCREEN_VERSION}/"
        in dict(Fullscreen.default_js)["Control.Fullscreen.js"]
    )
    folder = VENDOR_DIR / "leaflet.fullscreen"
    assert (
        "MIT" in (folder / "LICENSE").read_text()
        or "Permission is hereby granted" in (folder / "LICENSE").read_text()
    )
    assert "leaflet.Control.FullScreen" in (folder / "Control.FullScreen.js").read_text()


def test_embedded_fullscreen_button_needs_no_request() -> None:
    """The offline page's fullscreen button: script, style and icon inside the map's HTML."""
    from folium.plugins import Fullscreen

    m = use_cdn_assets(folium.Map(tiles=None))
    Fullscreen().add_to(m)
    page = embed_assets(m).get_root().render()
    assert not EXTERNAL.search(page)
    assert "cdn.jsdelivr.net" not in page
    urls = re.findall(r"""(?:src|href)=["'](data:text/(?:javascript|css);base64,[^"']+)""", page)
    decoded = [base64.b64decode(u.split(",", 1)[1]).decode("utf-8") for u in urls]
    css = next(d for d in decoded if ".fullscreen-icon" in d)
    assert "url(icon-fullscreen.svg)" not in css and "data:image/svg+xml;base64," in css
    assert any("leaflet.Control.FullScreen" in d for d in decoded)
    assert all("Bruno Bergot" in d for d in decoded if "fullscreen" in d.lower())
