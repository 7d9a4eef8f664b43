"""Parts of the page drawn from an engine's answers rather than from every event (no Streamlit).

The sentence of counts and the cap on what a download may hold. (The monthly timeline from
counts is :func:`mapapp.render.timeline.monthly_bars`; the map's layers come from
:mod:`mapapp.web.viewport`, which asks the same engine.)
"""

from __future__ import annotations

__all__ = [
    "DOWNLOAD_ROWS",
    "counts_line",
    "download_note",
]

DOWNLOAD_ROWS = 100_000  # a download holds at most this many events (built on click)


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
