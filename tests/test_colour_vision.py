"""Marker colours stay distinct under the common colour-vision deficiencies.

Each palette is simulated (Machado et al. 2009, full severity, via colorspacious) for
deuteranopia, protanopia and tritanopia, and every pair of its colours must stay at least
:data:`FLOOR` apart in CAM02-UCS (about the gap between two clearly different hues; the old
Okabe–Ito alignments fell to 14.6 under deuteranopia for "Multilateral / UN" and "Other").
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from mapapp.render.style import (
    ALIGNMENTS,
    BADGE_MIXED,
    BADGE_MIXED_INK,
    COLOUR_GROUPS,
    DATASET_COLOURS,
    badge_inks,
    contrast,
)

FLOOR = 20.0
DEFICIENCIES = (None, "deuteranomaly", "protanomaly", "tritanomaly")  # None: normal vision
PALETTES = {
    "alignments": ALIGNMENTS,
    **{f"{name} ({heading})": groups for name, (heading, _, groups) in DATASET_COLOURS.items()},
    "all groups on one map": COLOUR_GROUPS,
}


def _rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255.0


def _seen(colour: str, deficiency: str | None) -> np.ndarray:
    rgb = _rgb(colour)
    if deficiency is None:
        return rgb
    cvd = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(cspace_convert(rgb, cvd, "sRGB1"), 0.0, 1.0)


def min_distance(colours: dict[str, str], deficiency: str | None) -> tuple[float, str, str]:
    """The closest pair of a palette as seen with ``deficiency``: (CAM02-UCS distance, a, b)."""
    seen = {key: _seen(colour, deficiency) for key, colour in colours.items()}
    return min(
        (float(deltaE(seen[a], seen[b], input_space="sRGB1", uniform_space="CAM02-UCS")), a, b)
        for a, b in itertools.combinations(seen, 2)
    )


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
@pytest.mark.parametrize("palette", list(PALETTES))
def test_palette_colours_stay_apart_under_colour_vision_deficiency(
    palette: str, deficiency: str | None
) -> None:
    colours = {key: info["colour"] for key, info in PALETTES[palette].items()}
    distance, a, b = min_distance(colours, deficiency)
    assert distance >= FLOOR, (
        f"{palette}: {a!r} and {b!r} are only {distance:.1f} apart in CAM02-UCS under "
        f"{deficiency or 'normal vision'} — choose colours at least {FLOOR} apart"
    )


def test_the_measure_catches_the_colours_it_replaced() -> None:
    """The old "Multilateral / UN" green and "Other" grey merge under deuteranopia."""
    old = {"multilateral": "#009E73", "other": "#666666"}
    assert min_distance(old, None)[0] > FLOOR
    assert min_distance(old, "deuteranomaly")[0] < 15


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_a_mixed_badge_stays_apart_from_every_filled_one(deficiency: str | None) -> None:
    """A badge of events of several colours (white centre) never looks like one of one colour."""
    colours = {key: info["colour"] for key, info in COLOUR_GROUPS.items()}
    for key, colour in colours.items():
        distance, _, _ = min_distance({"mixed": BADGE_MIXED, key: colour}, deficiency)
        assert distance >= FLOOR, (key, deficiency, distance)


def test_badge_counts_are_readable_on_their_fill() -> None:
    """The count on a filled badge meets WCAG's 4.5:1 on every group colour, and on white."""
    inks = dict(badge_inks())
    assert set(inks) == {info["colour"] for info in COLOUR_GROUPS.values()}
    for colour, ink in inks.items():
        assert contrast(colour, ink) >= 4.5, (colour, ink, contrast(colour, ink))
    assert contrast(BADGE_MIXED, BADGE_MIXED_INK) >= 4.5
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
