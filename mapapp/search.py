"""Text search that folds accents and British/American spellings, the same on every engine.

"Bogota" finds "Bogotá", and "defence" finds "defense" (and back). Two steps, chosen so that
pandas, DuckDB and PostgreSQL can each do them with what they have built in:

* **accents**: a fixed table of accented Latin letters and their base letters
  (:data:`ACCENTED`, :data:`UNACCENTED`), applied with ``str.translate`` in Python and
  ``translate(text, from, to)`` in SQL (no extension needed), then lower-casing;
* **spellings**: the query, never the text, is expanded into its variants
  (:func:`search_variants`): -our/-or (honour, honor), -ise/-ize (organise, organize, and
  -isation/-ization), -ence/-ense (defence, offence, licence, pretence). An event matches
  when its folded text contains any variant.

Pure functions, tested in ``tests/test_search.py``; :func:`mapapp.filters.filter_events` and
:func:`mapapp.engine.sql.where_clause` use them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata


def _accent_table() -> tuple[str, str]:
    """Every letter of Latin-1 and Latin Extended-A that is one base letter plus marks."""
    accented, plain = [], []
    for code in range(0xC0, 0x250):
        letter = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != letter and base.isascii():
            accented.append(letter)
            plain.append(base)
    return "".join(accented), "".join(plain)


ACCENTED, UNACCENTED = _accent_table()
ACCENT_TABLE = str.maketrans(ACCENTED, UNACCENTED)
MAX_VARIANTS = 16

# (pattern on one folded word, its other spelling); each applies both ways.
_SPELLINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\w{3,})our(s|ed|ing|able|ite|ites)?$"), r"\1or\2"),
    (re.compile(r"^(\w{3,})or(s|ed|ing|able|ite|ites)?$"), r"\1our\2"),
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations)$"), r"\1iz\2"),
    (re.compile(r"^(\w{3,})iz(e|es|ed|ing|ation|ations)$"), r"\1is\2"),
    (re.compile(r"^(defen|offen|preten|licen)c(e|es|eless)$"), r"\1s\2"),
    (re.compile(r"^(defen|offen|preten|licen)s(e|es|eless)$"), r"\1c\2"),
    (re.compile(r"^licenc(ed|ing)$"), r"licens\1"),
    (re.compile(r"^licens(ed|ing)$"), r"licenc\1"),
)
_WORD = re.compile(r"(\w+)")


def fold_text(text: str) -> str:
    """Text as the search compares it: accents taken off (:data:`ACCENTED`), lower-cased.

    >>> fold_text("Réunion à BOGOTÁ")
    'reunion a bogota'
    """
    return text.translate(ACCENT_TABLE).lower()


def _word_variants(word: str) -> list[str]:
    found = [word]
    for pattern, other in _SPELLINGS:
        if pattern.match(word):
            variant = pattern.sub(other, word)
            if variant not in found:
                found.append(variant)
    return found


def search_variants(text: str) -> tuple[str, ...]:
    """The folded query and its other spellings (at most :data:`MAX_VARIANTS`), folded first.

    >>> search_variants("Defence Organisation")
    ('defence organisation', 'defence organization', 'defense organisation', 'defense organization')
    """
    folded = fold_text(text.strip())
    if not folded:
        return ()
    parts = _WORD.split(folded)  # words at odd positions, what lies between at even ones
    choices = [_word_variants(p) if i % 2 else [p] for i, p in enumerate(parts)]
    variants = ("".join(combo) for combo in itertools.product(*choices))
    return tuple(itertools.islice(variants, MAX_VARIANTS))
