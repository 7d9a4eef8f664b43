"""Parts of the page drawn from an engine's answers rather than from every event (no Streamlit).

The monthly timeline from counts, the sentence of counts, and the cap on what a download may
hold. (The map's layers come from :mod:`mapapp.web.viewport`, which asks the same engine.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from mapapp.render.style import TYPE_LABELS
from mapapp.render.timeline import brush

if TYPE_CHECKING:  # imported when a chart is made, not before the map is drawn
    import altair as alt

__all__ = [
    "DOWNLOAD_ROWS",
    "counts_line",
    "download_note",
    "monthly_counts_chart",
]

DOWNLOAD_ROWS = 100_000  # a download holds at most this many events (built on click)


def monthly_counts_chart(counts: pd.DataFrame) -> alt.Chart:
    """Events per month and type from :meth:`~mapapp.engine.Engine.monthly_counts`.

    Only counts and type labels reach the chart.
    """
    import altair as alt

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
        .add_params(brush())
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
        "narrow the filters (a shorter date window, a type or a country) and download each "
        "part to have them all."
    )
