"""The folium map: display copy, layers, base map, co-located events, and escaping before folium.

Maps are tested as objects and as normalised HTML, for our decisions only (names, counts, colours,
bounds, escaping) — never against folium's template text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import pandas as pd
import pytest

from mapapp.errors import UsageError
from mapapp.model import PROSE_COLUMNS
from mapapp.readers import read_events
from mapapp.records import coerce_events, parse_events
from mapapp.render.cluster import CLUSTER_RADIUS, TypeLayer, with_shared_places
from mapapp.render.escape import escape_text
from mapapp.render.legend import legend_html
from mapapp.render.maps import (
    TOOLTIP_FIELDS,
    Legend,
    build_base_map,
    build_event_layers,
    build_map,
    clicked_event_id,
    event_bounds,
    prepare_for_folium,
)
from mapapp.render.points import PointLayer
from mapapp.render.style import ALIGNMENTS, BADGE_MIXED, badge_inks
from tests.conftest import HOSTILE_TOKENS, good_record

HOSTILE_FIXTURE = Path(__file__).parent / "data" / "hostile.geojson"
AFFILIATIONS = {
    "Thomas West": "us_government",
    "Taliban": "taliban",
    "Noor": "anti_taliban_opposition",
}
DOHA = {"lat": "25.2854", "lon": "51.531", "place_name": "Doha", "country_code": "QA"}
KABUL = {"lat": "34.5553", "lon": "69.2075", "place_name": "Kabul", "country_code": "AF"}
UNPLACED = {
    "lat": None,
    "lon": None,
    "place_name": None,
    "country_code": None,
    "location_precision": "unknown",
    "location_basis": None,
}


def events(*changes: dict[str, object]):
    records = [good_record(**{"event_id": f"e{i}", **c}) for i, c in enumerate(changes)]
    return coerce_events(pd.DataFrame(records))


def unvalidated(*changes: dict[str, object]):
    """Typed events that need not pass validation (a hostile file read without checks)."""
    records = [good_record(**{"event_id": f"e{i}", **c}) for i, c in enumerate(changes)]
    frame, _problems = parse_events(pd.DataFrame(records))
    return frame


def normalised(page: str) -> str:
    """The rendered page with JSON string escapes decoded: what the browser's JS sees."""

    def decode(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code[1:], 16)) if code.startswith("u") else code

    return re.sub(r"\\(u[0-9a-fA-F]{4}|[\"\\/])", decode, page)


def render(m: folium.Map) -> str:
    return m.get_root().render()


def geojson_of(group: folium.FeatureGroup) -> PointLayer:
    children = list(group._children.values())
    assert len(children) == 1 and isinstance(children[0], PointLayer)
    return children[0]


# --- the display copy ----------------------------------------------------------------------


def test_prepare_for_folium_keeps_only_mappable_events() -> None:
    frame = events(DOHA, UNPLACED, KABUL)
    prepared = prepare_for_folium(frame, AFFILIATIONS)
    assert prepared.index.tolist() == [0, 2]
    assert prepared.crs.to_epsg() == 4326


def test_prepare_for_folium_writes_iso_dates_and_labels() -> None:
    frame = events(
        {
            "date_start": "2022-11-30",
            "date_end": "2022-12-01",
            "date_precision": "range",
            "location_basis": "inferred",
            "location_note": "Only Tajikistan is named.",
            "place_name": "Dushanbe",
            "country_code": "TJ",
            "lat": "38.5598",
            "lon": "68.787",
        },
        {"date_start": None, "date_end": None, "date_precision": "unknown", **KABUL},
    )
    prepared = prepare_for_folium(frame, AFFILIATIONS)
    first, second = prepared.to_dict("records")
    assert (first["date_start"], first["date_end"]) == ("2022-11-30", "2022-12-01")
    assert first["date_label"] == "30 November – 1 December 2022 — range"
    assert first["place_label"] == (
        "Tajikistan — placed at Dushanbe (inferred: Only Tajikistan is named.)"
    )
    assert (second["date_start"], second["date_label"]) == ("", "date unknown")
    assert second["place_label"] == "Kabul — city"
    assert first["type_label"] == "Meeting" and first["status_label"] == "Occurred"


def test_prepare_for_folium_classifies_and_styles_by_alignment() -> None:
    frame = events({"actors": "Thomas West; Taliban"}, {"actors": "Thomas West; Noor", **KABUL})
    prepared = prepare_for_folium(frame, AFFILIATIONS)
    assert prepared["alignment"].tolist() == ["us_taliban", "us_opposition"]
    assert [s["fillColor"] for s in prepared["style"]] == [
        ALIGNMENTS["us_taliban"]["colour"],
        ALIGNMENTS["us_opposition"]["colour"],
    ]


def test_prepare_for_folium_uses_the_bundled_actors_by_default() -> None:
    frame = events({"actors": "Thomas West; Taliban"})
    assert prepare_for_folium(frame)["alignment"].tolist() == ["us_taliban"]


def test_prepare_for_folium_escapes_every_text_property() -> None:
    payload = "<b>{{ 6*7 }}</b> ${x} `y`"
    frame = events({column: payload for column in PROSE_COLUMNS} | {"actors": [payload]})
    record = prepare_for_folium(frame, AFFILIATIONS).iloc[0]
    for column in PROSE_COLUMNS:
        assert record[column] == escape_text(payload)
    assert record["actors"] == [escape_text(payload)]
    assert record["actors_label"] == escape_text(payload)
    assert escape_text(payload) in record["place_label"]


def test_prepare_for_folium_links_only_web_urls() -> None:
    frame = unvalidated(
        {"source_url": "https://example.org/r?a=1&b=2", "source_title": "Report <1>"},
        {"source_url": "javascript:alert('x')", **KABUL},
    )
    web, script = prepare_for_folium(frame, AFFILIATIONS)["source_link"].tolist()
    assert web == (
        '<a href="https://example.org/r?a=1&amp;b=2" target="_blank" '
        'rel="noopener noreferrer nofollow">Report &lt;1&gt;</a>'
    )
    assert "<a" not in script and "href" not in script
    assert script.startswith("javascript:alert(&#x27;x&#x27;)")


def test_page_markers_without_links_show_the_same_escaped_properties() -> None:
    """The page's markers (no popup) skip the popups' source links: every property they carry
    is the same, escaped, as with the links built; a popup needs the links."""
    hostile = "<img src=x onerror=alert(1)> & {{ 6*7 }}"
    frame = unvalidated(
        {"title": hostile, "source_url": "https://example.org/r?a=1", "source_title": hostile},
        {"title": "D & E", "actors": [hostile], "source_url": "javascript:alert(1)", **KABUL},
    )
    full = prepare_for_folium(frame, AFFILIATIONS)
    bare = prepare_for_folium(frame, AFFILIATIONS, links=False)
    assert "source_link" in full.columns and "source_link" not in bare.columns
    pd.testing.assert_frame_equal(bare, full.drop(columns="source_link"))

    def shown(layers: list[folium.FeatureGroup]) -> list[dict[str, object]]:
        return [f["properties"] for g in layers for f in geojson_of(g).data["features"]]

    assert shown(build_event_layers(bare)) == shown(build_event_layers(full))
    assert shown(build_event_layers(frame, AFFILIATIONS)) == shown(build_event_layers(full))
    assert all("<img" not in str(v) for p in shown(build_event_layers(bare)) for v in p.values())
    with pytest.raises(ValueError, match="links=True"):
        build_event_layers(bare, popup=True)
    popups = shown(build_event_layers(frame, AFFILIATIONS, popup=True))
    assert [p["source_link"] for p in popups] == full["source_link"].tolist()


def test_prepare_for_folium_does_not_change_its_input() -> None:
    frame = events(DOHA, DOHA)
    before = frame.copy()
    prepare_for_folium(frame, AFFILIATIONS)
    pd.testing.assert_frame_equal(frame, before)


# --- co-located events --------------------------------------------------------------------------


def test_colocated_events_are_drawn_at_their_place_and_counted() -> None:
    """Events at one place stay there (the map groups them behind a badge), numbered by date."""
    frame = events(
        *[{"date_start": f"2022-12-0{d}", "date_end": f"2022-12-0{d}"} for d in (3, 1, 2)]
    )
    prepared = prepare_for_folium(frame, AFFILIATIONS)
    assert set(zip(prepared.geometry.y, prepared.geometry.x, strict=True)) == {(25.2854, 51.531)}
    assert set(prepared["lat"]) == {25.2854} and set(prepared["lon"]) == {51.531}
    assert prepared["here_label"].tolist() == [
        "3 of 3 events here",
        "1 of 3 events here",
        "2 of 3 events here",
    ]


def test_colocated_counting_is_deterministic_and_ignores_row_order() -> None:
    frame = events(DOHA, DOHA, KABUL, DOHA)
    forward = prepare_for_folium(frame, AFFILIATIONS)
    backward = prepare_for_folium(frame.iloc[::-1], AFFILIATIONS).loc[forward.index]
    assert forward.geometry.geom_equals_exact(backward.geometry, 0).all()
    assert forward["here_label"].tolist() == backward["here_label"].tolist()


def test_layers_of_every_type_share_one_group_of_events_at_one_place() -> None:
    """One markercluster group for all type layers: a meeting and a visit in Doha make one badge."""
    frame = events({**DOHA, "event_type": "meeting"}, {**DOHA, "event_type": "visit"})
    layers = build_event_layers(frame, AFFILIATIONS)
    assert [type(g) for g in layers] == [TypeLayer, TypeLayer]
    assert layers[0].places is layers[1].places
    ordered = with_shared_places(layers)
    assert ordered == [layers[0].places, *layers] and not ordered[0].control
    page = build_map(frame, AFFILIATIONS).get_root().render()
    places = layers[0].places.get_name()
    assert page.index("L.markerClusterGroup(") < page.index("L.featureGroup.subGroup(")
    assert f'"radius": {CLUSTER_RADIUS}'.replace(" ", "") in page.replace(" ", "")
    assert "zoomToBoundsOnClick: false" in page and 'on("clusterclick"' in page
    assert places not in page  # build_map made its own layers; these were never rendered
    assert with_shared_places([]) == []


def test_a_single_event_is_drawn_at_its_place() -> None:
    frame = events(DOHA, KABUL)
    prepared = prepare_for_folium(frame, AFFILIATIONS)
    assert prepared.geometry.y.tolist() == [25.2854, 34.5553]
    assert prepared["here_label"].tolist() == ["", ""]


# --- layers -------------------------------------------------------------------------------------


def test_build_event_layers_makes_one_named_group_per_type_in_order() -> None:
    frame = events(
        {"event_type": "visit"},
        {"event_type": "meeting"},
        {"event_type": "meeting", **KABUL},
        {"event_type": "military_strike", **KABUL},
        {"event_type": "call", **UNPLACED},
    )
    groups = build_event_layers(frame, AFFILIATIONS)
    assert [g.layer_name for g in groups] == ["Meeting (2)", "Visit (1)", "Military strike (1)"]
    assert all(isinstance(g, folium.FeatureGroup) for g in groups)


def test_build_event_layers_draws_circle_markers_with_precomputed_styles() -> None:
    frame = events({"actors": "Thomas West; Taliban"}, {"actors": "Thomas West", **KABUL})
    (group,) = build_event_layers(frame, AFFILIATIONS)
    layer = geojson_of(group)
    features = layer.data["features"]
    assert [f["properties"]["event_id"] for f in features] == ["e0", "e1"]
    prepared = prepare_for_folium(frame, AFFILIATIONS)
    assert [layer.style_of(f) for f in features] == prepared["style"].tolist()
    m = folium.Map(tiles=None)
    group.add_to(m)
    assert "L.CircleMarker.extend(" in render(m)  # circle markers, some drawn as shapes


def test_build_event_layers_tooltip_shows_title_date_and_place() -> None:
    (group,) = build_event_layers(events(DOHA), AFFILIATIONS)
    assert tuple(geojson_of(group).tooltip_fields) == TOOLTIP_FIELDS
    props = geojson_of(group).data["features"][0]["properties"]
    assert props["title"] == "Envoy meets delegation in Doha"
    assert props["date_label"] == "5 December 2022 — day"
    assert props["place_label"] == "Doha — city"


def test_build_event_layers_without_mappable_events_is_empty() -> None:
    assert build_event_layers(events(UNPLACED), AFFILIATIONS) == []


def test_build_event_layers_accepts_a_prepared_frame() -> None:
    prepared = prepare_for_folium(events(DOHA, KABUL), AFFILIATIONS)
    (group,) = build_event_layers(prepared)
    assert group.layer_name == "Meeting (2)"


def test_build_event_layers_never_escapes_rows_of_a_prepared_frame_twice() -> None:
    frame = events({"title": "A & B <c>"}, {"title": "D & E", **KABUL})
    prepared = prepare_for_folium(frame, AFFILIATIONS)
    for subset in (prepared.loc[[0]], pd.concat([prepared.iloc[:1], prepared.iloc[1:]])):
        titles = [
            f["properties"]["title"]
            for g in build_event_layers(subset)
            for f in geojson_of(g).data["features"]
        ]
        assert titles[0] == "A &amp; B &lt;c&gt;"


def test_build_event_layers_recounts_events_per_place_in_a_subset() -> None:
    prepared = prepare_for_folium(events(DOHA, DOHA, DOHA), AFFILIATIONS)
    assert prepared["here_label"].tolist()[0] == "1 of 3 events here"
    (group,) = build_event_layers(prepared.loc[[0, 2]])
    labels = [f["properties"]["here_label"] for f in geojson_of(group).data["features"]]
    assert labels == ["1 of 2 events here", "2 of 2 events here"]
    assert prepared["here_label"].tolist()[0] == "1 of 3 events here"  # unchanged


def test_clicked_event_id_returns_the_original_id() -> None:
    frame = unvalidated({"event_id": "evt-{{ 6*7 }}-<b>&"})
    (group,) = build_event_layers(frame, AFFILIATIONS)
    feature = geojson_of(group).data["features"][0]
    assert feature["properties"]["event_id"] == "evt-&#123;&#123; 6*7 &#125;&#125;-&lt;b&gt;&amp;"
    assert clicked_event_id(feature) == "evt-{{ 6*7 }}-<b>&"
    assert clicked_event_id(None) is None
    assert clicked_event_id({"properties": {}}) is None


# --- base map -----------------------------------------------------------------------------------


def test_build_base_map_has_canvas_legend_and_no_event_layers() -> None:
    m = build_base_map(events(DOHA, KABUL))
    assert m.options["prefer_canvas"] is True
    kinds = [type(c).__name__ for c in m._children.values()]
    assert "FeatureGroup" not in kinds and "GeoJson" not in kinds
    assert any(isinstance(c, Legend) for c in m._children.values())


def test_build_base_map_fits_every_mappable_event() -> None:
    frame = events(DOHA, KABUL, UNPLACED)
    bounds = event_bounds(frame)
    assert bounds == [[25.2854, 51.531], [34.5553, 69.2075]]
    page = render(build_base_map(frame, tiles=None))
    assert "fitBounds" in page and "[[25.2854, 51.531], [34.5553, 69.2075]]" in page


def test_event_bounds_widens_a_single_place_and_is_none_without_places() -> None:
    assert event_bounds(events(DOHA)) == [[24.7854, 51.031], [25.7854, 52.031]]
    assert event_bounds(events(UNPLACED)) is None
    page = render(build_base_map(events(UNPLACED), tiles=None))
    assert "fitBounds" not in page


def test_build_base_map_keeps_tile_attribution() -> None:
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    page = normalised(
        render(build_base_map(events(DOHA), tiles=url, attribution="© Example Tiles"))
    )
    assert url in page and "© Example Tiles" in page


def test_build_base_map_tile_url_without_attribution_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="pass attribution="):
        build_base_map(events(DOHA), tiles="https://tiles.example.org/{z}/{x}/{y}.png")


def test_build_map_adds_layers_and_a_layer_control() -> None:
    m = build_map(events(DOHA, {"event_type": "visit", **KABUL}), AFFILIATIONS, tiles=None)
    groups = [c for c in m._children.values() if isinstance(c, TypeLayer)]
    assert [g.layer_name for g in groups] == ["Meeting (1)", "Visit (1)"]
    assert any(isinstance(c, folium.LayerControl) for c in m._children.values())


def test_build_map_legend_is_rendered_with_every_alignment() -> None:
    page = normalised(render(build_map(events(DOHA), AFFILIATIONS, tiles=None)))
    for info in ALIGNMENTS.values():
        assert info["label"] in page and info["colour"] in page


def test_legend_says_what_a_badge_colour_means() -> None:
    """One badge filled with a group's colour, one white inside a ring of several."""
    html = legend_html()
    assert "filled with their colour when they share one" in html
    first = ALIGNMENTS["us_taliban"]["colour"]
    assert f"background:{first};color:{dict(badge_inks())[first]}" in html
    assert "conic-gradient(" in html and BADGE_MIXED in html


# --- escaping before folium ----------------------------------------------------------------------

TEXT_FIELDS = (*PROSE_COLUMNS, "event_id", "actors")


def hostile_frame(payload: str):
    return unvalidated(
        {
            column: (payload if column != "actors" else [payload, "Taliban"])
            for column in TEXT_FIELDS
        }
        | {"location_basis": "inferred"},
        {"event_type": "visit", **KABUL, "source_url": payload},
    )


JINJA_PAYLOADS = {
    "arithmetic": ("ZZ{{ 6*7 }}ZZ", "ZZ42ZZ"),
    "loop": ("ZZ{% for x in range(3) %}x{% endfor %}ZZ", "ZZxxxZZ"),
    "undefined": ("ZZ{{ x.y }}ZZ", "ZZZZ"),
}


@pytest.mark.parametrize("popup", [False, True])
@pytest.mark.parametrize("name", sorted(JINJA_PAYLOADS))
def test_jinja_in_every_field_renders_literally(name: str, popup: bool) -> None:
    payload, evaluated = JINJA_PAYLOADS[name]
    page = normalised(
        render(build_map(hostile_frame(payload), AFFILIATIONS, popup=popup, tiles=None))
    )
    assert evaluated not in page
    assert escape_text(payload) in page
    assert payload not in page


def test_jinja_code_execution_payload_does_nothing(tmp_path: Path) -> None:
    target = tmp_path / "PWNED_maps"
    payload = f"{{{{ cycler.__init__.__globals__.os.system('touch {target}') }}}}"
    for popup in (False, True):
        page = normalised(
            render(build_map(hostile_frame(payload), AFFILIATIONS, popup=popup, tiles=None))
        )
        assert escape_text(payload) in page
    assert not target.exists()


def test_jinja_code_execution_without_quotes_does_nothing(tmp_path: Path, monkeypatch) -> None:
    """A payload with no quotes survives folium's JSON encoding; unescaped, it makes a folder."""
    monkeypatch.chdir(tmp_path)
    payload = "{{ cycler.__init__.__globals__.os.mkdir(dict(PWNED_nq=1)|first) }}"
    for popup in (False, True):
        page = normalised(
            render(build_map(hostile_frame(payload), AFFILIATIONS, popup=popup, tiles=None))
        )
        assert escape_text(payload) in page
    assert not (tmp_path / "PWNED_nq").exists()


XSS_PAYLOADS = [
    '<script>alert("xss")</script>',
    '<img src=x onerror=alert("xss")>',
    "javascript:alert('xss')",
    '${alert("xss")}',
    '`); alert("xss"); (`',
    '</script><script>alert("xss")</script>',
    '\\`${alert("xss")}',
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_html_and_script_in_every_field_never_reach_the_page_unescaped(payload: str) -> None:
    raw = render(build_map(hostile_frame(payload), AFFILIATIONS, popup=True, tiles=None))
    page = normalised(raw)
    assert payload not in page
    assert escape_text(payload) in page
    assert "</script><script>alert" not in raw
    assert 'href="javascript:' not in page.lower()


def test_hostile_fixture_map_has_no_live_markup_from_the_data() -> None:
    marker = Path("/tmp/mapapp_hostile_fixture_PWNED")
    marker.unlink(missing_ok=True)
    frame = read_events(HOSTILE_FIXTURE)
    page = normalised(render(build_map(frame, popup=True, tiles=None)))
    for token in HOSTILE_TOKENS:
        assert token not in page, token
    # Inert copies of the attacks remain visible as text: every onerror= sits in escaped markup.
    for match in re.finditer("onerror=", page):
        assert page[match.start() - 14 : match.start()] == "&lt;img src=x "
    assert not marker.exists()
    # Every mappable hostile event is on the map.
    features = json.loads(
        json.dumps(
            [
                f
                for g in build_event_layers(frame, popup=True)
                for f in geojson_of(g).data["features"]
            ]
        )
    )
    assert len(features) == 4


def test_build_event_layers_escapes_data_that_mimics_a_display_copy() -> None:
    """Extra columns named like prepare_for_folium's output must not skip escaping."""
    from mapapp.records import coerce_events
    from tests.conftest import good_record

    raw = pd.DataFrame([good_record(title="<script>window.__x=1</script>{{ 6*7 }}")])
    events = coerce_events(raw)
    for name in ("style", "date_label", "place_label", "here_label", "lat", "lon"):
        events[name] = [{} if name == "style" else "x"]
    html_out = folium.Map()
    for group in build_event_layers(events):
        group.add_to(html_out)
    rendered = html_out.get_root().render()
    assert "<script>window.__x" not in rendered and "{{ 6*7 }}" not in rendered
    # escaped, not evaluated: the references survive rendering (a run template would leave "42")
    # (folium's JSON escaping writes each "&" of the references as \u0026)
    assert "\\u0026#123;\\u0026#123; 6*7 \\u0026#125;\\u0026#125;" in rendered


def test_tooltip_stylesheet_is_in_the_page_map_and_the_export() -> None:
    """Tooltips wrap in a capped box on the page's map and in the HTML export alike."""
    from mapapp.render.html import to_html
    from mapapp.render.maps import MAP_CSS, TOOLTIP_CLASS, TOOLTIP_FIELDS

    assert f".leaflet-tooltip.{TOOLTIP_CLASS}" in MAP_CSS and "max-width:min(320px" in MAP_CSS
    gdf = events({"actors": ["A", "B", "C", "D", "E"]})
    page = build_base_map(gdf).get_root().render()
    export = to_html(gdf, self_contained=False)
    assert MAP_CSS in page and MAP_CSS in export
    assert f'"className": "{TOOLTIP_CLASS}"'.replace(" ", "") in export.replace(" ", "")
    assert TOOLTIP_FIELDS[0] == "title" and "actors_brief" in TOOLTIP_FIELDS
    assert prepare_for_folium(gdf)["actors_brief"].tolist() == ["A, B, C and 2 more"]
