"""The date window in real Chromium: it follows the data through the sidebar's choices.

Each test opens its own browser session on the module's app server.
"""

from __future__ import annotations

import datetime as dt

import pytest
from browser_harness import MapPage
from playwright.sync_api import expect

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.readers import read_events
from mapapp.web.timewindow import day_label

pytestmark = pytest.mark.browser

# An ACLED-like export: 1997-2020, starting long before the bundled story and ending before it.
OLD = dt.date(1997, 1, 3)
OLD_END = dt.date(2020, 12, 3)
OLD_CSV = (
    "title,date,place,url\n"
    f"Old talks in Doha,{OLD},Doha,https://example.org/a\n"
    "Meeting in Kabul,2005-12-02,Kabul,https://example.org/b\n"
    f"Visit to Dushanbe,{OLD_END},Dushanbe,https://example.org/c\n"
).encode()


def thumbs(app: MapPage) -> object:
    return app.page.locator("[data-testid='stSliderThumbValue']")


def test_time_add_then_show_instead_keeps_the_page(app: MapPage) -> None:
    """The reported crash: add a file, then "Show instead of the page's events"."""
    events = read_events(BUNDLED_EVENTS)
    n = len(events)
    last = events["date_end"].max().date()
    app.open()
    page = app.page
    app.upload("old.csv", OLD_CSV)
    expect(page.get_by_text(f"{n + 3} of {n + 3} events")).to_be_visible()
    expect(page.get_by_text("The date window widened to ")).to_contain_text(
        f"{day_label(OLD)} – {day_label(last)}"
    )
    expect(thumbs(app)).to_have_text([day_label(OLD), day_label(last)])

    runs = app.runs()
    page.get_by_text("Show instead of the page's events").click()
    app.wait_runs(runs + 1)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    expect(page.get_by_text("3 of 3 events")).to_be_visible()
    expect(thumbs(app)).to_have_text([day_label(OLD), day_label(OLD_END)])
    app.wait_ready()  # the map is drawn again
