"""The package's layout holds: imports flow one way and only the page modules touch Streamlit."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mapapp"

# Lower layers never import higher ones (a module may import its own layer and any below).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("mapapp.model", "mapapp.errors", "mapapp.countries", "mapapp.bundled", "mapapp.outputs"),
    (
        "mapapp.rules",
        "mapapp.validate",
        "mapapp.records",
        "mapapp.export",
        "mapapp.store",
        "mapapp.filters",
        "mapapp.search",
        "mapapp.gazetteer",
        "mapapp.itineraries",
    ),
    ("mapapp.readers", "mapapp.extract", "mapapp.engine"),
    ("mapapp.render",),
    ("mapapp.web", "mapapp.cli", "mapapp.__main__"),
)
STREAMLIT_MODULES = {
    "mapapp.web.app",
    "mapapp.web.shell",
    "mapapp.web.add",
    "mapapp.web.article",
    "mapapp.web.sidebar",
    "mapapp.web.engine_app",
    "mapapp.web.timebar",
    "mapapp.web.playback",
    "mapapp.web.follow",
}
MAX_MODULE_LINES = 450


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _layer(module: str) -> int:
    for level, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return level
    if module == "mapapp":
        return 0
    raise AssertionError(f"{module} is in no layer of LAYERS; add it there")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("module", sorted(_modules()))
def test_layout_imports_flow_one_way(module):
    own = _layer(module)
    for name in _imports(_modules()[module]):
        if not name.startswith("mapapp.") or name not in _modules():
            continue
        assert _layer(name) <= own, f"{module} (layer {own}) imports {name} ({_layer(name)})"


def test_layout_only_the_page_imports_streamlit():
    users = {
        module
        for module, path in _modules().items()
        if any(n.split(".")[0] in ("streamlit", "streamlit_folium") for n in _imports(path))
    }
    assert users == STREAMLIT_MODULES


def test_layout_modules_stay_small():
    sizes = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in _modules().items()}
    assert {m: n for m, n in sizes.items() if n > MAX_MODULE_LINES} == {}


MAX_FUNCTION_LINES = 60


def _long_functions() -> dict[str, int]:
    """Functions whose code (docstring aside) runs past MAX_FUNCTION_LINES."""
    found = {}
    for module, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            first = node.body[0]
            docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            start = first.end_lineno if docstring else node.lineno
            length = (node.end_lineno or start) - (start or node.lineno)
            if length > MAX_FUNCTION_LINES:
                found[f"{module}.{node.name}"] = length
    return found


def test_layout_functions_fit_on_a_screen():
    assert _long_functions() == {}
