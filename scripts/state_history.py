"""Rebuild ``geodata/state_history.parquet`` from the Office of the Historian's XML files.

    git clone https://github.com/HistoryAtState/travels
    git clone https://github.com/HistoryAtState/visits
    .venv/bin/python scripts/state_history.py travels visits

Reads both folders the way ``mapapp import`` does (every trip and visit record; trips recorded
twice merged), prints how every record ended, and writes the events, validated, as GeoParquet.
Places the offline gazetteer lacks are listed in the notes: add them to ``geodata/places.csv``
and run this again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geopandas as gpd  # noqa: E402  (after the path is set)
import pandas as pd  # noqa: E402

from mapapp.bundled import STATE_HISTORY_EVENTS  # noqa: E402
from mapapp.model import WGS84  # noqa: E402
from mapapp.readers import read_file  # noqa: E402
from mapapp.store import write_parquet  # noqa: E402
from mapapp.validate import validate_events  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("travels", type=Path, help="a copy of HistoryAtState/travels")
    parser.add_argument("visits", type=Path, help="a copy of HistoryAtState/visits")
    parser.add_argument("-o", "--output", type=Path, default=STATE_HISTORY_EVENTS)
    args = parser.parse_args()
    frames = []
    for folder, format in ((args.travels, "state-travels"), (args.visits, "state-visits")):
        result = read_file(folder, format)
        for line in [*map(str, result.rejected), *result.notes]:
            print(f"{folder}: {line}", file=sys.stderr)
        records = result.events["record_id"].nunique()
        print(
            f"{folder}: {result.source_rows:,} records → {records:,} imported as "
            f"{len(result.events):,} events; {result.rejected_rows:,} rejected"
        )
        frames.append(result.events)
    events = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=WGS84)
    problems = validate_events(events, file=str(args.output))
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    write_parquet(events, args.output)
    print(f"wrote {len(events):,} events to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
