"""Generic CSV (lat/lon or place names) and our own CSV through mapapp.readers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mapapp.export import to_csv_bytes
from mapapp.model import EVENT_COLUMNS
from mapapp.readers import read_bytes, read_file

DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture(scope="module")
def latlon():
    return read_file(DATA / "generic_latlon.csv")


@pytest.fixture(scope="module")
def places():
    return read_file(DATA / "generic_places.csv")


def _event(result, event_id):
    rows = result.events[result.events["event_id"] == event_id]
    assert len(rows) == 1, f"{event_id} not read"
    return rows.iloc[0]


def _problems(result, row):
    return [p for p in result.rejected if p.row == row]


def test_generic_csv_reads_good_rows_and_rejects_bad_ones(latlon):
    assert latlon.format == "csv"
    assert latlon.source_rows == 10
    assert sorted(latlon.events["event_id"]) == ["m1", "m2", "m3", "m4", "m5"]
    assert latlon.rejected_rows == 5
    assert {p.row for p in latlon.rejected} == {7, 8, 9, 10, 11}


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        (7, "lat", ["116.397", "look swapped"]),
        (8, "lon", ["200", "outside -180..180"]),
        (9, "lat", ["'nan'", "not a number"]),
        (10, "event_id", ["'m1'", "already used on row 2"]),
        (11, "date", ["'2022-02-30'", "not a real date"]),
    ],
)
def test_generic_csv_rejections_name_row_column_and_value(latlon, row, column, words):
    problems = _problems(latlon, row)
    assert [p.column for p in problems] == [column]
    text = str(problems[0])
    assert text.startswith(f"{DATA / 'generic_latlon.csv'}:{row}: {column}: ")
    assert all(w in text for w in words), text
    assert problems[0].hint


def test_generic_csv_maps_types_dates_and_actors(latlon):
    m1, m2, m3, m4 = (_event(latlon, i) for i in ("m1", "m2", "m3", "m4"))
    assert (m1.event_type, m2.event_type, m3.event_type, m4.event_type) == (
        "meeting",
        "conference",
        "call",
        "military_strike",
    )
    assert _event(latlon, "m5").event_type == "other"
    assert any("'protest'" in n and "other" in n for n in latlon.notes)
    assert m1.actors == ["United States", "Taliban"]
    assert m2.actors == ["Ahmad Massoud", "Aliya Yilmaz"]
    assert (m2.date_start, m2.date_end, m2.date_precision) == (
        pd.Timestamp("2022-09-15"),
        pd.Timestamp("2022-09-16"),
        "range",
    )
    assert (m3.date_start, m3.date_precision) == (pd.Timestamp("2020-11-13"), "day")
    assert m4.date_start == pd.Timestamp("2022-08-01")
    assert any("day-first" in n and "15/09/2022" in n for n in latlon.notes)


def test_generic_csv_keeps_coordinates_in_lat_lon_order(latlon):
    m1 = _event(latlon, "m1")
    assert (m1.geometry.y, m1.geometry.x) == (25.2854, 51.531)
    assert (m1.country_code, m1.location_precision, m1.location_basis) == ("QA", "city", "stated")


def test_generic_csv_precision_comes_from_the_gazetteer_when_coordinates_are_given(latlon):
    assert _event(latlon, "m2").location_precision == "exact_site"  # Concordia Press Club
    assert _event(latlon, "m2").country_code == "AT"  # from the country name "Austria"


def test_generic_csv_row_without_place_has_no_geometry(latlon):
    m3 = _event(latlon, "m3")
    assert m3.geometry is None and m3.location_precision == "unknown"


def test_generic_csv_keeps_html_and_formula_text_verbatim(latlon):
    m5 = _event(latlon, "m5")
    assert m5.title == '<script>alert(1)</script> =HYPERLINK("x")'
    assert m5.source_quote == "=cmd|' /C calc'!A0"


def test_place_names_csv_is_semicolon_separated_and_geocoded(places):
    assert places.format == "csv"
    assert any("semicolon" in n for n in places.notes)
    by_title = places.events.set_index("title")
    expected = {
        "Talks in the Emirates": ("AE", "country"),
        "Resistance front meeting": ("AF", "region"),
        "Visit to Tajikistan": ("TJ", "country"),
        "Meeting in Kabul": ("AF", "city"),
        "Meeting in Islamabad": ("PK", "city"),
        "Planned talks": ("US", "city"),
    }
    for title, (country, precision) in expected.items():
        row = by_title.loc[title]
        assert (row.country_code, row.location_precision) == (country, precision), title
        assert row.geometry is not None and row.location_basis == "stated"


def test_place_names_csv_records_ambiguity_on_the_row(places):
    row = places.events.set_index("title").loc["Meeting in Hyderabad"]
    assert row.country_code == "IN"
    assert "ambiguous" in row.location_note and "PK" in row.location_note
    assert any("ambiguous" in n for n in places.notes)


def test_place_names_csv_unknown_place_is_kept_unmapped_with_a_note(places):
    row = places.events.set_index("title").loc["Meeting nowhere"]
    assert row.geometry is None and row.location_precision == "unknown"
    assert any("unmapped" in n and "Nowhereville-on-Sea" in n and "7" in n for n in places.notes)


def test_place_names_csv_reads_day_first_dates_from_the_file(places):
    row = places.events.set_index("title").loc["Day-first date"]
    assert row.date_start == pd.Timestamp("2022-04-03")


def test_place_names_csv_rejects_row_without_url(places):
    assert [(p.row, p.column) for p in places.rejected] == [(10, "link")]
    assert "is empty" in places.rejected[0].message
    assert len(places.events) == 9


def test_generic_csv_derives_stable_ids_from_file_name_and_row(places):
    again = read_file(DATA / "generic_places.csv")
    assert list(again.events["event_id"]) == list(places.events["event_id"])
    assert all(i.startswith("imp-") for i in places.events["event_id"])
    other = read_bytes((DATA / "generic_places.csv").read_bytes(), "renamed.csv")
    assert set(other.events["event_id"]).isdisjoint(places.events["event_id"])


def test_generic_csv_dayfirst_option_decides_ambiguous_dates():
    data = b"title,date,lat,lon,url\nA,03/04/2021,25.3,51.5,https://e.org/a\n"
    assert read_bytes(data, "x.csv", dayfirst=True).events.iloc[0].date_start == pd.Timestamp(
        "2021-04-03"
    )
    assert read_bytes(data, "x.csv", dayfirst=False).events.iloc[0].date_start == pd.Timestamp(
        "2021-03-04"
    )


def test_generic_csv_wkt_column_gives_points_and_regions():
    data = (
        b"title,geometry,url\nA,POINT (51.5 25.3),https://e.org/a\n"
        b'B,"POLYGON ((69 35, 70.5 35, 70.5 35.8, 69 35.8, 69 35))",https://e.org/b\n'
    )
    events = read_bytes(data, "wkt.csv").events
    assert (events.iloc[0].geometry.x, events.iloc[0].geometry.y) == (51.5, 25.3)
    assert list(events["location_precision"]) == ["city", "region"]


def test_generic_csv_month_and_year_dates_become_spans():
    data = b"title,date,url\nA,November 2022,https://e.org/a\nB,2021,https://e.org/b\n"
    events = read_bytes(data, "spans.csv").events
    assert list(events["date_precision"]) == ["month", "year"]
    assert list(events["date_start"]) == [pd.Timestamp("2022-11-01"), pd.Timestamp("2021-01-01")]
    assert list(events["date_end"]) == [pd.Timestamp("2022-11-30"), pd.Timestamp("2021-12-31")]


@pytest.mark.parametrize("fixture", ["generic_latlon.csv", "generic_places.csv"])
def test_our_csv_export_then_import_is_the_identity(fixture):
    events = read_file(DATA / fixture).events
    again = read_bytes(to_csv_bytes(events), "export.csv")
    assert again.format == "mapapp-csv"
    assert again.rejected == []
    pd.testing.assert_frame_equal(
        pd.DataFrame(again.events[[*EVENT_COLUMNS, "geometry"]]),
        pd.DataFrame(events[[*EVENT_COLUMNS, "geometry"]]),
    )
