"""Hostile and careless input: what each probe costs in time and memory, in a process of its own.

    python benchmarks/hostile.py                  # every probe at full size, a table
    python benchmarks/hostile.py --scale 0.01     # small sizes, as the tests run them
    python benchmarks/hostile.py zip_bomb --json  # one probe, JSON

Each probe builds its input in the parent, then a child process reads it the way the page or the
command line would; the child reports its own peak memory (``VmHWM``). The outcome is the message
the user would see (or a count of what was read). A probe passes when it ends with a clear
message or a correct result, not a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each probe: (what it is, the input's size at scale 1, a function of the scale that writes the
# input file and returns the Python statement the child runs on it).
MiB = 1024 * 1024


def _zip_bomb(scale: float, folder: Path) -> tuple[Path, str]:
    size = max(int(256 * MiB * scale), 4 * MiB)
    path = folder / "bomb.zip"
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_BZIP2) as archive,
        archive.open("events.csv", "w") as member,
    ):
        for _ in range(size // MiB):
            member.write(b"a" * MiB)
    return path, "upload"


def _sniffer(scale: float, folder: Path) -> tuple[Path, str]:
    path = folder / "quotes.csv"
    path.write_text("title" + '\n"a' * max(int(22_000 * scale), 2_000), encoding="utf-8")
    return path, "upload"


def _gdelt_rejects(scale: float, folder: Path) -> tuple[Path, str]:
    path = folder / "20221205.export.CSV"
    fixture = ROOT / "tests" / "data" / "import" / "gdelt.export.CSV"
    first = fixture.read_text(encoding="utf-8").splitlines()[0]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(first + "\n")
        fh.write("x\n" * max(int(5_000_000 * scale), 10_000))
    return path, "upload-gdelt"


def _csv_rejects(scale: float, folder: Path) -> tuple[Path, str]:
    path = folder / "all-bad.csv"
    rows = max(int(15 * MiB * scale / 60), 5_000)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("title,date,status,url\n")
        for i in range(rows):
            fh.write(f"Talks {i},2022-13-45,maybe-{i},https://example.org/{i}\n")
    return path, "upload"


def _unknown_places(scale: float, folder: Path) -> tuple[Path, str]:
    path = folder / "places.csv"
    rows = max(int(200_000 * scale), 2_000)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("title,date,place,url\n")
        for i in range(rows):
            fh.write(f"Talks {i},2022-01-01,Nowhere-{i:07d}-ville,https://example.org/{i}\n")
    return path, "upload"


def _far_dates(scale: float, folder: Path) -> tuple[Path, str]:
    path = folder / "dates.csv"
    path.write_text(
        "title,date,place,url\n"
        "Typo,2922-05-01,Doha,https://example.org/a\n"
        "Old,1494-01-01,Doha,https://example.org/b\n"
        "Fine,2022-05-01,Doha,https://example.org/c\n",
        encoding="utf-8",
    )
    return path, "upload"


def _deep_property(scale: float, folder: Path) -> tuple[Path, str]:
    value: object = "x"
    for _ in range(300):
        value = [value]
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [51.5, 25.3]},
                "properties": {"title": "Deep", "url": "https://example.org/d", "deep": value},
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [True, False]},
                "properties": {"title": "Bools", "url": "https://example.org/b"},
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [51.5, 25.3]},
                "properties": {"title": "Fine", "url": "https://example.org/f"},
            },
        ],
    }
    path = folder / "deep.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path, "export"


def _large_upload(scale: float, folder: Path) -> tuple[Path, str]:
    import geopandas as gpd
    import pandas as pd

    from mapapp.bundled import BUNDLED_EVENTS
    from mapapp.export import to_geojson_bytes
    from mapapp.readers import read_events

    events = read_events(BUNDLED_EVENTS)
    copies = max(int(1_500 * scale), 100)  # 1,500 copies: 39,000 events, about 50 MB
    big = pd.concat([events] * copies, ignore_index=True)
    big["event_id"] = [f"e{i}" for i in range(len(big))]
    path = folder / "large.geojson"
    path.write_bytes(to_geojson_bytes(gpd.GeoDataFrame(big, geometry="geometry", crs=4326)))
    return path, "upload-page"


def _device(scale: float, folder: Path) -> tuple[Path, str]:
    return Path("/dev/zero"), "file"


PROBES: dict[str, tuple[str, Callable[[float, Path], tuple[Path, str]]]] = {
    "zip_bomb": ("a bzip2 zip holding a 256 MiB member, uploaded", _zip_bomb),
    "sniffer": ("'title' + '\\n\"a' * 22,000 (66 KB), uploaded", _sniffer),
    "gdelt_rejects": ("a GDELT row plus 5,000,000 lines of 'x', uploaded", _gdelt_rejects),
    "csv_rejects": ("15 MB of CSV with every row rejected, uploaded", _csv_rejects),
    "unknown_places": ("200,000 places the gazetteer does not know, uploaded", _unknown_places),
    "far_dates": ("events dated 2922 and 1494 beside a good one", _far_dates),
    "deep_property": ("a property nested 300 deep, coordinates [true, false]", _deep_property),
    "device": ("/dev/zero as the data file", _device),
    "large_upload": ("a 50 MB GeoJSON of good events, uploaded in the page", _large_upload),
}

# What the child runs: read the file as the page reads an upload (or as the CLI reads a file),
# and print one JSON line: the outcome a person would see.
_CHILD = r"""
import json, sys, threading, time
from mapapp.errors import MapAppError
from mapapp.readers import read_bytes, read_file
try:
    from mapapp.readers.limits import UPLOAD, reading_under
except ImportError:  # an older checkout (--code), measured for comparison
    import contextlib
    UPLOAD, reading_under = None, lambda limits: contextlib.nullcontext()
path, how = sys.argv[1], sys.argv[2]
out = {}
# A ticker thread stands in for the server's other visitors: the longest gap between its ticks
# is how long reading this file kept every other thread of the process waiting.
gaps, done = [0.0], threading.Event()
def tick():
    last = time.perf_counter()
    while not done.wait(0.005):
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last)
        last = now
ticker = threading.Thread(target=tick)
ticker.start()
start = time.perf_counter()
try:
    if how == "upload-page":
        try:
            from mapapp.readers.isolated import read_isolated
        except ImportError:
            read_isolated = read_bytes
        result = read_isolated(open(path, "rb").read(), path.rsplit("/", 1)[-1])
    elif how.startswith("upload"):
        data = open(path, "rb").read()
        with reading_under(UPLOAD):
            result = read_bytes(data, path.rsplit("/", 1)[-1])
    else:
        result = read_file(path)
    out["events"] = len(result.events)
    out["problems_kept"] = len(result.rejected)
    out["rows_rejected"] = result.rejected_rows
    out["problems_total"] = getattr(result.rejected, "total", len(result.rejected))
    out["notes_chars"] = sum(len(n) for n in result.notes)
    out["message"] = result.summary()
    if how == "export":
        from mapapp.export import to_geojson_bytes
        out["exported_bytes"] = len(to_geojson_bytes(result.events))
except MapAppError as err:
    out["message"] = str(err).splitlines()[0]
out["read_seconds"] = round(time.perf_counter() - start, 2)
done.set()
ticker.join()
out["stall_ms"] = round(gaps[0] * 1000)
# The peak resident memory of this program alone: VmHWM belongs to the address space made at
# exec (a wait4/getrusage figure would include the parent copied by fork before exec).
with open("/proc/self/status") as status:
    hwm = next(line for line in status if line.startswith("VmHWM:"))
out["peak_mb"] = round(int(hwm.split()[1]) / 1024, 1)
print(json.dumps(out))
"""


def run_probe(name: str, scale: float, code: Path = ROOT) -> dict[str, object]:
    """Build the probe's input, read it in a child process; time, peak memory and outcome.

    ``code`` is the checkout whose ``mapapp`` the child imports (another one to compare).
    """
    with tempfile.TemporaryDirectory() as folder:
        path, how = PROBES[name][1](scale, Path(folder))
        size = path.stat().st_size if path.is_file() else 0
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), how],
            cwd=code,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(code)},
        )
        stdout, stderr = child.stdout.read(), child.stderr.read()  # type: ignore[union-attr]
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    outcome = json.loads(stdout.decode().strip().splitlines()[-1]) if stdout.strip() else {}
    return {
        "probe": name,
        "what": PROBES[name][0],
        "scale": scale,
        "input_mb": round(size / MiB, 2),
        "seconds": round(seconds, 2),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),  # replaced by the child's own VmHWM
        "exit": os.waitstatus_to_exitcode(status),
        "traceback": "Traceback" in stderr.decode(errors="replace"),
        **outcome,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("probes", nargs="*", choices=[*PROBES, []], default=[])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = the sizes in the table")
    parser.add_argument("--json", action="store_true", help="one JSON line per probe")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to measure")
    args = parser.parse_args()
    for name in args.probes or list(PROBES):
        result = run_probe(name, args.scale, args.code.resolve())
        if args.json:
            print(json.dumps(result))
        else:
            print(
                f"{name:15} {result['input_mb']:>8} MB  read {result.get('read_seconds')!s:>6} s "
                f"(process {result['seconds']:>6} s)  {result['peak_mb']:>7} MB peak  "
                f"stall {result.get('stall_ms')!s:>5} ms  "
                f"{str(result.get('message'))[:100]}"
            )


if __name__ == "__main__":
    main()
