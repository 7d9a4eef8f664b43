"""An engine that remembers another engine's answers: the page asks the same questions often.

A Streamlit page reruns its script on every widget change, and a run that a newer one
interrupts starts again from the top; a pan back, a slider moved and moved back, the map's
fragment rerunning after a click — each asks a question already answered. Over DuckDB or
PostGIS at a million events each answer costs a scan (0.1–3 s); remembered, it costs nothing.

Answers are kept per question (method and arguments; a :class:`~mapapp.engine.Query` compares
by its fields), the least recently used dropped beyond ``size``, and each forgotten after
``ttl`` seconds when given (a database that others load into changes under the page). Frames
are handed out as copies, so a caller that changes one cannot change a later answer.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import pandas as pd

__all__ = ["CachedEngine"]


def _key(value: object) -> Hashable:
    if isinstance(value, (list, tuple)):
        return tuple(_key(v) for v in value)
    return value


def _copy(value: Any) -> Any:
    return value.copy() if isinstance(value, pd.DataFrame) else value


class CachedEngine:
    """Wrap ``engine`` (any tier) so that a question asked again is answered from memory.

    Every method of the wrapped engine is available; ``close`` closes it.

    Examples
    --------
    >>> from mapapp.engine import FrameEngine, make_query
    >>> engine = CachedEngine(FrameEngine(events))
    >>> engine.count(make_query(countries=["AE"])) == engine.count(make_query(countries=["ae"]))
    True
    """

    def __init__(self, engine: Any, *, size: int = 256, ttl: float | None = None) -> None:
        self.engine = engine
        self.name = engine.name
        self.size, self.ttl = size, ttl
        self.hits = self.misses = 0
        self._lock = threading.Lock()
        self._memo: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()

    def _ask(self, method: str, args: tuple[object, ...], kwargs: dict[str, object]) -> Any:
        key = (method, _key(args), _key(sorted(kwargs.items())))
        now = time.monotonic()
        with self._lock:
            found = self._memo.get(key)
            if found is not None and (self.ttl is None or now - found[0] < self.ttl):
                self._memo.move_to_end(key)
                self.hits += 1
                return _copy(found[1])
        answer = getattr(self.engine, method)(*args, **kwargs)
        with self._lock:
            self.misses += 1
            self._memo[key] = (now, answer)
            self._memo.move_to_end(key)
            while len(self._memo) > self.size:
                self._memo.popitem(last=False)
        return _copy(answer)

    def __getattr__(self, name: str) -> Callable[..., Any]:
        # Only for what is not defined here: the wrapped engine's questions.
        attr = getattr(self.engine, name)
        if name.startswith("_") or not callable(attr):
            return attr

        def ask(*args: object, **kwargs: object) -> Any:
            return self._ask(name, args, kwargs)

        return ask

    def clear(self) -> None:
        """Forget every answer."""
        with self._lock:
            self._memo.clear()

    def close(self) -> None:
        """Close the wrapped engine."""
        self.engine.close()
