"""The Streamlit page as ``benchmarks/run.py --app`` runs it: the real page plus three knobs.

Runs :func:`mapapp.app.main` with:

* ``MAPAPP_BENCH_THRESHOLD`` (an integer): overrides
  :data:`mapapp.aggregate.AGGREGATE_THRESHOLD`, so the threshold sweep can time individual
  markers above it;
* ``MAPAPP_BENCH_PARQUET=1``: ``MAPAPP_DATA`` may be GeoParquet, read with
  :func:`mapapp.store.read_parquet` (the page's own reader does not read it yet);
* ``MAPAPP_BENCH_TRACE`` (a path): each run appends when it started, when the map call
  (``_render_map``) returned and when the script ended, so a slider move can be split into
  key → script start → map sent → drawn.

If the page does not aggregate (an older ``mapapp/web/app.py``), its ``_render_map`` is
replaced by :func:`render_map`.

    MAPAPP_DATA=/tmp/events.geojson streamlit run benchmarks/aggregated_app.py
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import folium
import geopandas as gpd

import mapapp.render.aggregate as aggregate


def app_aggregates(app: ModuleType) -> bool:
    """True when the page module uses :mod:`mapapp.render.aggregate` itself."""
    names = {"aggregate_events", "build_aggregate_layer", "map_layers", "aggregate"}
    return any(
        getattr(value, "__module__", None) == aggregate.__name__ or value is aggregate
        for name, value in vars(app).items()
        if name in names
    )


def render_map(data: Any, shown: gpd.GeoDataFrame) -> None:
    """For a page that does not aggregate: events up to the threshold, grid cells above it."""
    import streamlit as st
    from streamlit_folium import st_folium

    import mapapp.web.app as app
    from mapapp.render.maps import build_event_layers, event_bounds
    from mapapp.web.page import for_st_folium

    def individual(part: gpd.GeoDataFrame) -> list[folium.FeatureGroup]:
        return build_event_layers(data.prepared.loc[data.prepared.index.intersection(part.index)])

    layers, bins = aggregate.map_layers(
        shown, individual, bounds=event_bounds(data.prepared), n_all=len(data.prepared)
    )
    geometry = shown.geometry
    st.caption(aggregate.map_note(int((geometry.notna() & ~geometry.is_empty).sum()), bins))
    st_folium(
        copy.deepcopy(data.base_map),
        key=app.MAP,
        height=app.MAP_HEIGHT,
        use_container_width=True,
        feature_group_to_add=for_st_folium(layers),
        layer_control=folium.LayerControl(collapsed=False),
        returned_objects=["last_active_drawing"],
        on_change=app._on_map_change,
    )


# This script runs afresh on every rerun while mapapp.web.app stays imported (and patched), so the
# page's own functions are kept on the page module, once.
def _originals(app: ModuleType) -> dict[str, Any]:
    kept: dict[str, Any] = app.__dict__.setdefault("_bench_originals", {})
    for name in ("read_data_file", "_render_map", "_count_run"):
        kept.setdefault(name, getattr(app, name))
    return kept


def _reader_with_parquet(original: Callable[[Path], Any]) -> Callable[[Path], Any]:
    """The page's reader, plus GeoParquet (returned in the shape the page's reader returns)."""
    from mapapp.store import read_parquet

    tuple_result = str(inspect.signature(original).return_annotation).startswith("tuple")

    @functools.wraps(original)
    def read(path: Path) -> Any:
        if Path(path).suffix.lower() != ".parquet":
            return original(path)
        events = read_parquet(path)
        return (events, ()) if tuple_result else events

    return read


_RUN: dict[str, float] = {}


def _trace(step: str) -> None:
    """Append 'seconds since this run started' for a step to $MAPAPP_BENCH_TRACE (JSON lines)."""
    target = os.environ.get("MAPAPP_BENCH_TRACE")
    if target and "start" in _RUN:
        line = {
            "run_start": _RUN["start"],
            "step": step,
            "s": time.perf_counter() - _RUN["start_perf"],
        }
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(line) + "\n")


def _traced(render: Callable[..., None]) -> Callable[..., None]:
    def traced_render(*args: Any, **kwargs: Any) -> None:
        render(*args, **kwargs)
        _trace("map_sent")

    return traced_render


def _run_started(count_run: Callable[[], int]) -> Callable[[], int]:
    """The page's run counter, also marking when a run of the map's part started.

    The page draws the map in a fragment (``_view``) that a slider move reruns without running
    ``main``; ``_count_run`` is called at the start of every run of that part.
    """

    def counted() -> int:
        _RUN.update(start=time.time(), start_perf=time.perf_counter())
        return count_run()

    return counted


def main() -> None:
    import mapapp.web.app as app

    _RUN.update(start=time.time(), start_perf=time.perf_counter())
    kept = _originals(app)
    override = os.environ.get("MAPAPP_BENCH_THRESHOLD", "").strip()
    if override:
        aggregate.AGGREGATE_THRESHOLD = int(override)
    page_render = kept["_render_map"] if app_aggregates(app) else render_map
    app._render_map = _traced(page_render)  # type: ignore[assignment]
    app._count_run = _run_started(kept["_count_run"])  # type: ignore[assignment]
    if os.environ.get("MAPAPP_BENCH_PARQUET", "").strip() == "1":
        app.read_data_file = _reader_with_parquet(kept["read_data_file"])  # type: ignore[assignment]
    app.main()
    _trace("script_done")


if __name__ == "__main__":
    main()
