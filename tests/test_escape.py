"""The one escaping helper: HTML, JavaScript template literals and Jinja see only inert text."""

from __future__ import annotations

import html
import math

import jinja2
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mapapp.render.escape import escape_record, escape_text, safe_href

ACTIVE = set("<>\"'{}%$`\\")
JINJA_PAYLOADS = [
    "ZZ{{ 6*7 }}ZZ",
    "ZZ{% for x in range(3) %}x{% endfor %}ZZ",
    "{{ x.y }}",
    "{# comment #}",
    "{% if %}",
    "%} }} #}",
]


@pytest.mark.parametrize("missing", [None, math.nan, float("nan"), pd.NA, pd.NaT])
def test_escape_text_missing_values_become_empty(missing: object) -> None:
    assert escape_text(missing) == ""


@pytest.mark.parametrize(
    ("char", "entity"),
    [
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ('"', "&quot;"),
        ("'", "&#x27;"),
        ("{", "&#123;"),
        ("}", "&#125;"),
        ("%", "&#37;"),
        ("$", "&#36;"),
        ("`", "&#96;"),
        ("\\", "&#92;"),
    ],
)
def test_escape_text_replaces_each_active_character(char: str, entity: str) -> None:
    assert escape_text(f"a{char}b") == f"a{entity}b"


def test_escape_text_leaves_ordinary_text_alone() -> None:
    text = "Thomas West met Ata Mohammad Noor — “quotes”, 中文, #hash"
    assert escape_text(text) == text


def test_escape_text_converts_non_strings() -> None:
    assert escape_text(42) == "42"
    assert escape_text(pd.Timestamp("2022-12-19")) == "2022-12-19 00:00:00"


@given(st.text())
@example("{{ 6*7 }}")
@example("&#123;")
@example("&amp;lt;")
def test_escape_text_round_trips_through_html_unescape(text: str) -> None:
    """A browser shows exactly the original text."""
    assert html.unescape(escape_text(text)) == text


@given(st.text())
@example("<script>alert(1)</script>${x}`y`\\")
def test_escape_text_output_has_no_active_character(text: str) -> None:
    escaped = escape_text(text)
    assert not ACTIVE & set(escaped)
    # Every "&" starts a character reference we wrote.
    for piece in escaped.split("&")[1:]:
        assert ";" in piece and piece.split(";", 1)[0] in {
            "amp",
            "lt",
            "gt",
            "quot",
            "#x27",
            "#123",
            "#125",
            "#37",
            "#36",
            "#96",
            "#92",
        }


@pytest.mark.parametrize("payload", JINJA_PAYLOADS)
def test_escape_text_is_inert_in_a_jinja_template(payload: str) -> None:
    escaped = escape_text(payload)
    assert jinja2.Template(escaped).render() == escaped


def test_escape_text_stops_jinja_running_python(tmp_path) -> None:
    target = tmp_path / "PWNED"
    payload = f"{{{{ cycler.__init__.__globals__.os.system('touch {target}') }}}}"
    escaped = escape_text(payload)
    # Rendered twice, as folium does (the output of one render becomes the next template).
    once = jinja2.Template(escaped).render()
    twice = jinja2.Template(once).render()
    assert twice == escaped
    assert not target.exists()


def test_escape_record_escapes_values_lists_nested_and_keys() -> None:
    record = {
        "title": "<b>{{ 6*7 }}</b>",
        "actors": ["A & B", "`x`"],
        "nested": {"k": "$y"},
        "{{ key }}": "v",
    }
    assert escape_record(record) == {
        "title": "&lt;b&gt;&#123;&#123; 6*7 &#125;&#125;&lt;/b&gt;",
        "actors": ["A &amp; B", "&#96;x&#96;"],
        "nested": {"k": "&#36;y"},
        "&#123;&#123; key &#125;&#125;": "v",
    }


def test_escape_record_keeps_numbers_and_turns_missing_into_none() -> None:
    record = {"n": 3, "x": 1.5, "flag": True, "nan": math.nan, "none": None, "list": [None]}
    assert escape_record(record) == {
        "n": 3,
        "x": 1.5,
        "flag": True,
        "nan": None,
        "none": None,
        "list": [None],
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org", "http://example.org"),
        ("HTTPS://Example.org/x", "HTTPS://Example.org/x"),
        ("https://example.org/?a=1&b=2", "https://example.org/?a=1&amp;b=2"),
        ('https://example.org/"><script>', "https://example.org/&quot;&gt;&lt;script&gt;"),
    ],
)
def test_safe_href_accepts_web_urls_and_escapes_them(url: str, expected: str) -> None:
    assert safe_href(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//example.org/x",
        "/relative/path",
        "https://",
        "https:///path",
        "https://example.org/a b",
        "",
        None,
        42,
    ],
)
def test_safe_href_refuses_anything_but_http_links(url: object) -> None:
    assert safe_href(url) is None
