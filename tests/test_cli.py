"""The command line: exit codes, one-line messages, RFC 7946 output, filters, atomic -o."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.cli import main
from mapapp.readers import read_events


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mapapp", *args], capture_output=True, text=True, check=False
    )


def test_cli_validate_bundled_data_is_valid():
    result = run("validate")
    assert result.returncode == 0, result.stderr
    assert "events, valid" in result.stdout


def broken_copy(tmp_path: Path, edit) -> Path:
    doc = json.loads(BUNDLED_EVENTS.read_text(encoding="utf-8"))
    edit(doc["features"])
    path = tmp_path / "broken.geojson"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda f: f[2]["properties"].update(event_type="summit"),
            ":3: event_type: 'summit' is not allowed — use one of:",
        ),
        (
            lambda f: f[0]["properties"].update(source_quote="Words the article never said."),
            ":1: source_quote: 'Words the article never said.' does not occur in the bundled",
        ),
        (
            lambda f: f[4]["properties"].update(event_id=f[0]["properties"]["event_id"]),
            ":5: event_id:",
        ),
        (
            lambda f: f[1]["properties"].update(date_end="2019-01-01"),
            ":2: date_end: 2019-01-01 is before date_start",
        ),
        (
            lambda f: f[0]["properties"].update(country_code="ZZ"),
            ":1: country_code: 'ZZ' is not an ISO 3166-1 alpha-2 code",
        ),
    ],
)
def test_cli_validate_broken_copy_exits_1_with_precise_lines(tmp_path, edit, expected):
    path = broken_copy(tmp_path, edit)
    result = run("validate", str(path))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(line.startswith(str(path)) and expected in line for line in lines), result.stderr
    assert "Traceback" not in result.stderr


def test_cli_validate_missing_file_is_a_clear_error(tmp_path):
    result = run("validate", str(tmp_path / "nope.geojson"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{tmp_path / 'nope.geojson'}: no such file — ")


def test_cli_export_geojson_is_rfc7946_and_complete():
    result = run("export", "--format", "geojson")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert len(doc["features"]) == len(read_events(BUNDLED_EVENTS))
    for feature in doc["features"]:
        assert feature["id"] == feature["properties"]["event_id"]
        if feature["geometry"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert -90 <= lat <= 90 and -180 <= lon <= 180


def test_cli_export_filters_by_window_type_and_country():
    result = run(
        "export",
        "--start",
        "2022-11-25",
        "--end",
        "2022-12-05",
        "--type",
        "meeting",
        "--country",
        "ae",
    )
    assert result.returncode == 0, result.stderr
    features = json.loads(result.stdout)["features"]
    assert features, "the UAE meetings of December 2022 overlap the window"
    for feature in features:
        props = feature["properties"]
        assert props["event_type"] == "meeting" and props["country_code"] == "AE"
        assert props["date_start"] <= "2022-12-05" and props["date_end"] >= "2022-11-25"


def test_cli_export_csv_to_file(tmp_path):
    out = tmp_path / "events.csv"
    assert main(["export", "--format", "csv", "-o", str(out)]) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("event_id,title,") and header.endswith(",lat,lon")
    assert len(read_events(out)) == len(read_events(BUNDLED_EVENTS))


def test_cli_export_bad_input_leaves_no_output(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    out = tmp_path / "out.geojson"
    result = run("export", "--input", str(bad), "-o", str(out))
    assert result.returncode == 1
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--start", "20-12-2022"],
        ["export", "--format", "kml"],
        ["frobnicate"],
        ["export", "--start", "2022-12-05", "--end", "2022-11-25"],
    ],
)
def test_cli_wrong_usage_exits_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_cli_entry_point_is_installed():
    assert shutil.which("mapapp", path=str(Path(sys.executable).parent))


ARTICLE = BUNDLED_EVENTS.parent / "sources" / "voa-2022-12-20-frustrated-with-the-taliban.txt"


def test_cli_extract_bundled_article_takes_date_and_url_from_sources():
    result = run("extract", str(ARTICLE))
    assert result.returncode == 0, result.stderr
    features = json.loads(result.stdout)["features"]
    assert features
    props = features[0]["properties"]
    assert props["source_published"] == "2022-12-20"
    assert props["source_url"].startswith("https://www.voanews.com/")


def test_cli_extract_unknown_article_needs_published_and_url(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The envoy met the minister in Doha on Monday.", encoding="utf-8")
    result = run("extract", str(article))
    assert result.returncode == 2 and "give --published and --url" in result.stderr
    result = run(
        "extract", str(article), "--published", "2022-12-20", "--url", "https://example.org/a"
    )
    assert result.returncode == 0, result.stderr
    props = json.loads(result.stdout)["features"][0]["properties"]
    assert props["date_start"] == "2022-12-19" and props["country_code"] == "QA"


@pytest.mark.parametrize("output", ["", "{tmp}", "{tmp}/missing/out.geojson"])
def test_cli_bad_output_path_is_one_line_and_exit_2(tmp_path, output):
    out = run("export", "-o", output.format(tmp=tmp_path))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("mapapp: ")
    assert "Traceback" not in out.stderr
