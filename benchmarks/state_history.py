"""Import the Office of the Historian's travels and visits folders: time, accounting, quality.

    .venv/bin/python benchmarks/state_history.py TRAVELS_DIR VISITS_DIR

``TRAVELS_DIR`` and ``VISITS_DIR`` are checkouts (or copies) of ``HistoryAtState/travels`` and
``HistoryAtState/visits``. Prints, in a fresh process:

* the import time of both folders (gazetteer loading included, as a user of ``mapapp import``
  waits for it), and a second, warm import;
* every record accounted for: records in the files (counted with ``xml.etree``, independently of
  mapapp's parser) = imported + merged into a duplicate + rejected;
* the figures of the issue's "done when": trips with the record's dates, its country and the
  traveller among the actors; trips placed within 50 km of the city the gazetteer knows for the
  first place of their locale (in the record's country); visits dated and on the map.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.readers import read_file  # noqa: E402  (after the path is set)
from mapapp.readers.state_actors import canonical  # noqa: E402
from mapapp.readers.state_places import country_of, find_place  # noqa: E402

NEAR_KM = 50.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _raw_records(folder: Path, tag: str) -> dict[str, ET.Element]:
    """Every <trip>/<visit> of the folder by id, read with the standard library's parser."""
    out: dict[str, ET.Element] = {}
    for path in sorted(folder.rglob("*.xml")):
        root = ET.parse(path).getroot()
        for element in root.iter(tag):
            out[(element.findtext("id") or "").strip()] = element
    return out


def _pct(part: int, whole: int) -> str:
    return f"{part:,} / {whole:,} = {100 * part / whole:.1f}%" if whole else "n/a"


def account(name: str, raw: dict[str, ET.Element], result, prefix: str) -> None:
    """Print how every record of the files ended."""
    events = result.events
    imported = set(events["record_id"].astype(str))
    merged = {
        m.removeprefix(prefix)
        for cell in events.get("merged_records", [])
        if isinstance(cell, str)
        for m in cell.split("; ")
    }
    rejected = {p.message.split(":")[0].split()[-1] for p in result.rejected if p.row}
    missing = set(raw) - imported - merged - rejected
    print(
        f"{name}: {len(raw):,} records in the files = {len(imported):,} imported "
        f"({len(events):,} events) + {len(merged):,} merged into a duplicate + "
        f"{len(rejected):,} rejected; unaccounted: {len(missing)}"
    )


def trip_quality(raw: dict[str, ET.Element], events) -> None:
    """Dates, country, traveller; and placement near the gazetteer's city."""
    by_record = {rid: group for rid, group in events.groupby(events["record_id"].astype(str))}
    good = 0
    near = knowable = 0
    for rid, group in by_record.items():
        element = raw[rid]
        first = group.iloc[0]
        start = element.findtext("start-date").strip()
        end = element.findtext("end-date").strip()
        dated = str(first["date_start"].date()) == start and str(first["date_end"].date()) >= end
        name = " ".join(element.findtext("name").split())
        traveller = canonical().get(name, name) in first["actors"]  # actors.csv's name if any
        good += bool(dated and first["country_code"] and traveller)
        locale = " ".join((element.findtext("locale") or "").split())
        first_name = locale.split(",")[0].split("(")[0].strip()
        country = element.find("country")
        where = country_of(country.get("id", ""), " ".join((country.text or "").split()))
        place = find_place(first_name, where.search) if first_name else None
        if place is None or place.precision == "country":
            continue
        knowable += 1
        near += any(
            g is not None and _km(g.y, g.x, place.lat, place.lon) <= NEAR_KM for g in group.geometry
        )
    print(
        f"trips with the record's dates, a country and the traveller: {_pct(good, len(by_record))}"
    )
    print(
        f"trips whose first place the gazetteer knows in their country, placed within "
        f"{NEAR_KM:.0f} km of it: {_pct(near, knowable)}"
    )
    placed = int(
        events.groupby(events["record_id"].astype(str))["location_precision"]
        .first()
        .isin(["city", "exact_site", "region"])
        .sum()
    )
    share = _pct(placed, len(by_record))
    print(f"trips placed at a city, site or region (not only the country): {share}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("travels", type=Path)
    parser.add_argument("visits", type=Path)
    args = parser.parse_args()
    t0 = time.perf_counter()
    travels = read_file(args.travels)
    t1 = time.perf_counter()
    visits = read_file(args.visits)
    t2 = time.perf_counter()
    print(
        f"import, cold (gazetteer loaded on first use): travels {t1 - t0:.2f} s, visits "
        f"{t2 - t1:.2f} s, both {t2 - t0:.2f} s"
    )
    t3 = time.perf_counter()
    read_file(args.travels)
    read_file(args.visits)
    print(f"import, warm (second time in the process): both {time.perf_counter() - t3:.2f} s")
    raw_trips, raw_visits = _raw_records(args.travels, "trip"), _raw_records(args.visits, "visit")
    account("trips", raw_trips, travels, "state-travel-")
    account("visits", raw_visits, visits, "state-visit-")
    trip_quality(raw_trips, travels.events)
    v = visits.events
    ok = int((v["date_start"].notna() & v.geometry.notna()).sum())
    print(f"visits dated and on the map: {_pct(ok, len(raw_visits))}")
    inferred = int((v["location_basis"] == "inferred").sum())
    print(
        f"visits placed in Washington, DC by inference (no place given): {_pct(inferred, len(v))}"
    )


if __name__ == "__main__":
    main()
