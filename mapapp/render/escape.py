"""The one escaping helper: every piece of data text goes through here before it is shown.

Why it is needed:

* folium renders its output twice through Jinja, so ``{{ 6*7 }}`` in a title becomes ``42`` and
  ``{{ cycler.__init__.__globals__.os.system(...) }}`` runs Python on the server (layer names,
  the legend; the markers' own layer, :class:`mapapp.points.PointLayer`, skips the second pass);
* Leaflet tooltips and popups (folium's ``GeoJsonTooltip``/``GeoJsonPopup``, and PointLayer's)
  put strings into ``innerHTML``, so ``<img onerror=…>`` runs in the viewer's browser;
* folium puts popups into JavaScript template literals, where ``${…}``, backticks and
  backslashes are code.

:func:`escape_text` turns all of these characters into HTML character references. A browser
shows them as the original characters (``{{ 6*7 }}`` appears as ``{{ 6*7 }}``), while Jinja and
JavaScript see only ``&#123;`` and friends. ``html.unescape`` undoes it exactly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from mapapp.model import is_missing

# Applied in this order: "&" first, so the references added later are never escaped twice (they
# contain only "&", "#", letters, digits and ";"). A chain of str.replace is ~4x faster than
# str.translate with a dict here, which matters at 100,000 events × 20 columns.
_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    ("&", "&amp;"),
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("'", "&#x27;"),
    ("{", "&#123;"),  # Jinja: {{ }}, {% %}, {# #} all need "{"
    ("}", "&#125;"),
    ("%", "&#37;"),  # "%}" closes a Jinja block
    ("$", "&#36;"),  # ${…} in JavaScript template literals
    ("`", "&#96;"),  # ends a template literal
    ("\\", "&#92;"),  # escapes inside JavaScript strings
)


_SPACE_OR_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def _escape_str(text: str) -> str:
    for char, reference in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, reference)
    return text


def escape_text(value: object) -> str:
    """Escape one value for HTML, JavaScript template literals and Jinja templates.

    Parameters
    ----------
    value : object
        Anything; non-strings are converted with ``str``. ``None``, NaN, ``NaT`` and ``pd.NA``
        become the empty string.

    Returns
    -------
    str
        The text with ``& < > " '`` escaped as by ``html.escape(quote=True)`` and
        ``{ } % $ ` \\`` as numeric character references. Safe as element content and as a
        quoted attribute value; shown by a browser exactly as the original text.

    Examples
    --------
    >>> escape_text("{{ 6*7 }} <b>")
    '&#123;&#123; 6*7 &#125;&#125; &lt;b&gt;'
    >>> escape_text(None)
    ''
    """
    if isinstance(value, str):
        return _escape_str(value)
    if is_missing(value):
        return ""
    return _escape_str(str(value))


def escape_record(props: Mapping[str, Any]) -> dict[str, Any]:
    """Escape every string in a record of properties (one GeoJSON Feature's ``properties``).

    Parameters
    ----------
    props : mapping
        Property name → value. Keys are escaped too (they may come from a data file's column
        names); our own names are unchanged by escaping.

    Returns
    -------
    dict
        Strings escaped with :func:`escape_text`; strings inside lists, tuples and nested
        mappings escaped too (lists stay lists); NaN and other missing scalars become ``None``
        (JSON has no NaN); numbers and booleans unchanged.

    Examples
    --------
    >>> escape_record({"title": "<b>", "actors": ["A & B"], "n": 3})
    {'title': '&lt;b&gt;', 'actors': ['A &amp; B'], 'n': 3}
    """
    return {escape_text(key): _escape_value(value) for key, value in props.items()}


def _escape_value(value: Any) -> Any:
    if isinstance(value, str):
        return escape_text(value)
    if isinstance(value, (list, tuple)):
        return [_escape_value(v) for v in value]
    if isinstance(value, Mapping):
        return escape_record(value)
    if isinstance(value, (bool, int)):
        return value
    if is_missing(value):
        return None
    return value


def safe_href(url: object) -> str | None:
    """Return an ``http(s)`` URL escaped for an ``href="…"`` attribute, or None if it is not one.

    Anything that is not an absolute ``http://`` or ``https://`` address with a host is refused
    (``javascript:``, ``data:``, relative paths, and URLs with spaces or control characters,
    which browsers strip in ways that can turn ``java\\tscript:`` into ``javascript:``).

    Parameters
    ----------
    url : object
        The candidate address, as found in the data.

    Returns
    -------
    str or None
        The escaped URL, or None when it must not become a link.

    Examples
    --------
    >>> safe_href("https://example.org/a?b=1&c=2")
    'https://example.org/a?b=1&amp;c=2'
    >>> safe_href("javascript:alert(1)") is None
    True
    """
    if not isinstance(url, str) or _SPACE_OR_CONTROL.search(url):
        return None
    lowered = url.lower()
    for prefix in ("http://", "https://"):
        if lowered.startswith(prefix):
            host = url[len(prefix) :].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
            return escape_text(url) if host.rsplit("@", 1)[-1] else None
    return None
