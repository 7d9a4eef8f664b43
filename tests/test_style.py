"""Labels, colours and marker styles: one mapping, pure decisions."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from mapapp.model import EVENT_TYPES, STATUSES
from mapapp.render.legend import legend_html
from mapapp.render.style import (
    ALIGNMENTS,
    AREA_RADIUS,
    POINT_RADIUS,
    STATUS_LABELS,
    TYPE_LABELS,
    alignment_of,
    date_label,
    marker_style,
    place_label,
)

AFFILIATIONS = {
    "Thomas West": "us_government",
    "Lindsey Graham": "us_congress",
    "Taliban": "taliban",
    "Ata Mohammad Noor": "anti_taliban_opposition",
    "Roza Otunbayeva": "un",
    "Hudson Institute": "think_tank",
}


def row(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "alignment": "us_taliban",
        "location_precision": "city",
        "location_basis": "stated",
        "status": "occurred",
    }
    base.update(changes)
    return base


def test_type_labels_cover_every_event_type() -> None:
    assert set(TYPE_LABELS) == set(EVENT_TYPES)
    assert TYPE_LABELS["military_strike"] == "Military strike"


def test_status_labels_cover_every_status() -> None:
    assert set(STATUS_LABELS) == set(STATUSES)


def test_alignments_have_a_label_and_a_distinct_hex_colour() -> None:
    assert list(ALIGNMENTS) == ["us_taliban", "us_opposition", "multilateral", "other"]
    colours = [a["colour"] for a in ALIGNMENTS.values()]
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", c) for c in colours)
    assert len(set(colours)) == len(colours)
    assert ALIGNMENTS["us_taliban"]["label"] == "US–Taliban"


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        (["Thomas West", "Taliban"], "us_taliban"),
        (["Lindsey Graham", "Taliban"], "us_taliban"),
        (["Thomas West", "Ata Mohammad Noor"], "us_opposition"),
        (["Thomas West", "Taliban", "Ata Mohammad Noor"], "us_taliban"),
        (["Roza Otunbayeva", "Thomas West", "Taliban"], "multilateral"),
        (["Roza Otunbayeva"], "multilateral"),
        (["Thomas West"], "other"),
        (["Taliban", "Ata Mohammad Noor"], "other"),
        (["Hudson Institute", "Ata Mohammad Noor"], "other"),
        (["Somebody unknown"], "other"),
        ([], "other"),
    ],
)
def test_alignment_of_applies_the_rules_in_order(actors: list[str], expected: str) -> None:
    assert alignment_of(actors, AFFILIATIONS) == expected


def test_alignment_of_matches_casefolded_keys() -> None:
    folded = {k.casefold(): v for k, v in AFFILIATIONS.items()}
    assert alignment_of(["THOMAS WEST", "taliban"], folded) == "us_taliban"


@pytest.mark.parametrize("alignment", list(ALIGNMENTS))
def test_marker_style_fill_and_outline_follow_alignment(alignment: str) -> None:
    style = marker_style(row(alignment=alignment))
    assert style["fillColor"] == style["color"] == ALIGNMENTS[alignment]["colour"]


def test_marker_style_unknown_alignment_falls_back_to_other() -> None:
    assert marker_style(row(alignment="nonsense"))["color"] == ALIGNMENTS["other"]["colour"]


@pytest.mark.parametrize("precision", ["region", "country"])
def test_marker_style_area_precision_is_larger_and_translucent(precision: str) -> None:
    point = marker_style(row(location_precision="city"))
    area = marker_style(row(location_precision=precision))
    assert area["radius"] == AREA_RADIUS[precision] > point["radius"] == POINT_RADIUS
    assert area["fillOpacity"] < 0.3 < point["fillOpacity"]


def test_marker_style_inferred_place_has_dashed_outline() -> None:
    assert marker_style(row(location_basis="inferred"))["dashArray"]
    assert marker_style(row(location_basis="stated"))["dashArray"] is None


def test_marker_style_announced_is_lighter() -> None:
    occurred = marker_style(row(status="occurred"))
    announced = marker_style(row(status="announced"))
    assert announced["fillOpacity"] < occurred["fillOpacity"]
    assert announced["fillColor"] == occurred["fillColor"]


@pytest.mark.parametrize("status", ["declined", "cancelled"])
def test_marker_style_declined_and_cancelled_have_white_centre(status: str) -> None:
    style = marker_style(row(status=status))
    assert style["fillColor"] == "#ffffff"
    assert style["color"] == ALIGNMENTS["us_taliban"]["colour"]


def test_marker_style_accepts_a_pandas_row() -> None:
    series = pd.Series(row(location_precision="country"))
    assert marker_style(series)["radius"] == AREA_RADIUS["country"]


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2022-12-19", "2022-12-19", "day", "19 December 2022 — day"),
        ("2022-11-30", "2022-12-01", "range", "30 November – 1 December 2022 — range"),
        ("2022-12-01", "2022-12-31", "month", "December 2022 — month"),
        ("2022-12-01", "2022-12-19", "month", "1–19 December 2022 — month"),
        ("2022-12-05", "2022-12-11", "week", "5–11 December 2022 — week"),
        ("2021-01-01", "2021-12-31", "year", "2021 — year"),
        ("2019-01-01", "2020-12-31", "range", "2019–2020 — range"),
        ("2022-11-01", "2022-12-31", "range", "November–December 2022 — range"),
        ("2022-12-01", "2023-01-31", "range", "December 2022 – January 2023 — range"),
        ("2022-12-30", "2023-01-02", "range", "30 December 2022 – 2 January 2023 — range"),
        (None, None, "unknown", "date unknown"),
        (pd.NaT, pd.NaT, "unknown", "date unknown"),
        ("2022-12-19", None, "day", "19 December 2022 — day"),
    ],
)
def test_date_label_says_when_with_precision(
    start: object, end: object, precision: str, expected: str
) -> None:
    start = pd.Timestamp(start) if isinstance(start, str) else start
    end = pd.Timestamp(end) if isinstance(end, str) else end
    assert date_label(start, end, precision) == expected


def test_date_label_accepts_python_dates() -> None:
    assert date_label(dt.date(2022, 12, 19), dt.date(2022, 12, 19), "day") == (
        "19 December 2022 — day"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Kabul", "AF", "city", "stated", None), "Kabul — city"),
        (
            ("Dushanbe", "TJ", "city", "inferred", "The article says only Tajikistan."),
            "Tajikistan — placed at Dushanbe (inferred: The article says only Tajikistan.)",
        ),
        (
            ("Dushanbe", "TJ", "city", "inferred", None),
            "Tajikistan — placed at Dushanbe (inferred)",
        ),
        (("Afghanistan", "AF", "country", "stated", None), "Afghanistan — country"),
        (
            ("Afghanistan", "AF", "country", "inferred", "Only the country is known."),
            "Afghanistan — country (inferred: Only the country is known.)",
        ),
        ((None, "AF", "country", "stated", None), "Afghanistan — country"),
        (
            ("Concordia Press Club, Vienna", "AT", "exact_site", "stated", None),
            "Concordia Press Club, Vienna — exact site",
        ),
        ((None, None, "unknown", None, None), "place unknown"),
        (("Somewhere", None, "unknown", None, None), "Somewhere — place unknown"),
    ],
)
def test_place_label_says_where_and_how_sure(args: tuple, expected: str) -> None:
    assert place_label(*args) == expected


def test_place_label_shortens_long_notes() -> None:
    label = place_label("Dushanbe", "TJ", "city", "inferred", "word " * 100)
    assert label.endswith("…)")
    assert len(label) < 220


def test_legend_html_lists_every_alignment_with_its_colour() -> None:
    legend = legend_html()
    for info in ALIGNMENTS.values():
        assert info["label"] in legend
        assert info["colour"] in legend
    assert "dashed" in legend and "declined or cancelled" in legend


def test_legend_html_contains_no_template_or_script_syntax() -> None:
    legend = legend_html()
    for token in ("{", "}", "<script", "`", "${"):
        assert token not in legend


def test_every_event_type_has_its_own_marker_shape() -> None:
    """Shape is the second cue besides colour: one per type, each outline a closed polygon."""
    from mapapp.render.style import SHAPES, TYPE_SHAPES, marker_style

    assert set(TYPE_SHAPES) == set(TYPE_LABELS)
    assert len(set(TYPE_SHAPES.values())) == len(TYPE_SHAPES)
    assert set(TYPE_SHAPES.values()) - {"circle"} == set(SHAPES)
    assert all(len(corners) >= 3 for corners in SHAPES.values())
    for event_type, shape in TYPE_SHAPES.items():
        assert marker_style({"event_type": event_type})["shape"] == shape
    assert marker_style({"event_type": "unheard of"})["shape"] == TYPE_SHAPES["other"]


def test_legend_draws_each_type_with_its_shape() -> None:
    from mapapp.render.style import SHAPES, TYPE_SHAPES

    legend = legend_html()
    assert all(label in legend for label in TYPE_LABELS.values())
    assert legend.count("<polygon") == len(SHAPES)
    assert legend.count("<circle") == list(TYPE_SHAPES.values()).count("circle")
