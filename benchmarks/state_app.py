"""The page on both bundled datasets (the story + US diplomatic travel) against synthetic events
of the same size: loading, filters, map layers, and (``--browser``) the page in Chromium.

    .venv/bin/python benchmarks/state_app.py             # in-process figures
    .venv/bin/python benchmarks/state_app.py --browser   # also open the page and move the slider

"Today at that size" is the page on the same number of events from ``generate.py``, measured in
the same run, through the same code (:func:`mapapp.web.page.build_dataset`, ``apply_filters``,
:func:`mapapp.render.aggregate.map_layers`). Times are medians of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from generate import generate_events, write_events  # noqa: E402

from mapapp.bundled import affiliations  # noqa: E402
from mapapp.render import aggregate  # noqa: E402
from mapapp.web.datasets import BOTH, BUNDLED_CHOICES, read_data_files  # noqa: E402
from mapapp.web.page import (  # noqa: E402
    Dataset,
    Filters,
    apply_filters,
    build_dataset,
    event_layers,
)


def _median(func: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def _filters(data: Dataset) -> dict[str, Filters]:
    """Filters that keep a similar share of either dataset: a quarter of the span, one type,
    the most frequent actor, the most frequent country, a word of the titles."""
    assert data.span is not None
    lo, hi = data.span
    quarter = (hi - (hi - lo) / 4, hi)
    actors = data.events["actors"].explode().value_counts()
    country = data.events["country_code"].value_counts().index[0]
    word = data.events["title"].str.split().explode().value_counts().index[3]
    every = Filters(quarter, ("visit",), (actors.index[0],), (country,), word)
    return {
        "window (last quarter)": Filters(window=quarter),
        "type = visit": Filters(types=("visit",)),
        "actor (most frequent)": Filters(actors=(actors.index[0],)),
        "country (most frequent)": Filters(countries=(country,)),
        "text (a frequent title word)": Filters(text=word),
        "all combined": every,
    }


def measure(name: str, load: Callable[[], Any], repeat: int) -> dict[str, Any]:
    """Load → Dataset, then every filter and the map layers of all and of a narrow window."""
    load_s, (events, remarks) = _median(load, repeat)
    build_s, data = _median(
        lambda: build_dataset(events, affiliations(), version=name, remarks=remarks), repeat
    )
    out: dict[str, Any] = {"dataset": name, "events": len(data.events), "read_s": load_s}
    out["build_dataset_s"] = build_s
    for label, filters in _filters(data).items():
        seconds, shown = _median(partial(apply_filters, data, filters), repeat * 3)
        out[f"filter {label} ms"] = round(seconds * 1000, 2)
        out[f"filter {label} kept"] = len(shown)
    for label, window in (("all", None), ("one year", 365)):
        filters = Filters()
        if window is not None and data.span is not None:
            filters = Filters(window=(data.span[1] - dt.timedelta(days=window), data.span[1]))
        shown = apply_filters(data, filters)
        seconds, (_layers, bins) = _median(
            lambda s=shown: aggregate.map_layers(
                s, partial(event_layers, data), bounds=data.bounds, n_all=data.n_mappable
            ),
            repeat,
        )
        out[f"map layers {label} s"] = round(seconds, 3)
        out[f"map layers {label}"] = aggregate.map_note(len(shown), bins)
    return out


def browser_runs(work: Path, synthetic: Path, n: int, presses: int) -> list[dict[str, Any]]:
    """The page in Chromium: ?data=Both against MAPAPP_DATA = synthetic events of that size."""
    from app_bench import bench_app
    from browser import Router, launch
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        browser = launch(pw)
        router = Router()
        for label, data, query in (
            ("both bundled datasets (?data=Both)", None, f"?data={BOTH}"),
            (f"synthetic, {n:,} events", synthetic, ""),
        ):
            result = bench_app(
                browser,
                script=ROOT / "streamlit_app.py",
                data=data,
                n_events=n,
                presses=presses,
                timeout_s=300.0,
                work=work,
                router=router,
                query=query,
            )
            result["label"] = label
            result.pop("moves", None)
            out.append(result)
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--presses", type=int, default=6)
    args = parser.parse_args()
    files = BUNDLED_CHOICES[BOTH].files
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        both = measure(BOTH, lambda: read_data_files(files), args.repeat)
        synthetic = work / f"synthetic-{both['events']}.parquet"
        write_events(generate_events(both["events"], seed=0), synthetic)
        same = measure("synthetic", lambda: read_data_files([synthetic]), args.repeat)
        print(f"{'':38} {'both datasets':>22} {'synthetic, same size':>22}")
        for key in both:
            print(f"{key:38} {both[key]!s:>22} {same[key]!s:>22}")
        if args.browser:
            for result in browser_runs(work, synthetic, both["events"], args.presses):
                keep = ("label", "status", "open_to_map_s", "open_to_script_done_s",
                        "slider_to_map_s", "slider_to_done_s", "aggregate_note")  # fmt: skip
                print(json.dumps({k: result.get(k) for k in keep}, default=str))


if __name__ == "__main__":
    main()
