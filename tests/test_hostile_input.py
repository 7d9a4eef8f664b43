"""Hostile and careless input stays cheap and ends in a clear message (or a correct result).

Each probe of ``benchmarks/hostile.py`` runs in a process of its own at a small scale; the
assertions are about outcomes and work done (problems kept, notes' length, peak memory against
a budget far above what a correct reader needs and far below what the unbounded one used), not
about wall-clock time. ``python benchmarks/hostile.py`` prints the full-size figures.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from mapapp.errors import MAX_PROBLEMS_KEPT
from mapapp.readers.result import MAX_NOTE_CHARS, MAX_NOTES

_spec = importlib.util.spec_from_file_location(
    "hostile", Path(__file__).resolve().parent.parent / "benchmarks" / "hostile.py"
)
assert _spec and _spec.loader
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)

# Peak memory of a child that only imports mapapp and reads a small file is ~150-250 MB.
MEMORY_BUDGET_MB = 450


def _probe(name: str, scale: float = 0.02) -> dict:
    result = hostile.run_probe(name, scale)
    assert result["exit"] == 0 and not result["traceback"], result
    assert result["peak_mb"] < MEMORY_BUDGET_MB, result
    return result


def test_hostile_zip_bomb_is_refused_after_a_few_chunks():
    result = _probe("zip_bomb", scale=0.05)  # a 12.8 MiB member packed into a few bytes
    assert "unpacks to more than 200 times its packed size" in result["message"]


def test_hostile_long_quoted_header_does_not_backtrack():
    result = _probe("sniffer", scale=1.0)  # the full 66 KB
    assert result["read_seconds"] < 5, result  # was 17-20 s in csv.Sniffer's regex
    assert "has no column with the reports' URLs" in result["message"]


def test_hostile_rejected_gdelt_lines_cost_a_counter():
    result = _probe("gdelt_rejects")
    assert result["events"] == 1
    assert result["problems_kept"] == MAX_PROBLEMS_KEPT
    assert result["rows_rejected"] == 100_000
    assert "the first 1,000 problems are listed" in result["message"]


def test_hostile_csv_with_every_row_rejected_keeps_few_problems():
    result = _probe("csv_rejects")
    assert "nothing usable read" in result["message"]


def test_hostile_unknown_places_give_short_notes():
    result = _probe("unknown_places", scale=0.01)
    assert result["events"] == 2_000
    assert result["notes_chars"] <= MAX_NOTES * MAX_NOTE_CHARS


def test_hostile_dates_outside_what_the_map_shows_are_rejected():
    result = _probe("far_dates")
    assert result["events"] == 1 and result["rows_rejected"] == 2


def test_hostile_deep_property_and_boolean_coordinates_are_rejected_and_export_works():
    result = _probe("deep_property")
    assert result["events"] == 1 and result["rows_rejected"] == 2
    assert result["exported_bytes"] > 0


def test_hostile_device_as_data_file_is_refused_at_once():
    result = _probe("device")
    assert "is not a regular file" in result["message"]


def test_hostile_large_upload_is_read_without_stalling_the_server():
    result = _probe("large_upload", scale=0.1)  # 3,900 events in a worker process
    assert result["events"] == 150 * 26
    assert result["stall_ms"] < 1_000, result


@pytest.mark.parametrize("name", sorted(hostile.PROBES))
def test_hostile_every_probe_is_tested_here(name):
    assert f'"{name}"' in Path(__file__).read_text(encoding="utf-8")


def _zipped(compression: int, content: bytes) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        archive.writestr("events.csv", content)
    return buffer.getvalue()


@pytest.mark.parametrize("method", ["ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2"])
def test_hostile_genuine_zips_are_read_whatever_their_compression(method):
    import zipfile

    from mapapp.readers import read_bytes

    csv = (Path(__file__).parent / "data" / "import" / "generic_latlon.csv").read_bytes()
    plain = read_bytes(csv, "events.csv")
    zipped = read_bytes(_zipped(getattr(zipfile, method), csv), "events.zip")
    assert zipped.events.drop(columns="event_id").equals(plain.events.drop(columns="event_id"))


def test_hostile_lzma_zip_gets_a_clear_message():
    import zipfile

    from mapapp.errors import DataFileError
    from mapapp.readers import read_bytes

    with pytest.raises(DataFileError, match="packed with LZMA"):
        read_bytes(_zipped(zipfile.ZIP_LZMA, b"title,url\nx,https://e.org\n"), "events.zip")
