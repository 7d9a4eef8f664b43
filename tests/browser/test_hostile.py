"""A hostile dataset (MAPAPP_DATA) in real Chromium: nothing runs, everything reads literally.

Every text field of every event holds HTML, script, ``javascript:``, template-literal, backtick,
Markdown and Jinja payloads; one event has a ``javascript:`` source_url (the reader refuses that
row and the page says so). The payloads set ``window.__xss``; the test shows the tooltips, the
details panel, the lists and the reader's notes, then checks that ``window.__xss`` is still
undefined in the page, in the map iframe and in the iframe's parent, and that no dialog opened.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from browser_harness import IFRAME, HarnessError, MapPage, Router, run_app
from playwright.sync_api import expect

from tests.conftest import HOSTILE_IMG, hostile_properties

pytestmark = pytest.mark.browser

IMG = HOSTILE_IMG
SCRIPT = "<script>window.__xss=1</script>"
JS_URL = "javascript:window.__xss=1"
TEMPLATE = "${window.__xss=1}"
BACKTICK = "`;window.__xss=1;`"
JINJA = "{{ 6*7 }}"
JINJA_BLOCK = "{% for x in range(3) %}x{% endfor %}"
MARKDOWN = "**bold** [link](https://evil.example/) :red[red] $x^2$"
PAYLOAD = f"{JINJA} {IMG} {SCRIPT} {TEMPLATE} {BACKTICK} {JS_URL} {JINJA_BLOCK} {MARKDOWN}"
HOSTILE_URL = 'https://example.org/a?q="><img/src=x/onerror=window.__xss=1>&t={{6*7}}'


def hostile_event(n: int, **changes: Any) -> dict[str, Any]:
    """One valid event whose every text field carries the payloads."""
    geometry = changes.pop("geometry", {"type": "Point", "coordinates": [51.5 + 2 * n, 25.3]})
    defaults = {
        "event_id": f"hostile-{n}-{JINJA}-<b>",
        "actors": [f"A{n} {IMG}", f"B{n} {JINJA}", f"C{n} {TEMPLATE}"],
        "source_url": HOSTILE_URL,
    }
    props = hostile_properties(n, PAYLOAD, **{**defaults, **changes})
    return {"type": "Feature", "properties": props, "geometry": geometry}


EVENTS = [
    hostile_event(1),
    hostile_event(
        2,
        event_type="visit",
        date_start="2022-11-01",
        date_end="2022-11-30",
        date_precision="month",
    ),
    hostile_event(
        3,
        geometry=None,
        location_precision="unknown",
        location_basis=None,
        place_name=None,
        country_code=None,
    ),
    hostile_event(4, date_start=None, date_end=None, date_precision="unknown"),
    hostile_event(5, source_url=JS_URL),  # refused by the reader
]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile")
    data = folder / "hostile.geojson"
    data.write_text(json.dumps({"type": "FeatureCollection", "features": EVENTS}), "utf-8")
    try:
        with run_app({"MAPAPP_DATA": str(data)}, log_dir=folder) as url:
            yield url
    except HarnessError as err:
        pytest.fail(str(err), pytrace=False)


@pytest.fixture
def hostile(page: Any, router: Router, hostile_url: str, dialogs: list[str]) -> Iterator[MapPage]:
    app = MapPage(page, hostile_url, router)
    yield app
    assert dialogs == [], f"the page opened dialogs: {dialogs}"
    assert_no_execution(app)


def assert_no_execution(app: MapPage) -> None:
    assert app.page.evaluate("() => typeof window.__xss") == "undefined"
    frame = app.frame()
    assert frame.evaluate("() => typeof window.__xss") == "undefined"
    assert frame.evaluate("() => typeof window.parent.__xss") == "undefined"
    for where in (app.page, frame):
        assert where.locator("a[href^='javascript:' i]").count() == 0


def props(n: int) -> dict[str, Any]:
    return EVENTS[n - 1]["properties"]


def hover_marker(app: MapPage, n: int) -> str:
    """Move the mouse onto event n's marker; return the text of the tooltip that opens.

    The view is left as it is: zoomed in on one marker, the map draws only what is around it.
    """
    app.click_marker(props(n)["event_id"], zoom=None, move_only=True)
    tooltip = app.page.frame_locator(IFRAME).locator(".leaflet-tooltip", has_text=f"T{n} ")
    expect(tooltip).to_be_visible()
    return tooltip.inner_text()


def test_hostile_page_shows_payloads_literally(hostile: MapPage) -> None:
    """Tooltips, details, lists and reader notes show the payloads as text; nothing runs."""
    app = hostile.open()
    page = app.page
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    assert app.shown_ids() == {props(1)["event_id"], props(2)["event_id"], props(4)["event_id"]}

    for n in (1, 2, 4):
        text = hover_marker(app, n)
        assert props(n)["title"] in text
        assert "42" not in text.replace(props(n)["title"], "")

    runs = app.runs()
    app.click_marker(props(1)["event_id"])
    app.wait_runs(runs + 1)
    details = page.locator(".mapapp-details")
    expect(details.locator("h3")).to_have_text(props(1)["title"])
    expect(details.locator("blockquote")).to_have_text(props(1)["source_quote"])
    expect(details.locator(".mapapp-summary")).to_have_text(props(1)["summary"])
    for name in ("host", "location_note"):
        expect(details).to_contain_text(props(1)[name])
    for actor in props(1)["actors"]:
        expect(details).to_contain_text(actor)
    link = details.locator("a.mapapp-source")
    assert link.get_attribute("href") == HOSTILE_URL
    expect(link).to_have_text(props(1)["source_title"])

    for label, n in (("Not on the map: 1", 3), ("Undated: 1", 4)):
        expander = page.locator("[data-testid='stExpander']", has_text=label)
        expander.get_by_text(label).click()
        expect(expander.locator("[data-testid='stDataFrame'] td")).to_have_text(
            f"{props(n)['title']} — " + ("date unknown" if n == 4 else "5 December 2022 — day")
        )
    notes = page.locator("[data-testid='stExpander']", has_text="Notes from reading the data")
    notes.get_by_text("Notes from reading the data file: 1").click()
    expect(notes.locator("[data-testid='stCode']")).to_contain_text(
        f"'{JS_URL}' is not an http(s) URL"
    )


def test_hostile_filters_from_url_show_literally(hostile: MapPage) -> None:
    """Hostile values arriving in the query string select the event and are shown as text."""
    actor = props(1)["actors"][0]
    text = f"T1 {JINJA}"
    app = hostile.open(urlencode([("actor", actor), ("q", text)]))
    app.wait_map_ids({props(1)["event_id"]})
    page = app.page
    expect(page.locator("[data-testid='stMultiSelect']").nth(1)).to_contain_text(actor)
    expect(page.get_by_label("Search title, summary and quote")).to_have_value(text)
    page.get_by_text("Link to this view").click()  # its code block is written once open
    link = page.locator("[data-testid='stCode']").filter(has_text=app.base_url.rstrip("/"))
    shared = link.last.inner_text()
    assert urlencode([("actor", actor), ("q", text)]) in shared


def test_hostile_unreadable_file_shows_message(
    page: Any, router: Router, dialogs: list[str], tmp_path: Path
) -> None:
    """A file the readers refuse entirely gives a clear message with the value, not a trace."""
    data = tmp_path / "bad.geojson"
    bad = hostile_event(1, source_url=JS_URL)
    data.write_text(json.dumps({"type": "FeatureCollection", "features": [bad]}), "utf-8")
    with run_app({"MAPAPP_DATA": str(data)}, log_dir=tmp_path) as url:
        page.goto(url)
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        expect(page.locator("[data-testid='stAlert']")).to_contain_text("cannot be shown")
        expect(page.locator("[data-testid='stCode']")).to_contain_text(
            f"'{JS_URL}' is not an http(s) URL"
        )
        assert page.evaluate("() => typeof window.__xss") == "undefined"
        assert page.locator("a[href^='javascript:' i]").count() == 0
    assert dialogs == []
