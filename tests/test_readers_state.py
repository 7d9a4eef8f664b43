"""The Office of the Historian's travels and visits XML, read from real records (CC0)."""

from __future__ import annotations

import io
import math
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from mapapp.cli import main
from mapapp.countries import country_name, iso_country_codes
from mapapp.errors import DataFileError
from mapapp.readers import detect_format, read_bytes, read_file
from mapapp.readers.state_actors import event_type_for
from mapapp.readers.state_places import country_of, locale_legs
from mapapp.validate import validate_events

STATE = Path(__file__).parent / "data" / "state"
TRAVELS, VISITS = STATE / "travels", STATE / "visits"
BLINKEN = TRAVELS / "blinken-antony-j.xml"


@pytest.fixture(scope="module")
def travels():
    return read_file(TRAVELS)


@pytest.fixture(scope="module")
def visits():
    return read_file(VISITS)


def _event(result, event_id):
    return result.events.set_index("event_id").loc[event_id]


def _km(point, lat, lon):
    p1, p2 = math.radians(point.y), math.radians(lat)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - point.x) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(h))


def _records(folder: Path, tag: str) -> set[str]:
    import xml.etree.ElementTree as ET

    return {
        e.findtext("id")
        for path in folder.glob("*.xml")
        for e in ET.parse(path).getroot().iter(tag)
    }


def _ids(path: Path) -> set[str]:
    import xml.etree.ElementTree as ET

    return {e.findtext("id") for e in ET.parse(path).getroot()}


def test_state_formats_are_detected():
    assert detect_format(BLINKEN) == "state-travels"
    assert detect_format(VISITS / "2020.xml") == "state-visits"


def test_state_every_trip_record_is_imported_merged_or_rejected(travels):
    """Records in the fixture files = imported + merged into a duplicate (+ none rejected)."""
    records = _records(TRAVELS, "trip")
    imported = set(travels.events["record_id"])
    merged = {
        m.removeprefix("state-travel-")
        for cell in travels.events["merged_records"].dropna()
        for m in cell.split("; ")
    }
    assert travels.source_rows == len(records)
    assert imported | merged == records and not imported & merged
    assert merged == {"4019", "4020", "4021"} and travels.rejected == []
    assert any("merged 3 trip records" in n and "4021 into 3994" in n for n in travels.notes)


def test_state_duplicate_keeps_the_first_id_the_wider_dates_and_the_longer_remarks(travels):
    brussels = _event(travels, "state-travel-3994")
    assert str(brussels["date_end"].date()) == "2021-03-25"
    assert brussels["source_quote"].startswith("Attended the NATO Foreign Ministerial, met with")
    assert brussels["merged_records"] == "state-travel-4021"
    assert "state-travel-4021" not in set(travels.events["event_id"])


def test_state_records_with_different_remarks_stay_apart(travels):
    """Shultz's two Israel records on one day (with Cairo between) are two trips."""
    ids = set(travels.events["event_id"])
    assert {"state-travel-2121-1", "state-travel-2123-1", "state-travel-2122"} <= ids
    assert {"state-travel-4118", "state-travel-4119"} <= ids


def test_state_multi_city_locale_gives_one_event_per_leg(travels):
    legs = travels.events[travels.events["record_id"] == "2121"].set_index("event_id")
    assert list(legs.index) == ["state-travel-2121-1", "state-travel-2121-2"]
    assert list(legs["place_name"]) == ["Tel Aviv", "Jerusalem"]
    assert _km(legs.geometry.iloc[1], 31.78, 35.22) < 10  # Jerusalem
    assert all("place 2 of 2 of this trip" in legs["location_note"].iloc[1] for _ in [0])
    assert legs["date_precision"].tolist() == ["day", "day"]


def test_state_trip_fields(travels):
    tokyo = _event(travels, "state-travel-3992")
    assert tokyo["actors"][:2] == ["Antony John Blinken", "Toshimitsu Motegi"]
    assert tokyo["event_type"] == "conference"  # attended a committee meeting
    assert (str(tokyo["date_start"].date()), str(tokyo["date_end"].date())) == (
        "2021-03-15",
        "2021-03-17",
    )
    assert tokyo["date_precision"] == "range" and tokyo["country_code"] == "JP"
    assert tokyo["source_url"].endswith("/departmenthistory/travels/secretary/blinken-antony-j")
    assert tokyo["source_publisher"] == "Office of the Historian, U.S. Department of State"
    assert tokyo["source_title"] == "Travels of the Secretary of State: Antony John Blinken"
    assert "Toshimitsu Motegi" in tokyo["source_quote"]
    assert tokyo["traveller_role"] == "secretary of state"
    assert _km(tokyo.geometry, 35.69, 139.69) < 25


def test_state_city_is_searched_in_the_records_country(travels):
    """Santiago is the Chilean capital, not Santiago de Compostela or Santiago de Cuba."""
    santiago = _event(travels, "state-travel-2353")
    assert santiago["country_code"] == "CL" and _km(santiago.geometry, -33.45, -70.67) < 25


@pytest.mark.parametrize(
    ("event_id", "code", "lat", "lon", "state"),
    [
        ("state-travel-2191-1", "SU", 44.50, 34.17, "Soviet Union"),  # Yalta, in Crimea
        ("state-travel-2191-2", "SU", 55.76, 37.62, "Soviet Union"),  # Moscow
        ("state-travel-311", "DD", 52.40, 13.07, "German Democratic Republic"),  # Potsdam
        ("state-travel-316", "XC", 50.08, 14.44, "Czechoslovakia"),  # Prague
        ("state-travel-1716-2", "YU", 45.81, 15.98, "Yugoslavia"),  # Zagreb
        ("state-travel-1778", "AN", 12.11, -68.93, "Netherlands Antilles"),  # Curaçao
    ],
)
def test_state_historic_states_keep_their_code_and_say_so(travels, event_id, code, lat, lon, state):
    event = _event(travels, event_id)
    assert event["country_code"] == code and code in iso_country_codes()
    assert country_name(code) == state
    assert state in event["location_note"] and "no longer exists" in event["location_note"]
    assert _km(event.geometry, lat, lon) < 50


def test_state_odd_country_names_become_iso_codes(travels):
    assert _event(travels, "state-travel-4002")["country_code"] == "GL"  # Denmark (Greenland)
    assert _event(travels, "state-travel-3993")["country_code"] == "KR"  # Korea, South
    bermuda = travels.events[travels.events["record_id"] == "1738"].iloc[0]
    assert bermuda["country_code"] == "BM"  # filed under the United Kingdom


def test_state_trip_without_locale_is_placed_at_the_country_and_noted(travels):
    vatican = _event(travels, "state-travel-4116")
    assert vatican["country_code"] == "VA" and vatican["location_precision"] == "country"
    assert "names no city" in vatican["location_note"]
    assert any("'(no locale)'" in n and "at their country" in n for n in travels.notes)


def test_state_visit_fields(visits):
    visit = _event(visits, "state-visit-2991")
    assert visit["actors"] == ["Prime Minister Kyriakos Mitsotakis"]
    assert visit["visitor_country"] == "GR" and visit["country_code"] == "US"
    assert visit["place_name"] == "Washington, DC" and visit["location_basis"] == "inferred"
    assert "gives no place" in visit["location_note"]
    assert visit["source_url"].endswith("/departmenthistory/visits/2020")
    assert visit["source_quote"] == "Official Working Visit." and visit["event_type"] == "visit"
    assert visit["traveller_role"] == "visiting leader"


def test_state_visit_place_comes_from_the_description(visits):
    putin = _event(visits, "state-visit-1424")
    assert putin["place_name"] == "New York City" and putin["location_basis"] == "stated"
    assert _km(putin.geometry, 40.71, -74.0) < 25
    assert "Clinton" in putin["actors"]
    woodside = _event(visits, "state-visit-3196")
    assert _km(woodside.geometry, 37.43, -122.25) < 25  # Woodside, California, not Queens


def test_state_visits_from_historic_or_vanished_countries(visits):
    assert _event(visits, "state-visit-2216")["visitor_country"] == "XC"
    assert _event(visits, "state-visit-2440")["visitor_country"] == "TW"
    kalakaua = _event(visits, "state-visit-2138")  # the Kingdom of Hawaii: no code
    assert (
        kalakaua["visitor_country"] is None
        or kalakaua["visitor_country"] != kalakaua["visitor_country"]
    )
    assert kalakaua.geometry is not None


def test_state_events_pass_the_validator(travels, visits):
    assert validate_events(travels.events) == [] and validate_events(visits.events) == []


def test_state_forced_format_must_match_the_file():
    with pytest.raises(DataFileError, match=r"holds <trips>.*--format state-travels"):
        read_file(BLINKEN, "state-visits")
    assert read_file(BLINKEN, "state-travels").format == "state-travels"


def test_state_malformed_xml_names_file_line_and_record(tmp_path):
    text = BLINKEN.read_text(encoding="utf-8").replace("</locale>", "</locle>", 2)
    bad = tmp_path / "broken.xml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_file(bad)
    problem = caught.value.problem
    assert problem.file == str(bad) and problem.row is not None
    assert "mismatched tag" in problem.message and "with id 3992" in problem.message
    assert "unexpected" not in str(caught.value)


def test_state_bad_record_is_rejected_with_file_line_and_id(tmp_path):
    text = BLINKEN.read_text(encoding="utf-8").replace(
        "<end-date>2021-03-18</end-date>", "<end-date>2021-02-30</end-date>", 1
    )
    path = tmp_path / "blinken.xml"
    path.write_text(text, encoding="utf-8")
    result = read_file(path)
    (problem,) = result.rejected
    assert problem.file == str(path) and problem.column == "end-date"
    assert problem.message.startswith("trip 3993:") and "2021-02-30" in problem.message
    assert "state-travel-3993" not in set(result.events["event_id"])


def test_state_doctype_is_refused(tmp_path):
    path = tmp_path / "bomb.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE trips [<!ENTITY a "aaaa">]><trips><trip><id>1</id>'
        "<name>&a;</name></trip></trips>",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="document type declaration"):
        read_file(path)


def test_state_folder_reports_a_broken_file_and_reads_the_others(tmp_path):
    for source in (BLINKEN, TRAVELS / "shultz-george-pratt.xml"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "broken.xml").write_text("<trips><trip><id>9</id></trips>", encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    result = read_file(tmp_path)
    assert {p.file for p in result.rejected} == {str(tmp_path / "broken.xml")}
    expected = _records(TRAVELS, "trip") - _records(TRAVELS, "trip").difference(
        _ids(BLINKEN) | _ids(TRAVELS / "shultz-george-pratt.xml")
    )
    assert set(result.events["record_id"]) == expected - {"4019", "4020", "4021"}
    assert any("skipped 1 files" in n and "README.md" in n for n in result.notes)


def test_state_zip_of_several_files_is_read_like_a_folder():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(VISITS.glob("*.xml")):
            archive.write(path, f"visits/data/{path.name}")
    result = read_bytes(buffer.getvalue(), "visits.zip")
    assert result.format == "state-visits"
    assert set(result.events["record_id"]) == _records(VISITS, "visit")


def test_state_folder_of_csv_files_names_the_file_of_a_repeated_id(tmp_path):
    """Folders work for every format: each file read, an id repeated across files refused."""
    row = (
        "event_id,title,event_type,status,date_start,date_precision,place_name,actors,"
        "source_url,source_quote\n"
        "e1,Talks,meeting,occurred,2022-12-01,day,Doha,A; B,https://example.org,They met.\n"
    )
    (tmp_path / "a.csv").write_text(row, encoding="utf-8")
    (tmp_path / "b.csv").write_text(row, encoding="utf-8")
    result = read_file(tmp_path)
    assert len(result.events) == 1
    (problem,) = result.rejected
    assert problem.file == str(tmp_path / "b.csv") and "already used in" in problem.message


def test_state_cli_imports_a_folder(capsys, tmp_path):
    out = tmp_path / "visits.geojson"
    assert main(["import", str(VISITS), "--format", "state-visits", "-o", str(out)]) == 0
    assert read_file(out).events["event_id"].str.startswith("state-visit-").all()
    assert "events read" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Attended the NATO Summit.", "conference"),
        ("Participated in a G7 Ministerial Meeting.", "conference"),
        ("Met with President Mubarak.", "visit"),
        ("Official Working Visit.", "visit"),
    ],
)
def test_state_event_type_from_remarks(text, kind):
    assert event_type_for(text) == kind


def test_state_locale_parts_the_gazetteer_lacks_are_returned():
    legs, missing = locale_legs("Nowhereville, Tokyo", ("JP",))
    assert [name for name, _ in legs] == ["Tokyo"] and missing == ["Nowhereville"]
    assert country_of("no-such-id", "Japan").code == "JP"


def test_state_small_bundle_fixture_is_what_the_reader_makes(travels, visits):
    """tests/data/state/small_bundle.geojson (the page tests' data) matches the reader's output."""
    bundle = read_file(STATE / "small_bundle.geojson").events.set_index("event_id")
    made = pd.concat([travels.events, visits.events]).set_index("event_id")
    assert list(bundle.index) == list(made.index)
    for column in ("title", "place_name", "country_code", "traveller_role", "source_quote"):
        assert bundle[column].fillna("").tolist() == made[column].fillna("").tolist(), column
