"""The date window in real Chromium: it follows the data through the sidebar's choices.

Each test opens its own browser session on the module's app server.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_harness import MapPage
from playwright.sync_api import expect

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.filters import filter_events
from mapapp.readers import read_events
from mapapp.web.timewindow import (
    LAST_30,
    SLIDE,
    day_label,
    play_next,
    preset_window,
)

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


def type_day(app: MapPage, label: str, day: dt.date) -> None:
    """Type a day into a date field (year, month and day parts), then leave the field."""
    page = app.page
    parts = {"year": f"{day.year}", "month": f"{day.month:02d}", "day": f"{day.day:02d}"}
    for part, text in parts.items():
        page.get_by_role("spinbutton", name=f"{part}, {label}", exact=True).click()
        page.keyboard.type(text)
    page.keyboard.press("Escape")  # close the calendar; leaving the field commits the day
    page.locator("h1").first.click()


def _day(value: str) -> dt.date:
    """A slider end as the address holds it: microseconds since 1970 (or an ISO day)."""
    if value.lstrip("-").isdigit():
        return (dt.datetime(1970, 1, 1) + dt.timedelta(microseconds=int(value))).date()
    return dt.date.fromisoformat(value[:10])


def _window(app: MapPage) -> tuple[dt.date, dt.date]:
    """The slider's window, read from the page's address (the slider writes it there)."""
    query = parse_qs(urlsplit(app.page.url).query)
    days = [_day(d) for d in query.get("dates", [])]
    assert len(days) == 2, f"no window in the address {app.page.url!r}"
    return days[0], days[1]


def test_time_date_fields_and_presets_set_the_window(app: MapPage) -> None:
    """Typing a day in "From", or a preset, moves the slider, the address and the counts."""
    events = read_events(BUNDLED_EVENTS)
    bounds = (events["date_start"].min().date(), events["date_end"].max().date())
    n = len(events)
    app.open()
    page = app.page
    runs = app.runs()
    type_day(app, "From", dt.date(2022, 6, 1))
    app.wait_runs(runs + 1)
    window = (dt.date(2022, 6, 1), bounds[1])
    expect(thumbs(app)).to_have_text([day_label(d) for d in window])
    k = len(filter_events(events, start=window[0], end=window[1]))
    expect(page.get_by_text(f"{k} of {n} events")).to_be_visible()
    page.wait_for_function("() => location.search.includes('dates=')")
    assert _window(app) == window

    runs = app.runs()
    page.get_by_role("button", name="Last 30 days").click()
    app.wait_runs(runs + 1)
    window = preset_window(LAST_30, bounds)
    expect(thumbs(app)).to_have_text([day_label(d) for d in window])
    year = page.get_by_role("spinbutton", name="year, From", exact=True)
    expect(year).to_have_text(str(window[0].year))
    day = page.get_by_role("spinbutton", name="day, From", exact=True)
    expect(day).to_have_text(f"{window[0].day:02d}")

    runs = app.runs()
    page.get_by_role("button", name="All dates").click()
    app.wait_runs(runs + 1)
    expect(thumbs(app)).to_have_text([day_label(d) for d in bounds])
    expect(page.get_by_text(f"{n} of {n} events")).to_be_visible()


def test_time_brushing_the_timeline_sets_the_window(app: MapPage) -> None:
    """Dragging across the timeline narrows the window to the dragged dates."""
    events = read_events(BUNDLED_EVENTS)
    bounds = (events["date_start"].min().date(), events["date_end"].max().date())
    app.open()
    page = app.page
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] * 0.4
    runs = app.runs()
    page.mouse.move(box["x"] + box["width"] * 0.45, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    app.wait_runs(runs + 1)
    page.wait_for_function("() => location.search.includes('dates=')")
    first, last = _window(app)
    assert bounds[0] < first < last < bounds[1]
    expect(thumbs(app)).to_have_text([day_label(first), day_label(last)])


def test_time_play_moves_the_window_and_the_counts(app: MapPage) -> None:
    """Play: the window steps 30 days at a time through the data and the counts follow (that
    Pause keeps the window is checked without a browser, in tests/test_app_time.py)."""
    events = read_events(BUNDLED_EVENTS)
    bounds = (events["date_start"].min().date(), events["date_end"].max().date())
    app.open()
    page = app.page
    page.get_by_role("button", name="Play").click()
    page.wait_for_function("() => location.search.includes('dates=')")
    # Two successive windows, whatever step the page is at when they are read (a loaded
    # machine may show a step late): each is a 30-day step of play_start's sequence.
    first, search = _window(app), page.evaluate("location.search")
    assert (first[0] - bounds[0]).days % 30 == 0 and (first[1] - first[0]).days == 29
    page.wait_for_function("(s) => location.search !== s", arg=search, timeout=15_000)
    second = _window(app)
    steps = [play_next(first, bounds, 30, SLIDE)]
    while len(steps) < 5 and steps[-1] is not None:  # a step or a few, if the machine is slow
        steps.append(play_next(steps[-1], bounds, 30, SLIDE))
    assert second in steps
    page.get_by_role("button", name="Pause").click()
    expect(page.get_by_role("button", name="Play")).to_be_visible(timeout=15_000)
    held = _window(app)
    expect(thumbs(app)).to_have_text([day_label(d) for d in held])
    k = len(filter_events(events, start=held[0], end=held[1]))
    expect(page.get_by_text(f"{k} of {len(events)} events")).to_be_visible()
