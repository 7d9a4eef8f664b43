"""Colour as a property of the dataset: who travelled (Historian records), else alignment."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from mapapp.bundled import BUNDLED_EVENTS
from mapapp.model import WGS84
from mapapp.readers import read_events, read_file
from mapapp.render.aggregate import AGGREGATE_COLOUR
from mapapp.render.legend import legend_groups, legend_html, legend_summary
from mapapp.render.maps import Legend, build_base_map, prepare_for_folium
from mapapp.render.style import (
    ALIGNMENTS,
    TRAVELLERS,
    colour_group,
)
from mapapp.render.timeline import timeline_frame

STATE = Path(__file__).parent / "data" / "state"


@pytest.fixture(scope="module")
def both() -> gpd.GeoDataFrame:
    frames = [read_file(STATE / "travels").events, read_file(STATE / "visits").events]
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=WGS84)


def _legend(m) -> Legend:
    return next(c for c in m._children.values() if isinstance(c, Legend))


def test_traveller_colours_are_unlike_the_alignments():
    """Colour-blind safety is measured in test_colour_vision.py."""
    colours = [info["colour"] for info in TRAVELLERS.values()]
    assert len(set(colours)) == len(colours)
    taken = {info["colour"] for info in ALIGNMENTS.values()} | {AGGREGATE_COLOUR}
    assert not set(colours) & taken


@pytest.mark.parametrize(
    ("dataset", "value", "expected"),
    [
        ("state-travels", "president", "president"),
        ("state-travels", "secretary of state", "secretary of state"),
        ("state-visits", "visiting leader", "visiting leader"),
        ("state-visits", "nonsense", "other"),  # unknown value: falls back to alignment
        (None, "president", "other"),  # not a dataset with its own colours
    ],
)
def test_colour_group_follows_the_dataset(dataset, value, expected):
    assert colour_group(dataset, value, ["Someone"], {}) == expected


def test_state_events_are_coloured_by_who_travelled(both):
    prepared = prepare_for_folium(both, {}).set_index("event_id")
    roles = both.set_index("event_id")["traveller_role"]
    for event_id, group in prepared["alignment"].items():
        assert group == roles[event_id]
        assert prepared.loc[event_id, "style"]["fillColor"] == TRAVELLERS[group]["colour"]
    assert set(prepared["alignment"]) == set(TRAVELLERS)


def test_seed_story_keeps_its_alignment_colours():
    seed = read_events(BUNDLED_EVENTS)
    prepared = prepare_for_folium(seed)
    assert set(prepared["alignment"]) <= set(ALIGNMENTS)
    assert "us_taliban" in set(prepared["alignment"])
    assert legend_groups(seed) == {"other"}


def test_legend_says_what_the_colours_mean_for_the_data_shown(both):
    state_legend = _legend(build_base_map(both, tiles=None)).html
    assert "Who travelled" in state_legend and "Who took part" not in state_legend
    for info in TRAVELLERS.values():
        assert info["label"] in state_legend and info["colour"] in state_legend
    assert ALIGNMENTS["us_taliban"]["label"] not in state_legend
    seed = read_events(BUNDLED_EVENTS)
    mixed = pd.concat([seed, both], ignore_index=True)
    mixed_legend = _legend(build_base_map(gpd.GeoDataFrame(mixed, crs=WGS84), tiles=None)).html
    assert "Who took part" in mixed_legend and "Who travelled" in mixed_legend
    assert legend_summary(legend_groups(both)).startswith("colour = who travelled;")


def test_legend_lists_only_the_traveller_groups_present():
    html = legend_html({"visiting leader"})
    assert TRAVELLERS["visiting leader"]["label"] in html
    assert TRAVELLERS["president"]["label"] not in html


def test_timeline_colours_follow_the_dataset(both):
    frame = timeline_frame(both, {}).set_index("event_id")
    assert frame.loc["state-visit-2991", "alignment"] == TRAVELLERS["visiting leader"]["label"]
    assert frame.loc["state-travel-3992", "alignment"] == TRAVELLERS["secretary of state"]["label"]
