"""The page's text: event details, problem lists, upload summaries, lists, the table.

Computed without Streamlit (tested in tests/test_page.py). Data text leaves this module only
escaped (:func:`details_html`) or as plain text meant for ``st.text``/``st.code``/dataframe
cells, never for Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import pandas as pd

from mapapp.errors import MapAppError, Problem
from mapapp.readers import ImportResult
from mapapp.render.escape import escape_text, safe_href
from mapapp.render.style import STATUS_LABELS, TYPE_LABELS, date_label, place_label
from mapapp.render.timeline import monthly_bars

if TYPE_CHECKING:
    import altair as alt

LIST_LINES = 200  # lines in the "Not on the map" and "Undated" lists
FORMAT_LABELS = {
    "mapapp-csv": "mapapp CSV",
    "mapapp-geojson": "mapapp GeoJSON",
    "csv": "CSV",
    "geojson": "GeoJSON",
    "acled": "ACLED",
    "gdelt": "GDELT",
    "state-travels": "Office of the Historian travels",
    "state-visits": "Office of the Historian visits",
    "parquet": "GeoParquet",
    "mixed": "several formats",
}


# --------------------------------------------------------------------------------------------
# text for the page (escaped HTML for st.html; plain text for st.text / st.code)


def details_html(event: Mapping[str, Any]) -> str:
    """The details panel of one event as an HTML fragment; every data value escaped.

    Title, date in words with its precision, place with its precision and basis, actors, host,
    status, the source quote as a blockquote and a link to the source (``http(s)`` only; any
    other address is shown as inert text).
    """

    def text(name: str) -> str:
        value = event.get(name)
        return value if isinstance(value, str) and value.strip() else ""

    actors = event.get("actors")
    names = [a for a in actors if isinstance(a, str)] if isinstance(actors, (list, tuple)) else []
    rows = [
        (
            "When",
            date_label(event.get("date_start"), event.get("date_end"), text("date_precision")),
        ),
        (
            "Where",
            place_label(
                event.get("place_name"),
                event.get("country_code"),
                event.get("location_precision"),
                event.get("location_basis"),
                None,  # the note gets its own row, unshortened
            ),
        ),
        *([("Why there", text("location_note"))] if text("location_note") else []),
        ("Type", TYPE_LABELS.get(text("event_type"), text("event_type"))),
        ("Status", STATUS_LABELS.get(text("status"), text("status"))),
        ("Who", "; ".join(names) or "not named"),
        ("Host", text("host") or "not stated"),
    ]
    parts = [
        f'<h3 class="mapapp-title" style="margin:0 0 .4rem 0">{escape_text(text("title"))}</h3>',
        '<dl class="mapapp-facts" style="display:grid;grid-template-columns:max-content 1fr;'
        'gap:.2rem .9rem;margin:.3rem 0 0 0">',
    ]
    for label, value in rows:
        parts.append(
            f'<dt style="font-weight:600;margin:0">{escape_text(label)}</dt>'
            f'<dd style="margin:0">{escape_text(value)}</dd>'
        )
    parts.append("</dl>")
    if text("summary"):
        summary = escape_text(text("summary"))
        parts.append(f'<p class="mapapp-summary" style="margin:.6rem 0 0 0">{summary}</p>')
    if text("source_quote"):
        quote = escape_text(text("source_quote"))
        parts.append(
            '<blockquote class="mapapp-quote" style="margin:.7rem 0;padding:.2rem .8rem;'
            f'border-left:4px solid #999;color:#333">{quote}</blockquote>'
        )
    parts.append(_source_line(event, text))
    return '<div class="mapapp-details">' + "".join(parts) + "</div>"


def _source_line(event: Mapping[str, Any], text: Any) -> str:
    """ "Source: <a>title</a> — publisher, date" (a link for http(s) addresses only)."""
    source = text("source_title") or text("source_publisher") or text("source_url")
    publisher = text("source_publisher")
    published = event.get("source_published")
    when = f", {pd.Timestamp(published).date().isoformat()}" if _is_date(published) else ""
    credit = escape_text(f" — {publisher}{when}" if publisher and publisher != source else when)
    href = safe_href(event.get("source_url"))
    if href is not None:
        link = (
            f'<a class="mapapp-source" href="{href}" target="_blank" '
            f'rel="noopener noreferrer nofollow">{escape_text(source)}</a>'
        )
    else:
        link = f"{escape_text(source)} (no web address to link)"
    return f'<p style="margin:0">Source: {link}{credit}</p>'


def _is_date(value: object) -> bool:
    return (
        value is not None
        and value is not pd.NaT
        and not (isinstance(value, float) and value != value)
    )


def limited(lines: Iterable[str], limit: int, what: str = "problems") -> list[str]:
    """At most ``limit`` lines, the last one saying how many more there are."""
    lines = list(lines)
    if len(lines) > limit:
        lines = [*lines[:limit], f"… and {len(lines) - limit:,} more {what}"]
    return lines


def error_lines(err: MapAppError, limit: int = 200) -> list[str]:
    """One line per problem of an error (file:row: column: what — how to fix), at most ``limit``."""
    problems = getattr(err, "problems", None)
    return limited([str(p) for p in problems] if problems else [str(err)], limit)


def problem_lines(problems: Iterable[Problem], limit: int = 200) -> list[str]:
    """One line per problem, at most ``limit`` (for ``st.code``)."""
    return limited((str(p) for p in problems), limit)


def format_label(fmt: str) -> str:
    """A reader's format name for people: "acled" → "ACLED"."""
    return FORMAT_LABELS.get(fmt, fmt)


def upload_summary(result: ImportResult, name: str) -> str:
    """ "12 events read from acled.csv (ACLED); 3 rows rejected" (plain text)."""
    n = len(result.events)
    text = f"{n:,} event{'s' if n != 1 else ''} read from {name} ({format_label(result.format)})"
    rejected = result.rejected_rows
    if rejected:
        text += f"; {rejected:,} row{'s' if rejected != 1 else ''} rejected"
    return text


def event_list_lines(events: pd.DataFrame, limit: int | None = LIST_LINES) -> list[str]:
    """One plain-text line per event for the lists under the map: title — date in words."""
    head = events if limit is None else events.iloc[:limit]
    lines = [
        f"• {title} — {date_label(start, end, precision)}"
        for title, start, end, precision in zip(
            head["title"],
            head["date_start"],
            head["date_end"],
            head["date_precision"],
            strict=True,
        )
    ]
    if len(events) > len(head):
        lines.append(f"… and {len(events) - len(head):,} more events")
    return lines


def table_frame(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """The table under the map: plain text cells; ``source_url`` only when it is http(s)."""
    out = pd.DataFrame(index=events.index)
    out["title"] = events["title"].astype(object)
    out["when"] = [
        date_label(s, e, p)
        for s, e, p in zip(
            events["date_start"], events["date_end"], events["date_precision"], strict=True
        )
    ]
    out["event_type"] = [TYPE_LABELS.get(t, t) for t in events["event_type"]]
    out["place"] = [
        place_label(*row)
        for row in zip(
            events["place_name"],
            events["country_code"],
            events["location_precision"],
            events["location_basis"],
            events["location_note"],
            strict=True,
        )
    ]
    out["actors"] = ["; ".join(a) if isinstance(a, list) else "" for a in events["actors"]]
    out["status"] = [STATUS_LABELS.get(s, s) for s in events["status"]]
    out["source_publisher"] = events["source_publisher"].astype(object)
    links = [u if safe_href(u) is not None else None for u in events["source_url"]]
    out["source_url"] = pd.Series(links, index=out.index, dtype=object)
    return out.reset_index(drop=True)


def monthly_chart(dated: pd.DataFrame) -> alt.Chart:
    """Events per month and type (:func:`mapapp.render.timeline.monthly_bars`) of these events.

    An event counts in the month of its first day.
    """
    first = pd.to_datetime(dated["date_start"]).fillna(pd.to_datetime(dated["date_end"]))
    months = pd.DataFrame(
        {
            "month": first.dt.to_period("M").dt.to_timestamp(),
            "event_type": dated["event_type"].to_numpy(),
        }
    )
    return monthly_bars(months.value_counts().rename("count").reset_index())
