"""The Office of the Historian's XML files, read into plain records with their line numbers.

Two shapes (``HistoryAtState/travels`` and ``HistoryAtState/visits``)::

    <trips><trip role="secretary" who="blinken-antony-j"><id>3992</id> ... </trip></trips>
    <visits><visit><id>2138</id> ... </visit></visits>

Each record becomes an :class:`XmlRecord`: its children's text (whitespace collapsed, inline
markup such as ``<em>`` flattened) and attributes, and the line its element starts on, which the
messages use as the row. Parsed with expat, which keeps line numbers and refuses entity
expansion bombs; a document type declaration is refused outright (the Historian's files have none,
and entity declarations are how hostile XML attacks its reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from mapapp.errors import DataFileError, Problem

__all__ = ["RECORD_TAGS", "XmlRecord", "parse_records", "root_tag"]

# Root element → record element.
RECORD_TAGS: dict[str, str] = {"trips": "trip", "visits": "visit"}
_ROOT = re.compile(r"<(trips|visits)[\s>]")
_SPACE = re.compile(r"\s+")


@dataclass
class XmlRecord:
    """One ``<trip>`` or ``<visit>``: where it starts, its attributes, its children."""

    file: str
    line: int
    attrs: dict[str, str]
    fields: dict[str, str] = field(default_factory=dict)
    field_attrs: dict[str, dict[str, str]] = field(default_factory=dict)

    def text(self, name: str) -> str:
        """A child's text, whitespace collapsed ("" when absent)."""
        return self.fields.get(name, "")


def root_tag(text: str) -> str | None:
    """ "trips" or "visits" when the text looks like one of the Historian's files, else None."""
    head = text.lstrip()[:4096]
    if not head.startswith("<"):
        return None
    found = _ROOT.search(head)
    return found.group(1) if found else None


class _Collector:
    """expat handlers that build the records of one file."""

    def __init__(self, parser: expat.XMLParserType, record_tag: str, file: str) -> None:
        self.parser, self.record_tag, self.file = parser, record_tag, file
        self.records: list[XmlRecord] = []
        self.current: XmlRecord | None = None
        self.child: str | None = None
        self.buffer: list[str] = []
        self.depth = 0
        self.record_depth = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if name == self.record_tag and self.current is None:
            self.current = XmlRecord(self.file, self.parser.CurrentLineNumber, dict(attrs))
            self.record_depth = self.depth
        elif self.current is not None and self.depth == self.record_depth + 1:
            self.child, self.buffer = name, []
            if attrs:
                self.current.field_attrs[name] = dict(attrs)

    def end(self, name: str) -> None:
        if self.current is not None:
            if self.child is not None and self.depth == self.record_depth + 1:
                self.current.fields[self.child] = _SPACE.sub(" ", "".join(self.buffer)).strip()
                self.child = None
            elif self.depth == self.record_depth:
                self.records.append(self.current)
                self.current = None
        self.depth -= 1

    def data(self, text: str) -> None:
        if self.child is not None:
            self.buffer.append(text)


def _refuse_doctype(*_args: object) -> None:
    raise ValueError("a document type declaration")


def parse_records(text: str, file: str) -> tuple[str, list[XmlRecord]]:
    """The records of one Historian XML file: (root tag, records in file order).

    Parameters
    ----------
    text : str
        The file's text.
    file : str
        Its name, for messages.

    Returns
    -------
    (str, list of XmlRecord)
        "trips" or "visits", and the records.

    Raises
    ------
    DataFileError
        The file is not well-formed XML, or not one of the two shapes; the message names the line
        and the record the error is in.

    Examples
    --------
    >>> tag, records = parse_records("<visits><visit><id>7</id></visit></visits>", "v.xml")
    >>> tag, records[0].text("id"), records[0].line
    ('visits', '7', 1)
    """
    tag = root_tag(text)
    if tag is None:
        raise DataFileError(
            Problem(
                file,
                None,
                None,
                "is XML but neither <trips> nor <visits> (the Office of the Historian's formats)",
                "import the Historian's travels or visits files, or a CSV/GeoJSON file",
            )
        )
    parser = expat.ParserCreate()
    collector = _Collector(parser, RECORD_TAGS[tag], file)
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.data
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    try:
        parser.Parse(text, True)
    except (expat.ExpatError, ValueError) as err:
        line = getattr(err, "lineno", None) or parser.CurrentLineNumber
        reason = expat.errors.messages[err.code] if isinstance(err, expat.ExpatError) else err
        inside = collector.current
        where = (
            f" inside the {collector.record_tag} with id {inside.text('id') or '(not read yet)'} "
            f"that starts on line {inside.line}"
            if inside is not None
            else f" after {len(collector.records)} complete {collector.record_tag} records"
        )
        raise DataFileError(
            Problem(
                file,
                line,
                None,
                f"is not well-formed XML: {reason}{where}",
                "fix the XML at that line (a missing or mistyped closing tag, a stray '<' or "
                "'&'), or download the file again",
            )
        ) from err
    return tag, collector.records
