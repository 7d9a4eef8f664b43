"""Words the page uses where the library speaks to a command-line user, and download names.

The readers' notes and errors are shared with ``mapapp import``, and some end in advice for
its options ("use --all-events to keep them"). A visitor of the page has no command line:
:func:`for_the_page` swaps that advice for what the page does and what the visitor can do.
:func:`download_name` names a download after what it holds. Pure functions, no Streamlit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

# Command-line advice in the readers' text → what a visitor of the page is told instead.
PAGE_ADVICE: tuple[tuple[str, str], ...] = (
    (
        "use --all-events to keep them",
        "the page maps diplomatic events only",
    ),
    (
        "keep every event with --all-events",
        "the page maps diplomatic GDELT events only (CAMEO roots 03–05 and 125); choose an "
        "export that holds some",
    ),
)
_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def for_the_page(line: str) -> str:
    """A reader's note or problem as the page shows it: no command-line options in it.

    >>> for_the_page("set aside 3 non-diplomatic GDELT rows; use --all-events to keep them")
    'set aside 3 non-diplomatic GDELT rows; the page maps diplomatic events only'
    """
    for cli, page in PAGE_ADVICE:
        line = line.replace(cli, page)
    return line


def has_cli_advice(line: str) -> bool:
    """True when ``line`` still names a command-line option (``--something``)."""
    return bool(_OPTION.search(line))


def lines_for_the_page(lines: Iterable[str]) -> tuple[str, ...]:
    """:func:`for_the_page` of every line."""
    return tuple(for_the_page(line) for line in lines)


# --------------------------------------------------------------------------------------------
# download names

MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text.casefold()).strip("-")


def download_name(
    extension: str,
    window: tuple[dt.date, dt.date] | None,
    *,
    types: Sequence[str] = (),
    countries: Sequence[str] = (),
    actors: Sequence[str] = (),
    text: str = "",
    what: str = "events",
) -> str:
    """A file name that says what a download holds: its dates and the filters that made it.

    Parameters
    ----------
    extension : str
        ``"geojson"`` or ``"csv"``.
    window : (date, date) or None
        The first and last day the events span (the window, or the data's span), if any.
    types, countries, actors, text :
        The filters applied (codes as the data holds them); each becomes a part of the name.
    what : str
        What the file holds (``"events"``).

    Returns
    -------
    str
        ``mapapp-events-2019-02-01_2022-12-20-meeting.geojson``: lowercase letters, digits and
        ``-``/``_`` only, cut to :data:`MAX_NAME_CHARS` before the extension.

    Examples
    --------
    >>> download_name("csv", (dt.date(2019, 2, 1), dt.date(2022, 12, 20)), types=["meeting"])
    'mapapp-events-2019-02-01_2022-12-20-meeting.csv'
    """
    parts = ["mapapp", _slug(what) or "events"]
    if window is not None:
        parts.append(f"{window[0].isoformat()}_{window[1].isoformat()}")
    for values in (types, countries, actors):
        slugs = [s for s in (_slug(v) for v in values) if s]
        if slugs:
            parts.append(
                "_".join(slugs) if len(slugs) <= 3 else f"{slugs[0]}_{len(slugs) - 1}-more"
            )
    if _slug(text):
        parts.append("search-" + _slug(text))
    stem = "-".join(parts)[:MAX_NAME_CHARS].rstrip("-_")
    return f"{stem}.{_slug(extension) or 'txt'}"
