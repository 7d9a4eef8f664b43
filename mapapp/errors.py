"""The exception family: one base, a few subclasses that carry file, row and column.

Every message says what is wrong, quotes the bad value, and says how to fix it. The CLI prints
``str(problem)`` one per line; the app shows the same text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell, row or file.

    ``row`` is the 1-based line number in a CSV file (the header is line 1) or the 1-based feature
    number in a GeoJSON file; ``None`` when the problem is with the whole file.
    """

    file: str
    row: int | None
    column: str | None
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        what = f"{self.column}: {self.message}" if self.column else self.message
        return f"{where}: {what}" + (f" — {self.hint}" if self.hint else "")


# Problems kept per file: enough to fix a file by, few enough that a file of a million bad rows
# costs a counter instead of a million messages (memory and time stay bounded).
MAX_PROBLEMS_KEPT = 1_000


class ProblemList(list[Problem]):
    """A list of problems that keeps the first ``cap`` and counts the rest in ``dropped``.

    Hot loops ask :meth:`wants` before building a message they may not keep.

    >>> problems = ProblemList(cap=2)
    >>> for row in range(5):
    ...     problems.append(Problem("f.csv", row, None, "bad"))
    >>> len(problems), problems.dropped, problems.total
    (2, 3, 5)
    """

    def __init__(self, items: Iterable[Problem] = (), *, cap: int = MAX_PROBLEMS_KEPT) -> None:
        super().__init__()
        self.cap, self.dropped = cap, 0
        self.extend(items)

    @property
    def total(self) -> int:
        """Problems found, kept or not."""
        return len(self) + self.dropped

    def wants(self) -> bool:
        """Whether the next problem would be kept (else just call :meth:`count_more`)."""
        return len(self) < self.cap

    def count_more(self, n: int = 1) -> None:
        """Count problems that were not built."""
        self.dropped += n

    def append(self, problem: Problem) -> None:
        if len(self) < self.cap:
            super().append(problem)
        else:
            self.dropped += 1

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)
        if isinstance(problems, ProblemList):
            self.dropped += problems.dropped

    def __iadd__(self, problems: Iterable[Problem]) -> ProblemList:  # type: ignore[override]
        self.extend(problems)
        return self

    def __add__(self, problems: Iterable[Problem]) -> ProblemList:  # type: ignore[override]
        joined = ProblemList(self, cap=self.cap)
        joined.extend(problems)
        return joined

    def __reduce__(self) -> tuple[Any, ...]:  # pickled whole (a worker process returns them)
        return (_problem_list, (list(self), self.cap, self.dropped))


def _problem_list(items: list[Problem], cap: int, dropped: int) -> ProblemList:
    problems = ProblemList(items, cap=cap)
    problems.dropped = dropped
    return problems


class MapAppError(Exception):
    """Base of every error mapapp raises on purpose."""


class UsageError(MapAppError):
    """The caller asked for something that cannot be done (bad option, unknown format)."""


class OutputError(UsageError):
    """An output path cannot be written (a folder, a read-only file, a full disk...)."""


class DataFileError(MapAppError):
    """A file cannot be read at all (missing, wrong encoding, not JSON, no usable rows...)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problem,))

    @property
    def problems(self) -> list[Problem]:
        return [self.problem]


class ValidationError(MapAppError):
    """One or more events break the rules of the event record."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = ProblemList(problems)
        shown = "\n".join(str(p) for p in self.problems[:20])
        more = self.problems.total - 20
        super().__init__(shown + (f"\n… and {more:,} more problems" if more > 0 else ""))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problems,))


def quote(value: object, limit: int = 60) -> str:
    """Quote a bad value for a message, shortened so an enormous cell cannot flood the output."""
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= limit else text[: limit - 1] + "…'"
