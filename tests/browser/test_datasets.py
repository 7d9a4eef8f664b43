"""The dataset choice in real Chromium: the travel records drawn and coloured by who travelled.

Expected values come from the bundled files, read here; the page is only observed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import geopandas as gpd
import pandas as pd
import pytest
from playwright.sync_api import expect

from mapapp.bundled import STATE_HISTORY_EVENTS
from mapapp.readers import read_events
from mapapp.render.style import TRAVELLERS
from mapapp.web.datasets import DATASET, TRAVEL

pytestmark = pytest.mark.browser

WINDOW = (dt.date(2021, 1, 20), dt.date(2021, 12, 31))


@pytest.fixture(scope="module")
def travel() -> gpd.GeoDataFrame:
    return read_events(STATE_HISTORY_EVENTS)


def in_window(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    start, end = (pd.Timestamp(d) for d in WINDOW)
    return gdf[(gdf["date_start"] <= end) & (gdf["date_end"] >= start) & gdf.geometry.notna()]


def test_datasets_travel_records_drawn_with_their_legend(
    app: Any, travel: gpd.GeoDataFrame
) -> None:
    query = urlencode([(DATASET, TRAVEL), ("dates", WINDOW[0]), ("dates", WINDOW[1])])
    app.open(query)
    expected = set(in_window(travel)["event_id"])
    app.wait_map_ids(expected)
    legend = app.frame().locator(".mapapp-legend-control")
    expect(legend).to_contain_text("who travelled")
    legend.locator("summary").click()
    for info in TRAVELLERS.values():
        expect(legend).to_contain_text(info["label"])
    expect(legend).not_to_contain_text("US–Taliban")


def test_datasets_choice_is_written_to_the_url(app: Any, travel: gpd.GeoDataFrame) -> None:
    app.open()
    runs = app.runs()
    app.page.get_by_text(TRAVEL, exact=True).click()
    app.wait_runs(runs + 1)
    expect(app.page.get_by_text(f"of {len(travel):,} events").first).to_be_visible()
    app.page.wait_for_function(
        "(key) => new URLSearchParams(location.search).has(key)", arg=DATASET
    )
    assert parse_qs(urlsplit(app.page.url).query)[DATASET] == [TRAVEL]
