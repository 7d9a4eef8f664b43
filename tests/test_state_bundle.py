"""The bundled Office of the Historian dataset: readable, valid, documented, and refreshable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mapapp.bundled import STATE_HISTORY_EVENTS
from mapapp.readers import read_events, read_file

ROOT = Path(__file__).resolve().parent.parent
STATE = Path(__file__).parent / "data" / "state"
EXTRA_COLUMNS = (
    "dataset",
    "record_id",
    "traveller_role",
    "merged_records",
    "visitor",
    "visitor_country",
)


@pytest.fixture(scope="module")
def bundled():
    return read_events(STATE_HISTORY_EVENTS)  # strict: any invalid event fails


def test_state_bundle_holds_both_lists_with_stable_ids(bundled):
    travels = bundled[bundled["dataset"] == "state-travels"]
    visits = bundled[bundled["dataset"] == "state-visits"]
    assert len(travels) + len(visits) == len(bundled)
    assert travels["event_id"].str.match(r"^state-travel-\d+(-\d+)?$").all()
    assert visits["event_id"].str.match(r"^state-visit-\d+$").all()
    assert bundled["event_id"].is_unique
    assert travels["record_id"].nunique() > 4_000 and len(visits) > 3_000
    assert set(bundled["traveller_role"]) == {"president", "secretary of state", "visiting leader"}


def test_state_bundle_is_dated_and_mostly_mapped(bundled):
    assert bundled["date_start"].notna().all()
    assert bundled.geometry.notna().mean() > 0.99
    assert (
        bundled["source_publisher"] == "Office of the Historian, U.S. Department of State"
    ).all()


def test_state_bundle_extra_columns_are_documented():
    dictionary = (ROOT / "geodata" / "README.md").read_text(encoding="utf-8")
    for column in EXTRA_COLUMNS:
        assert f"| `{column}` |" in dictionary, column
    assert "CC0" in dictionary and "HistoryAtState/travels" in dictionary
    assert "scripts/state_history.py" in dictionary


def test_state_refresh_script_writes_the_dataset(tmp_path):
    out = tmp_path / "state.parquet"
    run = subprocess.run(
        [
            sys.executable,
            "scripts/state_history.py",
            str(STATE / "travels"),
            str(STATE / "visits"),
            "-o",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "wrote" in run.stdout and "records →" in run.stdout
    events = read_file(out).events
    expected = len(read_file(STATE / "travels").events) + len(read_file(STATE / "visits").events)
    assert len(events) == expected


def test_state_bundle_and_story_combine_for_the_page(bundled):
    from mapapp.web.datasets import BOTH, BUNDLED_CHOICES, read_data_files

    events, _ = read_data_files(BUNDLED_CHOICES[BOTH].files)
    assert len(events) == len(bundled) + len(read_events(BUNDLED_CHOICES[BOTH].files[0]))
    assert events["event_id"].is_unique
