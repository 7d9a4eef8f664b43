"""Strict and lenient reads agree on what is valid, for every fixture and our own exports.

There is one read path; ``strict`` only decides what happens to bad rows: refused with the
whole file (``validate``, the bundled data) or reported and left out (import, uploads).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.errors import DataFileError, ValidationError
from mapapp.export import to_csv_bytes, to_geojson_bytes
from mapapp.readers import check_file, read_events, read_file

DATA = Path(__file__).parent / "data"
FIXTURES = sorted(
    p for p in DATA.rglob("*") if p.is_file() and p.suffix.lower() in (".csv", ".geojson")
)


def _variants(tmp_path: Path) -> list[Path]:
    """Our own files in the shapes the two old readers disagreed on."""
    events = read_events(BUNDLED_EVENTS)
    doc = json.loads(to_geojson_bytes(events))
    shapes = {
        "ours.geojson": doc,
        "ours.csv": None,
        "crs-wgs84.geojson": {
            **doc,
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        },
        "crs-projected.geojson": {
            **doc,
            "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
        },
        "bare-list.json": doc["features"],
        "one-bad-row.geojson": {
            **doc,
            "features": [
                {
                    **doc["features"][0],
                    "properties": {**doc["features"][0]["properties"], "date_end": "1999-01-01"},
                },
                *doc["features"][1:],
            ],
        },
    }
    paths = []
    for name, content in shapes.items():
        path = tmp_path / name
        if content is None:
            path.write_bytes(to_csv_bytes(events))
        else:
            path.write_text(json.dumps(content), encoding="utf-8")
        paths.append(path)
    return paths


def _outcome(path: Path, strict: bool):
    try:
        result = read_file(path, strict=strict)
    except ValidationError as err:
        return "refused", err.problems
    except DataFileError as err:
        return "unreadable", [str(p) for p in err.problems]
    return "read", result


def _check_agreement(path: Path) -> None:
    lenient_kind, lenient = _outcome(path, strict=False)
    strict_kind, strict = _outcome(path, strict=True)
    if lenient_kind == "unreadable":
        # A file with no usable row: strict refuses it too (with the rows' problems if any).
        assert strict_kind in ("unreadable", "refused")
        return
    if lenient.rejected:
        assert strict_kind == "refused", f"{path.name}: lenient rejected rows, strict read it"
        assert strict == lenient.rejected
    else:
        assert strict_kind == "read", f"{path.name}: strict refused a file lenient read whole"
        assert strict.events.equals(lenient.events)
    count, problems = check_file(path)
    assert count == lenient.source_rows
    assert problems == lenient.rejected


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_read_modes_agree_on_fixtures(path):
    _check_agreement(path)


def test_read_modes_agree_on_our_own_files(tmp_path):
    kinds = {}
    for path in _variants(tmp_path):
        _check_agreement(path)
        kinds[path.name] = _outcome(path, strict=True)[0]
    assert kinds == {
        "ours.geojson": "read",
        "ours.csv": "read",
        "crs-wgs84.geojson": "read",
        "crs-projected.geojson": "unreadable",
        "bare-list.json": "read",
        "one-bad-row.geojson": "refused",
    }
