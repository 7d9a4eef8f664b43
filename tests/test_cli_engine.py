"""The command line on the engines: export --text/--bbox, mapapp load, export --database."""

from __future__ import annotations

import json

import pytest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.cli import main
from mapapp.export import write_geojson
from mapapp.readers import read_events


def _ids(capsys, *args: str) -> list[str]:
    assert main(["export", *args]) == 0
    doc = json.loads(capsys.readouterr().out)
    return sorted(f["id"] for f in doc["features"])


def _shifted(tmp_path, lon: float, lat: float, ids: list[str]):
    """The bundled events, with the given ones moved to (lon, lat); written as GeoJSON."""
    from shapely.geometry import Point

    events = read_events(BUNDLED_EVENTS)
    for event_id in ids:
        events.loc[events["event_id"] == event_id, "geometry"] = Point(lon, lat)
    path = tmp_path / "events.geojson"
    write_geojson(events, path)
    return path, events


def test_cli_export_text_matches_like_the_page(capsys):
    events = read_events(BUNDLED_EVENTS)
    text = events[["title", "summary", "source_quote"]].astype(str).agg(" ".join, axis=1)
    expected = sorted(events.loc[text.str.contains("dushanbe", case=False), "event_id"])
    assert 0 < len(expected) < len(events)
    assert _ids(capsys, "--text", "DUSHANBE") == expected


def test_cli_export_bbox_keeps_points_in_the_box(capsys):
    events = read_events(BUNDLED_EVENTS)
    in_qatar = (events.geometry.x.between(50, 52)) & (events.geometry.y.between(24, 26.5))
    expected = sorted(events.loc[in_qatar, "event_id"])
    assert 0 < len(expected) < len(events)
    assert _ids(capsys, "--bbox", "50,24,52,26.5") == expected


def test_cli_export_bbox_crosses_the_antimeridian(capsys, tmp_path):
    events = read_events(BUNDLED_EVENTS)
    moved = list(events["event_id"][:2])
    path, _ = _shifted(tmp_path, 179.5, -17.0, moved)
    assert _ids(capsys, "--input", str(path), "--bbox", "170,-20,-170,-10") == sorted(moved)
    assert _ids(capsys, "--input", str(path), "--bbox", "-170,-20,170,-10") == []


@pytest.mark.parametrize(
    ("bbox", "message"),
    [("1,2,3", "has 3 value(s), not 4"), ("a,b,c,d", "not four numbers"), ("0,10,1,5", "south")],
)
def test_cli_export_bad_bbox_is_usage(capsys, bbox, message):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--bbox", bbox])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_cli_export_input_and_database_exclude_each_other(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--input", str(BUNDLED_EVENTS), "--database", "postgresql://x@y/z"])
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_cli_load_then_export_database_equals_the_file(capsys, tmp_path, new_database):
    """Loaded events come back from the database with the ids the file gives, filter by filter."""
    url = new_database()
    assert main(["load", str(BUNDLED_EVENTS), "--database", url]) == 0
    assert "26 events loaded into" in capsys.readouterr().err
    for args in (
        [],
        ["--start", "2022-11-25", "--end", "2022-12-05", "--type", "meeting"],
        ["--actor", "thomas west", "--country", "ae"],
        ["--text", "doha", "--bbox", "50,24,52,26.5"],
    ):
        from_file = _ids(capsys, *args)
        assert _ids(capsys, "--database", url, *args) == from_file, args
    # The full record survives: the same GeoJSON document either way.
    assert main(["export", "--database", url, "--type", "visit"]) == 0
    from_db = json.loads(capsys.readouterr().out)
    assert main(["export", "--type", "visit"]) == 0
    from_file_doc = json.loads(capsys.readouterr().out)
    key = lambda f: f["id"]  # noqa: E731
    assert sorted(from_db["features"], key=key) == sorted(from_file_doc["features"], key=key)


def test_cli_load_upserts_by_event_id(capsys, tmp_path, new_database):
    url = new_database()
    assert main(["load", str(BUNDLED_EVENTS), "--database", url]) == 0
    events = read_events(BUNDLED_EVENTS)
    events.loc[0, "title"] = "A corrected title"
    path = tmp_path / "edited.geojson"
    write_geojson(events.iloc[:3], path)
    assert main(["load", str(path), "--database", url]) == 0
    assert "3 events loaded" in capsys.readouterr().err
    assert len(_ids(capsys, "--database", url)) == len(events)
    assert main(["export", "--database", url, "--format", "csv"]) == 0
    assert "A corrected title" in capsys.readouterr().out


def test_cli_database_unreachable_is_one_line_without_the_password(capsys, postgis_url):
    port = postgis_url.rsplit(":", 1)[1].split("/")[0]
    # A port next to the test server's: nothing listens there.
    url = f"postgresql://maps:s3cret@127.0.0.1:{int(port) + 1 if port != '65535' else 1}/none"
    assert main(["load", str(BUNDLED_EVENTS), "--database", url]) == 1
    err = capsys.readouterr().err
    assert "cannot connect to the database" in err and "s3cret" not in err
    assert "maps:***@" in err
    assert main(["export", "--database", url]) == 1
    assert "s3cret" not in capsys.readouterr().err


def test_cli_export_database_without_events_table_says_load_first(capsys, new_database):
    assert main(["export", "--database", new_database()]) == 1
    assert "load events first: mapapp load FILE --database URL" in capsys.readouterr().err


def _old_schema_sql() -> str:
    """The events table as mapapp made it before the derived columns: a span column and its
    SP-GiST index, no days index; with one event in it."""
    from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS

    kinds = {name: "date" for name in DATE_COLUMNS} | {"actors": "text[]"}
    columns = ", ".join(f"{name} {kinds.get(name, 'text')}" for name in EVENT_COLUMNS[1:])
    return f"""
    CREATE EXTENSION IF NOT EXISTS postgis;
    CREATE TABLE events (
        event_id text PRIMARY KEY, {columns}, extra jsonb, geom geometry(Point, 4326),
        span daterange GENERATED ALWAYS AS (
            CASE WHEN coalesce(date_start, date_end) IS NULL THEN NULL
            ELSE daterange(coalesce(date_start, date_end), coalesce(date_end, date_start), '[]')
            END
        ) STORED
    );
    CREATE INDEX events_span_idx ON events USING spgist (span);
    INSERT INTO events (event_id, title, event_type, date_start, date_end, actors, geom)
    VALUES ('old-1', 'Talks in Kabul', 'meeting', '2021-03-01', '2021-03-02', '{{Taliban}}',
            ST_SetSRID(ST_MakePoint(69.17, 34.53), 4326));
    """


def test_cli_load_brings_a_table_of_an_older_mapapp_up_to_date(capsys, tmp_path, new_database):
    import psycopg

    url = new_database()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(_old_schema_sql())  # type: ignore[arg-type]
    assert main(["export", "--database", url]) == 1
    err = capsys.readouterr().err
    assert "made by an older mapapp" in err and "mapapp load FILE --database URL" in err
    path = tmp_path / "some.geojson"
    write_geojson(read_events(BUNDLED_EVENTS).iloc[:3], path)
    assert main(["load", str(path), "--database", url]) == 0
    capsys.readouterr()
    # The old row gained its derived columns: found by a date window and by a box.
    window = ["--start", "2021-03-02", "--end", "2021-04-01"]
    assert "old-1" in _ids(capsys, "--database", url, *window)
    assert "old-1" not in _ids(capsys, "--database", url, "--start", "2021-03-03")
    assert "old-1" in _ids(capsys, "--database", url, "--bbox", "69,34,70,35")
    assert "old-1" not in _ids(capsys, "--database", url, "--bbox", "0,0,1,1")


def test_cli_load_again_counts_the_filter_choices_again(tmp_path, new_database):
    """The choices before any filter are counted by each load: an upsert that gives two events
    a new actor and a new country shows them at once, counted once per event."""
    from mapapp.engine import PostgisEngine, make_query

    url = new_database()
    assert main(["load", str(BUNDLED_EVENTS), "--database", url]) == 0
    events = read_events(BUNDLED_EVENTS)
    edited = events.iloc[:2].copy()
    edited["actors"] = [["Zz Renamed Envoy"], ["Zz Renamed Envoy", "Zz Renamed Envoy"]]
    edited["country_code"] = ["TV", "TV"]  # Tuvalu: in no bundled event
    path = tmp_path / "edited.geojson"
    write_geojson(edited, path)
    assert main(["load", str(path), "--database", url]) == 0
    engine = PostgisEngine(url)
    try:
        actors = engine.value_counts("actors", make_query())
        countries = engine.value_counts("country_code", make_query())
        total = engine.value_counts("event_type", make_query())["count"].sum()
    finally:
        engine.close()
    assert dict(zip(actors["value"], actors["count"], strict=True))["Zz Renamed Envoy"] == 2
    assert dict(zip(countries["value"], countries["count"], strict=True))["TV"] == 2
    assert total == len(events)


def test_cli_load_leaves_every_index_in_place(new_database):
    """A first load builds the indexes after the rows; a second one keeps them."""
    import psycopg

    url = new_database()
    wanted = {"events_pkey", "events_geom_idx", "events_days_idx", "events_point_idx"}
    for _ in range(2):
        assert main(["load", str(BUNDLED_EVENTS), "--database", url]) == 0
        with psycopg.connect(url) as connection:
            rows = connection.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'events'"
            ).fetchall()
        assert {r[0] for r in rows} == wanted
