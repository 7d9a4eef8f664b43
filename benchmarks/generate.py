"""Synthetic diplomatic events for benchmarks: seeded, realistic spread, every contract column.

Events cluster around real cities of the Middle East and Central/South Asia (gaussian scatter of
a few kilometres to tens of kilometres), with some country-level points at country centres and
a few unmappable events (calls, place unknown). Dates span 2018–2024 with day, range and month
precision, and a few undated events. The output is the typed event frame of
:mod:`mapapp.model`, and it passes :func:`mapapp.validate.validate_events`.

Usage::

    .venv/bin/python benchmarks/generate.py 100000 -o /tmp/events.geojson   # or .parquet / .csv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from mapapp.model import EVENT_COLUMNS, WGS84

# (name, country code, lat, lon, weight): where the events are.
CITIES: tuple[tuple[str, str, float, float, float], ...] = (
    ("Kabul", "AF", 34.5553, 69.2075, 9.0),
    ("Doha", "QA", 25.2854, 51.5310, 7.0),
    ("Tehran", "IR", 35.6892, 51.3890, 6.0),
    ("Islamabad", "PK", 33.6844, 73.0479, 6.0),
    ("Dushanbe", "TJ", 38.5598, 68.7870, 4.0),
    ("Tashkent", "UZ", 41.2995, 69.2401, 4.0),
    ("Riyadh", "SA", 24.7136, 46.6753, 4.0),
    ("Baghdad", "IQ", 33.3152, 44.3661, 4.0),
    ("Delhi", "IN", 28.6139, 77.2090, 5.0),
    ("Abu Dhabi", "AE", 24.4539, 54.3773, 3.0),
    ("Ankara", "TR", 39.9334, 32.8597, 3.0),
    ("Kandahar", "AF", 31.6289, 65.7372, 2.0),
    ("Mazar-i-Sharif", "AF", 36.7090, 67.1109, 2.0),
    ("Herat", "AF", 34.3529, 62.2040, 1.5),
    ("Peshawar", "PK", 34.0151, 71.5249, 1.5),
    ("Almaty", "KZ", 43.2220, 76.8512, 1.5),
    ("Ashgabat", "TM", 37.9601, 58.3261, 1.0),
    ("Muscat", "OM", 23.5880, 58.3829, 1.0),
)
# (country name, code, lat, lon): country-level points sit at these centres.
COUNTRIES: tuple[tuple[str, str, float, float], ...] = (
    ("Afghanistan", "AF", 33.9391, 67.7100),
    ("Pakistan", "PK", 30.3753, 69.3451),
    ("Iran", "IR", 32.4279, 53.6880),
    ("Tajikistan", "TJ", 38.8610, 71.2761),
    ("Uzbekistan", "UZ", 41.3775, 64.5853),
    ("Qatar", "QA", 25.3548, 51.1839),
    ("Saudi Arabia", "SA", 23.8859, 45.0792),
    ("Iraq", "IQ", 33.2232, 43.6793),
    ("India", "IN", 20.5937, 78.9629),
)
TYPES = (
    "meeting",
    "visit",
    "conference",
    "briefing",
    "statement",
    "agreement",
    "call",
    "military_strike",
)
TYPE_WEIGHTS = (0.40, 0.17, 0.08, 0.10, 0.08, 0.04, 0.08, 0.05)
ACTORS = (
    "Thomas West",
    "Karen Decker",
    "Rina Amiri",
    "United States",
    "Taliban",
    "Amir Khan Muttaqi",
    "Abdul Ghani Baradar",
    "Ahmad Massoud",
    "National Resistance Front",
    "Roza Otunbayeva",
    "UN Security Council",
    "Lindsey Graham",
)
PUBLISHERS = ("Voice of America", "Example Wire", "Regional Daily", "Gulf Observer")
FIRST_DAY = np.datetime64("2018-01-01", "D")
DAYS = int((np.datetime64("2024-12-31", "D") - FIRST_DAY).astype(int)) + 1


def generate_events(n: int, seed: int = 0) -> gpd.GeoDataFrame:
    """Make ``n`` synthetic events as a typed event frame.

    Parameters
    ----------
    n : int
        Number of events (0 or more).
    seed : int
        Seed of the random generator: the same (n, seed) gives the same frame.

    Returns
    -------
    GeoDataFrame
        Every contract column, EPSG:4326. About 82 % city or exact-site points, 9 % country
        points, 9 % unmappable (half the calls, and unknown places), 0.5 % undated.
    """
    if n < 0:
        raise ValueError(f"n {n!r} is negative — ask for 0 or more events")
    rng = np.random.default_rng(seed)
    idx = np.arange(n)
    etype = rng.choice(np.array(TYPES, dtype=object), size=n, p=TYPE_WEIGHTS)

    # --- place ----------------------------------------------------------------------------
    city_w = np.array([c[4] for c in CITIES])
    city = rng.choice(len(CITIES), size=n, p=city_w / city_w.sum())
    country = rng.integers(0, len(COUNTRIES), size=n)
    kind = rng.random(n)
    unknown = (kind < 0.05) | ((etype == "call") & (kind < 0.5))
    at_country = ~unknown & (kind >= 0.05) & (kind < 0.15)
    at_site = ~unknown & ~at_country & (kind > 0.85)
    scatter = np.where(at_site, 0.02, 0.12)  # degrees: a site in town, or the city's region
    lat = np.array([c[2] for c in CITIES])[city] + rng.normal(0, 1, n) * scatter
    lon = np.array([c[3] for c in CITIES])[city] + rng.normal(0, 1, n) * scatter
    lat = np.where(at_country, np.array([c[2] for c in COUNTRIES])[country], lat)
    lon = np.where(at_country, np.array([c[3] for c in COUNTRIES])[country], lon)
    place = np.array([c[0] for c in CITIES], dtype=object)[city]
    code = np.array([c[1] for c in CITIES], dtype=object)[city]
    place = np.where(at_country, np.array([c[0] for c in COUNTRIES], dtype=object)[country], place)
    code = np.where(at_country, np.array([c[1] for c in COUNTRIES], dtype=object)[country], code)
    precision = np.where(at_site, "exact_site", np.where(at_country, "country", "city"))
    precision = np.where(unknown, "unknown", precision).astype(object)
    inferred = ~unknown & (rng.random(n) < 0.08)
    basis = np.where(inferred, "inferred", "stated").astype(object)
    basis = np.where(unknown, None, basis)
    note = np.where(inferred, "The report names only the country; the capital is assumed.", None)
    place = np.where(unknown & (rng.random(n) < 0.5), None, place)
    code = np.where(unknown & (place == None), None, code)  # noqa: E711 (elementwise)
    geometry = gpd.points_from_xy(lon, lat)
    geometry[unknown] = None

    # --- dates ----------------------------------------------------------------------------
    day0 = FIRST_DAY + rng.integers(0, DAYS, size=n).astype("timedelta64[D]")
    dkind = rng.random(n)
    start, end = day0.copy(), day0.copy()
    ranged = (dkind >= 0.80) & (dkind < 0.92)
    end[ranged] = day0[ranged] + rng.integers(1, 4, size=int(ranged.sum())).astype("timedelta64[D]")
    monthly = dkind >= 0.92
    month = day0.astype("datetime64[M]")
    start[monthly] = month[monthly].astype("datetime64[D]")
    end[monthly] = (month[monthly] + 1).astype("datetime64[D]") - 1
    date_precision = np.where(monthly, "month", np.where(ranged, "range", "day")).astype(object)
    undated = rng.random(n) < 0.005
    date_precision[undated] = "unknown"
    published = end + rng.integers(0, 5, size=n).astype("timedelta64[D]")

    # --- people and sources ---------------------------------------------------------------
    n_actors = rng.integers(1, 4, size=n)
    pool = rng.integers(0, len(ACTORS), size=(n, 3))
    actors = [
        list(dict.fromkeys(ACTORS[j] for j in row[:k]))
        for row, k in zip(pool, n_actors, strict=True)
    ]
    publisher = np.array(PUBLISHERS, dtype=object)[rng.integers(0, len(PUBLISHERS), size=n)]
    where = np.where(place == None, "an undisclosed place", place)  # noqa: E711
    label = np.char.replace(np.char.capitalize(etype.astype(str)), "_", " ")
    title = np.char.add(
        np.char.add(np.char.add(label, " in "), where.astype(str)),
        np.char.add(" #", idx.astype(str)),
    )
    quote = np.char.add(
        np.char.add("Officials said the ", np.char.lower(label)),
        np.char.add(" took place in ", where.astype(str)),
    )
    frame = pd.DataFrame(
        {
            "event_id": np.char.add("syn-", np.char.zfill(idx.astype(str), 6)).astype(object),
            "title": title.astype(object),
            "summary": np.where(rng.random(n) < 0.6, "A synthetic event for benchmarks.", None),
            "event_type": etype,
            "status": rng.choice(
                np.array(["occurred", "announced", "declined", "cancelled"], dtype=object),
                size=n,
                p=(0.9, 0.06, 0.02, 0.02),
            ),
            "date_start": pd.Series(start.astype("datetime64[s]")).where(~undated),
            "date_end": pd.Series(end.astype("datetime64[s]")).where(~undated),
            "date_precision": date_precision,
            "place_name": place,
            "country_code": code,
            "location_precision": precision,
            "location_basis": basis,
            "location_note": note,
            "actors": actors,
            "host": np.where(rng.random(n) < 0.3, [a[0] for a in actors], None),
            "source_url": np.char.add("https://example.org/news/", idx.astype(str)).astype(object),
            "source_title": np.char.add("Report ", idx.astype(str)).astype(object),
            "source_publisher": publisher,
            "source_published": pd.Series(published.astype("datetime64[s]")),
            "source_quote": np.char.add(quote, ".").astype(object),
        },
        columns=list(EVENT_COLUMNS),
    )
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=WGS84)


def write_events(gdf: gpd.GeoDataFrame, path: Path) -> None:
    """Write events as GeoJSON (``.geojson``/``.json``), CSV (``.csv``) or GeoParquet."""
    from mapapp.export import write_csv, write_geojson
    from mapapp.store import write_parquet

    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        write_geojson(gdf, path)
    elif suffix == ".csv":
        write_csv(gdf, path)
    elif suffix == ".parquet":
        write_parquet(gdf, path)
    else:
        raise SystemExit(
            f"output {path}: unknown suffix {suffix!r} — use .geojson, .csv or .parquet"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of events")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help=".geojson, .csv or .parquet"
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_events(generate_events(args.n, args.seed), args.output)
    print(f"wrote {args.n} events to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
