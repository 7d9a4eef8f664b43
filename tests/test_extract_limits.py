"""Hostile input: an article length limit, and work that grows linearly with the text.

Scaling is asserted as a ratio of times at n and 10n in this process (best of three runs of
each, taken in alternation; the gazetteer's indexes built beforehand): linear work gives about
10, quadratic about 100; the bound of 35 leaves generous room for a busy machine. Absolute
times are in ``benchmarks/extract_probes.py``, not here.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

import mapapp.extract.candidates as candidates
from benchmarks.extract_probes import probe_text
from mapapp import gazetteer
from mapapp.cli import main
from mapapp.errors import UsageError
from mapapp.extract import text_dates
from mapapp.extract.candidates import MAX_ARTICLE_CHARS, extract_candidates, extract_events

TUE = dt.date(2022, 12, 20)
URL = "https://example.org/report"
LINEAR_BOUND = 35.0


def test_extract_events_refuses_a_text_over_the_limit_and_says_how_to_proceed():
    text = "They met in Doha on Monday. " * (MAX_ARTICLE_CHARS // 28 + 1)
    with pytest.raises(UsageError) as err:
        extract_events(text, published=TUE, url=URL)
    message = str(err.value)
    assert f"{MAX_ARTICLE_CHARS:,}" in message and f"{len(text):,}" in message
    assert "split" in message


def test_extract_events_takes_a_text_at_the_limit():
    text = ("They met in Doha on Monday. " * MAX_ARTICLE_CHARS)[: MAX_ARTICLE_CHARS - 1] + "."
    assert len(text) == MAX_ARTICLE_CHARS
    assert len(extract_events(text, published=TUE, url=URL)) >= 1


def test_cli_extract_over_the_limit_is_a_usage_error(tmp_path, capsys):
    article = tmp_path / "long.txt"
    article.write_text("They met in Doha on Monday. " * (MAX_ARTICLE_CHARS // 28 + 1))
    code = main(["extract", str(article), "--published", "2022-12-20", "--url", URL])
    err = capsys.readouterr().err
    assert code == 2
    assert "split it into parts" in err and "Traceback" not in err


def _once(text: str) -> float:
    start = time.perf_counter()
    extract_candidates(text, published=TUE, url=URL)
    return time.perf_counter() - start


def _ratio(small: str, large: str, rounds: int = 3) -> tuple[float, float]:
    """Best times of ``small`` and ``large``, measured in alternation so that a burst of load
    from other processes slows both sizes rather than one."""
    best_small = best_large = float("inf")
    for _ in range(rounds):
        best_small = min(best_small, _once(small))
        best_large = min(best_large, _once(large))
    return best_small, best_large


@pytest.fixture(scope="module", autouse=True)
def _warm():
    gazetteer.lookup("Nowhereville Xyzzy")  # builds the alternate-name index once
    extract_candidates("They met in Doha on Monday.", published=TUE, url=URL)


@pytest.mark.parametrize(
    ("probe", "size"),
    [
        ("sentence", 5_000),
        ("names", 300),
        ("paste", 3_000),
        ("dates", 6_000),
        ("clauses", 3_000),
    ],
)
def test_extract_work_grows_linearly(probe, size):
    """Ten times the text takes about ten times as long (quadratic work would take 100)."""
    small, large = _ratio(probe_text(probe, size), probe_text(probe, 10 * size))
    assert large / max(small, 1e-4) < LINEAR_BOUND, (probe, small, large)


def test_text_dates_resolve_each_distinct_expression_once(monkeypatch):
    calls = []
    real = text_dates._resolve

    def counting(*args):
        calls.append(args[0])
        return real(*args)

    monkeypatch.setattr(text_dates, "_resolved", {})
    monkeypatch.setattr(text_dates, "_resolve", counting)
    text = "They met on March 3, 2021. " * 500
    assert len(text_dates.find_dates(text, TUE)) == 500
    assert len(calls) == 1


def test_text_dates_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(text_dates, "_resolved", {})
    monkeypatch.setattr(text_dates, "RESOLVE_CACHE_SIZE", 50)
    text = " ".join(f"in {1900 + i}." for i in range(120))
    assert len(text_dates.find_dates(text, TUE)) == 120
    assert len(text_dates._resolved) == 50


def test_a_run_of_capitalised_names_is_read_in_short_names():
    text = probe_text("names", 200)
    found = candidates.find_actors(text)
    assert found and all(len(name.split()) <= 6 for _, name in found)
