"""One suite, three tiers: a file in memory, DuckDB over GeoParquet, PostGIS give the same events.

The reference is :func:`mapapp.filters.filter_events` plus a box test written out here; every
query below is checked against it on every tier, and each query is known to keep some events
and leave some out, so no query can pass by returning everything or nothing.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from benchmarks.generate import generate_events
from mapapp.engine import (
    EmbeddedEngine,
    FrameEngine,
    PostgisEngine,
    in_bbox,
    load_events,
    make_query,
)
from mapapp.engine.cached import CachedEngine
from mapapp.engine.cells import tile_xy
from mapapp.filters import filter_events
from mapapp.records import coerce_events
from mapapp.store import write_parquet
from tests.conftest import create_database, good_record

D = dt.date

# Events at the edges: the antimeridian, no place, no date, one date missing, accents and case.
EDGE_RECORDS = [
    good_record(
        event_id="edge-fiji", lat="-18.1", lon="178.4", country_code="FJ", place_name="Suva"
    ),
    good_record(
        event_id="edge-samoa", lat="-13.8", lon="-171.8", country_code="WS", place_name="Apia"
    ),
    good_record(
        event_id="edge-noplace", lat=None, lon=None, place_name=None, location_precision="unknown"
    ),
    good_record(
        event_id="edge-undated",
        date_start=None,
        date_end=None,
        date_precision="unknown",
        title="Undated talks",
    ),
    good_record(event_id="edge-open-end", date_start="2021-03-10", date_end="2021-03-10"),
    good_record(
        event_id="edge-accents",
        title="Réunion à l'ÉCOLE de Doha",
        actors="Élise Dupont; TALIBAN",
    ),
    good_record(event_id="edge-bogota", title="Talks in BOGOTÁ on the Colombian accord"),
    good_record(event_id="edge-defense", title="Defense ministers meet on the labor front"),
    good_record(event_id="edge-organise", title="The Organisation of Islamic Cooperation meets"),
]

QUERIES: dict[str, dict[str, object]] = {
    "window": {"start": D(2021, 1, 1), "end": D(2021, 6, 30)},
    "open start": {"end": D(2019, 3, 1)},
    "open end": {"start": D(2023, 6, 1)},
    "types": {"types": ["meeting", "conference"]},
    "actors any case": {"actors": ["taliban", "NATIONAL RESISTANCE FRONT"]},
    "countries lower case": {"countries": ["af", "qa"]},
    "text": {"text": "DOHA"},
    "text accents": {"text": "école"},
    "text without its accents": {"text": "Bogota"},
    "text accents folded both sides": {"text": "ecole de doha"},
    "text british spelling": {"text": "defence"},
    "text american spelling": {"text": "organization"},
    "text two words spelt otherwise": {"text": "Labour Front"},
    "box": {"bbox": (60.0, 30.0, 72.0, 37.0)},
    "box across the antimeridian": {"bbox": (170.0, -30.0, -170.0, 0.0)},
    "all together": {
        "start": D(2019, 1, 1),
        "end": D(2022, 12, 31),
        "types": ["meeting", "visit"],
        "countries": ["AF", "QA", "AE"],
        "bbox": (40.0, 20.0, 75.0, 40.0),
    },
}


@pytest.fixture(scope="module")
def sample() -> gpd.GeoDataFrame:
    generated = generate_events(2_000, seed=7)
    edges = coerce_events(pd.DataFrame(EDGE_RECORDS))
    # The validator wants both dates; frames built by hand (and older files) may lack one.
    edges.loc[edges["event_id"] == "edge-open-end", "date_end"] = pd.NaT
    both = pd.concat([generated, edges], ignore_index=True)
    # A property beyond the contract, on some events only: kept by every tier.
    both["cameo_code"] = [f"0{i % 7}" if i % 3 else None for i in range(len(both))]
    return both


def _reference(gdf: gpd.GeoDataFrame, query: dict[str, object]) -> list[str]:
    """filter_events, then the box test written out point by point."""
    filters = {k: v for k, v in query.items() if k != "bbox"}
    shown = filter_events(gdf, **filters)  # type: ignore[arg-type]
    box = query.get("bbox")
    if box is None:
        return sorted(shown["event_id"])
    west, south, east, north = box  # type: ignore[misc]
    kept = []
    for event_id, point in zip(shown["event_id"], shown.geometry, strict=True):
        if point is None or point.is_empty:
            continue
        lon_ok = west <= point.x <= east if west <= east else (point.x >= west or point.x <= east)
        if lon_ok and south <= point.y <= north:
            kept.append(event_id)
    return sorted(kept)


@pytest.fixture(scope="module", params=["file", "embedded", "postgis", "cached"])
def engine(request, sample, tmp_path_factory):
    if request.param == "file":
        made = FrameEngine(sample)
    elif request.param == "cached":  # answers remembered: the same answers, asked twice
        made = CachedEngine(FrameEngine(sample), size=8)
    elif request.param == "embedded":
        path = tmp_path_factory.mktemp("engine") / "events.parquet"
        write_parquet(sample, path)
        made = EmbeddedEngine(path)
    else:
        url = request.getfixturevalue("module_database")
        load_events(url, sample)
        made = PostgisEngine(url)
    yield made
    made.close()


@pytest.fixture(scope="module")
def module_database(postgis_url):
    return create_database(postgis_url)


@pytest.mark.parametrize("name", list(QUERIES))
def test_engine_gives_the_reference_ids(engine, sample, name):
    """Every tier keeps exactly the events filter_events and the box test keep."""
    expected = _reference(sample, QUERIES[name])
    assert 0 < len(expected) < len(sample), "the query must keep some events and drop others"
    query = make_query(**QUERIES[name])  # type: ignore[arg-type]
    assert engine.event_ids(query) == expected
    assert engine.count(query) == len(expected)


def test_engine_edges_land_where_they_belong(engine):
    """Named edge events: across ±180, undated, open-ended, accented — checked by id."""
    assert engine.event_ids(make_query(bbox="170,-30,-170,0")) == ["edge-fiji", "edge-samoa"]
    dated = engine.event_ids(make_query(start=D(1900, 1, 1)))
    assert "edge-undated" not in dated and "edge-open-end" in dated
    assert "edge-undated" in engine.event_ids(make_query())
    assert "edge-accents" in engine.event_ids(make_query(actors=["élise dupont"]))
    # A missing end stands in for the start: the span is that one day.
    assert "edge-open-end" in engine.event_ids(make_query(start=D(2021, 3, 10), end=D(2021, 3, 10)))
    assert "edge-open-end" not in engine.event_ids(make_query(start=D(2021, 3, 11)))


def test_engine_events_hold_the_same_values(engine, sample):
    """The frame an engine returns has the contract's values of the events it names."""
    query = make_query(**QUERIES["all together"])  # type: ignore[arg-type]
    got = engine.events(query).set_index("event_id").sort_index()
    want = sample.set_index("event_id").loc[got.index]
    assert list(got.index) == _reference(sample, QUERIES["all together"])
    for name in ("title", "event_type", "country_code", "place_name", "source_url", "cameo_code"):
        assert _plain(got[name]) == _plain(want[name]), name
    assert got["actors"].tolist() == [list(a) for a in want["actors"]]
    assert (got["date_start"].to_numpy() == want["date_start"].to_numpy()).all()
    assert np.allclose(got.geometry.x, want.geometry.x) and np.allclose(
        got.geometry.y, want.geometry.y
    )
    assert got.crs == "EPSG:4326"


def _plain(series: pd.Series) -> list[object]:
    """Values with every kind of missing (None, NaN, NA) as None."""
    return [None if pd.isna(v) else v for v in series.tolist()]


@pytest.mark.parametrize("zoom", [0, 3, 9])
def test_engine_cell_counts_match_the_events_per_tile(engine, sample, zoom):
    query = make_query(start=D(2020, 1, 1), end=D(2022, 12, 31))
    cells = engine.cell_counts(query, zoom)
    shown = sample[
        sample["event_id"].isin(
            _reference(sample, {"start": D(2020, 1, 1), "end": D(2022, 12, 31)})
        )
    ]
    points = shown.geometry[shown.geometry.notna()]
    x, y = tile_xy(points.x.to_numpy(), points.y.to_numpy(), zoom)
    expected = pd.Series(1, index=pd.MultiIndex.from_arrays([x, y])).groupby(level=[0, 1]).sum()
    got = cells.set_index(["x", "y"])["count"]
    assert got.sum() == len(points) and len(got) == len(expected)
    assert got.sort_index().tolist() == expected.sort_index().tolist()
    if zoom == 0:
        assert len(cells) == 1 and cells["lon"][0] == pytest.approx(points.x.mean())


@pytest.mark.parametrize("zoom", [2, 9])
def test_engine_cell_type_counts_split_the_cell_counts_by_type(engine, sample, zoom):
    """Per cell and type, as the zoom-aware map's hover text needs, with the filters applied."""
    query = make_query(start=D(2020, 1, 1), end=D(2022, 12, 31), bbox="40,20,80,45")
    by_type = engine.cell_type_counts(query, zoom)
    cells = engine.cell_counts(query, zoom)
    assert list(by_type.columns) == ["x", "y", "event_type", "count"]
    summed = by_type.groupby(["x", "y"])["count"].sum()
    assert summed.tolist() == cells.set_index(["x", "y"])["count"].sort_index().tolist()
    ids = set(_reference(sample, {"start": D(2020, 1, 1), "end": D(2022, 12, 31)}))
    shown = sample[sample["event_id"].isin(ids) & in_bbox(sample, query.bbox)]
    expected = shown["event_type"].value_counts().sort_index()
    got = by_type.groupby("event_type")["count"].sum().sort_index()
    assert got.to_dict() == expected.to_dict() and len(got) > 2
    visits = engine.cell_type_counts(make_query(types=["visit"], bbox="40,20,80,45"), zoom)
    assert set(visits["event_type"]) == {"visit"}


def test_engine_cell_actor_counts_name_each_cells_top_actors(engine, sample):
    """Each actor once per event, per cell, with the filters applied; the top ones by count."""
    query = make_query(types=["meeting", "visit"], bbox="40,20,80,45")
    everyone = engine.cell_actor_counts(query, 4, top=100)
    assert list(everyone.columns) == ["x", "y", "actor", "count"]
    shown = sample[sample["event_type"].isin(["meeting", "visit"]) & in_bbox(sample, query.bbox)]
    x, y = tile_xy(shown.geometry.x.to_numpy(), shown.geometry.y.to_numpy(), 4)
    pairs = pd.DataFrame({"x": x, "y": y, "actor": shown["actors"].to_numpy()}).explode("actor")
    pairs = pairs.reset_index().drop_duplicates(["index", "actor"]).dropna(subset=["actor"])
    expected = pairs.groupby(["x", "y", "actor"]).size()
    got = everyone.set_index(["x", "y", "actor"])["count"]
    assert got.sort_index().to_dict() == expected.sort_index().to_dict() and len(got) > 3
    top = engine.cell_actor_counts(query, 4, top=2)
    assert top.groupby(["x", "y"]).size().max() <= 2
    for (cx, cy), part in top.groupby(["x", "y"]):
        best = expected.loc[(cx, cy)].max()
        assert part["count"].iloc[0] == best and part["count"].is_monotonic_decreasing


def test_engine_bad_query_is_a_usage_error():
    from mapapp.errors import UsageError

    with pytest.raises(UsageError, match="swap them"):
        make_query(start=D(2022, 2, 1), end=D(2022, 1, 1))
    with pytest.raises(UsageError, match="unknown event type 'party'"):
        make_query(types=["party"])
    with pytest.raises(UsageError, match="not four numbers"):
        make_query(bbox="west,1,2,3")
    with pytest.raises(UsageError, match="south <= north"):
        make_query(bbox="1,40,2,30")
    with pytest.raises(UsageError, match="-180…180"):
        make_query(bbox="190,1,200,3")


def test_engine_answers_threads_at_once(engine):
    """The page's sessions share one engine: queries from several threads give serial answers."""
    from concurrent.futures import ThreadPoolExecutor

    queries = [make_query(**q) for q in QUERIES.values()]  # type: ignore[arg-type]
    serial = [engine.event_ids(q) for q in queries]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(engine.event_ids, queries * 3))
    assert parallel == serial * 3


# --------------------------------------------------------------------------------------------
# what a page asks besides the events: first rows, by id, per month, span, value counts

PAGE_QUERIES = ["window", "types", "countries lower case", "all together"]


def _shown(sample: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    return sample[sample["event_id"].isin(_reference(sample, QUERIES[name]))]


@pytest.mark.parametrize("name", PAGE_QUERIES)
def test_engine_head_is_the_first_rows_in_date_then_id_order(engine, sample, name):
    shown = _shown(sample, name)
    ordered = shown.assign(_undated=shown["date_start"].isna()).sort_values(
        ["_undated", "date_start", "event_id"]
    )
    head = engine.head(make_query(**QUERIES[name]), 25)  # type: ignore[arg-type]
    assert len(shown) > 25
    assert head["event_id"].tolist() == ordered["event_id"].head(25).tolist()
    assert head.crs == "EPSG:4326" and head["actors"].map(type).eq(list).all()


def test_engine_head_puts_undated_events_last(engine, sample):
    head = engine.head(make_query(), len(sample) + 5)
    assert len(head) == len(sample)
    undated = sorted(sample.loc[sample["date_start"].isna(), "event_id"])
    assert "edge-undated" in undated
    assert head["event_id"].tolist()[-len(undated) :] == undated
    assert engine.head(make_query(), 0).empty


def test_engine_by_ids_keeps_the_order_asked(engine, sample):
    ids = [sample["event_id"].iloc[40], "edge-fiji", "no-such-event", sample["event_id"].iloc[3]]
    got = engine.by_ids([*ids, "edge-fiji"])
    assert got["event_id"].tolist() == [ids[0], "edge-fiji", ids[3]]
    fiji = got[got["event_id"] == "edge-fiji"].iloc[0]
    assert fiji["place_name"] == "Suva" and fiji.geometry.x == pytest.approx(178.4)
    assert engine.by_ids([]).empty


@pytest.mark.parametrize("name", ["window", "all together", "text"])
def test_engine_monthly_counts_count_each_event_in_its_first_month(engine, sample, name):
    shown = _shown(sample, name)
    first = pd.to_datetime(shown["date_start"]).fillna(pd.to_datetime(shown["date_end"]))
    dated = first.notna()
    expected = (
        pd.DataFrame(
            {
                "month": first[dated].dt.to_period("M").dt.to_timestamp(),
                "event_type": shown["event_type"][dated],
            }
        )
        .value_counts()
        .sort_index()
    )
    got = engine.monthly_counts(make_query(**QUERIES[name]))  # type: ignore[arg-type]
    assert list(got.columns) == ["month", "event_type", "count"]
    assert got["count"].sum() == dated.sum() > 0
    assert list(zip(got["month"], got["event_type"], got["count"], strict=True)) == [
        (m, t, c) for (m, t), c in expected.items()
    ]
    assert (got["month"].dt.day == 1).all()


def test_engine_date_span_is_the_first_and_last_day(engine, sample):
    first = pd.to_datetime(sample["date_start"]).fillna(pd.to_datetime(sample["date_end"]))
    last = pd.to_datetime(sample["date_end"]).fillna(pd.to_datetime(sample["date_start"]))
    assert engine.date_span(make_query()) == (first.min().date(), last.max().date())
    window = engine.date_span(make_query(countries=["FJ"]))
    assert window is not None and window[0] == window[1]
    assert engine.date_span(make_query(text="no event says this")) is None


@pytest.mark.parametrize("name", [None, "window", "types"])
def test_engine_value_counts_give_the_filter_choices(engine, sample, name):
    shown = sample if name is None else _shown(sample, name)
    query = make_query(**({} if name is None else QUERIES[name]))  # type: ignore[arg-type]
    types = engine.value_counts("event_type", query)
    assert dict(zip(types["value"], types["count"], strict=True)) == dict(
        shown["event_type"].value_counts()
    )
    countries = engine.value_counts("country_code", query)
    codes = shown["country_code"].dropna().str.strip().str.upper()
    assert dict(zip(countries["value"], countries["count"], strict=True)) == dict(
        codes[codes != ""].value_counts()
    )
    actors = engine.value_counts("actors", query)
    named: dict[str, int] = {}
    for names in shown["actors"]:
        for actor in {a for a in names if a.strip()}:
            named[actor] = named.get(actor, 0) + 1
    assert dict(zip(actors["value"], actors["count"], strict=True)) == named
    assert actors["value"].tolist() == sorted(named)
    assert len(named) > 3


def test_engine_value_counts_refuse_other_columns(engine):
    from mapapp.errors import UsageError

    with pytest.raises(UsageError, match="cannot count values of 'title'"):
        engine.value_counts("title", make_query())
    with pytest.raises(UsageError, match="row limit -1"):
        engine.head(make_query(), -1)


def test_cached_engine_answers_again_from_memory(sample):
    class Counting(FrameEngine):
        asked = 0

        def cell_counts(self, query, zoom):
            Counting.asked += 1
            return super().cell_counts(query, zoom)

    engine = CachedEngine(Counting(sample), size=2)
    query = make_query(countries=["af"])
    first = engine.cell_counts(query, 5)
    first["count"] = 0  # a caller changing its answer changes no later one
    again = engine.cell_counts(make_query(countries=["AF"]), 5)  # the same question
    assert Counting.asked == 1 and (engine.hits, engine.misses) == (1, 1)
    assert again["count"].sum() == engine.engine.count(
        make_query(countries=["AF"], bbox=(-180, -90, 180, 90))
    )
    engine.cell_counts(query, 6)
    engine.cell_counts(query, 7)  # size 2: the zoom-5 answer is dropped
    engine.cell_counts(query, 5)
    assert Counting.asked == 4
    assert engine.by_ids(["edge-fiji"])["event_id"].tolist() == ["edge-fiji"]  # lists as keys
    assert not hasattr(engine, "no_such_question")


def test_cached_engine_forgets_after_its_ttl(sample, monkeypatch):
    import mapapp.engine.cached as cached

    now = [100.0]
    monkeypatch.setattr(cached.time, "monotonic", lambda: now[0])
    engine = CachedEngine(FrameEngine(sample), ttl=60)
    query = make_query(types=["visit"])
    engine.count(query)
    now[0] += 59
    engine.count(query)
    now[0] += 2
    engine.count(query)
    assert (engine.hits, engine.misses) == (1, 2)


@pytest.mark.parametrize("name", ["window", "countries lower case", "box across the antimeridian"])
def test_engine_extent_is_the_box_around_the_points(engine, sample, name):
    shown = _shown(sample, name)
    points = shown.geometry[shown.geometry.notna()]
    got = engine.extent(make_query(**QUERIES[name]))  # type: ignore[arg-type]
    want = [[points.y.min(), points.x.min()], [points.y.max(), points.x.max()]]
    assert np.allclose(got, want)
    assert engine.extent(make_query(text="no event says this")) is None


def test_sql_engine_answers_a_views_cells_and_types_with_one_statement(sample, tmp_path):
    """The map asks cell_counts then cell_type_counts of one view: one statement answers both,
    and each answer is used once (asked again, the events are read again)."""
    path = tmp_path / "events.parquet"
    write_parquet(sample, path)
    engine = EmbeddedEngine(path)
    statements: list[str] = []
    run = engine._frame

    def counted(sql: str, params: list[object]) -> pd.DataFrame:
        statements.append(sql)
        return run(sql, params)

    engine._frame = counted  # type: ignore[method-assign]
    query = make_query(start=D(2020, 1, 1), end=D(2022, 12, 31), bbox="40,20,80,45")
    try:
        cells = engine.cell_counts(query, 5)
        by_type = engine.cell_type_counts(query, 5)
        assert len(statements) == 1
        assert by_type["count"].sum() == cells["count"].sum() > 0
        engine.cell_type_counts(query, 5)
        engine.cell_counts(query, 5)
        engine.cell_counts(query, 5)
        assert len(statements) == 4
    finally:
        engine.close()
