"""Where the page's map looks: the opening view, fitting results, flying to an event or a place.

Computed without Streamlit (tested in tests/test_view.py). ``st_folium`` moves an existing map
only by ``center`` and ``zoom`` (a new ``folium.Map`` would remount the frame and lose the
markers), so every view here is a :class:`MapView` (centre and zoom), worked out from a box and
the map's size in pixels the way Leaflet's ``fitBounds`` does it (Web Mercator, 256-px tiles).

* :func:`densest_bounds` — the smallest box holding ~70% of the mappable events: the page opens
  there rather than on the whole world (a few far-away events no longer shrink the region that
  matters to a strip of the map).
* :func:`fit_view` — the view that shows a box (after a filter change: the results).
* :func:`view_bounds` — the box a view shows (the layers of the opening view are drawn before
  the map has reported its own).
* :func:`focus_view` — the view on one event (a table, list or keyboard selection).
* :func:`place_view` — the view on a place of the offline gazetteer ("Fly to a place": Doha).
* :func:`view_param` / :func:`parse_view` — the view in the shareable link (``view=lat,lon,zoom``).
* :func:`moved_by_user` — did the user pan or zoom since the page last set the view?
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from mapapp import gazetteer
from mapapp.errors import UsageError

Bounds = list[list[float]]  # [[south, west], [north, east]], as folium and Leaflet write it
TILE_PX = 256
MAX_LAT = 85.0511287798  # Web Mercator's edge
MAX_FIT_ZOOM = 12  # a fit never zooms closer than a city district
FOCUS_ZOOM = 8  # a selected event is shown at least this close (its region, its neighbours)
DENSE_SHARE = 0.7  # share of the events the opening view holds
DENSE_SAMPLE = 400  # events considered when looking for the densest box (evenly by latitude)
# Zoom for a place of each gazetteer precision.
PLACE_ZOOM = {"exact_site": 13, "city": 10, "region": 7, "country": 5}
# The map's size before the browser has reported it: the page's map at 1400×900.
DEFAULT_SIZE = (940, 480)


@dataclass(frozen=True)
class MapView:
    """A map view: centre (``lat``, ``lon``) and Leaflet zoom level."""

    lat: float
    lon: float
    zoom: int

    @property
    def center(self) -> list[float]:
        """``[lat, lon]`` as ``st_folium(center=...)`` takes it."""
        return [self.lat, self.lon]


WORLD = MapView(20.0, 0.0, 2)  # where the map opens before the page sets its view


def _mercator_y(lat: float | np.ndarray) -> float | np.ndarray:
    """Web Mercator y of a latitude, in units of the world's width (0 at the equator)."""
    rad = np.radians(np.clip(lat, -MAX_LAT, MAX_LAT))
    return np.log(np.tan(np.pi / 4 + rad / 2)) / (2 * np.pi)


def fit_view(
    bounds: Bounds | None,
    size: tuple[int, int] = DEFAULT_SIZE,
    *,
    padding: int = 20,
    max_zoom: int = MAX_FIT_ZOOM,
) -> MapView | None:
    """The view showing all of ``bounds`` on a map of ``size`` (width, height) pixels.

    Like Leaflet's ``fitBounds``: the largest whole zoom at which the box, plus ``padding``
    pixels on each side, fits. None when there is no box.

    >>> fit_view([[24.0, 50.0], [26.0, 56.0]], (1000, 540))
    MapView(lat=25.00407, lon=53.0, zoom=7)
    """
    if not bounds:
        return None
    (south, west), (north, east) = bounds
    width, height = max(size[0] - 2 * padding, 1), max(size[1] - 2 * padding, 1)
    span_x = max((east - west) / 360.0, 1e-9)
    span_y = max(float(_mercator_y(north) - _mercator_y(south)), 1e-9)
    fits = min(math.log2(width / (TILE_PX * span_x)), math.log2(height / (TILE_PX * span_y)))
    zoom = math.floor(fits)
    zoom = int(min(max(zoom, 1), max_zoom))
    y_mid = (float(_mercator_y(north)) + float(_mercator_y(south))) / 2
    lat = math.degrees(2 * math.atan(math.exp(y_mid * 2 * math.pi)) - math.pi / 2)
    return MapView(round(lat, 5), round((west + east) / 2, 5), zoom)


def view_bounds(view: MapView, size: tuple[int, int] = DEFAULT_SIZE) -> Bounds:
    """The box ``[[south, west], [north, east]]`` a map of ``size`` (width, height) pixels shows
    at ``view`` (the inverse of :func:`fit_view`, without its padding).

    >>> view_bounds(MapView(0.0, 0.0, 1), (512, 512))
    [[-85.05113, -180.0], [85.05113, 180.0]]
    """
    scale = TILE_PX * 2.0**view.zoom
    half_x, half_y = size[0] / 2 / scale, size[1] / 2 / scale
    y_mid = float(_mercator_y(view.lat))

    def lat(y: float) -> float:
        y = max(-0.5, min(0.5, y))
        return round(math.degrees(2 * math.atan(math.exp(y * 2 * math.pi)) - math.pi / 2), 5)

    west, east = view.lon - half_x * 360.0, view.lon + half_x * 360.0
    return [[lat(y_mid - half_y), round(west, 5)], [lat(y_mid + half_y), round(east, 5)]]


def densest_bounds(
    lat: np.ndarray, lon: np.ndarray, share: float = DENSE_SHARE, min_span: float = 1.0
) -> Bounds | None:
    """The smallest box (by area on the map) holding ``share`` of the points, at least
    ``min_span`` degrees a side.

    Above :data:`DENSE_SAMPLE` points an even sample by latitude stands for them all, so the
    box holds about ``share`` of the events. Points are ``lat``/``lon`` degrees; longitudes
    are taken as given (no box across the antimeridian). None when there are no points.

    >>> box = densest_bounds(np.array([25.0, 25.2, 24.9, -30.0]), np.array([51.5, 51.4, 55.3, 150]))
    >>> [[round(v, 2) for v in corner] for corner in box]  # the Gulf, not Sydney
    [[24.55, 51.4], [25.55, 55.3]]
    """
    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    keep = np.isfinite(lat) & np.isfinite(lon)
    lat, lon = lat[keep], lon[keep]
    if len(lat) == 0:
        return None
    order = np.argsort(lat, kind="stable")
    if len(order) > DENSE_SAMPLE:
        order = order[np.linspace(0, len(order) - 1, DENSE_SAMPLE).round().astype(int)]
    lat, lon = lat[order], lon[order]
    n = len(lat)
    k = max(1, math.ceil(share * n - 1e-9))
    y = np.asarray(_mercator_y(lat))
    best: tuple[float, int, int, float, float] | None = None
    for i in range(n - k + 1):
        for j in range(i + k - 1, n):
            lons = np.sort(lon[i : j + 1])
            widths = lons[k - 1 :] - lons[: len(lons) - k + 1]
            t = int(np.argmin(widths))
            area = (float(y[j] - y[i]) + 1e-6) * (float(widths[t]) / 360.0 + 1e-6)
            if best is None or area < best[0]:
                best = (area, i, j, float(lons[t]), float(lons[t + k - 1]))
    assert best is not None  # n >= k >= 1: the loops ran
    _, i, j, west, east = best
    south, north = float(lat[i]), float(lat[j])
    if north - south < min_span:
        mid = (north + south) / 2
        south, north = max(mid - min_span / 2, -90.0), min(mid + min_span / 2, 90.0)
    if east - west < min_span:
        mid = (east + west) / 2
        west, east = mid - min_span / 2, mid + min_span / 2
    return [[south, west], [north, east]]


def focus_view(lat: float, lon: float, zoom_now: int | None = None) -> MapView:
    """The view on one event: centred on it, at least :data:`FOCUS_ZOOM` (closer if already)."""
    zoom = max(FOCUS_ZOOM, int(zoom_now or 0))
    return MapView(round(float(lat), 5), round(float(lon), 5), min(zoom, 18))


def place_view(name: str) -> tuple[MapView, str]:
    """The view on a place of the offline gazetteer, and how the place is called there.

    Raises
    ------
    UsageError
        When the gazetteer does not know the name (the message quotes it and says what to try).

    >>> place_view("Doha")[1]
    'Doha, QA'
    """
    text = name.strip()
    if not text:
        raise UsageError("Type a place to fly to, e.g. 'Doha' or 'Qatar'.")
    match = gazetteer.lookup(text)
    place = match.place
    if place is None:
        raise UsageError(
            f"{text!r} is not in the offline gazetteer — try a city or country name in "
            "English (e.g. 'Doha', 'Kabul', 'Qatar')"
        )
    label = f"{place.name}, {place.country_code}" if place.country_code else place.name
    zoom = PLACE_ZOOM.get(place.precision, 8)
    return MapView(round(place.lat, 5), round(place.lon, 5), zoom), label


def view_param(view: MapView) -> str:
    """The view as the link writes it: ``"25.28545,51.53096,7"``.

    >>> view_param(MapView(25.285449, 51.530961, 7))
    '25.2854,51.531,7'
    """
    return f"{round(view.lat, 4)},{round(view.lon, 4)},{int(view.zoom)}"


def parse_view(text: str | None) -> MapView | None:
    """The view a link holds (``lat,lon,zoom``), or None when it holds none or a broken one.

    A link is typed by people and tools: a value that is not three numbers in range is ignored
    rather than refused, and the page opens on its default view.

    >>> parse_view("25.28,51.53,7")
    MapView(lat=25.28, lon=51.53, zoom=7)
    >>> parse_view("north,51,7") is None
    True
    """
    if not text:
        return None
    parts = text.split(",")
    if len(parts) != 3:
        return None
    try:
        lat, lon, zoom = float(parts[0]), float(parts[1]), float(parts[2])
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -540 <= lon <= 540 and 0 <= zoom <= 18):
        return None
    return MapView(lat, lon, int(zoom))


def map_size(bounds: Bounds | None, zoom: int | None) -> tuple[int, int] | None:
    """The map's size in pixels, from the box and zoom it reported (None when unknown)."""
    if not bounds or zoom is None:
        return None
    (south, west), (north, east) = bounds
    scale = TILE_PX * 2.0**zoom
    width = (east - west) / 360.0 * scale
    height = float(_mercator_y(north) - _mercator_y(south)) * scale
    if not (width > 50 and height > 50):
        return None
    return round(width), round(height)


def moved_by_user(now: MapView | None, set_last: MapView | None, tolerance_px: float = 8) -> bool:
    """True when the map's view differs from the one the page set last (the user moved it).

    ``now`` is what the map reports; a difference of under ``tolerance_px`` pixels (rounding,
    Leaflet's own clamping) does not count.
    """
    if now is None or set_last is None:
        return False
    if now.zoom != set_last.zoom:
        return True
    scale = TILE_PX * 2.0**now.zoom
    dx = abs(now.lon - set_last.lon) / 360.0 * scale
    dy = abs(float(_mercator_y(now.lat) - _mercator_y(set_last.lat))) * scale
    return max(dx, dy) > tolerance_px
