"""In-process measurements: map builds, filters, aggregation, exports, storage, Python memory.

Every function returns plain dicts (JSON-ready). Times are medians of ``repeat`` runs in
seconds unless a name ends in ``_ms``; a run slower than :data:`SLOW_S` is not repeated.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mapapp.export import to_csv_bytes, to_geojson_bytes
from mapapp.filters import filter_events
from mapapp.model import DATE_COLUMNS, EVENT_COLUMNS
from mapapp.render.aggregate import (
    aggregate_events,
    build_aggregate_layer,
    cell_size_for,
    map_layers,
)
from mapapp.render.maps import build_base_map, build_event_layers, build_map, event_bounds
from mapapp.store import read_parquet, write_parquet

SLOW_S = 5.0


def read_data_file(path: Path) -> gpd.GeoDataFrame:
    """What the page does to read ``MAPAPP_DATA`` (mapapp.app.read_data_file)."""
    from mapapp.web.app import read_data_file as page_reader

    return page_reader(Path(path))


def timed(func: Callable[[], Any], repeat: int = 3) -> tuple[float, Any, list[float]]:
    """(median seconds, last result, all run times); stops repeating after a slow run."""
    times: list[float] = []
    result: Any = None
    for _ in range(max(repeat, 1)):
        gc.collect()
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
        if times[-1] > SLOW_S:
            break
    return statistics.median(times), result, times


def peak_mb(func: Callable[[], Any]) -> float:
    """Peak Python-side allocation (tracemalloc) while func runs, in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        func()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def mappable_count(gdf: gpd.GeoDataFrame) -> int:
    geom = gdf.geometry
    return int((geom.notna() & ~geom.is_empty).sum())


# --- the three map builders -----------------------------------------------------------------


def build_ours(gdf: gpd.GeoDataFrame) -> tuple[folium.Map, dict[str, Any]]:
    """The page's path (and the proposed build_map): base map + ``map_layers``."""
    m = build_base_map(gdf)
    layers, bins = map_layers(gdf, build_event_layers)
    if bins is not None:
        info = {"mode": "aggregated", "drawn": len(bins), "cell_deg": bins.attrs["cell_deg"]}
    else:
        info = {"mode": "individual", "drawn": mappable_count(gdf), "cell_deg": None}
    for layer in layers:
        layer.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    return m, info


def build_naive(gdf: gpd.GeoDataFrame) -> folium.Map:
    """The naive map: one folium.Marker with a Popup per event, a FeatureGroup per type."""
    m = folium.Map(location=[30, 60], zoom_start=4)
    points = gdf[(gdf.geometry.notna() & ~gdf.geometry.is_empty).to_numpy()]
    groups: dict[str, folium.FeatureGroup] = {}
    for etype, title, point in zip(
        points["event_type"], points["title"], points.geometry, strict=True
    ):
        group = groups.get(etype)
        if group is None:
            group = groups[etype] = folium.FeatureGroup(name=etype).add_to(m)
        folium.Marker([point.y, point.x], popup=folium.Popup(title)).add_to(group)
    folium.LayerControl().add_to(m)
    return m


def render(m: folium.Map) -> str:
    return m.get_root().render()


def bench_builds(
    gdf: gpd.GeoDataFrame, *, repeat: int, naive: bool, out_dir: Path | None
) -> dict[str, Any]:
    """Build + render each map; write the HTML to out_dir (for the browser) when given."""
    rows: dict[str, Any] = {}
    builders: dict[str, Callable[[], tuple[folium.Map, dict[str, Any]]]] = {
        "ours": lambda: build_ours(gdf),
        "build_map": lambda: (build_map(gdf), {}),
    }
    if naive:
        builders["naive"] = lambda: (build_naive(gdf), {"mode": "markers"})
    for name, build in builders.items():

        def run(build: Callable[[], tuple[folium.Map, dict[str, Any]]] = build) -> Any:
            m, info = build()
            return render(m), info

        seconds, (html, info), runs = timed(run, repeat)
        row = {"build_s": seconds, "runs": runs, "html_mb": len(html.encode()) / 1e6, **info}
        if name == "build_map":  # build_map aggregates above the threshold, like the page
            _, bins = map_layers(gdf, lambda part: [])
            row["mode"] = "individual" if bins is None else "aggregated"
            row["drawn"] = mappable_count(gdf) if bins is None else len(bins)
        if name == "naive":
            row["drawn"] = mappable_count(gdf)
        if out_dir is not None:
            path = out_dir / f"{name}-{len(gdf)}.html"
            path.write_text(html, encoding="utf-8")
            row["html_path"] = str(path)
        rows[name] = row
    if "naive" in rows:
        for name in ("ours", "build_map"):
            rows[name]["naive_over_this"] = rows["naive"]["build_s"] / rows[name]["build_s"]
    return rows


# --- data path ------------------------------------------------------------------------------


def bench_filters(gdf: gpd.GeoDataFrame, repeat: int = 5) -> dict[str, float]:
    """filter_events on the full frame, one filter at a time and all together (ms)."""
    cases: dict[str, dict[str, Any]] = {
        "window_1y": {"start": dt.date(2021, 1, 1), "end": dt.date(2021, 12, 31)},
        "types": {"types": ["meeting", "visit"]},
        "actor": {"actors": ["Taliban"]},
        "country": {"countries": ["AF"]},
        "text": {"text": "kabul"},
    }
    cases["all"] = {k: v for case in cases.values() for k, v in case.items()}
    out = {}
    for name, kwargs in cases.items():
        seconds, result, _ = timed(lambda kwargs=kwargs: filter_events(gdf, **kwargs), repeat)
        out[f"{name}_ms"] = seconds * 1e3
        out[f"{name}_rows"] = len(result)
    return out


def bench_aggregate(gdf: gpd.GeoDataFrame, repeat: int = 5) -> dict[str, Any]:
    n = mappable_count(gdf)
    cell = cell_size_for(n, event_bounds(gdf))
    seconds, bins, _ = timed(lambda: aggregate_events(gdf, cell), repeat)
    layer_s, _, _ = timed(lambda: build_aggregate_layer(bins), repeat)
    return {
        "aggregate_ms": seconds * 1e3,
        "layer_ms": layer_s * 1e3,
        "cell_deg": cell,
        "bins": len(bins),
        "mappable": n,
        "counts_add_up": int(bins["count"].sum()) == n,
    }


def geojson_bytes_arrow(gdf: gpd.GeoDataFrame) -> bytes:
    """``mapapp.export.to_geojson_bytes`` with ``use_arrow=True`` (a proposed change, measured)."""
    from mapapp.export import _export_frame

    out = _export_frame(gdf)
    out["__feature_id"] = out["event_id"]
    buf = io.BytesIO()
    out.to_file(
        buf,
        driver="GeoJSON",
        engine="pyogrio",
        layer="events",
        RFC7946="YES",
        ID_FIELD="__feature_id",
        WRITE_NAME="NO",
        use_arrow=True,
    )
    return buf.getvalue()


_ENCODE = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def _json_column(values: list[Any]) -> list[str]:
    """JSON text of each value (None → null); each distinct value is encoded once."""
    table = {v: "null" if v is None else _ENCODE(v) for v in set(values)}
    return [table[v] for v in values]


def _json_lists(lists: list[Any]) -> list[str]:
    """JSON arrays of strings; each distinct string is encoded once."""
    names = {n for lst in lists for n in lst}
    table = {n: _ENCODE(n) for n in names}
    return ["[" + ",".join([table[n] for n in lst]) + "]" for lst in lists]


def geojson_bytes_stdlib(gdf: gpd.GeoDataFrame) -> bytes:
    """An RFC 7946 FeatureCollection written with the json module, column by column.

    A measured alternative to pyogrio for ``mapapp.export.to_geojson_bytes``: the same document
    (checked by the benchmark: ``json.loads`` of both are equal), WGS84 input assumed.
    """
    extras = [c for c in gdf.columns if c not in EVENT_COLUMNS and c != gdf.geometry.name]
    columns = [*EVENT_COLUMNS, *extras]
    encoded = []
    for name in columns:
        series = gdf[name]
        if name in DATE_COLUMNS:
            days = series.to_numpy(dtype="datetime64[D]")
            text = np.datetime_as_string(days, unit="D")
            column = _json_column(np.where(np.isnat(days), None, text).tolist())
        elif name == "actors":
            column = _json_lists(
                [list(v) if isinstance(v, (list, tuple, np.ndarray)) else [] for v in series]
            )
        else:
            values = series.astype(object).where(series.notna(), None).tolist()
            try:
                column = _json_column(values)
            except TypeError:  # unhashable values in an extra column
                column = ["null" if v is None else _ENCODE(v) for v in values]
        key = _ENCODE(name) + ":"
        encoded.append([key + v for v in column])
    geom = np.asarray(gdf.geometry.array)
    has = ~(pd.isna(geom) | shapely.is_empty(geom))
    lon = np.round(shapely.get_x(geom), 7).tolist()
    lat = np.round(shapely.get_y(geom), 7).tolist()
    points = [
        f'{{"type":"Point","coordinates":[{x!r},{y!r}]}}' if h else "null"
        for x, y, h in zip(lon, lat, has.tolist(), strict=True)
    ]
    ids = [v[len(_ENCODE("event_id")) + 1 :] for v in encoded[columns.index("event_id")]]
    props = list(map(",".join, zip(*encoded, strict=True)))
    features = [
        f'{{"type":"Feature","id":{i},"properties":{{{p}}},"geometry":{g}}}'
        for i, p, g in zip(ids, props, points, strict=True)
    ]
    body = ",\n".join(features)
    return f'{{"type":"FeatureCollection","features":[\n{body}\n]}}\n'.encode()


def bench_exports(gdf: gpd.GeoDataFrame, tmp: Path, repeat: int = 3) -> dict[str, Any]:
    out: dict[str, Any] = {}
    seconds, data, _ = timed(lambda: to_geojson_bytes(gdf), repeat)
    out.update(geojson_s=seconds, geojson_mb=len(data) / 1e6)
    seconds, arrow, _ = timed(lambda: geojson_bytes_arrow(gdf), repeat)
    out.update(geojson_arrow_s=seconds, geojson_arrow_same_bytes=arrow == data)
    seconds, plain, _ = timed(lambda: geojson_bytes_stdlib(gdf), repeat)
    out.update(
        geojson_stdlib_s=seconds, geojson_stdlib_same_document=json.loads(plain) == json.loads(data)
    )
    del plain
    geojson_path = tmp / f"events-{len(gdf)}.geojson"
    geojson_path.write_bytes(data)
    del data, arrow
    seconds, _, _ = timed(lambda: read_data_file(geojson_path), 1)
    out.update(read_geojson_s=seconds)
    seconds, data, _ = timed(lambda: to_csv_bytes(gdf), repeat)
    out.update(csv_s=seconds, csv_mb=len(data) / 1e6)
    path = tmp / f"events-{len(gdf)}.parquet"
    seconds, _, _ = timed(lambda: write_parquet(gdf, path), repeat)
    out.update(parquet_write_s=seconds, parquet_mb=path.stat().st_size / 1e6)
    seconds, back, _ = timed(lambda: read_parquet(path), repeat)
    out.update(parquet_read_s=seconds, parquet_rows=len(back))
    window = {
        "start": dt.date(2021, 3, 1),
        "end": dt.date(2021, 3, 31),
        "bbox": (60.0, 30.0, 75.0, 40.0),
    }
    seconds, part, _ = timed(lambda: read_parquet(path, **window), repeat)
    out.update(parquet_read_window_bbox_s=seconds, parquet_window_bbox_rows=len(part))
    return out


def bench_page_parts(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    """What the page does besides the map, once at load or on every run (not the map)."""
    from mapapp.render.maps import prepare_for_folium
    from mapapp.render.timeline import timeline_frame
    from mapapp.web.panels import table_frame

    out: dict[str, Any] = {}
    for name, func in (
        ("prepare_for_folium_all_s", lambda: prepare_for_folium(gdf)),
        ("table_frame_s", lambda: table_frame(gdf)),
        ("timeline_frame_s", lambda: timeline_frame(gdf, {})),
    ):
        out[name], _, _ = timed(func, 1)
    return out


def bench_memory(gdf: gpd.GeoDataFrame, tmp: Path) -> dict[str, float]:
    """Python-side peaks (tracemalloc; slows the code, so timed separately)."""
    out = {
        "ours_build_peak_mb": peak_mb(lambda: render(build_ours(gdf)[0])),
        "geojson_export_peak_mb": peak_mb(lambda: to_geojson_bytes(gdf)),
        "filter_peak_mb": peak_mb(lambda: filter_events(gdf, start=dt.date(2021, 1, 1))),
    }
    for suffix, reader in (("geojson", read_data_file), ("parquet", read_parquet)):
        path = tmp / f"events-{len(gdf)}.{suffix}"
        if path.exists():
            out[f"read_{suffix}_peak_mb"] = peak_mb(lambda p=path, r=reader: r(p))
    return out
