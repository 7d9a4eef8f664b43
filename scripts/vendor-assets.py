"""Copy the map's JavaScript and CSS from the pinned npm packages into mapapp/render/vendor/.

Usage (from the repository root, after ``npm ci --prefix tests/browser``)::

    python scripts/vendor-assets.py            # refresh the vendored copies
    python scripts/vendor-assets.py --check    # exit 1 when a copy differs from its npm file

The self-contained HTML export and the page's offline mode put these files inside the map's
HTML (:mod:`mapapp.render.assets`), so an installed package, which has no ``node_modules``,
must carry them. ``tests/browser/package.json`` pins the versions (those folium links to); the
list of files is :data:`mapapp.render.assets.VENDORED`, each copied with its licence.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mapapp.render.assets import VENDOR_DIR, VENDORED  # noqa: E402

NODE_MODULES = ROOT / "tests" / "browser" / "node_modules"


def differences() -> list[str]:
    """Vendored files that are missing or differ from their pinned npm source."""
    out = []
    for target, source in VENDORED.items():
        npm_file = NODE_MODULES / source
        if not npm_file.is_file():
            out.append(f"{source}: missing — run `npm ci --prefix tests/browser`")
        elif not (VENDOR_DIR / target).is_file():
            out.append(f"{target}: not vendored")
        elif (VENDOR_DIR / target).read_bytes() != npm_file.read_bytes():
            out.append(f"{target}: differs from {source}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not copy")
    args = parser.parse_args(argv)
    if args.check:
        problems = differences()
        print("\n".join(problems) or "vendored assets equal the pinned npm files")
        return 1 if problems else 0
    for target, source in VENDORED.items():
        (VENDOR_DIR / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NODE_MODULES / source, VENDOR_DIR / target)
        print(f"{source} → {(VENDOR_DIR / target).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
