"""The self-contained HTML export of the bundled data, opened from disk with the network cut.

Every request that would leave the machine is refused (and fails the test); nothing is served
from the npm copies either: Leaflet, the basemap and the events must all be inside the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from offline import (
    MARKERS_JS,
    basemap_pixels,
    cut_network,
)

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events
from mapapp.render.basemap import LAND
from mapapp.render.escape import escape_text
from mapapp.render.html import to_html
from mapapp.web.timewindow import SLIDE, play_next, play_start

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return read_events(BUNDLED_EVENTS)


def test_offline_export_draws_every_event_over_the_basemap(
    page: Any, tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    """Markers of every mappable event, land drawn under them, no error, no request out."""
    refused = cut_network(page.context)
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    path = tmp_path / "export.html"
    path.write_text(to_html(events), encoding="utf-8")
    page.goto(path.as_uri())
    mappable = events[events.geometry.notna()]
    page.wait_for_function(
        f"() => window.L && ({MARKERS_JS})().length === {len(mappable)}", timeout=30_000
    )
    assert sorted(page.evaluate(MARKERS_JS)) == sorted(escape_text(i) for i in mappable["event_id"])
    land, total = basemap_pixels(page, LAND)
    assert land > total // 20, f"land covers {land} of {total} basemap pixels: not drawn"
    page.screenshot(path=str(tmp_path / "export-offline.png"))
    assert errors == []
    assert refused == []


def test_offline_export_date_control_hides_events_outside_the_window(
    page: Any, tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    """Setting the export's "From" date keeps only the events whose span reaches past it."""
    refused = cut_network(page.context)
    path = tmp_path / "export.html"
    path.write_text(to_html(events), encoding="utf-8")
    page.goto(path.as_uri())
    mappable = events[events.geometry.notna()]
    page.wait_for_function(f"() => window.L && ({MARKERS_JS})().length === {len(mappable)}")
    start = "2022-11-25"
    last = mappable["date_end"].fillna(mappable["date_start"])
    wanted = sorted(escape_text(i) for i in mappable[last >= start]["event_id"])
    assert 0 < len(wanted) < len(mappable), "the window should drop some events, not all"
    page.locator("input[name=from]").fill(start)
    page.locator("input[name=from]").dispatch_event("change")
    page.wait_for_function(f"() => ({MARKERS_JS})().length === {len(wanted)}")
    assert sorted(page.evaluate(MARKERS_JS)) == wanted
    page.locator("button[name=all]").click()
    page.wait_for_function(f"() => ({MARKERS_JS})().length === {len(mappable)}")
    assert refused == []


def test_offline_export_play_steps_the_window(
    page: Any, tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    """Play in the export moves the From/To window 30 days at a time, as the page does, and the
    markers follow the window."""
    refused = cut_network(page.context)
    path = tmp_path / "export.html"
    path.write_text(to_html(events), encoding="utf-8")
    page.goto(path.as_uri())
    mappable = events[events.geometry.notna()]
    page.wait_for_function(f"() => window.L && ({MARKERS_JS})().length === {len(mappable)}")
    bounds = (events["date_start"].min().date(), events["date_end"].max().date())
    page.locator("button[name=play]").click()
    first = play_start(bounds, 30)
    second = play_next(first, bounds, 30, SLIDE)
    assert second is not None
    page.wait_for_function(
        "(w) => document.querySelector('input[name=from]').value === w[0]"
        " && document.querySelector('input[name=to]').value === w[1]",
        arg=[second[0].isoformat(), second[1].isoformat()],
        timeout=10_000,
    )
    assert page.locator("button[name=play]").inner_text() == "Pause"
    page.locator("button[name=play]").click()  # pause, then compare the markers with the window
    assert page.locator("button[name=play]").inner_text() == "Play"
    lo = page.locator("input[name=from]").input_value()
    hi = page.locator("input[name=to]").input_value()
    assert lo >= second[0].isoformat()
    first_day = mappable["date_start"].fillna(mappable["date_end"])
    last_day = mappable["date_end"].fillna(mappable["date_start"])
    inside = (first_day <= pd.Timestamp(hi)) & (last_day >= pd.Timestamp(lo))
    expected = sorted(escape_text(i) for i in mappable[inside]["event_id"])
    page.wait_for_function(
        f"(n) => ({MARKERS_JS})().length === n", arg=len(expected), timeout=10_000
    )
    assert sorted(page.evaluate(MARKERS_JS)) == expected
    assert refused == []
