"""requirements.txt (Streamlit Community Cloud) lists exactly pyproject's dependencies."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _normalise(requirement: str) -> str:
    return requirement.replace(" ", "").lower()


def test_packaging_requirements_match_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {_normalise(r) for r in pyproject["project"]["dependencies"]}
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    listed = {_normalise(line) for line in lines if line.strip() and not line.startswith("#")}
    assert listed == declared, (
        f"only in requirements.txt: {sorted(listed - declared)}; "
        f"only in pyproject.toml: {sorted(declared - listed)}"
    )


def test_packaging_every_dependency_has_a_compatible_range():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in pyproject["project"]["dependencies"]:
        assert ">=" in requirement, f"{requirement} has no lower bound"
