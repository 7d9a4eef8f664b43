"""The map's legend: what colour, shape, size, outline and fill of a marker mean.

Pure functions returning static HTML fragments; every label still goes through
:func:`mapapp.render.escape.escape_text`. The colours and styles come from
:mod:`mapapp.render.style`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from mapapp.render.escape import escape_text
from mapapp.render.style import (
    ALIGNMENT_HEADING,
    ALIGNMENTS,
    BADGE_MIXED,
    BADGE_MIXED_INK,
    COLOUR_GROUPS,
    DATASET_COLOURS,
    SHAPES,
    TYPE_LABELS,
    TYPE_SHAPES,
    WHITE,
    badge_inks,
)

_BOX = (
    "background:rgba(255,255,255,0.93);padding:6px 9px;border-radius:4px;"
    "box-shadow:0 1px 4px rgba(0,0,0,0.35);font:12px/1.45 sans-serif;color:#222;max-width:260px"
)


def _swatch(colour: str, background: str, size: int, dashed: bool = False) -> str:
    border = "dashed" if dashed else "solid"
    return (
        f'<span style="display:inline-block;box-sizing:border-box;width:{size}px;'
        f"height:{size}px;border-radius:50%;border:2px {border} {colour};"
        f'background:{background};vertical-align:middle;margin-right:6px"></span>'
    )


def _shape_icon(shape: str, colour: str) -> str:
    """A 14 px SVG of a marker shape (:data:`mapapp.render.style.SHAPES`, else a circle)."""
    paint = f'fill="{_rgba(colour, 0.85)}" stroke="{colour}" stroke-width="0.25"'
    corners = SHAPES.get(shape)
    body = (
        f'<polygon points="{" ".join(f"{x},{y}" for x, y in corners)}" {paint}/>'
        if corners
        else f'<circle r="1" {paint}/>'
    )
    return (
        '<svg width="14" height="14" viewBox="-1.6 -1.6 3.2 3.2" aria-hidden="true" '
        f'style="vertical-align:middle;margin-right:5px">{body}</svg>'
    )


def _shape_rows(colour: str) -> str:
    """Every event type with its marker shape, two to a line."""
    items = [
        f'<span style="display:inline-block;width:50%">{_shape_icon(shape, colour)}'
        f"{escape_text(TYPE_LABELS.get(event_type, event_type))}</span>"
        for event_type, shape in TYPE_SHAPES.items()
    ]
    return f"<div>{''.join(items)}</div>"


def _badge_icon(colours: list[str], text: str) -> str:
    """A 16 px count badge as the map draws it: filled with one colour, or ringed by several."""
    look = "display:inline-block;box-sizing:border-box;width:16px;height:16px;border-radius:50%;"
    look += "text-align:center;font:bold 9px/12px sans-serif;vertical-align:middle;"
    look += "margin-right:4px;box-shadow:0 0 0 1px #222"
    if len(colours) == 1:
        ink = dict(badge_inks()).get(colours[0], BADGE_MIXED_INK)
        paint = f"background:{colours[0]};color:{ink};border:2px solid #fff"
    else:
        step = 100 / len(colours)
        stops = ",".join(
            f"{c} {k * step:.1f}% {(k + 1) * step:.1f}%" for k, c in enumerate(colours)
        )
        paint = (
            f"color:{BADGE_MIXED_INK};border:3px solid transparent;background:linear-gradient("
            f"{BADGE_MIXED},{BADGE_MIXED}) padding-box,conic-gradient({stops}) border-box"
        )
    return f'<span style="{look};{paint}">{escape_text(text)}</span>'


def _badge_rows(groups: Iterable[str] | None) -> str:
    """What a count badge's colour means, with one filled and one ringed example."""
    keys = [k for _, listed in legend_sections(groups) for k in listed]
    colours = list(dict.fromkeys(COLOUR_GROUPS[k]["colour"] for k in keys))
    one = _badge_icon(colours[:1], "3")
    mixed = _badge_icon(colours[:3] if len(colours) > 1 else [*colours, WHITE], "5")
    text = (
        "a badge counts the events at one place: filled with their colour when they share "
        "one, white inside a ring of their colours when they differ; click it to show each"
    )
    return f'<div style="margin-top:4px;color:#555">{one}{mixed}{escape_text(text)}</div>'


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def legend_groups(events: pd.DataFrame) -> set[str]:
    """The colour groups a set of events needs in its legend (alignments as "other").

    From a display copy's ``alignment`` column (the colour group) when it has one; else from the
    ``dataset`` property and the column each dataset colours by, where an event of any other
    dataset (or a frame without ``dataset``) brings the alignments.
    """
    if "alignment" in events.columns:
        return set(events["alignment"].dropna().unique())
    if "dataset" not in events.columns:
        return {"other"} if len(events) else set()
    found: set[str] = set()
    datasets = events["dataset"]
    plain = ~datasets.isin(list(DATASET_COLOURS))
    if plain.any():
        found.add("other")
    for name, (_, column, groups) in DATASET_COLOURS.items():
        if column in events.columns:
            values = events.loc[(datasets == name).to_numpy(), column]
            found.update(v for v in values.dropna().unique() if v in groups)
    return found


def legend_sections(groups: Iterable[str] | None = None) -> list[tuple[str, list[str]]]:
    """The legend's colour sections: (heading, group keys), for the groups present.

    ``None`` means the alignments only (the seed story's legend). Alignments are listed whole
    (their "Other" says what the rest is); a dataset's own groups only when present.
    """
    present = set(ALIGNMENTS) if groups is None else set(groups)
    sections: list[tuple[str, list[str]]] = []
    if present & set(ALIGNMENTS):
        sections.append((ALIGNMENT_HEADING, list(ALIGNMENTS)))
    seen: set[str] = set()
    for heading, _, own in DATASET_COLOURS.values():
        keys = [k for k in own if k in present and k not in seen]
        seen.update(keys)
        if keys:
            for i, (title, listed) in enumerate(sections):
                if title == heading:
                    sections[i] = (title, listed + keys)
                    break
            else:
                sections.append((heading, keys))
    return sections or [(ALIGNMENT_HEADING, list(ALIGNMENTS))]


def legend_summary(groups: Iterable[str] | None = None) -> str:
    """The folded legend's one line: what colour, ring and dash mean (plain text)."""
    headings = [heading.lower() for heading, _ in legend_sections(groups)]
    return f"colour = {' / '.join(headings)}; pale ring = country-level place; dashed = inferred"


def legend_html(groups: Iterable[str] | None = None) -> str:
    """The map legend as an HTML fragment (static labels, still passed through escape_text).

    Parameters
    ----------
    groups : iterable of str, optional
        The colour groups on the map (:func:`colour_group` values); default: the alignments.

    Returns
    -------
    str
        A ``<div class="mapapp-legend">`` block: a heading and one coloured swatch per colour
        group, the shape of each event type, then the meaning of marker size, dashed outline
        and pale/white centres.
    """
    grey = ALIGNMENTS["other"]["colour"]
    rows: list[str] = []
    for heading, keys in legend_sections(groups):
        margin = ";margin-top:4px" if rows else ""
        rows.append(f'<div style="font-weight:600{margin}">{escape_text(heading)}</div>')
        for key in keys:
            info = COLOUR_GROUPS[key]
            swatch = _swatch(info["colour"], _rgba(info["colour"], 0.85), 12)
            rows.append(f"<div>{swatch}{escape_text(info['label'])}</div>")
    rows.append(f'<div style="font-weight:600;margin-top:4px">{escape_text("Type")}</div>')
    rows.append(_shape_rows(grey))
    rows.append(f'<div style="font-weight:600;margin-top:4px">{escape_text("Markers")}</div>')
    markers = [
        (_swatch(grey, _rgba(grey, 0.18), 18), "large, pale: placed in a country or region"),
        (_swatch(grey, _rgba(grey, 0.85), 12, dashed=True), "dashed: place inferred"),
        (_swatch(grey, _rgba(grey, 0.42), 12), "lighter: announced"),
        (_swatch(grey, WHITE, 12), "white centre: declined or cancelled"),
    ]
    rows += [f"<div>{swatch}{escape_text(text)}</div>" for swatch, text in markers]
    rows.append(_badge_rows(groups))
    return f'<div class="mapapp-legend" style="{_BOX}">' + "".join(rows) + "</div>"
