"""read_file / read_bytes / detect_format: the entry points the CLI and the app call."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from mapapp.errors import DataFileError, UsageError
from mapapp.readers import FORMATS, NoUsableRowsError, detect_format, read_bytes, read_file

DATA = Path(__file__).parent / "data" / "import"


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("generic_latlon.csv", "csv"),
        ("generic_places.csv", "csv"),
        ("generic_odd.geojson", "geojson"),
        ("acled_old.csv", "acled"),
        ("acled_new.csv", "acled"),
        ("gdelt.export.CSV", "gdelt"),
    ],
)
def test_detect_format_fixtures(fixture, expected):
    assert detect_format(DATA / fixture) == expected
    assert expected in FORMATS


def test_read_file_and_read_bytes_agree():
    path = DATA / "acled_new.csv"
    from_file = read_file(path, name="acled.csv")
    from_bytes = read_bytes(path.read_bytes(), "acled.csv")
    assert from_file.events.equals(from_bytes.events)
    assert from_file.rejected == from_bytes.rejected
    assert all(p.file == "acled.csv" for p in from_bytes.rejected)


def test_read_file_explicit_format_overrides_detection():
    """Read as a generic CSV, an ACLED export has no URL column (ACLED has no article URLs)."""
    with pytest.raises(DataFileError, match=r"no column with the reports' URLs.*found data_id"):
        read_file(DATA / "acled_old.csv", format="csv")


def test_read_file_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown format 'shapefile'"):
        read_file(DATA / "acled_old.csv", format="shapefile")


def test_read_file_missing_file_says_so(tmp_path):
    with pytest.raises(DataFileError, match="no such file"):
        read_file(tmp_path / "nope.csv")


def test_read_file_folder_without_event_files_says_so(tmp_path):
    """A folder is read file by file; one with no data file says which files it skipped."""
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    with pytest.raises(DataFileError, match="holds no event file") as caught:
        read_file(tmp_path)
    assert "README.md" in str(caught.value)


def test_read_bytes_opens_a_zip_with_one_file():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.write(DATA / "gdelt.export.CSV", "20221205.export.CSV")
    result = read_bytes(buf.getvalue(), "20221205.export.CSV.zip")
    assert result.format == "gdelt" and len(result.events) == 9
    assert any("zip" in n for n in result.notes)


def test_no_usable_rows_error_lists_every_refusal():
    data = b"title,lat,lon,url\nA,95,10,https://e.org/a\nB,forty,10,https://e.org/b\n"
    with pytest.raises(NoUsableRowsError) as caught:
        read_bytes(data, "bad.csv")
    problems = caught.value.problems
    assert "nothing usable read: all 2 rows were rejected" in str(problems[0])
    assert [p.row for p in problems[1:]] == [2, 3]
    assert isinstance(caught.value, DataFileError)


def test_summary_counts_events_and_rejected_rows():
    result = read_file(DATA / "acled_old.csv")
    assert result.summary() == "read 5 events (acled) from 8 rows; 3 rows rejected"
