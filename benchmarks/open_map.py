"""Open the page in Chromium and wait for its map: the first step every page benchmark takes.

:func:`browser_page` launches Debian's Chromium with the browser tests' router (no request
leaves the machine) and hands out one page; :func:`open_map` navigates it to the running app
and returns the map's frame and the seconds from navigation until Leaflet has drawn the
map's layers (``DRAWN_JS``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app_bench import _map_frame
from browser import DRAWN_JS, Router, launch, new_context

__all__ = ["browser_page", "open_map"]


@contextmanager
def browser_page(playwright: Any) -> Iterator[Any]:
    """A page in a fresh headless Chromium (routed like the browser tests), closed after use."""
    browser = launch(playwright)
    context = new_context(browser, Router())
    try:
        yield context.new_page()
    finally:
        context.close()
        browser.close()


def open_map(page: Any, port: int, timeout_s: float) -> tuple[Any, float]:
    """Open the app on ``port``; the map's frame and seconds from navigation to map drawn."""
    t_open = time.time() * 1000
    page.goto(f"http://127.0.0.1:{port}/", wait_until="commit", timeout=timeout_s * 1000)
    frame = _map_frame(page, timeout_s)
    frame.wait_for_function(DRAWN_JS, arg=0, polling="raf", timeout=timeout_s * 1000)
    return frame, (frame.evaluate("window.__benchDrawnAt") - t_open) / 1000
