"""Row bookkeeping shared by the readers: row numbers and refusals, cells as text."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from mapapp.errors import Problem, ProblemList


class Rows:
    """Row numbers of a table, and the refusals collected for them."""

    def __init__(self, file: str, rows: Sequence[int]) -> None:
        self.file, self.rows = file, list(rows)
        self.rejected = ProblemList()
        self.bad = np.zeros(len(self.rows), dtype=bool)

    def reject(self, pos: int | np.integer, column: str | None, message: str, hint: str) -> None:
        if self.rejected.wants():
            self.rejected.append(Problem(self.file, self.rows[int(pos)], column, message, hint))
        else:
            self.rejected.count_more()
        self.bad[pos] = True


def texts(series: pd.Series) -> pd.Series:
    """Cells as stripped strings ("" when missing); numbers, booleans and JSON values as text."""
    if pd.api.types.infer_dtype(series, skipna=False) == "string":
        out = series.str.strip()
        if out.dtype != object:  # pandas' own string dtype (from JSON records)
            out = out.astype(object)
        return out.fillna("") if out.hasnans else out
    return series.map(_text).astype(object)


def _text(value: object) -> str:
    if value is None or value is pd.NaT:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return "; ".join(str(v).strip() for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def plural(count: int) -> str:
    """ "1 row" / "2 rows"."""
    return f"{count} row" if count == 1 else f"{count} rows"


def unique_map(values: pd.Series, fn: Callable[[Any], Any]) -> pd.Series:
    """Apply fn once per distinct value (files repeat the same dates, types and places)."""
    table = {v: fn(v) for v in pd.unique(values)}
    mapped = values.map(table).astype(object)
    return mapped.where(mapped.notna(), None)
