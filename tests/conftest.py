"""Shared fixtures for the unit tests (browser fixtures live in tests/browser/conftest.py)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import uuid
from collections.abc import Callable, Collection, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

# Markup and template syntax from tests/data/hostile.geojson that must never reach a rendered page
# unescaped (maps, the HTML export).
HOSTILE_TOKENS = (
    "{{",
    "{%",
    "{#",
    "<script>alert",
    "<img src=x",
    "<svg onload",
    "<iframe",
    "${alert",
    "`); alert",
    'href="javascript:',
    "<b>bold",
)


HOSTILE_IMG = '<img src=x onerror="window.__xss=1">'
# Free-text fields of an event and the prefix that tells hostile events apart ("T2 …").
HOSTILE_TEXT = {
    "title": "T",
    "summary": "S",
    "place_name": "P",
    "location_note": "N",
    "host": "H",
    "source_title": "ST",
    "source_publisher": "SP",
    "source_quote": "Q",
}


def hostile_properties(n: int, payload: str, **changes: object) -> dict[str, object]:
    """The properties of valid event ``n`` whose every free-text field carries ``payload``.

    Actors and the source URL carry markup too; dates are ISO strings (change them for frames).
    """
    props: dict[str, object] = {
        "event_id": f"h{n}",
        "event_type": "meeting",
        "status": "occurred",
        "date_start": "2022-12-05",
        "date_end": "2022-12-05",
        "date_precision": "day",
        "country_code": "QA",
        "location_precision": "city",
        "location_basis": "inferred",
        "actors": [f"A{n} {HOSTILE_IMG}", f"B{n} {{{{ 6*7 }}}}"],
        "source_url": 'https://example.org/a?q="><img/src=x/onerror=window.__xss=1>',
        "source_published": "2022-12-20",
        **{name: f"{prefix}{n} {payload}" for name, prefix in HOSTILE_TEXT.items()},
    }
    props.update(changes)
    return props


def good_record(**changes: object) -> dict[str, object]:
    """One valid raw event record (as read from a CSV), with optional changes."""
    record: dict[str, object] = {
        "event_id": "test-1",
        "title": "Envoy meets delegation in Doha",
        "summary": "A test event.",
        "event_type": "meeting",
        "status": "occurred",
        "date_start": "2022-12-05",
        "date_end": "2022-12-05",
        "date_precision": "day",
        "place_name": "Doha",
        "country_code": "QA",
        "location_precision": "city",
        "location_basis": "stated",
        "location_note": None,
        "actors": "Thomas West; Taliban",
        "host": None,
        "source_url": "https://example.org/report",
        "source_title": "A report",
        "source_publisher": "Example News",
        "source_published": "2022-12-20",
        "source_quote": "The envoy met the delegation in Doha.",
        "lat": "25.2854",
        "lon": "51.531",
    }
    record.update(changes)
    return record


def read_outcome(read: Callable[[], Any]) -> dict[str, Any]:
    """What a read gives, to compare two readers: the result's parts or the error's lines."""
    from mapapp.errors import MapAppError

    try:
        result = read()
    except MapAppError as err:
        return {"error": type(err).__name__, "lines": [str(p) for p in err.problems]}
    return {
        "events": result.events,
        "rejected": [str(p) for p in result.rejected],
        "notes": list(result.notes),
        "format": result.format,
        "source_rows": result.source_rows,
        "rows": list(result.rows),
    }


@pytest.fixture
def raw_events() -> pd.DataFrame:
    """Two valid raw records."""
    return pd.DataFrame([good_record(), good_record(event_id="test-2", title="Second")])


class _Text(HTMLParser):
    """Collect the tags, attributes and text a browser would see in an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(fragment: str) -> _Text:
    """Parse an HTML fragment as a browser would read it: tags with attributes, and text."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return parser


@pytest.fixture(scope="session")
def postgis_url() -> Iterator[str]:
    """A PostGIS server for the tests: MAPAPP_TEST_DATABASE_URL, or a throwaway cluster.

    ``make test`` starts one cluster for the whole run (scripts/postgis.sh run); a plain
    ``pytest`` starts its own here and drops it at the end. Never skipped: without PostgreSQL
    and PostGIS installed the script says what to install and the tests fail.
    """
    given = os.environ.get("MAPAPP_TEST_DATABASE_URL")
    if given:
        yield given
        return
    script = Path(__file__).resolve().parent.parent / "scripts" / "postgis.sh"
    started = subprocess.run(
        [str(script), "start"], capture_output=True, text=True, timeout=120, check=False
    )
    if started.returncode != 0:
        pytest.fail(f"could not start a PostGIS cluster:\n{started.stderr}", pytrace=False)
    url, handle = started.stdout.split()[:2]
    try:
        yield url
    finally:
        subprocess.run([str(script), "stop", handle], capture_output=True, timeout=120)


def create_database(server_url: str) -> str:
    """Make an empty database on the server at ``server_url``; return its URL."""
    import psycopg

    name = f"mapapp_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def new_database(postgis_url) -> Callable[[], str]:
    """Make an empty database on the test server and return its URL (one per call)."""
    return lambda: create_database(postgis_url)


def core_candidates(
    text: str,
    published: dt.date,
    *,
    url: str = "https://example.org/article",
    statuses: Collection[str] | None = None,
) -> list[dict]:
    """The candidates ``mapapp extract`` finds in ``text`` whose type is a core one (meeting,
    visit, conference, call, agreement) — of any status, or only of ``statuses``."""
    from mapapp.extract.candidates import extract_candidates
    from mapapp.extract.scoring import CORE_TYPES

    found = extract_candidates(text, published=published, url=url)
    return [
        e
        for e in found
        if e["event_type"] in CORE_TYPES and (statuses is None or e["status"] in statuses)
    ]


def article_candidates(text: str, published: str) -> list[dict]:
    """Every candidate ``mapapp extract`` finds in ``text`` published on the ISO day given."""
    from mapapp.extract.candidates import extract_candidates

    return extract_candidates(
        text, published=dt.date.fromisoformat(published), url="https://example.org/story"
    )


def core_told(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, status, first day, place) of each core candidate in ``text``, sorted."""
    from mapapp.extract.scoring import CORE_TYPES

    return sorted(
        (r["event_type"], r["status"], r["date_start"], r["place_name"])
        for r in article_candidates(text, published)
        if r["event_type"] in CORE_TYPES
    )


def the_one_told(text: str, published: str, kind: str, words: str) -> dict:
    """The one candidate of ``kind`` whose quote holds ``words`` (fails unless exactly one)."""
    found = [r for r in article_candidates(text, published) if r["event_type"] == kind]
    hits = [r for r in found if words in r["source_quote"]]
    assert len(hits) == 1, found
    return hits[0]
