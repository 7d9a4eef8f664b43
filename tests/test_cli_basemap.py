"""``mapapp export --format html``: self-contained by default; --basemap and --tiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.cli import BASEMAP_CHOICES, main
from mapapp.render.basemap import BASEMAPS


def export_html(tmp_path: Path, *args: str) -> str:
    target = tmp_path / "map.html"
    assert main(["export", "--format", "html", "-o", str(target), *args]) == 0
    return target.read_text(encoding="utf-8")


def test_cli_basemap_choices_are_the_render_choices() -> None:
    assert tuple(BASEMAPS) == BASEMAP_CHOICES


def test_cli_html_export_asks_no_tile_server_by_default(tmp_path: Path) -> None:
    page = export_html(tmp_path)
    assert "L.tileLayer" not in page and "Natural Earth" in page


def test_cli_html_export_with_osm_and_own_tiles(tmp_path: Path) -> None:
    assert "tile.openstreetmap.org" in export_html(tmp_path, "--basemap", "osm")
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    page = export_html(tmp_path, "--tiles", url, "--attribution", "Example Org")
    assert url in page and "Example Org" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "html", "--tiles", "https://t.example.org/{z}/{x}/{y}.png"], "attribution"),
        (["--format", "geojson", "--basemap", "osm"], "--format html only"),
        (["--format", "html", "--basemap", "osm", "--tiles", "https://x/{z}/{x}/{y}"], "not both"),
        (["--format", "csv", "--trips"], "--format html only"),
    ],
)
def test_cli_html_export_wrong_tile_options_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["export", *args, "-o", str(tmp_path / "out")]) == 2
    assert message in capsys.readouterr().err


def test_cli_html_export_trips_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--trips adds the arcs of the travel records' trips in the window, and says how many."""
    from mapapp.bundled import STATE_HISTORY_EVENTS

    window = ["--start", "2021-03-14", "--end", "2021-03-19"]
    args = ["--input", str(STATE_HISTORY_EVENTS), *window]
    assert "mapapp-trip-arrow" not in export_html(tmp_path, *args)
    page = export_html(tmp_path, *args, "--trips")
    assert "mapapp-trip-arrow" in page and "Antony John Blinken" in page
    assert "Trips: 1 drawn as arcs" in capsys.readouterr().err
