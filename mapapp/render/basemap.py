"""The map's background: our own Natural Earth basemap, and the online tiles drawn over it.

Every map we make draws ``geodata/basemap.geojson`` (Natural Earth 1:110m land and country
borders, public domain; ``scripts/make-basemap.py`` makes it) as its bottom layer, in a pane
below Leaflet's tile pane, so that the map is readable with no tile server at all: opened from
a file with the network cut, on an air-gapped machine, or when a provider refuses the request.
Online tiles, when chosen, lie on top and hide it where they load.

Choices (:data:`BASEMAPS`): ``offline`` (ours alone, no request), ``osm`` (OpenStreetMap),
``topo`` (OpenTopoMap), ``hot`` (OpenStreetMap's humanitarian style) — keyless providers whose
tile policies allow light use with attribution — and ``custom``, an organisation's own tile
server from ``MAPAPP_TILES`` = a URL template, a space, then the attribution text (HTML)::

    MAPAPP_TILES='https://tiles.example.org/{z}/{x}/{y}.png © Example Org, OpenStreetMap'

OpenStreetMap's servers refuse tile requests without a ``Referer``; the tile layers send the
page's origin (``referrerPolicy: strict-origin-when-cross-origin``). A page opened from a file
has no origin to send, which is why the HTML export defaults to ``offline``.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import folium
import xyzservices
import xyzservices.providers
from branca.element import Figure, MacroElement
from folium.template import Template

from mapapp.bundled import GEODATA_DIR
from mapapp.errors import UsageError, quote
from mapapp.render.assets import embed_assets
from mapapp.render.points import _Script, script_json

BASEMAP_FILE = GEODATA_DIR / "basemap.geojson"
TILES_ENV = "MAPAPP_TILES"
OFFLINE_ENV = "MAPAPP_OFFLINE"
OFFLINE, CUSTOM = "offline", "custom"
PANE = "mapappBasemap"
PANE_Z_INDEX = 150  # below Leaflet's tilePane (200): tiles, where they load, cover it
SEA, LAND, BORDER = "#c9dde9", "#f3f0e8", "#a89f91"
WORLD_SHIFTS = (-360, 0, 360)  # longitudes of the copies drawn (views past ±180 have land)
REFERRER_POLICY = "strict-origin-when-cross-origin"  # OSM needs a Referer; send the origin
NATURAL_EARTH = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
# Key → (label, xyzservices name); None for ours alone, CUSTOM for MAPAPP_TILES.
BASEMAPS: dict[str, tuple[str, str | None]] = {
    OFFLINE: ("Natural Earth only (offline)", None),
    "osm": ("OpenStreetMap", "OpenStreetMap.Mapnik"),
    "topo": ("OpenTopoMap", "OpenTopoMap"),
    "hot": ("OpenStreetMap Humanitarian", "OpenStreetMap.HOT"),
    CUSTOM: ("Our tile server", CUSTOM),
}
DEFAULT_BASEMAP = "osm"
QUERY_KEY = "basemap"  # the page's query-string parameter (and widget key) for the choice
OFFLINE_NOTE = "Offline mode: the map is drawn from the bundled Natural Earth basemap."
_TRUE = frozenset({"1", "true", "yes", "on"})
_TILE_URL = re.compile(r"^https?://\S+$")


@dataclass(frozen=True)
class TileSource:
    """A tile server: URL template (``{z}``, ``{x}``, ``{y}``; ``{s}`` for subdomains) and
    the attribution its terms require (HTML)."""

    url: str
    attribution: str
    max_zoom: int = 19
    subdomains: str = "abc"


def _environ(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def offline_mode(environ: Mapping[str, str] | None = None) -> bool:
    """True when ``MAPAPP_OFFLINE`` is ``1``/``true``/``yes``/``on``: no request may leave."""
    return _environ(environ).get(OFFLINE_ENV, "").strip().lower() in _TRUE


def custom_tiles(environ: Mapping[str, str] | None = None) -> TileSource | None:
    """The tile server named by ``MAPAPP_TILES``, or None when it is not set.

    Raises
    ------
    UsageError
        When the value is not an http(s) URL template with ``{z}``, ``{x}`` and ``{y}``
        followed by an attribution.
    """
    value = _environ(environ).get(TILES_ENV, "").strip()
    if not value:
        return None
    url, _, attribution = value.partition(" ")
    fix = (
        f"set {TILES_ENV} to a tile URL template, a space and the attribution, e.g. "
        "'https://tiles.example.org/{z}/{x}/{y}.png © Example Org'"
    )
    if not _TILE_URL.match(url) or not all(k in url for k in ("{z}", "{x}", "{y}")):
        raise UsageError(f"{TILES_ENV} {quote(url)}: not an http(s) tile URL template — {fix}")
    if not attribution.strip():
        raise UsageError(
            f"{TILES_ENV} {quote(url)}: no attribution (tile servers require one) — {fix}"
        )
    return TileSource(url, attribution.strip())


def basemap_choices(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The basemaps one may choose: only ``offline`` in offline mode; ``custom`` when set."""
    if offline_mode(environ):
        return (OFFLINE,)
    keys = tuple(k for k in BASEMAPS if k != CUSTOM)
    return (*keys, CUSTOM) if custom_tiles(environ) is not None else keys


def default_basemap(environ: Mapping[str, str] | None = None) -> str:
    """``offline`` in offline mode, ``custom`` when ``MAPAPP_TILES`` is set, else ``osm``."""
    if offline_mode(environ):
        return OFFLINE
    return CUSTOM if custom_tiles(environ) is not None else DEFAULT_BASEMAP


def basemap_settings(
    environ: Mapping[str, str] | None = None,
) -> tuple[tuple[str, ...], str, str | None]:
    """The basemap choices, the default one, and a message when ``MAPAPP_TILES`` is malformed.

    For the page: a malformed setting must not take it down, so the message is shown and the
    setting ignored. In offline mode the only choice is ``offline``.
    """
    try:
        return basemap_choices(environ), default_basemap(environ), None
    except UsageError as err:
        rest = dict(_environ(environ))
        rest.pop(TILES_ENV, None)
        return basemap_choices(rest), default_basemap(rest), f"{err} (ignored)"


def basemap_label(key: str) -> str:
    """How a basemap choice is shown (and written in the page's URL)."""
    return BASEMAPS.get(key, (key, None))[0]


def tile_source(choice: str, environ: Mapping[str, str] | None = None) -> TileSource | None:
    """The tiles of a basemap choice (None for ``offline``).

    Raises
    ------
    UsageError
        For an unknown choice, or ``custom`` without (or with a malformed) ``MAPAPP_TILES``.
    """
    if choice not in BASEMAPS:
        raise UsageError(
            f"basemap {quote(choice)} is not one of {', '.join(BASEMAPS)} — pick one of these"
        )
    provider = BASEMAPS[choice][1]
    if provider is None:
        return None
    if provider == CUSTOM:
        source = custom_tiles(environ)
        if source is None:
            raise UsageError(
                f"basemap 'custom' needs {TILES_ENV} — set it to a tile URL template, a space "
                "and the attribution"
            )
        return source
    return _catalogue_source(provider)


@lru_cache(maxsize=8)
def _catalogue_source(name: str) -> TileSource:
    """A provider of the xyzservices catalogue (looked up once: it costs ~5 ms a page run)."""
    tiles = xyzservices.providers.query_name(name)
    return TileSource(
        tiles.build_url(fill_subdomain=False, scale_factor=""),
        tiles.html_attribution,
        int(tiles.get("max_zoom", 19)),
        str(tiles.get("subdomains", "abc")),
    )


def tile_layer(source: TileSource) -> folium.TileLayer:
    """A folium tile layer that sends the page's origin as Referer (tile policies ask it)."""
    # Handed over as a provider object: given a URL string, folium first searches the whole
    # xyzservices catalogue for a provider of that name (~5 ms on every page run).
    provider = xyzservices.TileProvider(
        name="tiles",
        url=source.url,
        attribution=source.attribution,
        html_attribution=source.attribution,
        max_zoom=source.max_zoom,
        subdomains=source.subdomains,
    )
    return folium.TileLayer(provider, referrerPolicy=REFERRER_POLICY)


@lru_cache(maxsize=1)
def basemap_json() -> str:
    """``geodata/basemap.geojson`` as JSON text safe inside a ``<script>``, read once."""
    import orjson

    return script_json(orjson.loads(BASEMAP_FILE.read_bytes()))


class NaturalEarthLayer(MacroElement):
    """Land, sea and borders from Natural Earth, drawn below any tiles; never clickable.

    The sea is the map's background colour; land and borders are one Leaflet GeoJSON layer in
    its own pane (with its own canvas), under the tile pane. It is not listed in the layer
    control: it is the background, not a layer of events.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            map.getContainer().style.background = {{ this.sea|tojson }};
            var pane = map.createPane({{ this.pane|tojson }});
            pane.style.zIndex = {{ this.z_index }};
            pane.style.pointerEvents = "none";
            var data = {{ this.data_js }};
            /* The world and a copy either side: a view across the antimeridian (Fiji and
               Samoa) or panned past it still has land, as tiles do. */
            {{ this.world_shifts|tojson }}.forEach(function (shift) {
                L.geoJSON(data, {
                    pane: {{ this.pane|tojson }},
                    interactive: false,
                    attribution: {{ this.attribution|tojson }},
                    coordsToLatLng: function (c) { return L.latLng(c[1], c[0] + shift); },
                    style: function (feature) {
                        return feature.properties.kind === "land"
                            ? {stroke: false, fill: true, fillColor: {{ this.land|tojson }},
                               fillOpacity: 1}
                            : {color: {{ this.border|tojson }}, weight: 0.8, fill: false};
                    }
                }).addTo(map);
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "NaturalEarthLayer"
        self.sea, self.land, self.border = SEA, LAND, BORDER
        self.pane, self.z_index = PANE, PANE_Z_INDEX
        self.world_shifts = list(WORLD_SHIFTS)
        self.attribution = NATURAL_EARTH
        self.data_js = basemap_json()

    def render(self, **kwargs: Any) -> str:
        """Add the script to the Figure as it is: 120 KB of coordinates are not a template."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("a NaturalEarthLayer is rendered inside a folium Map (add it first)")
        script = self._template.module.script(self, kwargs)
        figure.script.add_child(_Script(script), name=self.get_name())
        return ""


def add_basemap(
    m: folium.Map,
    tiles: str | None = None,
    attribution: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> folium.TileLayer | None:
    """Draw our basemap on ``m`` and, unless ``tiles`` is ``offline`` or None, tiles over it.

    Parameters
    ----------
    m : folium.Map
        A map made with ``tiles=None``.
    tiles : str or None
        A key of :data:`BASEMAPS`, another folium/xyzservices provider name, or a tile URL
        template (then ``attribution`` is required); None: ours alone.
    attribution : str, optional
        For a URL template: the attribution its terms require (HTML).
    environ : mapping, optional
        Where ``MAPAPP_TILES`` is read (default: ``os.environ``).

    Returns
    -------
    folium.TileLayer or None
        The tile layer added, if any.

    Raises
    ------
    UsageError
        As :func:`tile_source`, and for a tile URL without attribution.
    """
    NaturalEarthLayer().add_to(m)
    if tiles is None or tiles in BASEMAPS:
        source = tile_source(tiles or OFFLINE, environ)
        if source is None:
            return None
        layer = tile_layer(source)
    else:
        layer = _named_tiles(tiles, attribution)
    layer.add_to(m)
    return layer


def _named_tiles(tiles: str, attribution: str | None) -> folium.TileLayer:
    """A folium/xyzservices provider by name, or a URL template with its attribution."""
    try:
        return folium.TileLayer(tiles, attr=attribution, referrerPolicy=REFERRER_POLICY)
    except ValueError as err:
        raise UsageError(
            f"tiles {quote(tiles)}: {err} — pass attribution='© the tile provider' "
            f"(tile providers require it), or use one of {', '.join(BASEMAPS)}"
        ) from err


def with_background(
    base_map: folium.Map, choice: str, environ: Mapping[str, str] | None = None
) -> folium.Map:
    """A copy of a base map (made with ``tiles="offline"``) with the chosen tiles, for st_folium.

    A copy, because st_folium changes the map it is given. The tile layer stays out of the
    layer control (a lone radio button says nothing). In offline mode the choice is ignored
    (no tiles) and Leaflet travels inside the component's HTML as ``data:`` URLs
    (:func:`mapapp.render.assets.embed_assets`), so nothing is requested from outside.

    Raises
    ------
    UsageError
        For an unknown choice, or ``custom`` without a usable ``MAPAPP_TILES``.
    """
    m = copy.deepcopy(base_map)
    offline = offline_mode(environ)
    source = None if offline else tile_source(choice, environ)
    if source is not None:
        layer = tile_layer(source)
        layer.control = False
        layer.add_to(m)
    if offline:
        embed_assets(m)
    return m
