"""Files made from the pinned npm packages stay equal to what their scripts make.

No browser here, but the same pinned packages (``tests/browser/node_modules``) as the browser
tests: ``npm ci --prefix tests/browser`` first.
"""

from __future__ import annotations

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> dict:
    return runpy.run_path(str(ROOT / "scripts" / name), run_name="not_main")


def test_vendored_assets_equal_the_pinned_npm_files() -> None:
    assert _script("vendor-assets.py")["differences"]() == []


def test_basemap_equals_the_conversion_of_the_pinned_world_atlas() -> None:
    make = _script("make-basemap.py")
    assert make["TARGET"].read_bytes() == make["build"](), "run scripts/make-basemap.py"
