"""The light circle-marker layer (mapapp.render.points): data, styles, script safety, errors."""

from __future__ import annotations

import json
import re

import folium
import pytest

from mapapp.render.points import STYLE, PointLayer, script_json

RED = {"radius": 7, "color": "#d55e00"}
BLUE = {"radius": 7, "color": "#0072b2"}


def rendered(layer: PointLayer) -> str:
    m = folium.Map(tiles=None)
    group = folium.FeatureGroup(name="Meetings").add_to(m)
    layer.add_to(group)
    return m.get_root().render()


def test_features_are_points_in_lon_lat_order_with_their_properties() -> None:
    layer = PointLayer([25.2854, -33.9], [51.531, 18.4], [{"t": "a"}, {"t": "b"}], [RED, BLUE])
    first, second = layer.data["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [51.531, 25.2854]}
    assert second["geometry"]["coordinates"] == [18.4, -33.9]
    assert (first["properties"]["t"], second["properties"]["t"]) == ("a", "b")


def test_styles_are_stored_once_and_looked_up_per_feature() -> None:
    same_red = dict(RED)  # equal content, another object
    layer = PointLayer([1, 2, 3, 4], [1, 2, 3, 4], [{}] * 4, [RED, BLUE, same_red, RED])
    assert layer.styles == [RED, BLUE]
    assert [f["properties"][STYLE] for f in layer.data["features"]] == [0, 1, 0, 0]
    assert [layer.style_of(f) for f in layer.data["features"]] == [RED, BLUE, RED, RED]


def test_the_page_holds_the_data_and_binds_tooltip_and_popup_once() -> None:
    layer = PointLayer(
        [25.3],
        [51.5],
        [{"title": "Talks", "when": "May"}],
        [RED],
        tooltip=["title", "when"],
        popup=["when"],
        popup_labels=["When"],
    )
    page = rendered(layer)
    assert page.count("L.geoJson(") == 1
    assert page.count(".bindTooltip(") == 1 and page.count(".bindPopup(") == 1
    data = re.search(r"L\.geoJson\((\{.*?\}\]\})", page, re.S)
    assert data is not None and json.loads(data.group(1)) == layer.data


def test_no_popup_is_bound_without_popup_fields() -> None:
    page = rendered(PointLayer([25.3], [51.5], [{"title": "x"}], [RED], tooltip=["title"]))
    popup = json.loads(page.split("var popup = ")[1].split(";")[0])
    assert popup["fields"] == [] and popup["labels"] is None


def test_text_cannot_close_the_script_or_reach_jinja() -> None:
    # The layer gets escaped text from the app; even unescaped text must not break out.
    hostile = (
        "</script><script>window.__xss=1</script><!-- {{ 6*7 }} {% if 1 %}x{% endif %} 'q'"
        " \u2028 \u2029"
    )
    page = rendered(PointLayer([1.0], [2.0], [{"title": hostile}], [RED], tooltip=["title"]))
    assert "</script><script>window.__xss" not in page
    assert "{{ 6*7 }}" in page and "42" not in page.split("L.geoJson(")[1].split(")")[0]
    assert "{% if 1 %}x{% endif %}" in page
    assert "<!--" not in page and "\u2028" not in page and "\u2029" not in page
    text = script_json({"title": hostile})
    assert not set("<>&'\u2028\u2029") & set(text)
    assert json.loads(text) == {"title": hostile}


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"lat": [1.0, 2.0]}, "differ in length: 2, 1, 1, 1"),
        ({"popup": ["a", "b"], "popup_labels": ["A"]}, "1 popup labels for 2 popup fields"),
        ({"properties": [{"style": "bold"}]}, "a feature has a 'style' property"),
    ],
)
def test_mismatched_inputs_are_refused_with_the_counts(kwargs: dict, words: str) -> None:
    args = {"lat": [1.0], "lon": [2.0], "properties": [{}], "styles": [RED], **kwargs}
    with pytest.raises(ValueError, match=re.escape(words)):
        PointLayer(**args)


def test_rendering_outside_a_map_says_what_to_do() -> None:
    with pytest.raises(TypeError, match="add it to one first"):
        PointLayer([1.0], [2.0], [{}], [RED]).render()
