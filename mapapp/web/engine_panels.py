"""Parts of the page drawn from an engine's answers rather than from every event (no Streamlit).

The map's cells at one zoom (until the map asks per viewport), the monthly timeline from counts,
and the cap on what a download may hold.
"""

from __future__ import annotations

import altair as alt
import folium
import pandas as pd

from mapapp.render.aggregate import AGGREGATE_COLOUR, bin_radius
from mapapp.render.escape import escape_text
from mapapp.render.points import PointLayer
from mapapp.render.style import TYPE_LABELS

__all__ = [
    "CELL_ZOOM",
    "DOWNLOAD_ROWS",
    "cells_layer",
    "counts_line",
    "download_note",
    "monthly_counts_chart",
]

CELL_ZOOM = 6  # the tiles events are counted in when there are too many to draw one by one
DOWNLOAD_ROWS = 100_000  # a download holds at most this many events (built on click)


def cells_layer(cells: pd.DataFrame) -> folium.FeatureGroup:
    """One circle per cell of :meth:`mapapp.engine.Engine.cell_counts`, sized by its count.

    The tooltip says how many events the cell holds; a cell carries no ``event_id``, so a click
    on it selects nothing.
    """
    total = int(cells["count"].sum()) if len(cells) else 0
    group = folium.FeatureGroup(name=escape_text(f"Event areas ({total:,} events)"))
    if cells.empty:
        return group
    counts = cells["count"].astype(int).tolist()
    properties = [
        {
            "cell": f"{x}/{y}",
            "count": n,
            "tooltip": escape_text(f"{n:,} event{'s' if n != 1 else ''} in this area"),
        }
        for x, y, n in zip(cells["x"], cells["y"], counts, strict=True)
    ]
    styles = [
        {
            "radius": bin_radius(n),
            "color": AGGREGATE_COLOUR,
            "weight": 1,
            "opacity": 0.9,
            "fillColor": AGGREGATE_COLOUR,
            "fillOpacity": 0.5,
        }
        for n in counts
    ]
    PointLayer(
        cells["lat"].astype(float).tolist(),
        cells["lon"].astype(float).tolist(),
        properties,
        styles,
        tooltip=["tooltip"],
    ).add_to(group)
    return group


def monthly_counts_chart(counts: pd.DataFrame) -> alt.Chart:
    """Events per month and type from :meth:`~mapapp.engine.Engine.monthly_counts`.

    Only counts and type labels reach the chart.
    """
    frame = pd.DataFrame(
        {
            "month": counts["month"],
            "type": [TYPE_LABELS.get(t, str(t)) for t in counts["event_type"]],
            "events": counts["count"].astype(int),
        }
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("month:T", title=None),
            y=alt.Y("sum(events):Q", title="Events per month"),
            color=alt.Color("type:N", title="Type"),
            tooltip=[
                alt.Tooltip("month:T", format="%B %Y", title="Month"),
                alt.Tooltip("type:N", title="Type"),
                alt.Tooltip("sum(events):Q", title="Events", format=","),
            ],
        )
        .properties(height=220)
    )


def counts_line(n_shown: int, total: int, n_mappable: int) -> str:
    """The sentence above the map (Markdown of numbers only)."""
    verb = "is" if n_mappable == 1 else "are"
    return (
        f"**{n_shown:,} of {total:,} events** match the filters; {n_mappable:,} {verb} on the map."
    )


def download_note(n_shown: int, cap: int = DOWNLOAD_ROWS) -> str | None:
    """What to say when the downloads hold fewer events than match (None when they hold all)."""
    if n_shown <= cap:
        return None
    return (
        f"The downloads hold the first {cap:,} of the {n_shown:,} matching events (by date); "
        "narrow the filters, or export them all with: mapapp export --database URL (or "
        "mapapp export STORE) with the same filters."
    )
