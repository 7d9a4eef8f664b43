"""A corpus of malformed inputs: each gives mapapp's own error or row rejection, message by message.

Row cases put one good row (line 2) before the bad one (line 3): the good row must survive.
The Hypothesis tests at the end feed random bytes and CSV-, JSON- and GDELT-like text to
``read_bytes`` and accept nothing but MapAppError subclasses.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import zipfile

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mapapp.errors import DataFileError, MapAppError, UsageError
from mapapp.readers import NoUsableRowsError, read_bytes, read_file
from mapapp.readers.gdelt import FIELDS

HEADER = "id,title,date,lat,lon,url,quote"
GOOD = "a,Talks in Doha,2022-12-05,25.28,51.53,https://example.org/a,They met."


def _csv(bad_row: str, header: str = HEADER, good: str = GOOD) -> bytes:
    return f"{header}\n{good}\n{bad_row}\n".encode()


def _gdelt_line(gid: str = "1", day: str = "20221205", code: str = "044") -> str:
    fields = [""] * len(FIELDS)
    values = {
        "GLOBALEVENTID": gid,
        "SQLDATE": day,
        "Actor1Code": "USA",
        "Actor1Name": "UNITED STATES",
        "Actor2Code": "QAT",
        "Actor2Name": "QATAR",
        "EventCode": code,
        "EventBaseCode": code,
        "EventRootCode": code[:2],
        "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Doha, Qatar",
        "ActionGeo_CountryCode": "QA",
        "ActionGeo_Lat": "25.28",
        "ActionGeo_Long": "51.53",
        "ActionGeo_FeatureID": "-1",
        "DATEADDED": day + "120000",
        "SOURCEURL": f"https://example.org/{gid}",
    }
    for name, value in values.items():
        fields[FIELDS.index(name)] = value
    return "\t".join(fields)


def _feature(props: object, geometry: object = None, kind: str = "Feature") -> dict:
    return {"type": kind, "geometry": geometry, "properties": props}


GOOD_FEATURE = _feature(
    {"title": "Talks", "url": "https://example.org/a", "date": "2022-12-05"},
    {"type": "Point", "coordinates": [51.53, 25.28]},
)


def _geojson(bad: object) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": [GOOD_FEATURE, bad]}).encode()


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buf.getvalue()


# (case id, data, file name, format, substrings of the error message)
FILE_ERRORS = [
    ("empty", b"", "e.csv", "auto", ["e.csv", "is empty"]),
    ("blank", b"  \n\n  ", "e.csv", "auto", ["is empty"]),
    ("header only", f"{HEADER}\n".encode(), "h.csv", "auto", ["has no data rows"]),
    (
        "truncated json",
        b'{"type": "FeatureCollection", "features": [{"type": "Feature"',
        "t.json",
        "auto",
        ["not valid JSON", "truncated"],
    ),
    (
        "json syntax",
        b'{"type": "FeatureCollection",, "features": []}',
        "s.json",
        "auto",
        ["not valid JSON", "line 1, column 30"],
    ),
    (
        "not a collection",
        b'{"type": "Topology", "objects": {}}',
        "t.json",
        "auto",
        ["'Topology', not a GeoJSON FeatureCollection"],
    ),
    (
        "features not a list",
        b'{"type": "FeatureCollection", "features": {}}',
        "f.geojson",
        "auto",
        ["features", "not a list"],
    ),
    (
        "no features",
        b'{"type": "FeatureCollection", "features": []}',
        "n.geojson",
        "auto",
        ["has no data rows"],
    ),
    (
        "projected crs",
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
                "features": [GOOD_FEATURE],
            }
        ).encode(),
        "c.geojson",
        "auto",
        ["EPSG::3857", "reproject"],
    ),
    ("deep nesting", b"[" * 200_000, "d.json", "auto", ["nested too deeply"]),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "p.csv", "auto", ["binary"]),
    ("nul in text", b"id,title,url\na,b\x00c,https://e.org\n", "n.csv", "auto", ["n.csv:2", "NUL"]),
    (
        "two bad files in zip",
        _zip({"a.csv": b"x", "b.csv": b"y"}),
        "z.zip",
        "auto",
        ["no file with usable events", "z.zip/a.csv", "z.zip/b.csv"],
    ),
    ("damaged zip", b"PK\x03\x04" + b"\x00" * 40, "z.zip", "auto", ["damaged zip"]),
    (
        "no url column",
        b"title,lat,lon\nA,25.3,51.5\n",
        "u.csv",
        "auto",
        ["no column with the reports' URLs", "found title, lat, lon", "add a url column"],
    ),
    (
        "acled columns missing",
        b"event_id_cnty,event_date\nX1,2022-01-01\n",
        "a.csv",
        "auto",
        [
            "missing the ACLED column(s) event_type, latitude, longitude, country, location",
            "found event_id_cnty, event_date",
        ],
    ),
    (
        "gdelt non-diplomatic only",
        (_gdelt_line("1", code="190") + "\n").encode(),
        "g.export.CSV",
        "auto",
        ["no events to import from 1 rows", "--all-events"],
    ),
    (
        "gdelt format on a csv",
        _csv("b,x,2022-01-01,1,1,https://e.org,q"),
        "c.csv",
        "gdelt",
        ["nothing usable read: all 3 rows were rejected"],
    ),
    (
        "all rows bad",
        b"title,lat,lon,url\nA,95,10,https://e.org\n",
        "b.csv",
        "auto",
        ["nothing usable read: all 1 rows were rejected"],
    ),
    ("no header", b"\n\n,,\n", "x.csv", "auto", ["x.csv:1", "has no header line"]),
]


@pytest.mark.parametrize(
    ("case", "data", "name", "fmt", "words"), FILE_ERRORS, ids=[c[0] for c in FILE_ERRORS]
)
def test_malformed_file_gives_data_file_error(case, data, name, fmt, words):
    with pytest.raises(DataFileError) as caught:
        read_bytes(data, name, fmt)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert text.startswith(name)
    for word in words:
        assert word in text, f"{case}: {word!r} not in {text!r}"
    assert "unexpected" not in text


# (case id, data, name, format, row, column, substrings of the message)
ROW_ERRORS = [
    (
        "lat not a number",
        _csv("b,T,2022-12-05,forty,51.5,https://e.org/b,q"),
        3,
        "lat",
        ["'forty' is not a number", "between -90 and 90"],
    ),
    (
        "lat out of range",
        _csv("b,T,2022-12-05,-95.5,100,https://e.org/b,q"),
        3,
        "lat",
        ["-95.5 is outside -90..90"],
    ),
    (
        "swapped",
        _csv("b,T,2022-12-05,121.5,25.3,https://e.org/b,q"),
        3,
        "lat",
        ["121.5", "look swapped", "swap lat and lon"],
    ),
    (
        "lon out of range",
        _csv("b,T,2022-12-05,25.3,181,https://e.org/b,q"),
        3,
        "lon",
        ["181 is outside -180..180"],
    ),
    (
        "lat nan",
        _csv("b,T,2022-12-05,nan,51.5,https://e.org/b,q"),
        3,
        "lat",
        ["'nan' is not a number"],
    ),
    (
        "lon inf",
        _csv("b,T,2022-12-05,25.3,inf,https://e.org/b,q"),
        3,
        "lon",
        ["'inf' is not a number"],
    ),
    (
        "lat empty",
        _csv("b,T,2022-12-05,,51.5,https://e.org/b,q"),
        3,
        "lat",
        ["is empty while lon is '51.5'"],
    ),
    ("null island", _csv("b,T,2022-12-05,0,0,https://e.org/b,q"), 3, "lat", ["placeholder"]),
    (
        "not a date",
        _csv("b,T,soon-ish 12,25.3,51.5,https://e.org/b,q"),
        3,
        "date",
        ["'soon-ish 12' is not a date", "YYYY-MM-DD"],
    ),
    (
        "impossible date",
        _csv("b,T,2022-02-30,25.3,51.5,https://e.org/b,q"),
        3,
        "date",
        ["'2022-02-30' is not a real date"],
    ),
    (
        "year out of range",
        _csv("b,T,0999-01-01,25.3,51.5,https://e.org/b,q"),
        3,
        "date",
        ["year 999"],
    ),
    (
        "ambiguous day month",
        _csv("b,T,03/04/2021,25.3,51.5,https://e.org/b,q"),
        3,
        "date",
        ["'03/04/2021' could be 3 April or 4 March", "dayfirst"],
    ),
    (
        "mixed orders",
        b"id,title,date,lat,lon,url\na,T,13/04/2021,25.3,51.5,https://e.org/a\n"
        b"c,T,04/13/2021,25.3,51.5,https://e.org/c\nb,T,03/04/2021,25.3,51.5,https://e.org/b\n",
        4,
        "date",
        ["mixes day-first", "'13/04/2021'", "'04/13/2021'"],
    ),
    (
        "end before start",
        _csv(
            "b,T,2022-12-05,25.3,51.5,https://e.org/b,q,2022-12-01",
            header=HEADER + ",end_date",
            good=GOOD + ",",
        ),
        3,
        "end_date",
        ["'2022-12-01' is before the start date '2022-12-05'"],
    ),
    (
        "duplicate id",
        _csv("a,T,2022-12-05,25.3,51.5,https://e.org/b,q"),
        3,
        "event_id",
        ["'a' is already used on row 2"],
    ),
    (
        "enormous cell",
        _csv("b," + "x" * 20_000 + ",2022-12-05,25.3,51.5,https://e.org/b,q"),
        3,
        "title",
        ["20,000 characters long", "at most 10,000"],
    ),
    (
        "runaway quote",
        _csv('b,"unclosed,2022-12-05,25.3,51.5,https://e.org/b,q\n' + "more text\n" * 1200),
        3,
        "title",
        ["characters long", "missing closing quote"],
    ),
    (
        "too many cells",
        _csv("b,T,2022-12-05,25.3,51.5,https://e.org/b,q,extra,more"),
        3,
        None,
        ["has 9 cells but the header has 7", "'extra'"],
    ),
    (
        "unknown status",
        b"title,status,url\nA,held,https://e.org/a\nB,maybe,https://e.org/b\n",
        3,
        "status",
        ["'maybe' is not a status we know"],
    ),
    ("empty url", _csv("b,T,2022-12-05,25.3,51.5,,q"), 3, "url", ["is empty", "URL"]),
    (
        "ftp url",
        _csv("b,T,2022-12-05,25.3,51.5,ftp://e.org/b,q"),
        3,
        "source_url",
        ["'ftp://e.org/b' is not an http(s) URL"],
    ),
    (
        "bad wkt",
        b"title,wkt,url\nA,POINT (51.5 25.3),https://e.org/a\nB,POINT (abc),https://e.org/b\n",
        3,
        "wkt",
        ["'POINT (abc)' is not a WKT geometry", "longitude first"],
    ),
    (
        "wkt swapped",
        b"title,wkt,url\nA,POINT (51.5 25.3),https://e.org/a\n"
        b"B,POINT (25.3 151.5),https://e.org/b\n",
        3,
        "wkt",
        ["look swapped"],
    ),
]


@pytest.mark.parametrize(
    ("case", "data", "row", "column", "words"), ROW_ERRORS, ids=[c[0] for c in ROW_ERRORS]
)
def test_malformed_csv_row_is_rejected_and_good_rows_kept(case, data, row, column, words):
    result = read_bytes(data, "rows.csv")
    assert len(result.events) >= 1, case
    assert result.events.iloc[0]["title"] in ("Talks in Doha", "T", "A")
    problems = [p for p in result.rejected if p.row == row]
    assert problems, f"{case}: nothing rejected on row {row}: {result.rejected}"
    assert problems[0].column == column
    text = str(problems[0])
    assert text.startswith(f"rows.csv:{row}: ")
    for word in words:
        assert word in text, f"{case}: {word!r} not in {text!r}"
    assert problems[0].hint


GEOJSON_ROWS = [
    (
        "properties not an object",
        _geojson(_feature(["a", "b"])),
        "properties",
        ["['a', 'b']", "not an object"],
    ),
    (
        "not a feature",
        _geojson({"type": "Point", "coordinates": [1, 2]}),
        None,
        ["'Point', not a Feature"],
    ),
    ("feature is a number", _geojson(42), None, ["'int', not a Feature"]),
    (
        "bad geometry",
        _geojson(
            _feature(
                {"title": "B", "url": "https://e.org/b"}, {"type": "Point", "coordinates": "here"}
            )
        ),
        "geometry",
        ["not a valid GeoJSON geometry", "'here'"],
    ),
    (
        "unknown geometry type",
        _geojson(
            _feature(
                {"title": "B", "url": "https://e.org/b"}, {"type": "Blob", "coordinates": [1, 2]}
            )
        ),
        "geometry",
        ["not a valid GeoJSON geometry", "Blob"],
    ),
    (
        "nan coordinates",
        _geojson(
            _feature(
                {"title": "B", "url": "https://e.org/b"},
                {"type": "Point", "coordinates": [float("nan"), 2]},
            )
        ),
        "geometry",
        ["not finite"],
    ),
    (
        "lon out of range",
        _geojson(
            _feature(
                {"title": "B", "url": "https://e.org/b"},
                {"type": "Point", "coordinates": [200, 10]},
            )
        ),
        "geometry",
        ["200 is outside -180..180"],
    ),
    (
        "bad date",
        _geojson(
            _feature(
                {"title": "B", "url": "https://e.org/b", "date": "32/13/99"},
                {"type": "Point", "coordinates": [51, 25]},
            )
        ),
        "date",
        ["'32/13/99'"],
    ),
    (
        "missing url",
        _geojson(_feature({"title": "B", "url": ""}, {"type": "Point", "coordinates": [51, 25]})),
        "url",
        ["is empty"],
    ),
]


@pytest.mark.parametrize(
    ("case", "data", "column", "words"), GEOJSON_ROWS, ids=[c[0] for c in GEOJSON_ROWS]
)
def test_malformed_geojson_feature_is_rejected_and_good_ones_kept(case, data, column, words):
    result = read_bytes(data, "f.geojson")
    assert list(result.events["title"]) == ["Talks"]
    problems = [p for p in result.rejected if p.row == 2]
    assert problems and problems[0].column == column, f"{case}: {result.rejected}"
    text = str(problems[0])
    assert text.startswith("f.geojson:2: ")
    for word in words:
        assert word in text, f"{case}: {word!r} not in {text!r}"


OURS_HEADER = (
    "event_id,title,event_type,status,date_start,date_end,date_precision,"
    "location_precision,actors,source_url,source_quote,location_basis,lat,lon"
)
OURS_GOOD = (
    "e1,A,meeting,occurred,2022-12-05,2022-12-05,day,city,X; Y,https://e.org/a,q,stated,25.3,51.5"
)
OURS_ROWS = [
    (
        "our bad enum",
        "e2,B,party,occurred,2022-12-05,2022-12-05,day,city,,https://e.org/b,q,stated,25,51",
        "event_type",
        ["'party' is not allowed"],
    ),
    (
        "our bad date",
        "e2,B,meeting,occurred,2022-13-05,2022-13-05,day,city,,https://e.org/b,q,stated,25,51",
        "date_start",
        ["'2022-13-05' is not a date"],
    ),
    (
        "our precision mismatch",
        "e2,B,meeting,occurred,2022-12-01,2022-12-05,day,city,,https://e.org/b,q,stated,25,51",
        "date_precision",
        ["'day' does not fit"],
    ),
    (
        "our unknown place with coordinates",
        "e2,B,meeting,occurred,2022-12-05,2022-12-05,day,unknown,,https://e.org/b,q,stated,25,51",
        "location_precision",
        ["'unknown' but the event has coordinates"],
    ),
]


@pytest.mark.parametrize(
    ("case", "row", "column", "words"), OURS_ROWS, ids=[c[0] for c in OURS_ROWS]
)
def test_malformed_row_of_our_csv_is_rejected_and_good_rows_kept(case, row, column, words):
    result = read_bytes(f"{OURS_HEADER}\n{OURS_GOOD}\n{row}\n".encode(), "ours.csv")
    assert result.format == "mapapp-csv"
    assert list(result.events["event_id"]) == ["e1"]
    problems = [p for p in result.rejected if p.row == 3]
    assert problems and problems[0].column == column, f"{case}: {result.rejected}"
    for word in words:
        assert word in str(problems[0]), f"{case}: {word!r} not in {problems[0]}"


def test_malformed_our_geojson_with_a_line_is_rejected():
    good = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [51.5, 25.3]},
        "properties": dict(
            zip(OURS_HEADER.split(",")[:12], OURS_GOOD.split(",")[:12], strict=True)
        ),
    }
    bad = json.loads(json.dumps(good))
    bad["properties"]["event_id"] = "e2"
    bad["geometry"] = {"type": "LineString", "coordinates": [[51, 25], [52, 26]]}
    result = read_bytes(
        json.dumps({"type": "FeatureCollection", "features": [good, bad]}).encode(), "ours.geojson"
    )
    assert result.format == "mapapp-geojson" and list(result.events["event_id"]) == ["e1"]
    assert {(p.row, p.column) for p in result.rejected} == {(2, "geometry")}
    assert any("expected a Point or null, got LineString" in p.message for p in result.rejected)


ACLED_HEADER = (
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,"
    "location,latitude,longitude,geo_precision,source,notes"
)
ACLED_GOOD = "AFG1,2022-12-05,1,Battles,Armed clash,Taliban,Afghanistan,Kabul,34.5,69.2,1,X,On ..."
_ACLED_ROW = "{id},{date},{tp},Battles,Armed clash,T,Afghanistan,Kabul,{lat},69,1,X,n"


def _acled_row(id: str = "AFG2", date: str = "2022-12-05", tp: str = "1", lat: str = "34") -> str:
    return _ACLED_ROW.format(id=id, date=date, tp=tp, lat=lat)


ACLED_ROWS = [
    ("acled time precision", _acled_row(tp="7"), "time_precision", ["'7' is not 1, 2 or 3"]),
    ("acled empty date", _acled_row(date=""), "event_date", ["is empty"]),
    (
        "acled text date",
        _acled_row(date="31 February 2022"),
        "event_date",
        ["'31 February 2022' is not a date"],
    ),
    ("acled bad latitude", _acled_row(lat="x"), "latitude", ["'x' is not a number"]),
    ("acled duplicate id", _acled_row(id="AFG1"), "event_id", ["'AFG1' is already used on row 2"]),
]


@pytest.mark.parametrize(
    ("case", "row", "column", "words"), ACLED_ROWS, ids=[c[0] for c in ACLED_ROWS]
)
def test_malformed_acled_row_is_rejected_and_good_rows_kept(case, row, column, words):
    result = read_bytes(f"{ACLED_HEADER}\n{ACLED_GOOD}\n{row}\n".encode(), "acled.csv")
    assert result.format == "acled" and list(result.events["event_id"]) == ["AFG1"]
    problems = [p for p in result.rejected if p.row == 3]
    assert problems and problems[0].column == column, f"{case}: {result.rejected}"
    for word in words:
        assert word in str(problems[0]), f"{case}: {word!r} not in {problems[0]}"


GDELT_ROWS = [
    (
        "gdelt short row",
        "\t".join(_gdelt_line("2").split("\t")[:60]),
        None,
        ["has 60 tab-separated fields", "have 61"],
    ),
    ("gdelt id not a number", _gdelt_line("abc"), "GLOBALEVENTID", ["'abc' is not a number"]),
    ("gdelt bad day", _gdelt_line("2", day="20221399"), "SQLDATE", ["'20221399'"]),
]


@pytest.mark.parametrize(
    ("case", "line", "column", "words"), GDELT_ROWS, ids=[c[0] for c in GDELT_ROWS]
)
def test_malformed_gdelt_row_is_rejected_and_good_rows_kept(case, line, column, words):
    data = f"{_gdelt_line('1')}\n{line}\n".encode()
    result = read_bytes(data, "x.export.CSV")
    assert result.format == "gdelt" and list(result.events["event_id"]) == ["gdelt-1"]
    assert [(p.row, p.column) for p in result.rejected] == [(2, column)]
    for word in words:
        assert word in str(result.rejected[0]), f"{case}: {word!r} not in {result.rejected[0]}"


ACCEPTED = [
    ("utf-8 bom", codecs.BOM_UTF8 + _csv(GOOD.replace("a,", "b,", 1)), None),
    ("utf-16 with bom", _csv(GOOD.replace("a,", "b,", 1)).decode().encode("utf-16"), "UTF-16"),
    (
        "utf-16 without bom",
        _csv(GOOD.replace("a,", "b,", 1)).decode().encode("utf-16-le"),
        "UTF-16",
    ),
    (
        "windows-1252",
        "title,place,url\nZürich talks,Zürich,https://e.org/z\n".encode("cp1252"),
        "Windows-1252",
    ),
    (
        "tab separated",
        _csv(GOOD.replace("a,", "b,", 1)).decode().replace(",", "\t").encode(),
        "tab-separated",
    ),
    (
        "semicolons and decimal commas",
        b"title;lat;lon;url\nA;25,28;51,53;https://e.org/a\n",
        "semicolon",
    ),
    (
        "crlf line ends",
        _csv(GOOD.replace("a,", "b,", 1)).decode().replace("\n", "\r\n").encode(),
        None,
    ),
    ("one file in a zip", _zip({"events.csv": _csv(GOOD.replace("a,", "b,", 1))}), "zip"),
]


@pytest.mark.parametrize(("case", "data", "note"), ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_awkward_but_valid_files_are_read(case, data, note):
    result = read_bytes(data, "ok.csv")
    assert result.rejected == [], case
    assert len(result.events) >= 1
    assert set(result.events.columns) >= {"event_id", "title", "geometry"}
    if note:
        assert any(note in n for n in result.notes), f"{case}: {result.notes}"


def test_decimal_commas_are_read_as_numbers():
    data = b"title;lat;lon;url\nA;25,28;51,53;https://e.org/a\n"
    point = read_bytes(data, "eu.csv").events.iloc[0].geometry
    assert (point.y, point.x) == (25.28, 51.53)


def test_bom_is_not_part_of_the_first_column_name():
    result = read_bytes(codecs.BOM_UTF8 + _csv(GOOD.replace("a,", "b,", 1)), "bom.csv")
    assert list(result.events["event_id"]) == ["a", "b"]


def test_unknown_format_is_a_usage_error_not_a_data_error():
    with pytest.raises(UsageError):
        read_bytes(b"x", "x.csv", "xlsx")


def test_missing_path_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError, match="no such file"):
        read_file(tmp_path / "missing.geojson")


def test_no_usable_rows_error_is_a_data_file_error():
    with pytest.raises(NoUsableRowsError):
        read_bytes(b"title,lat,lon,url\nA,95,10,https://e.org\n", "b.csv")


# ------------------------------------------------------------------------------- fuzzing


def _only_our_errors(data: bytes, name: str, fmt: str = "auto") -> None:
    try:
        read_bytes(data, name, fmt)
    except MapAppError as err:
        assert "unexpected" not in str(err), str(err)


# 4 x 50 examples keep the suite fast; MAPAPP_FUZZ_EXAMPLES=2000 runs a longer search.
_FUZZ = settings(
    max_examples=int(os.environ.get("MAPAPP_FUZZ_EXAMPLES", "50")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_CELL = st.text(alphabet=st.sampled_from(list('abc019.,;-/ "\t\n:=<>ÿé\r')), max_size=12)


@_FUZZ
@given(st.binary(max_size=600), st.sampled_from(["f.csv", "f.geojson", "f.export.CSV"]))
@example(b"\xff\xfe\x00", "f.csv")
@example(b"PK\x03\x04", "f.zip")
@example(b'{"type":"FeatureCollection","features":[null]}', "f.geojson")
def test_fuzz_random_bytes_raise_only_mapapp_errors(data, name):
    _only_our_errors(data, name)


@_FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                "id",
                "title",
                "date",
                "lat",
                "lon",
                "url",
                "place",
                "type",
                "actors",
                "wkt",
                "status",
                "end",
                "country",
            ]
        ),
        min_size=1,
        max_size=7,
        unique=True,
    ),
    st.lists(st.lists(_CELL, min_size=0, max_size=8), max_size=6),
)
@example(["title", "lat", "lon", "url"], [["A", "1e400", "-0", "https://e.org"]])
@example(["type", "place"], [[',"', ""]])  # a place of commas and quotes only
@example(["title", "date", "url"], [["A", "12/31/1999", "https://x.org"], ["B", "31/12/99", "u"]])
def test_fuzz_csv_like_text_raises_only_mapapp_errors(header, rows):
    text = ",".join(header) + "\n" + "\n".join(",".join(r) for r in rows)
    _only_our_errors(text.encode(), "fuzz.csv")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | _CELL,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "type",
                    "features",
                    "geometry",
                    "properties",
                    "coordinates",
                    "title",
                    "url",
                    "date",
                    "id",
                    "crs",
                    "name",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@_FUZZ
@given(_JSON, st.sampled_from(["Point", "Polygon", "LineString", "Feature", "Nope"]))
def test_fuzz_json_like_text_raises_only_mapapp_errors(value, kind):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": kind, "coordinates": value},
                "properties": {"title": "T", "url": "https://e.org", "date": value},
            },
            value,
        ],
    }
    _only_our_errors(json.dumps(doc, default=str).encode(), "fuzz.geojson")
    _only_our_errors(json.dumps(value, default=str).encode(), "fuzz.json")


@_FUZZ
@given(st.lists(st.lists(_CELL, min_size=55, max_size=62), min_size=1, max_size=4))
def test_fuzz_gdelt_like_lines_raise_only_mapapp_errors(rows):
    text = "\n".join("\t".join(r) for r in rows)
    _only_our_errors(text.encode(), "fuzz.export.CSV", "gdelt")
