"""Convert Natural Earth 1:110m land and borders (npm world-atlas) to geodata/basemap.geojson.

Usage (from the repository root, after ``npm ci --prefix tests/browser``, which pins
world-atlas)::

    python scripts/make-basemap.py            # writes geodata/basemap.geojson
    python scripts/make-basemap.py --check    # exit 1 when the committed file is out of date

world-atlas carries Natural Earth 4.1.0 (public domain) as TopoJSON: the ``land`` object (all
countries merged) and the ``countries`` object, whose arcs are shared by neighbours. The output
has two features: ``land`` (a MultiPolygon) and ``borders`` (a MultiLineString of the arcs that
two different countries share, i.e. land borders without the coastlines, which the land polygons
already draw). Coordinates are rounded to 0.01° (about 1 km, far below the 1:110m scale's own
accuracy) to keep the file small.

Leaflet draws a ring in plain longitude/latitude, so an edge from 179.9° to -179.9° would be
drawn across the whole world. Every polygon that crosses the antimeridian is unwrapped and cut
into its parts on either side; every border line is cut where it crosses; the result is checked.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, box, mapping

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "browser" / "node_modules" / "world-atlas" / "countries-110m.json"
TARGET = ROOT / "geodata" / "basemap.geojson"
DECIMALS = 2
Ring = list[tuple[float, float]]  # (lon, lat)


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Every arc of a quantized TopoJSON topology as absolute (lon, lat) points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def arc_points(arcs: list[Ring], index: int) -> Ring:
    """Arc ``index`` in its direction (a negative index ``~i`` is arc ``i`` reversed)."""
    return list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))


def ring_of(arcs: list[Ring], indices: list[int]) -> Ring:
    """A closed ring from its arcs; consecutive arcs share their joining point."""
    ring: Ring = []
    for index in indices:
        points = arc_points(arcs, index)
        ring.extend(points if not ring else points[1:])
    return ring


def unwrap(ring: Ring) -> Ring:
    """The ring with longitudes made continuous (a jump of more than 180° goes the short way)."""
    out = [ring[0]]
    for lon, lat in ring[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


def close_around_pole(ring: Ring) -> Ring:
    """An unwrapped ring that circles a pole (Antarctica) closed along that pole's latitude.

    Such a ring ends 360° from where it starts; it is closed by going down to the pole, across,
    and back up, so that it encloses the land and not the rest of the world.
    """
    (lon0, lat0), (lon1, lat1) = ring[0], ring[-1]
    if abs(lon1 - lon0) < 180:
        return ring
    pole = -90.0 if lat0 + lat1 < 0 else 90.0
    return [*ring, (lon1, pole), (lon0, pole), ring[0]]


def split_polygon(rings: list[Ring]) -> list[Polygon]:
    """A polygon (exterior first) cut at the antimeridian into parts inside [-180, 180]."""
    shell, *holes = (close_around_pole(unwrap(r)) for r in rings)
    shape = shapely.make_valid(Polygon(shell, holes))
    parts = []
    for shift in (-360.0, 0.0, 360.0):  # the world, and one copy either side of it
        window = box(-180 - shift, -90, 180 - shift, 90)
        piece = shapely.affinity.translate(shape.intersection(window), xoff=shift)
        parts += [p for p in getattr(piece, "geoms", [piece]) if isinstance(p, Polygon)]
    return [p for p in parts if not p.is_empty and p.area > 0]


def split_line(line: Ring) -> list[Ring]:
    """A border line cut where it crosses the antimeridian (a crossing point ends each piece)."""
    pieces: list[Ring] = [[line[0]]]
    for lon, lat in line[1:]:
        plon, plat = pieces[-1][-1]
        if abs(lon - plon) > 180:
            edge = 180.0 if plon > 0 else -180.0
            far = lon + 360 if plon > 0 else lon - 360
            t = (edge - plon) / (far - plon)
            cross = plat + t * (lat - plat)
            pieces[-1].append((edge, cross))
            pieces.append([(-edge, cross)])
        pieces[-1].append((lon, lat))
    return pieces


def rounded(points: Any) -> list[list[float]]:
    """Coordinates rounded to DECIMALS, consecutive repeats dropped."""
    out: list[list[float]] = []
    for lon, lat in points:
        point = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def land_feature(topology: dict[str, Any], arcs: list[Ring]) -> dict[str, Any]:
    polygons: list[Polygon] = []
    for geometry in topology["objects"]["land"]["geometries"]:
        for polygon in _polygons(geometry):
            polygons += split_polygon([ring_of(arcs, r) for r in polygon])
    shape = mapping(MultiPolygon(polygons))
    coordinates = [
        [rounded(ring) for ring in polygon]
        for polygon in shape["coordinates"]
        if len(rounded(polygon[0])) >= 4  # islands smaller than the rounding vanish
    ]
    return {
        "type": "Feature",
        "properties": {"kind": "land"},
        "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
    }


def _polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    return list(geometry["arcs"]) if geometry["type"] == "MultiPolygon" else []


def borders_feature(topology: dict[str, Any], arcs: list[Ring]) -> dict[str, Any]:
    """Arcs used by two different countries: land borders (coastlines belong to one country)."""
    users: Counter[int] = Counter()
    for country in topology["objects"]["countries"]["geometries"]:
        used = {i if i >= 0 else ~i for p in _polygons(country) for r in p for i in r}
        users.update(used)
    lines = [
        rounded(piece)
        for index in sorted(i for i, n in users.items() if n >= 2)
        for piece in split_line(arcs[index])
    ]
    return {
        "type": "Feature",
        "properties": {"kind": "borders"},
        "geometry": {"type": "MultiLineString", "coordinates": [ln for ln in lines if len(ln) > 1]},
    }


def crossings(document: dict[str, Any]) -> list[str]:
    """Edges that would be drawn across the map (a longitude jump of more than 180°).

    An edge along a pole (Antarctica's closing edge at -90°) lies on the map's edge: allowed.
    """
    found = []
    for feature in document["features"]:
        geometry = feature["geometry"]
        lines = (
            [ring for polygon in geometry["coordinates"] for ring in polygon]
            if geometry["type"] == "MultiPolygon"
            else geometry["coordinates"]
        )
        for line in lines:
            for (lon1, lat1), (lon2, lat2) in itertools.pairwise(line):
                if abs(lon2 - lon1) > 180 and not abs(lat1) == abs(lat2) == 90:
                    found.append(f"{feature['properties']['kind']}: {lon1} → {lon2} at {lat2}")
    return found


def build(source: Path = SOURCE) -> bytes:
    """The basemap GeoJSON (compact UTF-8 bytes, one feature per line)."""
    topology = json.loads(source.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    document = {
        "type": "FeatureCollection",
        "features": [land_feature(topology, arcs), borders_feature(topology, arcs)],
    }
    problems = crossings(document)
    if problems:
        raise SystemExit("edges across the antimeridian remain:\n" + "\n".join(problems))
    lines = [json.dumps(f, separators=(",", ":")) for f in document["features"]]
    return ('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n").encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    if not SOURCE.exists():
        print(f"{SOURCE} is missing — run `npm ci --prefix tests/browser`", file=sys.stderr)
        return 2
    data = build()
    if args.check:
        same = TARGET.exists() and TARGET.read_bytes() == data
        print(f"{TARGET.name}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    TARGET.write_bytes(data)
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
