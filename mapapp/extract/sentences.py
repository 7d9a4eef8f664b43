"""Article text → sentences: page furniture, headings and repeated lines dropped, quotes masked.

Each :class:`Sentence` keeps its text verbatim and a twin with quoted speech blanked out (same
length), so the rules in :mod:`mapapp.extract.actors` and :mod:`mapapp.extract.candidates`
never search what someone *said*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from mapapp.extract.captions import caption_end
from mapapp.extract.dated_entries import entry_end
from mapapp.extract.datelines import Dateline, dateline_of, find_dateline, match_dateline
from mapapp.extract.layout import Block, Layout, forward, marker_end, subjectless
from mapapp.extract.live_pages import live_in_order
from mapapp.extract.quoted_times import is_time_phrase

__all__ = [
    "Dateline",
    "Sentence",
    "find_dateline",
    "guess_title",
    "sentences_of",
    "split_sentences",
]

# Page furniture: whole lines that are navigation, not text (compared case-insensitively).
FURNITURE = frozenset(
    {
        "accessibility links",
        "breaking news",
        "skip to main content",
        "skip to content",
        "share",
        "print",
        "email",
        "advertisement",
        "related",
        "related stories",
        "see all news",
        "comments",
        "follow us",
        "subscribe",
        "read more",
        "listen",
        "watch",
        "embed",
        "no media source currently available",
        "link has been copied to clipboard",
        "menu",
        "search",
    }
)
# (also a closed sentence with a credit after it: "… on Thursday. (Photo: Staff)", "(Reuters)")
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*(?:\s+\([^()]{1,80}\))?\s*$|[\"”]\s*$")
# "3. Welcomes the agreement on Abyei, signed by the parties in Kadugli …;", "The Council, at
# its 261st meeting …, adopted the following decision:": an operative paragraph of a
# communiqué or resolution, text though it ends with a semicolon or colon (a heading is short)
_ENDS_CLAUSE = re.compile(r"[;:]\s*(?:and|or)?\s*$")
_CLAUSE_WORDS = 8
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "jr",
        "sr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "inc",
        "co",
        "corp",
        "ltd",
        "prof",
        "rev",
        "mt",
        "ft",
        "approx",
        "etc",
        "al",
        "hon",  # "the Hon. Grace Whitaker"
        "rt",  # "the Rt. Hon. Pushpa Kamal", "the Rt. Rev."
        "maj",
        "adm",
        "brig",
        "amb",
        "excl",
        "mme",
        "messrs",
    }
)
_AFTER_ACRONYM_STARTERS = frozenset(
    {
        "The",
        "He",
        "She",
        "They",
        "It",
        "But",
        "In",
        "On",
        "This",
        "That",
        "We",
        "I",
        "A",
        "An",
        "His",
        "Her",
        "Their",
        "There",
        "However",
        "And",
    }
)
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(]?[A-Z0-9])")
_LAST_TOKEN = re.compile(r"(\S+)$")
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
_LOOK = 80  # characters a boundary decision looks at, either side
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


@dataclass(frozen=True)
class Sentence:
    """A sentence as written, and the same text with quoted speech blanked out (same length).

    A dateline at the start of a paragraph is blanked out of ``masked`` too: it names where the
    report was filed, not an actor or a venue of the sentence. ``paragraph`` is the number of
    the paragraph the sentence is in (from 0). A dateline at the start of a later paragraph
    ("NAIROBI —" in a digest) begins a new ``story`` (numbered from 0) with that ``dateline``.
    ``heading``: the heading lines above the sentence's section ("PM call with President of
    Ghana" in a page of readouts), if any. ``block``: what the page's layout says of the
    paragraph (a date or city heading above it, a reporter's question:
    :mod:`mapapp.extract.layout`). A bullet, number, time stamp or speaker opening the
    paragraph is blanked out of ``masked``.
    """

    text: str
    masked: str
    paragraph: int = 0
    story: int = 0
    dateline: Dateline | None = None
    heading: str | None = None
    block: Block = field(default_factory=Block)


def _ends_text(line: str) -> bool:
    """Whether ``line`` ends as text does: a sentence's closing mark, or an operative
    paragraph's semicolon or colon after eight words or more."""
    if _ENDS_SENTENCE.search(line):
        return True
    return _ENDS_CLAUSE.search(line[-8:]) is not None and len(line.split()) >= _CLAUSE_WORDS


def _paragraphs(text: str) -> list[tuple[str, str | None, Block]]:
    """Non-empty lines without page furniture, headings (no closing punctuation) or repeats,
    each with the headings of its section (the heading lines above it, since the last text)
    and its block of the page's layout."""
    seen: set[str] = set()
    kept: list[tuple[str, str | None, Block]] = []
    headings: list[str] = []
    section: str | None = None
    ordered = forward(text)  # a live blog read oldest entry first
    layout = Layout(live=ordered is not text or live_in_order(text))
    for raw in ordered.splitlines():
        line = raw.strip()
        key = " ".join(line.split()).casefold()
        if not line or key in FURNITURE:
            continue
        if not _ends_text(line) and not layout.is_item(line):
            if kept and (where := layout.location(line)):  # "LOCATION: State House, Accra"
                kept[-1] = (*kept[-1][:2], replace(kept[-1][2], place=where, headed=False))
            headings.append(line[:200])
            layout.heading(line)
            continue
        if headings:
            section, headings = "\n".join(headings[-6:]), []
        if key in seen:
            continue
        seen.add(key)
        kept.append((line, section, layout.text(line)))
    return [(line, section, layout.settle(block)) for line, section, block in kept]


def _split_paragraph(paragraph: str) -> list[tuple[int, int]]:
    """Sentence boundaries (start, end offsets) within one paragraph.

    Each boundary looks at most :data:`_LOOK` characters either side, so the work is linear in
    the paragraph's length even when it has thousands of sentences.
    """
    spans, start = [], 0
    for m in _BOUNDARY.finditer(paragraph):
        word = _LAST_TOKEN.search(paragraph, max(start, m.start() - _LOOK), m.start() + 1)
        token = word.group(1) if word else ""
        bare = token.rstrip(".").lstrip('("“‘').casefold()
        after = _NEXT_TOKEN.match(paragraph, m.end(), m.end() + _LOOK)
        following = after.group(1) if after else ""
        # "U.S.", and "ASEAN-U.S." in a compound name
        acronym = re.search(r"(?:^|[-/])(?:[A-Za-z]\.){2,}$", token.lstrip('("“‘')) is not None
        initial = re.fullmatch(r"[A-Z]\.", token) is not None
        if m.group(0)[0] == "." and (
            bare in _ABBREVIATIONS
            or initial
            or (acronym and following.strip('"“‘(') not in _AFTER_ACRONYM_STARTERS)
        ):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    return spans


def _mask_quotes(paragraph: str) -> str:
    """The paragraph with every quotation (marks included) replaced by spaces; a quotation of a
    mere time phrase ('to visit Vienna "in the spring"') keeps its words, see
    :mod:`mapapp.extract.quoted_times`."""
    return _QUOTED.sub(_blank, paragraph)


def _blank(m: re.Match[str]) -> str:
    quoted = m.group(0)
    if is_time_phrase(quoted):
        return _QUOTE_MARK.sub(" ", quoted)
    return " " * len(quoted)


# "A Downing Street spokesperson said:" / "The ministry's statement reads:" on a line of its own:
# the quoted paragraphs after it are the office's own account of events, not speech to mask
_READOUT_INTRO = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|press\s+secretary|statement|readout|communiqu[eé]|"
    r"office|ministry|department|embassy)\b.{0,60}\b(?:said|says|stated|reads?|added)\s*:$"
)
_QUOTE_MARK = re.compile('["“”]')


def _readout_masked(paragraph: str, intro: str, readout: bool) -> tuple[str | None, bool]:
    """The masked twin of a quoted paragraph of an official readout, or None for the ordinary
    masking; and whether the next quoted paragraph still belongs to the readout."""
    opens = paragraph.startswith(('"', "“"))
    if not opens:
        return None, bool(_READOUT_INTRO.search(paragraph.strip()))
    if readout or _READOUT_INTRO.search(intro.strip()):
        return _QUOTE_MARK.sub(" ", paragraph), True
    return None, False


def sentences_of(text: str) -> list[Sentence]:
    """The article's sentences, each with its quote-masked twin (see :class:`Sentence`)."""
    out: list[Sentence] = []
    story, dateline = 0, None
    previous, readout = "", False
    for number, (paragraph, heading, block) in enumerate(_paragraphs(text)):
        skip = marker_end(paragraph)  # "• ", "1. ", "10:15 a.m.", "Q:"
        if block.chronicle and (entry := entry_end(paragraph[skip:])):
            skip += entry[1]  # "Feb. 8 - ": the chronology entry's date, read as its block's
        intro = previous if previous or not heading else heading.splitlines()[-1]
        quoted, readout = _readout_masked(paragraph, intro, readout)
        previous = paragraph
        masked = " " * skip + (quoted or _mask_quotes(paragraph))[skip:]
        caption = caption_end(paragraph[skip:])  # "Photo 4. LUSAKA, 20 August — …"
        skip += caption
        if m := match_dateline(paragraph[skip : skip + 200], lead=not out):
            masked = masked[:skip] + " " * m.end() + masked[skip + m.end() :]
            if out or caption:  # a second dateline (or a caption's): the next story
                story += 1
                dateline = dateline_of(m)
        spans = _split_paragraph(paragraph)
        if caption and len(spans) > 1 and spans[0][1] <= skip:  # "Photo 4." is no sentence
            spans[:2] = [(spans[0][0], spans[1][1])]
        for start, end in spans:
            out.append(
                Sentence(
                    paragraph[start:end].rstrip(),
                    subjectless(masked[start:end].rstrip()),
                    number,
                    story,
                    dateline,
                    heading,
                    block,
                )
            )
    return out


def split_sentences(text: str) -> list[str]:
    """Split an article into sentences, dropping page furniture, headings and repeated lines.

    Parameters
    ----------
    text : str
        The article as plain text, one paragraph per line.

    Returns
    -------
    list of str
        Each sentence verbatim (a substring of ``text``).

    Examples
    --------
    >>> split_sentences("Breaking News\\nHe met Ann in Doha. She left.")
    ['He met Ann in Doha.', 'She left.']
    """
    return [s.text for s in sentences_of(text)]


def guess_title(text: str) -> str | None:
    """The first heading-like line (no closing punctuation, four words or more), if any."""
    for raw in text.splitlines():
        line = raw.strip()
        if line.casefold() in FURNITURE or _ENDS_SENTENCE.search(line):
            continue
        if len(line.split()) >= 4:
            return line
    return None
