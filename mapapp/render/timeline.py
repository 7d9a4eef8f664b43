"""A timeline of the dated events (Altair/Vega-Lite), coloured like the map legend.

One lane per event type; each event is a bar from its first to the end of its last day, so a
month-precision event fills its month and a one-day event is one day wide; one-day events also
get a dot so they stay visible on a multi-year axis. Colours are the map's alignment colours
(one meaning per colour on the page), not a second palette for types.

Text is left unescaped here on purpose: Vega-Lite draws marks as SVG/canvas text, and Streamlit
embeds charts with vega-tooltip's default ``sanitize`` (escapes ``&`` and ``<``; checked in the
Streamlit 1.67 bundle: ``tooltip:{disableDefaultStyle:!0}``, no custom sanitizer). Escaping here
would show ``&lt;`` to readers. No Jinja is involved. Do not save these charts with
``Chart.to_html()`` without escaping: that path embeds the spec with ``json.dumps``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from mapapp.model import EVENT_TYPES
from mapapp.render.legend import legend_sections
from mapapp.render.style import (
    COLOUR_GROUPS,
    TYPE_LABELS,
    colour_group,
    colour_values,
    date_label,
)

if TYPE_CHECKING:  # altair is imported when a chart is made: it is not needed to draw the map
    import altair as alt

BRUSH = "brush"  # the x-interval selection a reader drags across a timeline to set the window
TIMELINE_COLUMNS: tuple[str, ...] = (
    "event_id",
    "title",
    "type",
    "start",
    "end",
    "precision",
    "date_label",
    "alignment",
)


def timeline_frame(
    gdf: pd.DataFrame, affiliations: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per dated event, ready for a chart.

    Parameters
    ----------
    gdf : DataFrame
        Typed events; undated ones (no date_start and no date_end) are left out.
    affiliations : mapping, optional
        Actor name or alias → affiliation; default: ``geodata/actors.csv``.

    Returns
    -------
    DataFrame
        Columns ``event_id``, ``title`` (raw text), ``type`` (label, e.g. "Military strike"),
        ``start`` (first day), ``end`` (the day *after* the last day, so a one-day event has
        length one day), ``precision``, ``date_label`` and ``alignment`` (legend label), sorted
        by start.
    """
    if affiliations is None:
        from mapapp.bundled import affiliations as bundled

        affiliations = bundled()
    lookup = {**{k.casefold(): v for k, v in affiliations.items()}, **affiliations}
    first = pd.to_datetime(gdf["date_start"]).fillna(pd.to_datetime(gdf["date_end"]))
    last = pd.to_datetime(gdf["date_end"]).fillna(pd.to_datetime(gdf["date_start"]))
    dated = first.notna()
    src = gdf[dated.to_numpy()]
    first, last = first[dated], last[dated]
    out = pd.DataFrame(
        {
            "event_id": src["event_id"].astype(object),
            "title": src["title"].astype(object),
            "type": [TYPE_LABELS.get(t, str(t)) for t in src["event_type"]],
            "start": first.astype("datetime64[ns]"),
            "end": last.astype("datetime64[ns]") + pd.Timedelta(days=1),
            "precision": src["date_precision"].astype(object),
            "date_label": [
                date_label(s, e, p)
                for s, e, p in zip(first, last, src["date_precision"], strict=True)
            ],
            "alignment": [
                COLOUR_GROUPS[colour_group(d, v, a if isinstance(a, list) else [], lookup)]["label"]
                for d, v, a in zip(_datasets(src), colour_values(src), src["actors"], strict=True)
            ],
        },
        index=src.index,
    )
    return out.sort_values(["start", "event_id"], kind="stable").reset_index(drop=True)


def _datasets(src: pd.DataFrame) -> list[object]:
    return src["dataset"].tolist() if "dataset" in src.columns else [None] * len(src)


def brush() -> alt.Parameter:
    """The interval selection along x (time) that sets the date window when a chart is brushed."""
    import altair as alt

    return alt.selection_interval(name=BRUSH, encodings=["x"])


def timeline_chart(
    gdf: pd.DataFrame, affiliations: Mapping[str, str] | None = None
) -> alt.LayerChart:
    """The timeline: bars from start to end in type lanes, coloured like the map's markers.

    Parameters
    ----------
    gdf : DataFrame
        Typed events.
    affiliations : mapping, optional
        As for :func:`timeline_frame`.

    Returns
    -------
    altair.LayerChart
        Bars (spans) layered with dots (one-day events); tooltip shows title, type, date_label
        and alignment; dragging along x makes the :data:`BRUSH` selection.
    """
    import altair as alt

    frame = timeline_frame(gdf, affiliations)
    # In days: nanosecond differences overflow past 292 years (1800-2100 is 300).
    days = frame["end"].to_numpy("datetime64[D]") - frame["start"].to_numpy("datetime64[D]")
    frame["one_day"] = days <= np.timedelta64(1, "D")
    lanes = [TYPE_LABELS[t] for t in EVENT_TYPES if TYPE_LABELS[t] in set(frame["type"])]
    lanes += sorted(set(frame["type"]) - set(lanes))
    labels = {info["label"]: key for key, info in COLOUR_GROUPS.items()}
    sections = legend_sections({labels[label] for label in frame["alignment"]})
    keys = [key for _, section in sections for key in section]
    heading = " / ".join(title for title, _ in sections)
    colour = alt.Color(
        "alignment:N",
        title=heading,
        scale=alt.Scale(
            domain=[COLOUR_GROUPS[k]["label"] for k in keys],
            range=[COLOUR_GROUPS[k]["colour"] for k in keys],
        ),
    )
    tooltip = [
        alt.Tooltip("title:N", title="Event"),
        alt.Tooltip("type:N", title="Type"),
        alt.Tooltip("date_label:N", title="When"),
        alt.Tooltip("alignment:N", title=heading),
    ]
    y = alt.Y("type:N", title=None, sort=lanes)
    base = alt.Chart(frame)
    bars = (
        base.mark_bar(opacity=0.55, height=14)
        .encode(x=alt.X("start:T", title=None), x2="end:T", y=y, color=colour, tooltip=tooltip)
        .add_params(brush())
    )
    dots = (
        base.transform_filter(alt.datum.one_day)
        .mark_point(filled=True, size=45, opacity=0.9)
        .encode(x="start:T", y=y, color=colour, tooltip=tooltip)
    )
    return alt.LayerChart(layer=[bars, dots]).properties(height=max(60, 30 * len(lanes) + 20))


def monthly_bars(counts: pd.DataFrame) -> alt.Chart:
    """Stacked bars of events per month and type, for when there are too many for one bar each.

    Parameters
    ----------
    counts : DataFrame
        ``month`` (its first day), ``event_type`` and ``count``; rows of one month and type are
        added up. Only the counts and the types' labels reach the chart.

    Returns
    -------
    altair.Chart
        Brushable along time (:func:`brush`), like the timeline.
    """
    import altair as alt  # only when a chart is drawn: the map is drawn without it

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
