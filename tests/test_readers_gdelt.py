"""GDELT 2.0 events exports: filtering, CAMEO mapping, FIPS codes and collapsing one meeting."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mapapp.readers import detect_format, read_file
from mapapp.readers.gdelt import event_kind

DATA = Path(__file__).parent / "data" / "import"
FIXTURE = DATA / "gdelt.export.CSV"


@pytest.fixture(scope="module")
def gdelt():
    return read_file(FIXTURE)


@pytest.fixture(scope="module")
def everything():
    return read_file(FIXTURE, keep_all=True)


def _event(result, event_id):
    return result.events.set_index("event_id").loc[event_id]


def test_gdelt_is_detected():
    assert detect_format(FIXTURE) == "gdelt"


def test_gdelt_keeps_diplomatic_rows_and_says_how_many_were_set_aside(gdelt):
    assert gdelt.format == "gdelt" and gdelt.source_rows == 18
    assert list(gdelt.events["event_id"]) == [
        "gdelt-1001",
        "gdelt-1004",
        "gdelt-1006",
        "gdelt-1008",
        "gdelt-1009",
        "gdelt-1010",
        "gdelt-1011",
        "gdelt-1012",
        "gdelt-1013",
    ]
    assert any("set aside 3 non-diplomatic" in n and "--all-events" in n for n in gdelt.notes)


def test_gdelt_keep_all_keeps_strikes_and_other_codes(everything):
    types = everything.events.set_index("event_id")["event_type"]
    assert types["gdelt-1014"] == "military_strike"
    assert types["gdelt-1015"] == types["gdelt-1016"] == "other"
    assert not any("set aside" in n for n in everything.notes)


def test_gdelt_rejects_malformed_rows(gdelt):
    assert [(p.row, p.column) for p in gdelt.rejected] == [(17, None), (18, "SQLDATE")]
    assert "has 60 tab-separated fields" in gdelt.rejected[0].message
    assert "'20221399'" in gdelt.rejected[1].message


def test_gdelt_collapses_a_meeting_coded_in_both_directions(gdelt):
    meeting = _event(gdelt, "gdelt-1001")
    assert meeting.gdelt_ids == ["1001", "1002", "1003"]
    assert meeting.source_urls == ["https://example.org/gd/doha-1", "https://example.org/gd/doha-2"]
    assert meeting.source_url == "https://example.org/gd/doha-1"
    assert meeting.actors == ["United States", "Taliban"]
    assert (meeting.event_type, meeting.cameo_code) == ("meeting", "044")
    assert meeting.title == "USA–AFGINSTAL: Meet at a third location (044)"
    assert any("collapsed 7 GDELT rows" in n and "into 3 events" in n for n in gdelt.notes)


def test_gdelt_collapses_a_visit_pair_and_names_the_host(gdelt):
    visit = _event(gdelt, "gdelt-1004")
    assert visit.gdelt_ids == ["1004", "1005"]
    assert (visit.event_type, visit.cameo_code, visit.host) == ("visit", "042", "Tajikistan")
    assert visit.actors == ["United States", "Tajikistan"]


def test_gdelt_negotiation_in_both_directions_is_one_event(gdelt):
    talks = _event(gdelt, "gdelt-1006")
    assert talks.gdelt_ids == ["1006", "1007"] and talks.event_type == "meeting"


@pytest.mark.parametrize(
    ("event_id", "event_type", "status"),
    [
        ("gdelt-1008", "meeting", "announced"),
        ("gdelt-1009", "agreement", "occurred"),
        ("gdelt-1010", "statement", "occurred"),
        ("gdelt-1011", "call", "occurred"),
        ("gdelt-1012", "meeting", "declined"),
        ("gdelt-1013", "meeting", "occurred"),
    ],
)
def test_gdelt_cameo_codes_map_to_type_and_status(gdelt, event_id, event_type, status):
    event = _event(gdelt, event_id)
    assert (event.event_type, event.status) == (event_type, status)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("036", ("meeting", "announced")),
        ("040", ("meeting", "occurred")),
        ("041", ("call", "occurred")),
        ("042", ("visit", "occurred")),
        ("043", ("visit", "occurred")),
        ("044", ("meeting", "occurred")),
        ("045", ("meeting", "occurred")),
        ("046", ("meeting", "occurred")),
        ("057", ("agreement", "occurred")),
        ("051", ("statement", "occurred")),
        ("125", ("meeting", "declined")),
        ("183", ("military_strike", "occurred")),
        ("190", ("military_strike", "occurred")),
        ("010", ("other", "occurred")),
    ],
)
def test_event_kind_cameo_table(code, expected):
    assert event_kind(code) == expected


@pytest.mark.parametrize(
    ("event_id", "country", "precision"),
    [
        ("gdelt-1001", "QA", "city"),
        ("gdelt-1004", "TJ", "city"),
        ("gdelt-1006", "AT", "city"),
        ("gdelt-1008", "US", "city"),
        ("gdelt-1010", "AF", "country"),
        ("gdelt-1013", "AF", "region"),
        ("gdelt-1011", None, "unknown"),
    ],
)
def test_gdelt_fips_codes_and_geo_types(gdelt, event_id, country, precision):
    event = _event(gdelt, event_id)
    assert (event.country_code if pd.notna(event.country_code) else None) == country
    assert event.location_precision == precision
    assert (event.geometry is None) == (precision == "unknown")


def test_gdelt_event_date_and_date_added_are_kept_apart(gdelt):
    agreement = _event(gdelt, "gdelt-1009")
    assert (agreement.date_start, agreement.date_end, agreement.date_precision) == (
        pd.Timestamp("2020-02-29"),
        pd.Timestamp("2020-02-29"),
        "day",
    )
    assert agreement.date_added == "2020-03-01T09:30:00Z"
    assert agreement.source_published == pd.Timestamp("2020-03-01")
    assert agreement.source_publisher == "example.org"


def test_gdelt_title_stands_in_for_the_missing_quote(gdelt):
    event = _event(gdelt, "gdelt-1011")
    assert event.source_quote == event.title == "USA–QAT: Discuss by telephone (041)"
    assert any("no article text" in n for n in gdelt.notes)


def _with_actors(line: str, actor1: tuple[str, str], actor2: tuple[str, str], gid: str) -> str:
    cells = line.split("\t")
    cells[0] = gid
    cells[5], cells[6] = actor1
    cells[15], cells[16] = actor2
    return "\t".join(cells)


def test_gdelt_actor_lists_hold_no_role_words_or_places(tmp_path: Path) -> None:
    """Role-only codes ("Advocate", "Actor") are not actors; a city under a bare country code
    ("Aden", YEM) stands for its country; real actors are kept."""
    from mapapp.readers.gdelt_actors import actor_name

    first = FIXTURE.read_text("utf-8").splitlines()[0]
    lines = [
        _with_actors(first, ("CVL", "ADVOCATE"), ("YEM", "ADEN"), "9001"),
        _with_actors(first, ("GOVMED", "ACTOR"), ("AFGINSTAL", "TALIBAN"), "9002"),
        _with_actors(first, ("USA", "UNITED STATES"), ("IGOUNO", "UNITED NATIONS"), "9003"),
    ]
    path = tmp_path / "roles.export.CSV"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    events = read_file(path).events
    actors = {e: list(a) for e, a in zip(events["event_id"], events["actors"], strict=True)}
    assert actors == {
        "gdelt-9001": ["Yemen"],
        "gdelt-9002": ["Taliban"],
        "gdelt-9003": ["United States", "United Nations"],
    }
    assert actor_name("LEG", "SENATOR") == ""
    assert actor_name("", "") == ""
    assert actor_name("NGO", "AMNESTY INTERNATIONAL") == "Amnesty International"
