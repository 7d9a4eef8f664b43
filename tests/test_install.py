"""The built wheel works from any folder: data inside the package, CLI, and `mapapp serve`.

The wheel is built offline (no build isolation) and installed without its dependencies into a
folder of its own, which goes first on ``PYTHONPATH``; the commands then run from an empty
folder, so neither the checkout nor its ``geodata/`` can be found by accident. (``.ci/run`` also
installs the wheel with its dependencies into a fresh virtualenv: ``scripts/check-wheel.sh``.)
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

from mapapp.web.serve import STREAMLIT_OPTIONS

ROOT = Path(__file__).resolve().parent.parent
PLACES_CSV = ROOT / "tests" / "data" / "import" / "generic_places.csv"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(site folder holding the installed wheel, an empty folder to run from, the wheel)."""
    base = tmp_path_factory.mktemp("install")
    source, wheels, site, work = (base / n for n in ("source", "wheels", "site", "elsewhere"))
    work.mkdir()
    source.mkdir()
    # Build from a copy, so that setuptools' build/ and egg-info never land in the checkout.
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    for name in ("pyproject.toml", "README.md", "mapapp", "geodata"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=skip)
        else:
            shutil.copy2(ROOT / name, source / name)
    build = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--wheel-dir",
        str(wheels),
        str(source),
    ]
    subprocess.run(build, check=True, cwd=base, capture_output=True)
    (wheel,) = wheels.glob("mapapp-*.whl")
    install = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-index",
        "--target",
        str(site),
        str(wheel),
    ]
    subprocess.run(install, check=True, capture_output=True)
    return site, work, wheel


def _run(installed, *args: str, **kwargs) -> subprocess.CompletedProcess:
    site, work, _ = installed
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("MAPAPP_DATA", None)
    return subprocess.run(
        [sys.executable, *args],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )


def test_install_wheel_carries_every_subpackage_and_the_data(installed):
    names = set(zipfile.ZipFile(installed[2]).namelist())
    for expected in (
        "mapapp/data/events.geojson",
        "mapapp/data/places.csv",
        "mapapp/data/actors.csv",
        "mapapp/data/README.md",
        "mapapp/web/page_script.py",
        "mapapp/render/maps.py",
        "mapapp/extract/candidates.py",
        "mapapp/readers/gdelt.py",
    ):
        assert expected in names
    bundled = {n.removeprefix("mapapp/data/") for n in names if n.startswith("mapapp/data/")}
    in_checkout = {
        str(p.relative_to(ROOT / "geodata"))
        for p in (ROOT / "geodata").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert bundled == in_checkout


def test_install_html_export_carries_leaflet_and_the_basemap(installed):
    """The wheel has no node_modules: the export's Leaflet and basemap come from the package."""
    names = set(zipfile.ZipFile(installed[2]).namelist())
    assert {"mapapp/render/vendor/leaflet/leaflet.js", "mapapp/data/basemap.geojson"} <= names
    exported = _run(installed, "-m", "mapapp", "export", "--format", "html")
    assert exported.returncode == 0, exported.stderr
    page = exported.stdout
    assert "Leaflet 1.9.3" in page and "Vladimir Agafonkin" in page and "Natural Earth" in page
    assert '<script src="http' not in page and '<link rel="stylesheet" href="http' not in page


def test_install_imports_the_installed_copy_not_the_checkout(installed):
    out = _run(installed, "-c", "import mapapp.bundled as b; print(b.__file__, b.GEODATA_DIR)")
    module, data = out.stdout.split()
    assert module.startswith(str(installed[0])) and data.startswith(str(installed[0]))


def test_install_validate_and_export_from_any_folder(installed):
    checked = _run(installed, "-m", "mapapp", "validate")
    assert checked.returncode == 0, checked.stderr
    assert "events, valid" in checked.stdout
    exported = _run(installed, "-m", "mapapp", "export", "--format", "geojson")
    assert exported.returncode == 0, exported.stderr
    bundled = json.loads((ROOT / "geodata" / "events.geojson").read_text(encoding="utf-8"))
    ids = [f["id"] for f in json.loads(exported.stdout)["features"]]
    assert sorted(ids) == sorted(f["properties"]["event_id"] for f in bundled["features"])


def test_install_import_places_a_csv_of_place_names(installed):
    out = _run(installed, "-m", "mapapp", "import", str(PLACES_CSV))
    assert out.returncode == 0, out.stderr
    assert "this is a bug" not in out.stderr
    features = json.loads(out.stdout)["features"]
    placed = {f["properties"]["place_name"]: f["geometry"] for f in features}
    # "Panjshir Valley" is only in the curated geodata/places.csv: the installed copy found it.
    assert placed["Panjshir Valley"] is not None


def test_install_page_script_runs_on_the_bundled_data(installed):
    script = (
        "from streamlit.testing.v1 import AppTest\n"
        "from mapapp.web.serve import PAGE_SCRIPT\n"
        "at = AppTest.from_file(str(PAGE_SCRIPT), default_timeout=240).run()\n"
        "assert not at.exception, [e.message for e in at.exception]\n"
        "print(at.title[0].value)\n"
    )
    out = _run(installed, "-c", script)
    assert out.returncode == 0, out.stderr
    assert "map" in out.stdout.lower()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_install_serve_starts_the_page(installed):
    port = _free_port()
    site, work, _ = installed
    env = {**os.environ, "PYTHONPATH": str(site)}
    argv = [sys.executable, "-m", "mapapp", "serve", "--port", str(port), "--address", "127.0.0.1"]
    server = subprocess.Popen(
        argv, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline, health = time.monotonic() + 120, ""
        while time.monotonic() < deadline and server.poll() is None:
            try:
                url = f"http://127.0.0.1:{port}/_stcore/health"
                with urllib.request.urlopen(url, timeout=2) as response:
                    health = response.read().decode()
                    break
            except OSError:
                time.sleep(0.2)
        assert health == "ok", server.stdout.read() if server.poll() is not None else health
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_install_serve_refuses_a_missing_file(installed):
    out = _run(installed, "-m", "mapapp", "serve", "no-such-file.geojson")
    assert out.returncode == 1
    assert "no-such-file.geojson: does not exist" in out.stderr


def test_install_serve_options_match_the_repository_config():
    """`mapapp serve` passes the same settings Streamlit reads from .streamlit/config.toml."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    flat = {
        f"{section}.{key}": str(value).lower() if isinstance(value, bool) else str(value)
        for section, values in config.items()
        for key, value in values.items()
    }
    assert flat == STREAMLIT_OPTIONS
