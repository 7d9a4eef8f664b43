"""How much one read may cost: bytes, unpacked bytes, rows.

Every reader checks the limits in force (:func:`current`); the page reads uploads under
:data:`UPLOAD`, which keeps one visitor's file from using the memory and time that every
visitor shares, and the command line under :data:`DEFAULT`, which only guards against
runaway input (a zip bomb, ``/dev/zero``).

>>> with reading_under(UPLOAD):
...     current().max_rows
500000
>>> current().max_rows
5000000
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["DEFAULT", "UPLOAD", "Limits", "current", "reading_under"]

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The most one read may take in."""

    max_bytes: int  # file size, and the size of a zip member once unpacked
    max_rows: int  # data rows (CSV records, GeoJSON features, GDELT lines with data)
    max_zip_ratio: int  # unpacked size / packed size of a zip member (zip bombs: >1000)

    def describe_bytes(self) -> str:
        return f"{self.max_bytes / MiB:,.0f} MB"


# The command line and MAPAPP_DATA: the user's own machine, generous.
DEFAULT = Limits(max_bytes=2048 * MiB, max_rows=5_000_000, max_zip_ratio=1_000)
# Uploads in the shared page: about what 50 MB of real CSV holds (350,000 events), with room.
UPLOAD = Limits(max_bytes=256 * MiB, max_rows=500_000, max_zip_ratio=200)

_current: ContextVar[Limits] = ContextVar("mapapp_read_limits", default=DEFAULT)


def current() -> Limits:
    """The limits of the read in progress."""
    return _current.get()


@contextlib.contextmanager
def reading_under(limits: Limits) -> Iterator[Limits]:
    """Read under ``limits`` inside the ``with`` block (per thread and task)."""
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)
