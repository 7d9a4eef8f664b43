"""The docs are tested: the data dictionary describes every column; the README's commands exist."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from mapapp.cli import build_parser
from mapapp.model import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = (ROOT / "geodata" / "README.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("column", COLUMNS, ids=lambda c: c.name)
def test_docs_dictionary_describes_every_column(column):
    rows = [line for line in DICTIONARY.splitlines() if line.startswith(f"| `{column.name}` |")]
    assert rows, f"geodata/README.md has no row for {column.name}"
    for allowed in column.allowed:
        assert f"`{allowed}`" in rows[0], f"{column.name}: {allowed} not described"


def test_docs_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_docs_readme_cli_commands_parse():
    commands = re.findall(r"^mapapp (\w+.*?)(?:\s+#.*)?$", README, re.M)
    assert len(commands) >= 4
    parser = build_parser()
    for command in commands:
        args = parser.parse_args(shlex.split(command.replace("[FILE ...]", "")))
        assert args.command in {"validate", "export", "import", "extract", "serve", "load"}


def test_docs_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


# What a reader with only the repository cannot follow: paths of a development machine,
# documents kept outside the repository, and numbers of the project's issue tracker.
_OUTSIDE = re.compile(
    r"/work/|/home/\w|/root/|\.\./shared|\bshared/(notes|seed|data)|CONTRACT\.md|STYLE\.md"
    r"|\b(formats|ecosystem|performance)\.md|\bissues? #?\d|\(issues? \d|\bby the lead\b",
    re.IGNORECASE,
)


def _repository_text_files() -> list[Path]:
    """Files of the repository (not the virtualenv, caches or installed npm packages)."""
    suffixes = {".py", ".md", ".toml", ".txt", ".sh", ".cfg", ".json", ".csv", ".geojson", ""}
    return [
        p
        for p in ROOT.rglob("*")
        if p.is_file()
        and not any(
            part.startswith(".") or part in ("node_modules", "__pycache__", "build")
            for part in p.relative_to(ROOT).parts
        )
        and p.suffix in suffixes
        and p.stat().st_size < 5_000_000
        and p.name != "test_docs.py"
    ]


def test_docs_nothing_points_outside_the_repository():
    found = []
    for path in _repository_text_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            if _OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert found == []
