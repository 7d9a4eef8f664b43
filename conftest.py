"""Names the docstring examples in ``mapapp/`` use (pytest runs them with --doctest-modules)."""

from __future__ import annotations

import datetime as dt
import json

import pytest


@pytest.fixture(autouse=True)
def _doctest_names(request):
    """Give docstring examples ``events`` (the bundled data), ``tmp_path``, ``dt`` and ``json``."""
    if type(request.node).__name__ != "DoctestItem":
        return
    from mapapp.bundled import BUNDLED_EVENTS
    from mapapp.readers import read_events

    namespace = request.getfixturevalue("doctest_namespace")
    namespace.update(
        dt=dt,
        json=json,
        events=read_events(BUNDLED_EVENTS),
        tmp_path=request.getfixturevalue("tmp_path"),
    )
