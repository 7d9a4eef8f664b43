"""The map reports its view at once: the same value, keys and order as streamlit-folium's own."""

from __future__ import annotations

import re
from pathlib import Path

import folium
import streamlit_folium

from mapapp.web.view_report import ReportViewAtOnce

BUNDLE = next(
    (Path(streamlit_folium.__file__).parent / "frontend/build/static/js").glob("main*.js")
)


def _keys(code: str, opening: str) -> list[str]:
    """The keys of the object literal that starts with ``opening`` (ending in its brace)."""
    body = code[code.index(opening) + len(opening) :]
    depth = 1
    for end, char in enumerate(body):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            body = body[:end]
            break
    while re.search(r"\([^()]*\)", body):  # calls and groups: their commas are not the object's
        body = re.sub(r"\([^()]*\)", "", body)
    return re.findall(r"(?:^|,)\s*(\w+):", body)


def test_the_view_is_sent_as_the_component_builds_it():
    """Same keys in the same order as st_folium's updateComponentValue, so its late report
    compares equal and sends nothing; the value filtered by its returned_objects."""
    m = folium.Map()
    ReportViewAtOnce().add_to(m)
    script = m.get_root().render()
    ours = _keys(script, "var all = {")
    bundle = BUNDLE.read_text(encoding="utf-8")
    theirs = _keys(bundle[bundle.index("{last_clicked:") :], "{")
    assert ours == theirs and "bounds" in ours and "zoom" in ours
    assert f'{m.get_name()}.on("moveend"' in script
    assert "g.returned_objects.indexOf(key)" in script and "g.previous_data = value" in script
