"""The page shows any file that `mapapp validate` accepts, at the edges of what it accepts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapapp.model import EARLIEST_DATE, LATEST_DATE

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "streamlit_app.py")


def _csv(rows: list[tuple[str, str, str]]) -> str:
    lines = [
        "event_id,title,event_type,status,date_start,date_end,date_precision,"
        "location_precision,location_basis,lat,lon,country_code,actors,source_url,"
        "source_quote"
    ]
    for event_id, start, end in rows:
        precision = "day" if start == end else "range"
        lines.append(
            f"{event_id},Talks {event_id},meeting,occurred,{start},{end},{precision},city,"
            f"stated,25.29,51.53,QA,A; B,https://example.org/{event_id},They met."
        )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "rows",
    [
        [("first", EARLIEST_DATE, EARLIEST_DATE), ("last", LATEST_DATE, LATEST_DATE)],
        [("span", EARLIEST_DATE, LATEST_DATE)],
        [("one", "2022-12-05", "2022-12-05")],
    ],
    ids=["both-edges", "whole-range", "one-day"],
)
def test_page_shows_every_file_validate_accepts(monkeypatch, tmp_path, rows):
    path = tmp_path / "edge.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mapapp", "validate", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    monkeypatch.setenv("MAPAPP_DATA", str(path))
    at = AppTest.from_file(SCRIPT, default_timeout=120).run()
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def test_page_refuses_dates_validate_refuses(monkeypatch, tmp_path):
    """A typo'd year is reported on its row by validate, and the page leaves the row out."""
    path = tmp_path / "typo.csv"
    path.write_text(
        _csv([("typo", "2922-05-01", "2922-05-01"), ("ok", "2022-05-01", "2022-05-01")]),
        encoding="utf-8",
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mapapp", "validate", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 1 and "2922-05-01 is outside the years" in checked.stderr
    monkeypatch.setenv("MAPAPP_DATA", str(path))
    at = AppTest.from_file(SCRIPT, default_timeout=120).run()
    assert not at.exception, [e.message for e in at.exception]


def test_page_cuts_a_huge_query_string_before_widgets_read_it():
    """A link of hundreds of repeated filters opens the page with each filter once."""
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.query_params["type"] = ["Meeting"] * 600 + ["Visit"]  # labels, as the page writes them
    at.query_params["actor"] = [f"Nobody {i}" for i in range(300)]
    at.query_params["junk"] = ["x" * 5_000]
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert sorted(at.multiselect(key="type").value) == ["meeting", "visit"]


def test_page_tidy_query_keeps_own_keys_once_and_short():
    from mapapp.web.page import MAX_QUERY_CHARS, MAX_QUERY_VALUES, tidy_query

    tidy = tidy_query(
        {
            "type": ["meeting"] * 600 + ["visit"],
            "q": ["x" * 5_000],
            "actor": [f"A{i}" for i in range(300)],
            "junk": ["1"],
        },
        ["type", "actor", "q"],
    )
    assert tidy is not None
    assert tidy["type"] == ["meeting", "visit"]
    assert tidy["q"] == ["x" * MAX_QUERY_CHARS]
    assert len(tidy["actor"]) == MAX_QUERY_VALUES
    assert "junk" not in tidy
