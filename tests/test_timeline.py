"""The timeline: one row per dated event, spans end-exclusive, colours shared with the legend."""

from __future__ import annotations

import altair as alt
import pandas as pd

from mapapp.records import coerce_events
from mapapp.render.style import ALIGNMENTS
from mapapp.render.timeline import BRUSH, TIMELINE_COLUMNS, timeline_chart, timeline_frame
from tests.conftest import good_record

AFFILIATIONS = {"Thomas West": "us_government", "Taliban": "taliban"}


def events(*changes: dict[str, object]):
    records = [good_record(**{"event_id": f"e{i}", **c}) for i, c in enumerate(changes)]
    return coerce_events(pd.DataFrame(records))


def sample():
    return events(
        {
            "date_start": "2022-12-01",
            "date_end": "2022-12-31",
            "date_precision": "month",
            "event_type": "visit",
            "actors": "Thomas West",
        },
        {
            "date_start": "2022-11-30",
            "date_end": "2022-12-01",
            "date_precision": "range",
            "event_type": "military_strike",
        },
        {"date_start": None, "date_end": None, "date_precision": "unknown"},
        {"title": "<b>{{ 6*7 }}</b> & co", "date_start": "2022-12-19", "date_end": "2022-12-19"},
    )


def test_timeline_frame_has_one_row_per_dated_event_sorted_by_start() -> None:
    frame = timeline_frame(sample(), AFFILIATIONS)
    assert tuple(frame.columns) == TIMELINE_COLUMNS
    assert frame["event_id"].tolist() == ["e1", "e0", "e3"]


def test_timeline_frame_end_is_the_day_after_the_last_day() -> None:
    frame = timeline_frame(sample(), AFFILIATIONS).set_index("event_id")
    assert frame.loc["e3", "start"] == pd.Timestamp("2022-12-19")
    assert frame.loc["e3", "end"] == pd.Timestamp("2022-12-20")
    assert frame.loc["e0", "end"] == pd.Timestamp("2023-01-01")


def test_timeline_frame_uses_labels_from_the_style_mapping() -> None:
    frame = timeline_frame(sample(), AFFILIATIONS).set_index("event_id")
    assert frame.loc["e1", "type"] == "Military strike"
    assert frame.loc["e1", "alignment"] == ALIGNMENTS["us_taliban"]["label"]
    assert frame.loc["e0", "alignment"] == ALIGNMENTS["other"]["label"]
    assert frame.loc["e0", "date_label"] == "December 2022 — month"
    assert frame.loc["e0", "precision"] == "month"


def test_timeline_frame_keeps_titles_raw_for_the_chart_library_to_escape() -> None:
    frame = timeline_frame(sample(), AFFILIATIONS).set_index("event_id")
    assert frame.loc["e3", "title"] == "<b>{{ 6*7 }}</b> & co"


def test_timeline_chart_colours_match_the_map_legend() -> None:
    spec = timeline_chart(sample(), AFFILIATIONS).to_dict()
    assert isinstance(timeline_chart(sample(), AFFILIATIONS), alt.LayerChart)
    bars, dots = spec["layer"]
    for layer in (bars, dots):
        scale = layer["encoding"]["color"]["scale"]
        assert scale["domain"] == [a["label"] for a in ALIGNMENTS.values()]
        assert scale["range"] == [a["colour"] for a in ALIGNMENTS.values()]
    assert bars["mark"]["type"] == "bar"
    assert (bars["encoding"]["x"]["field"], bars["encoding"]["x2"]["field"]) == ("start", "end")
    assert [t["field"] for t in bars["encoding"]["tooltip"]] == [
        "title",
        "type",
        "date_label",
        "alignment",
    ]


def test_timeline_chart_lanes_follow_event_type_order() -> None:
    spec = timeline_chart(sample(), AFFILIATIONS).to_dict()
    assert spec["layer"][0]["encoding"]["y"]["sort"] == ["Meeting", "Visit", "Military strike"]


def test_timeline_chart_without_dated_events_still_builds() -> None:
    chart = timeline_chart(
        events({"date_start": None, "date_end": None, "date_precision": "unknown"}), AFFILIATIONS
    )
    assert chart.to_dict()["layer"][0]["mark"]["type"] == "bar"


def test_timeline_charts_can_be_brushed_along_time() -> None:
    """The timeline and the monthly chart carry the x-interval selection that sets the window."""
    from mapapp.web.panels import monthly_chart

    for spec in (
        timeline_chart(sample(), AFFILIATIONS).to_dict(),
        monthly_chart(sample()).to_dict(),
    ):
        params = [p for layer in spec.get("layer", [spec]) for p in layer.get("params", [])]
        params += spec.get("params", [])
        brushes = [p["select"] for p in params if p["name"] == BRUSH]
        assert brushes
        assert all(b == {"type": "interval", "encodings": ["x"]} for b in brushes)
