"""What the page says instead of command-line advice, and download names (mapapp.web.wording)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapapp.errors import MapAppError
from mapapp.readers import read_bytes
from mapapp.readers.result import ImportResult, raise_nothing_usable
from mapapp.web.panels import error_lines
from mapapp.web.wording import (
    MAX_NAME_CHARS,
    download_name,
    for_the_page,
    has_cli_advice,
    lines_for_the_page,
)

ROOT = Path(__file__).resolve().parent.parent
GDELT = ROOT / "tests" / "data" / "import" / "gdelt.export.CSV"
WEB = ROOT / "mapapp" / "web"
STORY = (dt.date(2019, 2, 1), dt.date(2022, 12, 20))


def test_download_name_says_dates_and_filters() -> None:
    assert download_name("geojson", STORY, types=["meeting"]) == (
        "mapapp-events-2019-02-01_2022-12-20-meeting.geojson"
    )
    assert download_name("csv", STORY, types=["visit", "meeting"], countries=["AF"]) == (
        "mapapp-events-2019-02-01_2022-12-20-visit_meeting-af.csv"
    )
    assert download_name("csv", None) == "mapapp-events.csv"
    assert (
        download_name("csv", None, text="  Doha talks!  ") == "mapapp-events-search-doha-talks.csv"
    )


def test_download_name_is_safe_and_short_for_hostile_filters() -> None:
    name = download_name(
        "geojson",
        STORY,
        actors=["../../etc/passwd", "<script>", "Ахмад Масуд", "x" * 500],
        text='a/b\\c:"d"',
    )
    stem, ext = name.rsplit(".", 1)
    assert ext == "geojson"
    assert len(stem) <= MAX_NAME_CHARS
    assert set(stem) <= set("abcdefghijklmnopqrstuvwxyz0123456789-_")


def test_download_name_counts_many_values() -> None:
    name = download_name("csv", None, types=["a", "b", "c", "d", "e"])
    assert name == "mapapp-events-a_4-more.csv"


def test_gdelt_notes_reach_the_page_without_command_line_options() -> None:
    result = read_bytes(GDELT.read_bytes(), GDELT.name, "gdelt")
    assert any(has_cli_advice(n) for n in result.notes)  # the CLI keeps its advice
    shown = lines_for_the_page(result.notes)
    assert not any(has_cli_advice(n) for n in shown)
    assert any("the page maps diplomatic events only" in n for n in shown)


def test_nothing_usable_gdelt_error_reaches_the_page_without_options() -> None:
    result = ImportResult(events=None, format="gdelt", source_rows=3)  # type: ignore[arg-type]
    with pytest.raises(MapAppError) as caught:
        raise_nothing_usable(result, "only-protests.CSV")
    lines = [for_the_page(line) for line in error_lines(caught.value)]
    assert not any(has_cli_advice(line) for line in lines)
    assert any("choose an export that holds some" in line for line in lines)


def _page_strings() -> list[tuple[str, str]]:
    """Every string constant in the page's modules that is not a docstring."""
    found = []
    for path in sorted(WEB.glob("*.py")):
        if path.name in ("serve.py", "page_script.py", "wording.py"):  # the CLI's own text
            continue
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                found.append((path.name, node.value))
    return found


def test_page_text_gives_no_command_line_advice() -> None:
    advice = [(name, s) for name, s in _page_strings() if has_cli_advice(s) or "`mapapp " in s]
    assert advice == []


def test_app_gdelt_upload_notes_speak_to_the_visitor() -> None:
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60).run()
    at.file_uploader[0].set_value((GDELT.name, GDELT.read_bytes(), "application/octet-stream"))
    at.run()
    assert not at.exception
    shown = "\n".join(c.value for c in at.sidebar.code) + "\n".join(
        t.value for t in at.sidebar.text
    )
    assert "set aside 3 non-diplomatic" in shown
    assert "--all-events" not in shown
