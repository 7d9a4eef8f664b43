"""ACLED CSV exports, both column generations."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mapapp.readers import detect_format, read_file

DATA = Path(__file__).parent / "data" / "import"
GENERATIONS = ["acled_old.csv", "acled_new.csv"]


@pytest.fixture(scope="module", params=GENERATIONS)
def acled(request):
    return read_file(DATA / request.param)


def _event(result, event_id):
    return result.events.set_index("event_id").loc[event_id]


@pytest.mark.parametrize("fixture", GENERATIONS)
def test_acled_is_detected(fixture):
    assert detect_format(DATA / fixture) == "acled"


def test_acled_old_and_new_generations_are_named_in_notes():
    old, new = (read_file(DATA / f) for f in GENERATIONS)
    assert any("2019–March 2023" in n for n in old.notes)
    assert any("since March 2023" in n for n in new.notes)


def test_acled_reads_rows_and_rejects_bad_ones(acled):
    assert acled.format == "acled" and acled.source_rows == 8
    assert list(acled.events["event_id"]) == ["AFG100", "AFG101", "AFG102", "TJK200", "QAT300"]
    assert [(p.row, p.column) for p in acled.rejected] == [
        (7, "event_date"),
        (8, "time_precision"),
        (9, "latitude"),
    ]
    messages = [p.message for p in acled.rejected]
    assert "'2022-13-01'" in messages[0]
    assert "'7' is not 1, 2 or 3" in messages[1]
    assert "134.555" in messages[2] and "swapped" in messages[2]


def test_acled_time_precision_gives_day_week_and_month_spans(acled):
    day, week, month = (_event(acled, i) for i in ("AFG101", "AFG102", "TJK200"))
    assert (day.date_start, day.date_end, day.date_precision) == (
        pd.Timestamp("2020-11-13"),
        pd.Timestamp("2020-11-13"),
        "day",
    )  # "13 November 2020"
    assert (week.date_start, week.date_end, week.date_precision) == (
        pd.Timestamp("2021-09-03"),
        pd.Timestamp("2021-09-09"),
        "week",
    )
    assert (month.date_start, month.date_end, month.date_precision) == (
        pd.Timestamp("2022-11-01"),
        pd.Timestamp("2022-11-30"),
        "month",
    )


def test_acled_geo_precision_gives_city_and_region(acled):
    assert _event(acled, "AFG100").location_precision == "city"
    near = _event(acled, "AFG101")
    assert near.location_precision == "city" and "geo_precision 2" in near.location_note
    assert _event(acled, "AFG102").location_precision == "region"


def test_acled_event_types(acled):
    types = acled.events.set_index("event_id")["event_type"].to_dict()
    assert types == {
        "AFG100": "agreement",
        "AFG101": "military_strike",
        "AFG102": "military_strike",
        "TJK200": "agreement",
        "QAT300": "other",
    }
    assert _event(acled, "QAT300").acled_sub_event_type == "Peaceful protest"


def test_acled_actors_sources_and_quote(acled):
    tjk = _event(acled, "TJK200")
    assert tjk.actors == ["National Resistance Front", "Afghanistan Freedom Front", "Ahmad Massoud"]
    afg = _event(acled, "AFG100")
    assert afg.source_url == "https://acleddata.com/#AFG100"
    assert afg.source_publisher == "Pajhwok Afghan News; Reuters"
    assert afg.source_quote.startswith("On 29 February 2020")
    assert afg.fatalities == 0 and _event(acled, "AFG102").fatalities == 12


def test_acled_country_codes_and_coordinates(acled):
    codes = acled.events.set_index("event_id")["country_code"].to_dict()
    assert codes == {"AFG100": "AF", "AFG101": "AF", "AFG102": "AF", "TJK200": "TJ", "QAT300": "QA"}
    afg = _event(acled, "AFG100")
    assert (afg.geometry.y, afg.geometry.x) == (34.5553, 69.2075)


def test_acled_html_in_notes_is_kept_as_text(acled):
    assert "<b>protesters</b>" in _event(acled, "QAT300").source_quote
