"""Fixtures for the browser tests: Debian's Chromium, the app server, a hermetic page.

Run with ``pytest -m browser tests/browser`` after ``npm ci --prefix tests/browser`` (assets) and
``apt-get install chromium`` (the browser). A missing Chromium or npm folder fails the tests with
a message saying what to install; nothing is skipped and nothing is downloaded.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_harness import (
    ASSETS,
    CHROMIUM_ARGS,
    HarnessError,
    MapPage,
    Router,
    chromium_path,
    run_app,
)
from playwright.sync_api import expect

# A Streamlit rerun on a loaded two-core machine (a CI runner doing other work) can take longer
# than Playwright's default five seconds for an assertion to come true; a test still fails, only
# later, when what it waits for never comes.
expect.set_options(timeout=15_000)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch arguments, pointed at the system Chromium."""
    try:
        executable = chromium_path()
    except HarnessError as err:
        pytest.fail(str(err), pytrace=False)
    if not ASSETS.is_dir():
        pytest.fail(
            f"{ASSETS} is missing — run `npm ci --prefix tests/browser` from the repository root",
            pytrace=False,
        )
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": list(CHROMIUM_ARGS),
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A desktop-sized window, downloads allowed."""
    return {
        **browser_context_args,
        "viewport": {"width": 1400, "height": 1000},
        "accept_downloads": True,
    }


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The page on the bundled data, served by ``streamlit run`` for the whole session."""
    try:
        with run_app(log_dir=tmp_path_factory.mktemp("app-log")) as url:
            yield url
    except HarnessError as err:
        pytest.fail(str(err), pytrace=False)


@pytest.fixture
def router(context: Any) -> Iterator[Router]:
    """Route every request of the test's browser context; fail the test on any leak."""
    routes = Router()
    routes.install(context)
    # A request that got an answer has been through the router or bypassed it. (Failed ones are
    # left out: Leaflet cancels tile loads while zooming, sometimes before the router sees them,
    # and an intercepted request cannot reach the network without the router's say-so.)
    requested: list[str] = []
    context.on("requestfinished", lambda request: requested.append(request.url))
    yield routes
    problems = routes.problems(requested)
    assert not problems, "requests that were not served locally:\n" + "\n".join(problems)


@pytest.fixture
def dialogs(page: Any) -> list[str]:
    """Messages of any alert/confirm/prompt the page opens (dismissed; XSS tests assert none)."""
    seen: list[str] = []

    def on_dialog(dialog: Any) -> None:
        seen.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return seen


@pytest.fixture
def app(page: Any, router: Router, app_url: str) -> MapPage:
    """The page on the bundled data, with every request routed (not yet opened)."""
    return MapPage(page, app_url, router)
