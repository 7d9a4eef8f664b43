"""The page's date window, without Streamlit: keeping it inside the data, presets, playback.

The window is a pair of days ``(first, last)``, both included. The data's *bounds* are the
slider's ends (:func:`slider_bounds`). Every function here is pure and tested in
``tests/test_timewindow.py``; :mod:`mapapp.web.timebar` draws the widgets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The play control's step widths are the export's (one list, so both step alike).
from mapapp.render.html import PLAY_WIDTHS as PLAY_WIDTHS

Window = tuple[dt.date, dt.date]
ONE_DAY = dt.timedelta(days=1)


def slider_bounds(span: Window) -> Window:
    """The slider's ends for a data span: a one-day span gets a second day (a slider needs two)."""
    lo, hi = span
    return (lo, lo + ONE_DAY) if lo >= hi else (lo, hi)


def day_label(day: dt.date) -> str:
    """A day as the page writes it: ``3 Jan 1997``."""
    return f"{day.day} {day:%b %Y}"


def window_label(window: Window) -> str:
    """A window as the page writes it: ``3 Jan 1997 – 20 Dec 2022``."""
    return f"{day_label(window[0])} – {day_label(window[1])}"


def as_window(value: object) -> Window | None:
    """A widget's value as a window: two dates in order, else None (nothing usable held)."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return None
    lo, hi = value
    if not all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in (lo, hi)):
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


@dataclass(frozen=True)
class Reconciled:
    """The window to show after the data changed, and what the page says about it ('' = nothing)."""

    window: Window | None
    note: str = ""


def reconcile_window(window: Window | None, old: Window | None, new: Window) -> Reconciled:
    """Keep the window inside the data's bounds when the data changes (added, replaced, removed).

    Parameters
    ----------
    window : (date, date) or None
        The window the slider held (None: nothing held, the slider starts at its default).
    old : (date, date) or None
        The bounds the window was last shown with (None: unknown, e.g. the first run).
    new : (date, date)
        The bounds of the data now shown.

    Returns
    -------
    Reconciled
        An end of the window that sat at (or beyond) the old bounds' end follows the data, so a
        window over all the data stays over all of it and widens to cover added events; an end
        inside the data stays where the visitor put it; the result is clamped to ``new``, and a
        window left with no day of the data becomes all of it. ``note`` says what changed.

    Examples
    --------
    >>> d = dt.date
    >>> reconcile_window((d(2019, 1, 1), d(2022, 12, 20)), (d(2019, 1, 1), d(2022, 12, 20)),
    ...                  (d(1997, 1, 3), d(2022, 12, 20))).window
    (datetime.date(1997, 1, 3), datetime.date(2022, 12, 20))
    """
    if window is None:
        return Reconciled(None)
    lo, hi = window
    if old is not None and old != new:
        lo = new[0] if lo <= old[0] else lo
        hi = new[1] if hi >= old[1] else hi
    if hi < new[0] or lo > new[1]:  # no day of the data left in the window
        lo, hi = new
    lo, hi = max(lo, new[0]), min(hi, new[1])
    result = (lo, hi)
    if result == window:
        return Reconciled(result, _outside_note(result, old, new))
    if lo < window[0] or hi > window[1]:
        note = f"The date window widened to {window_label(result)} to cover the events now shown."
    elif result == new:
        note = f"The date window now spans the events shown: {window_label(result)}."
    else:
        note = (
            f"The date window was cut to {window_label(result)}: the events now shown span "
            f"{window_label(new)}."
        )
    return Reconciled(result, note)


def _outside_note(window: Window, old: Window | None, new: Window) -> str:
    """When the data grew beyond a window the visitor narrowed: say the window hides that part."""
    if old is None or (new[0] >= old[0] and new[1] <= old[1]):
        return ""
    if new[0] >= window[0] and new[1] <= window[1]:
        return ""
    return (
        f"The events now shown span {window_label(new)}; the date window stays at "
        f"{window_label(window)}. Widen it to see them all."
    )


# --------------------------------------------------------------------------------------------
# setting the window: presets, date fields, a brush on the timeline

LAST_30, LAST_YEAR, ALL = "last30", "year", "all"
PRESETS: dict[str, str] = {
    LAST_30: "Last 30 days",
    LAST_YEAR: "Last year",
    ALL: "All dates",
}


def clamp_window(first: dt.date, last: dt.date, bounds: Window) -> Window:
    """``first``–``last`` in order and inside ``bounds`` (a window outside them becomes all)."""
    lo, hi = (first, last) if first <= last else (last, first)
    if hi < bounds[0] or lo > bounds[1]:
        return bounds
    return max(lo, bounds[0]), min(hi, bounds[1])


def preset_window(preset: str, bounds: Window) -> Window:
    """The window of a preset, counted back from the data's last day (not from today).

    >>> preset_window(LAST_30, (dt.date(2019, 1, 1), dt.date(2022, 12, 20)))
    (datetime.date(2022, 11, 21), datetime.date(2022, 12, 20))
    """
    hi = bounds[1]
    if preset == LAST_30:
        return clamp_window(hi - dt.timedelta(days=29), hi, bounds)
    if preset == LAST_YEAR:
        return clamp_window(hi - dt.timedelta(days=364), hi, bounds)
    if preset == ALL:
        return bounds
    raise ValueError(f"unknown preset {preset!r}: expected one of {sorted(PRESETS)}")


def _day_of(value: object) -> dt.date | None:
    """A brush end as Vega-Lite sends it (milliseconds since 1970, or an ISO string) → a day."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return (dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=float(value))).date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def window_from_brush(values: object, bounds: Window) -> Window | None:
    """The window a brush on the timeline selects (its two x ends), or None for no brush."""
    if not isinstance(values, (list, tuple)) or len(values) != 2:
        return None
    first, last = (_day_of(v) for v in values)
    if first is None or last is None:
        return None
    return clamp_window(first, last, bounds)


# --------------------------------------------------------------------------------------------
# playback: a window moved (or grown) through time, one step at a time

SLIDE, GROW = "slide", "grow"
PLAY_MODES: dict[str, str] = {SLIDE: "Move the window", GROW: "Accumulate from the start"}
PLAY_SPEEDS: dict[float, str] = {2.0: "Slow (2 s a step)", 1.0: "1 s a step", 0.5: "Fast (½ s)"}


def _days(n: int) -> dt.timedelta:
    if n < 1:
        raise ValueError(f"a play step of {n} days cannot move the window: choose 1 or more")
    return dt.timedelta(days=n)


def play_start(bounds: Window, width: int) -> Window:
    """The first window of a playback: the first ``width`` days of the data (or all of it)."""
    return bounds[0], min(bounds[0] + _days(width) - ONE_DAY, bounds[1])


def play_next(window: Window, bounds: Window, width: int, mode: str) -> Window | None:
    """The window one step of ``width`` days after ``window``; None once the data's end is shown.

    ``SLIDE`` moves a window of ``width`` days to the days after ``window``; ``GROW`` keeps the
    first day and adds ``width`` days. Both stop at the data's last day.

    >>> b = (dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    >>> play_next((dt.date(2022, 1, 1), dt.date(2022, 1, 30)), b, 30, SLIDE)
    (datetime.date(2022, 1, 31), datetime.date(2022, 3, 1))
    """
    if mode not in PLAY_MODES:
        raise ValueError(f"unknown play mode {mode!r}: expected one of {sorted(PLAY_MODES)}")
    lo, hi = window
    if hi >= bounds[1]:
        return None
    last = min(hi + _days(width), bounds[1])
    first = hi + ONE_DAY if mode == SLIDE else lo
    return clamp_window(first, last, bounds)
