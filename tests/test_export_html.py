"""HTML export: one page with the layers, legend, escaped popups, http-only links, a date window."""

from __future__ import annotations

import os
import re
from pathlib import Path

import folium
import pandas as pd
import pytest

from mapapp.readers import read_events
from mapapp.records import coerce_events, parse_events
from mapapp.render.assets import LEAFLET_VERSION, leaflet_js
from mapapp.render.cluster import TypeLayer
from mapapp.render.escape import escape_text
from mapapp.render.html import TimeWindowControl, build_export_map, to_html, write_html
from mapapp.render.maps import POPUP_FIELDS
from mapapp.render.style import ALIGNMENTS
from tests.conftest import HOSTILE_TOKENS, good_record

HOSTILE_FIXTURE = Path(__file__).parent / "data" / "hostile.geojson"
AFFILIATIONS = {"Thomas West": "us_government", "Taliban": "taliban"}
KABUL = {"lat": "34.5553", "lon": "69.2075", "place_name": "Kabul", "country_code": "AF"}


def events(*changes: dict[str, object]):
    records = [good_record(**{"event_id": f"e{i}", **c}) for i, c in enumerate(changes)]
    return coerce_events(pd.DataFrame(records))


def unvalidated(*changes: dict[str, object]):
    records = [good_record(**{"event_id": f"e{i}", **c}) for i, c in enumerate(changes)]
    return parse_events(pd.DataFrame(records))[0]


def normalised(page: str) -> str:
    """The rendered page with JSON string escapes decoded: what the browser's JS sees."""

    def decode(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code[1:], 16)) if code.startswith("u") else code

    return re.sub(r"\\(u[0-9a-fA-F]{4}|[\"\\/])", decode, page)


def sample():
    return events(
        {"date_start": "2022-11-30", "date_end": "2022-12-01", "date_precision": "range"},
        {"event_type": "visit", "date_start": "2022-12-19", "date_end": "2022-12-19", **KABUL},
        {"event_type": "visit", "date_start": None, "date_end": None, "date_precision": "unknown"},
    )


def test_to_html_is_one_complete_page_with_an_escaped_title() -> None:
    page = to_html(sample(), AFFILIATIONS, title="Talks <&> {{ 6*7 }}", tiles=None)
    assert page.lstrip().startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert f"<title>{escape_text('Talks <&> {{ 6*7 }}')}</title>" in page
    assert "42" not in normalised(page).split("<title>")[1].split("</title>")[0]


def test_build_export_map_has_layers_popups_legend_and_controls() -> None:
    m = build_export_map(sample(), AFFILIATIONS, tiles=None)
    groups = [c for c in m._children.values() if isinstance(c, TypeLayer)]
    assert [g.layer_name for g in groups] == ["Meeting (1)", "Visit (2)"]
    for group in groups:
        (layer,) = group._children.values()
        assert tuple(layer.popup_fields) == POPUP_FIELDS
    kinds = {type(c).__name__ for c in m._children.values()}
    assert {"LayerControl", "TimeWindowControl", "Legend"} <= kinds
    page = normalised(m.get_root().render())
    assert all(a["label"] in page for a in ALIGNMENTS.values())


def test_time_window_control_targets_every_event_layer_and_spans_the_dates() -> None:
    m = build_export_map(sample(), AFFILIATIONS, tiles=None)
    control = next(c for c in m._children.values() if isinstance(c, TimeWindowControl))
    layers = [
        child.get_name()
        for group in m._children.values()
        if isinstance(group, TypeLayer)
        for child in group._children.values()
    ]
    assert [gj for gj, _ in control.layer_names] == layers
    assert control.bounds == ["2022-11-30", "2022-12-19"]
    assert 'min="2022-11-30" max="2022-12-19"' in control.html


def test_time_window_control_is_left_out_without_dated_events() -> None:
    m = build_export_map(
        events({"date_start": None, "date_end": None, "date_precision": "unknown"}),
        AFFILIATIONS,
        tiles=None,
    )
    assert not any(isinstance(c, TimeWindowControl) for c in m._children.values())


def test_features_carry_iso_dates_for_the_time_window() -> None:
    m = build_export_map(sample(), AFFILIATIONS, tiles=None)
    props = [
        f["properties"]
        for g in m._children.values()
        if isinstance(g, folium.FeatureGroup)
        for layer in g._children.values()
        for f in layer.data["features"]
    ]
    assert [(p["date_start"], p["date_end"]) for p in props] == [
        ("2022-11-30", "2022-12-01"),
        ("2022-12-19", "2022-12-19"),
        ("", ""),
    ]


def test_to_html_links_sources_by_http_only() -> None:
    frame = unvalidated(
        {"source_url": "https://example.org/r?a=1&b=2", "source_title": "Report"},
        {"source_url": "javascript:alert('xss')", **KABUL},
        {"source_url": " JavaScript:alert('xss')", "lat": "30", "lon": "60"},
        {"source_url": "data:text/html,<script>alert(1)</script>", "lat": "31", "lon": "61"},
    )
    page = normalised(to_html(frame, AFFILIATIONS, tiles=None))
    hrefs = re.findall(r'href="([^"]*)"', page)
    data_hrefs = [h for h in hrefs if "example.org" in h or "script" in h.lower() or "data:" in h]
    assert data_hrefs == ["https://example.org/r?a=1&amp;b=2"]
    assert "<script>alert(1)" not in page


def test_to_html_of_the_hostile_fixture_has_no_live_markup_from_the_data() -> None:
    marker = Path("/tmp/mapapp_hostile_fixture_PWNED")
    marker.unlink(missing_ok=True)
    raw = to_html(read_events(HOSTILE_FIXTURE), tiles=None, title="{{ 6*7 }}<script>")
    page = normalised(raw)
    for token in HOSTILE_TOKENS:
        assert token not in page, token
    assert "</script><script>" not in raw
    assert not marker.exists()
    # The hostile href is kept as a link, with its quote escaped inside the attribute.
    assert 'href="https://example.org/a?q=&quot;&gt;&lt;script&gt;' in page


def test_write_html_writes_the_page(tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    write_html(sample(), target, AFFILIATIONS, tiles=None)
    assert "Meeting (1)" in normalised(target.read_text(encoding="utf-8"))


def test_write_html_leaves_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "map.html"
    target.write_text("old page", encoding="utf-8")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_html(sample(), target, AFFILIATIONS, tiles=None)
    assert target.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_to_html_is_self_contained_by_default() -> None:
    """No script or stylesheet from outside, no tile server; Leaflet and the basemap inside."""
    page = to_html(sample(), AFFILIATIONS)
    assert not re.search(r"""<(?:script|link)\b[^>]*(?:src|href)=["']https?://""", page)
    assert "L.tileLayer" not in page
    assert leaflet_js() in page and "Natural Earth" in page
    assert "Vladimir Agafonkin" in page  # Leaflet's licence notice travels with its code


def test_to_html_linked_and_with_tiles_on_request() -> None:
    page = to_html(sample(), AFFILIATIONS, tiles="osm", self_contained=False)
    assert f"cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.js" in page
    assert "tile.openstreetmap.org" in page and "referrerPolicy" in page
    assert leaflet_js() not in page and "Natural Earth" in page


def _trip_sample():
    """Thomas West in Doha, then Kabul two days later: one trip of two legs."""
    return events(
        {"event_type": "visit", "date_start": "2022-12-01", "date_end": "2022-12-01"},
        {"event_type": "visit", "date_start": "2022-12-03", "date_end": "2022-12-03", **KABUL},
    )


def test_to_html_trips_only_on_request_and_windowed_with_the_events() -> None:
    plain = build_export_map(_trip_sample(), AFFILIATIONS, tiles=None)
    assert "Trips (1)" not in [
        g.layer_name for g in plain._children.values() if isinstance(g, folium.FeatureGroup)
    ]
    m = build_export_map(_trip_sample(), AFFILIATIONS, tiles=None, trips=True)
    groups = [c for c in m._children.values() if isinstance(c, folium.FeatureGroup) and c.control]
    assert [g.layer_name for g in groups] == ["Visit (2)", "Trips (1)"]
    (arcs,) = groups[-1]._children.values()
    control = next(c for c in m._children.values() if isinstance(c, TimeWindowControl))
    # the date window hides trips outside it
    assert (arcs.get_name(), groups[-1].get_name()) in control.layer_names
    page = normalised(m.get_root().render())
    assert "Thomas West</b>, 1–3 December 2022<br>1. Doha, 1 December 2022" in page


def test_time_window_control_has_a_play_button_stepping_like_the_page() -> None:
    """The export's play choices are the page's step widths and modes; Play starts a timer."""
    from mapapp.web.timewindow import PLAY_MODES
    from mapapp.web.timewindow import PLAY_WIDTHS as PAGE_WIDTHS

    m = build_export_map(sample(), AFFILIATIONS, tiles=None)
    control = next(c for c in m._children.values() if isinstance(c, TimeWindowControl))
    assert '<button type="button" name="play">Play</button>' in control.html
    for days, label in PAGE_WIDTHS.items():
        assert f'<option value="{days}"' in control.html and label in control.html
    for mode in PLAY_MODES:
        assert f'<option value="{mode}">' in control.html
    page = m.get_root().render()
    assert "setInterval(step, 1000)" in page
